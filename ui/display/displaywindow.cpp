#include "displaywindow.h"

#include "modes.h"
#include "storewatcher.h"

#include <QLabel>
#include <QVBoxLayout>

namespace lingong {

DisplayWindow::DisplayWindow(Terminal& terminal, QWidget* parent)
    : QWidget(parent)
    , m_terminal(terminal)
{
    setObjectName(QStringLiteral("displayWindow"));
    setWindowTitle(tr("Information screen"));
    setStyleSheet(QStringLiteral("background:#0b2a4a; color:white;"));
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("Guangxi Gig Market · %1").arg(terminal.config().hallName), this);
    QFont tf = title->font();
    tf.setPixelSize(56);
    tf.setBold(true);
    title->setFont(tf);
    layout->addWidget(title);
    m_body = new QLabel(this);
    m_body->setObjectName(QStringLiteral("displayBody"));
    QFont bf = m_body->font();
    bf.setPixelSize(40);
    m_body->setFont(bf);
    m_body->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_body, 1);
    m_updated = new QLabel(this);
    layout->addWidget(m_updated);
    m_watcher = new StoreWatcher(terminal.database(), 2000, this);
    connect(m_watcher, &StoreWatcher::changed, this, &DisplayWindow::refresh);
    refresh();
}

void DisplayWindow::refresh()
{
    JobQuery q;
    q.today = m_terminal.clock().today();
    q.limit = 10;
    auto page = m_terminal.jobs().search(q);
    if (!page.ok())
        return;
    QStringList lines;
    for (const StoredEntity& j : page->jobs)
        lines << j.data.value(QLatin1String("title")).toString();
    m_body->setText(lines.join(QLatin1Char('\n')));
    m_updated->setText(tr("Data updated at %1")
                           .arg(m_terminal.clock().localNow().toString(QStringLiteral("HH:mm"))));
}

int DisplayWindow::saveScreenshots(const QString& dir)
{
    return saveScreenshot(*this, dir, QStringLiteral("display-home"));
}

} // namespace lingong
