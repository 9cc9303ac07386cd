#include "catchqt.h"
#include "validation.h"

#include <catch2/catch.hpp>

using namespace lingong;
using namespace lingong::validation;

namespace {
const QDate kToday(2026, 11, 22);

// The first 17 characters of an ID number with the check character (MOD 11-2) appended.
QString withCheck(const QString& first17)
{
    static const int w[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17.at(i).unicode() - '0') * w[i];
    return first17 + QLatin1Char("10X98765432"[sum % 11]);
}
} // namespace

TEST_CASE("A valid ID number is accepted and decoded", "[validation]")
{
    const auto r = checkIdNumber(QStringLiteral("450102199003071238"), kToday);
    REQUIRE(r.ok());
    CHECK(r->normalised == QStringLiteral("450102199003071238"));
    CHECK(r->birthDate == QDate(1990, 3, 7));
    CHECK(r->gender == QStringLiteral("male"));
    CHECK(r->areaCode == QStringLiteral("450102"));
    CHECK_FALSE(r->upgradedFrom15);
}

TEST_CASE("ID check character X is accepted upper or lower case", "[validation]")
{
    const auto upper = checkIdNumber(QStringLiteral("11010519491231002X"), kToday);
    const auto lower = checkIdNumber(QStringLiteral(" 11010519491231002x "), kToday);
    REQUIRE(upper.ok());
    REQUIRE(lower.ok());
    CHECK(lower->normalised == QStringLiteral("11010519491231002X"));
    CHECK(upper->gender == QStringLiteral("female"));
}

TEST_CASE("Every single-digit change of a valid ID number is refused", "[validation]")
{
    const QString valid = QStringLiteral("450102199003071238");
    REQUIRE(checkIdNumber(valid, kToday).ok());
    int variants = 0;
    for (int pos = 0; pos < valid.size(); ++pos) {
        const QString alphabet =
            pos == 17 ? QStringLiteral("0123456789X") : QStringLiteral("0123456789");
        for (const QChar c : alphabet) {
            if (c == valid.at(pos))
                continue;
            QString variant = valid;
            variant[pos] = c;
            INFO(variant.toStdString());
            const auto r = checkIdNumber(variant, kToday);
            CHECK_FALSE(r.ok());
            if (!r.ok()) {
                CHECK(r.error().code == QStringLiteral("invalid"));
                CHECK(r.error().field == QStringLiteral("id_number"));
                CHECK_FALSE(r.error().message.isEmpty());
            }
            ++variants;
        }
    }
    CHECK(variants == 17 * 9 + 10);
}

TEST_CASE("Old 15-digit ID numbers are upgraded", "[validation]")
{
    const auto r = checkIdNumber(QStringLiteral("450102800101123"), kToday);
    REQUIRE(r.ok());
    CHECK(r->upgradedFrom15);
    CHECK(r->normalised == QStringLiteral("450102198001011237"));
    CHECK(r->birthDate == QDate(1980, 1, 1));
    CHECK(r->gender == QStringLiteral("male"));
    CHECK_FALSE(checkIdNumber(QStringLiteral("450102801301123"), kToday).ok()); // month 13
    CHECK_FALSE(checkIdNumber(QStringLiteral("45010280010112X"), kToday).ok());
}

TEST_CASE(
    "ID numbers with impossible dates, future births, bad area codes or wrong length are refused",
    "[validation]")
{
    CHECK(checkIdNumber(withCheck(QStringLiteral("45010220000229123")), kToday).ok()); // leap day
    CHECK_FALSE(checkIdNumber(withCheck(QStringLiteral("45010219990229123")), kToday).ok());
    CHECK_FALSE(checkIdNumber(withCheck(QStringLiteral("45010219900431123")), kToday).ok());
    const auto future = checkIdNumber(withCheck(QStringLiteral("45010220261123123")), kToday);
    REQUIRE_FALSE(future.ok());
    CHECK(future.error().field == QStringLiteral("id_number"));
    CHECK(checkIdNumber(withCheck(QStringLiteral("45010220261122123")), kToday).ok()); // born today
    CHECK_FALSE(checkIdNumber(withCheck(QStringLiteral("99010219900307123")), kToday).ok());
    CHECK_FALSE(checkIdNumber(withCheck(QStringLiteral("00010219900307123")), kToday).ok());
    CHECK_FALSE(checkIdNumber(withCheck(QStringLiteral("45000019900307123")), kToday).ok());
    CHECK_FALSE(checkIdNumber(QStringLiteral("45010219900307123"), kToday).ok());
    CHECK_FALSE(checkIdNumber(QStringLiteral("4501021990030712388"), kToday).ok());
    CHECK_FALSE(checkIdNumber(QStringLiteral("45010219900307A238"), kToday).ok());
    CHECK_FALSE(checkIdNumber(QString(), kToday).ok());
}

