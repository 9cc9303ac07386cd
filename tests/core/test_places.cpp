#include "matching.h"
#include "places.h"
#include "validation.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

using namespace lingong;

namespace {

// The interface language for one test, put back afterwards.
struct LocaleFor
{
    explicit LocaleFor(const QLocale& l) { QLocale::setDefault(l); }
    ~LocaleFor() { QLocale::setDefault(saved); }
    QLocale saved = QLocale();
};

} // namespace

TEST_CASE("Guangxi's 111 county-level places, each valid, each once", "[places]")
{
    const QStringList all = Places::guangxi().all();
    CHECK(all.size() == 111);
    CHECK(QSet<QString>(all.begin(), all.end()).size() == 111);
    for (const QString& d : all) {
        INFO(d.toStdString());
        CHECK(validation::checkDistrict(d, QStringLiteral("district")).ok());
    }
    CHECK(all.first() == QStringLiteral("南宁市兴宁区"));
    CHECK(all.contains(QStringLiteral("梧州市藤县")));
    CHECK(all.contains(QStringLiteral("崇左市凭祥市")));
}

TEST_CASE("a hall's own place comes first, then its city's, then the rest of Guangxi", "[places]")
{
    const Places& p = Places::guangxi();
    const QStringList nanning = p.near(QStringLiteral("南宁市青秀区"), true);
    CHECK(nanning.size() == 12);
    CHECK(nanning.first() == QStringLiteral("南宁市青秀区"));
    // The city's districts before its counties, as the official list has them.
    CHECK(nanning.at(1) == QStringLiteral("南宁市兴宁区"));
    CHECK(nanning.last() == QStringLiteral("南宁市横州市"));

    const QStringList liuzhou = p.near(QStringLiteral("柳州市鱼峰区"));
    CHECK(liuzhou.size() == 111);
    CHECK(liuzhou.first() == QStringLiteral("柳州市鱼峰区"));
    for (int i = 1; i < 10; ++i)
        CHECK(liuzhou.at(i).startsWith(QStringLiteral("柳州市")));
    CHECK(liuzhou.at(10) == QStringLiteral("南宁市兴宁区"));

    // A place written alone is found when no other city has one of that name.
    CHECK(p.near(QStringLiteral("藤县"), true).first() == QStringLiteral("梧州市藤县"));
    CHECK(p.near(QStringLiteral("藤县"), true).size() == 7);
    // A place the list does not know stays first, before every known one.
    const QStringList unknown = p.near(QStringLiteral("某某市新区"), true);
    CHECK(unknown.first() == QStringLiteral("某某市新区"));
    CHECK(unknown.size() == 112);
    CHECK(p.near(QString()).size() == 111);

    // One spelling of each: its name now, with its city.
    CHECK(p.canonical(QStringLiteral("南宁市横县")) == QStringLiteral("南宁市横州市"));
    CHECK(p.canonical(QStringLiteral(" 藤县 ")) == QStringLiteral("梧州市藤县"));
    CHECK(p.canonical(QStringLiteral("南宁市青秀区")) == QStringLiteral("南宁市青秀区"));
    CHECK(p.canonical(QStringLiteral(" 某某市新区")) == QStringLiteral("某某市新区"));
    // An earlier name alone, when only one place had it.
    CHECK(p.canonical(QStringLiteral("横县")) == QStringLiteral("南宁市横州市"));
    // Every name a record may give a place, its name now first.
    CHECK(p.spellings(QStringLiteral("横县")) ==
          QStringList{QStringLiteral("南宁市横州市"), QStringLiteral("南宁市横县"),
                      QStringLiteral("横州市"), QStringLiteral("横县")});
    CHECK(p.spellings(QStringLiteral("南宁市青秀区")) ==
          QStringList{QStringLiteral("南宁市青秀区"), QStringLiteral("青秀区")});
    CHECK(p.spellings(QStringLiteral(" 某某市新区 ")) == QStringList{QStringLiteral("某某市新区")});
    CHECK(p.spellings(QString()).isEmpty());
    // As the forms offer it in English, in any case.
    CHECK(p.canonical(QStringLiteral("teng county, WUZHOU")) == QStringLiteral("梧州市藤县"));
    CHECK(validation::checkDistrict(QStringLiteral("Qingxiu District, Nanning"),
                                    QStringLiteral("district"))
              .value() == QStringLiteral("南宁市青秀区"));
    CHECK_FALSE(
        validation::checkDistrict(QStringLiteral("Qingxiu"), QStringLiteral("district")).ok());
    // Entered in a form, a place is stored so.
    CHECK(validation::checkDistrict(QStringLiteral("南宁市横县"), QStringLiteral("district"))
              .value() == QStringLiteral("南宁市横州市"));
}

