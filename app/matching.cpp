#include "matching.h"

#include "jobservice.h"
#include "ledger.h"
#include "payunit.h"
#include "places.h"
#include "seekerrepository.h"
#include "tieredservice.h"
#include "validation.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace lingong {

namespace {

const QString kEntity = QStringLiteral("application");

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

// The candidates not paired yet: a pairing (not cancelled) names them under `key`.
std::vector<StoredEntity> unpaired(const std::vector<StoredEntity>& candidates,
                                   const std::vector<StoredEntity>& pairings, const char* key)
{
    QSet<QString> taken;
    for (const StoredEntity& a : pairings)
        if (str(a.data, "status") != QLatin1String("cancelled"))
            taken.insert(str(a.data, key));
    std::vector<StoredEntity> open;
    for (const StoredEntity& c : candidates)
        if (!taken.contains(c.id))
            open.push_back(c);
    return open;
}

QStringList list(const QJsonObject& o, const char* key)
{
    QStringList out;
    for (const QJsonValue& v : o.value(QLatin1String(key)).toArray())
        if (!v.toString().isEmpty())
            out << v.toString();
    return out;
}

QString city(const QString& district)
{
    const qsizetype i = district.indexOf(QChar(0x5E02)); // 市
    return i > 0 ? district.left(i + 1) : QString();
}

// A city's own district (青秀区), not one of its counties or county-level cities.
bool urban(const QString& district)
{
    return district.endsWith(QChar(0x533A)); // 区
}

QString money(double v)
{
    return QString::number(qRound(v));
}

} // namespace

Matching::Matching(EntityStore& store, const AuditLog& audit)
    : m_store(store)
    , m_audit(audit)
    , m_applications(store)
    , m_candidates(store)
{}

bool Matching::isPriority(const QJsonObject& seeker)
{
    return str(seeker, "tier") == QLatin1String("priority");
}

double Matching::bestPayPerDay(const QJsonObject& job)
{
    const QJsonObject pay = job.value(QLatin1String("pay")).toObject();
    return jobPayPerDay(pay.value(QLatin1String("max")).toDouble(), str(pay, "unit"),
                        str(job, "work_hours"));
}

double Matching::hoursPerDay(const QString& workHours)
{
    return workHoursPerDay(workHours);
}

