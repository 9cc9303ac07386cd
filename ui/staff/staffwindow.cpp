#include "staffwindow.h"

#include "modes.h"

#include <QHeaderView>
#include <QTableWidget>

namespace lingong {

StaffWindow::StaffWindow(Terminal& terminal, QWidget* parent)
    : QMainWindow(parent)
    , m_terminal(terminal)
{
    setObjectName(QStringLiteral("staffWindow"));
    setWindowTitle(tr("One-stop service window — %1").arg(terminal.config().hallName));
    m_jobs = new QTableWidget(this);
    m_jobs->setObjectName(QStringLiteral("staffJobs"));
    m_jobs->setColumnCount(4);
    m_jobs->setHorizontalHeaderLabels({tr("Title"), tr("Trade"), tr("District"), tr("Status")});
    m_jobs->horizontalHeader()->setStretchLastSection(true);
    setCentralWidget(m_jobs);
    refresh();
}

void StaffWindow::refresh()
{
    JobQuery q;
    q.openOnly = false;
    q.limit = 100;
    auto page = m_terminal.jobs().search(q);
    if (!page.ok())
        return;
    m_jobs->setRowCount(int(page->jobs.size()));
    int row = 0;
    for (const StoredEntity& j : page->jobs) {
        const QJsonObject& d = j.data;
        m_jobs->setItem(row, 0, new QTableWidgetItem(d.value(QLatin1String("title")).toString()));
        m_jobs->setItem(row, 1,
                        new QTableWidgetItem(d.value(QLatin1String("occupation")).toString()));
        m_jobs->setItem(row, 2,
                        new QTableWidgetItem(d.value(QLatin1String("location"))
                                                 .toObject()
                                                 .value(QLatin1String("district"))
                                                 .toString()));
        m_jobs->setItem(row, 3, new QTableWidgetItem(d.value(QLatin1String("status")).toString()));
        ++row;
    }
}

int StaffWindow::saveScreenshots(const QString& dir)
{
    return saveScreenshot(*this, dir, QStringLiteral("staff-home"));
}

} // namespace lingong
