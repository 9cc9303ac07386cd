#include "scrollmorehint.h"

#include <QEvent>
#include <QScrollArea>
#include <QScrollBar>

namespace lingong {

ScrollMoreHint::ScrollMoreHint(QScrollArea* area)
    : QLabel(tr("More below: drag up to read on"), area)
    , m_area(area)
{
    setProperty("role", QStringLiteral("more"));
    setAlignment(Qt::AlignCenter);
    setAttribute(Qt::WA_TransparentForMouseEvents);
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
