#pragma once

#include "entitystore.h"

#include <QJsonObject>
#include <QString>

namespace lingong::test {

// A complete, valid job posting (every J1 field), as in sync-protocol.md.
QJsonObject sampleJob();
// One representative, complete-enough record per synced entity.
QJsonObject sampleFor(const QString& entity);
// Saves sampleJob() titled `title` through `store` (a local write, queued for sync) under `id`
// (a new id when empty); returns the id.
QString saveSampleJob(EntityStore& store, const QString& title, QString id = {});

} // namespace lingong::test
