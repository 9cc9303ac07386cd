#include "scrollmorehint.h"

#include <QEvent>
#include <QMouseEvent>
#include <QScrollArea>
#include <QScrollBar>

namespace lingong {

ScrollMoreHint::ScrollMoreHint(QScrollArea* area)
    : QLabel(tr("More below: drag up to read on"), area)
    , m_area(area)
{
    setProperty("role", QStringLiteral("more"));
    setAlignment(Qt::AlignCenter);
    QScrollBar* bar = area->verticalScrollBar();
    connect(bar, &QScrollBar::rangeChanged, this, &ScrollMoreHint::place);
    connect(bar, &QScrollBar::valueChanged, this, &ScrollMoreHint::place);
    area->installEventFilter(this);
    // The scroll bar coming or going narrows the view without resizing the area.
    area->viewport()->installEventFilter(this);
    place();
}

bool ScrollMoreHint::eventFilter(QObject* watched, QEvent* event)
{
    if ((watched == m_area || watched == m_area->viewport()) &&
        (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        place();
    return QLabel::eventFilter(watched, event);
}

void ScrollMoreHint::mousePressEvent(QMouseEvent* event)
{
    // Taken here, not passed to what lies under the line: a tap on "more below" is not a tap
    // on the button it covers.
    event->accept();
}

void ScrollMoreHint::mouseReleaseEvent(QMouseEvent* event)
{
    event->accept();
    if (!rect().contains(event->position().toPoint()))
        return;
    // A tap on it shows more: most of a view further down, the last lines seen still in sight.
    QScrollBar* bar = m_area->verticalScrollBar();
    bar->setValue(bar->value() + bar->pageStep() * 3 / 4);
}

void ScrollMoreHint::place()
{
    const QScrollBar* bar = m_area->verticalScrollBar();
    const bool more = bar->maximum() > 0 && bar->value() < bar->maximum();
    if (!more) {
        hide();
        return;
    }
    const QRect view = m_area->viewport()->geometry();
    const int h = sizeHint().height();
    setGeometry(view.left(), view.bottom() + 1 - h, view.width(), h);
    show();
    raise();
}

} // namespace lingong
