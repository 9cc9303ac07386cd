#include "kiosktradespage.h"

#include "common/kioskstyle.h"
#include "common/touchchipgroup.h"

#include <QEvent>
#include <QFontDatabase>
#include <QFontInfo>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyleOptionButton>
#include <QStylePainter>

#include <algorithm>
#include <cmath>
#include <map>

namespace lingong {

KioskTradesPage::KioskTradesPage(Terminal& terminal, QWidget* parent)
    : KioskPage(terminal, QStringLiteral("kioskTrades"), tr("Find work: choose a trade"), parent)
{
    // 全部岗位 on the title's line: the trades get the height of a whole row more.
    auto* all = KioskStyle::button(tr("All jobs"), "secondary", QStringLiteral("tradesAll"), this);
    connect(all, &QPushButton::clicked, this, [this] { emit tradeChosen(QString()); });
    addBesideTitle(all);
    body()->addWidget(KioskStyle::label(tr("Tap the kind of work you want."), "body", this));
    m_grid = new QGridLayout;
    m_grid->setSpacing(KioskStyle::px(16));
    body()->addLayout(m_grid, 1);
    refresh();
}

namespace {

// Sizes on this panel (KioskStyle::px).
int iconSize()
{
    return KioskStyle::px(KioskTradesPage::kPictureSize);
}

int minIconSize()
{
    return KioskStyle::px(KioskTradesPage::kSmallestPicture);
}

// Room between the picture and the label, as a share of the picture.
constexpr qreal kIconGap = 0.12;
// The trade tile's style sheet borders (3 px each side at most) and padding (16 left, 18 right).
int tileBorder()
{
    return KioskStyle::px(3);
}

int tileChrome()
{
    return KioskStyle::px(16) + KioskStyle::px(18) + 2 * tileBorder();
}

// A picture at least this large is easy to recognise.
int goodPicture()
{
    return KioskStyle::minTarget() * 3 / 4;
}

// The count's type beside the name's, and the height of a line as a share of its type size. The
// fonts' own line height (1.45 for Noto Sans CJK) would not let two large lines fit a tile.
constexpr double kCountScale = 0.85;
constexpr double kLineHeight = 1.2;
// Where the baseline sits in a line, as a share of the type size: Chinese characters and Latin
// capitals alike end up centred in the line, with room for descenders below.
constexpr double kBaseline = 0.98;
// Below this a tile's label would be hard to read: it stays this size at least.
int smallestTextPx()
{
    return KioskStyle::px(20);
}

// A label may take type this much smaller than the others before the pictures shrink for it.
constexpr double kLongLabelScale = 0.9;

const QColor kTileColours[] = {QColor(0xd9480f), QColor(0x0a5bb5), QColor(0x2b8a3e),
                               QColor(0x7048e8), QColor(0xc2255c), QColor(0x1098ad),
                               QColor(0xe67700), QColor(0x5c7cfa)};

bool haveEmojiFont()
{
    static const bool have = QFontDatabase::hasFamily(QStringLiteral("Noto Color Emoji"));
    return have;
}

// The emoji drawn large and cropped to its visible pixels. Emoji glyphs sit in their text box
// with uneven bearings, so centring the box leaves the picture off-centre; the crop lets the
// caller centre and size the picture itself. Null when nothing was drawn.
QImage emojiPicture(const QString& emoji, int pixelSize)
{
    QFont font;
    font.setFamilies({QStringLiteral("Noto Color Emoji"), QStringLiteral("Noto Sans CJK SC")});
    font.setPixelSize(pixelSize);
    QImage image(pixelSize * 2, pixelSize * 2, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter p(&image);
        p.setFont(font);
        p.drawText(image.rect(), Qt::AlignCenter, emoji);
    }
    int left = image.width(), top = image.height(), right = -1, bottom = -1;
    for (int y = 0; y < image.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(line[x]) == 0)
                continue;
            left = std::min(left, x);
            right = std::max(right, x);
            top = std::min(top, y);
            bottom = std::max(bottom, y);
        }
    }
    if (right < 0)
        return {};
    return image.copy(QRect(QPoint(left, top), QPoint(right, bottom)));
}

} // namespace

