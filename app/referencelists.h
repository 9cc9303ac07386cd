#pragma once

#include "config.h"
#include "discrimination.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace lingong {

// The lists a hall may keep in files of its own instead of the shipped ones (configuration
// "lists"): the trades and industries (J5, the shape of resources/data/occupations.json) and the
// discrimination rules (J2, the shape of discrimination_rules.json). A file is checked whole
// before it is used; one with any problem is not used at all, and each problem is said in a
// sentence naming the file and the entry.
class ReferenceLists final
{
    Q_DECLARE_TR_FUNCTIONS(lingong::ReferenceLists)

public:
    template <typename T>
    struct Checked
    {
        std::optional<T> value; // set only when `problems` is empty
        QStringList problems;
    };

    static Checked<QJsonObject> checkOccupations(const QByteArray& json, const QString& file);
    static Checked<DiscriminationChecker> checkDiscriminationRules(const QByteArray& json,
                                                                   const QString& file);

    // Reads the files `config` names and puts each one that passes its check in place of the
    // shipped list for this process; gives the problems of those that do not. To be called
    // before a store is opened (the store follows the trade list when it opens).
    static QStringList install(const Config& config);
};

} // namespace lingong
