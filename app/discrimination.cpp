#include "discrimination.h"

#include <algorithm>

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

namespace {

std::optional<DiscriminationChecker>& installed()
{
    static std::optional<DiscriminationChecker> checker;
    return checker;
}

} // namespace

const DiscriminationChecker& DiscriminationChecker::active()
{
    return installed() ? *installed() : shipped();
}

void DiscriminationChecker::install(std::optional<DiscriminationChecker> checker)
{
    installed() = std::move(checker);
}

std::vector<DiscriminationFinding> DiscriminationChecker::findAll(const QString& text) const
{
    if (text.trimmed().isEmpty())
        return {};
    // Neutral phrases become a separator so that they neither match nor join their neighbours.
    QString cleaned = text;
    for (const QRegularExpression& re : m_neutral)
        cleaned.replace(re, QStringLiteral(" | "));

    struct Hit
    {
        qsizetype start;
        qsizetype length;
        const Rule* rule;
    };
    std::vector<Hit> hits;
    for (const Rule& rule : m_rules) {
        auto it = rule.pattern.globalMatch(cleaned);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedLength() > 0)
                hits.push_back({m.capturedStart(), m.capturedLength(), &rule});
        }
    }
    // In the order of the text; where two overlap, the earlier one, and of two starting
    // together the longer one.
    std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
        return a.start != b.start ? a.start < b.start : a.length > b.length;
    });
    std::vector<DiscriminationFinding> out;
    qsizetype end = 0;
    for (const Hit& h : hits) {
        if (h.start < end)
            continue;
        const QString phrase = cleaned.mid(h.start, h.length).trimmed();
        if (std::none_of(out.begin(), out.end(),
                         [&phrase](const DiscriminationFinding& f) { return f.phrase == phrase; }))
            out.push_back({phrase, h.rule->category});
        end = h.start + h.length;
    }
    return out;
}

std::optional<DiscriminationFinding> DiscriminationChecker::find(const QString& text) const
{
    std::vector<DiscriminationFinding> all = findAll(text);
    if (all.empty())
        return std::nullopt;
    return all.front();
}

} // namespace lingong
