#pragma once

#include <QDateEdit>

namespace lingong {

// A date typed as yyyy-MM-dd that never turns into another date behind the person's back.
// QDateEdit on its own drops a keystroke it cannot take or moves to the nearest date without a
// word: 2027-02-31 typed became 2027-02-03, 2027-04-31 became 2027-04-30. Here the digits typed
// into each part are read as the person meant them; a month or day that does not exist, or a
// date outside the allowed range, is refused with a message saying why, and the date held before
// the typing began comes back. Typing over a part replaces it: a click selects the part clicked,
// digits typed over the whole date start again at the year, and a dash typed after a part filled
// up and moved on is taken as that move.
class DateField final : public QDateEdit
{
    Q_OBJECT
public:
    explicit DateField(QWidget* parent = nullptr);

    // The last message shown (tests).
    QString lastRefusal() const { return m_lastRefusal; }

signals:
    void refused(const QString& message);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Reads the digits typed into the part `section`; refuses them once the part is complete and
    // impossible with the other parts shown.
    void check(Section section, const QString& digits);
    void refuse(const QString& message);

    QString m_lastRefusal;
    Section m_part = NoSection; // the part being typed into
    QString m_digits;           // the digits typed into it so far
    bool m_advanced = false;    // the last digit filled a part and moved on to the next one
    QDate m_held;               // the date when the typing began
};

} // namespace lingong
