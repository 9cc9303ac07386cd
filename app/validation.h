#pragma once

#include "result.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace lingong::validation {

// Every refusal is an Error with code "invalid", `field` naming the input and a translated
// message that names the field in words a person understands.

struct IdNumberInfo
{
    QString normalised; // 18 characters, check character upper case
    QDate birthDate;
    QString gender;   // "male" | "female"
    QString areaCode; // first 6 digits
    bool upgradedFrom15 = false;
};

// Resident ID number (GB 11643-1999); 15-digit numbers are upgraded to 18. `today` bounds the
// birth date.
Result<IdNumberInfo> checkIdNumber(const QString& input, const QDate& today);

// Nobody under 16 may be hired (Labour Law art. 15), so nobody younger is registered for work.
inline constexpr int kMinimumWorkingAge = 16;
// A birth date giving more years than this is a misread number, not a person seeking work.
inline constexpr int kOldestPlausibleAge = 100;
// Whole years between `birth` and `today`.
int ageOn(const QDate& birth, const QDate& today);
// 大龄 (S4): the ages from which a job seeker counts as an older worker in difficulty, as in the
// definition of 就业困难人员 (women from 40, men from 50).
inline constexpr int kOlderWorkerAgeWomen = 40;
inline constexpr int kOlderWorkerAgeMen = 50;
// Whether the holder of this ID number is an older worker on `today`.
bool isOlderWorker(const IdNumberInfo& id, const QDate& today);
// A valid ID number whose holder is old enough to register for work, and not implausibly old.
Result<IdNumberInfo> checkWorkingAgeId(const QString& input, const QDate& today);

// Mobile: 11 digits starting 1[3-9], optional +86 / 86 prefix, spaces and dashes ignored.
// Returns the 11 digits.
Result<QString> checkMobile(const QString& input);

// Mobile or landline with area code (e.g. 0771-5551234), for employers. Returns it normalised.
Result<QString> checkContactPhone(const QString& input);

// Unified social credit code (GB 32100-2015) with its check character. Returns it upper case.
Result<QString> checkCreditCode(const QString& input);

// A county-level place written in full: one the list of places knows (Places::knows; also as
// it reads in English), returned as the list stores it (南宁市横县 → 南宁市横州市, 藤县 →
// 梧州市藤县); any other of at least two characters ending in 区, 县, 市 or 旗, returned trimmed.
// A fragment (青秀) or a stray letter would match no seeker's wish and count under a district of
// its own. `field` names the field in the refusal.
Result<QString> checkDistrict(const QString& input, const QString& field);

} // namespace lingong::validation
