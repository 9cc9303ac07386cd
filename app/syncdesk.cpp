#include "syncdesk.h"

#include "editmerge.h"
#include "masking.h"
#include "seekerrepository.h"

#include <QJsonArray>

namespace lingong {

SyncDesk::SyncDesk(EntityStore& store, const AuditLog& audit)
    : m_store(store)
    , m_audit(audit)
    , m_journal(store)
{}

Result<std::vector<SyncConflict>> SyncDesk::conflicts() const
{
    return m_journal.openConflicts();
}

Result<std::vector<OutboxChange>> SyncDesk::rejected() const
{
    return SyncState(m_store.database()).rejected();
}

Result<SyncConflict> SyncDesk::openConflict(qint64 conflictId) const
{
    auto c = m_journal.conflict(conflictId);
    if (!c.ok())
        return c.error();
    if (!c.value())
        return makeError(QStringLiteral("not_found"), tr("This conflict is no longer listed."));
    return *c.value();
}

Status SyncDesk::keepPlatform(qint64 conflictId, const QString& actor) const
{
    Transaction tx(m_store.database());
    if (!tx.ok())
        return tx.error();
    auto c = openConflict(conflictId);
    if (!c.ok())
        return c.error();
    if (Status st = m_journal.resolveConflict(conflictId, QStringLiteral("kept_platform"));
        !st.ok())
        return st;
    if (Status st = m_audit.append(actor, QStringLiteral("sync_conflict_keep_platform"),
                                   c.value().entity, c.value().entityId);
        !st.ok())
        return st;
    return tx.commit();
}

Status SyncDesk::sendAgain(qint64 conflictId, const QString& actor) const
{
    Transaction tx(m_store.database());
    if (!tx.ok())
        return tx.error();
    auto c = openConflict(conflictId);
    if (!c.ok())
        return c.error();
    const SyncConflict& conflict = c.value();
    const EntitySpec* spec = entities::find(conflict.entity);
    if (!spec)
        return makeError(
            QStringLiteral("unknown_entity"),
            tr("This kind of record (%1) cannot be sent again from here.").arg(conflict.entity));
    // A seeker merged into another record since: sending this again would bring the
    // merged-away record back beside the one that took it in.
    if (spec == &entities::seeker()) {
        auto kept = SeekerRepository(m_store).mergedInto(conflict.entityId);
        if (!kept.ok())
            return kept.error();
        if (!kept.value().isEmpty())
            return makeError(QStringLiteral("merged"),
                             tr("This person's records have been merged into one since, so this "
                                "change cannot be sent again. Open the person and make it "
                                "there, then keep the platform's version here."));
    }
    QJsonObject data = conflict.localData;
    // The fields this window's edit changed go over the platform's version (here since the
    // pull); every other field stays as the platform has it, so an edit made elsewhere
    // meanwhile is not wiped out. Without the record as it was before the edit, the edit whole.
    if (conflict.op != QLatin1String("delete")) {
        auto platform = platformVersion(conflict);
        if (!platform.ok())
            return platform.error();
        // Until then the record here is the edit itself: sent again on top of it, the edit
        // would be refused again and seem to have changed nothing.
        if (!platform.value())
            return makeError(QStringLiteral("not_yet"),
                             tr("The platform's version of this record has not arrived yet. "
                                "Press Sync now, then decide."));
        if (!conflict.baseData.isEmpty() && !platform.value()->isEmpty())
            data = mergeEdit(conflict.baseData, conflict.localData, *platform.value()).data;
    }
    if (spec == &entities::seeker() && conflict.op != QLatin1String("delete")) {
        // The ids merged into this record only grow: an edit made before a merge elsewhere
        // keeps the platform's list, or terminals could no longer find where those went.
        auto current = m_store.get(*spec, conflict.entityId, true);
        if (!current.ok())
            return current.error();
        if (current.value()) {
            QJsonArray merged = data.value(QLatin1String("merged_ids")).toArray();
            for (const QJsonValue& id :
                 current.value()->data.value(QLatin1String("merged_ids")).toArray())
                if (!merged.contains(id))
                    merged.append(id);
            data.insert(QStringLiteral("merged_ids"), merged);
        }
    }
    // A mobile taken out here at a person's request does not come back with an edit from
    // before.
    if (spec == &entities::application() || spec == &entities::complaint()) {
        auto takenOut = m_journal.phoneTakenOut(*spec, conflict.entityId);
        if (!takenOut.ok())
            return takenOut.error();
        if (takenOut.value())
            data.insert(QStringLiteral("phone"), QString());
    }
    if (conflict.op == QLatin1String("delete")) {
        if (Status st = m_store.remove(*spec, conflict.entityId); !st.ok())
            return st;
    } else if (auto saved = m_store.save(*spec, conflict.entityId, data); !saved.ok()) {
        return saved.error();
    }
    if (Status st = m_journal.resolveConflict(conflictId, QStringLiteral("sent_again")); !st.ok())
        return st;
    if (Status st = m_audit.append(actor, QStringLiteral("sync_conflict_send_again"),
                                   conflict.entity, conflict.entityId);
        !st.ok())
        return st;
    return tx.commit();
}

Status SyncDesk::dismissRejected(qint64 outboxSeq, const QString& actor) const
{
    Transaction tx(m_store.database());
    if (!tx.ok())
        return tx.error();
    auto all = rejected();
    if (!all.ok())
        return all.error();
    const auto it = std::find_if(all.value().begin(), all.value().end(),
                                 [&](const OutboxChange& c) { return c.seq == outboxSeq; });
    if (it == all.value().end())
        return makeError(QStringLiteral("not_found"), tr("This refusal is no longer listed."));
    if (Status st = m_journal.dismissRejected(outboxSeq); !st.ok())
        return st;
    if (Status st = m_audit.append(actor, QStringLiteral("sync_rejected_dismiss"), it->entity,
                                   it->entityId, it->lastError);
        !st.ok())
        return st;
    return tx.commit();
}

Status SyncDesk::dismissPlatformBehind(const QString& actor) const
{
    Transaction tx(m_store.database());
    if (!tx.ok())
        return tx.error();
    const SyncState state(m_store.database());
    auto was = state.value(QString::fromLatin1(SyncState::kPlatformBehind));
    if (!was.ok())
        return was.error();
    if (was.value().isEmpty())
        return {};
    if (Status st = state.setValue(QString::fromLatin1(SyncState::kPlatformBehind), QString());
        !st.ok())
        return st;
    if (Status st = m_audit.append(actor, QStringLiteral("sync_platform_behind_dismiss"), QString(),
                                   QString(), was.value());
        !st.ok())
        return st;
    return tx.commit();
}

QString SyncDesk::entityLabel(const QString& entity)
{
    if (entity == QLatin1String("job"))
        return tr("Job");
    if (entity == QLatin1String("employer"))
        return tr("Employer");
    if (entity == QLatin1String("seeker"))
        return tr("Job seeker");
    if (entity == QLatin1String("application"))
        return tr("Application");
    if (entity == QLatin1String("content"))
        return tr("Information item");
    if (entity == QLatin1String("worklog"))
        return tr("Ledger entry");
    if (entity == QLatin1String("complaint"))
        return tr("Complaint or request");
    if (entity == QLatin1String("service_record"))
        return tr("Service record");
    return entity;
}

QStringList SyncDesk::sentAgainFields(const SyncConflict& conflict, const QJsonObject& platform)
{
    QStringList keys = differingFields(conflict.localData, platform);
    if (conflict.baseData.isEmpty())
        return keys;
    const QStringList edited = differingFields(conflict.localData, conflict.baseData);
    keys.removeIf([&edited](const QString& key) { return !edited.contains(key); });
    return keys;
}

Result<std::optional<QJsonObject>> SyncDesk::platformVersion(const SyncConflict& conflict) const
{
    const EntitySpec* spec = entities::find(conflict.entity);
    if (!spec)
        return std::optional<QJsonObject>();
    auto stored = m_store.get(*spec, conflict.entityId, true);
    if (!stored.ok())
        return stored.error();
    if (!stored.value())
        return std::optional<QJsonObject>(QJsonObject());
    // Until the pull brings the version that superseded the edit, the row holds the edit itself.
    if (stored.value()->serverSeq < conflict.serverSeq)
        return std::optional<QJsonObject>();
    return std::optional<QJsonObject>(stored.value()->deleted ? QJsonObject()
                                                              : stored.value()->data);
}

namespace {

const std::pair<const char*, const char*> kFieldLabels[] = {
    {"title", QT_TRANSLATE_NOOP("lingong::SyncDesk", "title")},
    {"occupation", QT_TRANSLATE_NOOP("lingong::SyncDesk", "trade")},
    {"industry", QT_TRANSLATE_NOOP("lingong::SyncDesk", "industry")},
    {"skills", QT_TRANSLATE_NOOP("lingong::SyncDesk", "skills")},
    {"location", QT_TRANSLATE_NOOP("lingong::SyncDesk", "place")},
    {"work_hours", QT_TRANSLATE_NOOP("lingong::SyncDesk", "working hours")},
    {"pay", QT_TRANSLATE_NOOP("lingong::SyncDesk", "pay")},
    {"settlement", QT_TRANSLATE_NOOP("lingong::SyncDesk", "settlement")},
    {"form", QT_TRANSLATE_NOOP("lingong::SyncDesk", "form of work")},
    {"headcount", QT_TRANSLATE_NOOP("lingong::SyncDesk", "people wanted")},
    {"start_date", QT_TRANSLATE_NOOP("lingong::SyncDesk", "start date")},
    {"valid_until", QT_TRANSLATE_NOOP("lingong::SyncDesk", "valid until")},
    {"employer_id", QT_TRANSLATE_NOOP("lingong::SyncDesk", "employer")},
    {"application_id", QT_TRANSLATE_NOOP("lingong::SyncDesk", "placement")},
    {"contact", QT_TRANSLATE_NOOP("lingong::SyncDesk", "contact")},
    {"public_welfare", QT_TRANSLATE_NOOP("lingong::SyncDesk", "public-welfare post")},
    {"status", QT_TRANSLATE_NOOP("lingong::SyncDesk", "status")},
    {"review_note", QT_TRANSLATE_NOOP("lingong::SyncDesk", "why review did not pass it")},
    {"description", QT_TRANSLATE_NOOP("lingong::SyncDesk", "description")},
    {"name", QT_TRANSLATE_NOOP("lingong::SyncDesk", "name")},
    {"id_number", QT_TRANSLATE_NOOP("lingong::SyncDesk", "ID number")},
    {"phone", QT_TRANSLATE_NOOP("lingong::SyncDesk", "mobile")},
    {"education", QT_TRANSLATE_NOOP("lingong::SyncDesk", "education")},
    {"wanted_occupations", QT_TRANSLATE_NOOP("lingong::SyncDesk", "trades wanted")},
    {"wanted_districts", QT_TRANSLATE_NOOP("lingong::SyncDesk", "districts wanted")},
    {"availability", QT_TRANSLATE_NOOP("lingong::SyncDesk", "when they can start")},
    {"expected_pay", QT_TRANSLATE_NOOP("lingong::SyncDesk", "expected pay")},
    {"training_wishes", QT_TRANSLATE_NOOP("lingong::SyncDesk", "training wishes")},
    {"business_interest",
     QT_TRANSLATE_NOOP("lingong::SyncDesk", "interest in starting a business")},
    {"difficulties", QT_TRANSLATE_NOOP("lingong::SyncDesk", "difficulties")},
    {"kind", QT_TRANSLATE_NOOP("lingong::SyncDesk", "kind")},
    {"credit_code", QT_TRANSLATE_NOOP("lingong::SyncDesk", "credit code")},
    {"address", QT_TRANSLATE_NOOP("lingong::SyncDesk", "address")},
    {"district", QT_TRANSLATE_NOOP("lingong::SyncDesk", "district")},
    {"notes", QT_TRANSLATE_NOOP("lingong::SyncDesk", "notes")},
    // Applications, ledger entries, complaints: what clerks change in them.
    {"job_id", QT_TRANSLATE_NOOP("lingong::SyncDesk", "job")},
    {"seeker_id", QT_TRANSLATE_NOOP("lingong::SyncDesk", "job seeker")},
    {"recommended_at", QT_TRANSLATE_NOOP("lingong::SyncDesk", "recommended at")},
    {"interviewed_at", QT_TRANSLATE_NOOP("lingong::SyncDesk", "interviewed at")},
    {"outcome_at", QT_TRANSLATE_NOOP("lingong::SyncDesk", "outcome recorded at")},
    {"pay_settled", QT_TRANSLATE_NOOP("lingong::SyncDesk", "pay followed up")},
    {"pay_checked_at", QT_TRANSLATE_NOOP("lingong::SyncDesk", "pay followed up at")},
    {"staff", QT_TRANSLATE_NOOP("lingong::SyncDesk", "clerk")},
    {"summary", QT_TRANSLATE_NOOP("lingong::SyncDesk", "what it says")},
    {"ref_id", QT_TRANSLATE_NOOP("lingong::SyncDesk", "record it is about")},
    {"struck_reason", QT_TRANSLATE_NOOP("lingong::SyncDesk", "struck out because")},
    {"owner", QT_TRANSLATE_NOOP("lingong::SyncDesk", "handled by")},
    {"deadline", QT_TRANSLATE_NOOP("lingong::SyncDesk", "deadline")},
    {"resolution", QT_TRANSLATE_NOOP("lingong::SyncDesk", "resolution")},
    {"closed_at", QT_TRANSLATE_NOOP("lingong::SyncDesk", "closed at")},
};

// Bookkeeping the stores fill in themselves, or derived from a field above: no decision for staff.
const QStringList kUnnamedFields{
    QStringLiteral("employer_name"), QStringLiteral("published_at"), QStringLiteral("created_at"),
    QStringLiteral("gender"),        QStringLiteral("birth_date"),   QStringLiteral("id_tail"),
    QStringLiteral("ref_entity"),    QStringLiteral("struck_by"),    QStringLiteral("struck_at")};

} // namespace

QStringList SyncDesk::fieldNames(const QStringList& keys)
{
    QStringList rest = keys;
    QStringList out;
    for (const auto& [key, label] : kFieldLabels) {
        if (rest.removeAll(QString::fromLatin1(key)) > 0)
            out << tr(label);
    }
    for (const QString& k : std::as_const(rest)) {
        if (!kUnnamedFields.contains(k)) {
            out << tr("other details");
            break;
        }
    }
    return out;
}

namespace {

QStringList differingKeys(const QJsonObject& local, const QJsonObject& platform)
{
    QStringList keys = local.keys();
    for (const QString& k : platform.keys())
        if (!keys.contains(k))
            keys << k;
    QStringList differing;
    for (const QString& k : std::as_const(keys)) {
        if (local.value(k) != platform.value(k))
            differing << k;
    }
    return differing;
}

} // namespace

QStringList SyncDesk::differences(const QJsonObject& local, const QJsonObject& platform)
{
    return fieldNames(differingKeys(local, platform));
}

QStringList SyncDesk::differingFields(const QJsonObject& local, const QJsonObject& platform)
{
    const QStringList differing = differingKeys(local, platform);
    QStringList out;
    for (const auto& [key, label] : kFieldLabels) {
        if (differing.contains(QLatin1String(key)))
            out << QString::fromLatin1(key);
    }
    return out;
}

QString SyncDesk::fieldName(const QString& key)
{
    for (const auto& [k, label] : kFieldLabels) {
        if (key == QLatin1String(k))
            return tr(label);
    }
    return tr("other details");
}

QString SyncDesk::recordLabel(const QString& entity, const QJsonObject& data)
{
    const auto s = [&](const char* key) { return data.value(QLatin1String(key)).toString(); };
    if (entity == QLatin1String("seeker"))
        return masking::name(s("name"));
    // One recommended at a window has no number of its own.
    if (entity == QLatin1String("application"))
        return s("confirmation_no").isEmpty() ? tr("recommended at a window")
                                              : tr("No. %1").arg(s("confirmation_no"));
    if (entity == QLatin1String("complaint"))
        return s("category");
    for (const char* key : {"title", "name", "summary", "kind"}) {
        if (!s(key).isEmpty())
            return s(key);
    }
    return {};
}

} // namespace lingong
