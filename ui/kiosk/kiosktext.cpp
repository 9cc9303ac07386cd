#include "kiosktext.h"

#include "payunit.h"

#include "entityspec.h"
#include "matching.h"
#include "places.h"
#include "validation.h"

namespace lingong {

QString KioskText::payUnit(const QString& unit)
{
    if (unit == QLatin1String("hour"))
        return tr("yuan/hour");
    if (unit == QLatin1String("day"))
        return tr("yuan/day");
    if (unit == QLatin1String("piece"))
        return tr("yuan/piece");
    if (unit == QLatin1String("month"))
        return tr("yuan/month");
    if (unit == QLatin1String("project"))
        return tr("yuan/job");
    return tr("yuan");
}

QString KioskText::payUnitShort(const QString& unit)
{
    if (unit == QLatin1String("hour"))
        return tr("By the hour");
    if (unit == QLatin1String("day"))
        return tr("By the day");
    if (unit == QLatin1String("piece"))
        return tr("By the piece");
    if (unit == QLatin1String("month"))
        return tr("By the month");
    if (unit == QLatin1String("project"))
        return tr("By the job");
    return unit;
}

QString KioskText::settlement(const QString& s)
{
    if (s == QLatin1String("daily"))
        return tr("Paid daily");
    if (s == QLatin1String("weekly"))
        return tr("Paid weekly");
    if (s == QLatin1String("monthly"))
        return tr("Paid monthly");
    if (s == QLatin1String("on_completion"))
        return tr("Paid on completion");
    return s;
}

QString KioskText::settlementShort(const QString& s)
{
    if (s == QLatin1String("daily"))
        return tr("daily", "paid");
    if (s == QLatin1String("weekly"))
        return tr("weekly", "paid");
    if (s == QLatin1String("monthly"))
        return tr("monthly", "paid");
    if (s == QLatin1String("on_completion"))
        return tr("on completion", "paid");
    return s;
}

QString KioskText::settlementMeaning(const QString& s)
{
    // When the money is handed over, not how it is counted (怎么算钱): 按天 pay may be settled
    // at the end of the job, and piece-work every day.
    if (s == QLatin1String("daily"))
        return tr("the money for each day is paid the same day");
    if (s == QLatin1String("weekly"))
        return tr("paid once a week");
    if (s == QLatin1String("monthly"))
        return tr("paid once a month");
    if (s == QLatin1String("on_completion"))
        return tr("paid all at once when the work is finished");
    return {};
}

QString KioskText::payUnitMeaning(const QString& unit)
{
    if (unit == QLatin1String("hour"))
        return tr("by the hours worked");
    if (unit == QLatin1String("day"))
        return tr("a set amount for each day worked");
    if (unit == QLatin1String("piece"))
        return tr("by how much is done, such as boxes carried");
    if (unit == QLatin1String("month"))
        return tr("a set amount for each month");
    if (unit == QLatin1String("project"))
        return tr("one price for the whole job");
    return {};
}

QString KioskText::form(const QString& f)
{
    if (f == QLatin1String("part_time"))
        return tr("Part-time");
    if (f == QLatin1String("temporary"))
        return tr("Temporary");
    if (f == QLatin1String("seasonal"))
        return tr("Seasonal");
    return f;
}

QString KioskText::formLength(const QString& f)
{
    if (f == QLatin1String("part_time"))
        return tr("a few hours a day");
    if (f == QLatin1String("temporary"))
        return tr("a few days to a few months");
    if (f == QLatin1String("seasonal"))
        return tr("one season, such as a harvest");
    return {};
}

QString KioskText::formMeaning(const QString& f)
{
    // 非全日制用工 as the Labour Contract Law has it (Art. 68): mainly by the hour, on average no
    // more than four hours a day and 24 a week.
    if (f == QLatin1String("part_time"))
        return tr("paid mostly by the hour, usually no more than 4 hours a day");
    if (f == QLatin1String("temporary"))
        return tr("work for a set time, from a few days to a few months");
    if (f == QLatin1String("seasonal"))
        return tr("work for a season or one stage of a job, such as a harvest");
    return {};
}

QString KioskText::pay(const QJsonObject& job)
{
    const double lo = EntitySpec::jsonAt(job, QStringLiteral("pay.min")).toDouble();
    const double hi = EntitySpec::jsonAt(job, QStringLiteral("pay.max")).toDouble();
    const QString unit = payUnit(EntitySpec::jsonAt(job, QStringLiteral("pay.unit")).toString());
    // As posted, to the fen: 2.25 stays 2.25 (rounding it up would promise more pay).
    auto num = [](double v) { return QString::number(std::round(v * 100) / 100, 'g', 12); };
    if (hi <= 0 && lo <= 0)
        return tr("Pay to be agreed");
    if (hi <= lo || lo <= 0)
        return num(std::max(lo, hi)) + QLatin1Char(' ') + unit;
    return num(lo) + QChar(0x2013) + num(hi) + QLatin1Char(' ') + unit;
}

namespace {

// What pay by the hour comes to in a day of the posting's hours: the hours, and the amount
// ("144–148"); a month's pay over the law's 21.75 paid days a month (hours 0), as the order by
// pay, matching and the statistics count it; nothing for other pay, or an hourly rate without its
// hours.
std::pair<double, QString> dayAmount(const QJsonObject& job)
{
    const QString unit = EntitySpec::jsonAt(job, QStringLiteral("pay.unit")).toString();
    const double hours = Matching::hoursPerDay(job.value(QLatin1String("work_hours")).toString());
    const bool hourly = unit == QLatin1String("hour") && hours > 0;
    if (!hourly && unit != QLatin1String("month"))
        return {0, {}};
    const double lo = EntitySpec::jsonAt(job, QStringLiteral("pay.min")).toDouble();
    const double hi = EntitySpec::jsonAt(job, QStringLiteral("pay.max")).toDouble();
    if (hi <= 0 && lo <= 0)
        return {0, {}};
    // Never rounded up: it would promise more.
    const auto day = [&](double pay) {
        return QString::number(
            std::floor((hourly ? pay * hours : pay / kWorkingDaysPerMonth) + 1e-9));
    };
    // One figure where both ends come to the same day's pay (3000–3010 a month).
    const QString amount = hi <= lo || lo <= 0 || day(lo) == day(hi)
                               ? day(std::max(lo, hi))
                               : day(lo) + QChar(0x2013) + day(hi);
    return {hourly ? hours : 0, amount};
}

} // namespace

QString KioskText::payPerDay(const QJsonObject& job)
{
    const auto [hours, amount] = dayAmount(job);
    if (amount.isEmpty())
        return {};
    if (hours <= 0)
        return tr("about %1 yuan a day, a month's pay over the 21.75 paid days the law counts")
            .arg(amount);
    return tr("%1 hours a day: about %2 yuan a day")
        .arg(QString::number(std::round(hours * 100) / 100, 'g', 6), amount);
}

QString KioskText::payPerDayShort(const QJsonObject& job)
{
    const QString amount = dayAmount(job).second;
    return amount.isEmpty() ? QString() : tr("about %1 yuan a day").arg(amount);
}

QString KioskText::payWithDay(const QJsonObject& job)
{
    const QString perDay = payPerDay(job);
    return perDay.isEmpty() ? pay(job)
                            : tr("%1 (%2)", "pay, then what a day comes to").arg(pay(job), perDay);
}

QString KioskText::date(const QDate& d, const QDate& today)
{
    if (!d.isValid())
        return tr("not given");
    // Day and month in words ("7 Dec", "12月7日"): "12/7" reads either way round. A date of
    // another year says which ("8 Jan 2027", "2027年1月8日"): in December, January is next year.
    if (d.year() != today.year())
        return d.toString(tr("d MMM yyyy", "a date's day, month and year, QDate format"));
    return d.toString(tr("d MMM", "a date's day and month, QDate format"));
}

QString KioskText::dateText(const QString& isoDate, const QDate& today)
{
    return date(QDate::fromString(isoDate, Qt::ISODate), today);
}

QString KioskText::starts(const QString& isoDate, const QDate& today)
{
    const QDate d = QDate::fromString(isoDate, Qt::ISODate);
    if (d.isValid() && d == today)
        return tr("starts today");
    if (d.isValid() && d == today.addDays(1))
        return tr("starts tomorrow");
    if (d.isValid() && d < today)
        return tr("started %1").arg(date(d, today));
    return tr("starts %1").arg(date(d, today));
}

QString KioskText::jobLine(const QJsonObject& job, const QString& hallDistrict, const QDate& today)
{
    return tr("%1 · %n worker(s) · %2", nullptr, job.value(QLatin1String("headcount")).toInt())
        .arg(shortDistrict(EntitySpec::jsonAt(job, QStringLiteral("location.district")).toString(),
                           hallDistrict),
             starts(job.value(QLatin1String("start_date")).toString(), today));
}

QString KioskText::availability(const QString& key)
{
    if (key == QLatin1String("now"))
        return tr("Right away");
    if (key == QLatin1String("this_week"))
        return tr("Within this week");
    if (key == QLatin1String("weekends"))
        return tr("Weekends only");
    if (key == QLatin1String("later"))
        return tr("Later");
    return key;
}

QStringList KioskText::nearFirst(const QStringList& districts, const QString& hallDistrict)
{
    QStringList out;
    if (districts.contains(hallDistrict))
        out << hallDistrict;
    for (const QString& d : Places::guangxi().near(hallDistrict)) {
        if (districts.contains(d) && !out.contains(d))
            out << d;
    }
    for (const QString& d : districts) {
        if (!out.contains(d))
            out << d;
    }
    return out;
}

QString KioskText::shortDistrict(const QString& district, const QString& hallDistrict)
{
    return Places::guangxi().shortName(district, hallDistrict);
}

namespace {
constexpr char16_t kWordJoiner = 0x2060;
const QString kSeparator = QStringLiteral(" · ");
} // namespace

QString KioskText::wrapAtSeparators(const QString& text)
{
    QStringList parts = text.split(kSeparator);
    for (QString& part : parts) {
        QString joined;
        joined.reserve(part.size() * 2);
        for (qsizetype i = 0; i < part.size(); ++i) {
            const QChar c = part.at(i);
            // Between two characters, except inside a surrogate pair.
            if (i > 0 && !c.isLowSurrogate())
                joined.append(QChar(kWordJoiner));
            joined.append(c == u' ' ? QChar(QChar::Nbsp) : c);
        }
        part = joined;
    }
    // The dot stays with the part before it; the line breaks after it.
    return parts.join(QChar(QChar::Nbsp) + kSeparator.mid(1));
}

QString KioskText::plain(QString text)
{
    text.remove(QChar(kWordJoiner));
    text.replace(QChar(QChar::Nbsp), u' ');
    return text;
}

QString KioskText::wrapWords(const QString& text, const QFontMetrics& metrics, int width)
{
    QStringList out;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        QString current;
        for (const QString& word : line.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QString joined = current.isEmpty() ? word : current + QLatin1Char(' ') + word;
            if (!current.isEmpty() && metrics.horizontalAdvance(joined) > width) {
                out << current;
                current = word;
            } else {
                current = joined;
            }
        }
        out << current;
    }
    return out.join(QLatin1Char('\n'));
}

QString KioskText::notSavedNow()
{
    return tr("This could not be saved just now. Your answers are kept: please tap again in a "
              "moment, or ask at the service window.");
}

QString KioskText::mobileProblem(const QString& typed)
{
    if (validation::checkMobile(typed).ok())
        return {};
    if (typed.isEmpty())
        return tr("Please enter your mobile number on the keypad.");
    if (typed.size() < 11)
        return tr("%n more to go: a mobile number has 11 digits.", nullptr, int(11 - typed.size()));
    return tr("A mobile number starts with 13 to 19. Please check the number.");
}

} // namespace lingong
