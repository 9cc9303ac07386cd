#pragma once

#include "terminal.h"

#include <QWidget>

class QLabel;

namespace lingong {

class StoreWatcher;

// The wall-mounted information screen (信息发布大屏).
class DisplayWindow final : public QWidget
{
    Q_OBJECT
public:
    explicit DisplayWindow(Terminal& terminal, QWidget* parent = nullptr);

    // Renders every main screen of this mode to DIR/<mode>-<screen>.png; 0 on success.
    int saveScreenshots(const QString& dir);

private:
    void refresh();

    Terminal& m_terminal;
    QLabel* m_body = nullptr;
    QLabel* m_updated = nullptr;
    StoreWatcher* m_watcher = nullptr;
};

} // namespace lingong