MatchScore Matching::score(const QJsonObject& seeker, const QJsonObject& job, const QDate& today,
                           Trades weighed)
{
    MatchScore s;
    // Trade.
    const QString occupation = str(job, "occupation");
    const QStringList trades = list(seeker, "wanted_occupations");
    if (!trades.isEmpty() && trades.first() == occupation) {
        s.points += 40;
        s.reasons << tr("first-choice trade (%1)").arg(occupation);
    } else if (trades.contains(occupation)) {
        // Another trade they would take: after their first choice, all else being equal.
        s.points += weighed == Trades::AnyWanted ? 40 : 35;
        s.reasons << tr("trade wanted (%1)").arg(occupation);
    } else if (trades.isEmpty()) {
        s.points += 20;
        s.reasons << tr("no trade named");
    } else {
        s.reasons << tr("other trade (%1)").arg(occupation);
    }
    // District.
    // Each place by its name now: a record may hold a county's earlier name (横县).
    const Places& places = Places::guangxi();
    const QString district = places.canonical(job.value(QLatin1String("location"))
                                                  .toObject()
                                                  .value(QLatin1String("district"))
                                                  .toString());
    QStringList districts;
    for (const QString& d : list(seeker, "wanted_districts"))
        districts << places.canonical(d);
    // The districts of one city are near each other; a county of the city (横州市, 马山县) is not
    // near them, nor near another county.
    bool sameCity = false;
    for (const QString& d : districts)
        sameCity = sameCity ||
                   (!city(d).isEmpty() && city(d) == city(district) && urban(d) && urban(district));
    if (districts.contains(district)) {
        s.points += 25;
        s.reasons << tr("district wanted (%1)").arg(Places::guangxi().displayName(district));
    } else if (districts.isEmpty()) {
        s.points += 12;
        s.reasons << tr("no district named");
    } else if (sameCity) {
        s.points += 10;
        // Which place is the job's and which the person's: the two read alike otherwise. The
        // city goes unsaid where it is the job's (兴宁区, not 南宁市兴宁区), so that the reasons
        // fit their column; a place wanted in another city keeps it (柳州市城中区).
        QStringList wanted;
        for (const QString& d : districts)
            if (!d.isEmpty())
                wanted << places.shortName(d, district);
        s.reasons << tr("same city (the job is in %1, the person wants %2)")
                         .arg(places.shortName(district), wanted.join(tr(", ", "between places")));
    } else {
        s.reasons << tr("far away (%1)").arg(Places::guangxi().displayName(district));
    }
    // Pay per day: by the hours the posting names for hourly pay (a half day's work pays half a
    // day), else by the standard day.
    const double jobDay = bestPayPerDay(job);
    const QJsonObject expected = seeker.value(QLatin1String("expected_pay")).toObject();
    const QString wantUnit = expected.value(QLatin1String("unit")).toString(QStringLiteral("day"));
    const double wantMin = expected.value(QLatin1String("min")).toDouble();
    const double wantDay = payPerDay(wantMin, wantUnit);
    const QJsonObject jobPay = job.value(QLatin1String("pay")).toObject();
    if (wantUnit == QLatin1String("piece") && wantMin > 0) {
        // Expected by the piece: judged against pay by the piece only.
        const double each = jobPay.value(QLatin1String("max")).toDouble();
        if (str(jobPay, "unit") != QLatin1String("piece")) {
            s.points += 10;
            s.reasons << tr("expects pay by the piece");
        } else if (each >= wantMin) {
            s.points += 20;
            s.reasons << tr("pay by the piece, up to %1 yuan each, expects %2")
                             .arg(money(each), money(wantMin));
        } else {
            s.reasons << tr("pay by the piece below expectation (%1 < %2 yuan each)")
                             .arg(money(each), money(wantMin));
        }
    } else if (wantDay <= 0) {
        s.points += 20;
        s.reasons << tr("no pay expectation");
    } else if (jobDay <= 0) {
        // Neither better nor worse than the day's wage: not comparable with it.
        s.points += 10;
        if (str(jobPay, "unit") == QLatin1String("piece"))
            s.reasons << tr("pay by the piece, up to %1 yuan each")
                             .arg(money(jobPay.value(QLatin1String("max")).toDouble()));
        else
            s.reasons << tr("pay by project");
    } else if (jobDay >= wantDay) {
        s.points += 20;
        s.reasons << tr("pay up to %1 yuan/day, expects %2").arg(money(jobDay), money(wantDay));
    } else if (jobDay >= 0.85 * wantDay) {
        s.points += 10;
        s.reasons << tr("pay a little below expectation (%1 < %2 yuan/day)")
                         .arg(money(jobDay), money(wantDay));
    } else if (jobDay >= 0.7 * wantDay) {
        // A shortfall counts by how far it goes: 120 for 150 is not 60 for 150.
        s.points += 5;
        s.reasons
            << tr("pay below expectation (%1 < %2 yuan/day)").arg(money(jobDay), money(wantDay));
    } else {
        s.reasons << tr("pay far below expectation (%1 < %2 yuan/day)")
                         .arg(money(jobDay), money(wantDay));
    }
    // Availability.
    QDate start = QDate::fromString(str(job, "start_date"), Qt::ISODate);
    if (!start.isValid() || start < today)
        start = today;
    const qint64 days = today.daysTo(start);
    const QString when =
        str(seeker, "availability").isEmpty() ? QStringLiteral("now") : str(seeker, "availability");
    int points = 0;
    if (when == QLatin1String("now"))
        points = days <= 3 ? 15 : (days <= 7 ? 8 : 0);
    else if (when == QLatin1String("this_week"))
        points = days <= 7 ? 15 : 5;
    else if (when == QLatin1String("weekends"))
        points = str(job, "form") == QLatin1String("part_time") ? 15 : 5;
    else // later
        points = days >= 7 ? 15 : 8;
    s.points += points;
    // Day and month in words ("7 Dec", "12月7日"): "12/7" reads either way round.
    const QString startText = start.toString(tr("d MMM", "a date's day and month, QDate format"));
    if (points == 15)
        s.reasons << tr("start %1 suits").arg(startText);
    else if (points > 0)
        s.reasons << tr("start %1 roughly suits").arg(startText);
    else
        s.reasons << tr("start %1 too late").arg(startText);
    // An upper age the posting names that the person is past: said first, and the pairing put
    // behind the others, for the clerk to ask the employer before sending anyone across town.
    const QDate born = QDate::fromString(str(seeker, "birth_date"), Qt::ISODate);
    if (born.isValid()) {
        const int age = validation::ageOn(born, today);
        const QString gender = str(seeker, "gender");
        for (const JobService::AgeLimit& limit : JobService::ageLimits(job)) {
            // A preference is no limit; nor is one said of the other sex.
            if (age <= limit.oldest || limit.preferred ||
                (!limit.gender.isEmpty() && !gender.isEmpty() && limit.gender != gender))
                continue;
            s.points = std::max(0, s.points - kPastAgeLimit);
            s.reasons.prepend(tr("the posting says \"%1\", the person is %2: ask the employer "
                                 "first")
                                  .arg(limit.phrase)
                                  .arg(age));
            break;
        }
    }
    return s;
}

