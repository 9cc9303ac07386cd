#include "matchingrepository.h"

#include "places.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace lingong {

namespace {

QString marks(qsizetype n)
{
    QStringList m;
    for (qsizetype i = 0; i < n; ++i)
        m << QStringLiteral("?");
    return m.join(QLatin1Char(','));
}

// The JSON text of one string as the store writes it inside an array, for instr() matches that
// cannot hit part of a longer name.
QString jsonString(const QString& s)
{
    if (s.isEmpty())
        return QStringLiteral("\x01"); // matches nothing: an empty wish is no wish

    const QByteArray doc = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(doc.mid(1, doc.size() - 2));
}

} // namespace

Result<std::vector<StoredEntity>> MatchingRepository::openJobs(const QStringList& occupations,
                                                               const QStringList& districts,
                                                               const QDate& today, int limit) const
{
    QStringList any;
    QVariantList values{today.toString(Qt::ISODate)};
    if (!occupations.isEmpty()) {
        any << QStringLiteral("occupation IN (%1)").arg(marks(occupations.size()));
        for (const QString& o : occupations)
            values << o;
    }
    // A place under every name records may give it (南宁市横县, 南宁市横州市).
    QStringList places;
    for (const QString& d : districts)
        for (const QString& spelling : Places::guangxi().spellings(d))
            if (!places.contains(spelling))
                places << spelling;
    if (!places.isEmpty()) {
        any << QStringLiteral("district IN (%1)").arg(marks(places.size()));
        for (const QString& d : places)
            values << d;
    }
    values << limit;
    const EntitySpec& spec = entities::job();
    auto q = m_store.database().exec(
        QStringLiteral("SELECT %1 FROM job WHERE deleted = 0 AND status = 'published' AND "
                       "valid_until >= ? AND (%2) ORDER BY max(published_at, created_at) DESC, id "
                       "LIMIT ?")
            .arg(EntityStore::selectColumns(spec),
                 any.isEmpty() ? QStringLiteral("1") : any.join(QLatin1String(" OR "))),
        values);
    if (!q.ok())
        return q.error();
    std::vector<StoredEntity> out;
    while (q.value().next())
        out.push_back(EntityStore::fromRow(spec, q.value()));
    return out;
}

Result<std::vector<StoredEntity>>
MatchingRepository::seekersFor(const QString& occupation, const QString& district, int limit) const
{
    const EntitySpec& spec = entities::seeker();
    QStringList wanted{QStringLiteral("instr(wanted_occupations, ?) > 0")};
    QVariantList values{jsonString(occupation)};
    for (const QString& spelling : Places::guangxi().spellings(district)) {
        wanted << QStringLiteral("instr(wanted_districts, ?) > 0");
        values << jsonString(spelling);
    }
    values << limit;
    auto q = m_store.database().exec(
        QStringLiteral("SELECT %1 FROM seeker WHERE deleted = 0 AND (%2 OR wanted_occupations = "
                       "'[]') ORDER BY created_at, id LIMIT ?")
            .arg(EntityStore::selectColumns(spec), wanted.join(QLatin1String(" OR "))),
        values);
    if (!q.ok())
        return q.error();
    std::vector<StoredEntity> out;
    while (q.value().next())
        out.push_back(EntityStore::fromRow(spec, q.value()));
    return out;
}

} // namespace lingong
