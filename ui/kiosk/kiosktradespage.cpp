#include "kiosktradespage.h"

#include "common/kioskstyle.h"

#include <QEvent>
#include <QFontDatabase>
#include <QFontInfo>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>

#include <algorithm>
#include <map>

namespace lingong {

KioskTradesPage::KioskTradesPage(Terminal& terminal, QWidget* parent)
    : KioskPage(terminal, QStringLiteral("kioskTrades"), tr("Find work: choose a trade"), parent)
{
    auto* row = new QHBoxLayout;
    row->addWidget(KioskStyle::label(tr("Tap the kind of work you want."), "body", this), 1);
    auto* all = KioskStyle::button(tr("All jobs"), "secondary", QStringLiteral("tradesAll"), this);
    connect(all, &QPushButton::clicked, this, [this] { emit tradeChosen(QString()); });
    row->addWidget(all);
    body()->addLayout(row);
    m_grid = new QGridLayout;
    m_grid->setSpacing(16);
    body()->addLayout(m_grid, 1);
    refresh();
}

namespace {

constexpr int kIconSize = KioskTradesPage::kPictureSize;
constexpr int kMinIconSize = KioskTradesPage::kSmallestPicture;
// Room between the picture and the label, as a share of the picture.
constexpr qreal kIconGap = 0.12;
// The trade tile's style sheet padding (16 left, 18 right) and borders (3 px each side at most).
constexpr int kTileChrome = 16 + 18 + 2 * 3;
constexpr int kTileBorder = 3;
// Below this a tile's label would be hard to read: it stays this size at least.
constexpr int kSmallestTextPx = 20;

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

void KioskTradesPage::refresh()
{
    for (QPushButton* b : std::as_const(m_tiles)) {
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
        // A button reads "&" as the mark of a shortcut key.
        const QString label = m_terminal.reference().displayName(name).replace(
            QLatin1Char('&'), QStringLiteral("&&"));
        const QString text =
            n > 0 ? tr("%1\n%n job(s)", nullptr, n).arg(label) : tr("%1\nnone today").arg(label);
        auto* b = KioskStyle::button(text, "trade", QStringLiteral("trade_") + name, this);
        const QString icon = icons.count(name) ? icons[name] : QString();
        b->setProperty("tradeIcon", icon);
        // The picture with a transparent strip on its right: a gap before the label.
        const qreal dpr = devicePixelRatioF();
        QPixmap padded(QSize(int(kIconSize * (1 + kIconGap)), kIconSize) * dpr);
        padded.setDevicePixelRatio(dpr);
        padded.fill(Qt::transparent);
        {
            QPainter p(&padded);
            p.drawPixmap(0, 0, tradeIcon(name, icon, i, kIconSize, dpr));
        }
        b->setIcon(QIcon(padded));
        b->installEventFilter(this);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        b->setMinimumHeight(120);
        b->setMinimumWidth(150);
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
        if (auto* b = qobject_cast<QPushButton*>(watched); b && m_tiles.contains(b))
            fitIcons();
    }
    return KioskPage::eventFilter(watched, event);
}

void KioskTradesPage::fitIcons()
{
    if (m_fitting)
        return;
    m_fitting = true;
    // Each tile's text at the size the style gives it first; smaller below where it must be.
    for (QPushButton* tile : std::as_const(m_tiles)) {
        if (!tile->styleSheet().isEmpty())
            tile->setStyleSheet(QString());
    }
    const auto labelWidth = [](const QPushButton* tile) {
        const QFontMetrics fm(tile->font());
        int label = 0;
        for (const QString& line : tile->text().split(QLatin1Char('\n')))
            label = std::max(label, fm.horizontalAdvance(line));
        return label;
    };
    // One size for every picture, so they line up.
    int side = kIconSize;
    for (QPushButton* tile : std::as_const(m_tiles)) {
        const int room = tile->width() - kTileChrome - labelWidth(tile);
        side = std::max(kMinIconSize, std::min(side, int(room / (1 + kIconGap))));
    }
    for (QPushButton* tile : std::as_const(m_tiles)) {
        tile->setIconSize(QSize(int(side * (1 + kIconGap)), side));
        // A label that still does not fit beside the smallest picture (a long name in large
        // text), or whose two lines are taller than the tile, gets a smaller size of its own.
        const QFontMetrics fm(tile->font());
        const int width = labelWidth(tile);
        const int room = tile->width() - kTileChrome - int(side * (1 + kIconGap));
        const int lines = int(tile->text().count(QLatin1Char('\n'))) + 1;
        const int height = lines * fm.height();
        const int roomHeight = tile->height() - 2 * kTileBorder;
        if (width <= room && height <= roomHeight)
            continue;
        double scale = 1.0;
        if (width > room && width > 0)
            scale = std::min(scale, double(room) / width);
        if (height > roomHeight && height > 0)
            scale = std::min(scale, double(roomHeight) / height);
        const int px = std::max(kSmallestTextPx, int(QFontInfo(tile->font()).pixelSize() * scale));
        tile->setStyleSheet(QStringLiteral("font-size: %1px;").arg(px));
    }
    m_fitting = false;
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

void KioskTradesPage::relayout()
{
    // Large text on a wide screen: five to a row, so that the pictures keep their size beside
    // the larger words.
    const int columns = isPortrait() ? 3 : isLargeText() ? 5 : 6;
    for (QPushButton* b : std::as_const(m_tiles))
        m_grid->removeWidget(b);
    for (int c = 0; c < 6; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
    for (int i = 0; i < m_tiles.size(); ++i)
        m_grid->addWidget(m_tiles.at(i), i / columns, i % columns);
}

} // namespace lingong
