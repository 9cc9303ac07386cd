#pragma once

#include "kioskpage.h"

#include <QElapsedTimer>
#include <QTimer>

#include <vector>

class QLabel;

namespace lingong {

// 待机画面: shown when nobody uses the kiosk. Rotates highlights of today's jobs; a tap on the job
// shown opens it (the one before, within kTurnGraceMs of a turn), a tap anywhere else starts (goes
// to the home screen).
class KioskAttractPage final : public KioskPage
{
    Q_OBJECT
public:
    explicit KioskAttractPage(Terminal& terminal, QWidget* parent = nullptr);

    void refresh() override;
    bool showsNavigation() const override { return false; }
    // Shows the next highlight (the timer calls it every few seconds).
    void rotate();
    QString currentHighlightId() const;
    static constexpr int kTurnGraceMs = 1000;

signals:
    void started();
    // The job in the highlight was tapped.
    void jobChosen(const QString& id);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void showHighlight();

    std::vector<StoredEntity> m_highlights;
    int m_index = 0;
    QTimer m_timer;
    QString m_previousId;   // the job shown before the last turn
    QElapsedTimer m_turned; // since the last turn
    QWidget* m_card = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_cardHint = nullptr;
    QLabel* m_jobTitle = nullptr;
    QLabel* m_jobPay = nullptr;
    QLabel* m_jobWhere = nullptr;
    QLabel* m_jobBadges = nullptr;
};

} // namespace lingong
