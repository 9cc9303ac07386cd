#include "stafflabels.h"

#include "clock.h"
#include "masking.h"
#include "places.h"
#include "seekerservice.h"
#include "syncdesk.h"

#include <QJsonArray>
#include <QJsonObject>

#include <utility>

namespace lingong {

namespace {

using Pair = std::pair<const char*, const char*>;

template <size_t N>
QString lookup(const Pair (&table)[N], const QString& code, const char* context)
{
    for (const auto& [key, label] : table)
        if (code == QLatin1String(key))
            return QCoreApplication::translate(context, label);
    return code;
}

constexpr const char* kCtx = "lingong::StaffLabels";

} // namespace

QString StaffLabels::joinList(const QStringList& items)
{
    return items.join(tr(", ", "between the items of a list"));
}

QString StaffLabels::savedOverChanges(const QStringList& keptTheirs, const QStringList& overTheirs)
{
    QStringList said;
    const QStringList kept = SyncDesk::fieldNames(keptTheirs);
    if (!kept.isEmpty())
        said << tr("Another window changed %1 meanwhile; that change is kept.").arg(joinList(kept));
    const QStringList over = SyncDesk::fieldNames(overTheirs);
    if (!over.isEmpty())
        said << tr("Another window had also changed %1 meanwhile; what you typed was saved "
                   "over it.")
                    .arg(joinList(over));
    return said.join(QLatin1Char(' '));
}

QString StaffLabels::fieldValue(const QString& entity, const QString& key, const QJsonValue& value)
{
    const QString none = tr("(none)");
    const auto number = [](const QJsonValue& v) { return QString::number(v.toDouble()); };
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return none;
    case QJsonValue::Bool:
        return value.toBool() ? tr("Yes") : tr("No");
    case QJsonValue::Double:
        return number(value);
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue& v : value.toArray()) {
            const QString item = key == QLatin1String("difficulties") ? difficulty(v.toString())
                                                                      : fieldValue(entity, {}, v);
            if (item != none)
                items << item;
        }
        return items.isEmpty() ? none : joinList(items);
    }
    case QJsonValue::Object: {
        const QJsonObject o = value.toObject();
        const auto text = [&o](const char* k) {
            return o.value(QLatin1String(k)).toString().trimmed();
        };
        QStringList parts;
        if (key == QLatin1String("pay") || key == QLatin1String("expected_pay")) {
            const QJsonValue min = o.value(QLatin1String("min"));
            const QJsonValue max = o.value(QLatin1String("max"));
            if (min.isDouble() && max.isDouble() && max.toDouble() != min.toDouble())
                parts << tr("%1–%2", "a pay range").arg(number(min), number(max));
            else if (min.isDouble() || max.isDouble())
                parts << number(min.isDouble() ? min : max);
            if (!text("unit").isEmpty())
                parts << payUnit(text("unit"));
        } else if (key == QLatin1String("contact")) {
            parts << text("name");
            if (!text("phone").isEmpty())
                parts << masking::phone(text("phone"));
        } else if (key == QLatin1String("location")) {
            parts << Places::guangxi().displayName(text("district")) << text("address");
        } else {
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (it.value().isString() || it.value().isDouble())
                    parts << fieldValue(entity, {}, it.value());
            }
        }
        parts.removeAll(QString());
        parts.removeAll(none);
        return parts.isEmpty() ? none : parts.join(QLatin1Char(' '));
    }
    case QJsonValue::String:
        break;
    }
    const QString s = value.toString().trimmed();
    if (s.isEmpty())
        return none;
    if (key == QLatin1String("phone"))
        return masking::phone(s);
    if (key == QLatin1String("id_number"))
        return masking::idNumber(s);
    if (key == QLatin1String("name") && entity == QLatin1String("seeker"))
        return masking::name(s);
    if (key == QLatin1String("status")) {
        if (entity == QLatin1String("job"))
            return jobStatus(s);
        if (entity == QLatin1String("application"))
            return applicationStatus(s);
        if (entity == QLatin1String("complaint"))
            return complaintStatus(s);
    }
    if (key == QLatin1String("pay_settled"))
        return paySettled(s);
    if (key == QLatin1String("kind")) {
        if (entity == QLatin1String("employer"))
            return employerKind(s);
        if (entity == QLatin1String("complaint"))
            return complaintKind(s);
        // A registration's kind alone does not say whose (the ledger's own list reads it with
        // what it is about): neither a seeker's nor an employer's.
        if (entity == QLatin1String("worklog"))
            return s == QLatin1String("registration") ? tr("Registration") : ledgerKind(s);
        if (entity == QLatin1String("content"))
            return contentKind(s);
    }
    // Times as the hall reads them; the records others point at by the start of their id.
    if (key.endsWith(QLatin1String("_at")) || key == QLatin1String("at") ||
        key == QLatin1String("deadline")) {
        const QDateTime t = Clock::fromWire(s);
        if (t.isValid())
            return t.toOffsetFromUtc(8 * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    if (key.endsWith(QLatin1String("_id")) && s.size() > 8)
        return s.left(8);
    if (key == QLatin1String("settlement"))
        return settlement(s);
    if (key == QLatin1String("form"))
        return employmentForm(s);
    if (key == QLatin1String("availability"))
        return availability(s);
    // Long text (a description) is shown by its start.
    constexpr qsizetype kShown = 80;
    return s.size() > kShown ? s.left(kShown - 1) + QChar(0x2026) : s;
}

QString StaffLabels::jobStatus(const QString& code)
{
    static const Pair t[] = {
        {"pending_review", QT_TRANSLATE_NOOP("lingong::StaffLabels", "In review")},
        {"published", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Published")},
        {"filled", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Filled")},
        {"withdrawn", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Withdrawn")},
        {"expired", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Expired")}};
    return lookup(t, code, kCtx);
}

QString StaffLabels::jobStatusOf(const QJsonObject& job)
{
    const QString status = job.value(QLatin1String("status")).toString();
    if (status == QLatin1String("withdrawn") &&
        !job.value(QLatin1String("review_note")).toString().trimmed().isEmpty())
        return QCoreApplication::translate(
            kCtx, QT_TRANSLATE_NOOP("lingong::StaffLabels", "Not passed review"));
    return jobStatus(status);
}

QString StaffLabels::jobSource(const QString& code)
{
    static const Pair t[] = {{"staff", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Window")},
                             {"kiosk", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Kiosk")},
                             {"platform", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Platform")},
                             {"demo", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Demo")}};
    return lookup(t, code, kCtx);
}

QString StaffLabels::jobEmployer(const QJsonObject& job)
{
    const QString name = job.value(QLatin1String("employer_name")).toString();
    if (!name.isEmpty() || !job.value(QLatin1String("employer_id")).toString().isEmpty())
        return name;
    const QString contact =
        job.value(QLatin1String("contact")).toObject().value(QLatin1String("name")).toString();
    return contact.isEmpty() ? tr("Individual") : tr("Individual: %1").arg(contact);
}

QString StaffLabels::applicationStatus(const QString& code)
{
    static const Pair t[] = {
        {"applied", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Applied")},
        {"recommended", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Recommended")},
        {"interviewed", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Interviewed")},
        {"hired", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Hired")},
        {"not_hired", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Not hired")},
        {"no_show", QT_TRANSLATE_NOOP("lingong::StaffLabels", "No-show")},
        {"cancelled", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Cancelled")}};
    return lookup(t, code, kCtx);
}

QString StaffLabels::paySettled(const QString& code)
{
    static const Pair t[] = {
        {"settled", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Work finished, paid")},
        {"unsettled", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Pay not settled")}};
    return lookup(t, code, kCtx);
}

QString StaffLabels::channel(const QString& code)
{
    static const Pair t[] = {{"kiosk", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Kiosk")},
                             {"staff", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Window")},
                             {"platform", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Platform")}};
    return lookup(t, code, kCtx);
}

QString StaffLabels::employerKind(const QString& code)
{
    static const Pair t[] = {
        {"enterprise", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Enterprise")},
        {"individual", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Sole trader")},
        {"household", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Household")},
        {"organisation", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Organisation")}};
    return lookup(t, code, kCtx);
}

QString StaffLabels::verification(const QString& code)
{
    static const Pair t[] = {
        {"unverified", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Not verified")},
        {"verified", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Verified")},
        {"rejected", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Not passed")}};
    return lookup(t, code, kCtx);
}

QString StaffLabels::contentKind(const QString& code)
{
    static const Pair t[] = {
        {"policy", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Policy")},
        {"training", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Training")},
        {"institution", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Training institution")},
        {"business", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Entrepreneurship")},
        {"notice", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Notice")},
        {"urgent", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Urgent notice")},
        {"rights", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Rights channels")},
        {"market", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Market information")}};
    return lookup(t, code, kCtx);
}

QString StaffLabels::ledgerKind(const QString& code)
{
    static const Pair t[] = {
        {"registration", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Job seeker registration")},
        {"employer_registration",
         QT_TRANSLATE_NOOP("lingong::StaffLabels", "Employer registration")},
        {"posting", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Job posting")},
        {"review", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Review")},
        {"match", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Matching")},
        {"progress", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Match progress")},
        {"hire", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Hired")},
        {"correction", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Correction or withdrawal")},
        {"followup", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Follow-up")},
        {"consultation", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Consultation")},
        {"enquiry", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Enquiry")},
        {"complaint", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Complaint or request")},
        {"application", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Application")},
        {"training", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Training")},
        {"other", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Other")}};
    return lookup(t, code, kCtx);
}

QString StaffLabels::complaintKind(const QString& code)
{
    static const Pair t[] = {{"complaint", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Complaint")},
                             {"callback", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Call-back")},
                             {"report", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Report")},
                             {"request", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Request")}};
    return lookup(t, code, kCtx);
}

QString StaffLabels::complaintStatus(const QString& code)
{
    static const Pair t[] = {{"open", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Open")},
                             {"closed", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Closed")}};
    return lookup(t, code, kCtx);
}

QString StaffLabels::availability(const QString& code)
{
    static const Pair t[] = {{"now", QT_TRANSLATE_NOOP("lingong::StaffLabels", "At once")},
                             {"this_week", QT_TRANSLATE_NOOP("lingong::StaffLabels", "This week")},
                             {"weekends", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Weekends")},
                             {"later", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Later")}};
    return lookup(t, code, kCtx);
}

QString StaffLabels::difficulty(const QString& code)
{
    static const Pair t[] = {
        {"long_unemployed", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Long without work")},
        {"low_income", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Low-income family")},
        {"disability", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Disability")},
        {"older", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Older worker")},
        {"other", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Other difficulty")}};
    return lookup(t, code, kCtx);
}

QString StaffLabels::payUnit(const QString& code)
{
    static const Pair t[] = {
        {"hour", QT_TRANSLATE_NOOP("lingong::StaffLabels", "yuan/hour")},
        {"day", QT_TRANSLATE_NOOP("lingong::StaffLabels", "yuan/day")},
        {"piece", QT_TRANSLATE_NOOP("lingong::StaffLabels", "yuan/piece")},
        {"month", QT_TRANSLATE_NOOP("lingong::StaffLabels", "yuan/month")},
        {"project", QT_TRANSLATE_NOOP("lingong::StaffLabels", "yuan/project")}};
    return lookup(t, code, kCtx);
}

QString StaffLabels::settlement(const QString& code)
{
    static const Pair t[] = {
        {"daily", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Paid daily")},
        {"weekly", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Paid weekly")},
        {"monthly", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Paid monthly")},
        {"on_completion", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Paid on completion")}};
    return lookup(t, code, kCtx);
}

QString StaffLabels::employmentForm(const QString& code)
{
    static const Pair t[] = {{"part_time", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Part-time")},
                             {"temporary", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Temporary")},
                             {"seasonal", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Seasonal")}};
    return lookup(t, code, kCtx);
}

QString StaffLabels::role(const QString& code)
{
    static const Pair t[] = {{"clerk", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Clerk")},
                             {"admin", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Administrator")}};
    return lookup(t, code, kCtx);
}

QString StaffLabels::tier(const QString& code)
{
    static const Pair t[] = {
        {"normal", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Regular")},
        {"priority", QT_TRANSLATE_NOOP("lingong::StaffLabels", "In difficulty")}};
    return lookup(t, code, kCtx);
}

QString StaffLabels::serviceKind(const QString& code)
{
    static const Pair t[] = {
        {"guidance", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Career guidance")},
        {"recommendation", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Job recommendation")},
        {"training", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Training referral")},
        {"career_guidance", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Career guidance")},
        {"registration_guidance",
         QT_TRANSLATE_NOOP("lingong::StaffLabels", "Employment registration guidance")},
        {"pension_guidance",
         QT_TRANSLATE_NOOP("lingong::StaffLabels", "Pension insurance guidance")},
        {"injury_guidance",
         QT_TRANSLATE_NOOP("lingong::StaffLabels", "Occupational-injury cover guidance")}};
    return lookup(t, code, kCtx);
}

QString StaffLabels::recordKind(const QString& entity)
{
    static const Pair t[] = {
        {"job", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Job")},
        {"employer", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Employer")},
        {"seeker", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Job seeker")},
        {"application", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Application")},
        {"complaint", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Request")},
        {"worklog", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Ledger entry")},
        {"content", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Content")},
        {"staff_account", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Staff account")}};
    return lookup(t, entity, kCtx);
}

QString StaffLabels::auditDetail(const QString& action, const QString& detail)
{
    static const Pair t[] = {
        {"without password", QT_TRANSLATE_NOOP("lingong::StaffLabels", "without a password")},
        {"headcount reached", QT_TRANSLATE_NOOP("lingong::StaffLabels", "headcount reached")},
        {"employer blacklisted",
         QT_TRANSLATE_NOOP("lingong::StaffLabels", "employer blacklisted")}};
    // Codes the services log, read as the rest of the window reads them.
    // A posting put up (or sent to review) is logged with the status it took.
    if (action == QLatin1String("job_post") || action == QLatin1String("job_publish") ||
        action == QLatin1String("job_republish"))
        return jobStatus(detail);
    if (action == QLatin1String("ledger_add"))
        return ledgerKind(detail);
    if (action == QLatin1String("complaint_record"))
        return complaintKind(detail);
    if (action == QLatin1String("match_pay"))
        return paySettled(detail);
    // An application's step: "<from>-><to>", and after a correction ": <reason>".
    if (action.startsWith(QLatin1String("match_")) && detail.contains(QLatin1String("->"))) {
        const qsizetype arrow = detail.indexOf(QLatin1String("->"));
        const qsizetype colon = detail.indexOf(QLatin1String(": "), arrow);
        const QString to = detail.mid(arrow + 2, colon < 0 ? -1 : colon - arrow - 2);
        QString out =
            QCoreApplication::translate(kCtx, QT_TRANSLATE_NOOP("lingong::StaffLabels", "%1 → %2"))
                .arg(applicationStatus(detail.left(arrow)), applicationStatus(to));
        if (colon >= 0)
            out +=
                QCoreApplication::translate(kCtx, QT_TRANSLATE_NOOP("lingong::StaffLabels", ": %1"))
                    .arg(detail.mid(colon + 2));
        return out;
    }
    // A wrong password, and the lock it led to: "failures=<n>", the wrong tries in a row.
    if (detail.startsWith(QLatin1String("failures="))) {
        bool number = false;
        const int n = detail.mid(9).toInt(&number);
        if (number)
            return QCoreApplication::translate(
                kCtx, QT_TRANSLATE_N_NOOP("lingong::StaffLabels", "%n wrong try(s) in a row"),
                nullptr, n);
    }
    // A new account is logged as "<user name> <role>".
    if (action == QLatin1String("account_create")) {
        const qsizetype space = detail.lastIndexOf(QLatin1Char(' '));
        if (space > 0) {
            return QCoreApplication::translate(kCtx,
                                               QT_TRANSLATE_NOOP("lingong::StaffLabels", "%1 (%2)"))
                .arg(detail.left(space), role(detail.mid(space + 1)));
        }
    }
    return lookup(t, detail, kCtx);
}

QString StaffLabels::auditAction(const QString& code)
{
    static const Pair t[] = {
        {"account_create", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Account created")},
        {"login", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Signed in")},
        {"login_failed", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Wrong sign-in")},
        {"login_refused_locked",
         QT_TRANSLATE_NOOP("lingong::StaffLabels", "Sign-in refused: locked")},
        {"account_locked", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Account locked")},
        {"password_change", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Password changed")},
        {"account_enable", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Account enabled")},
        {"account_disable", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Account disabled")},
        {"session_start", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Session started")},
        {"window_lock", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Window locked")},
        {"logout", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Signed out")},
        {"employer_register", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Employer registered")},
        {"employer_update", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Employer edited")},
        {"employer_verify", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Employer verified")},
        {"employer_verify_refuse",
         QT_TRANSLATE_NOOP("lingong::StaffLabels", "Employer verification not passed")},
        {"employer_verify_reset",
         QT_TRANSLATE_NOOP("lingong::StaffLabels", "Employer verification undone")},
        {"employer_blacklist", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Employer blacklisted")},
        {"employer_unblacklist",
         QT_TRANSLATE_NOOP("lingong::StaffLabels", "Employer off blacklist")},
        {"job_post", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Job posted")},
        {"job_edit", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Job edited")},
        {"job_publish", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Job published")},
        {"job_republish", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Job put up again")},
        {"job_back_to_review", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Job back to review")},
        {"job_reopen", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Job recruiting again")},
        {"job_reject", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Job refused")},
        {"job_withdraw", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Job withdrawn")},
        {"job_filled", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Job filled")},
        {"job_expire", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Jobs expired")},
        {"match_recommend", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Recommended")},
        {"match_recommended", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Recommended")},
        {"match_interviewed", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Interview recorded")},
        {"match_hired", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Hire recorded")},
        {"match_correct", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Outcome corrected")},
        {"match_pay", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Pay follow-up recorded")},
        {"match_withdraw", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Recommendation withdrawn")},
        {"match_not_hired", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Not hired recorded")},
        {"match_no_show", QT_TRANSLATE_NOOP("lingong::StaffLabels", "No-show recorded")},
        {"match_cancelled", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Application cancelled")},
        {"application_link", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Application linked")},
        {"application_show_phone",
         QT_TRANSLATE_NOOP("lingong::StaffLabels", "Applicant's mobile shown")},
        {"seeker_show_phone", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Seeker's mobile shown")},
        {"complaint_show_phone",
         QT_TRANSLATE_NOOP("lingong::StaffLabels", "Caller's number shown")},
        {"kiosk_exit", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Kiosk left by staff")},
        {"kiosk_exit_denied",
         QT_TRANSLATE_NOOP("lingong::StaffLabels", "Kiosk exit refused: wrong PIN")},
        {"sync_conflict_keep_platform",
         QT_TRANSLATE_NOOP("lingong::StaffLabels", "Sync conflict: platform version kept")},
        {"sync_conflict_send_again",
         QT_TRANSLATE_NOOP("lingong::StaffLabels", "Sync conflict: sent again")},
        {"sync_platform_behind_dismiss",
         QT_TRANSLATE_NOOP("lingong::StaffLabels", "Platform-behind warning dismissed")},
        {"sync_rejected_dismiss",
         QT_TRANSLATE_NOOP("lingong::StaffLabels", "Refused change dismissed")},
        {"service_guidance", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Career guidance")},
        {"service_recommendation",
         QT_TRANSLATE_NOOP("lingong::StaffLabels", "Recommendation counted")},
        {"service_training", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Training referral")},
        {"service_career_guidance", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Career guidance")},
        {"service_registration_guidance",
         QT_TRANSLATE_NOOP("lingong::StaffLabels", "Employment registration guidance")},
        {"service_pension_guidance",
         QT_TRANSLATE_NOOP("lingong::StaffLabels", "Pension insurance guidance")},
        {"service_injury_guidance",
         QT_TRANSLATE_NOOP("lingong::StaffLabels", "Occupational-injury cover guidance")},
        {"seeker_register", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Seeker registered")},
        {"seeker_open_existing",
         QT_TRANSLATE_NOOP("lingong::StaffLabels", "Existing seeker opened")},
        {"seeker_update", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Seeker edited")},
        {"seeker_delete",
         QT_TRANSLATE_NOOP("lingong::StaffLabels", "Seeker's data deleted on request")},
        {"seeker_merge", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Records of one seeker merged")},
        {"complaint_record", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Request recorded")},
        {"complaint_take_over", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Request taken over")},
        {"complaint_close", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Request closed")},
        {"ledger_add", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Ledger entry added")},
        {"ledger_strike", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Ledger entry struck out")},
        {"content_create", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Content created")},
        {"content_edit", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Content edited")},
        {"content_remove", QT_TRANSLATE_NOOP("lingong::StaffLabels", "Content removed")}};
    return lookup(t, code, kCtx);
}

QStringList StaffLabels::jobStatuses()
{
    return {QStringLiteral("pending_review"), QStringLiteral("published"), QStringLiteral("filled"),
            QStringLiteral("withdrawn"), QStringLiteral("expired")};
}

QStringList StaffLabels::payUnits()
{
    return {QStringLiteral("day"), QStringLiteral("hour"), QStringLiteral("piece"),
            QStringLiteral("month"), QStringLiteral("project")};
}

QStringList StaffLabels::settlements()
{
    return {QStringLiteral("daily"), QStringLiteral("weekly"), QStringLiteral("monthly"),
            QStringLiteral("on_completion")};
}

QStringList StaffLabels::employmentForms()
{
    return {QStringLiteral("temporary"), QStringLiteral("part_time"), QStringLiteral("seasonal")};
}

QStringList StaffLabels::availabilities()
{
    return {QStringLiteral("now"), QStringLiteral("this_week"), QStringLiteral("weekends"),
            QStringLiteral("later")};
}

QStringList StaffLabels::difficulties()
{
    return {QStringLiteral("long_unemployed"), QStringLiteral("low_income"),
            QStringLiteral("disability"), QStringLiteral("older"), QStringLiteral("other")};
}

QStringList StaffLabels::educations()
{
    // Not given first.
    return QStringList{QString()} + SeekerService::educationLevels();
}

QStringList StaffLabels::complaintKinds()
{
    return {QStringLiteral("complaint"), QStringLiteral("request"), QStringLiteral("report"),
            QStringLiteral("callback")};
}

QStringList StaffLabels::ledgerKinds()
{
    return {QStringLiteral("registration"), QStringLiteral("employer_registration"),
            QStringLiteral("posting"),      QStringLiteral("review"),
            QStringLiteral("match"),        QStringLiteral("progress"),
            QStringLiteral("hire"),         QStringLiteral("followup"),
            QStringLiteral("correction"),   QStringLiteral("application"),
            QStringLiteral("consultation"), QStringLiteral("enquiry"),
            QStringLiteral("complaint"),    QStringLiteral("training"),
            QStringLiteral("other")};
}

} // namespace lingong
