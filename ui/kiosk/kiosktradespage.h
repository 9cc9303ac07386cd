#pragma once

#include "kioskpage.h"

class QGridLayout;
class QPushButton;

namespace lingong {

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
    // The picture's side: about 20 mm on a 21.5" 1080p panel, a finger-sized target. Large text in
    // six columns leaves less room: the picture shrinks down to kSmallestPicture before a label
    // is cut off.
    static constexpr int kPictureSize = 96;
    static constexpr int kSmallestPicture = 40;

    static QPixmap tradeIcon(const QString& occupation, const QString& icon, int colourIndex,
                             int size, qreal devicePixelRatio = 1.0);

signals:
    // An occupation name, or an empty string for every trade.
    void tradeChosen(const QString& occupation);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void relayout();
    // Sizes the pictures to the room the longest label leaves (no label is cut off).
    void fitIcons();
    bool m_fitting = false; // fitIcons() changes fonts, which calls it again

    QGridLayout* m_grid = nullptr;
    QList<QPushButton*> m_tiles;
};

} // namespace lingong
