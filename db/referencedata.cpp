#include "referencedata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlRecord>

#include <algorithm>
#include <tuple>

namespace lingong {

namespace {

// The list in use: the shipped one, or a hall's put in its place at start.
struct ListInUse
{
    QJsonObject root;
    QStringList names;
    std::map<QString, QString> official;
    bool hall = false;
    bool keepStore = false; // a hall's list is named but cannot be used: the store stays as it is
};

ListInUse listFrom(const QJsonObject& root, bool hall)
{
    ListInUse out;
    out.root = root;
    out.hall = hall;
    for (const QJsonValue& v : root.value(QLatin1String("occupations")).toArray())
        out.names << v.toObject().value(QLatin1String("name")).toString().trimmed();
    for (const QJsonValue& v : root.value(QLatin1String("industries")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString full = o.value(QLatin1String("official")).toString();
        if (!full.isEmpty())
            out.official[o.value(QLatin1String("name")).toString().trimmed()] = full;
    }
    return out;
}

QJsonObject shippedList()
{
    QFile f(QStringLiteral(":/data/occupations.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

ListInUse& inUse()
{
    static ListInUse list = listFrom(shippedList(), false);
    return list;
}

QString text(const QJsonObject& o, const char* key, const char* fallback = "")
{
    const QString v = o.value(QLatin1String(key)).toString().trimmed();
    return v.isEmpty() ? QString::fromUtf8(fallback) : v;
}

// Set in a store whose lists follow a hall's list, so that it follows the shipped one again
// once the configuration names none.
const char* const kHallListKey = "occupation_list";

} // namespace

void ReferenceData::useHallList(const QJsonObject& list)
{
    inUse() = listFrom(list, true);
}

void ReferenceData::useShippedList()
{
    inUse() = listFrom(shippedList(), false);
}

void ReferenceData::keepStoreList()
{
    inUse() = listFrom(shippedList(), false);
    inUse().keepStore = true;
}

Status ReferenceData::ensureLoaded() const
{
    auto n = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM occupation"));
    if (!n.ok())
        return n.error();
    const ListInUse& list = inUse();
    const QJsonObject& root = list.root;
    if (root.value(QLatin1String("occupations")).toArray().isEmpty())
        return Database::databaseError(QStringLiteral("occupations.json"),
                                       QStringLiteral("no occupation list"));
    if (n.value().toInt() > 0) {
        if (list.hall)
            return followList(root, true);
        if (list.keepStore)
            return {};
        auto marker = m_db.scalar(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"),
                                  {QLatin1String(kHallListKey)});
        if (!marker.ok())
            return marker.error();
        return marker.value().toString() == QLatin1String("hall") ? followList(root, false)
                                                                  : refreshEnglishNames(root);
    }
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    int order = 0;
    for (const QJsonValue& v : root.value(QLatin1String("industries")).toArray()) {
        const QJsonObject o = v.toObject();
        auto r =
            m_db.exec(QStringLiteral("INSERT OR IGNORE INTO industry(name, name_en, sort_order) "
                                     "VALUES(?, ?, ?)"),
                      {text(o, "name"), text(o, "name_en"), order++});
        if (!r.ok())
            return r.error();
    }
    order = 0;
    for (const QJsonValue& v : root.value(QLatin1String("occupations")).toArray()) {
        const QJsonObject o = v.toObject();
        auto r = m_db.exec(
            QStringLiteral(
                "INSERT OR IGNORE INTO occupation(name, name_en, industry, icon, pay_unit, "
                "kind, sort_order) VALUES(?, ?, ?, ?, ?, ?, ?)"),
            {text(o, "name"), text(o, "name_en"), text(o, "industry"), text(o, "icon"),
             text(o, "pay_unit", "day"), text(o, "kind", "traditional"), order++});
        if (!r.ok())
            return r.error();
    }
    if (list.hall) {
        auto r = m_db.exec(QStringLiteral("INSERT OR REPLACE INTO sync_state(key, value) "
                                          "VALUES(?, 'hall')"),
                           {QLatin1String(kHallListKey)});
        if (!r.ok())
            return r.error();
    }
    m_english.reset();
    return tx.commit();
}

Status ReferenceData::followList(const QJsonObject& list, bool hall) const
{
    // Rows as the list has them (every column as text, to compare with the store's).
    std::vector<std::pair<QString, QStringList>> industries;
    std::vector<std::pair<QString, QStringList>> occupations;
    int order = 0;
    for (const QJsonValue& v : list.value(QLatin1String("industries")).toArray()) {
        const QJsonObject o = v.toObject();
        industries.emplace_back(text(o, "name"),
                                QStringList{text(o, "name_en"), QString::number(order++)});
    }
    order = 0;
    for (const QJsonValue& v : list.value(QLatin1String("occupations")).toArray()) {
        const QJsonObject o = v.toObject();
        occupations.emplace_back(
            text(o, "name"), QStringList{text(o, "name_en"), text(o, "industry"), text(o, "icon"),
                                         text(o, "pay_unit", "day"), text(o, "kind", "traditional"),
                                         QString::number(order++), QStringLiteral("1")});
    }
    // Rows as the store has them.
    const auto read = [this](const QString& sql) -> Result<std::map<QString, QStringList>> {
        auto r = m_db.exec(sql);
        if (!r.ok())
            return r.error();
        std::map<QString, QStringList> out;
        QSqlQuery& q = r.value();
        while (q.next()) {
            QStringList row;
            for (int i = 1; i < q.record().count(); ++i)
                row << q.value(i).toString();
            out.emplace(q.value(0).toString(), row);
        }
        return out;
    };
    auto storedIndustries = read(QStringLiteral("SELECT name, name_en, sort_order FROM industry"));
    if (!storedIndustries.ok())
        return storedIndustries.error();
    auto storedOccupations =
        read(QStringLiteral("SELECT name, name_en, industry, icon, pay_unit, kind, sort_order, "
                            "active FROM occupation"));
    if (!storedOccupations.ok())
        return storedOccupations.error();

    std::vector<std::pair<QString, QVariantList>> writes;
    const auto differs = [](const std::map<QString, QStringList>& stored, const QString& name,
                            const QStringList& row) {
        const auto it = stored.find(name);
        return it == stored.end() || it->second != row;
    };
    const auto bind = [](const QString& name, const QStringList& row) {
        QVariantList values{name};
        for (const QString& v : row)
            values << v;
        return values;
    };
    for (const auto& [name, row] : industries) {
        if (differs(storedIndustries.value(), name, row))
            writes.emplace_back(QStringLiteral("INSERT OR REPLACE INTO industry(name, name_en, "
                                               "sort_order) VALUES(?, ?, ?)"),
                                bind(name, row));
    }
    // An industry left out goes, unless a trade no longer offered still names it: the records of
    // that trade keep their industry in the statistics.
    const auto listed = [&occupations](const QString& name) {
        return std::any_of(occupations.begin(), occupations.end(),
                           [&name](const auto& o) { return o.first == name; });
    };
    QStringList stillNamed;
    for (const auto& [name, row] : storedOccupations.value()) {
        if (!listed(name))
            stillNamed << row.value(1);
    }
    for (const auto& [name, row] : storedIndustries.value()) {
        if (std::none_of(industries.begin(), industries.end(),
                         [&name](const auto& i) { return i.first == name; }) &&
            !stillNamed.contains(name))
            writes.emplace_back(QStringLiteral("DELETE FROM industry WHERE name = ?"),
                                QVariantList{name});
    }
    for (const auto& [name, row] : occupations) {
        if (differs(storedOccupations.value(), name, row))
            writes.emplace_back(
                QStringLiteral(
                    "INSERT OR REPLACE INTO occupation(name, name_en, industry, icon, "
                    "pay_unit, kind, sort_order, active) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"),
                bind(name, row));
    }
    // A trade left out stays in the store for the jobs and people that name it; it is no longer
    // offered.
    for (const auto& [name, row] : storedOccupations.value()) {
        if (row.value(6) != QLatin1String("0") && !listed(name))
            writes.emplace_back(QStringLiteral("UPDATE occupation SET active = 0 WHERE name = ?"),
                                QVariantList{name});
    }
    auto marker = m_db.scalar(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"),
                              {QLatin1String(kHallListKey)});
    if (!marker.ok())
        return marker.error();
    if ((marker.value().toString() == QLatin1String("hall")) != hall)
        writes.emplace_back(hall ? QStringLiteral("INSERT OR REPLACE INTO sync_state(key, value) "
                                                  "VALUES(?, 'hall')")
                                 : QStringLiteral("DELETE FROM sync_state WHERE key = ?"),
                            QVariantList{QLatin1String(kHallListKey)});
    if (writes.empty())
        return {};
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    for (const auto& [sql, values] : writes) {
        auto r = m_db.exec(sql, values);
        if (!r.ok())
            return r.error();
    }
    m_english.reset();
    return tx.commit();
}

const QStringList& ReferenceData::occupationNames()
{
    return inUse().names;
}

Status ReferenceData::refreshEnglishNames(const QJsonObject& root) const
{
    // Without a list of the hall's own, the store's lists stay as they are; only the English
    // names follow the shipped file (a newer program may word them better). Written only when one
    // differs, so an ordinary start does not write to the store.
    std::vector<std::tuple<QString, QString, QString>> changes; // table, name, name_en
    for (const auto& [list, table] :
         {std::pair{"industries", "industry"}, std::pair{"occupations", "occupation"}}) {
        auto current =
            m_db.exec(QStringLiteral("SELECT name, name_en FROM %1").arg(QLatin1String(table)));
        if (!current.ok())
            return current.error();
        std::map<QString, QString> english;
        while (current.value().next())
            english.emplace(current.value().value(0).toString(),
                            current.value().value(1).toString());
        for (const QJsonValue& v : root.value(QLatin1String(list)).toArray()) {
            const QJsonObject o = v.toObject();
            const QString name = o.value(QLatin1String("name")).toString();
            const QString en = o.value(QLatin1String("name_en")).toString();
            if (const auto it = english.find(name); it != english.end() && it->second != en)
                changes.emplace_back(QLatin1String(table), name, en);
        }
    }
    if (changes.empty())
        return {};
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    for (const auto& [table, name, en] : changes) {
        auto r = m_db.exec(QStringLiteral("UPDATE %1 SET name_en = ? WHERE name = ?").arg(table),
                           {en, name});
        if (!r.ok())
            return r.error();
    }
    m_english.reset();
    return tx.commit();
}

Result<std::vector<Occupation>> ReferenceData::occupations() const
{
    auto r =
        m_db.exec(QStringLiteral("SELECT name, name_en, industry, icon, pay_unit, kind "
                                 "FROM occupation WHERE active = 1 ORDER BY sort_order, name"));
    if (!r.ok())
        return r.error();
    std::vector<Occupation> out;
    while (r.value().next()) {
        const QSqlQuery& q = r.value();
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    }
    return out;
}

Result<std::map<QString, QString>> ReferenceData::industryOfEveryTrade() const
{
    auto r = m_db.exec(QStringLiteral("SELECT name, industry FROM occupation"));
    if (!r.ok())
        return r.error();
    std::map<QString, QString> out;
    while (r.value().next())
        out.emplace(r.value().value(0).toString(), r.value().value(1).toString());
    return out;
}

Result<std::vector<Industry>> ReferenceData::industries() const
{
    auto r =
        m_db.exec(QStringLiteral("SELECT name, name_en FROM industry ORDER BY sort_order, name"));
    if (!r.ok())
        return r.error();
    std::vector<Industry> out;
    while (r.value().next())
        out.push_back({r.value().value(0).toString(), r.value().value(1).toString()});
    return out;
}

QString ReferenceData::displayName(const QString& name) const
{
    if (QLocale().language() == QLocale::Chinese)
        return name;
    if (!m_english) {
        // The lists change only at start (ensureLoaded), not while a terminal runs.
        std::map<QString, QString> english;
        auto r = m_db.exec(QStringLiteral("SELECT name, name_en FROM occupation UNION ALL "
                                          "SELECT name, name_en FROM industry"));
        if (!r.ok())
            return name;
        while (r.value().next()) {
            const QString en = r.value().value(1).toString();
            if (!en.isEmpty())
                english.emplace(r.value().value(0).toString(), en);
        }
        m_english = std::move(english);
    }
    const auto it = m_english->find(name);
    return it == m_english->end() ? name : it->second;
}

QString ReferenceData::officialIndustryName(const QString& name)
{
    const std::map<QString, QString>& official = inUse().official;
    const auto it = official.find(name);
    return it == official.end() ? name : it->second;
}

} // namespace lingong
