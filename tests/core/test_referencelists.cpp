#include "demodata.h"
#include "discrimination.h"
#include "jobvalidation.h"
#include "referencedata.h"
#include "referencelists.h"
#include "tempterminal.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlQuery>

using namespace lingong;
using namespace lingong::test;

namespace {

// Puts the shipped lists back when a test ends, whatever it installed.
struct ShippedListsAfter
{
    ~ShippedListsAfter()
    {
        ReferenceData::useShippedList();
        DiscriminationChecker::install();
    }
};

QJsonObject shipped(const char* name)
{
    QFile f(QStringLiteral(":/data/") + QLatin1String(name));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(f.readAll()).object();
}

void write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson();
}

// The hall's list: the shipped one without 普工, with a new trade first and 电工 paid by the hour.
QJsonObject hallTrades()
{
    QJsonObject list = shipped("occupations.json");
    QJsonArray trades{QJsonObject{{QStringLiteral("name"), QStringLiteral("无人机飞手")},
                                  {QStringLiteral("name_en"), QStringLiteral("Drone pilot")},
                                  {QStringLiteral("industry"), QStringLiteral("农林牧渔业")},
                                  {QStringLiteral("pay_unit"), QStringLiteral("day")},
                                  {QStringLiteral("kind"), QStringLiteral("new")}}};
    for (const QJsonValue& v : list.value(QStringLiteral("occupations")).toArray()) {
        QJsonObject o = v.toObject();
        const QString name = o.value(QStringLiteral("name")).toString();
        if (name == QStringLiteral("普工"))
            continue;
        if (name == QStringLiteral("电工"))
            o.insert(QStringLiteral("pay_unit"), QStringLiteral("hour"));
        trades.append(o);
    }
    list.insert(QStringLiteral("occupations"), trades);
    return list;
}

int changesSoFar(Database& db)
{
    auto n = db.scalar(QStringLiteral("SELECT total_changes()"));
    REQUIRE(n.ok());
    return n.value().toInt();
}

QStringList activeTrades(Terminal& t)
{
    auto list = t.reference().occupations();
    REQUIRE(list.ok());
    QStringList names;
    for (const Occupation& o : list.value())
        names << o.name;
    return names;
}

} // namespace

TEST_CASE("a hall's trade list takes the shipped one's place, and the store follows it",
          "[app][reference]")
{
    ShippedListsAfter restore;
    TempTerminal existing; // a store made with the shipped list
    existing->store();
    REQUIRE(existing.count(QStringLiteral("occupation"), QStringLiteral("name = '普工'")) == 1);
    const QJsonObject job = DemoData(existing->store()).job(0);

    // The configuration names the file by a path relative to itself.
    write(existing.dir() + QStringLiteral("/trades.json"), json(hallTrades()));
    write(existing.dir() + QStringLiteral("/lingong.json"),
          R"({"lists": {"occupations": "trades.json"}})");
    const ConfigLoad config =
        ConfigLoader::load(existing.dir() + QStringLiteral("/lingong.json"), true);
    REQUIRE(config.problems.isEmpty());
    CHECK(config.config.occupationsFile == existing.dir() + QStringLiteral("/trades.json"));
    CHECK(ReferenceLists::install(config.config).isEmpty());

    // The platform's check of a posting's trade uses it.
    CHECK(ReferenceData::occupationNames().contains(QStringLiteral("无人机飞手")));
    CHECK_FALSE(ReferenceData::occupationNames().contains(QStringLiteral("普工")));
    QJsonObject drone = job;
    drone.insert(QStringLiteral("occupation"), QStringLiteral("无人机飞手"));
    CHECK(validateJob(drone, existing.clock().today(), &ReferenceData::occupationNames()).ok());
    QJsonObject general = job;
    general.insert(QStringLiteral("occupation"), QStringLiteral("普工"));
    CHECK_FALSE(
        validateJob(general, existing.clock().today(), &ReferenceData::occupationNames()).ok());

    // A store that has a list follows the hall's when it opens: the new trade offered, the one
    // left out kept for the records naming it but no longer offered, a change taken over.
    REQUIRE(existing->reference().ensureLoaded().ok());
    const QStringList trades = activeTrades(existing.terminal());
    CHECK(trades.front() == QStringLiteral("无人机飞手"));
    CHECK_FALSE(trades.contains(QStringLiteral("普工")));
    CHECK(existing.count(QStringLiteral("occupation"),
                         QStringLiteral("name = '普工' AND active = 0")) == 1);
    CHECK(existing.count(QStringLiteral("occupation"),
                         QStringLiteral("name = '电工' AND pay_unit = 'hour'")) == 1);
    CHECK(trades.size() == hallTrades().value(QStringLiteral("occupations")).toArray().size());
    // Opening it again writes nothing.
    const int before = changesSoFar(existing->database());
    REQUIRE(existing->reference().ensureLoaded().ok());
    CHECK(changesSoFar(existing->database()) == before);

    // English names come from the hall's list too.
    const QLocale locale;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::China));
    CHECK(ReferenceData(existing->database()).displayName(QStringLiteral("无人机飞手")) ==
          QStringLiteral("Drone pilot"));
    QLocale::setDefault(locale);

    // A new store starts with the hall's list, in its order.
    TempTerminal fresh;
    CHECK(activeTrades(fresh.terminal()) == trades);

    // A trade put back in the file is offered again.
    ReferenceData::useHallList(shipped("occupations.json"));
    REQUIRE(existing->reference().ensureLoaded().ok());
    CHECK(activeTrades(existing.terminal()).contains(QStringLiteral("普工")));
    CHECK_FALSE(activeTrades(existing.terminal()).contains(QStringLiteral("无人机飞手")));
}

