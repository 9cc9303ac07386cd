#include "employerservice.h"

#include "editmerge.h"
#include "ledger.h"
#include "validation.h"

#include <QCollator>

#include <algorithm>
#include <numeric>

namespace lingong {

namespace {
const QString kEntity = QStringLiteral("employer");
} // namespace

EmployerService::EmployerService(EntityStore& store, const Clock& clock, const AuditLog& audit)
    : m_store(store)
    , m_clock(clock)
    , m_audit(audit)
    , m_repo(store)
{}

QStringList EmployerService::kinds()
{
    return {QStringLiteral("enterprise"), QStringLiteral("individual"), QStringLiteral("household"),
            QStringLiteral("organisation")};
}

bool EmployerService::isVerified(const QJsonObject& e)
{
    return e.value(QLatin1String("verification")).toString() == QLatin1String("verified");
}

bool EmployerService::isRefused(const QJsonObject& e)
{
    return e.value(QLatin1String("verification")).toString() == QLatin1String("rejected");
}

bool EmployerService::isBlacklisted(const QJsonObject& e)
{
    return e.value(QLatin1String("blacklisted")).toBool();
}

EmployerForm EmployerService::fromData(const QJsonObject& d)
{
    EmployerForm f;
    f.name = d.value(QLatin1String("name")).toString();
    f.kind = d.value(QLatin1String("kind")).toString(QStringLiteral("enterprise"));
    f.creditCode = d.value(QLatin1String("credit_code")).toString();
    const QJsonObject contact = d.value(QLatin1String("contact")).toObject();
    f.contactName = contact.value(QLatin1String("name")).toString();
    f.contactPhone = contact.value(QLatin1String("phone")).toString();
    f.district = d.value(QLatin1String("district")).toString();
    f.address = d.value(QLatin1String("address")).toString();
    f.notes = d.value(QLatin1String("notes")).toString();
    return f;
}

Result<EmployerForm> EmployerService::check(const EmployerForm& form) const
{
    std::vector<Error> found;
    const EmployerForm f = checked(form, found);
    if (!found.empty())
        return found.front();
    return f;
}

std::vector<Error> EmployerService::problems(const EmployerForm& form) const
{
    std::vector<Error> found;
    checked(form, found);
    return found;
}

EmployerForm EmployerService::checked(const EmployerForm& form, std::vector<Error>& found) const
{
    EmployerForm f = form;
    f.name = form.name.trimmed();
    f.contactName = form.contactName.trimmed();
    f.district = form.district.trimmed();
    f.address = form.address.trimmed();
    f.notes = form.notes.trimmed();
    const auto refuse = [&found](const QString& message, const char* field) {
        found.push_back(makeError(QStringLiteral("invalid"), message, QString::fromLatin1(field)));
    };
    if (f.name.isEmpty())
        refuse(tr("Employer name is required."), "name");
    else if (f.name.size() > 60)
        refuse(tr("Employer name is too long (60 characters at most)."), "name");
    if (!kinds().contains(f.kind))
        refuse(tr("Kind of employer is not a known choice."), "kind");
    const bool needsCode =
        f.kind == QLatin1String("enterprise") || f.kind == QLatin1String("organisation");
    if (f.kind == QLatin1String("household")) {
        f.creditCode.clear();
    } else if (needsCode || !form.creditCode.trimmed().isEmpty()) {
        auto code = validation::checkCreditCode(form.creditCode);
        if (code.ok())
            f.creditCode = code.value();
        else
            found.push_back(code.error());
    }
    if (f.contactName.isEmpty())
        refuse(tr("Contact name is required."), "contact_name");
    if (auto phone = validation::checkContactPhone(form.contactPhone); phone.ok())
        f.contactPhone = phone.value();
    else
        found.push_back(phone.error());
    if (!f.district.isEmpty()) {
        auto district = validation::checkDistrict(f.district, QStringLiteral("district"));
        if (district.ok())
            f.district = district.value();
        else
            found.push_back(district.error());
    }
    return f;
}

Result<QJsonObject> EmployerService::load(const QString& id) const
{
    auto e = m_store.get(entities::employer(), id);
    if (!e.ok())
        return e.error();
    if (!e.value())
        return makeError(QStringLiteral("not_found"), tr("This employer no longer exists."));
    return e.value()->data;
}

Result<std::optional<StoredEntity>> EmployerService::get(const QString& id) const
{
    return m_store.get(entities::employer(), id);
}

Result<std::vector<StoredEntity>>
EmployerService::search(const QString& text, EmployerRepository::Filter filter, int limit) const
{
    // Listed in the order of the Chinese dictionary (by pinyin: 宾阳 before 广西 before 南宁),
    // as clerks look names up, not in the order of the characters' codes. A hall has some
    // thousands of employers at most: all matches are sorted, then the first `limit` kept.
    auto found = m_repo.search(text, filter, std::max(limit, 20000));
    if (!found.ok())
        return found;
    std::vector<StoredEntity>& rows = found.value();
    // Each name's sort key is made once; comparing keys is cheap.
    const QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    std::vector<QCollatorSortKey> keys;
    keys.reserve(rows.size());
    for (const StoredEntity& e : rows)
        keys.push_back(collator.sortKey(e.data.value(QLatin1String("name")).toString()));
    std::vector<size_t> order(rows.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&keys](size_t a, size_t b) { return keys[a].compare(keys[b]) < 0; });
    std::vector<StoredEntity> sorted;
    const size_t kept = std::min(order.size(), size_t(std::max(0, limit)));
    sorted.reserve(kept);
    for (size_t i = 0; i < kept; ++i)
        sorted.push_back(std::move(rows[order[i]]));
    return sorted;
}

