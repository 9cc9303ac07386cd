#include "displaywindow.h"

#include "displaychrome.h"
#include "displayfeedloader.h"
#include "displaypageview.h"
#include "modes.h"
#include "storewatcher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QPainter>

#include <algorithm>
#include <array>

Q_LOGGING_CATEGORY(lcDisplay, "lingong.ui.display")

namespace lingong {

DisplayWindow::DisplayWindow(Terminal& terminal, QWidget* parent)
    : QWidget(parent)
    , m_terminal(terminal)
    , m_metrics(DisplayMetrics::forSize(QSize(1920, 1080)))
{
    setObjectName(QStringLiteral("displayWindow"));
    setWindowTitle(tr("Information screen"));
    setCursor(Qt::BlankCursor);

    // The config loader has reported any playlist problem already; here only the result counts.
    m_playlist = Playlist::parse(terminal.config().playlist).playlist;

    m_header = new DisplayHeader(terminal.config().hallName, this);
    m_page = new DisplayPageView(terminal.config(), this);
    m_page->setNames(
        [&terminal](const QString& name) { return terminal.reference().displayName(name); });
    m_ticker = new DisplayTicker(this);
    m_status = new DisplayStatusBar(this);
    m_urgent = new DisplayUrgentView(this);
    m_urgent->hide();

    m_loader = new DisplayFeedLoader(terminal, this);
    connect(m_loader, &DisplayFeedLoader::loaded, this, &DisplayWindow::onLoaded);
    connect(m_loader, &DisplayFeedLoader::failed, this, &DisplayWindow::onFailed);
    m_watcher = new StoreWatcher(terminal.database(), kWatchMs, this);
    m_changeDebounce.setSingleShot(true);
    m_changeDebounce.setInterval(400); // a burst of writes is read once
    connect(m_watcher, &StoreWatcher::changed, &m_changeDebounce, qOverload<>(&QTimer::start));
    connect(&m_changeDebounce, &QTimer::timeout, this, &DisplayWindow::reload);

    m_pageTimer.setSingleShot(true);
    connect(&m_pageTimer, &QTimer::timeout, this, &DisplayWindow::showNextPage);
    m_tickTimer.setInterval(1000);
    connect(&m_tickTimer, &QTimer::timeout, this, &DisplayWindow::tick);
    m_tickTimer.start();
    m_refreshTimer.setInterval(kRefreshMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &DisplayWindow::reload);
    m_statisticsSoon.setSingleShot(true);
    connect(&m_statisticsSoon, &QTimer::timeout, this, [this] {
        m_statisticsAge.invalidate();
        reload();
    });
    m_refreshTimer.start();

    // Until the first read arrives the hall's own settings fill the screen.
    enterStanding();
    relayout();
    tick();
    reload();
}

DisplayWindow::~DisplayWindow() = default;

PageKind DisplayWindow::currentPage() const
{
    return m_page->page();
}

bool DisplayWindow::isLoading() const
{
    return m_loader->busy();
}

bool DisplayWindow::urgentShown() const
{
    return !m_urgent->isHidden();
}

void DisplayWindow::setAnimated(bool animated)
{
    m_animated = animated;
    m_ticker->setAnimated(animated);
    if (!animated)
        m_pageTimer.stop();
}

void DisplayWindow::reload()
{
    const bool withStatistics =
        !m_statisticsAge.isValid() || m_statisticsAge.elapsed() >= kStatisticsMaxAgeMs;
    m_loader->request(withStatistics);
}

void DisplayWindow::onLoaded(DisplaySnapshotPtr snapshot)
{
    if (snapshot->statistics) {
        m_statisticsAge.start();
        m_statisticsOpenJobs = snapshot->openJobs;
    } else if (snapshot->openJobs != m_statisticsOpenJobs && m_statisticsAge.isValid() &&
               !m_statisticsSoon.isActive()) {
        // The open jobs changed since the figures were read (a wall that started on an empty
        // store and then synced): they are read again within seconds, not a minute later.
        // This read's pages are shown meanwhile.
        m_statisticsSoon.start(
            int(std::max<qint64>(0, kStatisticsMinAgeMs - m_statisticsAge.elapsed())));
    }
    if (!snapshot->statistics && m_snapshot && m_snapshot->statistics) {
        // The monthly figures are read less often; carry the last ones over.
        auto merged = std::make_shared<DisplaySnapshot>(*snapshot);
        merged->statistics = m_snapshot->statistics;
        snapshot = std::move(merged);
    }
    const bool first = m_snapshot == nullptr;
    m_snapshot = std::move(snapshot);
    m_loadError.clear();
    m_refreshTimer.start(); // a full minute from now, also after a retry
    m_page->setSnapshot(m_snapshot);
    updateTicker();

    if (first)
        showNextPage();
    else
        refreshCurrent();
    tick();
}

void DisplayWindow::refreshCurrent()
{
    const PageKind kind = m_page->page();
    const int maxScreens = m_entry >= 0 ? m_playlist.entries()[size_t(m_entry)].maxScreens : 1;
    const int screens = m_page->screenCount(kind, maxScreens);
    if (screens == 0) {
        showNextPage(); // the page emptied (e.g. the last welfare job was withdrawn)
        return;
    }
    m_screens = screens;
    m_screen = std::min(m_screen, screens - 1);
    m_page->showPage(kind, m_screen, m_screens);
    updateProgress();
}

void DisplayWindow::updateProgress()
{
    // One dot per page the loop plays now: those in their time window with something to show.
    const QTime now = m_terminal.clock().localNow().time();
    int index = -1;
    int count = 0;
    for (const int i : m_playlist.eligibleAt(now)) {
        const PlaylistEntry& e = m_playlist.entries()[size_t(i)];
        if (m_page->screenCount(e.kind, e.maxScreens) <= 0)
            continue;
        if (i == m_entry)
            index = count;
        ++count;
    }
    if (index < 0)
        m_status->setProgress(0, 0);
    else
        m_status->setProgress(index, count);
}

void DisplayWindow::onFailed(const QString& message)
{
    qCWarning(lcDisplay) << "showing the last good content; read failed";
    m_loadError = message;
    m_refreshTimer.start(kRetryMs);
    updateStatus();
}

void DisplayWindow::startPageTimer(int seconds)
{
    if (m_animated)
        m_pageTimer.start(std::max(1, seconds) * 1000);
}

void DisplayWindow::enterEntry(int entry)
{
    const PlaylistEntry& e = m_playlist.entries()[size_t(entry)];
    m_entry = entry;
    m_screen = 0;
    m_screens = std::max(1, m_page->screenCount(e.kind, e.maxScreens));
    m_page->showPage(e.kind, 0, m_screens);
    updateProgress();
    startPageTimer(e.seconds);
}

void DisplayWindow::enterStanding()
{
    m_entry = -1;
    m_screen = 0;
    m_screens = 1;
    m_page->showPage(m_standingKind, 0, 1);
    m_status->setProgress(0, 0);
    startPageTimer(Playlist::defaultSeconds(m_standingKind));
}

void DisplayWindow::showNextPage()
{
    if (m_entry >= 0 && m_screen + 1 < m_screens) {
        ++m_screen;
        m_page->showPage(m_page->page(), m_screen, m_screens);
        startPageTimer(m_playlist.entries()[size_t(m_entry)].seconds);
        return;
    }
    const QTime now = m_terminal.clock().localNow().time();
    const int next = m_playlist.next(m_entry, now, [this](const PlaylistEntry& e) {
        return m_page->screenCount(e.kind, e.maxScreens) > 0;
    });
    if (next < 0)
        enterStanding();
    else
        enterEntry(next);
}

void DisplayWindow::showPage(PageKind kind, int screen)
{
    m_entry = -1;
    for (int i = 0; i < int(m_playlist.entries().size()); ++i) {
        if (m_playlist.entries()[size_t(i)].kind == kind) {
            m_entry = i;
            break;
        }
    }
    const int maxScreens = m_entry >= 0 ? m_playlist.entries()[size_t(m_entry)].maxScreens
                                        : Playlist::defaultScreens(kind);
    m_screens = std::max(1, m_page->screenCount(kind, maxScreens));
    m_screen = std::clamp(screen, 0, m_screens - 1);
    m_page->showPage(kind, m_screen, m_screens);
    // The dots say where in the loop this page is, as when the loop reaches it.
    updateProgress();
}

void DisplayWindow::tick()
{
    const QDateTime now = m_terminal.clock().now();
    m_header->setTime(m_terminal.clock().localNow());
    updateUrgent();
    updateStatus();
    const QPoint shift = pixelShiftAt(now, m_metrics);
    if (shift != m_shift)
        relayout();
}

QPoint DisplayWindow::pixelShiftAt(const QDateTime& now, const DisplayMetrics& metrics)
{
    // A slow walk round a 3 × 3 grid: no pixel stays lit by the same edge for long.
    static constexpr std::array<std::pair<int, int>, 9> kSteps{
        {{0, 0}, {1, 0}, {1, 1}, {0, 1}, {-1, 1}, {-1, 0}, {-1, -1}, {0, -1}, {1, -1}}};
    const qint64 step = (now.toSecsSinceEpoch() / kShiftPeriodSec) % qint64(kSteps.size());
    const int amount = std::max(1, int(std::lround(metrics.px(4))));
    const auto [dx, dy] = kSteps[size_t(step)];
    return QPoint(dx * amount, dy * amount);
}

void DisplayWindow::resizeEvent(QResizeEvent*)
{
    relayout();
}

void DisplayWindow::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), displaycolors::background);
}

