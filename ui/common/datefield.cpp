#include "datefield.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QMouseEvent>
#include <QTimer>
#include <QToolTip>

namespace lingong {

DateField::DateField(QWidget* parent)
    : QDateEdit(parent)
{
    setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    setCalendarPopup(true);
    // Left half typed, the date held before stays: never the nearest one instead.
    setCorrectionMode(QAbstractSpinBox::CorrectToPreviousValue);
    // Clicks on the text reach the line edit inside, not this widget.
    lineEdit()->installEventFilter(this);
}

void DateField::focusInEvent(QFocusEvent* event)
{
    m_held = date();
    m_part = NoSection;
    m_digits.clear();
    m_advanced = false;
    QDateEdit::focusInEvent(event);
}

bool DateField::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == lineEdit() && event->type() == QEvent::MouseButtonRelease) {
        // After the line edit has placed the cursor: select the part clicked, to type over it.
        QTimer::singleShot(0, this, [this] {
            if (!lineEdit()->hasSelectedText())
                setSelectedSection(currentSection());
        });
        m_part = NoSection;
        m_digits.clear();
        m_advanced = false;
    }
    return QDateEdit::eventFilter(watched, event);
}

void DateField::keyPressEvent(QKeyEvent* event)
{
    const QString typed = event->text();
    const bool digit = typed.size() == 1 && typed.at(0).isDigit();
    const bool separator =
        typed == QLatin1String("-") || typed == QLatin1String("/") || typed == QLatin1String(".");
    if (separator && m_advanced) {
        m_advanced = false;
        event->accept();
        return;
    }
    if (digit && lineEdit()->selectedText() == lineEdit()->text()) {
        // A new date typed over the whole one: from the year.
        m_held = date();
        setSelectedSection(QDateTimeEdit::YearSection);
    }
    const Section before = currentSection();
    if (digit && before != m_part) {
        m_part = before;
        m_digits.clear();
    }
    if (digit)
        m_digits += typed;
    const QString digits = m_digits;
    QDateEdit::keyPressEvent(event);
    m_advanced = digit && currentSection() != before;
    if (digit)
        check(before, digits);
    if (!digit || m_advanced) {
        m_part = NoSection;
        m_digits.clear();
    }
}

void DateField::check(Section section, const QString& digits)
{
    const int width = section == YearSection ? 4 : 2;
    if (digits.size() < width || section == YearSection || section == NoSection)
        return;
    const int value = digits.right(width).toInt();
    if (section == MonthSection) {
        if (value < 1 || value > 12)
            refuse(tr("There is no month %1.").arg(digits.right(width)));
        return;
    }
    if (section != DaySection)
        return;
    // The year and month are those shown: typed just before, or there already.
    const QDate shown = date();
    const QDate meant(shown.year(), shown.month(), value);
    const QString said = QStringLiteral("%1-%2-%3")
                             .arg(shown.year(), 4, 10, QLatin1Char('0'))
                             .arg(shown.month(), 2, 10, QLatin1Char('0'))
                             .arg(digits.right(width));
    if (!meant.isValid())
        refuse(
            tr("There is no %1: that month has %n days.", nullptr, shown.daysInMonth()).arg(said));
    else if (meant < minimumDate())
        refuse(tr("%1 is too early: the earliest date here is %2.")
                   .arg(said, minimumDate().toString(Qt::ISODate)));
    else if (meant > maximumDate())
        refuse(tr("%1 is too late: the latest date here is %2.")
                   .arg(said, maximumDate().toString(Qt::ISODate)));
}

void DateField::refuse(const QString& message)
{
    const QDate held = m_held.isValid() ? m_held : date();
    m_lastRefusal = tr("%1 It stays %2.").arg(message, held.toString(Qt::ISODate));
    m_part = NoSection;
    m_digits.clear();
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
