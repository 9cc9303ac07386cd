#pragma once

#include "clock.h"
#include "config.h"
#include "terminal.h"

#include "catchqt.h"

#include <QTemporaryDir>

#include <memory>

namespace lingong::test {

// The fixed "now" of the test suite: 2026-11-22 10:00 in Nanning (02:00 UTC).
QDateTime testNow();

// A terminal over a fresh database in a temporary folder, with a ManualClock. Removed with the
// object.
class TempTerminal
{
public:
    explicit TempTerminal(Mode mode = Mode::Staff, Config config = {});

    Terminal& terminal() { return *m_terminal; }
    Terminal* operator->() { return m_terminal.get(); }
    ManualClock& clock() { return m_clock; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }

    // Rows in `table` (tombstones included).
    int count(const QString& table, const QString& where = QStringLiteral("1"));

private:
    QTemporaryDir m_dir;
    QString m_path;
    ManualClock m_clock;
    std::unique_ptr<Terminal> m_terminal;
};

} // namespace lingong::test
