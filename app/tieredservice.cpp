#include "tieredservice.h"

#include "ledger.h"

namespace lingong {

TieredService::TieredService(EntityStore& store, const AuditLog& audit)
    : m_store(store)
    , m_audit(audit)
    , m_repo(store)
{}

QStringList TieredService::kinds()
{
    return {QStringLiteral("guidance"), QStringLiteral("recommendation"),
            QStringLiteral("training")};
}

QStringList TieredService::guidanceKinds()
{
    return {QStringLiteral("career_guidance"), QStringLiteral("registration_guidance"),
            QStringLiteral("pension_guidance"), QStringLiteral("injury_guidance")};
}

Result<std::map<QString, QString>> TieredService::lastGiven(const QString& seekerId) const
{
    auto list = m_repo.forSeeker(seekerId);
    if (!list.ok())
        return list.error();
    std::map<QString, QString> out;
    for (const StoredEntity& e : list.value()) {
        const QString kind = e.data.value(QLatin1String("kind")).toString();
        const QString at = e.data.value(QLatin1String("at")).toString();
        QString& last = out[kind];
        if (at > last)
            last = at;
    }
    return out;
}

Result<TierProgress> TieredService::progress(const QString& seekerId) const
{
    auto counts = m_repo.countsBySeeker(seekerId);
    if (!counts.ok())
        return counts.error();
    const auto& c = counts.value();
    const auto n = [&](const char* kind) {
        const auto it = c.find(QLatin1String(kind));
        return it == c.end() ? 0 : it->second;
    };
    TierProgress p;
    p.guidance = n("guidance");
    p.recommendations = n("recommendation");
    p.training = n("training");
    return p;
}

Result<std::vector<StoredEntity>> TieredService::records(const QString& seekerId) const
{
    return m_repo.forSeeker(seekerId);
}

Result<QString> TieredService::record(const QString& seekerId, const QString& kind,
                                      const QString& note, const StaffAccount& actor)
{
    if (!kinds().contains(kind) && !guidanceKinds().contains(kind))
        return makeError(QStringLiteral("invalid"), tr("The kind of service is not known."),
                         QStringLiteral("kind"));
    Transaction tx(m_store.database());
    if (!tx.ok())
        return tx.error();
    auto seeker = m_store.get(entities::seeker(), seekerId);
    if (!seeker.ok())
        return seeker.error();
    if (!seeker.value())
        return makeError(QStringLiteral("not_found"), tr("This job seeker no longer exists."));
    // Guidance is given once a visit: the same again on the same day is a second press, not a
    // second piece of guidance.
    if (guidanceKinds().contains(kind)) {
        auto last = lastGiven(seekerId);
        if (!last.ok())
            return last.error();
        const auto it = last->find(kind);
        if (it != last->end()) {
            const QDateTime at = Clock::fromWire(it->second).toOffsetFromUtc(8 * 3600);
            if (at.date() == m_store.clock().today())
                return makeError(QStringLiteral("duplicate"),
                                 tr("This guidance was recorded for the person today already, at "
                                    "%1.")
                                     .arg(at.toString(QStringLiteral("HH:mm"))),
                                 QStringLiteral("kind"));
        }
    }
    const QString id = EntityStore::newId();
    const QJsonObject data{{QStringLiteral("seeker_id"), seekerId},
                           {QStringLiteral("kind"), kind},
                           {QStringLiteral("at"), Clock::toWire(m_store.clock().now())},
                           {QStringLiteral("staff"), actor.actor()},
                           {QStringLiteral("note"), note.trimmed()}};
    if (auto saved = m_store.save(entities::serviceRecord(), id, data); !saved.ok())
        return saved.error();
    // Job recommendations are logged by the match that made them; the others are logged here.
    QString ledgerKind = QStringLiteral("consultation");
    QString summary;
    if (kind == QLatin1String("guidance")) {
        summary = ledgerText(QT_TR_NOOP("Career guidance for a job seeker in difficulty"));
    } else if (kind == QLatin1String("training")) {
        ledgerKind = QStringLiteral("training");
        summary = ledgerText(QT_TR_NOOP("Training referral for a job seeker in difficulty"));
    } else if (kind == QLatin1String("career_guidance")) {
        summary = ledgerText(QT_TR_NOOP("Career guidance for a job seeker"));
    } else if (kind == QLatin1String("registration_guidance")) {
        summary = ledgerText(QT_TR_NOOP("Guidance on employment registration"));
    } else if (kind == QLatin1String("pension_guidance")) {
        summary =
            ledgerText(QT_TR_NOOP("Guidance on basic pension insurance for enterprise employees"));
    } else if (kind == QLatin1String("injury_guidance")) {
        summary = ledgerText(
            QT_TR_NOOP("Guidance on occupational-injury cover for the new forms of employment"));
    }
    if (!summary.isEmpty()) {
        if (auto logged = Ledger(m_store).record(ledgerKind, summary, actor.actor(),
                                                 QStringLiteral("service_record"), id);
            !logged.ok())
            return logged.error();
    }
    if (Status st = m_audit.append(actor.actor(), QStringLiteral("service_") + kind,
                                   QStringLiteral("seeker"), seekerId);
        !st.ok())
        return st.error();
    if (Status st = tx.commit(); !st.ok())
        return st.error();
    return id;
}

} // namespace lingong