namespace {

void fill(QJsonObject& d, const EmployerForm& f)
{
    d.insert(QStringLiteral("name"), f.name);
    d.insert(QStringLiteral("kind"), f.kind);
    d.insert(QStringLiteral("credit_code"), f.creditCode);
    d.insert(QStringLiteral("contact"), QJsonObject{{QStringLiteral("name"), f.contactName},
                                                    {QStringLiteral("phone"), f.contactPhone}});
    d.insert(QStringLiteral("district"), f.district);
    d.insert(QStringLiteral("address"), f.address);
    d.insert(QStringLiteral("notes"), f.notes);
}

} // namespace

Result<EmployerSaved> EmployerService::registerEmployer(const EmployerForm& form,
                                                        const StaffAccount& actor)
{
    Transaction tx(m_store.database());
    if (!tx.ok())
        return tx.error();
    // A valid credit code on record names that employer at once, whatever else the form still
    // lacks: nothing is to be filled in for a registration that will not be made.
    if (form.kind != QLatin1String("household")) {
        if (auto code = validation::checkCreditCode(form.creditCode); code.ok()) {
            auto existing = m_repo.findByCreditCode(code.value());
            if (!existing.ok())
                return existing.error();
            if (existing.value())
                return EmployerSaved{existing.value()->id, true, existing.value()->data, {}, {}};
        }
    }
    auto checked = check(form);
    if (!checked.ok())
        return checked.error();
    const EmployerForm& f = checked.value();
    QJsonObject d;
    fill(d, f);
    d.insert(QStringLiteral("verification"), QStringLiteral("unverified"));
    d.insert(QStringLiteral("blacklisted"), false);
    const QString id = EntityStore::newId();
    auto saved = m_store.save(entities::employer(), id, d);
    if (!saved.ok())
        return saved.error();
    if (auto logged =
            Ledger(m_store).record(QStringLiteral("registration"),
                                   ledgerText(QT_TR_NOOP("Employer registered: %1")).arg(f.name),
                                   actor.actor(), kEntity, id);
        !logged.ok())
        return logged.error();
    if (Status st = m_audit.append(actor.actor(), QStringLiteral("employer_register"), kEntity, id);
        !st.ok())
        return st.error();
    if (Status st = tx.commit(); !st.ok())
        return st.error();
    return EmployerSaved{id, false, saved.value(), {}, {}};
}

