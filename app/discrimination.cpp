#include "discrimination.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

namespace lingong {

Q_LOGGING_CATEGORY(lcDiscrimination, "lingong.discrimination")

namespace {

QRegularExpression compile(const QString& pattern)
{
    QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption |
                                       QRegularExpression::UseUnicodePropertiesOption);
    if (!re.isValid())
        qCWarning(lcDiscrimination) << "invalid rule pattern" << pattern << re.errorString();
    re.optimize();
    return re;
}

} // namespace

DiscriminationChecker DiscriminationChecker::fromJson(const QByteArray& json)
{
    DiscriminationChecker checker;
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    for (const QJsonValue v : root.value(QLatin1String("neutral")).toArray()) {
        QRegularExpression re = compile(v.toString());
        if (re.isValid())
            checker.m_neutral.push_back(std::move(re));
    }
    for (const QJsonValue ruleValue : root.value(QLatin1String("rules")).toArray()) {
        const QJsonObject rule = ruleValue.toObject();
        const QString category = rule.value(QLatin1String("category")).toString();
        for (const QJsonValue p : rule.value(QLatin1String("patterns")).toArray()) {
            QRegularExpression re = compile(p.toString());
            if (re.isValid())
                checker.m_rules.push_back(Rule{category, std::move(re)});
        }
    }
    return checker;
}

const DiscriminationChecker& DiscriminationChecker::shipped()
{
    static const DiscriminationChecker checker = [] {
        QFile f(QStringLiteral(":/data/discrimination_rules.json"));
        if (!f.open(QIODevice::ReadOnly)) {
            qCWarning(lcDiscrimination) << "discrimination rules missing" << f.errorString();
            return DiscriminationChecker{};
        }
        return fromJson(f.readAll());
    }();
    return checker;
}

std::optional<DiscriminationFinding> DiscriminationChecker::find(const QString& text) const
{
    if (text.trimmed().isEmpty())
        return std::nullopt;
    // Neutral phrases become a separator so that they neither match nor join their neighbours.
    QString cleaned = text;
    for (const QRegularExpression& re : m_neutral)
        cleaned.replace(re, QStringLiteral(" | "));

    std::optional<DiscriminationFinding> best;
    qsizetype bestPos = -1;
    for (const Rule& rule : m_rules) {
        const QRegularExpressionMatch m = rule.pattern.match(cleaned);
        if (!m.hasMatch())
            continue;
        // Report the earliest finding in the text; ties go to the longer phrase.
        const qsizetype pos = m.capturedStart();
        if (!best || pos < bestPos ||
            (pos == bestPos && m.capturedLength() > best->phrase.size())) {
            best = DiscriminationFinding{m.captured().trimmed(), rule.category};
            bestPos = pos;
        }
    }
    return best;
}

} // namespace lingong