std::vector<RankedJob> Matching::rankJobs(const QJsonObject& seeker,
                                          const std::vector<StoredEntity>& jobs, const QDate& today,
                                          int limit, const QString& hall)
{
    // Each job's pay per day worked out once (its hours are read from text), not per comparison.
    struct Candidate
    {
        RankedJob ranked;
        double perDay;
        int near; // 2: the hall's district, 1: its city, 0: elsewhere (or a district was named)
    };
    const Places& places = Places::guangxi();
    const QString home = places.canonical(hall);
    const bool anywhere = list(seeker, "wanted_districts").isEmpty() && !home.isEmpty();
    const auto nearness = [&](const QJsonObject& job) {
        if (!anywhere)
            return 0;
        const QString at = places.canonical(job.value(QLatin1String("location"))
                                                .toObject()
                                                .value(QLatin1String("district"))
                                                .toString());
        if (at == home)
            return 2;
        return !city(at).isEmpty() && city(at) == city(home) && urban(at) && urban(home) ? 1 : 0;
    };
    std::vector<Candidate> all;
    all.reserve(jobs.size());
    for (const StoredEntity& j : jobs)
        all.push_back({{j, score(seeker, j.data, today)}, bestPayPerDay(j.data), nearness(j.data)});
    std::stable_sort(all.begin(), all.end(), [](const Candidate& a, const Candidate& b) {
        if (a.ranked.score.points != b.ranked.score.points)
            return a.ranked.score.points > b.ranked.score.points;
        if (a.near != b.near)
            return a.near > b.near;
        if (a.perDay != b.perDay)
            return a.perDay > b.perDay;
        // Published last first; a posting without a publication time counts from its writing.
        auto posted = [](const StoredEntity& j) {
            return std::max(str(j.data, "published_at"), str(j.data, "created_at"));
        };
        return posted(a.ranked.job) > posted(b.ranked.job);
    });
    std::vector<RankedJob> out;
    out.reserve(all.size());
    for (Candidate& c : all)
        out.push_back(std::move(c.ranked));
    if (int(out.size()) > limit)
        out.resize(size_t(limit));
    return out;
}

std::vector<RankedJob> Matching::suggestions(const std::vector<RankedJob>& ranked,
                                             const QStringList& trades, int count)
{
    std::vector<RankedJob> out;
    std::vector<bool> taken(ranked.size(), false);
    const auto take = [&](size_t i) {
        taken[i] = true;
        out.push_back(ranked[i]);
    };
    for (const QString& trade : trades) {
        for (size_t i = 0; i < ranked.size() && int(out.size()) < count; ++i) {
            if (!taken[i] && str(ranked[i].job.data, "occupation") == trade) {
                take(i);
                break;
            }
        }
    }
    for (size_t i = 0; i < ranked.size() && int(out.size()) < count; ++i) {
        if (!taken[i])
            take(i);
    }
    return out;
}

std::vector<RankedSeeker> Matching::rankSeekers(const QJsonObject& job,
                                                const std::vector<StoredEntity>& seekers,
                                                const QDate& today, int limit)
{
    std::vector<RankedSeeker> out;
    out.reserve(seekers.size());
    for (const StoredEntity& s : seekers)
        out.push_back({s, score(s.data, job, today, Trades::AnyWanted), isPriority(s.data)});
    std::stable_sort(out.begin(), out.end(), [](const RankedSeeker& a, const RankedSeeker& b) {
        if (a.score.band() != b.score.band())
            return a.score.band() > b.score.band();
        if (a.priority != b.priority)
            return a.priority;
        if (a.score.points != b.score.points)
            return a.score.points > b.score.points;
        const QString ca = str(a.seeker.data, "created_at");
        const QString cb = str(b.seeker.data, "created_at");
        if (ca != cb)
            return ca < cb;
        return a.seeker.id < b.seeker.id;
    });
    if (int(out.size()) > limit)
        out.resize(size_t(limit));
    return out;
}

Result<std::vector<RankedJob>> Matching::jobsForSeeker(const QString& seekerId, int limit) const
{
    auto seeker = m_store.get(entities::seeker(), seekerId);
    if (!seeker.ok())
        return seeker.error();
    if (!seeker.value())
        return makeError(QStringLiteral("not_found"), tr("This job seeker no longer exists."));
    const QJsonObject& s = seeker.value()->data;
    auto jobs = m_candidates.openJobs(list(s, "wanted_occupations"), list(s, "wanted_districts"),
                                      m_store.clock().today(), 500);
    if (!jobs.ok())
        return jobs.error();
    return rankFor(seekerId, s, jobs.value(), limit);
}

Result<std::vector<RankedJob>> Matching::rankForSeeker(const QString& seekerId,
                                                       const std::vector<StoredEntity>& jobs,
                                                       int limit) const
{
    auto seeker = m_store.get(entities::seeker(), seekerId);
    if (!seeker.ok())
        return seeker.error();
    if (!seeker.value())
        return makeError(QStringLiteral("not_found"), tr("This job seeker no longer exists."));
    return rankFor(seekerId, seeker.value()->data, jobs, limit);
}

Result<std::vector<RankedJob>> Matching::rankFor(const QString& seekerId, const QJsonObject& s,
                                                 const std::vector<StoredEntity>& jobs,
                                                 int limit) const
{
    // Jobs this person is already paired with are in their list of pairings, not offered again.
    auto paired = pairingsOf(seekerId, s);
    if (!paired.ok())
        return paired.error();
    return rankJobs(s, unpaired(jobs, paired.value(), "job_id"), m_store.clock().today(), limit,
                    m_hallDistrict);
}