void DisplayWindow::relayout()
{
    const DisplayMetrics metrics = DisplayMetrics::forSize(size());
    const bool rescaled = metrics.unit != m_metrics.unit || metrics.portrait != m_metrics.portrait;
    m_metrics = metrics;
    m_shift = pixelShiftAt(m_terminal.clock().now(), m_metrics);
    const auto px = [&](double v) { return int(std::lround(m_metrics.px(v))); };
    const int margin = px(26) + px(4);
    const QRect area = rect().adjusted(margin, margin, -margin, -margin).translated(m_shift);
    const QRect header(area.left(), area.top(), area.width(), px(116));
    QRect status(area.left(), area.bottom() - px(48) + 1, area.width(), px(48));
    const QRect ticker(area.left(), status.top() - px(12) - px(76), area.width(), px(76));
    // Out-of-date data is said in a band tall enough to read across the hall, in the place of
    // the ticker (whose jobs are as old); the page keeps its size.
    const bool stale = m_status->isStale();
    if (stale)
        status.setTop(ticker.top());
    const QRect page(area.left(), header.bottom() + px(24), area.width(),
                     ticker.top() - px(24) - header.bottom() - px(24));
    if (rescaled) {
        m_header->setMetrics(m_metrics);
        m_page->setMetrics(m_metrics);
        m_ticker->setMetrics(m_metrics);
        m_status->setMetrics(m_metrics);
        m_urgent->setMetrics(m_metrics);
    }
    const bool resized = page.size() != m_page->size() || rescaled;
    m_header->setGeometry(header);
    m_page->setGeometry(page);
    m_ticker->setGeometry(ticker);
    m_status->setGeometry(status);
    m_urgent->setGeometry(stale ? page : page.united(ticker));
    if (resized && m_snapshot)
        refreshCurrent(); // rows per screen may have changed: count the screens again
}