QPixmap KioskTradesPage::tradeIcon(const QString& occupation, const QString& icon, int colourIndex,
                                   int size, qreal devicePixelRatio)
{
    const QColor colour = kTileColours[colourIndex % int(std::size(kTileColours))];
    // Without the emoji font the picture would be an empty box: the badge reads better.
    const QImage picture = icon.isEmpty() || !haveEmojiFont() ? QImage() : emojiPicture(icon, 160);
    QPixmap pm(QSize(size, size) * devicePixelRatio);
    pm.setDevicePixelRatio(devicePixelRatio);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.setPen(Qt::NoPen);
    const QRectF tile(0, 0, size, size);
    if (!picture.isNull()) {
        // A light tint of the trade's colour: the emoji keeps its own colours readable on it,
        // in the normal theme and on the high-contrast theme's black.
        p.setBrush(QColor::fromRgbF(1.0 - (1.0 - colour.redF()) * 0.16,
                                    1.0 - (1.0 - colour.greenF()) * 0.16,
                                    1.0 - (1.0 - colour.blueF()) * 0.16));
        p.drawRoundedRect(tile, size * 0.2, size * 0.2);
        const QRectF box = tile.adjusted(size * 0.1, size * 0.1, -size * 0.1, -size * 0.1);
        QSizeF drawn = QSizeF(picture.size()).scaled(box.size(), Qt::KeepAspectRatio);
        QRectF target(QPointF(), drawn);
        target.moveCenter(box.center());
        p.drawImage(target, picture);
        return pm;
    }
    p.setBrush(colour);
    p.drawRoundedRect(tile, size * 0.2, size * 0.2);
    QFont f(QStringLiteral("Noto Sans CJK SC"));
    f.setPixelSize(int(size * 0.58));
    f.setBold(true);
    p.setFont(f);
    p.setPen(Qt::white);
    p.drawText(tile, Qt::AlignCenter, occupation.left(1));
    return pm;
}

void KioskTradesPage::addTradeChips(TouchChipGroup* group, const std::vector<Occupation>& trades,
                                    const ReferenceData& reference)
{
    int i = 0;
    for (const Occupation& o : trades) {
        group->addChip(o.name, reference.displayName(o.name));
        group->setChipIcon(o.name, tradeIcon(o.name, o.icon, i++, KioskStyle::px(56), 2.0));
    }
}

TradeTile::TradeTile(const QString& name, const QString& count, const QString& objectName,
                     QWidget* parent)
    : QPushButton(parent)
    , m_name(name)
    , m_count(count)
{
    // A button reads "&" as the mark of a shortcut key.
    setText(QString(name).replace(QLatin1Char('&'), QStringLiteral("&&")) + QLatin1Char('\n') +
            count);
    setProperty("role", QStringLiteral("trade"));
    setObjectName(objectName);
    setFocusPolicy(Qt::NoFocus);
}

void TradeTile::setTextPixelSize(int px)
{
    if (px == m_textPx)
        return;
    m_textPx = px;
    update();
}

QFont TradeTile::nameFont(Size size) const
{
    QFont f = font();
    if (m_textPx > 0 && size == Shown)
        f.setPixelSize(m_textPx);
    return f;
}

QFont TradeTile::countFont(Size size) const
{
    QFont f = font();
    f.setBold(false);
    f.setPixelSize(
        std::max(1, int(std::lround(QFontInfo(nameFont(size)).pixelSize() * kCountScale))));
    return f;
}

QRect TradeTile::contentsRect() const
{
    QStyleOptionButton opt;
    initStyleOption(&opt);
    const QRect padded = style()->subElementRect(QStyle::SE_PushButtonContents, &opt, this);
    // The padding is for the sides; the words may use the height inside the border.
    return QRect(padded.left(), tileBorder(), padded.width(), height() - 2 * tileBorder());
}

