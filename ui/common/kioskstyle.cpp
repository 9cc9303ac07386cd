#include "kioskstyle.h"

#include "linebalance.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace lingong {

namespace {

// Placeholders in the sheet below: @name@ for colours, $nn$ for text sizes (scaled with the panel
// and by large text), %nn% for other sizes (scaled with the panel only; a keypad's digits and
// the number typed are large already and keep their size in large text, so that the keypad
// and a whole ID number still fit). Sizes are those
// of a 1080p panel.
const char* const kSheet = R"(
* { font-family: "Noto Sans CJK SC"; }
QWidget#kioskWindow { background: @bg@; }
QLabel { color: @text@; }
QStackedWidget, QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }
QFrame#kioskTopBar { background: @bar@; }
QFrame#kioskTopBar QLabel { color: @barText@; }
QFrame#kioskBottomBar { background: @panel@; border-top: %2%px solid @line@; }
QFrame#kioskUrgent { background: @urgent@; border-bottom: %2%px solid @urgentLine@; }
QFrame#kioskUrgent[compact="true"] { border: %2%px solid @urgentLine@; border-radius: %12%px; }
QFrame#kioskUrgent QLabel { color: @urgentText@; }
QFrame#kioskUrgent QLabel[role="urgentPill"] { font-size: %26%px; font-weight: bold;
    color: @urgentPillText@; background: @urgentPill@; border-radius: %10%px;
    padding: %6%px %16%px; }
QLabel[role="urgentTitle"] { font-size: %32%px; font-weight: bold; }
QLabel[role="urgentBody"] { font-size: %26%px; }
QLabel[role="urgentMore"] { font-size: %56%px; font-weight: bold; }
QWidget#kioskUrgentPanel { background: rgba(0, 0, 0, 200); }
QLabel[role="urgentHeading"] { font-size: $30$px; font-weight: bold; color: @error@; }
QLabel[role="brand"] { font-size: $26$px; font-weight: bold; }
QLabel[role="hall"] { font-size: $36$px; font-weight: bold; }
QLabel[role="h1"] { font-size: $44$px; font-weight: bold; }
QLabel[role="h2"] { font-size: $34$px; font-weight: bold; }
QLabel[role="body"] { font-size: $26$px; }
QLabel[role="field"] { font-size: $26$px; color: @muted@; }
QLabel[role="note"] { font-size: $24$px; color: @muted@; }
QLabel[role="status"] { font-size: $24$px; color: @muted@; }
QLabel[role="pay"] { font-size: $34$px; font-weight: bold; color: @pay@; }
QLabel[role="badge"] { font-size: $24$px; font-weight: bold; color: @badgeText@;
    background: @badge@; border-radius: %8%px; padding: %2%px %8%px; }
QLabel[role="settle"] { font-size: $24$px; font-weight: bold; color: @primary@;
    background: @card@; border: %2%px solid @primary@; border-radius: %8%px;
    padding: %0%px %6%px; }
QLabel[role="welfare"] { font-size: $24$px; font-weight: bold; color: @badgeText@;
    background: @welfare@; border-radius: %8%px; padding: %2%px %8%px; }
QLabel[role="more"] { font-size: $24$px; font-weight: bold; color: @primary@;
    background: @panel@; border-top: %2%px solid @line@; padding: %4%px; }
QLabel[role="back"] { font-size: $24$px; font-weight: bold; color: @primary@;
    background: @panel@; border-bottom: %2%px solid @line@; padding: %4%px; }
QLabel[role="error"] { font-size: $28$px; font-weight: bold; color: @errorText@;
    background: @errorBg@; border: %2%px solid @error@; border-radius: %10%px; padding: %12%px; }
QLabel[role="success"] { font-size: $40$px; font-weight: bold; color: @ok@; }
QLabel[role="big"] { font-size: $120$px; font-weight: bold; color: @primary@;
    letter-spacing: %8%px; }
QLabel[role="display"] { font-size: %52%px; font-weight: bold; background: @field@;
    border: %3%px solid @primary@; border-radius: %12%px; padding: %8%px %20%px; }
