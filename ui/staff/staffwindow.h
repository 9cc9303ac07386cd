#pragma once

#include "terminal.h"

#include <QMainWindow>

class QTableWidget;

namespace lingong {

// The one-stop service window (一站式服务窗口).
class StaffWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit StaffWindow(Terminal& terminal, QWidget* parent = nullptr);

    // Renders every main screen of this mode to DIR/<mode>-<screen>.png; 0 on success.
    int saveScreenshots(const QString& dir);

private:
    void refresh();

    Terminal& m_terminal;
    QTableWidget* m_jobs = nullptr;
};

} // namespace lingong
