#include "referencelists.h"

#include "referencedata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace lingong {

namespace {

// The file's top-level object, or why there is none.
std::optional<QJsonObject> parseObject(const QByteArray& json, QString& why)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError) {
        why = QCoreApplication::translate("lingong::ReferenceLists",
                                          "it is not valid JSON (%1 on line %2)")
                  .arg(err.errorString())
                  .arg(json.left(err.offset).count('\n') + 1);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        why = QCoreApplication::translate("lingong::ReferenceLists", "expected an object ({…})");
        return std::nullopt;
    }
    return doc.object();
}

} // namespace

ReferenceLists::Checked<QJsonObject> ReferenceLists::checkOccupations(const QByteArray& json,
                                                                      const QString& file)
{
    Checked<QJsonObject> out;
    const auto problem = [&out, &file](const QString& what) {
        out.problems << tr("Trade list %1: %2.").arg(file, what);
    };
    QString why;
    const std::optional<QJsonObject> root = parseObject(json, why);
    if (!root) {
        problem(why);
        return out;
    }
    const QJsonValue industries = root->value(QLatin1String("industries"));
    const QJsonValue occupations = root->value(QLatin1String("occupations"));
    if (!industries.isArray() || industries.toArray().isEmpty())
        problem(tr("it lists no industries (expected \"industries\": [{\"name\": …}, …])"));
    if (!occupations.isArray() || occupations.toArray().isEmpty())
        problem(tr("it lists no trades (expected \"occupations\": [{\"name\": …, \"industry\": "
                   "…}, …])"));
    if (!out.problems.isEmpty())
        return out;

    QSet<QString> industryNames;
    int n = 0;
    for (const QJsonValue& v : industries.toArray()) {
        ++n;
        const QString name = v.toObject().value(QLatin1String("name")).toString().trimmed();
        if (name.isEmpty())
            problem(tr("industry %1 has no name").arg(n));
        else if (industryNames.contains(name))
            problem(tr("the industry %1 is listed twice").arg(name));
        industryNames.insert(name);
    }
    static const QStringList units{QStringLiteral("hour"), QStringLiteral("day"),
                                   QStringLiteral("piece"), QStringLiteral("month"),
                                   QStringLiteral("project")};
    static const QStringList kinds{QStringLiteral("traditional"), QStringLiteral("new")};
    QSet<QString> tradeNames;
    n = 0;
    for (const QJsonValue& v : occupations.toArray()) {
        ++n;
        const QJsonObject o = v.toObject();
        const QString name = o.value(QLatin1String("name")).toString().trimmed();
        if (name.isEmpty()) {
            problem(tr("trade %1 has no name").arg(n));
            continue;
        }
        if (tradeNames.contains(name))
            problem(tr("the trade %1 is listed twice").arg(name));
        tradeNames.insert(name);
        const QString industry = o.value(QLatin1String("industry")).toString().trimmed();
        if (!industryNames.contains(industry))
            problem(tr("the trade %1 names the industry \"%2\", which is not among its "
                       "industries")
                        .arg(name, industry));
        const QString unit = o.value(QLatin1String("pay_unit")).toString();
        if (!unit.isEmpty() && !units.contains(unit))
            problem(tr("the trade %1 has the pay unit \"%2\"; use one of: %3")
                        .arg(name, unit, units.join(QStringLiteral(", "))));
        const QString kind = o.value(QLatin1String("kind")).toString();
        if (!kind.isEmpty() && !kinds.contains(kind))
            problem(tr("the trade %1 is of the kind \"%2\"; use one of: %3")
                        .arg(name, kind, kinds.join(QStringLiteral(", "))));
    }
    if (out.problems.isEmpty())
        out.value = *root;
    return out;
}

