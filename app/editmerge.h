#pragma once

#include <QJsonObject>
#include <QStringList>

namespace lingong {

// A record edited on a form opened at one version (`base`) and saved when the stored record has
// since been changed elsewhere (`latest`: another window's edit pulled meanwhile). Field by field
// (top-level keys of the data): a field the form changed (`mine` differs from `base`) is saved as
// typed, every other field as it now stands, so a change made elsewhere to a field the clerk did
// not touch is kept, not put back by a stale form. With `base` empty (a form that knows no
// earlier version) the form is taken whole.
struct EditMerge
{
    QJsonObject data;
    QStringList keptTheirs; // changed elsewhere only: their value was kept
    QStringList overTheirs; // changed here and elsewhere, differently: the typed value was saved
};

EditMerge mergeEdit(const QJsonObject& base, const QJsonObject& mine, const QJsonObject& latest);

} // namespace lingong