TEST_CASE("a store that followed a hall's trade list follows the shipped one once the "
          "configuration names none",
          "[app][reference]")
{
    ShippedListsAfter restore;
    TempTerminal t;
    const QStringList shippedTrades = activeTrades(t.terminal());
    // A store that never followed a hall's list keeps its own edits (an older store).
    REQUIRE(t->database()
                .exec(QStringLiteral("UPDATE occupation SET active = 0 WHERE name = '木工'"))
                .ok());
    REQUIRE(t->reference().ensureLoaded().ok());
    CHECK_FALSE(activeTrades(t.terminal()).contains(QStringLiteral("木工")));
    REQUIRE(t->database()
                .exec(QStringLiteral("UPDATE occupation SET active = 1 WHERE name = '木工'"))
                .ok());

    ReferenceData::useHallList(hallTrades());
    REQUIRE(t->reference().ensureLoaded().ok());
    REQUIRE_FALSE(activeTrades(t.terminal()).contains(QStringLiteral("普工")));
    const QStringList hall = activeTrades(t.terminal());

    // The file named goes missing or gets a mistake: the trades stay as they were, as said.
    Config broken;
    broken.occupationsFile = t.dir() + QStringLiteral("/gone.json");
    REQUIRE_FALSE(ReferenceLists::install(broken).isEmpty());
    REQUIRE(t->reference().ensureLoaded().ok());
    CHECK(activeTrades(t.terminal()) == hall);

    ReferenceData::useShippedList();
    CHECK(ReferenceData::occupationNames().contains(QStringLiteral("普工")));
    REQUIRE(t->reference().ensureLoaded().ok());
    CHECK(activeTrades(t.terminal()) == shippedTrades);
    CHECK(t.count(QStringLiteral("occupation"),
                  QStringLiteral("name = '电工' AND pay_unit = 'day'")) == 1);
    // The drone pilots are not offered; their records keep the trade.
    CHECK(t.count(QStringLiteral("occupation"),
                  QStringLiteral("name = '无人机飞手' AND active = 0")) == 1);
    // Back on the shipped list, the store is its own again.
    const int before = changesSoFar(t->database());
    REQUIRE(t->reference().ensureLoaded().ok());
    CHECK(changesSoFar(t->database()) == before);
}

