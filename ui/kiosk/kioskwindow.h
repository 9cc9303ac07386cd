#pragma once

#include "terminal.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QPointer>
#include <QSet>
#include <QWidget>

class QAbstractButton;
class QFrame;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;
class QTimer;

namespace lingong {

class KioskApplyPage;
class KioskAttractPage;
class KioskContentPage;
class KioskCorner;
class KioskCountdown;
class KioskHomePage;
class KioskIdleController;
class KioskJobDetailPage;
class KioskJobListPage;
class KioskOnlinePage;
class KioskPage;
class KioskPostPage;
class KioskRegisterPage;
class KioskRightsPage;
class KioskStaffExitPage;
class KioskTradesPage;
class KioskUrgentBar;
class KioskUrgentPanel;
class Speaker;
class StoreWatcher;

// The self-service kiosk's window (自助查询机), driven by touch alone.
//
// Holds the screens in a stack with a 返回/首页 bar and a status line, keeps the 大字模式,
// high-contrast and 语音朗读 switches one tap away on every screen, and locks itself down: close
// requests and every key (Escape, Alt+F4, shortcuts) are ignored; staff leave with a five-second
// press on the top-left corner followed by the staff PIN. After the configured idle time a
// countdown overlay appears; when it runs out every screen is reset, what people entered is wiped
// and the attract screen returns.
class KioskWindow final : public QWidget
{
    Q_OBJECT
public:
    explicit KioskWindow(Terminal& terminal, QWidget* parent = nullptr);
    ~KioskWindow() override;

    // Renders every main screen of this mode to DIR/<mode>-<screen>.png; 0 on success.
    int saveScreenshots(const QString& dir);

    // Navigation.
    KioskPage* currentPage() const;
    void showAttract();
    void goHome();
    // 首页 tapped: home, but on answers in progress (a registration, a job being posted) only at
    // a second tap while the page still says that it leaves them, however long it was read.
    void homePressed();
    void goBack();
    void openService(const QString& service);

    // Wipes every screen and returns to the attract screen (idle timeout).
    void resetAll();

    void setLargeText(bool on);
    bool largeText() const { return m_largeText; }
    void setHighContrast(bool on);
    bool highContrast() const { return m_highContrast; }

    // The voice that reads screens aloud (the window takes it over). Without one, or with one
    // that cannot speak, there is no 语音朗读 switch.
    void setSpeaker(Speaker* speaker);
    // 语音朗读: while on, every tap says what was tapped, then what the screen says when that
    // changed (KioskPage::spokenText), or its message again when the same refusal came back.
    // The digits typed on a keypad are never read out: others in the hall would hear them.
    void setReadAloud(bool on);
    bool readAloud() const { return m_readAloud; }
    // How long after a tap the screen is read: a list lays out its cards and fits its page in
    // the events after the tap.
    static constexpr int kSpeakAfterMs = 250;

    // Lock-down is on from the start; only the staff PIN turns it off (then the window closes).
    bool isLockedDown() const { return m_lockedDown; }

    KioskIdleController& idle() const { return *m_idle; }

    // For this long after a screen or step changes, taps are ignored: the second tap of a double
    // tap (older users often tap twice) would otherwise land on whatever the new screen has
    // where the old one had its button. 0 turns it off (tests that tap faster than a person).
    static constexpr int kTapGuardMs = 350;
    void setTapGuardMs(int ms) { m_tapGuardMs = ms; }
    StoreWatcher& storeWatcher() const { return *m_watcher; }
    QString statusText() const;
    // Re-reads the status line (data time, online or offline); also runs every 15 s by itself,
    // since the sync engine's state changes without any data changing.
    void refreshStatus() { updateStatus(); }

    // The hall's urgent notices across every screen while active (DisplayFeed's urgent notices).
    // Read again when the store changes; checked again at each one's start and end, and every
    // 15 s, when several take turns. With 语音朗读 on, each is read once as it first shows.
    KioskUrgentBar* urgentBar() const { return m_urgent; }
    KioskUrgentPanel* urgentPanel() const { return m_urgentPanel; }
    void refreshUrgent();

    // Seam for the shared sync status widget: replaces the built-in status line.
    void setStatusWidget(QWidget* widget);

    KioskJobListPage* jobList() const { return m_jobList; }
    KioskJobDetailPage* jobDetail() const { return m_detail; }
    KioskApplyPage* applyPage() const { return m_apply; }
    KioskRegisterPage* registerPage() const { return m_register; }
    KioskPostPage* postPage() const { return m_post; }

signals:
    // Staff entered the right PIN: the window closes and the program may end.
    void exitRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void showPage(KioskPage* page);
    void updateChrome();
    void applyTheme();
    void onStoreChanged();
    void updateStatus();
    void readUrgent();
    void openUrgent();
    void placeUrgent();
    void staffExit();
    void leaveKioskMode();
    void speakSoon();
    void speakNow();

    Terminal& m_terminal;
    bool m_largeText = false;
    bool m_highContrast = false;
    bool m_readAloud = false;
    Speaker* m_speaker = nullptr;
    QString m_spoken;             // what the screen said when last read
    QSet<QString> m_spokenUrgent; // the urgent notices already read aloud (their keys)
    QString m_tapped;             // the label of the button just tapped, not yet read
    QPointer<QAbstractButton> m_tappedButton;
    QTimer* m_speakTimer = nullptr;
    bool m_lockedDown = true;
    bool m_portrait = false;
    QDateTime m_dataAsOf;

    QFrame* m_topBar = nullptr;
    QHBoxLayout* m_topLayout = nullptr;
    QVBoxLayout* m_mainLayout = nullptr;
    KioskUrgentBar* m_urgent = nullptr;
    KioskUrgentPanel* m_urgentPanel = nullptr;
    QTimer* m_urgentTimer = nullptr;             // the next start or end of an urgent notice
    bool m_urgentHeld = false;                   // a notice shown for screenshots stays
    std::vector<StoredEntity> m_unexpiredUrgent; // as last read from the store
    QLabel* m_hallName = nullptr;
    QPushButton* m_largeButton = nullptr;
    QPushButton* m_contrastButton = nullptr;
    QPushButton* m_voiceButton = nullptr;
    QStackedWidget* m_stack = nullptr;
    QFrame* m_bottomBar = nullptr;
    QHBoxLayout* m_bottomLayout = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_home = nullptr;
    QLabel* m_status = nullptr;
    QWidget* m_statusWidget = nullptr;
    KioskCorner* m_corner = nullptr;
    KioskCountdown* m_countdown = nullptr;

    KioskAttractPage* m_attract = nullptr;
    KioskHomePage* m_homePage = nullptr;
    KioskTradesPage* m_trades = nullptr;
    KioskJobListPage* m_jobList = nullptr;
    KioskJobDetailPage* m_detail = nullptr;
    KioskApplyPage* m_apply = nullptr;
    KioskRegisterPage* m_register = nullptr;
    KioskPostPage* m_post = nullptr;
    KioskContentPage* m_training = nullptr;
    KioskContentPage* m_policy = nullptr;
    KioskRightsPage* m_rights = nullptr;
    KioskContentPage* m_market = nullptr;
    KioskOnlinePage* m_online = nullptr;
    KioskStaffExitPage* m_staffExit = nullptr;
    QList<KioskPage*> m_pages;
    QList<KioskPage*> m_history;

    KioskIdleController* m_idle = nullptr;
    QElapsedTimer m_screenChanged; // since the last change of screen or step
    int m_tapGuardMs = kTapGuardMs;
    StoreWatcher* m_watcher = nullptr;
};

} // namespace lingong
