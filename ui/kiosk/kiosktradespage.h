#pragma once

#include "kioskpage.h"

class QGridLayout;
class QPushButton;

namespace lingong {

// 找工作, first step: a grid of trades, each with its picture and the number of open jobs.
class KioskTradesPage final : public KioskPage
{
    Q_OBJECT
public:
    explicit KioskTradesPage(Terminal& terminal, QWidget* parent = nullptr);

    void refresh() override;
    void setPortrait(bool portrait) override;

    // A simple picture for a trade: its first character on a coloured tile, so people who read
    // slowly can find "建", "家", "电" at a glance.
    static QPixmap tradeIcon(const QString& occupation, int colourIndex, int size);

signals:
    // An occupation name, or an empty string for every trade.
    void tradeChosen(const QString& occupation);

private:
    void relayout();

    QGridLayout* m_grid = nullptr;
    QList<QPushButton*> m_tiles;
};

} // namespace lingong
