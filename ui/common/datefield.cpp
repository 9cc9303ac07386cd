#include "datefield.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QTimer>
#include <QToolTip>

namespace lingong {

namespace {

bool isSeparator(const QString& s)
{
    return s == QLatin1String("-") || s == QLatin1String("/") || s == QLatin1String(".");
}

} // namespace

DateField::DateField(QWidget* parent)
    : QDateEdit(parent)
{
    setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    setCalendarPopup(true);
    // Left half typed, the date held before stays: never the nearest one instead.
    setCorrectionMode(QAbstractSpinBox::CorrectToPreviousValue);
}

void DateField::begin()
{
    m_typed.clear();
    m_tracking = true;
    m_advanced = false;
    m_held = date();
}

void DateField::focusInEvent(QFocusEvent* event)
{
    begin();
    QDateEdit::focusInEvent(event);
}

void DateField::mouseReleaseEvent(QMouseEvent* event)
{
    QDateEdit::mouseReleaseEvent(event);
    if (lineEdit() && !lineEdit()->hasSelectedText())
        setSelectedSection(currentSection());
    // Typing from a part in the middle is not read as a whole date.
    m_tracking = false;
}

void DateField::keyPressEvent(QKeyEvent* event)
{
    const QString typed = event->text();
    const bool digit = typed.size() == 1 && typed.at(0).isDigit();
    const bool separator = isSeparator(typed);
    if (digit && lineEdit() && lineEdit()->selectedText() == lineEdit()->text()) {
        begin(); // a new date typed over the whole one
        setSelectedSection(QDateTimeEdit::YearSection);
    }
    if (separator && m_advanced) {
        m_advanced = false;
        if (m_tracking)
            m_typed += QLatin1Char('-');
        event->accept();
        return;
    }
    const Section before = currentSection();
    QDateEdit::keyPressEvent(event);
    m_advanced = digit && currentSection() != before;
    if (digit || separator) {
        if (m_tracking) {
            m_typed += digit ? typed : QStringLiteral("-");
            check();
        }
    } else if (event->key() != Qt::Key_Shift) {
        m_tracking = false; // arrows, backspace: the person is editing, not typing a date
    }
}

void DateField::check()
{
    // The parts as typed: split at dashes, or by their widths (4, 2, 2) where there are none.
    QStringList parts = m_typed.split(QLatin1Char('-'));
    if (parts.size() == 1) {
        const QString all = parts.front();
        parts = {all.left(4)};
        if (all.size() > 4)
            parts << all.mid(4, 2);
        if (all.size() > 6)
            parts << all.mid(6, 2);
    }
    if (parts.size() < 2 || parts[0].size() != 4)
        return;
    const int y = parts[0].toInt();
    const bool monthDone = parts[1].size() >= 2 || (parts.size() > 2 && !parts[1].isEmpty());
    if (!monthDone)
        return;
    const int mo = parts[1].toInt();
    if (mo < 1 || mo > 12) {
        refuse(tr("There is no month %1.").arg(parts[1]));
        return;
    }
    if (parts.size() < 3 || parts[2].size() < 2)
        return;
    const int d = parts[2].toInt();
    const QDate meant(y, mo, d);
    const QString said =
        QStringLiteral("%1-%2-%3").arg(parts[0]).arg(mo, 2, 10, QLatin1Char('0')).arg(parts[2]);
    if (!meant.isValid()) {
        refuse(tr("There is no %1: that month has %n days.", nullptr, QDate(y, mo, 1).daysInMonth())
                   .arg(said));
    } else if (meant < minimumDate()) {
        refuse(tr("%1 is too early: the earliest date here is %2.")
                   .arg(said, minimumDate().toString(Qt::ISODate)));
    } else if (meant > maximumDate()) {
        refuse(tr("%1 is too late: the latest date here is %2.")
                   .arg(said, maximumDate().toString(Qt::ISODate)));
    }
    m_tracking = false; // a whole date was read
}

void DateField::refuse(const QString& message)
{
    m_tracking = false;
    const QDate held = m_held.isValid() ? m_held : date();
    m_lastRefusal = tr("%1 It stays %2.").arg(message, held.toString(Qt::ISODate));
    // Said once the date is back, so that nothing the change sets off overwrites it.
    QTimer::singleShot(0, this, [this, held, said = m_lastRefusal] {
        setDate(held);
        setSelectedSection(QDateTimeEdit::YearSection);
        if (isVisible())
            QToolTip::showText(mapToGlobal(QPoint(0, height())), said, this);
        emit refused(said);
    });
}

} // namespace lingong
