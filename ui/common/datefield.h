#pragma once

#include <QDateEdit>

namespace lingong {

// A date typed as yyyy-MM-dd that never turns into another date behind the person's back.
// QDateEdit on its own drops a keystroke it cannot take or moves to the nearest date without a
// word: 2027-02-31 typed became 2027-02-03, 2027-04-31 became 2027-04-30. Here the keys typed are
// read as the person meant them; a month or day that does not exist, or a date outside the
// allowed range, is refused with a message saying why, and the date held before the typing began
// comes back. Typing over a part replaces it: a click selects the part clicked, digits typed over
// the whole date start again at the year, and a dash typed after a part filled up and moved on is
// taken as that move.
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
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;

private:
    void begin();
    // Reads what was typed so far; refuses it once a part is complete and impossible.
    void check();
    void refuse(const QString& message);

    QString m_lastRefusal;
    QString m_typed;         // digits and dashes typed since the entry began
    bool m_tracking = false; // the keys since the entry began were all digits and dashes
    bool m_advanced = false; // the last digit filled a part and moved on to the next one
    QDate m_held;            // the date when the typing began
};

} // namespace lingong
