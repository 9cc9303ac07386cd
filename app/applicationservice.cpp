#include "applicationservice.h"

#include "ledger.h"
#include "seekerrepository.h"
#include "validation.h"

#include <QRandomGenerator>

namespace lingong {

ApplicationService::ApplicationService(EntityStore& store, const Clock& clock)
    : m_store(store)
    , m_clock(clock)
    , m_repo(store)
{}

Result<QString> ApplicationService::newConfirmationNo() const
{
    // Six digits: short enough to read out at the window. Drawn at random (not counted) so two
    // kiosks offline at the same time rarely collide; a local collision is drawn again.
    for (int attempt = 0; attempt < 50; ++attempt) {
        const QString no =
            QStringLiteral("%1").arg(QRandomGenerator::global()->bounded(100000, 1000000));
        auto taken = m_repo.confirmationTaken(no);
        if (!taken.ok())
            return taken.error();
        if (!taken.value())
            return no;
    }
    return makeError(QStringLiteral("internal"), tr("No free confirmation number was found."));
}

Result<ApplicationReceipt> ApplicationService::apply(const QString& jobId, const QString& phone,
                                                     const QString& channel)
{
    auto mobile = validation::checkMobile(phone);
    if (!mobile.ok())
        return mobile.error();
    Transaction tx(m_store.database());
    if (!tx.ok())
        return tx.error();
    auto job = m_store.get(entities::job(), jobId);
    if (!job.ok())
        return job.error();
    const QString today = m_clock.today().toString(Qt::ISODate);
    if (!job.value() ||
        job.value()->data.value(QLatin1String("status")).toString() != QLatin1String("published") ||
        job.value()->data.value(QLatin1String("valid_until")).toString() < today)
        return makeError(QStringLiteral("job_closed"),
                         tr("This job is no longer open. Please choose another one."),
                         QStringLiteral("job"));

    auto previous = m_repo.findActive(jobId, mobile.value());
    if (!previous.ok())
        return previous.error();
    if (const auto& p = previous.value()) {
        return ApplicationReceipt{p->id, p->data.value(QLatin1String("confirmation_no")).toString(),
                                  p->data.value(QLatin1String("seeker_id")).toString(), true};
    }

    auto seekers = SeekerRepository(m_store).findByPhone(mobile.value());
    if (!seekers.ok())
        return seekers.error();
    const QString seekerId = seekers.value().size() == 1 ? seekers.value().front().id : QString();

    auto no = newConfirmationNo();
    if (!no.ok())
        return no.error();
    const QString id = EntityStore::newId();
    const QJsonObject data{{QStringLiteral("job_id"), jobId},
                           {QStringLiteral("seeker_id"), seekerId},
                           {QStringLiteral("phone"), mobile.value()},
                           {QStringLiteral("confirmation_no"), no.value()},
                           {QStringLiteral("channel"), channel},
                           {QStringLiteral("status"), QStringLiteral("applied")},
                           {QStringLiteral("applied_at"), Clock::toWire(m_clock.now())}};
    auto saved = m_store.save(entities::application(), id, data);
    if (!saved.ok())
        return saved.error();
    const QString title = job.value()->data.value(QLatin1String("title")).toString();
    if (auto logged = Ledger(m_store).record(
            QStringLiteral("application"),
            ledgerText(QT_TR_NOOP("Application %1 for \"%2\"")).arg(no.value(), title), QString(),
            QStringLiteral("application"), id);
        !logged.ok())
        return logged.error();
    if (Status st = tx.commit(); !st.ok())
        return st.error();
    return ApplicationReceipt{id, no.value(), seekerId, false};
}

Result<std::optional<StoredEntity>>
ApplicationService::findByConfirmation(const QString& confirmationNo) const
{
    return m_repo.findByConfirmation(confirmationNo);
}

} // namespace lingong
