#include "scrollmorehint.h"

#include <QEvent>
#include <QMouseEvent>
#include <QScrollArea>
#include <QScrollBar>

namespace lingong {

ScrollEdgeHint::ScrollEdgeHint(QScrollArea* area, Edge edge, const QString& text)
    : QLabel(text, area)
    , m_area(area)
    , m_edge(edge)
{
    setProperty("role", edge == Edge::Bottom ? QStringLiteral("more") : QStringLiteral("back"));
    setAlignment(Qt::AlignCenter);
    QScrollBar* bar = area->verticalScrollBar();
    connect(bar, &QScrollBar::rangeChanged, this, &ScrollEdgeHint::place);
    connect(bar, &QScrollBar::valueChanged, this, &ScrollEdgeHint::place);
    area->installEventFilter(this);
    // The scroll bar coming or going narrows the view without resizing the area.
    area->viewport()->installEventFilter(this);
    place();
}

bool ScrollEdgeHint::eventFilter(QObject* watched, QEvent* event)
{
    if ((watched == m_area || watched == m_area->viewport()) &&
        (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        place();
    return QLabel::eventFilter(watched, event);
}

void ScrollEdgeHint::mousePressEvent(QMouseEvent* event)
{
    // Taken here, not passed to what lies under the line: a tap on "more below" is not a tap
    // on the button it covers.
    event->accept();
}

void ScrollEdgeHint::mouseReleaseEvent(QMouseEvent* event)
{
    event->accept();
    if (!rect().contains(event->position().toPoint()))
        return;
    // A tap shows most of a view further on, the last lines seen still in sight.
    QScrollBar* bar = m_area->verticalScrollBar();
    const int step = bar->pageStep() * 3 / 4;
    bar->setValue(bar->value() + (m_edge == Edge::Bottom ? step : -step));
}

void ScrollEdgeHint::place()
{
    const QScrollBar* bar = m_area->verticalScrollBar();
    const bool beyond = bar->maximum() > 0 &&
                        (m_edge == Edge::Bottom ? bar->value() < bar->maximum() : bar->value() > 0);
    if (!beyond) {
        hide();
        return;
    }
    const QRect view = m_area->viewport()->geometry();
    const int h = sizeHint().height();
    setGeometry(view.left(), m_edge == Edge::Bottom ? view.bottom() + 1 - h : view.top(),
                view.width(), h);
    show();
    raise();
}

ScrollMoreHint::ScrollMoreHint(QScrollArea* area)
    : ScrollEdgeHint(area, Edge::Bottom, tr("More below: tap here to read on"))
{}

ScrollBackHint::ScrollBackHint(QScrollArea* area)
    : ScrollEdgeHint(area, Edge::Top, tr("More above: tap here to go back up"))
{}

} // namespace lingong