QRect TradeTile::pictureRect() const
{
    const QRect c = contentsRect();
    const QSize s = iconSize();
    return QRect(c.left(), c.top() + (c.height() - s.height()) / 2, s.width(), s.height());
}

int TradeTile::wordsWidth(Size size) const
{
    return std::max(QFontMetrics(nameFont(size)).horizontalAdvance(m_name),
                    QFontMetrics(countFont(size)).horizontalAdvance(m_count));
}

int TradeTile::wordsHeight() const
{
    return int(std::ceil(kLineHeight *
                         (QFontInfo(nameFont()).pixelSize() + QFontInfo(countFont()).pixelSize())));
}

QRect TradeTile::wordsRect() const
{
    const QRect c = contentsRect();
    const int h = wordsHeight();
    return QRect(pictureRect().right() + 1, c.top() + (c.height() - h) / 2, wordsWidth(), h);
}

void TradeTile::paintEvent(QPaintEvent*)
{
    QStylePainter p(this);
    QStyleOptionButton opt;
    initStyleOption(&opt);
    opt.text.clear();
    opt.icon = QIcon();
    p.drawControl(QStyle::CE_PushButton, opt);
    icon().paint(&p, pictureRect(), Qt::AlignCenter, isEnabled() ? QIcon::Normal : QIcon::Disabled);
    const QRect words = wordsRect();
    p.setPen(palette().color(QPalette::ButtonText));
    const QFont name = nameFont();
    const QFont count = countFont();
    const int namePx = QFontInfo(name).pixelSize();
    const int countPx = QFontInfo(count).pixelSize();
    p.setFont(name);
    p.drawText(QPointF(words.left(), words.top() + kBaseline * namePx), m_name);
    p.setFont(count);
    p.drawText(QPointF(words.left(), words.top() + kLineHeight * namePx + kBaseline * countPx),
               m_count);
}

void KioskTradesPage::refresh()
{
    for (TradeTile* b : std::as_const(m_tiles)) {
        m_grid->removeWidget(b);
        b->hide();
        b->deleteLater();
    }
    m_tiles.clear();
    std::map<QString, int> counts;
    if (auto c = m_terminal.jobs().openCountsByOccupation(m_terminal.clock().today()); c.ok()) {
        for (const OccupationCount& oc : c.value())
            counts[oc.occupation] = oc.jobs;
    }
    QStringList names;
    std::map<QString, QString> icons;
    if (auto occ = m_terminal.reference().occupations(); occ.ok()) {
        for (const Occupation& o : occ.value()) {
            names << o.name;
            icons[o.name] = o.icon;
        }
    }
    // Jobs may name a trade the local list does not have yet (synced from the platform).
    for (const auto& [name, n] : counts) {
        if (!names.contains(name))
            names << name;
    }
    int i = 0;
    for (const QString& name : std::as_const(names)) {
        const int n = counts.count(name) ? counts[name] : 0;
        auto* b = new TradeTile(m_terminal.reference().displayName(name),
                                n > 0 ? tr("%n job(s)", nullptr, n) : tr("none today"),
                                QStringLiteral("trade_") + name, this);
        const QString icon = icons.count(name) ? icons[name] : QString();
        b->setProperty("tradeIcon", icon);
        // The picture with a transparent strip on its right: a gap before the label.
        const qreal dpr = devicePixelRatioF();
        const int side = iconSize();
        QPixmap padded(QSize(int(side * (1 + kIconGap)), side) * dpr);
        padded.setDevicePixelRatio(dpr);
        padded.fill(Qt::transparent);
        {
            QPainter p(&padded);
            p.drawPixmap(0, 0, tradeIcon(name, icon, i, side, dpr));
        }
        b->setIcon(QIcon(padded));
        b->installEventFilter(this);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        b->setMinimumHeight(KioskStyle::minTarget());
        b->setMinimumWidth(KioskStyle::px(150));
        b->setEnabled(n > 0);
        connect(b, &QPushButton::clicked, this, [this, name] { emit tradeChosen(name); });
        m_tiles << b;
        ++i;
    }
    relayout();
}