Result<std::vector<RankedSeeker>> Matching::seekersForJob(const QString& jobId, int limit) const
{
    auto job = m_store.get(entities::job(), jobId);
    if (!job.ok())
        return job.error();
    if (!job.value())
        return makeError(QStringLiteral("not_found"), tr("This job no longer exists."));
    const QJsonObject& j = job.value()->data;
    const QString district =
        j.value(QLatin1String("location")).toObject().value(QLatin1String("district")).toString();
    auto seekers = m_candidates.seekersFor(str(j, "occupation"), district, 1000);
    if (!seekers.ok())
        return seekers.error();
    auto paired = m_applications.forJob(jobId);
    if (!paired.ok())
        return paired.error();
    // Nor is anyone whose mobile applied for it at a kiosk before they registered.
    QSet<QString> phones;
    for (const StoredEntity& a : paired.value())
        if (str(a.data, "seeker_id").isEmpty() &&
            str(a.data, "status") != QLatin1String("cancelled"))
            phones.insert(str(a.data, "phone"));
    phones.remove(QString());
    std::vector<StoredEntity> open = unpaired(seekers.value(), paired.value(), "seeker_id");
    std::erase_if(
        open, [&phones](const StoredEntity& s) { return phones.contains(str(s.data, "phone")); });
    return rankSeekers(j, open, m_store.clock().today(), limit);
}

bool Matching::isFinal(const QString& status)
{
    return status == QLatin1String("hired") || status == QLatin1String("not_hired") ||
           status == QLatin1String("no_show") || status == QLatin1String("cancelled");
}

bool Matching::canMove(const QString& from, const QString& to)
{
    static const QStringList order{QStringLiteral("applied"), QStringLiteral("recommended"),
                                   QStringLiteral("interviewed")};
    if (isFinal(from))
        return false;
    if (isFinal(to))
        return true;
    const qsizetype a = order.indexOf(from);
    const qsizetype b = order.indexOf(to);
    return a >= 0 && b > a;
}

Result<QString> Matching::recommend(const QString& seekerId, const QString& jobId,
                                    const StaffAccount& actor)
{
    Transaction tx(m_store.database());
    if (!tx.ok())
        return tx.error();
    auto seeker = m_store.get(entities::seeker(), seekerId);
    if (!seeker.ok())
        return seeker.error();
    if (!seeker.value())
        return makeError(QStringLiteral("not_found"), tr("This job seeker no longer exists."));
    auto job = m_store.get(entities::job(), jobId);
    if (!job.ok())
        return job.error();
    const QString today = m_store.clock().today().toString(Qt::ISODate);
    if (!job.value() || str(job.value()->data, "status") != QLatin1String("published") ||
        str(job.value()->data, "valid_until") < today)
        return makeError(QStringLiteral("job_closed"),
                         tr("This job is no longer open. Please choose another one."),
                         QStringLiteral("job"));
    auto mine = pairingsOf(seekerId, seeker.value()->data);
    if (!mine.ok())
        return mine.error();
    const QString now = Clock::toWire(m_store.clock().now());
    QString id;
    QJsonObject data;
    for (const StoredEntity& a : mine.value()) {
        if (str(a.data, "job_id") != jobId || str(a.data, "status") == QLatin1String("cancelled"))
            continue;
        if (str(a.data, "status") != QLatin1String("applied"))
            return makeError(QStringLiteral("duplicate"),
                             tr("This job seeker has already been recommended for this job."));
        id = a.id;
        data = a.data;
    }
    if (id.isEmpty()) {
        id = EntityStore::newId();
        data = QJsonObject{{QStringLiteral("job_id"), jobId},
                           {QStringLiteral("seeker_id"), seekerId},
                           {QStringLiteral("phone"), str(seeker.value()->data, "phone")},
                           {QStringLiteral("channel"), QStringLiteral("staff")}};
    }
    // An application made with the person's mobile before they registered is theirs from now.
    data.insert(QStringLiteral("seeker_id"), seekerId);
    data.insert(QStringLiteral("status"), QStringLiteral("recommended"));
    data.insert(QStringLiteral("recommended_at"), now);
    data.insert(QStringLiteral("staff"), actor.actor());
    if (auto saved = m_store.save(entities::application(), id, data); !saved.ok())
        return saved.error();
    const QString title = str(job.value()->data, "title");
    if (auto logged = Ledger(m_store).record(
            QStringLiteral("match"),
            withEmployer(ledgerText(QT_TR_NOOP("Job seeker recommended for \"%1\"")).arg(title),
                         &*job.value()),
            actor.actor(), kEntity, id);
        !logged.ok())
        return logged.error();
    if (isPriority(seeker.value()->data)) {
        auto counted = TieredService(m_store, m_audit)
                           .record(seekerId, QStringLiteral("recommendation"), title, actor);
        if (!counted.ok())
            return counted.error();
    }
    if (Status st = m_audit.append(actor.actor(), QStringLiteral("match_recommend"), kEntity, id,
                                   QStringLiteral("job=") + jobId);
        !st.ok())
        return st.error();
    if (Status st = tx.commit(); !st.ok())
        return st.error();
    return id;
}

