#pragma once

#include <QJsonObject>
#include <QString>

namespace lingong::test {

// A complete, valid job posting (every J1 field), as in sync-protocol.md.
QJsonObject sampleJob();
// One representative, complete-enough record per synced entity.
QJsonObject sampleFor(const QString& entity);

} // namespace lingong::test
