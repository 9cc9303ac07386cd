#include "editmerge.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lingong {

namespace {

// Equal as JSON text: 150 and 150.0 are the same value, as they are on the wire.
bool same(const QJsonObject& a, const QJsonObject& b, const QString& key)
{
    const auto ia = a.constFind(key);
    const auto ib = b.constFind(key);
    if ((ia == a.constEnd()) != (ib == b.constEnd()))
        return false;
    if (ia == a.constEnd())
        return true;
    return QJsonDocument(QJsonArray{*ia}).toJson(QJsonDocument::Compact) ==
           QJsonDocument(QJsonArray{*ib}).toJson(QJsonDocument::Compact);
}

} // namespace

EditMerge mergeEdit(const QJsonObject& base, const QJsonObject& mine, const QJsonObject& latest)
{
    EditMerge out;
    if (base.isEmpty()) {
        out.data = mine;
        return out;
    }
    QStringList keys = base.keys() + mine.keys() + latest.keys();
    keys.removeDuplicates();
    keys.sort();
    for (const QString& k : keys) {
        const bool changedHere = !same(mine, base, k);
        const bool changedThere = !same(latest, base, k);
        const QJsonObject& from = changedHere ? mine : latest;
        if (from.contains(k))
            out.data.insert(k, from.value(k));
        if (changedThere && !changedHere)
            out.keptTheirs << k;
        else if (changedThere && changedHere && !same(mine, latest, k))
            out.overTheirs << k;
    }
    return out;
}

} // namespace lingong