QString Matching::withEmployer(const QString& summary, const StoredEntity* job)
{
    // Many postings share a title (保洁员): the employer says which one.
    const QString employer = job ? str(job->data, "employer_name") : QString();
    return employer.isEmpty() ? summary
                              : ledgerText(QT_TR_NOOP("%1 (employer: %2)")).arg(summary, employer);
}

Result<OutcomeResult> Matching::correctOutcome(const QString& applicationId, const QString& status,
                                               const QString& reason, const StaffAccount& actor)
{
    static const QStringList finals{QStringLiteral("hired"), QStringLiteral("not_hired"),
                                    QStringLiteral("no_show")};
    if (!finals.contains(status))
        return makeError(QStringLiteral("invalid"),
                         tr("An outcome can be corrected to hired, not hired or did not come."),
                         QStringLiteral("status"));
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return makeError(QStringLiteral("invalid"),
                         tr("Please write down why the outcome is corrected."),
                         QStringLiteral("reason"));
    Transaction tx(m_store.database());
    if (!tx.ok())
        return tx.error();
    auto app = applicationData(applicationId);
    if (!app.ok())
        return app.error();
    QJsonObject d = app.value();
    const QString from = str(d, "status");
    if (!finals.contains(from))
        return makeError(QStringLiteral("invalid"),
                         tr("Only a recorded outcome can be corrected; record the next step "
                            "instead."),
                         QStringLiteral("status"));
    if (from == status)
        return OutcomeResult{status, false};
    // outcome_at stays: the outcome belongs to the day (and month) it happened, not to the day
    // of the correction; the audit log has when it was corrected.
    d.insert(QStringLiteral("status"), status);
    // Nobody was paid for work not taken up: a follow-up of the pay goes with the hire.
    if (from == QLatin1String("hired")) {
        d.insert(QStringLiteral("pay_settled"), QString());
        d.insert(QStringLiteral("pay_checked_at"), QString());
    }
    d.insert(QStringLiteral("staff"), actor.actor());
    if (auto saved = m_store.save(entities::application(), applicationId, d); !saved.ok())
        return saved.error();
    auto job = m_store.get(entities::job(), str(d, "job_id"));
    if (!job.ok())
        return job.error();
    const QString title = job.value() ? str(job.value()->data, "title") : QString();
    const auto outcomeWord = [](const QString& s) {
        return s == QLatin1String("hired")       ? ledgerText(QT_TR_NOOP("hired (到岗)"))
               : s == QLatin1String("not_hired") ? ledgerText(QT_TR_NOOP("not hired"))
                                                 : ledgerText(QT_TR_NOOP("did not come"));
    };
    // The entry of the outcome corrected (made when it was recorded, or by the last correction)
    // leaves the counts, struck out with the reason; one logged as a pairing before outcomes had
    // a kind of their own too. A correction to a hire counts as the hire. Both belong to the day
    // of the outcome, as in the statistics, not to the day of the correction.
    const QString outcomeAt = str(d, "outcome_at");
    const QString struckWhy =
        ledgerText(QT_TR_NOOP("corrected to %1: %2")).arg(outcomeWord(status), why);
    Ledger ledger(m_store);
    if (auto struck = ledger.strikeLatest(kEntity, applicationId,
                                          {QStringLiteral("hire"), QStringLiteral("progress"),
                                           QStringLiteral("correction"), QStringLiteral("match")},
                                          outcomeAt, struckWhy, actor.actor());
        !struck.ok())
        return struck.error();
    // The follow-ups of a hire's pay go with it.
    for (bool more = from == QLatin1String("hired"); more;) {
        auto followUp = ledger.strikeLatest(kEntity, applicationId, {QStringLiteral("followup")},
                                            outcomeAt, struckWhy, actor.actor());
        if (!followUp.ok())
            return followUp.error();
        more = followUp.value();
    }
    const QDateTime outcome = Clock::fromWire(outcomeAt);
    const QDate day = outcome.isValid() ? outcome.toOffsetFromUtc(8 * 3600).date() : QDate();
    if (auto logged =
            ledger.record(status == QLatin1String("hired") ? QStringLiteral("hire")
                                                           : QStringLiteral("correction"),
                          ledgerText(QT_TR_NOOP("Outcome corrected for \"%1\": %2 → %3 (%4)"))
                              .arg(title, outcomeWord(from), outcomeWord(status), why),
                          actor.actor(), kEntity, applicationId, day);
        !logged.ok())
        return logged.error();
    if (Status st =
            m_audit.append(actor.actor(), QStringLiteral("match_correct"), kEntity, applicationId,
                           from + QStringLiteral("->") + status + QStringLiteral(": ") + why);
        !st.ok())
        return st.error();
    // The posting follows its hires: filled once they reach the headcount, recruiting again
    // when a hire that filled it was keyed by mistake.
    OutcomeResult result{status, false};
    if (status == QLatin1String("hired") || from == QLatin1String("hired")) {
        auto followed = followHires(str(d, "job_id"), from == QLatin1String("hired"), actor);
        if (!followed.ok())
            return followed.error();
        result.jobFilled = followed.value() == QLatin1String("filled");
        result.jobReopened = followed.value() == QLatin1String("published");
    }
    if (Status st = tx.commit(); !st.ok())
        return st.error();
    return result;
}