ReferenceLists::Checked<DiscriminationChecker>
ReferenceLists::checkDiscriminationRules(const QByteArray& json, const QString& file)
{
    Checked<DiscriminationChecker> out;
    const auto problem = [&out, &file](const QString& what) {
        out.problems << tr("Discrimination rules %1: %2.").arg(file, what);
    };
    QString why;
    const std::optional<QJsonObject> root = parseObject(json, why);
    if (!root) {
        problem(why);
        return out;
    }
    const auto checkPattern = [&problem](const QJsonValue& v, const QString& where) {
        const QRegularExpression re(v.toString());
        if (!v.isString() || v.toString().isEmpty())
            problem(tr("%1: a pattern is not text").arg(where));
        else if (!re.isValid())
            problem(tr("%1: the pattern \"%2\" is not a valid regular expression (%3)")
                        .arg(where, v.toString(), re.errorString()));
        else if (re.match(QString()).hasMatch())
            problem(tr("%1: the pattern \"%2\" matches empty text, and so would match anywhere")
                        .arg(where, v.toString()));
    };
    const QJsonValue neutral = root->value(QLatin1String("neutral"));
    if (!neutral.isUndefined() && !neutral.isArray())
        problem(tr("\"neutral\" must be a list of patterns"));
    for (const QJsonValue& v : neutral.toArray())
        checkPattern(v, tr("the neutral phrases"));
    const QJsonValue rules = root->value(QLatin1String("rules"));
    if (!rules.isArray() || rules.toArray().isEmpty()) {
        problem(tr("it lists no rules (expected \"rules\": [{\"category\": …, \"patterns\": "
                   "[…]}, …])"));
        return out;
    }
    int n = 0;
    for (const QJsonValue& v : rules.toArray()) {
        ++n;
        const QJsonObject rule = v.toObject();
        const QString category = rule.value(QLatin1String("category")).toString();
        const QString where =
            category.isEmpty() ? tr("rule %1").arg(n) : tr("the rule %1").arg(category);
        if (category.isEmpty())
            problem(tr("rule %1 has no category").arg(n));
        const QJsonValue patterns = rule.value(QLatin1String("patterns"));
        if (!patterns.isArray() || patterns.toArray().isEmpty())
            problem(tr("%1 has no patterns").arg(where));
        for (const QJsonValue& p : patterns.toArray())
            checkPattern(p, where);
    }
    if (out.problems.isEmpty())
        out.value = DiscriminationChecker::fromJson(json);
    return out;
}

QStringList ReferenceLists::install(const Config& config)
{
    QStringList problems;
    // Why a file could not be read, or nothing.
    const auto read = [](const QString& path, QString& why) -> std::optional<QByteArray> {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            why = f.errorString();
            return std::nullopt;
        }
        return f.readAll();
    };
    if (!config.occupationsFile.isEmpty()) {
        QString why;
        const auto json = read(config.occupationsFile, why);
        Checked<QJsonObject> list;
        if (json)
            list = checkOccupations(*json, config.occupationsFile);
        else
            list.problems
                << tr("Trade list %1 cannot be read (%2).").arg(config.occupationsFile, why);
        if (list.value) {
            ReferenceData::useHallList(*list.value);
        } else {
            ReferenceData::keepStoreList();
            problems << list.problems
                     << tr("The trade list %1 is not used until it is corrected; the trades stay "
                           "as they were.")
                            .arg(config.occupationsFile);
        }
    }
    if (!config.discriminationRulesFile.isEmpty()) {
        QString why;
        const auto json = read(config.discriminationRulesFile, why);
        Checked<DiscriminationChecker> rules;
        if (json)
            rules = checkDiscriminationRules(*json, config.discriminationRulesFile);
        else
            rules.problems << tr("Discrimination rules %1 cannot be read (%2).")
                                  .arg(config.discriminationRulesFile, why);
        if (rules.value)
            DiscriminationChecker::install(std::move(*rules.value));
        else
            problems << rules.problems
                     << tr("The discrimination rules %1 are not used until they are corrected; "
                           "the shipped rules apply meanwhile.")
                            .arg(config.discriminationRulesFile);
    }
    return problems;
}

} // namespace lingong
