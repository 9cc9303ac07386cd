#include "complaintservice.h"

#include "complaintrepository.h"

#include "ledger.h"
#include "validation.h"
#include "workcalendar.h"

namespace lingong {

namespace {

const QStringList& kinds()
{
    static const QStringList list{QStringLiteral("complaint"), QStringLiteral("callback"),
                                  QStringLiteral("report"), QStringLiteral("request")};
    return list;
}

} // namespace

ComplaintService::ComplaintService(EntityStore& store, const Clock& clock)
    : m_store(store)
    , m_clock(clock)
{}

QDateTime ComplaintService::deadlineFor(const QString& kind, const QDateTime& createdUtc)
{
    const QDateTime local = createdUtc.toOffsetFromUtc(8 * 3600);
    const int days = kind == QLatin1String("callback") ? 1 : 5;
    const QDate due = WorkCalendar::current().addWorkingDays(local.date(), days);
    return QDateTime(due, QTime(18, 0), Qt::OffsetFromUTC, 8 * 3600).toUTC();
}

bool ComplaintService::isOverdue(const QJsonObject& c, const QDateTime& nowUtc)
{
    if (c.value(QLatin1String("status")).toString() != QLatin1String("open"))
        return false;
    const QDateTime deadline = Clock::fromWire(c.value(QLatin1String("deadline")).toString());
    return deadline.isValid() && deadline < nowUtc;
}

Result<QString> ComplaintService::requestCallback(const QString& phone, const QString& category,
                                                  const QString& about)
{
    return record(QStringLiteral("callback"), category, phone, about.trimmed(),
                  QString::fromLatin1(kDutyOwner));
}

Result<QString> ComplaintService::record(const QString& kind, const QString& category,
                                         const QString& phone, const QString& description,
                                         const QString& owner, const QString& employerId,
                                         const QString& applicationId)
{
    if (!kinds().contains(kind))
        return makeError(QStringLiteral("invalid"), tr("The kind of request is not known."),
                         QStringLiteral("kind"));
    if (category.trimmed().isEmpty())
        return makeError(QStringLiteral("invalid"), tr("Please choose what the matter is about."),
                         QStringLiteral("category"));
    auto mobile = validation::checkContactPhone(phone);
    if (!mobile.ok()) {
        Error e = mobile.error();
        e.field = QStringLiteral("phone");
        return e;
    }
    if (owner.trimmed().isEmpty())
        return makeError(QStringLiteral("invalid"), tr("Every request needs an owner."),
                         QStringLiteral("owner"));
    if (!employerId.isEmpty()) {
        auto employer = m_store.get(entities::employer(), employerId);
        if (!employer.ok())
            return employer.error();
        if (!employer.value())
            return makeError(QStringLiteral("invalid"),
                             tr("Employer: choose one from the list, or leave it empty."),
                             QStringLiteral("employer_id"));
    }
    if (!applicationId.isEmpty()) {
        // Only a complaint is about a placement's wages, one open at a time.
        if (kind != QLatin1String("complaint"))
            return makeError(QStringLiteral("invalid"),
                             tr("Only a complaint is about the wages of a placement."),
                             QStringLiteral("application_id"));
        auto placement = m_store.get(entities::application(), applicationId);
        if (!placement.ok())
            return placement.error();
        if (!placement.value() ||
            placement.value()->data.value(QLatin1String("status")).toString() !=
                QLatin1String("hired"))
            return makeError(QStringLiteral("invalid"),
                             tr("The person is no longer recorded as having started this job."),
                             QStringLiteral("application_id"));
        auto about = ComplaintRepository(m_store).aboutPlacement(applicationId);
        if (!about.ok())
            return about.error();
        if (!about->empty() &&
            about->front().data.value(QLatin1String("status")).toString() == QLatin1String("open"))
            return makeError(QStringLiteral("duplicate"),
                             tr("A complaint about these wages is open already."),
                             QStringLiteral("application_id"));
    }
    const QDateTime now = m_clock.now();
    const QJsonObject data{{QStringLiteral("kind"), kind},
                           {QStringLiteral("category"), category.trimmed()},
                           {QStringLiteral("phone"), mobile.value()},
                           {QStringLiteral("description"), description.trimmed()},
                           {QStringLiteral("owner"), owner.trimmed()},
                           {QStringLiteral("deadline"), Clock::toWire(deadlineFor(kind, now))},
                           {QStringLiteral("status"), QStringLiteral("open")},
                           {QStringLiteral("employer_id"), employerId},
                           {QStringLiteral("application_id"), applicationId}};
    Transaction tx(m_store.database());
    if (!tx.ok())
        return tx.error();
    const QString id = EntityStore::newId();
    auto saved = m_store.save(entities::complaint(), id, data);
    if (!saved.ok())
        return saved.error();
    const QString summary =
        kind == QLatin1String("callback")
            ? ledgerText(QT_TR_NOOP("Call-back requested: %1")).arg(category.trimmed())
            : ledgerText(QT_TR_NOOP("Complaint or request recorded: %1")).arg(category.trimmed());
    const QString staff = owner == QLatin1String(kDutyOwner) ? QString() : owner.trimmed();
    if (auto logged = Ledger(m_store).record(QStringLiteral("complaint"), summary, staff,
                                             QStringLiteral("complaint"), id);
        !logged.ok())
        return logged.error();
    if (Status st = tx.commit(); !st.ok())
        return st.error();
    return id;
}

Result<QJsonObject> ComplaintService::load(const QString& id)
{
    auto current = m_store.get(entities::complaint(), id);
    if (!current.ok())
        return current.error();
    if (!current.value())
        return makeError(QStringLiteral("not_found"), tr("This request no longer exists."));
    return current.value()->data;
}

Status ComplaintService::takeOver(const QString& id, const QString& owner)
{
    if (owner.trimmed().isEmpty())
        return makeError(QStringLiteral("invalid"), tr("Every request needs an owner."),
                         QStringLiteral("owner"));
    Transaction tx(m_store.database());
    if (!tx.ok())
        return tx.error();
    auto data = load(id);
    if (!data.ok())
        return data.error();
    QJsonObject d = data.value();
    d.insert(QStringLiteral("owner"), owner.trimmed());
    if (auto saved = m_store.save(entities::complaint(), id, d); !saved.ok())
        return saved.error();
    return tx.commit();
}

Status ComplaintService::close(const QString& id, const QString& resolution)
{
    if (resolution.trimmed().isEmpty())
        return makeError(QStringLiteral("invalid"),
                         tr("Please write down how the matter was resolved before closing it."),
                         QStringLiteral("resolution"));
    Transaction tx(m_store.database());
    if (!tx.ok())
        return tx.error();
    auto data = load(id);
    if (!data.ok())
        return data.error();
    QJsonObject d = data.value();
    d.insert(QStringLiteral("status"), QStringLiteral("closed"));
    d.insert(QStringLiteral("resolution"), resolution.trimmed());
    d.insert(QStringLiteral("closed_at"), Clock::toWire(m_clock.now()));
    if (auto saved = m_store.save(entities::complaint(), id, d); !saved.ok())
        return saved.error();
    return tx.commit();
}

} // namespace lingong