TEST_CASE("a trade the hall's list leaves out keeps its industry in the statistics",
          "[app][reference]")
{
    ShippedListsAfter restore;
    // The hall's list without 制造业 and its trades (普工, 服装加工).
    QJsonObject list = hallTrades();
    QJsonArray trades;
    for (const QJsonValue& v : list.value(QStringLiteral("occupations")).toArray()) {
        if (v.toObject().value(QStringLiteral("industry")).toString() != QStringLiteral("制造业"))
            trades.append(v);
    }
    list.insert(QStringLiteral("occupations"), trades);
    QJsonArray industries;
    for (const QJsonValue& v : list.value(QStringLiteral("industries")).toArray()) {
        if (v.toObject().value(QStringLiteral("name")).toString() != QStringLiteral("制造业"))
            industries.append(v);
    }
    list.insert(QStringLiteral("industries"), industries);
    REQUIRE(ReferenceLists::checkOccupations(json(list), QStringLiteral("t.json")).value);

    TempTerminal t;
    ReferenceData::useHallList(list);
    REQUIRE(t->reference().ensureLoaded().ok());
    CHECK_FALSE(activeTrades(t.terminal()).contains(QStringLiteral("普工")));
    CHECK(t.count(QStringLiteral("industry"), QStringLiteral("name = '制造业'")) == 1);
    const auto everyTrade = t->reference().industryOfEveryTrade();
    REQUIRE(everyTrade.ok());
    CHECK(everyTrade->at(QStringLiteral("普工")) == QStringLiteral("制造业"));
    // Spaces around a name do not reach the store.
    QJsonObject spaced = list;
    QJsonArray spacedTrades = spaced.value(QStringLiteral("occupations")).toArray();
    QJsonObject first = spacedTrades.at(0).toObject();
    first.insert(QStringLiteral("name"), QStringLiteral(" 无人机飞手 "));
    spacedTrades.replace(0, first);
    spaced.insert(QStringLiteral("occupations"), spacedTrades);
    ReferenceData::useHallList(spaced);
    REQUIRE(t->reference().ensureLoaded().ok());
    CHECK(activeTrades(t.terminal()).contains(QStringLiteral("无人机飞手")));
    CHECK(ReferenceData::occupationNames().contains(QStringLiteral("无人机飞手")));
}

TEST_CASE("a trade list with mistakes is not used, and each mistake is named", "[app][reference]")
{
    ShippedListsAfter restore;
    QJsonObject list = hallTrades();
    QJsonArray trades = list.value(QStringLiteral("occupations")).toArray();
    trades.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("陪诊员")},
                              {QStringLiteral("industry"), QStringLiteral("医疗")}});
    trades.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("钟点工")},
                              {QStringLiteral("industry"), QStringLiteral("居民服务")},
                              {QStringLiteral("pay_unit"), QStringLiteral("week")}});
    trades.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("电工")},
                              {QStringLiteral("industry"), QStringLiteral("建筑业")}});
    trades.append(QJsonObject{{QStringLiteral("industry"), QStringLiteral("建筑业")}});
    list.insert(QStringLiteral("occupations"), trades);
    const auto checked = ReferenceLists::checkOccupations(json(list), QStringLiteral("t.json"));
    CHECK_FALSE(checked.value);
    const QString all = checked.problems.join(QLatin1Char('\n'));
    INFO(all.toStdString());
    CHECK(checked.problems.size() == 4);
    CHECK(all.contains(QStringLiteral("陪诊员")));
    CHECK(all.contains(QStringLiteral("医疗")));
    CHECK(all.contains(QStringLiteral("钟点工")));
    CHECK(all.contains(QStringLiteral("week")));
    CHECK(all.contains(QStringLiteral("电工")));
    CHECK(all.contains(QString::number(trades.size()))); // the trade without a name, by number
    for (const QString& p : checked.problems)
        CHECK(p.contains(QStringLiteral("t.json")));

    CHECK(ReferenceLists::checkOccupations("{\"occupations\": [", QStringLiteral("t.json"))
              .problems.size() == 1);
    CHECK(ReferenceLists::checkOccupations("{}", QStringLiteral("t.json")).problems.size() == 2);
    CHECK(ReferenceLists::checkOccupations(json(hallTrades()), QStringLiteral("t.json")).value);

    // Installed, it leaves the list in use as it was and says why.
    QTemporaryDir dir;
    Config config;
    config.occupationsFile = dir.filePath(QStringLiteral("trades.json"));
    write(config.occupationsFile, json(list));
    const QStringList problems = ReferenceLists::install(config);
    CHECK(problems.size() == 5);
    CHECK(problems.back().contains(config.occupationsFile));
    CHECK(ReferenceData::occupationNames().contains(QStringLiteral("普工")));
    CHECK_FALSE(ReferenceData::occupationNames().contains(QStringLiteral("无人机飞手")));

    // A file that is not there is said too.
    config.occupationsFile = dir.filePath(QStringLiteral("missing.json"));
    const QStringList missing = ReferenceLists::install(config);
    REQUIRE(missing.size() == 2);
    CHECK(missing.front().contains(config.occupationsFile));
    CHECK(missing.back().contains(config.occupationsFile));
}