QLabel[role="display"][empty="true"] { font-size: $36$px; font-weight: normal; color: @muted@; }
QLabel[role="countdown"] { font-size: $96$px; font-weight: bold; color: @pay@; }
QLabel[role="attract"] { font-size: $56$px; font-weight: bold; color: @primary@; }
QFrame[role="card"] { background: @card@; border: %2%px solid @line@; border-radius: %16%px; }
QFrame[role="panel"] { background: @card@; border: %3%px solid @primary@; border-radius: %20%px; }
QWidget#kioskCountdown { background: rgba(0, 0, 0, 248); }
QPushButton { font-size: $28$px; min-height: %96%px; border-radius: %14%px; padding: %6%px %18%px;
    background: @button@; color: @buttonText@; border: %2%px solid @line@; }
QPushButton:pressed { background: @pressed@; }
QPushButton:disabled { color: @off@; background: @panel@; border-color: @panel@; }
QPushButton[role="primary"] { font-size: $34$px; font-weight: bold; background: @primary@;
    color: @primaryText@; border: %3%px solid @primary@; min-height: %110%px; }
QPushButton[role="secondary"] { font-size: $30$px; font-weight: bold; background: @card@;
    color: @primary@; border: %3%px solid @primary@; }
QPushButton[role="primary"]:disabled, QPushButton[role="secondary"]:disabled { color: @off@;
    background: @panel@; border-color: @panel@; }
QPushButton[role="nav"] { font-size: $30$px; font-weight: bold; min-width: %200%px; }
QPushButton[role="toggle"] { font-size: $24$px; font-weight: bold; min-width: %170%px;
    background: transparent; color: @barText@; border: %3%px solid @barText@; }
QPushButton[role="toggle"]:checked { background: @barText@; color: @bar@; }
QPushButton[role="key"] { font-size: %48%px; font-weight: bold; min-width: %120%px;
    min-height: %92%px; padding: 0px; background: @card@; }
QPushButton[role="keyAction"] { font-size: $30$px; font-weight: bold; min-width: %120%px;
    min-height: %92%px; padding: 0px; }
QPushButton[role="chip"] { font-size: $28$px; background: @card@; border: %3%px solid @line@;
    padding: 0px %14%px; }
QPushButton[role="chip"]:checked { background: @primary@; color: @primaryText@;
    border: %3%px solid @primary@; }
QPushButton[role="chip"] QLabel[role="chipMark"] { font-size: %24%px; color: @primaryText@;
    background: transparent; }
QPushButton[role="chip"]:checked:disabled { background: @primary@; color: @primaryText@;
    border: %3%px solid @primary@; }
QPushButton[role="tile"] { font-size: $36$px; font-weight: bold; color: @tileText@;
    border: none; border-radius: %22%px; text-align: center; }
QPushButton[role="tile"] QLabel[role="tileTitle"] { font-size: $44$px; font-weight: bold;
    color: @tileText@; background: transparent; }
QPushButton[role="tile"] QLabel[role="tileSubtitle"] { font-size: $30$px; color: @tileText@;
    background: transparent; }
QPushButton[role="trade"] { font-size: $30$px; font-weight: bold; background: @card@;
    border: %2%px solid @line@; border-radius: %16%px; text-align: left; padding-left: %16%px;
    min-height: %80%px; }
QPushButton[role="card"] { background: @card@; border: %2%px solid @line@; border-radius: %16%px;
    text-align: left; padding: %10%px %20%px; }
QPushButton[role="card"]:pressed { background: @pressed@; }
QPushButton#homeFindWork { background: @tile1@; }
QPushButton#homePost { background: @tile8@; }
QPushButton#homeRegister { background: @tile2@; }
QPushButton#homeTraining { background: @tile3@; }
QPushButton#homePolicy { background: @tile4@; }
QPushButton#homeRights { background: @tile5@; }
QPushButton#homeMarket { background: @tile6@; }
QPushButton#homeOnline { background: @tile7@; }
QScrollBar:vertical { width: %48%px; background: @panel@; border-radius: %12%px; }
QScrollBar::handle:vertical { background: @line@; min-height: %96%px; border-radius: %12%px; }
QScrollBar::add-line, QScrollBar::sub-line { height: 0px; }
)";

struct Palette
{
    const char* name;
    const char* normal;
    const char* contrast;
};