bool KioskTradesPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize || event->type() == QEvent::FontChange) {
        if (auto* b = qobject_cast<TradeTile*>(watched); b && m_tiles.contains(b))
            fitIcons();
    }
    return KioskPage::eventFilter(watched, event);
}

void KioskTradesPage::fitIcons()
{
    if (m_fitting)
        return;
    m_fitting = true;
    // Each tile's words at the size the style gives them first; smaller below where they must.
    for (TradeTile* tile : std::as_const(m_tiles))
        tile->setTextPixelSize(0);
    // One size for every picture, so they line up. The few longest names (in English:
    // Construction, Factory work) may take slightly smaller type rather than shrink every
    // picture to make room for them.
    int side = iconSize();
    for (const TradeTile* tile : std::as_const(m_tiles)) {
        const int room = tile->contentsRect().width() - int(tile->wordsWidth() * kLongLabelScale);
        side = std::max(minIconSize(), std::min(side, int(room / (1 + kIconGap))));
        // Clear of the border above and below.
        side = std::min(side, tile->contentsRect().height() - 2 * tileBorder());
    }
    for (TradeTile* tile : std::as_const(m_tiles)) {
        tile->setIconSize(QSize(int(side * (1 + kIconGap)), side));
        // Words that do not fit beside the picture, or are taller than the tile, get a smaller
        // size of their own.
        const QRect room = tile->contentsRect().adjusted(tile->iconSize().width(), 0, 0, 0);
        const int width = tile->wordsWidth();
        const int height = tile->wordsHeight();
        if (width <= room.width() && height <= room.height())
            continue;
        double scale = 1.0;
        if (width > room.width() && width > 0)
            scale = std::min(scale, double(room.width()) / width);
        if (height > room.height() && height > 0)
            scale = std::min(scale, double(room.height()) / height);
        const int px = QFontInfo(tile->nameFont()).pixelSize();
        tile->setTextPixelSize(std::max(smallestTextPx(), int(px * scale)));
    }
    m_fitting = false;
    // The words' size may have changed (large text, another language): the number of columns
    // may follow, once this round of layout is over.
    if (wantedColumns() != m_columns)
        QMetaObject::invokeMethod(this, &KioskTradesPage::relayout, Qt::QueuedConnection);
}

void KioskTradesPage::setPortrait(bool portrait)
{
    const bool changed = portrait != isPortrait();
    KioskPage::setPortrait(portrait);
    if (changed)
        relayout();
}

void KioskTradesPage::setLargeText(bool on)
{
    KioskPage::setLargeText(on);
    relayout();
}

int KioskTradesPage::wantedColumns() const
{
    // Large text on a wide screen: five to a row, so that the pictures keep their size beside
    // the larger words.
    const int most = isPortrait() ? 3 : isLargeText() ? 5 : 6;
    // On a tall screen there is height to spare: long names (English in large text) take two
    // to a row rather than a picture too small to recognise.
    const int fewest = isPortrait() ? 2 : most;
    const QMargins margins = layout()->contentsMargins();
    const int room = width() - margins.left() - margins.right();
    int widest = 0;
    for (const TradeTile* tile : std::as_const(m_tiles))
        widest = std::max(widest, tile->wordsWidth(TradeTile::StyleSize));
    int columns = most;
    for (; columns > fewest; --columns) {
        const int tile = (room - (columns - 1) * m_grid->horizontalSpacing()) / columns;
        if (tile - tileChrome() - widest * kLongLabelScale >= goodPicture() * (1 + kIconGap))
            break;
    }
    return columns;
}

void KioskTradesPage::relayout()
{
    const int columns = wantedColumns();
    if (columns == m_columns && !m_grid->isEmpty())
        return;
    m_columns = columns;
    for (TradeTile* b : std::as_const(m_tiles))
        m_grid->removeWidget(b);
    for (int c = 0; c < 6; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
    for (int i = 0; i < m_tiles.size(); ++i)
        m_grid->addWidget(m_tiles.at(i), i / columns, i % columns);
}

} // namespace lingong