Result<QString> Matching::withdrawRecommendation(const QString& applicationId,
                                                 const StaffAccount& actor)
{
    Transaction tx(m_store.database());
    if (!tx.ok())
        return tx.error();
    auto app = applicationData(applicationId);
    if (!app.ok())
        return app.error();
    QJsonObject d = app.value();
    if (str(d, "status") != QLatin1String("recommended"))
        return makeError(QStringLiteral("invalid"),
                         tr("Only a recommendation not yet followed by an interview or an "
                            "outcome can be withdrawn."),
                         QStringLiteral("status"));
    const QString recommendedAt = str(d, "recommended_at");
    // A kiosk application the window took up is the person's own: it waits in the queue again.
    const bool own = str(d, "channel") != QLatin1String("staff");
    const QString status = own ? QStringLiteral("applied") : QStringLiteral("cancelled");
    d.insert(QStringLiteral("status"), status);
    // A pairing cancelled keeps when it was made and gains when it was taken back, for the
    // window's list (no figure counts a cancelled one); an application back in the queue is
    // neither recommended nor decided.
    if (own)
        d.insert(QStringLiteral("recommended_at"), QString());
    else
        d.insert(QStringLiteral("outcome_at"), Clock::toWire(m_store.clock().now()));
    d.insert(QStringLiteral("staff"), actor.actor());
    if (auto saved = m_store.save(entities::application(), applicationId, d); !saved.ok())
        return saved.error();
    auto job = m_store.get(entities::job(), str(d, "job_id"));
    if (!job.ok())
        return job.error();
    const QString title = job.value() ? str(job.value()->data, "title") : QString();
    // The tiered service counted for a priority seeker with the recommendation goes with it: the
    // record of that job made with it (at the same moment, give or take the transaction).
    const QDateTime at = Clock::fromWire(recommendedAt);
    if (const QString seekerId = str(d, "seeker_id"); !seekerId.isEmpty() && at.isValid()) {
        auto records = TieredRepository(m_store).forSeeker(seekerId);
        if (!records.ok())
            return records.error();
        const StoredEntity* match = nullptr;
        qint64 nearest = 5000;
        for (const StoredEntity& r : records.value()) {
            if (str(r.data, "kind") != QLatin1String("recommendation") ||
                str(r.data, "note") != title)
                continue;
            const qint64 apart = std::abs(at.msecsTo(Clock::fromWire(str(r.data, "at"))));
            if (apart <= nearest) {
                nearest = apart;
                match = &r;
            }
        }
        if (match)
            if (Status st = m_store.remove(entities::serviceRecord(), match->id); !st.ok())
                return st.error();
    }
    // The recommendation leaves the day's 匹配对接, struck out; its withdrawal is a correction.
    Ledger ledger(m_store);
    if (auto st =
            ledger.strikeLatest(kEntity, applicationId, {QStringLiteral("match")}, recommendedAt,
                                ledgerText(QT_TR_NOOP("recommendation withdrawn")), actor.actor());
        !st.ok())
        return st.error();
    if (auto logged = ledger.record(
            QStringLiteral("correction"),
            withEmployer(ledgerText(QT_TR_NOOP("Recommendation for \"%1\" withdrawn")).arg(title),
                         job.value() ? &*job.value() : nullptr),
            actor.actor(), kEntity, applicationId);
        !logged.ok())
        return logged.error();
    if (Status st = m_audit.append(actor.actor(), QStringLiteral("match_withdraw"), kEntity,
                                   applicationId, QStringLiteral("recommended->") + status);
        !st.ok())
        return st.error();
    if (Status st = tx.commit(); !st.ok())
        return st.error();
    return status;
}

