#pragma once

#include "kioskpage.h"
#include "referencedata.h"

#include <QPushButton>

#include <vector>

class QGridLayout;

namespace lingong {

class TouchChipGroup;

// One trade on the trades page: its picture, then its name above the number of open jobs in
// smaller type, so that both lines fit a tile even in large text. text() holds both lines, for
// what a screen reader says.
class TradeTile final : public QPushButton
{
    Q_OBJECT
public:
    TradeTile(const QString& name, const QString& count, const QString& objectName,
              QWidget* parent = nullptr);

    QString name() const { return m_name; }
    QString count() const { return m_count; }
    // The name's pixel size: 0 for the size the style sheet gives the tile.
    void setTextPixelSize(int px);
    // The type as shown, or at the size the style sheet gives the tile.
    enum Size
    {
        Shown,
        StyleSize
    };
    QFont nameFont(Size size = Shown) const;
    QFont countFont(Size size = Shown) const;
    // The room inside the border and padding, the picture's place and the words' place.
    QRect contentsRect() const;
    QRect pictureRect() const;
    QRect wordsRect() const;
    int wordsWidth(Size size = Shown) const;
    int wordsHeight() const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_name;
    QString m_count;
    int m_textPx = 0;
};

// 找工作, first step: a grid of trades, each with its picture and the number of open jobs.
// Each tile (object name "trade_<occupation>") carries the dynamic property "tradeIcon": the
// occupation's emoji, or an empty string where it shows the character badge.
class KioskTradesPage final : public KioskPage
{
    Q_OBJECT
public:
    explicit KioskTradesPage(Terminal& terminal, QWidget* parent = nullptr);

    void refresh() override;
    void setPortrait(bool portrait) override;
    void setLargeText(bool on) override;

    // The picture for a trade, size × size device-independent pixels, so people who read slowly
    // find their work at a glance: the occupation's emoji (Occupation::icon, drawn with Noto Color
    // Emoji) on a light tile, or, when it has none, its first character on a coloured tile
    // ("建", "家", "电"). colourIndex picks the tile's colour.
    // The picture's side: about 24 mm on a 21.5" 1080p panel, a finger-sized target. Long names
    // (English) and narrow windows leave less room: the longest labels first take type up to 10 %
    // smaller, then the pictures shrink down to kSmallestPicture before a label is cut off. Both
    // are sizes on a 1080p panel (KioskStyle::px).
    static constexpr int kPictureSize = 96;
    static constexpr int kSmallestPicture = 40;

    static QPixmap tradeIcon(const QString& occupation, const QString& icon, int colourIndex,
                             int size, qreal devicePixelRatio = 1.0);
    // A chip in `group` for each of `trades`, named as `reference` shows it, with the picture of
    // its tile: found at a glance by those who read slowly (求职登记, 我要招工).
    static void addTradeChips(TouchChipGroup* group, const std::vector<Occupation>& trades,
                              const ReferenceData& reference);

signals:
    // An occupation name, or an empty string for every trade.
    void tradeChosen(const QString& occupation);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Places the tiles in as many columns as wantedColumns() says, if that changed.
    void relayout();
    int wantedColumns() const;
    int m_columns = 0;
    // Sizes the pictures to the room the longest label leaves (no label is cut off).
    void fitIcons();
    bool m_fitting = false; // fitIcons() changes fonts, which calls it again

    QGridLayout* m_grid = nullptr;
    QList<TradeTile*> m_tiles;
};

} // namespace lingong
