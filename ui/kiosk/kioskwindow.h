#pragma once

#include "terminal.h"

#include <QWidget>

class QGridLayout;
class QLabel;

namespace lingong {

class StoreWatcher;

// The self-service kiosk's window (自助查询机).
class KioskWindow final : public QWidget
{
    Q_OBJECT
public:
    explicit KioskWindow(Terminal& terminal, QWidget* parent = nullptr);

    // Renders every main screen of this mode to DIR/<mode>-<screen>.png; 0 on success.
    int saveScreenshots(const QString& dir);

private:
    void refresh();

    Terminal& m_terminal;
    QLabel* m_title = nullptr;
    QGridLayout* m_grid = nullptr;
    QLabel* m_status = nullptr;
    StoreWatcher* m_watcher = nullptr;
};

} // namespace lingong