void DisplayWindow::updateTicker()
{
    QStringList items;
    if (m_snapshot) {
        for (const StoredEntity& job : m_snapshot->newestJobs) {
            if (items.size() >= 20)
                break;
            const QJsonObject& d = job.data;
            const QJsonObject pay = d.value(QLatin1String("pay")).toObject();
            items << QStringLiteral("%1  %2  %3")
                         .arg(d.value(QLatin1String("title")).toString(),
                              DisplayFormat::pay(pay.value(QLatin1String("min")).toDouble(),
                                                 pay.value(QLatin1String("max")).toDouble(),
                                                 pay.value(QLatin1String("unit")).toString()),
                              DisplayFormat::shortDistrict(d.value(QLatin1String("location"))
                                                               .toObject()
                                                               .value(QLatin1String("district"))
                                                               .toString(),
                                                           m_terminal.config().district));
        }
    }
    m_ticker->setItems(items);
    m_ticker->setVisible(!items.isEmpty() && !urgentShown() && !m_status->isStale());
}

void DisplayWindow::updateUrgent()
{
    const QDateTime now = m_terminal.clock().now();
    const std::vector<StoredEntity> active =
        m_snapshot ? DisplayFeed::activeUrgent(m_snapshot->urgent, now)
                   : std::vector<StoredEntity>{};
    // A short notice (a drill, an hour's closure) holds the wall while it runs; long ones alone
    // take turns with the loop, so that the hall's jobs are still shown in a day of them.
    const bool allLong = std::all_of(active.begin(), active.end(), [](const StoredEntity& e) {
        const auto end = DisplayFeed::urgentEnd(e);
        auto start = DisplayFeed::urgentStart(e);
        if (!start)
            start = Clock::fromWire(e.data.value(QLatin1String("created_at")).toString());
        return end && start && start->isValid() && start->secsTo(*end) > kLongUrgentSec;
    });
    if (active.empty() ||
        (allLong && now.toSecsSinceEpoch() % kLongUrgentCycleSec >= kLongUrgentShowSec)) {
        hideUrgent();
        return;
    }
    // Several take turns: every 15 s while they hold the wall, long ones a turn each.
    const int count = int(active.size());
    const int index =
        int((now.toSecsSinceEpoch() / (allLong ? kLongUrgentCycleSec : kUrgentRotateSec)) % count);
    showUrgent(active[size_t(index)], index, count);
}

