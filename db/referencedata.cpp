#include "referencedata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <tuple>

namespace lingong {

Status ReferenceData::ensureLoaded() const
{
    auto n = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM occupation"));
    if (!n.ok())
        return n.error();
    QFile f(QStringLiteral(":/data/occupations.json"));
    if (!f.open(QIODevice::ReadOnly))
        return Database::databaseError(QStringLiteral("occupations.json"), f.errorString());
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    if (n.value().toInt() > 0)
        return refreshEnglishNames(root);
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    int order = 0;
    for (const QJsonValue& v : root.value(QLatin1String("industries")).toArray()) {
        const QJsonObject o = v.toObject();
        auto r =
            m_db.exec(QStringLiteral("INSERT OR IGNORE INTO industry(name, name_en, sort_order) "
                                     "VALUES(?, ?, ?)"),
                      {o.value(QLatin1String("name")).toString(),
                       o.value(QLatin1String("name_en")).toString(), order++});
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
            {o.value(QLatin1String("name")).toString(),
             o.value(QLatin1String("name_en")).toString(),
             o.value(QLatin1String("industry")).toString(),
             o.value(QLatin1String("icon")).toString(),
             o.value(QLatin1String("pay_unit")).toString(),
             o.value(QLatin1String("kind")).toString(), order++});
        if (!r.ok())
            return r.error();
    }
    m_english.reset();
    return tx.commit();
}

const QStringList& ReferenceData::shippedOccupationNames()
{
    static const QStringList names = [] {
        QStringList out;
        QFile f(QStringLiteral(":/data/occupations.json"));
        if (!f.open(QIODevice::ReadOnly))
            return out;
        const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        for (const QJsonValue& v : root.value(QLatin1String("occupations")).toArray())
            out << v.toObject().value(QLatin1String("name")).toString();
        return out;
    }();
    return names;
}

Status ReferenceData::refreshEnglishNames(const QJsonObject& root) const
{
    // The lists are the hall's to edit; only the English names, which the hall does not edit,
    // follow the shipped file (a newer program may word them better). Written only when one
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
        // The lists are loaded once from the shipped file and not edited while a terminal runs.
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
    static const std::map<QString, QString> official = [] {
        std::map<QString, QString> out;
        QFile f(QStringLiteral(":/data/occupations.json"));
        if (!f.open(QIODevice::ReadOnly))
            return out;
        const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        for (const QJsonValue& v : root.value(QLatin1String("industries")).toArray()) {
            const QJsonObject o = v.toObject();
            const QString full = o.value(QLatin1String("official")).toString();
            if (!full.isEmpty())
                out[o.value(QLatin1String("name")).toString()] = full;
        }
        return out;
    }();
    const auto it = official.find(name);
    return it == official.end() ? name : it->second;
}

} // namespace lingong
