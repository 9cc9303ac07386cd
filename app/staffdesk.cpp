#include "staffdesk.h"

#include "applicationrepository.h"
#include "complaintrepository.h"
#include "ledger.h"
#include "seekerrepository.h"
#include "syncjournal.h"

#include <QRegularExpression>

#include <algorithm>

#include <limits>

namespace lingong {

StaffDesk::StaffDesk(EntityStore& store, const Clock& clock, const AuditLog& audit)
    : m_store(store)
    , m_audit(audit)
    , m_seekers(store, clock)
    , m_complaints(store, clock)
    , m_ledger(store)
{}

Result<SeekerSaved> StaffDesk::registerSeeker(SeekerForm form, const StaffAccount& actor)
{
    form.staff = actor.actor();
    form.source = QStringLiteral("staff");
    Transaction tx(m_store.database());
    if (!tx.ok())
        return tx.error();
    // At the window the person stands in front of the clerk: a new registration has a name (a
    // kiosk's may not). An ID number alone still opens the person already on record.
    if (form.name.trimmed().isEmpty()) {
        auto known = m_seekers.findByIdNumber(form.idNumber);
        if (known.ok() && !known.value())
            return makeError(QStringLiteral("missing"), tr("Please enter the person's name."),
                             QStringLiteral("name"));
    }
    auto saved = m_seekers.registerSeeker(form);
    if (!saved.ok())
        return saved.error();
    if (Status st = m_audit.append(actor.actor(),
                                   saved->existing ? QStringLiteral("seeker_open_existing")
                                                   : QStringLiteral("seeker_register"),
                                   QStringLiteral("seeker"), saved->id);
        !st.ok())
        return st.error();
    if (Status st = tx.commit(); !st.ok())
        return st.error();
    return saved;
}

Result<SeekerSaved> StaffDesk::updateSeeker(const QString& id, const SeekerForm& form,
                                            const StaffAccount& actor, const QJsonObject& base)
{
    Transaction tx(m_store.database());
    if (!tx.ok())
        return tx.error();
    auto saved = m_seekers.update(id, form, base);
    if (!saved.ok())
        return saved.error();
    if (Status st = m_audit.append(actor.actor(), QStringLiteral("seeker_update"),
                                   QStringLiteral("seeker"), id);
        !st.ok())
        return st.error();
    if (Status st = tx.commit(); !st.ok())
        return st.error();
    return saved;
}

QString StaffDesk::withoutPerson(QString text, const QString& name)
{
    // An ID number of 18 characters (or an old one of 15 digits), and a mobile with or without
    // the country's code, standing on their own.
    // Digits typed full-width (１３８…) count as digits.
    static const QRegularExpression id(QStringLiteral(
        "(?<![0-9０-９])([0-9０-９]{17}[0-9０-９XxＸｘ]|[0-9０-９]{15})(?![0-9０-９])"));
    static const QRegularExpression mobile(QStringLiteral(
        "(?<![0-9０-９])([+＋]?(86|８６)[ -]?)?[1１][3-9３-９][0-9０-９]([ -]?[0-9０-９]{4}){2}"
        "(?![0-9０-９])"));
    text.replace(id, ledgerText(QT_TR_NOOP("(ID number deleted)")));
    text.replace(mobile, ledgerText(QT_TR_NOOP("(phone deleted)")));
    // A name of one character is none to find.
    if (const QString n = name.trimmed(); n.size() >= 2)
        text.replace(n, ledgerText(QT_TR_NOOP("(name deleted)")));
    return text;
}

Status StaffDesk::deleteSeeker(const QString& id, const QString& reason, const StaffAccount& actor)
{
    if (reason.trimmed().isEmpty())
        return makeError(QStringLiteral("invalid"),
                         tr("Say why the data is deleted (for example: the person asked at the "
                            "window)."),
                         QStringLiteral("reason"));
    Transaction tx(m_store.database());
    if (!tx.ok())
        return tx.error();
    auto current = m_store.get(entities::seeker(), id);
    if (!current.ok())
        return current.error();
    if (!current.value())
        return makeError(QStringLiteral("not_found"), tr("This job seeker no longer exists."));
    const QString phone = current.value()->data.value(QLatin1String("phone")).toString();
    // The mobile leaves their applications and every complaint or call-back request made with
    // it: a request still open has no number to call back (the window is told before the
    // deletion, openRequestsOf).
    auto applications = ApplicationRepository(m_store).ofPerson(id, phone);
    if (!applications.ok())
        return applications.error();
    auto requests = ComplaintRepository(m_store).withPhone(phone);
    if (!requests.ok())
        return requests.error();
    // So do the complaints about the wages of their placements, made with another number.
    for (const StoredEntity& placement : applications.value()) {
        auto about = ComplaintRepository(m_store).aboutPlacement(placement.id);
        if (!about.ok())
            return about.error();
        for (StoredEntity& c : about.value())
            if (std::none_of(requests.value().begin(), requests.value().end(),
                             [&c](const StoredEntity& r) { return r.id == c.id; }))
                requests.value().push_back(std::move(c));
    }
    const SyncJournal journal(m_store);
    for (const StoredEntity& row : applications.value())
        if (Status st = journal.takePhoneOut(entities::application(), row); !st.ok())
            return st;
    // A request's details lose the person too: their name (a window fills it in for unpaid
    // wages), and any ID number or mobile written in them.
    const QString name = current.value()->data.value(QLatin1String("name")).toString();
    for (const StoredEntity& row : requests.value()) {
        QJsonObject rewrite;
        for (const char* field : {"description", "resolution"})
            rewrite.insert(QLatin1String(field),
                           withoutPerson(row.data.value(QLatin1String(field)).toString(), name));
        if (Status st = journal.takePhoneOut(entities::complaint(), row, rewrite); !st.ok())
            return st;
    }
    if (Status st = m_store.remove(entities::seeker(), id); !st.ok())
        return st;
    if (Status st = SyncJournal(m_store).forgetSeeker(id); !st.ok())
        return st;
    if (Status st = m_audit.append(actor.actor(), QStringLiteral("seeker_delete"),
                                   QStringLiteral("seeker"), id, reason.trimmed());
        !st.ok())
        return st;
    return tx.commit();
}

Result<int> StaffDesk::openRequestsOf(const QString& seekerId) const
{
    auto current = m_store.get(entities::seeker(), seekerId);
    if (!current.ok())
        return current.error();
    if (!current.value())
        return 0;
    auto requests = ComplaintRepository(m_store).withPhone(
        current.value()->data.value(QLatin1String("phone")).toString());
    if (!requests.ok())
        return requests.error();
    return int(
        std::count_if(requests.value().begin(), requests.value().end(), [](const StoredEntity& c) {
            return c.data.value(QLatin1String("status")).toString() == QLatin1String("open");
        }));
}

Result<SeekerSaved> StaffDesk::mergeSeekerTwins(const QString& id, const StaffAccount& actor)
{
    Transaction tx(m_store.database());
    if (!tx.ok())
        return tx.error();
    auto twins = m_seekers.twinsOf(id);
    if (!twins.ok())
        return twins.error();
    auto merged = m_seekers.mergeTwins(id);
    if (!merged.ok())
        return merged.error();
    // The records merged away, by id: the trail of where they went.
    QStringList away{id};
    for (const StoredEntity& e : twins.value())
        away << e.id;
    away.removeAll(merged->id);
    if (Status st =
            m_audit.append(actor.actor(), QStringLiteral("seeker_merge"), QStringLiteral("seeker"),
                           merged->id, away.join(QLatin1Char(' ')));
        !st.ok())
        return st.error();
    if (Status st = tx.commit(); !st.ok())
        return st.error();
    return merged;
}

Result<QString> StaffDesk::recordComplaint(const QString& kind, const QString& category,
                                           const QString& phone, const QString& description,
                                           const StaffAccount& actor, const QString& employerId,
                                           const QString& applicationId)
{
    // At the window the matter is typed, not chosen as at the kiosk.
    if (category.trimmed().isEmpty())
        return makeError(QStringLiteral("invalid"),
                         tr("Please write in a few words what the matter is about."),
                         QStringLiteral("category"));
    Transaction tx(m_store.database());
    if (!tx.ok())
        return tx.error();
    auto id = m_complaints.record(kind, category, phone, description, actor.actor(), employerId,
                                  applicationId);
    if (!id.ok())
        return id.error();
    if (Status st = m_audit.append(actor.actor(), QStringLiteral("complaint_record"),
                                   QStringLiteral("complaint"), id.value(), kind);
        !st.ok())
        return st.error();
    if (Status st = tx.commit(); !st.ok())
        return st.error();
    return id;
}

Status StaffDesk::takeOverComplaint(const QString& id, const StaffAccount& actor)
{
    Transaction tx(m_store.database());
    if (!tx.ok())
        return tx.error();
    if (Status st = m_complaints.takeOver(id, actor.actor()); !st.ok())
        return st;
    if (Status st = m_audit.append(actor.actor(), QStringLiteral("complaint_take_over"),
                                   QStringLiteral("complaint"), id);
        !st.ok())
        return st;
    return tx.commit();
}

Status StaffDesk::closeComplaint(const QString& id, const QString& resolution,
                                 const StaffAccount& actor)
{
    Transaction tx(m_store.database());
    if (!tx.ok())
        return tx.error();
    auto before = m_store.get(entities::complaint(), id);
    if (!before.ok())
        return before.error();
    if (before.value() &&
        before.value()->data.value(QLatin1String("status")).toString() == QLatin1String("closed"))
        return makeError(QStringLiteral("invalid"), tr("This request is already closed."));
    if (Status st = m_complaints.close(id, resolution); !st.ok())
        return st;
    const QString category = before.value()
                                 ? before.value()->data.value(QLatin1String("category")).toString()
                                 : QString();
    if (auto logged = Ledger(m_store).record(
            QStringLiteral("complaint"), ledgerText(QT_TR_NOOP("Request closed: %1")).arg(category),
            actor.actor(), QStringLiteral("complaint"), id);
        !logged.ok())
        return logged.error();
    if (Status st = m_audit.append(actor.actor(), QStringLiteral("complaint_close"),
                                   QStringLiteral("complaint"), id);
        !st.ok())
        return st;
    return tx.commit();
}

QStringList StaffDesk::manualLedgerKinds()
{
    return {QStringLiteral("consultation"), QStringLiteral("enquiry"), QStringLiteral("other")};
}

Result<QString> StaffDesk::addLedgerEntry(const QString& kind, const QString& summary,
                                          const StaffAccount& actor)
{
    if (!manualLedgerKinds().contains(kind))
        return makeError(QStringLiteral("invalid"), tr("Kind of entry is not a known choice."),
                         QStringLiteral("kind"));
    const QString text = summary.trimmed();
    if (text.isEmpty())
        return makeError(QStringLiteral("invalid"),
                         tr("Please write down what the consultation or enquiry was about."),
                         QStringLiteral("summary"));
    if (text.size() > 200)
        return makeError(QStringLiteral("invalid"),
                         tr("Summary is too long (200 characters at most)."),
                         QStringLiteral("summary"));
    // The ledger is read by many and kept for years: no phone or ID numbers in it. What counts
    // is their shape: a mobile (spaces or dashes allowed between its groups), a landline with
    // its area code, an ID number, or any seven digits in a row. Wage ranges and dates
    // (3000-5000, 2026-12-01) are not numbers of a person.
    static const QRegularExpression number(
        QStringLiteral("(?<!\\d)1[3-9]\\d(?:[\\s-]?\\d){8}(?!\\d)" // mobile
                       "|(?<!\\d)0\\d{2,3}[\\s-]?\\d{7,8}(?!\\d)"  // landline
                       "|\\d{17}[\\dXx]|\\d{7,}"));                // ID number, a long number
    if (text.contains(number))
        return makeError(QStringLiteral("invalid"),
                         tr("Please leave phone and ID numbers out of the ledger: write what "
                            "the matter was about, not who it was."),
                         QStringLiteral("summary"));
    // Nor the names of the people served: a registered seeker's full name is refused.
    auto name = SeekerRepository(m_store).nameWrittenIn(text);
    if (!name.ok())
        return name.error();
    if (!name.value().isEmpty())
        return makeError(QStringLiteral("invalid"),
                         tr("Please leave names out of the ledger: \"%1\" is the name of a "
                            "registered job seeker. Write what the matter was about, not who it "
                            "was.")
                             .arg(name.value()),
                         QStringLiteral("summary"));
    Transaction tx(m_store.database());
    if (!tx.ok())
        return tx.error();
    auto id = Ledger(m_store).record(kind, text, actor.actor());
    if (!id.ok())
        return id.error();
    if (Status st = m_audit.append(actor.actor(), QStringLiteral("ledger_add"),
                                   QStringLiteral("worklog"), id.value(), kind);
        !st.ok())
        return st.error();
    if (Status st = tx.commit(); !st.ok())
        return st.error();
    return id;
}

Status StaffDesk::strikeLedgerEntry(const QString& id, const QString& reason,
                                    const StaffAccount& actor)
{
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return makeError(QStringLiteral("invalid"),
                         tr("Please write down why the entry is struck out."),
                         QStringLiteral("struck_reason"));
    Transaction tx(m_store.database());
    if (!tx.ok())
        return tx.error();
    auto entry = m_store.get(entities::worklog(), id);
    if (!entry.ok())
        return entry.error();
    if (!entry.value())
        return makeError(QStringLiteral("not_found"), tr("This entry is no longer listed."));
    QJsonObject d = entry.value()->data;
    const auto text = [&d](const char* key) { return d.value(QLatin1String(key)).toString(); };
    // What a service wrote follows its action: the action is corrected there, with an entry of
    // its own.
    if (!text("ref_entity").isEmpty() || !manualLedgerKinds().contains(text("kind")))
        return makeError(QStringLiteral("invalid"),
                         tr("Only an entry added by hand can be struck out. Correct the action "
                            "itself instead: its correction is written down too."));
    if (!text("struck_reason").isEmpty())
        return makeError(QStringLiteral("invalid"), tr("This entry is struck out already."));
    if (text("staff") != actor.actor() && !actor.isAdmin())
        return makeError(QStringLiteral("forbidden"),
                         tr("Only the clerk who added the entry, or an administrator, can strike "
                            "it out."));
    d.insert(QStringLiteral("struck_reason"), why.left(100));
    d.insert(QStringLiteral("struck_by"), actor.actor());
    d.insert(QStringLiteral("struck_at"), Clock::toWire(m_store.clock().now()));
    if (auto saved = m_store.save(entities::worklog(), id, d); !saved.ok())
        return saved.error();
    if (Status st = m_audit.append(actor.actor(), QStringLiteral("ledger_strike"),
                                   QStringLiteral("worklog"), id, why.left(100));
        !st.ok())
        return st;
    return tx.commit();
}

Result<std::vector<StoredEntity>> StaffDesk::ledger(const QDate& day, const QString& kind) const
{
    return m_ledger.list(day, kind);
}

Result<std::map<QString, int>> StaffDesk::ledgerCounts(const QDate& day) const
{
    return m_ledger.countsByKind(day);
}

namespace {

QDate monthEnd(const QDate& day, const QDate& through)
{
    const QDate last(day.year(), day.month(), day.daysInMonth());
    return through.isValid() ? std::min(last, through) : last;
}

} // namespace

Result<std::vector<StoredEntity>> StaffDesk::ledgerOfMonth(const QDate& day, const QString& kind,
                                                           const QDate& through) const
{
    // A month of a busy hall's window is a few thousand entries: all of them, for the record.
    return m_ledger.list(QDate(day.year(), day.month(), 1), monthEnd(day, through), kind,
                         std::numeric_limits<int>::max());
}

Result<std::map<QString, int>> StaffDesk::ledgerCountsOfMonth(const QDate& day,
                                                              const QDate& through) const
{
    return m_ledger.countsByKind(QDate(day.year(), day.month(), 1), monthEnd(day, through));
}

} // namespace lingong
