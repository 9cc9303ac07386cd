#include "validation.h"

#include "places.h"

#include <QCoreApplication>

#include <array>

namespace lingong::validation {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("lingong::validation", text);
}

Error invalid(const QString& field, const QString& message)
{
    return makeError(QStringLiteral("invalid"), message, field);
}

bool allDigits(QStringView s)
{
    for (const QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return !s.isEmpty();
}

bool knownProvince(int code)
{
    static constexpr std::array<int, 34> provinces{11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34,
                                                   35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
                                                   53, 54, 61, 62, 63, 64, 65, 71, 81, 82};
    for (const int p : provinces)
        if (p == code)
            return true;
    return false;
}

QChar idCheckChar(QStringView first17)
{
    static constexpr std::array<int, 17> weights{7, 9, 10, 5,  8, 4, 2, 1, 6,
                                                 3, 7, 9,  10, 5, 8, 4, 2};
    static const char* const checks = "10X98765432";
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17[i].unicode() - '0') * weights[size_t(i)];
    return QLatin1Char(checks[sum % 11]);
}

QString stripSeparators(const QString& input)
{
    QString out;
    out.reserve(input.size());
    for (const QChar c : input) {
        if (c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('(') || c == QLatin1Char(')'))
            continue;
        out.append(c);
    }
    return out;
}

} // namespace

Result<IdNumberInfo> checkIdNumber(const QString& input, const QDate& today)
{
    const QString field = QStringLiteral("id_number");
    QString id = input.trimmed().toUpper();
    if (id.isEmpty())
        return invalid(field, tr("ID number is required."));

    IdNumberInfo info;
    if (id.size() == 15) {
        if (!allDigits(id))
            return invalid(field, tr("ID number: a 15-digit number may contain digits only."));
        // Old numbers carry a two-digit year of the 1900s.
        QString upgraded = id.left(6) + QStringLiteral("19") + id.mid(6);
        upgraded.append(idCheckChar(upgraded));
        id = upgraded;
        info.upgradedFrom15 = true;
    }
    if (id.size() != 18)
        return invalid(field, tr("ID number must have 18 characters."));
    if (!allDigits(QStringView(id).left(17)))
        return invalid(field, tr("ID number: the first 17 characters must be digits."));
    const QChar last = id.at(17);
    if (!(last.isDigit() || last == QLatin1Char('X')))
        return invalid(field, tr("ID number: the last character must be a digit or X."));

    const int province = QStringView(id).left(2).toInt();
    if (!knownProvince(province) || QStringView(id).mid(2, 4).toInt() == 0)
        return invalid(field, tr("ID number: the area code is not valid."));

    const QDate birth = QDate::fromString(id.mid(6, 8), QStringLiteral("yyyyMMdd"));
    if (!birth.isValid() || birth.year() < 1900)
        return invalid(field, tr("ID number: the birth date is not a real date."));
    if (today.isValid() && birth > today)
        return invalid(field, tr("ID number: the birth date is in the future."));

    if (idCheckChar(QStringView(id).left(17)) != last)
        return invalid(
            field, tr("ID number: the check character does not match; please check every digit."));

    info.normalised = id;
    info.birthDate = birth;
    info.areaCode = id.left(6);
    info.gender =
        (id.at(16).unicode() - '0') % 2 == 1 ? QStringLiteral("male") : QStringLiteral("female");
    return info;
}

int ageOn(const QDate& birth, const QDate& today)
{
    int age = today.year() - birth.year();
    if (today.month() < birth.month() ||
        (today.month() == birth.month() && today.day() < birth.day()))
        --age;
    return age;
}

bool isOlderWorker(const IdNumberInfo& id, const QDate& today)
{
    if (!id.birthDate.isValid() || !today.isValid())
        return false;
    const int from =
        id.gender == QLatin1String("female") ? kOlderWorkerAgeWomen : kOlderWorkerAgeMen;
    return ageOn(id.birthDate, today) >= from;
}

Result<IdNumberInfo> checkWorkingAgeId(const QString& input, const QDate& today)
{
    auto id = checkIdNumber(input, today);
    if (id.ok() && today.isValid() && ageOn(id.value().birthDate, today) < kMinimumWorkingAge)
        return invalid(QStringLiteral("id_number"),
                       tr("ID number: this person is under %1. Children may not be registered "
                          "for work.")
                           .arg(kMinimumWorkingAge));
    // A check character only proves the number was typed as issued, not that the birth date was
    // read right: nobody over this age comes to register for work.
    if (id.ok() && today.isValid() && ageOn(id.value().birthDate, today) > kOldestPlausibleAge)
        return invalid(QStringLiteral("id_number"),
                       tr("ID number: it gives a birth date of %1, over %2 years ago. Check the "
                          "number on the ID card.")
                           .arg(id.value().birthDate.toString(Qt::ISODate))
                           .arg(kOldestPlausibleAge));
    return id;
}