// clang-format off
const Palette kColours[] = {
    {"bg", "#eef3f8", "#000000"},        {"text", "#1b2733", "#ffffff"},
    {"muted", "#52606d", "#e0e0e0"},     {"bar", "#0a4f9e", "#000000"},
    {"barText", "#ffffff", "#ffd400"},   {"panel", "#dde6ef", "#1a1a1a"},
    {"line", "#b8c6d6", "#ffd400"},      {"card", "#ffffff", "#000000"},
    {"field", "#ffffff", "#000000"},     {"pay", "#d9480f", "#ffd400"},
    {"primary", "#0a5bb5", "#ffd400"},   {"primaryText", "#ffffff", "#000000"},
    {"button", "#ffffff", "#000000"},    {"buttonText", "#1b2733", "#ffd400"},
    {"pressed", "#c5d8ee", "#444400"},   {"badge", "#2b8a3e", "#ffd400"},
    {"badgeText", "#ffffff", "#000000"}, {"welfare", "#c2255c", "#ffffff"},
    {"error", "#c92a2a", "#ff6060"},     {"errorBg", "#fff0f0", "#5c0000"},
    {"off", "#7b8794", "#8a8a8a"},
    {"errorText", "#a61e1e", "#ffffff"}, {"ok", "#2b8a3e", "#7dff7d"},
    {"tileText", "#ffffff", "#ffd400"},  {"tile1", "#d9480f", "#000000"},
    {"tile2", "#0a5bb5", "#000000"},     {"tile3", "#2b8a3e", "#000000"},
    {"tile4", "#7048e8", "#000000"},     {"tile5", "#c2255c", "#000000"},
    {"tile6", "#1098ad", "#000000"},     {"tile7", "#5c7cfa", "#000000"},
    {"tile8", "#8a4b14", "#000000"},
    {"urgent", "#c92a2a", "#5c0000"},    {"urgentText", "#ffffff", "#ffffff"},
    {"urgentLine", "#8f1d1d", "#ff6060"}, {"urgentPill", "#ffffff", "#ffd400"},
    {"urgentPillText", "#a61e1e", "#000000"},
};
// clang-format on

double s_scale = 1.0;

} // namespace

double KioskStyle::scaleFor(QSize panel)
{
    if (panel.isEmpty())
        return 1.0;
    const bool portrait = panel.height() > panel.width();
    const double across = panel.width() / (portrait ? 1080.0 : 1920.0);
    const double down = panel.height() / (portrait ? 1920.0 : 1080.0);
    return std::clamp(std::min(across, down), kMinScale, 1.0);
}

void KioskStyle::setScale(double scale)
{
    s_scale = std::clamp(scale, kMinScale, 1.0);
}

double KioskStyle::scale()
{
    return s_scale;
}

int KioskStyle::px(int size)
{
    return int(std::lround(size * s_scale));
}

int KioskStyle::minTarget()
{
    return px(kMinTarget);
}

QString KioskStyle::styleSheet(bool largeText, bool highContrast)
{
    QString sheet = QString::fromUtf8(kSheet);
    for (const Palette& p : kColours) {
        sheet.replace(QLatin1Char('@') + QLatin1String(p.name) + QLatin1Char('@'),
                      QLatin1String(highContrast ? p.contrast : p.normal));
    }
    if (highContrast) {
        // Every tile and button gets a bright outline on black.
        sheet += QStringLiteral("QPushButton[role=\"tile\"] { border: %4%px solid #ffd400; }\n"
                                "QPushButton { border-width: %3%px; }\n");
    }
    // Scale every $nn$ and %nn% size.
    const double textFactor = s_scale * (largeText ? kLargeTextFactor : 1.0);
    QString out;
    out.reserve(sheet.size());
    qsizetype i = 0;
    while (i < sheet.size()) {
        const QChar c = sheet.at(i);
        const bool text = c == QLatin1Char('$');
        if ((text || c == QLatin1Char('%')) && i + 1 < sheet.size() && sheet.at(i + 1).isDigit()) {
            const qsizetype end = sheet.indexOf(c, i + 1);
            const int size = sheet.mid(i + 1, end - i - 1).toInt();
            int scaled = int(std::lround(size * (text ? textFactor : s_scale)));
            // Text stays readable from arm's length on a small panel (about 6 mm on an 18.5"
            // 1366x768 one), a little less smaller than the rest.
            if (text)
                scaled = std::max(scaled, std::min(size, kSmallestText));
            out += QString::number(scaled);
            i = end + 1;
            continue;
        }
        out += c;
        ++i;
    }
    return out;
}