Result<EmployerSaved> EmployerService::update(const QString& id, const EmployerForm& form,
                                              const StaffAccount& actor, const QJsonObject& base)
{
    auto checked = check(form);
    if (!checked.ok())
        return checked.error();
    const EmployerForm& f = checked.value();
    Transaction tx(m_store.database());
    if (!tx.ok())
        return tx.error();
    auto current = load(id);
    if (!current.ok())
        return current.error();
    auto other = m_repo.findByCreditCode(f.creditCode);
    if (!other.ok())
        return other.error();
    if (other.value() && other.value()->id != id)
        return makeError(QStringLiteral("duplicate"),
                         tr("Credit code: another registered employer already has this code."),
                         QStringLiteral("credit_code"));
    const QJsonObject& latest = current.value();
    QJsonObject d = base.isEmpty() ? latest : base;
    fill(d, f);
    EditMerge merged = mergeEdit(base, d, latest);
    // A verification, or a refusal, holds for the code that was checked: the one stored now
    // (another window may have verified it while this form was open).
    QJsonObject& out = merged.data;
    const bool codeChanged = latest.value(QLatin1String("credit_code")).toString() !=
                             out.value(QLatin1String("credit_code")).toString();
    if (codeChanged && (isVerified(out) || isRefused(out)) &&
        f.kind != QLatin1String("household")) {
        out.insert(QStringLiteral("verification"), QStringLiteral("unverified"));
        out.insert(QStringLiteral("verified_at"), QString());
        out.insert(QStringLiteral("verification_note"), QString());
    }
    auto saved = m_store.save(entities::employer(), id, merged.data);
    if (!saved.ok())
        return saved.error();
    if (Status st = m_audit.append(actor.actor(), QStringLiteral("employer_update"), kEntity, id);
        !st.ok())
        return st.error();
    if (Status st = tx.commit(); !st.ok())
        return st.error();
    return EmployerSaved{id, false, saved.value(), merged.keptTheirs, merged.overTheirs};
}

Status EmployerService::verify(const QString& id, const StaffAccount& actor)
{
    return setVerification(id, QStringLiteral("verified"), QString(),
                           QT_TR_NOOP("Employer verified: %1"), QStringLiteral("employer_verify"),
                           actor);
}

Result<int> EmployerService::refuseVerification(const QString& id, const QString& reason,
                                                const StaffAccount& actor)
{
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return makeError(QStringLiteral("invalid"),
                         tr("Please write down why the verification did not pass."),
                         QStringLiteral("verification_note"));
    Transaction tx(m_store.database());
    if (!tx.ok())
        return tx.error();
    if (Status st = setVerification(id, QStringLiteral("rejected"), why,
                                    QT_TR_NOOP("Employer verification not passed: %1 (%2)"),
                                    QStringLiteral("employer_verify_refuse"), actor);
        !st.ok())
        return st.error();
    // Seekers are not shown the postings of an employer whose papers did not pass: those
    // already published go back to review, to wait there with the others.
    auto moved = moveJobs(id, {QStringLiteral("published")}, QStringLiteral("pending_review"),
                          QStringLiteral("job_back_to_review"),
                          QStringLiteral("employer verification not passed"), actor);
    if (!moved.ok())
        return moved.error();
    if (Status st = tx.commit(); !st.ok())
        return st.error();
    return moved.value();
}

Status EmployerService::resetVerification(const QString& id, const StaffAccount& actor)
{
    return setVerification(id, QStringLiteral("unverified"), QString(),
                           QT_TR_NOOP("Employer verification undone: %1"),
                           QStringLiteral("employer_verify_reset"), actor);
}

Status EmployerService::setVerification(const QString& id, const QString& state,
                                        const QString& note, const char* ledgerLine,
                                        const QString& auditAction, const StaffAccount& actor)
{
    Transaction tx(m_store.database());
    if (!tx.ok())
        return tx.error();
    auto current = load(id);
    if (!current.ok())
        return current.error();
    QJsonObject d = current.value();
    const bool verifying = state == QLatin1String("verified");
    if (isBlacklisted(d))
        return makeError(
            QStringLiteral("blacklisted"),
            verifying ? tr("This employer is blacklisted and cannot be verified.")
                      : tr("This employer is blacklisted; its verification cannot be changed."));
    // Verifying again renews the date of the check; the other states are set once.
    if (!verifying && d.value(QLatin1String("verification")).toString() == state)
        return {};
    if (verifying) {
        const QString kind = d.value(QLatin1String("kind")).toString();
        const QString code = d.value(QLatin1String("credit_code")).toString();
        if (kind != QLatin1String("household") &&
            (!code.isEmpty() || kind == QLatin1String("enterprise") ||
             kind == QLatin1String("organisation"))) {
            auto checked = validation::checkCreditCode(code);
            if (!checked.ok())
                return checked.error();
        }
    }
    // verified_at is when the check was made, whatever its outcome; undone, there is none.
    d.insert(QStringLiteral("verification"), state);
    d.insert(QStringLiteral("verified_at"),
             state == QLatin1String("unverified") ? QString() : Clock::toWire(m_clock.now()));
    d.insert(QStringLiteral("verification_note"), note);
    if (auto saved = m_store.save(entities::employer(), id, d); !saved.ok())
        return saved.error();
    const QString name = d.value(QLatin1String("name")).toString();
    const QString line =
        note.isEmpty() ? ledgerText(ledgerLine).arg(name) : ledgerText(ledgerLine).arg(name, note);
    if (auto logged =
            Ledger(m_store).record(QStringLiteral("review"), line, actor.actor(), kEntity, id);
        !logged.ok())
        return logged.error();
    if (Status st = m_audit.append(actor.actor(), auditAction, kEntity, id, note); !st.ok())
        return st;
    return tx.commit();
}