TEST_CASE("Nobody under 16 is registered for work, the day of the 16th birthday is enough",
          "[validation]")
{
    CHECK(ageOn(QDate(2010, 11, 22), kToday) == 16);
    CHECK(ageOn(QDate(2010, 11, 23), kToday) == 15);
    CHECK(ageOn(QDate(2010, 12, 1), kToday) == 15);
    CHECK(ageOn(QDate(2008, 2, 29), QDate(2024, 2, 28)) == 15);
    CHECK(ageOn(QDate(2008, 2, 29), QDate(2024, 2, 29)) == 16);

    CHECK(checkWorkingAgeId(withCheck(QStringLiteral("45010220101122123")), kToday).ok());
    const auto child = checkWorkingAgeId(withCheck(QStringLiteral("45010220101123123")), kToday);
    REQUIRE_FALSE(child.ok());
    CHECK(child.error().field == QStringLiteral("id_number"));
    CHECK(child.error().message.contains(QStringLiteral("under 16")));
    // The number itself is fine; only registering for work is refused.
    CHECK(checkIdNumber(withCheck(QStringLiteral("45010220150101123")), kToday).ok());
    CHECK_FALSE(checkWorkingAgeId(withCheck(QStringLiteral("45010220150101123")), kToday).ok());
    // A wrong number is still refused for what is wrong with it.
    CHECK(checkWorkingAgeId(QStringLiteral("4501022015"), kToday).error().message ==
          checkIdNumber(QStringLiteral("4501022015"), kToday).error().message);
    // A birth date over a hundred years ago is a misread card: 1900-01-01 with a good check
    // character is a valid number, but nobody of 126 registers for work. A hundred is enough.
    CHECK(checkIdNumber(withCheck(QStringLiteral("45010219000101123")), kToday).ok());
    const auto old = checkWorkingAgeId(withCheck(QStringLiteral("45010219000101123")), kToday);
    REQUIRE_FALSE(old.ok());
    CHECK(old.error().field == QStringLiteral("id_number"));
    CHECK(old.error().message.contains(QStringLiteral("1900-01-01")));
    CHECK(checkWorkingAgeId(withCheck(QStringLiteral("45010219261121123")), kToday).ok());
    CHECK_FALSE(checkWorkingAgeId(withCheck(QStringLiteral("45010219251122123")), kToday).ok());
}

TEST_CASE("Mobile numbers", "[validation]")
{
    CHECK(checkMobile(QStringLiteral("13800000000")).valueOr({}) == QStringLiteral("13800000000"));
    CHECK(checkMobile(QStringLiteral("+86 138 0000 0000")).valueOr({}) ==
          QStringLiteral("13800000000"));
    CHECK(checkMobile(QStringLiteral("+8619912345678")).valueOr({}) ==
          QStringLiteral("19912345678"));
    CHECK(checkMobile(QStringLiteral("8615677123456")).valueOr({}) ==
          QStringLiteral("15677123456"));
    CHECK(checkMobile(QStringLiteral("156-7712-3456")).valueOr({}) ==
          QStringLiteral("15677123456"));
    for (const char* bad : {"12800000000", "1380000000", "138000000001", "23800000000",
                            "1380000000a", "+85 13800000000", "", "10800000000"}) {
        INFO(bad);
        const auto r = checkMobile(QString::fromLatin1(bad));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == QStringLiteral("phone"));
    }
}

TEST_CASE("Contact phones accept mobiles and landlines with area code", "[validation]")
{
    CHECK(checkContactPhone(QStringLiteral("0771-5551234")).valueOr({}) ==
          QStringLiteral("0771-5551234"));
    CHECK(checkContactPhone(QStringLiteral("(0771)5551234")).valueOr({}) ==
          QStringLiteral("0771-5551234"));
    CHECK(checkContactPhone(QStringLiteral("07715551234")).valueOr({}) ==
          QStringLiteral("0771-5551234"));
    CHECK(checkContactPhone(QStringLiteral("010-62345678")).valueOr({}) ==
          QStringLiteral("010-62345678"));
    CHECK(checkContactPhone(QStringLiteral("+86 13800000000")).valueOr({}) ==
          QStringLiteral("13800000000"));
    for (const char* bad :
         {"5551234", "0771-555", "0771-012345678", "abc", "", "0071-5551234", "0771-05551234"}) {
        INFO(bad);
        const auto r = checkContactPhone(QString::fromLatin1(bad));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == QStringLiteral("contact_phone"));
    }
}

TEST_CASE("Unified social credit codes", "[validation]")
{
    CHECK(checkCreditCode(QStringLiteral("91350100M000100Y43")).valueOr({}) ==
          QStringLiteral("91350100M000100Y43"));
    CHECK(checkCreditCode(QStringLiteral("91450100ma5k1234xg")).valueOr({}) ==
          QStringLiteral("91450100MA5K1234XG"));
    CHECK_FALSE(checkCreditCode(QStringLiteral("91350100M000100Y44")).ok());
    CHECK_FALSE(checkCreditCode(QStringLiteral("91350100M000100Y4")).ok());
    CHECK_FALSE(checkCreditCode(QStringLiteral("91350100M0001I0Y43")).ok()); // I is not allowed
    const auto r = checkCreditCode(QString());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == QStringLiteral("credit_code"));
}
