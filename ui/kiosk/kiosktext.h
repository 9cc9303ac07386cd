#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QFontMetrics>
#include <QJsonObject>
#include <QString>

namespace lingong {

// Words the kiosk shows for stored codes (pay units, settlement, employment form) and the short
// forms of pay and dates that job cards and details share.
class KioskText final
{
    Q_DECLARE_TR_FUNCTIONS(lingong::KioskText)

public:
    static QString payUnit(const QString& unit);      // "yuan/day"
    static QString payUnitShort(const QString& unit); // "by the day" (a filter chip)
    static QString settlement(const QString& settlement);
    // The same in a word or two, after a question ("When paid: daily").
    static QString settlementShort(const QString& settlement);
    static QString form(const QString& form);
    // What the kind of work means, in plain words ("paid by the hour, up to 4 hours a day"), for
    // people who do not know the legal terms; empty for an unknown kind.
    static QString formMeaning(const QString& form);
    // When a settlement pays out, in plain words ("paid once a week").
    static QString settlementMeaning(const QString& settlement);
    // How a pay unit counts the pay, in plain words ("by the hours worked").
    static QString payUnitMeaning(const QString& unit);
    // How long the work of a kind lasts, in a few words for a choice ("a few days to a few
    // months").
    static QString formLength(const QString& form);
    // "180–220 yuan/day" from a job's data.
    static QString pay(const QJsonObject& job);
    // Pay by the hour for the hours a day the posting names: what a day comes to ("4 hours a day:
    // about 144–148 yuan a day"); a month's pay over the law's 21.75 paid days a month (月计薪天数)
    // ("about 206 yuan a day, …"), as the order by pay counts it; never rounded up; empty for
    // other pay, or an hourly rate without its hours.
    static QString payPerDay(const QJsonObject& job);
    // The same in a few words, for a job card: "about 144–148 yuan a day".
    static QString payPerDayShort(const QJsonObject& job);
    // pay(), with payPerDay() after it in brackets when there is one.
    static QString payWithDay(const QJsonObject& job);
    // A date in words; with its year when not of `today`'s.
    static QString date(const QDate& date, const QDate& today);
    static QString dateText(const QString& isoDate, const QDate& today);
    // When a job starts, as a card says it: "starts today", "starts tomorrow", "started 1 Dec"
    // (and still takes people), else "starts 9 Dec".
    static QString starts(const QString& isoDate, const QDate& today);
    // A job card's line under the title: "Qingxiu · 3 workers · starts today".
    static QString jobLine(const QJsonObject& job, const QString& hallDistrict, const QDate& today);
    static QString availability(const QString& key);
    // "青秀区" for "南宁市青秀区" ("Qingxiu" in English): the city is left out where it is the
    // hall's own (Places::shortName).
    static QString shortDistrict(const QString& district, const QString& hallDistrict);
    // Districts in the order a person here looks for them: the hall's own first, then the city
    // districts before the counties further out (Places::near), then any other in the order
    // given.
    static QStringList nearFirst(const QStringList& districts, const QString& hallDistrict);
    // Text that wraps only at its " · " separators: within each part, word joiners (U+2060)
    // between the characters and no-break spaces keep a line break out ("服务热线" never ends up
    // as "服务" above "热线"). plain() takes the joiners out again.
    static QString wrapAtSeparators(const QString& text);
    static QString plain(QString text);
    // Each line of `text` broken at spaces (between words) so that no line is wider than
    // `width` in `metrics`: for a button, which does not wrap by itself. A single word wider
    // than `width` stays whole.
    static QString wrapWords(const QString& text, const QFontMetrics& metrics, int width);
    // What is wrong with a mobile number typed on a kiosk keypad, in plain words (how many
    // digits are missing, or that one is wrong), or empty when it is a valid number.
    static QString mobileProblem(const QString& typed);
    // A kiosk's words when something could not be stored for a reason the person cannot put
    // right (the store): try again, or go to the window.
    static QString notSavedNow();
};

} // namespace lingong
