#pragma once

#include <QLabel>

class QScrollArea;

namespace lingong {

// A line floating over one edge of a scrolling area while more of it lies beyond that edge, for
// people who would not think to drag, and so that a line cut at the edge reads as cut on purpose.
// A tap on it scrolls that way, and never reaches a button lying under it.
class ScrollEdgeHint : public QLabel
{
    Q_OBJECT
public:
    enum class Edge
    {
        Bottom,
        Top
    };

protected:
    ScrollEdgeHint(QScrollArea* area, Edge edge, const QString& text);

    bool eventFilter(QObject* watched, QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    void place();

    QScrollArea* m_area;
    Edge m_edge;
};

// "More below", at the foot of the area.
class ScrollMoreHint final : public ScrollEdgeHint
{
    Q_OBJECT
public:
    explicit ScrollMoreHint(QScrollArea* area);
};

// "Back up", at the head of the area once it has been scrolled down: in large text a page of job
// details is several screens, and a person who tapped their way down should tap their way back.
class ScrollBackHint final : public ScrollEdgeHint
{
    Q_OBJECT
public:
    explicit ScrollBackHint(QScrollArea* area);
};

} // namespace lingong
