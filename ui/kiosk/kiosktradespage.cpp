#include "kiosktradespage.h"

#include "common/kioskstyle.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>

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

QPixmap KioskTradesPage::tradeIcon(const QString& occupation, int colourIndex, int size)
{
    static const QColor colours[] = {QColor(0xd9480f), QColor(0x0a5bb5), QColor(0x2b8a3e),
                                     QColor(0x7048e8), QColor(0xc2255c), QColor(0x1098ad),
                                     QColor(0xe67700), QColor(0x5c7cfa)};
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(colours[colourIndex % int(std::size(colours))]);
    p.drawRoundedRect(QRectF(0, 0, size, size), size * 0.2, size * 0.2);
    QFont f(QStringLiteral("Noto Sans CJK SC"));
    f.setPixelSize(int(size * 0.58));
    f.setBold(true);
    p.setFont(f);
    p.setPen(Qt::white);
    p.drawText(QRect(0, 0, size, size), Qt::AlignCenter, occupation.left(1));
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
    if (auto occ = m_terminal.reference().occupations(); occ.ok()) {
        for (const Occupation& o : occ.value())
            names << o.name;
    }
    // Jobs may name a trade the local list does not have yet (synced from the platform).
    for (const auto& [name, n] : counts) {
        if (!names.contains(name))
            names << name;
    }
    int i = 0;
    for (const QString& name : std::as_const(names)) {
        const int n = counts.count(name) ? counts[name] : 0;
        const QString text =
            n > 0 ? tr("%1\n%n job(s)", nullptr, n).arg(name) : tr("%1\nnone today").arg(name);
        auto* b = KioskStyle::button(text, "trade", QStringLiteral("trade_") + name, this);
        b->setIcon(QIcon(tradeIcon(name, i, 128)));
        b->setIconSize(QSize(72, 72));
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

void KioskTradesPage::setPortrait(bool portrait)
{
    const bool changed = portrait != isPortrait();
    KioskPage::setPortrait(portrait);
    if (changed)
        relayout();
}

void KioskTradesPage::relayout()
{
    const int columns = isPortrait() ? 3 : 6;
    for (QPushButton* b : std::as_const(m_tiles))
        m_grid->removeWidget(b);
    for (int c = 0; c < 6; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
    for (int i = 0; i < m_tiles.size(); ++i)
        m_grid->addWidget(m_tiles.at(i), i / columns, i % columns);
}

} // namespace lingong