void KioskStyle::setRole(QWidget* widget, const char* role)
{
    widget->setProperty("role", QString::fromLatin1(role));
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

QVBoxLayout* KioskStyle::centredPanel(QWidget* overlay, int width)
{
    auto* outer = new QVBoxLayout(overlay);
    auto* panel = new QFrame(overlay);
    panel->setProperty("role", QStringLiteral("panel"));
    // A width of its own: wrapped lines then count their height whole.
    panel->setFixedWidth(px(width));
    auto* l = new QVBoxLayout(panel);
    l->setContentsMargins(px(48), px(40), px(48), px(40));
    l->setSpacing(px(20));
    // Centred between stretches rather than by alignment: a vertical box asks its items for
    // their height at the whole overlay's width, and the panel's wrapped text would be measured
    // a line or two short. The row hands the panel its own width first.
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(panel);
    row->addStretch(1);
    outer->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(1);
    return l;
}

namespace {

// A kiosk's words: a last line of one or two characters takes a few more from the line above
// (LineBalance), as a person would write it, and a date or a number stays on one line. Only the
// painting changes: the lines are as many, so
// the label is as tall, and its text is the same.
class BalancedLabel final : public QLabel
{
public:
    using QLabel::QLabel;

protected:
    void paintEvent(QPaintEvent* event) override
    {
        if (!wordWrap() || textFormat() != Qt::PlainText || text().isEmpty()) {
            QLabel::paintEvent(event);
            return;
        }
        // The box QLabel lays its text in: inside its margin, and its indent on the aligned
        // sides (by default half an x when it has a frame: a border or padding of its role).
        QRect room = contentsRect().adjusted(margin(), margin(), -margin(), -margin());
        const Qt::Alignment align = QStyle::visualAlignment(layoutDirection(), alignment());
        int indent = this->indent();
        if (indent < 0 && frameWidth() > 0)
            indent = fontMetrics().horizontalAdvance(QLatin1Char('x')) / 2 - margin();
        if (indent > 0) {
            if (align & Qt::AlignLeft)
                room.setLeft(room.left() + indent);
            if (align & Qt::AlignRight)
                room.setRight(room.right() - indent);
            if (align & Qt::AlignTop)
                room.setTop(room.top() + indent);
            if (align & Qt::AlignBottom)
                room.setBottom(room.bottom() - indent);
        }
        // Laid out again only when the words, their room or their font change, not at each
        // repaint (a press, a blink of the screen around it).
        const QString key = text() + QChar(0) + QString::number(room.width()) + font().key();
        if (key != m_key) {
            m_key = key;
            m_width = int(LineBalance::width(text(), font(), room.width()));
            // A date or a number is not broken across lines where keeping it whole takes no
            // line more.
            const QString joined = LineBalance::keepTogether(text());
            m_shown = joined != text() && LineBalance::lines(joined, font(), m_width).size() ==
                                              LineBalance::lines(text(), font(), m_width).size()
                          ? joined
                          : text();
        }
        const int width = m_width;
        if (width >= room.width() && m_shown == text()) {
            QLabel::paintEvent(event);
            return;
        }
        QPainter painter(this);
        drawFrame(&painter);
        QRect r = room;
        const int spare = room.width() - width;
        if (align & Qt::AlignHCenter)
            r.adjust(spare / 2, 0, -(spare - spare / 2), 0);
        else if (align & Qt::AlignRight)
            r.adjust(spare, 0, 0, 0);
        else
            r.setWidth(width);
        style()->drawItemText(&painter, r, int(align) | Qt::TextWordWrap, palette(), isEnabled(),
                              m_shown, foregroundRole());
    }

private:
    QString m_key; // text, room and font m_width and m_shown were found for
    int m_width = 0;
    QString m_shown; // the text as painted
};

} // namespace

QLabel* KioskStyle::label(const QString& text, const char* role, QWidget* parent)
{
    auto* l = new BalancedLabel(text, parent);
    l->setProperty("role", QString::fromLatin1(role));
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    return l;
}

QPushButton* KioskStyle::button(const QString& text, const char* role, const QString& objectName,
                                QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setProperty("role", QString::fromLatin1(role));
    b->setObjectName(objectName);
    b->setFocusPolicy(Qt::NoFocus);
    b->setMinimumHeight(minTarget());
    return b;
}

} // namespace lingong
