#include "entityspec.h"

#include "payunit.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>

namespace lingong {

using T = ColumnSpec::Type;

QJsonValue EntitySpec::jsonAt(const QJsonObject& data, const QString& path)
{
    const qsizetype dot = path.indexOf(QLatin1Char('.'));
    if (dot < 0)
        return data.value(path);
    const QStringView view(path);
    return data.value(view.left(dot)).toObject().value(view.mid(dot + 1));
}

void EntitySpec::setJsonAt(QJsonObject& data, const QString& path, const QJsonValue& value)
{
    const qsizetype dot = path.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        data.insert(path, value);
        return;
    }
    const QString head = path.left(dot);
    QJsonObject inner = data.value(head).toObject();
    inner.insert(path.mid(dot + 1), value);
    data.insert(head, inner);
}

QVariant EntitySpec::bindValue(const ColumnSpec& c, const QJsonObject& data,
                               const DeriveContext& ctx) const
{
    if (c.derive)
        return c.derive(data, ctx);
    const QJsonValue v = jsonAt(data, c.jsonPath);
    switch (c.type) {
    case T::Text:
        if (v.isDouble())
            return QString::number(v.toDouble());
        // A missing value binds as '' (never NULL: text columns are NOT NULL DEFAULT '').
        return v.isString() ? v.toString() : QStringLiteral("");
    case T::Int:
        return v.isString() ? v.toString().toLongLong() : qint64(v.toDouble());
    case T::Real:
        return v.isString() ? v.toString().toDouble() : v.toDouble();
    case T::Bool:
        return (v.isBool() ? v.toBool() : v.toInt() != 0) ? 1 : 0;
    case T::Json:
        if (v.isArray())
            return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
        if (v.isObject())
            return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        return QStringLiteral("[]");
    }
    return {};
}

QString keyedHash(const QString& normalisedValue, const QByteArray& key)
{
    if (normalisedValue.isEmpty())
        return {};
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(normalisedValue.toUtf8(), key, QCryptographicHash::Sha256)
            .toHex());
}

namespace {

QVariant jobPayDay(const QJsonObject& d, const DeriveContext&)
{
    const QJsonObject pay = d.value(QLatin1String("pay")).toObject();
    return jobPayPerDay(pay.value(QLatin1String("max")).toDouble(),
                        pay.value(QLatin1String("unit")).toString(),
                        d.value(QLatin1String("work_hours")).toString());
}

QString normalisedId(const QJsonObject& d)
{
    return d.value(QLatin1String("id_number")).toString().trimmed().toUpper();
}

QVariant seekerIdHash(const QJsonObject& d, const DeriveContext& ctx)
{
    return keyedHash(normalisedId(d), ctx.hashKey);
}

QVariant seekerIdTail(const QJsonObject& d, const DeriveContext&)
{
    const QString id = normalisedId(d);
    if (id.size() < 8)
        return d.value(QLatin1String("id_tail")).toString();
    return QString(id.left(4) + id.right(4));
}

ColumnSpec col(const char* column, const char* path, T type = T::Text)
{
    return ColumnSpec{QString::fromLatin1(column), QString::fromLatin1(path), type, nullptr};
}

ColumnSpec same(const char* name, T type = T::Text)
{
    return col(name, name, type);
}

} // namespace

