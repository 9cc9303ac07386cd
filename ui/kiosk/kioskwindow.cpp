#include "kioskwindow.h"

#include "modes.h"
#include "storewatcher.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace lingong {

KioskWindow::KioskWindow(Terminal& terminal, QWidget* parent)
    : QWidget(parent)
    , m_terminal(terminal)
{
    setObjectName(QStringLiteral("kioskWindow"));
    setWindowTitle(tr("Self-service kiosk"));
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(terminal.config().hallName, this);
    m_title->setObjectName(QStringLiteral("kioskTitle"));
    QFont f = m_title->font();
    f.setPixelSize(48);
    f.setBold(true);
    m_title->setFont(f);
    layout->addWidget(m_title);
    auto* hint = new QLabel(tr("Tap a trade to see its jobs"), this);
    QFont hf = hint->font();
    hf.setPixelSize(28);
    hint->setFont(hf);
    layout->addWidget(hint);
    m_grid = new QGridLayout;
    layout->addLayout(m_grid, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("kioskStatus"));
    layout->addWidget(m_status);
    m_watcher = new StoreWatcher(terminal.database(), 2000, this);
    connect(m_watcher, &StoreWatcher::changed, this, &KioskWindow::refresh);
    refresh();
}

void KioskWindow::refresh()
{
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto counts = m_terminal.jobs().openCountsByOccupation(m_terminal.clock().today());
    if (!counts.ok()) {
        m_status->setText(counts.error().message);
        return;
    }
    int i = 0;
    for (const OccupationCount& c : counts.value()) {
        auto* b = new QPushButton(tr("%1\n%n job(s)", nullptr, c.jobs).arg(c.occupation), this);
        b->setObjectName(QStringLiteral("trade_") + c.occupation);
        b->setMinimumSize(240, 120);
        QFont bf = b->font();
        bf.setPixelSize(28);
        b->setFont(bf);
        m_grid->addWidget(b, i / 6, i % 6);
        ++i;
    }
    m_status->setText(
        tr("Data as of %1")
            .arg(m_terminal.clock().localNow().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
}

int KioskWindow::saveScreenshots(const QString& dir)
{
    return saveScreenshot(*this, dir, QStringLiteral("kiosk-home"));
}

} // namespace lingong