Result<QString> checkMobile(const QString& input)
{
    const QString field = QStringLiteral("phone");
    QString s = stripSeparators(input.trimmed());
    if (s.isEmpty())
        return invalid(field, tr("Mobile number is required."));
    if (s.startsWith(QLatin1String("+86")))
        s = s.mid(3);
    else if (s.startsWith(QLatin1String("0086")))
        s = s.mid(4);
    else if (s.size() == 13 && s.startsWith(QLatin1String("86")))
        s = s.mid(2);
    if (s.size() != 11 || !allDigits(s) || s.at(0) != QLatin1Char('1') ||
        s.at(1) < QLatin1Char('3'))
        return invalid(field, tr("Mobile number must have 11 digits starting with 13 to 19."));
    return s;
}

Result<QString> checkContactPhone(const QString& input)
{
    const QString field = QStringLiteral("contact_phone");
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return invalid(field, tr("Contact phone is required."));
    if (auto mobile = checkMobile(trimmed); mobile.ok())
        return mobile.value();

    // Landline: area code 0 + 2..3 digits, local number 7..8 digits, optional extension.
    QString s = trimmed;
    if (s.startsWith(QLatin1String("+86"))) {
        s = s.mid(3).trimmed();
        if (!s.startsWith(QLatin1Char('0')))
            s.prepend(QLatin1Char('0'));
    }
    QString area;
    QString local;
    const qsizetype dash = s.indexOf(QLatin1Char('-'));
    if (s.startsWith(QLatin1Char('('))) {
        const qsizetype close = s.indexOf(QLatin1Char(')'));
        if (close > 0) {
            area = s.mid(1, close - 1);
            local = stripSeparators(s.mid(close + 1));
        }
    } else if (dash > 0) {
        area = s.left(dash).trimmed();
        local = stripSeparators(s.mid(dash + 1));
    } else {
        const QString digits = stripSeparators(s);
        // Without a separator: area codes of 3 digits (010, 020-029) or 4 digits (0771).
        if (digits.startsWith(QLatin1String("01")) || digits.startsWith(QLatin1String("02"))) {
            area = digits.left(3);
            local = digits.mid(3);
        } else {
            area = digits.left(4);
            local = digits.mid(4);
        }
    }
    const bool areaOk = allDigits(area) && area.startsWith(QLatin1Char('0')) && area.size() >= 3 &&
                        area.size() <= 4 && area.at(1) != QLatin1Char('0');
    const bool localOk = allDigits(local) && local.size() >= 7 && local.size() <= 8 &&
                         local.at(0) != QLatin1Char('0') && local.at(0) != QLatin1Char('1');
    if (!areaOk || !localOk)
        return invalid(field,
                       tr("Contact phone must be a mobile number or a landline with area code, "
                          "e.g. 0771-5551234."));
    return area + QLatin1Char('-') + local;
}

Result<QString> checkDistrict(const QString& input, const QString& field)
{
    const QString d = input.trimmed();
    // One place, one spelling: by its name now, with its city (also chosen in English).
    if (Places::guangxi().knows(d))
        return Places::guangxi().canonical(d);
    static const QString ends = QStringLiteral("区县市旗");
    if (d.size() < 2 || !ends.contains(d.back()))
        return invalid(field, tr("District: \"%1\" is not a whole district or county name. Choose "
                                 "one from the list, or write it in full, e.g. 南宁市青秀区.")
                                  .arg(d));
    return d;
}

Result<QString> checkCreditCode(const QString& input)
{
    const QString field = QStringLiteral("credit_code");
    const QString code = stripSeparators(input.trimmed()).toUpper();
    if (code.isEmpty())
        return invalid(field, tr("Unified social credit code is required."));
    static const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    static constexpr std::array<int, 17> weights{1,  3,  9,  27, 19, 26, 16, 17, 20,
                                                 29, 25, 13, 8,  24, 10, 30, 28};
    if (code.size() != 18)
        return invalid(field, tr("Unified social credit code must have 18 characters."));
    int sum = 0;
    for (int i = 0; i < 18; ++i) {
        const qsizetype v = alphabet.indexOf(code.at(i));
        if (v < 0)
            return invalid(
                field, tr("Unified social credit code contains a character that is not allowed."));
        if (i < 17)
            sum += int(v) * weights[size_t(i)];
    }
    // Registration authority code and organisation type: digits 1-9 / A,N,Y.
    if (!allDigits(QStringView(code).mid(2, 6)))
        return invalid(field, tr("Unified social credit code: the area code is not valid."));
    const int check = (31 - sum % 31) % 31;
    if (alphabet.at(check) != code.at(17))
        return invalid(
            field,
            tr("Unified social credit code: the check character does not match; please check "
               "every character against the business licence."));
    return code;
}

} // namespace lingong::validation