namespace entities {

const EntitySpec& job()
{
    static const EntitySpec spec{
        QStringLiteral("job"),
        QStringLiteral("job"),
        {same("title"),
         same("occupation"),
         same("industry"),
         same("skills"),
         col("district", "location.district"),
         col("address", "location.address"),
         same("work_hours"),
         col("pay_min", "pay.min", T::Real),
         col("pay_max", "pay.max", T::Real),
         col("pay_unit", "pay.unit"),
         ColumnSpec{QStringLiteral("pay_day"), QString(), T::Real, &jobPayDay},
         same("settlement"),
         same("form"),
         same("headcount", T::Int),
         same("start_date"),
         same("valid_until"),
         same("employer_id"),
         same("employer_name"),
         col("contact_name", "contact.name"),
         col("contact_phone", "contact.phone"),
         same("public_welfare", T::Bool),
         same("status"),
         same("description"),
         same("source"),
         same("published_at"),
         same("review_note"),
         same("created_at")}};
    return spec;
}

const EntitySpec& employer()
{
    static const EntitySpec spec{QStringLiteral("employer"),
                                 QStringLiteral("employer"),
                                 {same("name"), same("kind"), same("credit_code"),
                                  col("contact_name", "contact.name"),
                                  col("contact_phone", "contact.phone"), same("district"),
                                  same("address"), same("verification"), same("verified_at"),
                                  same("verification_note"), same("blacklisted", T::Bool),
                                  same("blacklist_reason"), same("notes"), same("created_at")}};
    return spec;
}

const EntitySpec& seeker()
{
    static const EntitySpec spec{
        QStringLiteral("seeker"),
        QStringLiteral("seeker"),
        {same("name"),
         same("id_number"),
         ColumnSpec{QStringLiteral("id_hash"), QString(), T::Text, &seekerIdHash},
         ColumnSpec{QStringLiteral("id_tail"), QString(), T::Text, &seekerIdTail},
         same("gender"),
         same("birth_date"),
         same("phone"),
         same("education"),
         same("skills"),
         same("wanted_occupations", T::Json),
         same("wanted_districts", T::Json),
         same("availability"),
         col("expected_pay_min", "expected_pay.min", T::Real),
         col("expected_pay_unit", "expected_pay.unit"),
         same("training_wishes", T::Json),
         same("business_interest", T::Bool),
         same("difficulties", T::Json),
         same("tier"),
         same("consent_at"),
         same("source"),
         same("notes"),
         same("merged_ids", T::Json),
         same("created_at")}};
    return spec;
}

const QStringList& seekerPersonalFields()
{
    // Everything that says who the person is or what they told the window of themselves. Kept:
    // when they registered, the trades they wanted and their tier, which the month's
    // statistics count (no longer anybody's), and the record's own bookkeeping.
    static const QStringList fields{QStringLiteral("name"),
                                    QStringLiteral("id_number"),
                                    QStringLiteral("gender"),
                                    QStringLiteral("birth_date"),
                                    QStringLiteral("phone"),
                                    QStringLiteral("notes"),
                                    QStringLiteral("education"),
                                    QStringLiteral("skills"),
                                    QStringLiteral("wanted_districts"),
                                    QStringLiteral("availability"),
                                    QStringLiteral("expected_pay"),
                                    QStringLiteral("training_wishes"),
                                    QStringLiteral("business_interest"),
                                    QStringLiteral("difficulties"),
                                    QStringLiteral("consent_at")};
    return fields;
}

const EntitySpec& application()
{
    static const EntitySpec spec{
        QStringLiteral("application"),
        QStringLiteral("application"),
        {same("job_id"), same("seeker_id"), same("phone"), same("confirmation_no"), same("channel"),
         same("status"), same("applied_at"), same("recommended_at"), same("interviewed_at"),
         same("outcome_at"), same("staff"), same("notes"), same("created_at"), same("pay_settled"),
         same("pay_checked_at")}};
    return spec;
}

const EntitySpec& content()
{
    static const EntitySpec spec{QStringLiteral("content"),
                                 QStringLiteral("content"),
                                 {same("kind"), same("title"), same("body"), same("extra", T::Json),
                                  same("valid_from"), same("valid_until"),
                                  same("sort_order", T::Int), same("created_at")}};
    return spec;
}

const EntitySpec& worklog()
{
    static const EntitySpec spec{QStringLiteral("worklog"),
                                 QStringLiteral("worklog"),
                                 {same("at"), same("day"), same("kind"), same("summary"),
                                  same("staff"), same("ref_entity"), same("ref_id"),
                                  same("struck_reason"), same("struck_by"), same("struck_at"),
                                  same("created_at")}};
    return spec;
}

const EntitySpec& complaint()
{
    static const EntitySpec spec{QStringLiteral("complaint"),
                                 QStringLiteral("complaint"),
                                 {same("kind"), same("category"), same("phone"),
                                  same("description"), same("owner"), same("deadline"),
                                  same("status"), same("resolution"), same("closed_at"),
                                  same("employer_id"), same("application_id"), same("created_at")}};
    return spec;
}

const EntitySpec& serviceRecord()
{
    static const EntitySpec spec{QStringLiteral("service_record"),
                                 QStringLiteral("service_record"),
                                 {same("seeker_id"), same("kind"), same("at"), same("staff"),
                                  same("note"), same("created_at")}};
    return spec;
}

const std::vector<const EntitySpec*>& all()
{
    static const std::vector<const EntitySpec*> list{&job(),         &employer(),     &seeker(),
                                                     &application(), &content(),      &worklog(),
                                                     &complaint(),   &serviceRecord()};
    return list;
}

const EntitySpec* find(const QString& entity)
{
    for (const EntitySpec* s : all()) {
        if (s->entity == entity)
            return s;
    }
    return nullptr;
}

} // namespace entities
} // namespace lingong
