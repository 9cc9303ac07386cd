#pragma once

#include <QLabel>

class QScrollArea;

namespace lingong {

// A word at the foot of a scrolling area while more of it lies below ("More below"), for people
// who would not think to drag, and so that a line cut at the edge reads as cut on purpose.
// It floats over the area's last line; a tap on it scrolls on, and never reaches a button
// lying under it.
class ScrollMoreHint final : public QLabel
{
    Q_OBJECT
public:
    explicit ScrollMoreHint(QScrollArea* area);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    void place();

    QScrollArea* m_area;
};

} // namespace lingong
