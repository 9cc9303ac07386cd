#include "places.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace lingong {

const Places& Places::guangxi()
{
    static const Places list = [] {
        Places p;
        QFile f(QStringLiteral(":/data/places.json"));
        if (!f.open(QIODevice::ReadOnly))
            return p; // a build without the data file: places read as stored
        const QJsonArray cities =
            QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("cities")).toArray();
        for (const QJsonValue& c : cities) {
            const QJsonObject city = c.toObject();
            for (const QJsonValue& v : city.value(QLatin1String("places")).toArray()) {
                const QJsonArray place = v.toArray();
                QStringList was;
                for (const QJsonValue& w : place.at(2).toArray())
                    was << w.toString();
                p.m_places.push_back(
                    {city.value(QLatin1String("name")).toString(), place.at(0).toString(),
                     city.value(QLatin1String("en")).toString(), place.at(1).toString(), was});
            }
        }
        return p;
    }();
    return list;
}

QStringList Places::all() const
{
    QStringList out;
    out.reserve(qsizetype(m_places.size()));
    for (const Place& p : m_places)
        out << p.stored();
    return out;
}

const Places::Place* Places::find(const QString& district) const
{
    const QString d = district.trimmed();
    if (d.isEmpty())
        return nullptr;
    for (const Place& p : m_places)
        if (p.stored() == d)
            return &p;
    // By an earlier name (南宁市横县, now 横州市): records keep what was typed then.
    for (const Place& p : m_places)
        for (const QString& was : p.was)
            if (p.city + was == d)
                return &p;
    // As it reads in English ("Qingxiu District, Nanning"), as the forms offer it.
    for (const Place& p : m_places)
        if (d.compare(p.nameEn + QStringLiteral(", ") + p.cityEn, Qt::CaseInsensitive) == 0)
            return &p;
    // A place alone (藤县), when no other city has one of that name; else by an earlier name
    // alone (横县), likewise.
    const Place* only = nullptr;
    for (const Place& p : m_places) {
        if (p.name != d)
            continue;
        if (only)
            return nullptr;
        only = &p;
    }
    if (only)
        return only;
    for (const Place& p : m_places) {
        if (!p.was.contains(d))
            continue;
        if (only)
            return nullptr;
        only = &p;
    }
    return only;
}

QStringList Places::near(const QString& district, bool cityOnly) const
{
    QStringList out;
    const Place* here = find(district);
    if (here)
        out << here->stored();
    else if (!district.trimmed().isEmpty())
        out << district.trimmed();
    if (here)
        for (const Place& p : m_places)
            if (p.city == here->city && !out.contains(p.stored()))
                out << p.stored();
    if (here && cityOnly)
        return out;
    for (const Place& p : m_places)
        if (!out.contains(p.stored()))
            out << p.stored();
    return out;
}

QString Places::cityOf(const QString& district)
{
    const qsizetype city = district.indexOf(QChar(0x5E02)); // 市
    return city > 0 ? district.left(city + 1) : QString();
}

QString Places::shortAfterCity(const QString& district)
{
    const qsizetype city = district.indexOf(QChar(0x5E02)); // 市
    if (city > 0 && city + 1 < district.size())
        return district.mid(city + 1);
    return district;
}

QString Places::canonical(const QString& district) const
{
    const Place* p = find(district);
    return p ? p->stored() : district.trimmed();
}

bool Places::knows(const QString& district) const
{
    return find(district) != nullptr;
}

QStringList Places::spellings(const QString& district) const
{
    const Place* p = find(district);
    if (!p)
        return district.trimmed().isEmpty() ? QStringList{} : QStringList{district.trimmed()};
    QStringList out{p->stored()};
    QStringList alone{p->name};
    for (const QString& was : p->was) {
        out << p->city + was;
        alone << was;
    }
    for (const QString& a : alone)
        if (find(a) == p && !out.contains(a))
            out << a;
    return out;
}

QString Places::displayName(const QString& district) const
{
    if (QLocale().language() == QLocale::Chinese)
        return district;
    const Place* p = find(district);
    return p ? p->nameEn + QStringLiteral(", ") + p->cityEn : district;
}

QString Places::shortName(const QString& district, const QString& home) const
{
    const Place* p = find(district);
    const Place* here = home.isEmpty() ? nullptr : find(home);
    const QString homeCity = here ? here->city : cityOf(home);
    const bool elsewhere = !homeCity.isEmpty() && (p ? p->city : cityOf(district)) != homeCity;
    if (QLocale().language() == QLocale::Chinese || !p)
        return !elsewhere ? shortAfterCity(district) : p ? p->city + p->name : district;
    // "Rongshui Miao Autonomous County" → "Rongshui"; "Qingxiu District" → "Qingxiu".
    QString name = p->nameEn;
    for (const QLatin1String suffix :
         {QLatin1String(" Autonomous County"), QLatin1String(" District"), QLatin1String(" County"),
          QLatin1String(" City")}) {
        if (name.endsWith(suffix)) {
            name.chop(suffix.size());
            if (suffix == QLatin1String(" Autonomous County"))
                name = name.section(QLatin1Char(' '), 0, 0);
            break;
        }
    }
    return elsewhere ? name + QStringLiteral(", ") + p->cityEn : name;
}

} // namespace lingong
