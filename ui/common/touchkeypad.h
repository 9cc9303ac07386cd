#pragma once

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;

namespace lingong {

// A large on-screen numeric keypad with its own display, for people who have no keyboard and
// may have rough hands: keys are at least 100 px, digits show grouped ("138 0000 0000").
//
// Child object names start with the prefix given: <prefix>Display, <prefix>Key0 ... Key9,
// <prefix>KeyX (only with Kind::IdNumber; enabled when 17 digits are in), <prefix>KeyBack,
// <prefix>KeyClear. Kind::Secret shows dots instead of the digits (a staff PIN); Kind::Amount
// takes a sum of money in whole yuan.
class TouchKeypad final : public QWidget
{
    Q_OBJECT
public:
    enum class Kind
    {
        Phone,
        IdNumber,
        Secret,
        Amount // up to 5 digits, no leading 0, shown with the unit set by setSuffix()
    };

    explicit TouchKeypad(const QString& prefix, Kind kind, QWidget* parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString& text);
    void clear();
    // Shows `shown` (the number in part: 4501**********1234) instead of what is entered, until
    // the next key: then the number is typed again from the start (Delete empties it, and the
    // display asks for the number again until a key is pressed). For a
    // number entered in full and not to be read from the screen afterwards.
    void cover(const QString& shown);
    bool isCovered() const { return !m_cover.isEmpty() && !m_text.isEmpty(); }
    void setPlaceholder(const QString& text);
    // Words after the digits (Kind::Amount: "元").
    void setSuffix(const QString& suffix);
    int maxLength() const { return m_maxLength; }

signals:
    void textChanged(const QString& text);

private:
    void press(QChar c);
    // How many characters `text` may have: the kind's length, or a landline's.
    int lengthFor(const QString& text) const;
    void update();

    Kind m_kind;
    int m_maxLength;
    QList<int> m_groups;
    QString m_text;
    QString m_placeholder;
    QString m_suffix;
    QString m_cover;
    bool m_coverDeleted = false;
    QLabel* m_display = nullptr;
    QPushButton* m_keyX = nullptr;
};

} // namespace lingong
