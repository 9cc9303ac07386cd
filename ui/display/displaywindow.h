#pragma once

#include "displayfeed.h"
#include "displayscene.h"
#include "playlist.h"
#include "terminal.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

namespace lingong {

class DisplayFeedLoader;
class DisplayHeader;
class DisplayPageView;
class DisplayStatusBar;
class DisplayTicker;
class DisplayUrgentView;
class StoreWatcher;

// The wall-mounted information screen (信息发布大屏): an unattended loop of pages from the config's
// playlist under a header (identity, hall name, clock) and over a ticker of the newest jobs and a
// status line ("数据更新于 HH:MM").
//
// Never blank: pages with nothing to show are skipped, and when no page of the playlist has
// anything (or may play now) the market page, built from the hall's own settings, stands in.
// Never frozen: the store is read on a thread of its own (DisplayFeedLoader), on every change
// StoreWatcher sees (also from other processes) and once a minute; a failed read keeps the last
// good content and shows a discreet note. The data's age is checked against
// Config::staleAfterMinutes every second and said plainly when exceeded. Urgent notices take over
// the page area and the ticker while active by the terminal's clock. The whole picture shifts by
// a few pixels every two minutes against burn-in.
class DisplayWindow final : public QWidget
{
    Q_OBJECT
public:
    explicit DisplayWindow(Terminal& terminal, QWidget* parent = nullptr);
    ~DisplayWindow() override;

    // Renders every page with content (each screenful) to DIR/display-<page>[-N].png, plus the
    // urgent takeover with the next urgent notice in the store if there is one; 0 on success.
    int saveScreenshots(const QString& dir);

    // The loop. showNextPage() is what the page timer does; showPage() jumps (screenshots).
    void showNextPage();
    void showPage(PageKind kind, int screen = 0);
    PageKind currentPage() const;
    int currentScreen() const { return m_screen; }
    int currentScreens() const { return m_screens; }
    // Index in the playlist, or -1 while the standing market page fills in.
    int currentEntry() const { return m_entry; }
    const Playlist& playlist() const { return m_playlist; }

    // Once a second: clock, urgent notices, the data's age, pixel shift.
    void tick();
    // Reads the store now (asynchronously; see isLoading()).
    void reload();
    bool isLoading() const;
    bool hasData() const { return m_snapshot != nullptr; }
    // The last good read (null before the first).
    DisplaySnapshotPtr snapshot() const { return m_snapshot; }
    bool urgentShown() const;
    // What is left of the page's time on screen, in ms; -1 while its timer waits (an urgent
    // notice holds the wall, or the wall is not animated).
    int pageMsLeft() const { return m_pageTimer.isActive() ? m_pageTimer.remainingTime() : -1; }
    QPoint pixelShift() const { return m_shift; }
    static QPoint pixelShiftAt(const QDateTime& now, const DisplayMetrics& metrics);
    // Off: no ticker scrolling and no page timer (screenshots, benchmark).
    void setAnimated(bool animated);

    DisplayPageView* pageView() const { return m_page; }
    DisplayStatusBar* statusBar() const { return m_status; }
    DisplayTicker* ticker() const { return m_ticker; }
    DisplayUrgentView* urgentView() const { return m_urgent; }
    DisplayHeader* header() const { return m_header; }

    static constexpr int kRefreshMs = 60'000;
    static constexpr int kRetryMs = 10'000;
    static constexpr int kWatchMs = 1'000;
    static constexpr int kStatisticsMaxAgeMs = 60'000;
    // ...and sooner when the open jobs changed, but not more often than this.
    static constexpr int kStatisticsMinAgeMs = 2'000;
    static constexpr int kUrgentRotateSec = 15;
    // An urgent notice running longer than this (the lift out of order all day) takes turns with
    // the loop instead of holding the wall: kLongUrgentShowSec of every kLongUrgentCycleSec.
    static constexpr int kLongUrgentSec = 2 * 3600;
    static constexpr int kLongUrgentShowSec = 20;
    static constexpr int kLongUrgentCycleSec = 60;
    static constexpr int kShiftPeriodSec = 120;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void onLoaded(DisplaySnapshotPtr snapshot);
    void onFailed(const QString& message);
    void refreshCurrent();
    // The status bar's dots: the pages the loop plays now, the one shown lit.
    void updateProgress();
    void enterEntry(int entry);
    void enterStanding();
    void startPageTimer(int seconds);
    void relayout();
    void updateStatus();
    // A length of time as the hall reads it: minutes, then hours, then days.
    static QString duration(qint64 seconds);
    void updateUrgent();
    void showUrgent(const StoredEntity& notice, int index, int count);
    void hideUrgent();
    void updateTicker();

    Terminal& m_terminal;
    Playlist m_playlist;
    DisplayFeedLoader* m_loader = nullptr;
    StoreWatcher* m_watcher = nullptr;
    DisplayHeader* m_header = nullptr;
    DisplayPageView* m_page = nullptr;
    DisplayTicker* m_ticker = nullptr;
    DisplayStatusBar* m_status = nullptr;
    DisplayUrgentView* m_urgent = nullptr;

    DisplaySnapshotPtr m_snapshot;
    QString m_loadError;
    QElapsedTimer m_statisticsAge;
    int m_statisticsOpenJobs = -1; // the open jobs when the figures were read

    QTimer m_pageTimer;
    int m_pausedPageMs = -1; // what the page had left when an urgent notice took over
    QTimer m_tickTimer;
    QTimer m_refreshTimer;
    QTimer m_statisticsSoon; // the figures read again after the open jobs changed
    QTimer m_changeDebounce;
    bool m_animated = true;

    int m_entry = -1;
    PageKind m_standingKind = PageKind::Market;
    int m_screen = 0;
    int m_screens = 1;
    DisplayMetrics m_metrics;
    QPoint m_shift;
};

} // namespace lingong