void DisplayWindow::showUrgent(const StoredEntity& notice, int index, int count)
{
    if (m_urgent->noticeId() != notice.id || m_urgent->isHidden()) {
        const QDateTime until =
            DisplayFeed::urgentEnd(notice).value_or(QDateTime()).toOffsetFromUtc(8 * 3600);
        m_urgent->setNotice(notice, until, index, count);
    }
    if (m_urgent->isHidden()) {
        // The page on screen keeps the rest of its time for when the notice is gone.
        if (m_pageTimer.isActive()) {
            m_pausedPageMs = m_pageTimer.remainingTime();
            m_pageTimer.stop();
        }
        m_urgent->show();
        m_urgent->raise();
        m_page->hide();
        m_ticker->hide();
    }
}

void DisplayWindow::hideUrgent()
{
    if (m_urgent->isHidden())
        return;
    m_urgent->hide();
    m_page->show();
    if (m_pausedPageMs >= 0 && !m_pageTimer.isActive())
        m_pageTimer.start(std::max(1, m_pausedPageMs));
    m_pausedPageMs = -1;
    updateTicker();
}

QString DisplayWindow::duration(qint64 seconds)
{
    // Read across the hall: minutes for the first two hours, then hours, then days.
    const qint64 minutes = std::abs(seconds) / 60;
    if (minutes < 120)
        return tr("%n minute(s)", nullptr, int(minutes));
    if (minutes < 48 * 60)
        return tr("%n hour(s)", nullptr, int(minutes / 60));
    return tr("%n day(s)", nullptr, int(minutes / (24 * 60)));
}

