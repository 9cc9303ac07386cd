#pragma once

#include "database.h"

#include <QObject>
#include <QTimer>

namespace lingong {

// Tells screens that the store changed, whoever wrote it: this process (EntityStore's
// generation counter) or another process on the same file (SQLite's PRAGMA data_version).
// Polls on the thread it lives on; cheap enough to run every second for months.
class StoreWatcher final : public QObject
{
    Q_OBJECT
public:
    explicit StoreWatcher(const Database& db, int intervalMs = 1000, QObject* parent = nullptr);

    // Checks now; emits changed() if anything moved since the last check.
    void poll();

signals:
    void changed();

private:
    qint64 dataVersion() const;

    const Database& m_db;
    QTimer m_timer;
    quint64 m_generation = 0;
    qint64 m_dataVersion = -1;
};

} // namespace lingong