Result<int> EmployerService::moveJobs(const QString& employerId, const QStringList& from,
                                      const QString& to, const QString& auditAction,
                                      const QString& why, const StaffAccount& actor)
{
    auto jobs = m_repo.jobIds(employerId, from);
    if (!jobs.ok())
        return jobs.error();
    int moved = 0;
    for (const QString& jobId : jobs.value()) {
        auto job = m_store.get(entities::job(), jobId);
        if (!job.ok())
            return job.error();
        if (!job.value())
            continue;
        QJsonObject j = job.value()->data;
        j.insert(QStringLiteral("status"), to);
        // Back in review it is not published: its approval will be its publication.
        if (to == QLatin1String("pending_review"))
            j.insert(QStringLiteral("published_at"), QString());
        if (auto saved = m_store.save(entities::job(), jobId, j); !saved.ok())
            return saved.error();
        if (Status st =
                m_audit.append(actor.actor(), auditAction, QStringLiteral("job"), jobId, why);
            !st.ok())
            return st.error();
        ++moved;
    }
    return moved;
}

Result<int> EmployerService::blacklist(const QString& id, const QString& reason,
                                       const StaffAccount& actor)
{
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return makeError(QStringLiteral("invalid"),
                         tr("Please write down why this employer is blacklisted."),
                         QStringLiteral("blacklist_reason"));
    Transaction tx(m_store.database());
    if (!tx.ok())
        return tx.error();
    auto current = load(id);
    if (!current.ok())
        return current.error();
    QJsonObject d = current.value();
    d.insert(QStringLiteral("blacklisted"), true);
    d.insert(QStringLiteral("blacklist_reason"), why);
    if (auto saved = m_store.save(entities::employer(), id, d); !saved.ok())
        return saved.error();
    auto jobs = moveJobs(id, {QStringLiteral("published"), QStringLiteral("pending_review")},
                         QStringLiteral("withdrawn"), QStringLiteral("job_withdraw"),
                         QStringLiteral("employer blacklisted"), actor);
    if (!jobs.ok())
        return jobs.error();
    const QString name = d.value(QLatin1String("name")).toString();
    if (auto logged = Ledger(m_store).record(
            QStringLiteral("other"),
            ledgerText(QT_TR_N_NOOP("Employer blacklisted: %1 (%2); %n posting(s) withdrawn"),
                       jobs.value())
                .arg(name, why),
            actor.actor(), kEntity, id);
        !logged.ok())
        return logged.error();
    if (Status st =
            m_audit.append(actor.actor(), QStringLiteral("employer_blacklist"), kEntity, id, why);
        !st.ok())
        return st.error();
    if (Status st = tx.commit(); !st.ok())
        return st.error();
    return jobs.value();
}

Status EmployerService::liftBlacklist(const QString& id, const StaffAccount& actor)
{
    if (!actor.isAdmin())
        return makeError(QStringLiteral("forbidden"),
                         tr("Only an administrator can take an employer off the blacklist."));
    Transaction tx(m_store.database());
    if (!tx.ok())
        return tx.error();
    auto current = load(id);
    if (!current.ok())
        return current.error();
    QJsonObject d = current.value();
    d.insert(QStringLiteral("blacklisted"), false);
    d.insert(QStringLiteral("blacklist_reason"), QString());
    if (auto saved = m_store.save(entities::employer(), id, d); !saved.ok())
        return saved.error();
    if (Status st =
            m_audit.append(actor.actor(), QStringLiteral("employer_unblacklist"), kEntity, id);
        !st.ok())
        return st;
    return tx.commit();
}

} // namespace lingong
