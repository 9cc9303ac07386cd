#pragma once

#include <QCoreApplication>
#include <QMouseEvent>
#include <QTest>
#include <QWidget>

namespace lingong::test {

// A double click (or double tap) as the window system delivers it: press, release, double-click
// press, release. (QTest::mouseDClick alone reaches neither buttons nor item views here.)
inline void doubleClick(QWidget* w, QPoint pos = {})
{
    if (pos.isNull())
        pos = w->rect().center();
    QTest::mouseClick(w, Qt::LeftButton, {}, pos);
    const QPointF local(pos);
    const QPointF global(w->mapToGlobal(pos));
    QMouseEvent press(QEvent::MouseButtonDblClick, local, global, Qt::LeftButton, Qt::LeftButton,
                      Qt::NoModifier);
    QCoreApplication::sendEvent(w, &press);
    QMouseEvent release(QEvent::MouseButtonRelease, local, global, Qt::LeftButton, Qt::NoButton,
                        Qt::NoModifier);
    QCoreApplication::sendEvent(w, &release);
}

} // namespace lingong::test
