#pragma once

#include <QWidget>

class QLabel;

namespace lingong {

// The overlay of the idle countdown: "还在使用吗？" with the seconds left and a big 继续使用.
// Any touch (the window's event filter sees it) keeps the session.
class KioskCountdown final : public QWidget
{
    Q_OBJECT
public:
    explicit KioskCountdown(QWidget* parent = nullptr);

    void setSecondsLeft(int seconds);
    // The question and what happens when the seconds run out, for reading aloud.
    QString spokenText() const;

signals:
    void continueRequested();

private:
    QLabel* m_question = nullptr;
    QLabel* m_seconds = nullptr;
    QLabel* m_text = nullptr;
};

} // namespace lingong
