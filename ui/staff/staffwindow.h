#pragma once

#include "staffcontext.h"
#include "terminal.h"

#include <QDate>
#include <QMainWindow>

#include <functional>
#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;
class QTimer;

namespace lingong {

class StaffLoginPage;
class StaffPage;
class StaffSyncStrip;
class SyncEngine;
class StoreWatcher;

// The one-stop service window (一站式服务窗口): sign-in, then the pages of a clerk's work in a
// side list (Ctrl+1 ... Ctrl+0), a top bar with who is signed in, and a status bar with a place
// for the sync status. Locks itself after the configured idle time (config staff.lock_minutes);
// the lock keeps everything entered.
class StaffWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit StaffWindow(Terminal& terminal, QWidget* parent = nullptr);
    ~StaffWindow() override;

    // Renders every main screen of this mode to DIR/<mode>-<screen>.png; 0 on success. Signs in
    // with the demo account when the store has one (demo databases, README "Service window").
    int saveScreenshots(const QString& dir);

    // Starts a session for `account` without asking for its password: for screenshots of demo
    // databases and for tests. Audited as a session start.
    void startSession(const StaffAccount& account);
    bool isSignedIn() const { return m_ctx.signedIn() && !m_locked; }
    bool isLocked() const { return m_locked; }
    void lockNow();
    // Signs out at once; requestSignOut() first asks when something typed is not saved yet.
    void signOut();
    void requestSignOut();
    // The names of the pages holding something typed and not saved yet.
    QStringList unsavedPages() const;
    // Page keys: seekers, jobs, review, employers, matching, queue, complaints, ledger, content,
    // accounts, sync.
    void showPage(const QString& key);
    QString currentPage() const;
    StaffPage* page(const QString& key) const;
    // Where the sync status widget goes (a horizontal layout, empty until one is dropped in).
    QWidget* syncSlot() const { return m_syncSlot; }
    // Shows this engine's state in the status bar and lets the sync page use it; null: the
    // window works stand-alone.
    void setSyncEngine(SyncEngine* engine);
    int idleLockMs() const;
    StaffContext& context() { return m_ctx; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    // Asks first when something typed is not saved yet.
    void closeEvent(QCloseEvent* event) override;

private:
    void onSignedIn(const StaffAccount& account);
    // Runs `proceed` at once when nothing typed is unsaved; else asks, naming the pages, with
    // "Go back to it" (the default) and `discard`.
    void confirmDiscard(const QString& question, const QString& discard,
                        const std::function<void()>& proceed);
    void buildWorkspace();
    void focusPage(StaffPage* page);
    void dropWorkspace();
    void refreshAll();
    void refreshNav();
    // Expires postings past their date; once a day also marks the seekers who have become
    // older workers (SeekerService::markOlderByAge).
    void expireJobs();
    void tick();
    static int msToNextMinute();

    Terminal& m_terminal;
    StaffContext m_ctx;
    QStackedWidget* m_stack = nullptr;
    StaffLoginPage* m_login = nullptr;
    QWidget* m_workspace = nullptr;
    QListWidget* m_nav = nullptr;
    QStackedWidget* m_pages = nullptr;
    std::vector<std::pair<QString, StaffPage*>> m_pageList;
    QLabel* m_userLabel = nullptr;
    QLabel* m_clock = nullptr;
    QWidget* m_syncSlot = nullptr;
    StaffSyncStrip* m_syncStrip = nullptr;
    QTimer* m_idle = nullptr;
    QTimer* m_minute = nullptr;
    QDate m_agedOn; // the day the older workers were last marked
    StoreWatcher* m_watcher = nullptr;
    bool m_locked = false;
    bool m_closeConfirmed = false;
};

} // namespace lingong
