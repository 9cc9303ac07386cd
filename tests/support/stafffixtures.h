#pragma once

// Hand-made fixtures for the staff window's tests: accounts that need no stored row, a complete
// job posting, employers with valid credit codes and seekers with valid ID numbers.

#include "accounts.h"
#include "employerservice.h"
#include "samples.h"
#include "seekerservice.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>

namespace lingong::test {

inline StaffAccount clerkAccount()
{
    StaffAccount a;
    a.id = 2;
    a.username = QStringLiteral("li");
    a.displayName = QStringLiteral("李小红");
    a.role = QStringLiteral("clerk");
    return a;
}

inline StaffAccount adminAccount()
{
    StaffAccount a;
    a.id = 1;
    a.username = QStringLiteral("admin");
    a.displayName = QStringLiteral("王主任");
    a.role = QStringLiteral("admin");
    return a;
}

// Valid unified social credit codes (GB 32100 check character).
inline QString creditCode(int i)
{
    static const char* const codes[] = {"91450100MA5K3XLP2K", "91450103MA5L0ABC1F",
                                        "92450102MA5N7QW3XC", "52450100MJ2K31234K"};
    return QString::fromLatin1(codes[i % 4]);
}

// Valid resident ID numbers (GB 11643 check character), born 1985, 1970, 1992, 1960, 1985.
inline QString idNumber(int i)
{
    static const char* const ids[] = {"450103198506121235", "450102197003052345",
                                      "450105199208173456", "450122196001014565",
                                      "450103198512125670"};
    return QString::fromLatin1(ids[i % 5]);
}

// A valid resident ID number of someone born on `birth` in 南宁市兴宁区; `serial` is three digits,
// the last odd for a man, even for a woman.
inline QString idNumberBornOn(const QDate& birth, const char* serial)
{
    const QString first17 = QStringLiteral("450102") + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QLatin1String(serial);
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += first17.at(i).digitValue() * weights[i];
    return first17 + QLatin1String("10X98765432").at(sum % 11);
}

inline EmployerForm employerForm(int i, const QString& name)
{
    EmployerForm f;
    f.name = name;
    f.kind = QStringLiteral("enterprise");
    f.creditCode = creditCode(i);
    f.contactName = QStringLiteral("黄先生");
    f.contactPhone = QStringLiteral("0771-5551234");
    f.district = QStringLiteral("南宁市青秀区");
    f.address = QStringLiteral("南宁市青秀区民族大道1号");
    return f;
}

inline SeekerForm seekerForm(int i, const QString& name, const QStringList& occupations = {},
                             const QStringList& difficulties = {})
{
    SeekerForm f;
    f.name = name;
    f.idNumber = idNumber(i);
    f.phone = QStringLiteral("1390771%1").arg(1000 + i, 4, 10, QLatin1Char('0'));
    f.wantedOccupations = occupations;
    f.wantedDistricts = {QStringLiteral("南宁市青秀区")};
    f.expectedPayMin = 150;
    f.difficulties = difficulties;
    f.consent = true;
    return f;
}

// A complete posting (test clock: 2026-11-22) for `employerId`, without a status: the service
// decides it.
inline QJsonObject jobPosting(const QString& employerId,
                              const QString& title = QStringLiteral("小区保洁（日结）"),
                              const QString& occupation = QStringLiteral("家政保洁"))
{
    QJsonObject job = sampleJob();
    job.remove(QStringLiteral("status"));
    job.insert(QStringLiteral("title"), title);
    job.insert(QStringLiteral("occupation"), occupation);
    job.insert(QStringLiteral("headcount"), 2);
    job.insert(QStringLiteral("employer_id"), employerId);
    return job;
}

} // namespace lingong::test