Status Matching::recordPay(const QString& applicationId, bool settled, const StaffAccount& actor)
{
    Transaction tx(m_store.database());
    if (!tx.ok())
        return tx.error();
    auto app = applicationData(applicationId);
    if (!app.ok())
        return app.error();
    QJsonObject d = app.value();
    if (str(d, "status") != QLatin1String("hired"))
        return makeError(QStringLiteral("invalid"),
                         tr("Pay is followed up once the person has started work (hired)."),
                         QStringLiteral("status"));
    const QString value = settled ? QStringLiteral("settled") : QStringLiteral("unsettled");
    if (str(d, "pay_settled") == value)
        return {};
    d.insert(QStringLiteral("pay_settled"), value);
    d.insert(QStringLiteral("pay_checked_at"), Clock::toWire(m_store.clock().now()));
    d.insert(QStringLiteral("staff"), actor.actor());
    if (auto saved = m_store.save(entities::application(), applicationId, d); !saved.ok())
        return saved.error();
    auto job = m_store.get(entities::job(), str(d, "job_id"));
    if (!job.ok())
        return job.error();
    const QString title = job.value() ? str(job.value()->data, "title") : QString();
    // Many postings share a title: the employer says which one, and whom the hall follows up.
    const QString employer = job.value() ? str(job.value()->data, "employer_name") : QString();
    const QString summary =
        settled ? ledgerText(QT_TR_NOOP("Follow-up for \"%1\" (%2): work finished, pay settled"))
                      .arg(title, employer)
                : ledgerText(QT_TR_NOOP("Follow-up for \"%1\" (%2): pay not settled"))
                      .arg(title, employer);
    // A follow-up of its own kind: it is neither a match nor a hire, and counts as neither.
    if (auto logged = Ledger(m_store).record(QStringLiteral("followup"), summary, actor.actor(),
                                             kEntity, applicationId);
        !logged.ok())
        return logged.error();
    if (Status st = m_audit.append(actor.actor(), QStringLiteral("match_pay"), kEntity,
                                   applicationId, value);
        !st.ok())
        return st.error();
    return tx.commit();
}

Result<OutcomeResult> Matching::recordOutcome(const QString& applicationId, const QString& status,
                                              const StaffAccount& actor)
{
    static const QStringList known{QStringLiteral("recommended"), QStringLiteral("interviewed"),
                                   QStringLiteral("hired"),       QStringLiteral("not_hired"),
                                   QStringLiteral("no_show"),     QStringLiteral("cancelled")};
    if (!known.contains(status))
        return makeError(QStringLiteral("invalid"), tr("The outcome is not a known choice."),
                         QStringLiteral("status"));
    Transaction tx(m_store.database());
    if (!tx.ok())
        return tx.error();
    auto app = applicationData(applicationId);
    if (!app.ok())
        return app.error();
    QJsonObject d = app.value();
    const QString from = str(d, "status");
    if (!canMove(from, status))
        return makeError(QStringLiteral("invalid"),
                         isFinal(from) ? tr("The outcome of this application is already recorded.")
                                       : tr("This step does not follow from the current one."),
                         QStringLiteral("status"));
    const QString now = Clock::toWire(m_store.clock().now());
    d.insert(QStringLiteral("status"), status);
    if (status == QLatin1String("recommended"))
        d.insert(QStringLiteral("recommended_at"), now);
    else if (status == QLatin1String("interviewed"))
        d.insert(QStringLiteral("interviewed_at"), now);
    else
        d.insert(QStringLiteral("outcome_at"), now);
    d.insert(QStringLiteral("staff"), actor.actor());
    if (auto saved = m_store.save(entities::application(), applicationId, d); !saved.ok())
        return saved.error();

    const QString jobId = str(d, "job_id");
    auto job = m_store.get(entities::job(), jobId);
    if (!job.ok())
        return job.error();
    const QString title = job.value() ? str(job.value()->data, "title") : QString();
    QString summary;
    if (status == QLatin1String("recommended"))
        summary = ledgerText(QT_TR_NOOP("Job seeker recommended for \"%1\"")).arg(title);
    else if (status == QLatin1String("interviewed"))
        summary = ledgerText(QT_TR_NOOP("Interview held for \"%1\"")).arg(title);
    else if (status == QLatin1String("hired"))
        summary = ledgerText(QT_TR_NOOP("Hired (到岗) for \"%1\"")).arg(title);
    else if (status == QLatin1String("not_hired"))
        summary = ledgerText(QT_TR_NOOP("Not hired for \"%1\"")).arg(title);
    else if (status == QLatin1String("no_show"))
        summary = ledgerText(QT_TR_NOOP("Did not come for \"%1\"")).arg(title);
    else
        summary = ledgerText(QT_TR_NOOP("Application withdrawn for \"%1\"")).arg(title);
    summary = withEmployer(summary, job.value() ? &*job.value() : nullptr);
    // The ledger counts a pairing once, as 匹配对接, and a hire as 到岗; the steps between and
    // the other outcomes are its progress.
    const QString kind = status == QLatin1String("recommended") ? QStringLiteral("match")
                         : status == QLatin1String("hired")     ? QStringLiteral("hire")
                                                                : QStringLiteral("progress");
    if (auto logged = Ledger(m_store).record(kind, summary, actor.actor(), kEntity, applicationId);
        !logged.ok())
        return logged.error();
    if (Status st = m_audit.append(actor.actor(), QStringLiteral("match_") + status, kEntity,
                                   applicationId, from + QStringLiteral("->") + status);
        !st.ok())
        return st.error();
    if (status == QLatin1String("recommended") && !str(d, "seeker_id").isEmpty()) {
        auto seeker = m_store.get(entities::seeker(), str(d, "seeker_id"));
        if (!seeker.ok())
            return seeker.error();
        if (seeker.value() && isPriority(seeker.value()->data)) {
            auto counted =
                TieredService(m_store, m_audit)
                    .record(seeker.value()->id, QStringLiteral("recommendation"), title, actor);
            if (!counted.ok())
                return counted.error();
        }
    }

    OutcomeResult result{status, false};
    if (status == QLatin1String("hired")) {
        auto followed = followHires(jobId, false, actor);
        if (!followed.ok())
            return followed.error();
        result.jobFilled = followed.value() == QLatin1String("filled");
    }
    if (Status st = tx.commit(); !st.ok())
        return st.error();
    return result;
}

