#include "jobvalidation.h"

#include "discrimination.h"
#include "validation.h"

#include <QCoreApplication>
#include <QStringList>

namespace lingong {

namespace {

QString translated(const char* text)
{
    return QCoreApplication::translate("lingong::JobValidation", text);
}

QString fieldLabel(const QString& field)
{
    static const std::pair<const char*, const char*> labels[] = {
        {"title", QT_TRANSLATE_NOOP("lingong::JobValidation", "Job title")},
        {"occupation", QT_TRANSLATE_NOOP("lingong::JobValidation", "Trade")},
        {"industry", QT_TRANSLATE_NOOP("lingong::JobValidation", "Industry")},
        {"skills", QT_TRANSLATE_NOOP("lingong::JobValidation", "Skills required")},
        {"location", QT_TRANSLATE_NOOP("lingong::JobValidation", "Work location")},
        {"location.district", QT_TRANSLATE_NOOP("lingong::JobValidation", "District")},
        {"location.address", QT_TRANSLATE_NOOP("lingong::JobValidation", "Street and number")},
        {"work_hours", QT_TRANSLATE_NOOP("lingong::JobValidation", "Working hours")},
        {"pay", QT_TRANSLATE_NOOP("lingong::JobValidation", "Pay")},
        {"pay.min", QT_TRANSLATE_NOOP("lingong::JobValidation", "Pay from")},
        {"pay.max", QT_TRANSLATE_NOOP("lingong::JobValidation", "Pay to")},
        {"pay.unit", QT_TRANSLATE_NOOP("lingong::JobValidation", "Pay unit")},
        {"settlement", QT_TRANSLATE_NOOP("lingong::JobValidation", "Settlement")},
        {"form", QT_TRANSLATE_NOOP("lingong::JobValidation", "Employment form")},
        {"headcount", QT_TRANSLATE_NOOP("lingong::JobValidation", "Headcount")},
        {"start_date", QT_TRANSLATE_NOOP("lingong::JobValidation", "Start date")},
        {"valid_until", QT_TRANSLATE_NOOP("lingong::JobValidation", "Valid until")},
        {"employer_id", QT_TRANSLATE_NOOP("lingong::JobValidation", "Employer")},
        {"contact", QT_TRANSLATE_NOOP("lingong::JobValidation", "Contact")},
        {"contact.name", QT_TRANSLATE_NOOP("lingong::JobValidation", "Contact name")},
        {"contact.phone", QT_TRANSLATE_NOOP("lingong::JobValidation", "Contact phone")},
        {"public_welfare", QT_TRANSLATE_NOOP("lingong::JobValidation", "Public-welfare post")},
        {"status", QT_TRANSLATE_NOOP("lingong::JobValidation", "Status")},
        {"description", QT_TRANSLATE_NOOP("lingong::JobValidation", "Description")},
    };
    for (const auto& [key, label] : labels)
        if (field == QLatin1String(key))
            return translated(label);
    return field;
}

Error refuse(const QString& field, const char* messageWithField, const QString& detail = {})
{
    return makeError(QStringLiteral("invalid"), translated(messageWithField).arg(fieldLabel(field)),
                     field, detail);
}

bool oneOf(const QString& value, std::initializer_list<const char*> allowed)
{
    for (const char* a : allowed)
        if (value == QLatin1String(a))
            return true;
    return false;
}

QDate parseDate(const QJsonValue& v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

} // namespace

std::vector<Error> jobProblems(const QJsonObject& job, const QDate& today,
                               const QStringList* occupations, const QStringList* industries)
{
    std::vector<Error> out;
    const auto add = [&out](const QString& field, const char* messageWithField) {
        out.push_back(refuse(field, messageWithField));
    };
    // Text fields that must be present and not empty.
    const char* const required[] = {"title", "occupation", "skills", "industry", "work_hours"};
    for (const char* key : required) {
        const QString name = QString::fromLatin1(key);
        const QJsonValue v = job.value(name);
        if (!v.isString() || v.toString().trimmed().isEmpty())
            add(name, QT_TRANSLATE_NOOP("lingong::JobValidation", "Please fill in: %1."));
    }
    const auto filled = [&job](const char* key) {
        return !job.value(QLatin1String(key)).toString().trimmed().isEmpty();
    };
    if (occupations && filled("occupation") &&
        !occupations->contains(job.value(QLatin1String("occupation")).toString()))
        add(QStringLiteral("occupation"),
            QT_TRANSLATE_NOOP("lingong::JobValidation", "%1 is not on the trade list."));
    if (industries && filled("industry") &&
        !industries->contains(job.value(QLatin1String("industry")).toString()))
        add(QStringLiteral("industry"),
            QT_TRANSLATE_NOOP("lingong::JobValidation", "%1 is not on the industry list."));
    // Text fields that must be present (may be empty).
    // (No employer is an individual hiring at the window: the posting waits for review.)
    const char* const present[] = {"description", "employer_id"};
    for (const char* key : present) {
        const QString name = QString::fromLatin1(key);
        if (!job.value(name).isString())
            add(name, QT_TRANSLATE_NOOP("lingong::JobValidation", "%1 is missing."));
    }
    if (job.value(QLatin1String("title")).toString().trimmed().size() > 60)
        add(QStringLiteral("title"),
            QT_TRANSLATE_NOOP("lingong::JobValidation", "%1 is too long (60 characters at most)."));

    const QJsonValue location = job.value(QLatin1String("location"));
    if (!location.isObject()) {
        add(QStringLiteral("location"),
            QT_TRANSLATE_NOOP("lingong::JobValidation", "Please fill in: %1."));
    } else {
        for (const char* key : {"district", "address"}) {
            const QJsonValue v = location.toObject().value(QLatin1String(key));
            if (!v.isString() || v.toString().trimmed().isEmpty())
                add(QStringLiteral("location.") + QLatin1String(key),
                    QT_TRANSLATE_NOOP("lingong::JobValidation", "Please fill in: %1."));
        }
    }

    const QJsonValue payValue = job.value(QLatin1String("pay"));
    if (!payValue.isObject()) {
        add(QStringLiteral("pay"),
            QT_TRANSLATE_NOOP("lingong::JobValidation", "Please fill in: %1."));
    } else {
        const QJsonObject pay = payValue.toObject();
        bool amounts = true;
        for (const char* key : {"min", "max"}) {
            const QJsonValue v = pay.value(QLatin1String(key));
            const QString field = QStringLiteral("pay.") + QLatin1String(key);
            if (!v.isDouble()) {
                add(field, QT_TRANSLATE_NOOP("lingong::JobValidation", "Please fill in: %1."));
                amounts = false;
            } else if (!(v.toDouble() > 0) || v.toDouble() > 1e7) {
                add(field,
                    QT_TRANSLATE_NOOP("lingong::JobValidation", "%1 must be a positive amount."));
                amounts = false;
            }
        }
        if (amounts &&
            pay.value(QLatin1String("min")).toDouble() > pay.value(QLatin1String("max")).toDouble())
            add(QStringLiteral("pay.min"),
                QT_TRANSLATE_NOOP("lingong::JobValidation",
                                  "%1 must not be higher than the maximum pay."));
        if (!oneOf(pay.value(QLatin1String("unit")).toString(),
                   {"hour", "day", "piece", "month", "project"}))
            add(QStringLiteral("pay.unit"),
                QT_TRANSLATE_NOOP("lingong::JobValidation", "%1 is not a known choice."));
    }

    if (!oneOf(job.value(QLatin1String("settlement")).toString(),
               {"daily", "weekly", "monthly", "on_completion"}))
        add(QStringLiteral("settlement"),
            QT_TRANSLATE_NOOP("lingong::JobValidation", "%1 is not a known choice."));
    if (!oneOf(job.value(QLatin1String("form")).toString(), {"part_time", "temporary", "seasonal"}))
        add(QStringLiteral("form"),
            QT_TRANSLATE_NOOP("lingong::JobValidation", "%1 is not a known choice."));
    const QString status = job.value(QLatin1String("status")).toString();
    if (!oneOf(status, {"pending_review", "published", "filled", "withdrawn", "expired"}))
        add(QStringLiteral("status"),
            QT_TRANSLATE_NOOP("lingong::JobValidation", "%1 is not a known choice."));

    const QJsonValue headcount = job.value(QLatin1String("headcount"));
    const double hc = headcount.toDouble();
    if (!headcount.isDouble() || hc < 1 || hc > 10000 || hc != double(qint64(hc)))
        add(QStringLiteral("headcount"),
            QT_TRANSLATE_NOOP("lingong::JobValidation",
                              "%1 must be a whole number from 1 to 10000."));

    const QDate start = parseDate(job.value(QLatin1String("start_date")));
    if (!start.isValid())
        add(QStringLiteral("start_date"),
            QT_TRANSLATE_NOOP("lingong::JobValidation", "%1 must be a real date (YYYY-MM-DD)."));
    const QDate until = parseDate(job.value(QLatin1String("valid_until")));
    if (!until.isValid())
        add(QStringLiteral("valid_until"),
            QT_TRANSLATE_NOOP("lingong::JobValidation", "%1 must be a real date (YYYY-MM-DD)."));
    else if (start.isValid() && until < start)
        add(QStringLiteral("valid_until"),
            QT_TRANSLATE_NOOP("lingong::JobValidation", "%1 must not be before the start date."));
    else if (status == QLatin1String("pending_review") && today.isValid() && until < today)
        add(QStringLiteral("valid_until"),
            QT_TRANSLATE_NOOP("lingong::JobValidation", "%1 is already in the past."));

    const QJsonValue contactValue = job.value(QLatin1String("contact"));
    if (!contactValue.isObject()) {
        add(QStringLiteral("contact"),
            QT_TRANSLATE_NOOP("lingong::JobValidation", "Please fill in: %1."));
    } else {
        const QJsonObject contact = contactValue.toObject();
        if (contact.value(QLatin1String("name")).toString().trimmed().isEmpty())
            add(QStringLiteral("contact.name"),
                QT_TRANSLATE_NOOP("lingong::JobValidation", "Please fill in: %1."));
        if (const auto phone =
                validation::checkContactPhone(contact.value(QLatin1String("phone")).toString());
            !phone.ok())
            add(QStringLiteral("contact.phone"),
                QT_TRANSLATE_NOOP("lingong::JobValidation",
                                  "%1 must be a mobile number or a landline with area code."));
    }

    if (!job.value(QLatin1String("public_welfare")).isBool())
        add(QStringLiteral("public_welfare"),
            QT_TRANSLATE_NOOP("lingong::JobValidation", "%1 must be yes or no."));

    // J2: discriminatory requirements.
    for (const char* key : {"title", "skills", "description", "work_hours"}) {
        const QString field = QString::fromLatin1(key);
        if (const auto finding = DiscriminationChecker::active().find(job.value(field).toString()))
            out.push_back(
                makeError(QStringLiteral("invalid"),
                          QCoreApplication::translate(
                              "lingong::JobValidation",
                              "%1 contains a discriminatory requirement: \"%2\". Please remove it.")
                              .arg(fieldLabel(field), finding->phrase),
                          field, finding->phrase));
    }
    return out;
}

Status validateJob(const QJsonObject& job, const QDate& today, const QStringList* occupations,
                   const QStringList* industries)
{
    std::vector<Error> problems = jobProblems(job, today, occupations, industries);
    if (problems.empty())
        return {};
    return std::move(problems.front());
}

std::vector<std::pair<QString, QString>> missingJobFields(const QJsonObject& job)
{
    std::vector<std::pair<QString, QString>> out;
    for (const char* key :
         {"title", "occupation", "industry", "skills", "location.district", "location.address",
          "work_hours", "pay.min", "pay.max", "contact.name", "contact.phone"}) {
        const QString field = QString::fromLatin1(key);
        const qsizetype dot = field.indexOf(QLatin1Char('.'));
        const QJsonValue v = dot < 0
                                 ? job.value(field)
                                 : job.value(field.left(dot)).toObject().value(field.mid(dot + 1));
        const bool empty =
            v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty());
        if (empty)
            out.emplace_back(field, fieldLabel(field));
    }
    return out;
}

} // namespace lingong