TEST_CASE("a hall's discrimination rules take the shipped ones' place", "[app][reference]")
{
    ShippedListsAfter restore;
    TempTerminal t;
    QJsonObject job = DemoData(t->store()).job(0);
    job.insert(QStringLiteral("skills"), QStringLiteral("能吃苦，45岁以上勿扰"));
    REQUIRE(validateJob(job, t.clock().today(), nullptr).ok()); // not a shipped rule

    // The hall adds a rule on age.
    QJsonObject rules = shipped("discrimination_rules.json");
    QJsonArray list = rules.value(QStringLiteral("rules")).toArray();
    list.append(
        QJsonObject{{QStringLiteral("category"), QStringLiteral("age")},
                    {QStringLiteral("patterns"),
                     QJsonArray{QStringLiteral("\\d{2}岁以(上|下)\\s*(勿扰|免谈|不要|不考虑)")}}});
    rules.insert(QStringLiteral("rules"), list);
    QTemporaryDir dir;
    Config config;
    config.discriminationRulesFile = dir.filePath(QStringLiteral("rules.json"));
    write(config.discriminationRulesFile, json(rules));
    CHECK(ReferenceLists::install(config).isEmpty());

    const Status refused = validateJob(job, t.clock().today(), nullptr);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == QStringLiteral("skills"));
    CHECK(refused.error().detail == QStringLiteral("45岁以上勿扰"));
    // The staff's check of a posting and the editor's marking use the same rules.
    const auto found =
        DiscriminationChecker::active().findAll(job.value(QStringLiteral("skills")).toString());
    REQUIRE(found.size() == 1);
    CHECK(found.front().category == QStringLiteral("age"));
    // The shipped rules the file keeps still hold.
    job.insert(QStringLiteral("skills"), QStringLiteral("限男性"));
    CHECK_FALSE(validateJob(job, t.clock().today(), nullptr).ok());
}

TEST_CASE("discrimination rules with a mistake are not used, and the mistake is named",
          "[app][reference]")
{
    ShippedListsAfter restore;
    QJsonObject rules = shipped("discrimination_rules.json");
    QJsonArray list = rules.value(QStringLiteral("rules")).toArray();
    list.append(QJsonObject{{QStringLiteral("category"), QStringLiteral("age")},
                            {QStringLiteral("patterns"), QJsonArray{QStringLiteral("(岁以上")}}});
    list.append(QJsonObject{{QStringLiteral("category"), QStringLiteral("height")}});
    rules.insert(QStringLiteral("rules"), list);
    const auto checked =
        ReferenceLists::checkDiscriminationRules(json(rules), QStringLiteral("r.json"));
    CHECK_FALSE(checked.value);
    REQUIRE(checked.problems.size() == 2);
    CHECK(checked.problems.at(0).contains(QStringLiteral("(岁以上")));
    CHECK(checked.problems.at(0).contains(QStringLiteral("age")));
    CHECK(checked.problems.at(1).contains(QStringLiteral("height")));
    CHECK(
        ReferenceLists::checkDiscriminationRules("[]", QStringLiteral("r.json")).problems.size() ==
        1);
    CHECK(ReferenceLists::checkDiscriminationRules("{\"rules\": []}", QStringLiteral("r.json"))
              .problems.size() == 1);
    // A neutral phrase that matches empty text would blank out every text before the rules ran.
    QJsonObject blank = shipped("discrimination_rules.json");
    QJsonArray neutral = blank.value(QStringLiteral("neutral")).toArray();
    neutral.append(QStringLiteral("男女不限|"));
    blank.insert(QStringLiteral("neutral"), neutral);
    const auto emptyMatch =
        ReferenceLists::checkDiscriminationRules(json(blank), QStringLiteral("r.json"));
    REQUIRE(emptyMatch.problems.size() == 1);
    CHECK(emptyMatch.problems.front().contains(QStringLiteral("男女不限|")));

    // A half-right file is not used at all: the shipped rules stay, all of them.
    QTemporaryDir dir;
    Config config;
    config.discriminationRulesFile = dir.filePath(QStringLiteral("rules.json"));
    write(config.discriminationRulesFile, json(rules));
    const QStringList problems = ReferenceLists::install(config);
    CHECK(problems.size() == 3);
    CHECK(&DiscriminationChecker::active() == &DiscriminationChecker::shipped());
    CHECK(DiscriminationChecker::active().find(QStringLiteral("限男性")));
}