TEST_CASE("matching takes a county by its earlier name for the same place", "[places][matching]")
{
    QJsonObject seeker{
        {QStringLiteral("wanted_districts"), QJsonArray{QStringLiteral("南宁市横州市")}}};
    QJsonObject job{{QStringLiteral("location"),
                     QJsonObject{{QStringLiteral("district"), QStringLiteral("南宁市横县")}}}};
    const MatchScore s = Matching::score(seeker, job, QDate(2026, 11, 22));
    REQUIRE(s.reasons.size() > 1);
    CHECK(s.reasons.at(1).startsWith(QStringLiteral("district wanted (")));
}

TEST_CASE("places read in the interface's language", "[places]")
{
    const Places& p = Places::guangxi();
    {
        LocaleFor zh(QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China));
        CHECK(p.displayName(QStringLiteral("南宁市青秀区")) == QStringLiteral("南宁市青秀区"));
        CHECK(p.shortName(QStringLiteral("南宁市青秀区")) == QStringLiteral("青秀区"));
        CHECK(p.shortName(QStringLiteral("南宁市横州市")) == QStringLiteral("横州市"));
        CHECK(p.shortName(QStringLiteral("柳州市城中区"), QStringLiteral("南宁市青秀区")) ==
              QStringLiteral("柳州市城中区"));
        // A place stored without its city, elsewhere: with it.
        CHECK(p.shortName(QStringLiteral("藤县"), QStringLiteral("南宁市青秀区")) ==
              QStringLiteral("梧州市藤县"));
        CHECK(p.shortName(QStringLiteral("南宁市江南区"), QStringLiteral("南宁市青秀区")) ==
              QStringLiteral("江南区"));
    }
    LocaleFor en(QLocale(QLocale::English, QLocale::China));
    CHECK(p.displayName(QStringLiteral("南宁市青秀区")) ==
          QStringLiteral("Qingxiu District, Nanning"));
    CHECK(p.shortName(QStringLiteral("南宁市青秀区")) == QStringLiteral("Qingxiu"));
    CHECK(p.shortName(QStringLiteral("南宁市横州市")) == QStringLiteral("Hengzhou"));
    CHECK(p.shortName(QStringLiteral("南宁市隆安县")) == QStringLiteral("Long'an"));
    CHECK(p.displayName(QStringLiteral("柳州市融水苗族自治县")) ==
          QStringLiteral("Rongshui Miao Autonomous County, Liuzhou"));
    CHECK(p.shortName(QStringLiteral("柳州市融水苗族自治县")) == QStringLiteral("Rongshui"));
    CHECK(p.shortName(QStringLiteral("桂林市龙胜各族自治县")) == QStringLiteral("Longsheng"));
    CHECK(p.displayName(QStringLiteral("藤县")) == QStringLiteral("Teng County, Wuzhou"));
    CHECK(p.shortName(QStringLiteral("梧州市藤县")) == QStringLiteral("Teng"));
    CHECK(p.displayName(QStringLiteral("桂林市龙胜各族自治县")) ==
          QStringLiteral("Longsheng Various Nationalities Autonomous County, Guilin"));
    // By a name from before a county became a district or a city, as older records hold it.
    CHECK(p.displayName(QStringLiteral("南宁市横县")) == QStringLiteral("Hengzhou City, Nanning"));
    CHECK(p.displayName(QStringLiteral("河池市宜州市")) ==
          QStringLiteral("Yizhou District, Hechi"));
    // The city is left out only where it is the hall's.
    const QString nanningHall = QStringLiteral("南宁市青秀区");
    CHECK(p.shortName(QStringLiteral("南宁市江南区"), nanningHall) == QStringLiteral("Jiangnan"));
    CHECK(p.shortName(QStringLiteral("柳州市城中区"), nanningHall) ==
          QStringLiteral("Chengzhong, Liuzhou"));
    // Not on the list: as typed, and short after the city.
    CHECK(p.displayName(QStringLiteral("某某市新区")) == QStringLiteral("某某市新区"));
    CHECK(p.shortName(QStringLiteral("某某市新区")) == QStringLiteral("新区"));
}
