#include "touchkeypad.h"

#include "kioskstyle.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace lingong {

TouchKeypad::TouchKeypad(const QString& prefix, Kind kind, QWidget* parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_maxLength(kind == Kind::Phone      ? 11
                  : kind == Kind::IdNumber ? 18
                  : kind == Kind::Amount   ? 5
                                           : 8)
    , m_groups(kind == Kind::Phone      ? QList<int>{3, 4, 4}
               : kind == Kind::IdNumber ? QList<int>{6, 8, 4}
                                        : QList<int>{})
{
    setObjectName(prefix + QStringLiteral("Keypad"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(KioskStyle::px(14));
    m_display = KioskStyle::label(QString(), "display", this);
    m_display->setObjectName(prefix + QStringLiteral("Display"));
    m_display->setWordWrap(false);
    m_display->setAlignment(Qt::AlignCenter);
    m_display->setMinimumHeight(KioskStyle::px(100));
    layout->addWidget(m_display);

    auto* grid = new QGridLayout;
    grid->setSpacing(KioskStyle::px(12));
    layout->addLayout(grid);
    for (int d = 1; d <= 9; ++d) {
        auto* key = KioskStyle::button(QString::number(d), "key",
                                       prefix + QStringLiteral("Key%1").arg(d), this);
        connect(key, &QPushButton::clicked, this, [this, d] { press(QChar(u'0' + d)); });
        grid->addWidget(key, (d - 1) / 3, (d - 1) % 3);
    }
    auto* zero =
        KioskStyle::button(QStringLiteral("0"), "key", prefix + QStringLiteral("Key0"), this);
    connect(zero, &QPushButton::clicked, this, [this] { press(u'0'); });
    auto* back =
        KioskStyle::button(tr("Delete"), "keyAction", prefix + QStringLiteral("KeyBack"), this);
    connect(back, &QPushButton::clicked, this, [this] {
        if (isCovered()) {
            // The digits cannot be seen to delete one: the number goes, and the display says so.
            clear();
            m_coverDeleted = true;
            update();
        } else if (!m_text.isEmpty()) {
            setText(m_text.left(m_text.size() - 1));
        } else if (m_coverDeleted) {
            // Nothing left to delete: the notice has been read.
            m_coverDeleted = false;
            update();
        }
    });
    auto* clearKey =
        KioskStyle::button(tr("Clear"), "keyAction", prefix + QStringLiteral("KeyClear"), this);
    connect(clearKey, &QPushButton::clicked, this, &TouchKeypad::clear);
    // Four rows: digits as on a phone, a wide 0, and the action keys in a fourth column.
    grid->addWidget(zero, 3, 0, 1, 3);
    grid->addWidget(back, 0, 3);
    if (kind == Kind::IdNumber) {
        m_keyX =
            KioskStyle::button(QStringLiteral("X"), "key", prefix + QStringLiteral("KeyX"), this);
        connect(m_keyX, &QPushButton::clicked, this, [this] { press(u'X'); });
        grid->addWidget(clearKey, 1, 3);
        grid->addWidget(m_keyX, 2, 3, 2, 1);
    } else {
        grid->addWidget(clearKey, 1, 3, 3, 1);
    }
    for (QPushButton* key : findChildren<QPushButton*>())
        key->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    update();
}

void TouchKeypad::setPlaceholder(const QString& text)
{
    m_placeholder = text;
    update();
}

int TouchKeypad::lengthFor(const QString& text) const
{
    // A landline: an area code of three or four digits and a number of up to eight (0771 and
    // seven digits in Nanning, 0755 and eight in Shenzhen): up to twelve digits.
    if (m_kind == Kind::Phone && text.startsWith(QLatin1Char('0')))
        return 12;
    return m_maxLength;
}

void TouchKeypad::setSuffix(const QString& suffix)
{
    m_suffix = suffix;
    update();
}

void TouchKeypad::cover(const QString& shown)
{
    m_cover = shown;
    update();
}

void TouchKeypad::press(QChar c)
{
    if (isCovered())
        clear();
    if (m_text.size() >= lengthFor(m_text))
        return;
    // No amount starts with 0.
    if (m_kind == Kind::Amount && m_text.isEmpty() && c == u'0')
        return;
    // The check character X only ever stands last in an 18-character ID number.
    if (c == u'X' && m_text.size() != 17)
        return;
    setText(m_text + c);
}

void TouchKeypad::setText(const QString& text)
{
    QString t;
    for (const QChar c : text) {
        if (c.isDigit() || (m_kind == Kind::IdNumber && c.toUpper() == u'X'))
            t += c.toUpper();
    }
    while (m_kind == Kind::Amount && t.startsWith(QLatin1Char('0')))
        t.remove(0, 1);
    t.truncate(lengthFor(t));
    if (t == m_text)
        return;
    m_text = t;
    if (!m_text.isEmpty())
        m_coverDeleted = false;
    update();
    emit textChanged(m_text);
}

void TouchKeypad::clear()
{
    m_cover.clear();
    m_coverDeleted = false;
    setText(QString());
    update();
}

void TouchKeypad::update()
{
    if (m_keyX)
        m_keyX->setEnabled(m_text.size() == 17);
    // The hint shown while nothing is entered is grey and plain, not like digits typed in.
    if (m_display->property("empty").toBool() != m_text.isEmpty()) {
        m_display->setProperty("empty", m_text.isEmpty());
        m_display->style()->unpolish(m_display);
        m_display->style()->polish(m_display);
    }
    if (m_text.isEmpty()) {
        m_display->setText(m_coverDeleted ? tr("Deleted: enter it again") : m_placeholder);
        return;
    }
    if (isCovered()) {
        m_display->setText(m_cover);
        return;
    }
    if (m_kind == Kind::Secret) {
        m_display->setText(QString(m_text.size(), QChar(0x25CF)));
        return;
    }
    if (m_kind == Kind::Amount) {
        m_display->setText(m_text + m_suffix);
        return;
    }
    QList<int> groups = m_groups;
    if (m_kind == Kind::Phone && m_text.startsWith(QLatin1Char('0'))) {
        // A landline: its area code (010, 020-029: three digits; others four), then the number.
        const bool shortCode = m_text.size() > 1 && (m_text.at(1) == QLatin1Char('1') ||
                                                     m_text.at(1) == QLatin1Char('2'));
        groups = {shortCode ? 3 : 4, 8};
    }
    QString shown;
    qsizetype pos = 0;
    for (int g : std::as_const(groups)) {
        if (pos >= m_text.size())
            break;
        if (!shown.isEmpty())
            shown += QLatin1Char(' ');
        shown += m_text.mid(pos, g);
        pos += g;
    }
    m_display->setText(shown);
}

} // namespace lingong