void DisplayWindow::updateStatus()
{
    const Clock& clock = m_terminal.clock();
    const QDateTime now = clock.now();
    QString updated;
    QString link;
    QString stale;
    QString warning;
    // A day of another year says its year.
    const auto at = [&clock](const QDateTime& t) {
        const QDateTime local = t.toOffsetFromUtc(8 * 3600);
        return local.date() == clock.today() ? local.toString(QStringLiteral("HH:mm"))
               : local.date().year() == clock.today().year()
                   ? DisplayFormat::monthDay(local.date()) + QLatin1Char(' ') +
                         local.toString(QStringLiteral("HH:mm"))
                   : DisplayFormat::date(local.date());
    };
    if (!m_snapshot) {
        updated = tr("Reading the latest information…");
    } else {
        const QDateTime data = m_snapshot->dataTime();
        if (!data.isValid()) {
            stale = tr("Not yet synchronised with the provincial platform: the information "
                       "shown may be incomplete.");
        } else {
            const QString when = at(data);
            updated = tr("Data updated at %1").arg(when);
            // With a platform configured, say plainly when the link to it is down.
            if (!m_terminal.config().platformUrl.isEmpty()) {
                const SyncState& sync = m_terminal.syncState();
                auto waiting = sync.value(QLatin1String(SyncState::kWaitingForStaff));
                auto online = sync.value(QLatin1String(SyncState::kOnline));
                if (waiting.ok() && waiting.value() == QLatin1String("1"))
                    link = tr("Not syncing: staff needed");
                else if (online.ok() && online.value() == QLatin1String("0"))
                    link = tr("Offline");
            }
            // The band that takes the line's place says why too: it is what staff read.
            if (data.secsTo(now) / 60 > m_terminal.config().staleAfterMinutes) {
                stale = tr("Out of date: not updated for %1 (since %2). Please check at the "
                           "service window.")
                            .arg(duration(data.secsTo(now)), when);
                // The state of the link first: a word after the sentence's full stop reads as
                // left over.
                if (!link.isEmpty())
                    stale = link + QStringLiteral(" · ") + stale;
            }
        }
        // A clock gone wrong (a box that lost its time in a power cut) puts every date on the
        // wall wrong: which jobs are still open, which notices are due. The platform's time,
        // read at each sync, tells; the band says so first, for staff to act.
        if (!m_terminal.config().platformUrl.isEmpty()) {
            auto skew = m_terminal.syncState().value(QLatin1String(SyncState::kClockSkew));
            const qint64 off = skew.ok() ? skew.value().toLongLong() : 0;
            if (off != 0) {
                const QString clockWrong =
                    off > 0 ? tr("This screen's clock is %1 ahead of the platform's: dates shown "
                                 "may be wrong. Please tell the staff.")
                                  .arg(duration(off))
                            : tr("This screen's clock is %1 behind the platform's: dates shown "
                                 "may be wrong. Please tell the staff.")
                                  .arg(duration(off));
                stale = stale.isEmpty() ? clockWrong : clockWrong + QStringLiteral(" · ") + stale;
            }
        }
    }
    if (!m_loadError.isEmpty()) {
        warning = tr("Could not read the latest data; retrying");
    } else {
        QStringList notes;
        // Nobody reads the console of a screen on the wall: a setting that was refused or is
        // missing (the hall's name) is noted where staff look.
        if (!m_terminal.startupProblems().isEmpty())
            notes << tr("Settings to check: see the log of this screen's start");
        // A wall of its own reads its store well, but nothing new has come into it for a week:
        // noted for staff, as perhaps nobody enters jobs and notices any more (the hall may
        // also just have been closed: what it shows is still what the store holds).
        if (const QDateTime last = m_snapshot ? m_snapshot->lastChange : QDateTime();
            last.isValid() && last.secsTo(now) >= qint64(DisplaySnapshot::kQuietDays) * 24 * 3600)
            notes << tr("No new job or notice for %1 (the last at %2)")
                         .arg(duration(last.secsTo(now)), at(last));
        warning = notes.join(QStringLiteral(" · "));
    }
    const bool wasStale = m_status->isStale();
    m_status->setStatus(updated, link, stale, warning);
    m_page->setOutOfDate(m_status->isStale());
    if (m_status->isStale() != wasStale) {
        relayout();
        updateTicker();
    }
}

int DisplayWindow::saveScreenshots(const QString& dir)
{
    QElapsedTimer guard;
    guard.start();
    while ((isLoading() || !hasData()) && guard.elapsed() < 30'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    setAnimated(false);
    // The clock's tick would put the loop's own choice back between the shots (an urgent notice
    // not yet active, hidden again before it is taken).
    m_tickTimer.stop();
    int rc = 0;
    static constexpr std::array<PageKind, 10> kAll{
        PageKind::Jobs,   PageKind::Trades,   PageKind::Ratio,   PageKind::Wages,
        PageKind::Policy, PageKind::Training, PageKind::Welfare, PageKind::Notices,
        PageKind::Market, PageKind::Qr};
    for (PageKind kind : kAll) {
        const int screens = m_page->screenCount(kind, Playlist::defaultScreens(kind));
        // Tables: the first screenful is enough; other pages show each screenful (e.g. the
        // ratio ranking by trade and by industry).
        const bool table = kind == PageKind::Jobs || kind == PageKind::Welfare;
        for (int s = 0; s < (table ? std::min(1, screens) : screens); ++s) {
            showPage(kind, s);
            const QString name = QStringLiteral("display-") + Playlist::pageName(kind) +
                                 (s > 0 ? QStringLiteral("-%1").arg(s + 1) : QString());
            rc |= saveScreenshot(*this, dir, name);
        }
    }
    if (m_snapshot && !m_snapshot->urgent.empty()) {
        // The next urgent notice, active or not yet: how the takeover will look.
        showUrgent(m_snapshot->urgent.front(), 0, 1);
        rc |= saveScreenshot(*this, dir, QStringLiteral("display-urgent"));
        hideUrgent();
        updateUrgent();
    }
    m_tickTimer.start();
    return rc;
}

} // namespace lingong
