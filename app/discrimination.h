#pragma once

#include <QRegularExpression>
#include <QString>

#include <optional>
#include <vector>

namespace lingong {

struct DiscriminationFinding
{
    QString phrase;   // the text found, as written
    QString category; // gender | ethnicity | religion | household_registration | origin | health |
                      // pregnancy | marital_status | appearance
};

// Finds discriminatory requirements in job text (requirements J2). The rules are data
// (resources/data/discrimination_rules.json, or a hall's file of that shape): neutral phrases such
// as 男女不限 are removed first, then each category's patterns are tried.
class DiscriminationChecker final
{
public:
    // Rules from a JSON document of the shape of discrimination_rules.json.
    static DiscriminationChecker fromJson(const QByteArray& json);
    // The rules shipped with the program.
    static const DiscriminationChecker& shipped();
    // The rules in use: a hall's own (configuration "lists.discrimination_rules", checked by
    // app/referencelists.h) once installed, the shipped ones otherwise.
    static const DiscriminationChecker& active();
    // Puts `checker` in place for this process; called at start, before any check. Without an
    // argument, back to the shipped rules.
    static void install(std::optional<DiscriminationChecker> checker = std::nullopt);

    // Every finding in the text, in its order, each phrase once; overlapping matches count once.
    std::vector<DiscriminationFinding> findAll(const QString& text) const;
    // The first of findAll().
    std::optional<DiscriminationFinding> find(const QString& text) const;

    bool isEmpty() const { return m_rules.empty(); }

private:
    struct Rule
    {
        QString category;
        QRegularExpression pattern;
    };
    std::vector<QRegularExpression> m_neutral;
    std::vector<Rule> m_rules;
};

} // namespace lingong
