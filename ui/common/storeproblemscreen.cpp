#include "storeproblemscreen.h"

#include "terminal.h"

#include <QLabel>
#include <QLoggingCategory>
#include <QResizeEvent>
#include <QVBoxLayout>

namespace lingong {

Q_LOGGING_CATEGORY(lcStoreProblem, "lingong.ui.storeproblem")

StoreProblemScreen::StoreProblemScreen(Terminal& terminal, QString dbPath, Mode mode,
                                       const QString& problem, QWidget* parent)
    : QWidget(parent)
    , m_terminal(terminal)
    , m_dbPath(std::move(dbPath))
    , m_mode(mode)
{
    setObjectName(QStringLiteral("storeProblem"));
    setWindowTitle(terminal.config().hallName);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0x0b, 0x4f, 0x9c));
    p.setColor(QPalette::WindowText, Qt::white);
    setPalette(p);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 40, 48, 40);
    const auto label = [this, layout](const QString& name, const QString& text) {
        auto* l = new QLabel(text, this);
        l->setObjectName(name);
        l->setWordWrap(true);
        l->setAlignment(Qt::AlignCenter);
        layout->addWidget(l);
        return l;
    };
    m_hall = label(QStringLiteral("storeProblemHall"), terminal.config().hallName);
    layout->addStretch(2);
    m_title = label(QStringLiteral("storeProblemTitle"),
                    mode == Mode::Kiosk ? tr("This self-service terminal is out of service")
                                        : tr("Information cannot be shown right now"));
    layout->addSpacing(24);
    m_advice = label(QStringLiteral("storeProblemAdvice"),
                     tr("Please go to the service window, or call the hotline %1.")
                         .arg(terminal.config().hotline));
    layout->addStretch(3);
    m_problem = label(QStringLiteral("storeProblemDetail"), QString());
    setProblem(problem);

    m_retry.setInterval(kRetryMs);
    connect(&m_retry, &QTimer::timeout, this, &StoreProblemScreen::retryNow);
    m_retry.start();
}

void StoreProblemScreen::setProblem(const QString& problem)
{
    m_problem->setText(tr("For staff: the local database cannot be opened (%1). It is tried "
                          "again every %2 seconds.")
                           .arg(problem)
                           .arg(kRetryMs / 1000));
}

void StoreProblemScreen::retryNow()
{
    const Status st = m_terminal.open(m_dbPath, m_mode);
    if (!st.ok()) {
        qCWarning(lcStoreProblem) << "store still cannot be opened";
        setProblem(st.error().message);
        return;
    }
    m_retry.stop();
    emit opened();
}

void StoreProblemScreen::resizeEvent(QResizeEvent* event)
{
    // Sizes from the screen's height: readable across a hall on a wall, and on a kiosk.
    const int unit = std::max(12, event->size().height() / 36);
    const auto font = [](QLabel* l, int px, bool bold) {
        QFont f = l->font();
        f.setPixelSize(px);
        f.setBold(bold);
        l->setFont(f);
    };
    font(m_hall, unit * 2, true);
    font(m_title, unit * 3, true);
    font(m_advice, unit * 2, false);
    font(m_problem, std::max(12, unit * 3 / 4), false);
    QWidget::resizeEvent(event);
}

} // namespace lingong