Result<QString> Matching::followHires(const QString& jobId, bool reopen, const StaffAccount& actor)
{
    auto job = m_store.get(entities::job(), jobId);
    if (!job.ok())
        return job.error();
    if (!job.value())
        return QString();
    auto all = m_applications.forJob(jobId);
    if (!all.ok())
        return all.error();
    qint64 hired = 0;
    for (const StoredEntity& a : all.value())
        hired += str(a.data, "status") == QLatin1String("hired") ? 1 : 0;
    QJsonObject j = job.value()->data;
    const bool complete =
        hired >= std::max<qint64>(1, j.value(QLatin1String("headcount")).toInteger());
    const QString status = str(j, "status");
    const bool fill = status == QLatin1String("published") && complete;
    const bool recruit = reopen && status == QLatin1String("filled") && !complete &&
                         str(j, "valid_until") >= m_store.clock().today().toString(Qt::ISODate);
    if (!fill && !recruit)
        return QString();
    const QString to = fill ? QStringLiteral("filled") : QStringLiteral("published");
    j.insert(QStringLiteral("status"), to);
    if (auto saved = m_store.save(entities::job(), jobId, j); !saved.ok())
        return saved.error();
    const QString line = fill ? ledgerText(QT_TR_NOOP("Job filled: %1"))
                              : ledgerText(QT_TR_NOOP("Job recruiting again: %1"));
    if (auto logged = Ledger(m_store).record(QStringLiteral("posting"), line.arg(str(j, "title")),
                                             actor.actor(), QStringLiteral("job"), jobId);
        !logged.ok())
        return logged.error();
    if (Status st = m_audit.append(
            actor.actor(), fill ? QStringLiteral("job_filled") : QStringLiteral("job_reopen"),
            QStringLiteral("job"), jobId,
            fill ? QStringLiteral("headcount reached") : QStringLiteral("a hire was corrected"));
        !st.ok())
        return st.error();
    return to;
}

Status Matching::linkSeeker(const QString& applicationId, const QString& seekerId,
                            const StaffAccount& actor)
{
    Transaction tx(m_store.database());
    if (!tx.ok())
        return tx.error();
    auto app = applicationData(applicationId);
    if (!app.ok())
        return app.error();
    auto seeker = m_store.get(entities::seeker(), seekerId);
    if (!seeker.ok())
        return seeker.error();
    if (!seeker.value())
        return makeError(QStringLiteral("not_found"), tr("This job seeker no longer exists."));
    QJsonObject d = app.value();
    d.insert(QStringLiteral("seeker_id"), seekerId);
    if (auto saved = m_store.save(entities::application(), applicationId, d); !saved.ok())
        return saved.error();
    if (Status st = m_audit.append(actor.actor(), QStringLiteral("application_link"), kEntity,
                                   applicationId, QStringLiteral("seeker=") + seekerId);
        !st.ok())
        return st;
    return tx.commit();
}

Result<QJsonObject> Matching::applicationData(const QString& applicationId) const
{
    auto app = m_store.get(entities::application(), applicationId);
    if (!app.ok())
        return app.error();
    if (!app.value())
        return makeError(QStringLiteral("not_found"), tr("This application no longer exists."));
    return app.value()->data;
}

Result<std::vector<StoredEntity>> Matching::queue() const
{
    return m_applications.list({QStringLiteral("applied")});
}

Result<std::vector<StoredEntity>> Matching::forSeeker(const QString& seekerId) const
{
    auto seeker = m_store.get(entities::seeker(), seekerId);
    if (!seeker.ok())
        return seeker.error();
    return pairingsOf(seekerId, seeker.value() ? seeker.value()->data : QJsonObject());
}

Result<std::vector<StoredEntity>> Matching::pairingsOf(const QString& seekerId,
                                                       const QJsonObject& seeker) const
{
    const QString phone = str(seeker, "phone");
    if (!phone.isEmpty()) {
        // Applied for at a kiosk with the person's mobile before they registered (on this
        // terminal or another): theirs, unless another registration has that mobile too.
        auto sharing = SeekerRepository(m_store).findByPhone(phone);
        if (!sharing.ok())
            return sharing.error();
        if (sharing.value().size() == 1)
            return m_applications.ofPerson(seekerId, phone);
    }
    return m_applications.forSeeker(seekerId);
}

Result<std::vector<StoredEntity>> Matching::forJob(const QString& jobId) const
{
    return m_applications.forJob(jobId);
}

} // namespace lingong
