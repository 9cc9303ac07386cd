#pragma once

#include "options.h"

#include <QTimer>
#include <QWidget>

class QLabel;

namespace lingong {

class Terminal;

// What a kiosk or the wall shows while its store cannot be opened (a disk full or gone, a file
// it may not write, a store made by a newer program): to the public, that the screen is out of
// service and where to go instead; to staff, why, in a line of its own. It tries to open the
// store again every kRetryMs and says opened() once it has, so that a screen nobody looks after
// comes back by itself instead of staying dark.
class StoreProblemScreen final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kRetryMs = 30'000;

    StoreProblemScreen(Terminal& terminal, QString dbPath, Mode mode, const QString& problem,
                       QWidget* parent = nullptr);

    // One attempt now; the timer's are the same.
    void retryNow();

signals:
    void opened();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void setProblem(const QString& problem);

    Terminal& m_terminal;
    QString m_dbPath;
    Mode m_mode;
    QLabel* m_hall = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_advice = nullptr;
    QLabel* m_problem = nullptr;
    QTimer m_retry;
};

} // namespace lingong
