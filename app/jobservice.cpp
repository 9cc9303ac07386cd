#include "jobservice.h"

#include "discrimination.h"
#include "editmerge.h"
#include "employerservice.h"
#include "jobvalidation.h"
#include "kioskposting.h"
#include "ledger.h"
#include "matching.h"
#include "payunit.h"
#include "referencedata.h"
#include "validation.h"

#include <QRegularExpression>

#include <algorithm>

namespace lingong {

namespace {

const QString kEntity = QStringLiteral("job");

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

JobService::JobService(EntityStore& store, const Clock& clock, const AuditLog& audit)
    : m_store(store)
    , m_clock(clock)
    , m_audit(audit)
    , m_jobs(store)
{}

std::vector<Error> JobService::problems(const QJsonObject& job) const
{
    std::vector<Error> out;
    for (const char* key : {"title", "skills", "work_hours", "description"}) {
        const QString field = QString::fromLatin1(key);
        if (const auto finding = DiscriminationChecker::active().find(job.value(field).toString()))
            out.push_back(makeError(QStringLiteral("invalid"),
                                    tr("The posting contains a discriminatory requirement: "
                                       "\"%1\". Please remove it.")
                                        .arg(finding->phrase),
                                    field, finding->phrase));
    }
    // The hall's lists as they stand: a trade or industry typed in would get a row of its own in
    // the statistics and match no seeker's wish.
    const ReferenceData reference(m_store.database());
    auto occupations = reference.occupations();
    if (!occupations.ok())
        return {occupations.error()};
    auto industries = reference.industries();
    if (!industries.ok())
        return {industries.error()};
    QStringList trades;
    for (const Occupation& o : occupations.value())
        trades << o.name;
    QStringList sectors;
    for (const Industry& i : industries.value())
        sectors << i.name;
    bool districtSaid = false;
    for (Error& e : jobProblems(job, m_clock.today(), trades.isEmpty() ? nullptr : &trades,
                                sectors.isEmpty() ? nullptr : &sectors)) {
        if (!e.detail.isEmpty())
            continue; // a phrase, said above
        districtSaid = districtSaid || e.field == QLatin1String("location") ||
                       e.field == QLatin1String("location.district");
        out.push_back(std::move(e));
    }
    // A place in full, as the lists hold them. Checked here, at the window, not on postings
    // the platform sends: one stored before this rule would refuse every later change of it.
    if (auto district = validation::checkDistrict(job.value(QLatin1String("location"))
                                                      .toObject()
                                                      .value(QLatin1String("district"))
                                                      .toString(),
                                                  QStringLiteral("location.district"));
        !district.ok() && !districtSaid)
        out.push_back(district.error());
    return out;
}

Status JobService::validate(const QJsonObject& job) const
{
    std::vector<Error> all = problems(job);
    if (all.empty())
        return {};
    return std::move(all.front());
}

Status JobService::check(const QJsonObject& job) const
{
    std::vector<Error> all = checkAll(job);
    if (all.empty())
        return {};
    return std::move(all.front());
}

std::vector<Error> JobService::checkAll(const QJsonObject& job) const
{
    QJsonObject j = job;
    if (str(j, "status").isEmpty())
        j.insert(QStringLiteral("status"), QStringLiteral("pending_review"));
    return problems(j);
}

Result<std::optional<QJsonObject>> JobService::employerOf(const QJsonObject& job) const
{
    const QString id = str(job, "employer_id");
    if (id.isEmpty())
        return std::optional<QJsonObject>();
    auto e = m_store.get(entities::employer(), id);
    if (!e.ok())
        return e.error();
    if (!e.value())
        return std::optional<QJsonObject>();
    return std::optional<QJsonObject>(e.value()->data);
}

Status JobService::refuseBlacklisted(const std::optional<QJsonObject>& employer) const
{
    if (employer && EmployerService::isBlacklisted(*employer))
        return makeError(QStringLiteral("blacklisted"),
                         tr("%1 is blacklisted (%2) and cannot publish jobs.")
                             .arg(str(*employer, "name"), str(*employer, "blacklist_reason")),
                         QStringLiteral("employer_id"));
    return {};
}

QStringList JobService::reviewReasons(const QJsonObject& job) const
{
    QStringList out;
    const QString source = str(job, "source");
    if (source == QLatin1String("kiosk"))
        out << tr("posted at a self-service kiosk");
    else if (source == QLatin1String("platform"))
        out << tr("received from the platform");
    auto employer = employerOf(job);
    if (!employer.ok() || !employer.value())
        out << tr("employer not registered here");
    else if (EmployerService::isBlacklisted(*employer.value()))
        out << tr("employer blacklisted");
    else if (EmployerService::isRefused(*employer.value()))
        out << (str(*employer.value(), "verification_note").isEmpty()
                    ? tr("the employer's verification did not pass")
                    : tr("the employer's verification did not pass (%1)")
                          .arg(str(*employer.value(), "verification_note")));
    else if (!EmployerService::isVerified(*employer.value()))
        out << tr("employer not verified");
    return out;
}

std::vector<JobService::AgeLimit> JobService::ageLimits(const QJsonObject& job)
{
    // The oldest age a phrase lets in, or leaves out: 年龄18-45 / 18至45周岁 / 不超过50岁 /
    // 45岁以下 / 45周岁（含）以下 / 50岁以上勿扰 / 超过45岁不要 / 年龄20以上，45以下. Written in
    // full-width digits too (read after NFKC). Not: a lowest age (30岁以下勿扰, 未满18周岁), the
    // ages of the people cared for (护理60-80岁老人), nor 不要紧 or 不要求.
    static const QString sep = QString::fromUtf8("(?:-|－|—|–|~|～|至|到)");
    static const QString years = QString::fromUtf8("(?:周?[岁歲])");
    static const QString included = QString::fromUtf8("(?:\\s*[（(]\\s*含\\s*[）)])?");
    static const QString no =
        QString::fromUtf8("(?:勿扰|不要(?![紧求担怕急])|免谈|不招|谢绝|不考虑)");
    static const QString under = QString::fromUtf8("(?:以下|以内|之内|之下)");
    static const QString notLowest = QString::fromUtf8("(?!\\s*的?\\s*(?:人员|者)?\\s*%1)").arg(no);
    static const QString notCaredFor =
        QString::fromUtf8("(?!\\s*的?\\s*(?:老人|老年|儿童|孩子|小孩|宝宝|婴|幼儿|学生))");
    static const QRegularExpression limit(
        QString::fromUtf8(
            "年龄\\s*[:：]?\\s*在?\\s*\\d{2}\\s*%1\\s*(\\d{2})\\s*%2?%5"
            "|\\d{2}\\s*%1\\s*(\\d{2})\\s*%2%5"
            "|(?:不超过|不大于|不高于)\\s*(\\d{2})\\s*%2"
            "|(\\d{2})\\s*%2%3\\s*(?:及|或)?\\s*(?:%6|内)%4"
            "|(\\d{2})\\s*%2%3\\s*(?:及|或)?\\s*以上\\s*的?\\s*(?:人员|者)?\\s*%7"
            "|超过\\s*(\\d{2})\\s*%2\\s*的?\\s*(?:人员|者)?\\s*%7"
            "|年龄\\s*[:：]?\\s*在?\\s*(\\d{2})\\s*(?:及|或)?\\s*%6%4"
            "|年龄\\s*[:：]?\\s*\\d{2}\\s*%2?\\s*以上\\s*[，,、]?\\s*(\\d{2})\\s*%2?%3\\s*"
            "(?:及|或)?\\s*%6")
            .arg(sep, years, included, notLowest, notCaredFor, under, no));
    // 以上 counts its own number in (50岁以上 takes in 50): the oldest let in is a year younger.
    constexpr int kFromAbove = 5;
    // A preference, not a limit: 45岁以下优先, 18-45岁者优先.
    static const QRegularExpression preferred(QString::fromUtf8("\\G\\s*(?:的|者|人员)?\\s*优先"));
    // Said of one sex only: 男55岁以下，女50岁以下.
    static const QRegularExpression sex(QString::fromUtf8("([男女])(?:性|士|工)?\\s*[:：]?\\s*$"));
    static const QString hint1 = QString::fromUtf8("岁");
    static const QString hint2 = QString::fromUtf8("歲");
    static const QString hint3 = QString::fromUtf8("年龄");
    std::vector<AgeLimit> out;
    for (const char* field : {"title", "skills", "description"}) {
        const QString written = str(job, field);
        // Most postings name no age: read no further (matching reads every open posting).
        if (!written.contains(hint1) && !written.contains(hint2) && !written.contains(hint3))
            continue;
        const QString text = written.normalized(QString::NormalizationForm_KC);
        // The phrase as written where the reading kept every character in its place (full-width
        // digits and signs do).
        const bool inPlace = text.size() == written.size();
        auto it = limit.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            int oldest = 0;
            for (int i = 1; i <= m.lastCapturedIndex(); ++i) {
                if (!m.captured(i).isEmpty())
                    oldest = m.captured(i).toInt() - (i == kFromAbove ? 1 : 0);
            }
            // 16周岁以下 or 未满18岁 keeps children out, as the law does: no limit of the hall's.
            if (oldest <= 18)
                continue;
            AgeLimit found;
            found.oldest = oldest;
            qsizetype end = m.capturedEnd();
            if (const QRegularExpressionMatch p =
                    preferred.match(text, end, QRegularExpression::NormalMatch,
                                    QRegularExpression::AnchorAtOffsetMatchOption);
                p.hasMatch()) {
                found.preferred = true;
                end = p.capturedEnd();
            }
            if (const QRegularExpressionMatch g = sex.match(text.left(m.capturedStart()));
                g.hasMatch())
                found.gender = g.captured(1) == QString::fromUtf8("男") ? QStringLiteral("male")
                                                                        : QStringLiteral("female");
            found.phrase = (inPlace ? written.mid(m.capturedStart(), end - m.capturedStart())
                                    : text.mid(m.capturedStart(), end - m.capturedStart()))
                               .trimmed();
            out.push_back(found);
        }
    }
    return out;
}

QStringList JobService::ageCautions(const QJsonObject& job)
{
    QStringList out;
    for (const AgeLimit& limit : ageLimits(job)) {
        const QString caution =
            tr("an age limit (\"%1\"): ask the employer whether the work needs it, as "
               "older workers are served first here")
                .arg(limit.phrase);
        if (!out.contains(caution))
            out << caution;
    }
    return out;
}

QStringList JobService::payCautions(const QJsonObject& job, int lowestHourlyPay)
{
    QStringList out;
    const QJsonObject pay = job.value(QLatin1String("pay")).toObject();
    const QString unit = str(pay, "unit");
    double lowest = pay.value(QLatin1String("min")).toDouble();
    if (lowest <= 0)
        lowest = pay.value(QLatin1String("max")).toDouble();
    // A day's pay over the hours the posting names (a morning's work of 4 hours), else over a
    // standard day; a month's over its standard days.
    const double hours = Matching::hoursPerDay(str(job, "work_hours"));
    const double dayHours =
        unit == QLatin1String("day") && hours > 0 ? hours : kStandardHoursPerDay;
    const auto perHour = [&](double amount) {
        if (unit == QLatin1String("hour"))
            return amount;
        if (unit == QLatin1String("day") || unit == QLatin1String("month"))
            return payPerDay(amount, unit) / dayHours;
        return 0.0;
    };
    const auto rounded = [](double v) { return QString::number(std::round(v * 10) / 10); };
    const double hourly = perHour(lowest);
    if (hourly > 0 && hourly < lowestHourlyPay) {
        out << tr("the pay works out at about %1 yuan an hour, under %2: check the amount and the "
                  "local minimum wage")
                   .arg(rounded(hourly))
                   .arg(lowestHourlyPay);
    }
    // Far above what gig work pays: most likely an amount a day typed against 元/小时 (the unit
    // follows the trade chosen).
    const double highest = perHour(pay.value(QLatin1String("max")).toDouble());
    if (highest >= kHighHourlyPay) {
        out << tr("the pay works out at about %1 yuan an hour: check the amount and its unit "
                  "(an hour, a day or a month)")
                   .arg(rounded(highest));
    }
    return out;
}

QStringList JobService::usualPayCautions(const QJsonObject& job, const QString& id) const
{
    const QJsonObject pay = job.value(QLatin1String("pay")).toObject();
    const QString unit = str(pay, "unit");
    const double highest = pay.value(QLatin1String("max")).toDouble();
    if ((unit != QLatin1String("piece") && unit != QLatin1String("project")) || highest <= 0)
        return {};
    auto others = JobRepository(m_store).openPayMaxima(str(job, "occupation"), unit,
                                                       m_clock.today(), id, 200);
    if (!others.ok() || others.value().size() < size_t(kUsualPayPostings))
        return {};
    std::vector<double>& v = others.value();
    std::sort(v.begin(), v.end());
    const double median = v[v.size() / 2];
    if (highest < median * kUsualPayFactor && highest * kUsualPayFactor > median)
        return {};
    // Cents where an amount is under a yuan (0.05 a sheet folded), never an exponent.
    QString amount = QString::number(median, 'f', median < 1 ? 2 : 1);
    while (amount.endsWith(QLatin1Char('0')))
        amount.chop(1);
    if (amount.endsWith(QLatin1Char('.')))
        amount.chop(1);
    return {unit == QLatin1String("piece")
                ? tr("the trade's open jobs paid by the piece pay up to about %1 yuan a piece: "
                     "check the amount and its unit")
                      .arg(amount)
                : tr("the trade's open jobs paid by the project pay up to about %1 yuan a "
                     "project: check the amount and its unit")
                      .arg(amount)};
}

Result<JobSaved> JobService::post(const QJsonObject& job, const StaffAccount& actor)
{
    Transaction tx(m_store.database());
    if (!tx.ok())
        return tx.error();
    auto employer = employerOf(job);
    if (!employer.ok())
        return employer.error();
    if (Status st = refuseBlacklisted(employer.value()); !st.ok())
        return st.error();
    QJsonObject d = job;
    d.insert(QStringLiteral("source"), QStringLiteral("staff"));
    if (employer.value())
        d.insert(QStringLiteral("employer_name"), str(*employer.value(), "name"));
    const bool live = employer.value() && EmployerService::isVerified(*employer.value());
    d.insert(QStringLiteral("status"),
             live ? QStringLiteral("published") : QStringLiteral("pending_review"));
    if (Status st = validate(d); !st.ok())
        return st.error();
    if (live && str(d, "valid_until") < m_clock.today().toString(Qt::ISODate))
        return makeError(QStringLiteral("invalid"), tr("Valid until is already in the past."),
                         QStringLiteral("valid_until"));
    d.insert(QStringLiteral("published_at"), live ? Clock::toWire(m_clock.now()) : QString());
    d.insert(QStringLiteral("review_note"), QString());
    const QString summary =
        live ? ledgerText(QT_TR_NOOP("Job posted and published: %1")).arg(str(d, "title"))
             : ledgerText(QT_TR_NOOP("Job posted for review: %1")).arg(str(d, "title"));
    return insert(tx, d, summary, actor.actor(), actor.actor());
}

Result<JobSaved> JobService::insert(Transaction& tx, const QJsonObject& d, const QString& summary,
                                    const QString& staff, const QString& auditActor)
{
    const QString id = EntityStore::newId();
    auto saved = m_store.save(entities::job(), id, d);
    if (!saved.ok())
        return saved.error();
    if (auto logged =
            Ledger(m_store).record(QStringLiteral("posting"), summary, staff, kEntity, id);
        !logged.ok())
        return logged.error();
    if (Status st =
            m_audit.append(auditActor, QStringLiteral("job_post"), kEntity, id, str(d, "status"));
        !st.ok())
        return st.error();
    if (Status st = tx.commit(); !st.ok())
        return st.error();
    return JobSaved{id, saved.value(), {}, {}};
}

Result<JobSaved> JobService::postFromKiosk(const QJsonObject& job)
{
    Transaction tx(m_store.database());
    if (!tx.ok())
        return tx.error();
    QJsonObject d = job;
    d.insert(QStringLiteral("source"), QStringLiteral("kiosk"));
    d.insert(QStringLiteral("status"), QStringLiteral("pending_review"));
    d.insert(QStringLiteral("employer_id"), QString());
    d.insert(QStringLiteral("published_at"), QString());
    if (Status st = validate(d); !st.ok())
        return st.error();
    // Nobody of the staff logged it: the ledger names no one, the audit the kiosk.
    return insert(
        tx, d, ledgerText(QT_TR_NOOP("Job posted at a kiosk for review: %1")).arg(str(d, "title")),
        QString(), QStringLiteral("kiosk"));
}

Result<JobSaved> JobService::edit(const QString& id, const QJsonObject& job,
                                  const StaffAccount& actor, const QJsonObject& base)
{
    Transaction tx(m_store.database());
    if (!tx.ok())
        return tx.error();
    auto current = m_store.get(entities::job(), id);
    if (!current.ok())
        return current.error();
    if (!current.value())
        return makeError(QStringLiteral("not_found"), tr("This job no longer exists."));
    const QJsonObject& latest = current.value()->data;
    const QJsonObject& old = base.isEmpty() ? latest : base;
    QJsonObject mine = job;
    for (const char* kept : {"status", "source", "published_at", "created_at", "review_note"})
        mine.insert(QLatin1String(kept), old.value(QLatin1String(kept)));
    // The form's fields over the posting as it was opened; with the employer's name as the
    // employer then had it, so that only a change of employer counts as the form's.
    if (!base.isEmpty() && str(mine, "employer_id") == str(base, "employer_id"))
        mine.insert(QStringLiteral("employer_name"), base.value(QLatin1String("employer_name")));
    const EditMerge merged = mergeEdit(base, mine, latest);
    QJsonObject d = merged.data;
    auto employer = employerOf(d);
    if (!employer.ok())
        return employer.error();
    if (employer.value())
        d.insert(QStringLiteral("employer_name"), str(*employer.value(), "name"));
    if (str(d, "status") == QLatin1String("published")) {
        if (Status st = refuseBlacklisted(employer.value()); !st.ok())
            return st.error();
    }
    if (Status st = validate(d); !st.ok())
        return st.error();
    // Nothing changed (a decision taken on a posting as it stands): nothing written, logged or
    // sent.
    if (d == latest)
        return JobSaved{id, latest, merged.keptTheirs, merged.overTheirs};
    auto saved = m_store.save(entities::job(), id, d);
    if (!saved.ok())
        return saved.error();
    if (Status st = m_audit.append(actor.actor(), QStringLiteral("job_edit"), kEntity, id);
        !st.ok())
        return st.error();
    if (Status st = tx.commit(); !st.ok())
        return st.error();
    return JobSaved{id, saved.value(), merged.keptTheirs, merged.overTheirs};
}

Result<JobSaved> JobService::publish(const QString& id, const StaffAccount& actor)
{
    Transaction tx(m_store.database());
    if (!tx.ok())
        return tx.error();
    auto current = m_store.get(entities::job(), id);
    if (!current.ok())
        return current.error();
    if (!current.value())
        return makeError(QStringLiteral("not_found"), tr("This job no longer exists."));
    QJsonObject d = current.value()->data;
    const QString status = str(d, "status");
    if (status == QLatin1String("published"))
        return JobSaved{id, d, {}, {}};
    if (status != QLatin1String("pending_review") && status != QLatin1String("withdrawn"))
        return makeError(QStringLiteral("invalid"),
                         tr("Only a posting waiting for review or withdrawn can be published."));
    auto employer = employerOf(d);
    if (!employer.ok())
        return employer.error();
    if (Status st = refuseBlacklisted(employer.value()); !st.ok())
        return st.error();
    if (str(d, "valid_until") < m_clock.today().toString(Qt::ISODate))
        return makeError(QStringLiteral("invalid"),
                         tr("Valid until is already in the past. Edit the dates first."),
                         QStringLiteral("valid_until"));
    // Seekers go to the address: a kiosk's posting names only the kind of place until the
    // clerk asks the employer for it.
    if (KioskPosting::addressToAsk(d))
        return makeError(QStringLiteral("invalid"),
                         tr("Address: ask the employer on the phone for the address of the work "
                            "and write it in before the posting goes out."),
                         QStringLiteral("location.address"));
    // A withdrawn posting put up again is no review: it goes out as a posting would, at once
    // for a verified employer and through the review queue for any other.
    const bool again = status == QLatin1String("withdrawn");
    const bool live =
        !again || (employer.value() && EmployerService::isVerified(*employer.value()));
    d.insert(QStringLiteral("status"),
             live ? QStringLiteral("published") : QStringLiteral("pending_review"));
    d.insert(QStringLiteral("published_at"), live ? Clock::toWire(m_clock.now()) : QString());
    d.insert(QStringLiteral("review_note"), QString());
    if (employer.value())
        d.insert(QStringLiteral("employer_name"), str(*employer.value(), "name"));
    // A kiosk's posting was kept open for its review (KioskPosting::kReviewDays); out, it ends
    // with the work: not before today, nor before it starts. (ISO dates compare as text.)
    if (const auto ends = KioskPosting::workEnds(d);
        live && ends && str(d, "source") == QLatin1String("kiosk")) {
        const QString end = std::max({std::min(str(d, "valid_until"), ends->toString(Qt::ISODate)),
                                      m_clock.today().toString(Qt::ISODate), str(d, "start_date")});
        d.insert(QStringLiteral("valid_until"), end);
    }
    if (Status st = validate(d); !st.ok())
        return st.error();
    auto saved = m_store.save(entities::job(), id, d);
    if (!saved.ok())
        return saved.error();
    const QString summary =
        !again ? ledgerText(QT_TR_NOOP("Job reviewed and published: %1")).arg(str(d, "title"))
        : live ? ledgerText(QT_TR_NOOP("Job published again: %1")).arg(str(d, "title"))
               : ledgerText(QT_TR_NOOP("Job sent for review again: %1")).arg(str(d, "title"));
    if (auto logged =
            Ledger(m_store).record(again ? QStringLiteral("posting") : QStringLiteral("review"),
                                   summary, actor.actor(), kEntity, id);
        !logged.ok())
        return logged.error();
    if (Status st = m_audit.append(
            actor.actor(), again ? QStringLiteral("job_republish") : QStringLiteral("job_publish"),
            kEntity, id, str(d, "status"));
        !st.ok())
        return st.error();
    if (Status st = tx.commit(); !st.ok())
        return st.error();
    return JobSaved{id, saved.value(), {}, {}};
}

Status JobService::setStatus(const QString& id, const QStringList& from, const QString& to,
                             const QString& action, const QString& ledgerKind,
                             const std::function<QString(const QString&)>& summary,
                             const StaffAccount& actor, const QString& auditDetail)
{
    Transaction tx(m_store.database());
    if (!tx.ok())
        return tx.error();
    auto current = m_store.get(entities::job(), id);
    if (!current.ok())
        return current.error();
    if (!current.value())
        return makeError(QStringLiteral("not_found"), tr("This job no longer exists."));
    QJsonObject d = current.value()->data;
    if (!from.contains(str(d, "status")))
        return makeError(QStringLiteral("invalid"),
                         tr("This posting cannot change from its current status."));
    d.insert(QStringLiteral("status"), to);
    // Why review did not pass it, for a rejection; any other change of status ends that.
    d.insert(QStringLiteral("review_note"),
             action == QLatin1String("job_reject") ? auditDetail : QString());
    if (auto saved = m_store.save(entities::job(), id, d); !saved.ok())
        return saved.error();
    if (!ledgerKind.isEmpty()) {
        if (auto logged = Ledger(m_store).record(ledgerKind, summary(str(d, "title")),
                                                 actor.actor(), kEntity, id);
            !logged.ok())
            return logged.error();
    }
    if (Status st = m_audit.append(actor.actor(), action, kEntity, id, auditDetail); !st.ok())
        return st;
    return tx.commit();
}

Status JobService::reject(const QString& id, const QString& reason, const StaffAccount& actor)
{
    if (reason.trimmed().isEmpty())
        return makeError(QStringLiteral("invalid"),
                         tr("Please write down why the posting is not published."),
                         QStringLiteral("reason"));
    return setStatus(
        id, {QStringLiteral("pending_review")}, QStringLiteral("withdrawn"),
        QStringLiteral("job_reject"), QStringLiteral("review"),
        [&](const QString& title) {
            return ledgerText(QT_TR_NOOP("Job not published after review: %1 (%2)"))
                .arg(title, reason.trimmed());
        },
        actor, reason.trimmed());
}

Status JobService::withdraw(const QString& id, const StaffAccount& actor)
{
    return setStatus(
        id, {QStringLiteral("published"), QStringLiteral("pending_review")},
        QStringLiteral("withdrawn"), QStringLiteral("job_withdraw"), QStringLiteral("posting"),
        [](const QString& title) { return ledgerText(QT_TR_NOOP("Job withdrawn: %1")).arg(title); },
        actor);
}

Status JobService::markFilled(const QString& id, const StaffAccount& actor)
{
    return setStatus(
        id, {QStringLiteral("published")}, QStringLiteral("filled"), QStringLiteral("job_filled"),
        QStringLiteral("posting"),
        [](const QString& title) { return ledgerText(QT_TR_NOOP("Job filled: %1")).arg(title); },
        actor);
}

Result<int> JobService::expireDue()
{
    Transaction tx(m_store.database());
    if (!tx.ok())
        return tx.error();
    auto n = m_jobs.expirePast(m_store, m_clock.today());
    if (!n.ok())
        return n.error();
    if (n.value() > 0) {
        if (Status st =
                m_audit.append(QStringLiteral("system"), QStringLiteral("job_expire"), kEntity,
                               QString(), QStringLiteral("count=%1").arg(n.value()));
            !st.ok())
            return st.error();
    }
    if (Status st = tx.commit(); !st.ok())
        return st.error();
    return n.value();
}

Result<std::optional<StoredEntity>> JobService::get(const QString& id) const
{
    return m_store.get(entities::job(), id);
}

Result<JobPage> JobService::reviewQueue(int limit) const
{
    JobQuery q;
    q.openOnly = false;
    q.statuses = {QStringLiteral("pending_review")};
    q.limit = limit;
    return m_jobs.search(q);
}

QString JobService::noSkills()
{
    return QString::fromUtf8("无特别要求");
}

QString JobService::reference(const QString& id)
{
    QString hex = id;
    hex.remove(QLatin1Char('-'));
    bool ok = false;
    const quint32 n = hex.left(8).toUInt(&ok, 16);
    if (!ok)
        return {};
    return QStringLiteral("%1").arg(n % 1000000, 6, 10, QLatin1Char('0'));
}

Result<JobPage> JobService::list(const QString& text, const QStringList& statuses, int offset,
                                 int limit) const
{
    // A posting's reference, read out by the person who made it at a kiosk.
    static const QRegularExpression six(QStringLiteral("^[0-9]{6}$"));
    if (const QString t = text.trimmed(); six.match(t).hasMatch() && offset == 0) {
        auto ids = m_store.database().exec(
            QStringLiteral("SELECT id FROM job WHERE source = 'kiosk' AND deleted = 0 ORDER BY "
                           "created_at DESC"));
        if (!ids.ok())
            return ids.error();
        JobPage page;
        while (ids.value().next()) {
            const QString id = ids.value().value(0).toString();
            if (reference(id) != t)
                continue;
            auto job = m_store.get(entities::job(), id);
            if (!job.ok())
                return job.error();
            if (job.value() &&
                (statuses.isEmpty() || statuses.contains(str(job.value()->data, "status"))))
                page.jobs.push_back(std::move(*job.value()));
        }
        if (!page.jobs.empty()) {
            page.total = int(page.jobs.size());
            return page;
        }
    }

    JobQuery q;
    q.openOnly = false;
    q.statuses = statuses;
    q.text = text;
    q.offset = offset;
    q.limit = limit;
    // A phone number (a mobile, or a landline with its area code) finds the postings whose
    // contact has it: the person who posted at a kiosk, asking after it. When none has, it is
    // looked for as text (a number in a description, a date).
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9(][0-9 ()\\-]{6,}$"));
    if (const QString t = text.trimmed(); phone.match(t).hasMatch()) {
        // Read as the posting form reads a contact's phone (+86 before a landline too), else
        // by its digits, without the country's code (0086, or 86 before a mobile).
        auto checked = validation::checkContactPhone(t);
        QString digits = checked.ok() ? checked.value() : t;
        digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
        if (digits.startsWith(QLatin1String("0086")))
            digits.remove(0, 4);
        else if (digits.startsWith(QLatin1String("86")) && digits.size() == 13)
            digits.remove(0, 2);
        if (digits.size() >= 7) {
            JobQuery byPhone = q;
            byPhone.contactPhone = digits;
            byPhone.text.clear();
            auto found = m_jobs.search(byPhone);
            if (!found.ok() || found->total > 0)
                return found;
        }
    }
    return m_jobs.search(q);
}

} // namespace lingong
