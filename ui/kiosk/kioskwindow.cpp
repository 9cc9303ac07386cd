#include "kioskwindow.h"

#include "common/kioskstyle.h"
#include "common/speaker.h"
#include "common/touchchipgroup.h"
#include "common/touchkeypad.h"
#include "displayfeed.h"
#include "kioskapplypage.h"
#include "kioskattractpage.h"
#include "kioskcontentpage.h"
#include "kioskcorner.h"
#include "kioskcountdown.h"
#include "kioskhomepage.h"
#include "kioskidlecontroller.h"
#include "kioskjobdetailpage.h"
#include "kioskjoblistpage.h"
#include "kioskonlinepage.h"
#include "kioskpostpage.h"
#include "kioskregisterpage.h"
#include "kioskrightspage.h"
#include "kioskstaffexitpage.h"
#include "kiosktext.h"
#include "kiosktradespage.h"
#include "kioskurgentbar.h"
#include "modes.h"
#include "storewatcher.h"
#include "sync/syncengine.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTimer>
#include <QUuid>
#include <QVBoxLayout>

namespace lingong {

namespace {

// Keeps a label's text on one line by a smaller font where its room is too narrow (the hall's
// name beside the switches on a portrait screen, in large text): "零工市场" is not broken in two.
class OneLine final : public QObject
{
public:
    explicit OneLine(QLabel* label)
        : QObject(label)
        , m_label(label)
    {
        label->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_label && !m_fitting &&
            (event->type() == QEvent::Resize || event->type() == QEvent::StyleChange))
            fit();
        return false;
    }

private:
    void fit()
    {
        m_fitting = true;
        // The size the style gives, then as much of it as the room holds (half of it at least).
        m_label->setStyleSheet(QString());
        m_label->ensurePolished();
        const QFont font = m_label->font();
        const int need = QFontMetrics(font).horizontalAdvance(m_label->text());
        const int room = m_label->contentsRect().width();
        if (room > 0 && need > room && font.pixelSize() > 0) {
            const int px = std::max(font.pixelSize() / 2, font.pixelSize() * room / need);
            m_label->setStyleSheet(QStringLiteral("font-size: %1px;").arg(px));
        }
        m_fitting = false;
    }

    QLabel* m_label;
    bool m_fitting = false;
};

} // namespace

KioskWindow::KioskWindow(Terminal& terminal, QWidget* parent)
    : QWidget(parent)
    , m_terminal(terminal)
    , m_dataAsOf(terminal.clock().localNow())
{
    setObjectName(QStringLiteral("kioskWindow"));
    setWindowTitle(tr("Self-service kiosk"));
    setAttribute(Qt::WA_StyledBackground);
    // An explicit minimum keeps the layout from holding the window at its landscape minimum
    // before the first resize tells the pages the screen is portrait.
    setMinimumSize(KioskStyle::px(720), KioskStyle::px(720));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    // Top bar: the uniform identity (D3) and the accessibility switches.
    m_topBar = new QFrame(this);
    m_topBar->setObjectName(QStringLiteral("kioskTopBar"));
    auto* top = new QHBoxLayout(m_topBar);
    top->setContentsMargins(KioskStyle::px(40), KioskStyle::px(12), KioskStyle::px(24),
                            KioskStyle::px(12));
    top->setSpacing(KioskStyle::px(20));
    auto* names = new QVBoxLayout;
    names->setSpacing(0);
    auto* brand = KioskStyle::label(tr("Guangxi Gig Labour Market"), "brand", m_topBar);
    names->addWidget(brand);
    m_hallName = KioskStyle::label(terminal.config().hallName, "hall", m_topBar);
    m_hallName->setObjectName(QStringLiteral("kioskTitle"));
    new OneLine(m_hallName);
    names->addWidget(m_hallName);
    top->addLayout(names, 1);
    m_topLayout = top;
    m_largeButton =
        KioskStyle::button(tr("Large text"), "toggle", QStringLiteral("kioskLargeText"), m_topBar);
    m_largeButton->setCheckable(true);
    connect(m_largeButton, &QPushButton::clicked, this, &KioskWindow::setLargeText);
    top->addWidget(m_largeButton);
    m_contrastButton = KioskStyle::button(tr("High contrast"), "toggle",
                                          QStringLiteral("kioskContrast"), m_topBar);
    m_contrastButton->setCheckable(true);
    connect(m_contrastButton, &QPushButton::clicked, this, &KioskWindow::setHighContrast);
    top->addWidget(m_contrastButton);
    m_voiceButton =
        KioskStyle::button(tr("Read aloud"), "toggle", QStringLiteral("kioskVoice"), m_topBar);
    m_voiceButton->setCheckable(true);
    m_voiceButton->hide();
    m_speakTimer = new QTimer(this);
    m_speakTimer->setSingleShot(true);
    m_speakTimer->setInterval(kSpeakAfterMs);
    connect(m_speakTimer, &QTimer::timeout, this, &KioskWindow::speakNow);
    connect(m_voiceButton, &QPushButton::clicked, this, &KioskWindow::setReadAloud);
    top->addWidget(m_voiceButton);
    layout->addWidget(m_topBar);
    m_urgent = new KioskUrgentBar(this);
    connect(m_urgent, &KioskUrgentBar::opened, this, &KioskWindow::openUrgent);
    layout->addWidget(m_urgent);
    m_mainLayout = layout;

    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack, 1);

    // Bottom bar: 返回, 首页 and the status line.
    m_bottomBar = new QFrame(this);
    m_bottomBar->setObjectName(QStringLiteral("kioskBottomBar"));
    m_bottomLayout = new QHBoxLayout(m_bottomBar);
    m_bottomLayout->setContentsMargins(KioskStyle::px(40), KioskStyle::px(8), KioskStyle::px(40),
                                       KioskStyle::px(8));
    m_bottomLayout->setSpacing(KioskStyle::px(24));
    m_back = KioskStyle::button(tr("Back"), "nav", QStringLiteral("navBack"), m_bottomBar);
    connect(m_back, &QPushButton::clicked, this, &KioskWindow::goBack);
    m_bottomLayout->addWidget(m_back);
    m_home = KioskStyle::button(tr("Home"), "nav", QStringLiteral("navHome"), m_bottomBar);
    connect(m_home, &QPushButton::clicked, this, &KioskWindow::homePressed);
    m_bottomLayout->addWidget(m_home);
    m_status = KioskStyle::label(QString(), "status", m_bottomBar);
    m_status->setObjectName(QStringLiteral("kioskStatus"));
    m_status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_bottomLayout->addWidget(m_status, 1);
    layout->addWidget(m_bottomBar);

    m_attract = new KioskAttractPage(terminal, m_stack);
    m_homePage = new KioskHomePage(terminal, m_stack);
    m_trades = new KioskTradesPage(terminal, m_stack);
    m_jobList = new KioskJobListPage(terminal, m_stack);
    m_detail = new KioskJobDetailPage(terminal, m_stack);
    m_apply = new KioskApplyPage(terminal, m_stack);
    m_register = new KioskRegisterPage(terminal, m_stack);
    m_post = new KioskPostPage(terminal, m_stack);
    m_training = new KioskContentPage(terminal, KioskContentPage::Kind::Training, m_stack);
    m_policy = new KioskContentPage(terminal, KioskContentPage::Kind::Policy, m_stack);
    m_rights = new KioskRightsPage(terminal, m_stack);
    m_market = new KioskContentPage(terminal, KioskContentPage::Kind::Market, m_stack);
    m_online = new KioskOnlinePage(terminal, m_stack);
    m_staffExit = new KioskStaffExitPage(terminal, m_stack);
    m_pages = {m_attract, m_homePage, m_trades, m_jobList, m_detail, m_apply,  m_register,
               m_post,    m_training, m_policy, m_rights,  m_market, m_online, m_staffExit};
    for (KioskPage* p : std::as_const(m_pages))
        m_stack->addWidget(p);

    connect(m_attract, &KioskAttractPage::started, this, &KioskWindow::goHome);
    // The job on the waiting screen, opened: 返回 leads to the home screen.
    connect(m_attract, &KioskAttractPage::jobChosen, this, [this](const QString& id) {
        goHome();
        m_detail->showJob(id);
        showPage(m_detail);
    });
    connect(m_homePage, &KioskHomePage::chosen, this, &KioskWindow::openService);
    connect(m_trades, &KioskTradesPage::tradeChosen, this, [this](const QString& occupation) {
        m_jobList->showTrade(occupation);
        showPage(m_jobList);
    });
    connect(m_jobList, &KioskJobListPage::jobChosen, this, [this](const QString& id) {
        m_detail->showJob(id);
        showPage(m_detail);
    });
    connect(m_detail, &KioskJobDetailPage::applyRequested, this, [this](const QString& id) {
        m_apply->startFor(id);
        showPage(m_apply);
    });
    connect(m_apply, &KioskApplyPage::finished, this, &KioskWindow::goHome);
    connect(m_apply, &KioskApplyPage::applied, m_detail, &KioskJobDetailPage::markApplied);
    connect(m_register, &KioskRegisterPage::finished, this, &KioskWindow::goHome);
    connect(m_post, &KioskPostPage::finished, this, &KioskWindow::goHome);
    // Applying after registering: the mobile just given is already in; 完成 forgets it.
    connect(m_register, &KioskRegisterPage::registered, m_apply, &KioskApplyPage::rememberMobile);
    connect(m_register, &KioskRegisterPage::finished, m_apply, &KioskApplyPage::reset);
    // A job suggested after registering: 返回 leads back to the registration's last screen.
    connect(m_register, &KioskRegisterPage::jobChosen, this, [this](const QString& id) {
        m_detail->showJob(id);
        showPage(m_detail);
    });
    connect(m_register, &KioskRegisterPage::moreJobsRequested, this,
            [this](const QStringList& occupations, const QStringList& districts) {
                m_jobList->showChoices(occupations, districts);
                showPage(m_jobList);
            });
    connect(m_rights, &KioskRightsPage::finished, this, &KioskWindow::goHome);
    connect(m_policy, &KioskContentPage::publicWelfareRequested, this, [this] {
        m_jobList->showPublicWelfare();
        showPage(m_jobList);
    });
    connect(m_training, &KioskContentPage::enquiryRequested, this,
            [this](const QString& category, const QString& about) {
                m_rights->askAbout(category, about);
                showPage(m_rights);
            });
    connect(m_staffExit, &KioskStaffExitPage::accepted, this, &KioskWindow::leaveKioskMode);

    m_corner = new KioskCorner(terminal.clock(), this);
    connect(m_corner, &KioskCorner::held, this, &KioskWindow::staffExit);
    m_urgentPanel = new KioskUrgentPanel(this);
    m_urgentPanel->hide();
    connect(m_urgentPanel, &KioskUrgentPanel::closeRequested, m_urgentPanel, &QWidget::hide);
    m_urgentTimer = new QTimer(this);
    m_urgentTimer->setSingleShot(true);
    connect(m_urgentTimer, &QTimer::timeout, this, &KioskWindow::refreshUrgent);
    m_countdown = new KioskCountdown(this);
    m_countdown->hide();

    m_idle = new KioskIdleController(terminal.clock(), terminal.config().idleTimeoutSec,
                                     KioskIdleController::kDefaultCountdownSec, this);
    connect(m_idle, &KioskIdleController::countdown, this, [this](int seconds) {
        m_countdown->setSecondsLeft(seconds);
        m_countdown->setGeometry(rect());
        if (m_readAloud && !m_countdown->isVisible())
            m_speaker->say(KioskPage::joinSpoken({m_countdown->spokenText()}));
        m_countdown->show();
        m_countdown->raise();
    });
    // Answers half given, read slowly: more time before they are wiped.
    m_idle->setPatience([this] { return currentPage() && currentPage()->wantsPatience(); });
    connect(m_idle, &KioskIdleController::cancelled, m_countdown, &QWidget::hide);
    connect(m_idle, &KioskIdleController::expired, this, &KioskWindow::resetAll);
    connect(m_countdown, &KioskCountdown::continueRequested, this, [this] {
        m_idle->activity();
        m_countdown->hide();
    });

    m_watcher = new StoreWatcher(terminal.database(), 1000, this);
    connect(m_watcher, &StoreWatcher::changed, this, &KioskWindow::onStoreChanged);

    auto* statusTimer = new QTimer(this);
    statusTimer->setInterval(15'000);
    connect(statusTimer, &QTimer::timeout, this, &KioskWindow::updateStatus);
    // Several urgent notices take turns on the band.
    connect(statusTimer, &QTimer::timeout, this, [this] {
        m_urgent->next(m_terminal.clock().now());
        refreshUrgent();
    });
    statusTimer->start();

    // Every screen and step is a page of a stacked widget: any change of one starts the guard.
    for (QStackedWidget* stack : findChildren<QStackedWidget*>())
        connect(stack, &QStackedWidget::currentChanged, this, [this] { m_screenChanged.start(); });
    qApp->installEventFilter(this);
    applyTheme();
    showAttract();
    updateStatus();
    readUrgent();
}

KioskWindow::~KioskWindow()
{
    qApp->removeEventFilter(this);
}

KioskPage* KioskWindow::currentPage() const
{
    return static_cast<KioskPage*>(m_stack->currentWidget());
}

void KioskWindow::showPage(KioskPage* page)
{
    KioskPage* current = currentPage();
    if (current && current != page && current != m_attract)
        m_history.append(current);
    m_stack->setCurrentWidget(page);
    updateChrome();
    speakSoon();
}

void KioskWindow::showAttract()
{
    m_history.clear();
    m_stack->setCurrentWidget(m_attract);
    updateChrome();
}

void KioskWindow::homePressed()
{
    // Answers half given are not thrown away by one tap beside 返回: the first says so, a
    // second while that is still on the screen leaves. A step taken since asks again.
    KioskPage* page = currentPage();
    if (page->inProgress() && !page->warnsLeaving()) {
        page->warnLeaving(m_home->text());
        return;
    }
    goHome();
}

void KioskWindow::goHome()
{
    // Whatever a person typed or chose on the way is not kept once they leave the flow.
    for (KioskPage* p : {static_cast<KioskPage*>(m_apply), static_cast<KioskPage*>(m_register),
                         static_cast<KioskPage*>(m_post), static_cast<KioskPage*>(m_rights),
                         static_cast<KioskPage*>(m_staffExit), static_cast<KioskPage*>(m_training),
                         static_cast<KioskPage*>(m_policy), static_cast<KioskPage*>(m_market),
                         static_cast<KioskPage*>(m_jobList), static_cast<KioskPage*>(m_detail)})
        p->reset();
    m_history.clear();
    m_stack->setCurrentWidget(m_homePage);
    updateChrome();
}

void KioskWindow::goBack()
{
    KioskPage* current = currentPage();
    if (current->back())
        return;
    // From the first step of answers half given, 返回 asks first too, as 首页 does.
    if (current->inProgress() && !current->warnsLeaving()) {
        current->warnLeaving(m_back->text());
        return;
    }
    // Leaving the number entry keeps the mobile the person gave for their next application.
    if (current == m_apply)
        m_apply->clearEntry();
    else if (current == m_staffExit)
        current->reset();
    // Back at the home screen by any way is leaving: nothing typed is kept for the next person.
    if (m_history.isEmpty() || m_history.last() == m_homePage) {
        goHome();
        return;
    }
    m_stack->setCurrentWidget(m_history.takeLast());
    updateChrome();
}

void KioskWindow::openService(const QString& service)
{
    if (service == QLatin1String("jobs")) {
        showPage(m_trades);
    } else if (service == QLatin1String("register")) {
        m_register->reset();
        showPage(m_register);
    } else if (service == QLatin1String("post")) {
        m_post->reset();
        showPage(m_post);
    } else if (service == QLatin1String("training")) {
        showPage(m_training);
    } else if (service == QLatin1String("policy")) {
        showPage(m_policy);
    } else if (service == QLatin1String("rights")) {
        showPage(m_rights);
    } else if (service == QLatin1String("market")) {
        showPage(m_market);
    } else if (service == QLatin1String("online")) {
        showPage(m_online);
    }
}

void KioskWindow::resetAll()
{
    m_countdown->hide();
    m_urgentPanel->hide();
    for (KioskPage* p : std::as_const(m_pages))
        p->reset();
    setLargeText(false);
    setHighContrast(false);
    setReadAloud(false);
    showAttract();
    qCInfo(lcKiosk) << "kiosk reset after idle time; entered data wiped";
}

void KioskWindow::updateChrome()
{
    KioskPage* page = currentPage();
    const bool nav = page->showsNavigation();
    m_back->setVisible(nav);
    m_home->setVisible(nav);
    // Nothing to wipe on the attract screen; everywhere else the idle clock runs.
    m_idle->setEnabled(page != m_attract);
    m_corner->raise();
}

void KioskWindow::setLargeText(bool on)
{
    m_largeButton->setChecked(on);
    if (on == m_largeText)
        return;
    m_largeText = on;
    applyTheme();
    for (KioskPage* p : std::as_const(m_pages))
        p->setLargeText(on);
}

void KioskWindow::setHighContrast(bool on)
{
    m_contrastButton->setChecked(on);
    if (on == m_highContrast)
        return;
    m_highContrast = on;
    applyTheme();
}

void KioskWindow::setSpeaker(Speaker* speaker)
{
    setReadAloud(false);
    delete m_speaker;
    m_speaker = speaker;
    if (m_speaker) {
        m_speaker->setParent(this);
        connect(m_speaker, &Speaker::availabilityChanged, this, [this](bool available) {
            m_voiceButton->setVisible(available);
            if (!available)
                setReadAloud(false);
        });
    }
    m_voiceButton->setVisible(m_speaker && m_speaker->isAvailable());
}

void KioskWindow::setReadAloud(bool on)
{
    on = on && m_speaker && m_speaker->isAvailable();
    m_voiceButton->setChecked(on);
    if (on == m_readAloud)
        return;
    m_readAloud = on;
    m_tapped.clear();
    m_tappedButton = nullptr;
    m_spoken.clear();
    m_spokenUrgent.clear();
    if (on)
        speakSoon();
    else if (m_speaker)
        m_speaker->stop();
}

void KioskWindow::speakSoon()
{
    // After the tap has done its work: the screen then shows what it leads to.
    if (m_readAloud)
        m_speakTimer->start();
}

void KioskWindow::speakNow()
{
    if (!m_readAloud)
        return;
    QStringList parts;
    if (!m_tapped.isEmpty()) {
        // A choice says whether it is now chosen, a switch whether it is now on.
        if (m_tappedButton && m_tappedButton->isCheckable()) {
            const bool on = m_tappedButton->isChecked();
            if (m_tappedButton->property("role").toString() == QLatin1String("toggle"))
                m_tapped = (on ? tr("%1, on") : tr("%1, off")).arg(m_tapped);
            else
                m_tapped = (on ? tr("%1, chosen") : tr("%1, not chosen")).arg(m_tapped);
        }
        parts << m_tapped;
    }
    m_tapped.clear();
    m_tappedButton = nullptr;
    const bool tapped = !parts.isEmpty();
    const KioskPage* page = currentPage();
    // A whole urgent notice, opened from its band, is what the screen says now.
    const QString screen =
        m_urgentPanel->isVisible() ? m_urgentPanel->spokenText() : page->spokenText();
    // An urgent notice is read once, as it first shows, before the screen: not again at every
    // tap. One that came while the screen was being read cut that short: the screen follows.
    bool notice = false;
    if (const KioskUrgentNotice n = m_urgent->current(); !m_urgentPanel->isVisible() &&
                                                         !m_urgent->isHidden() && !n.id.isEmpty() &&
                                                         !m_spokenUrgent.contains(n.key())) {
        m_spokenUrgent.insert(n.key());
        parts << m_urgent->spokenText();
        notice = true;
    }
    if (screen != m_spoken || (notice && !tapped)) {
        parts << screen;
        m_spoken = screen;
    } else if (tapped) {
        parts << page->spokenErrors();
    }
    const QString text = KioskPage::joinSpoken(parts);
    if (!text.isEmpty())
        m_speaker->say(text);
}

void KioskWindow::applyTheme()
{
    setStyleSheet(KioskStyle::styleSheet(m_largeText, m_highContrast));
}

void KioskWindow::onStoreChanged()
{
    m_dataAsOf = m_terminal.clock().localNow();
    for (KioskPage* p : std::as_const(m_pages)) {
        // Pages holding a person's input refresh their choices but keep the input.
        p->refresh();
    }
    updateStatus();
    readUrgent();
}

void KioskWindow::readUrgent()
{
    // A read that fails keeps what was shown: the next change of the store tries again.
    auto urgent = DisplayFeed::unexpiredUrgent(m_terminal.database(), m_terminal.clock().now());
    if (!urgent.ok()) {
        qCWarning(lcKiosk) << "urgent notices not read:" << urgent.error().message;
        return;
    }
    m_unexpiredUrgent = std::move(urgent.value());
    refreshUrgent();
}

void KioskWindow::refreshUrgent()
{
    // Screenshots show a notice at its own time: the clock's checks wait.
    if (m_urgentHeld)
        return;
    const QDateTime now = m_terminal.clock().now();
    const bool wasHidden = m_urgent->isHidden();
    m_urgent->setNotices(DisplayFeed::activeUrgent(m_unexpiredUrgent, now), now);
    // The band coming or going moves the screen under it: a tap just then is held back, as
    // after a change of screen, so that it does not land on what moved into its place.
    if (m_urgent->isHidden() != wasHidden)
        m_screenChanged.start();
    placeUrgent();
    // The whole notice open over the screen follows the band, and goes with it.
    if (m_urgentPanel->isVisible()) {
        if (m_urgent->isHidden())
            m_urgentPanel->hide();
        else
            m_urgentPanel->setNotice(m_urgent->current());
    }
    // A notice that appears while read aloud is on is read at once, not at the next tap.
    if (m_readAloud && !m_urgent->isHidden() && !m_spokenUrgent.contains(m_urgent->current().key()))
        speakSoon();
    // Looked at again at the next start or end (at least every minute: the clock may be set).
    qint64 soonest = 60'000;
    for (const StoredEntity& e : m_unexpiredUrgent) {
        for (const auto& bound : {DisplayFeed::urgentStart(e), DisplayFeed::urgentEnd(e)}) {
            if (bound && *bound > now)
                soonest = std::min(soonest, now.msecsTo(*bound) + 50);
        }
    }
    m_urgentTimer->start(int(soonest));
}

void KioskWindow::placeUrgent()
{
    // Wide: in the top bar beside the hall's name, so that every screen keeps its height; tall:
    // a band of its own under the top bar, where the height is to spare.
    const bool compact = !m_portrait;
    QWidget* home = compact ? static_cast<QWidget*>(m_topBar) : this;
    if (m_urgent->parentWidget() != home) {
        const bool shown = !m_urgent->isHidden();
        m_urgent->parentWidget()->layout()->removeWidget(m_urgent);
        m_urgent->setParent(home);
        if (compact)
            m_topLayout->insertWidget(1, m_urgent, 1);
        else
            m_mainLayout->insertWidget(1, m_urgent);
        m_urgent->setVisible(shown);
    }
    m_urgent->setCompact(compact);
    // The hall's name keeps only its own width beside a notice.
    m_topLayout->setStretch(0, compact && !m_urgent->isHidden() ? 0 : 1);
}

void KioskWindow::openUrgent()
{
    if (m_urgent->isHidden())
        return;
    m_urgentPanel->setNotice(m_urgent->current());
    m_urgentPanel->setGeometry(rect());
    m_urgentPanel->show();
    m_urgentPanel->raise();
    m_corner->raise();
    speakSoon();
}

QString KioskWindow::statusText() const
{
    return KioskText::plain(m_status->text());
}

void KioskWindow::updateStatus()
{
    QString connection;
    // How fresh the jobs are: stand-alone, as of the store's last change; syncing, as of the
    // last round that worked (a kiosk offline since shows that time, not when it started).
    QDateTime asOf = m_dataAsOf;
    if (m_terminal.config().platformUrl.isEmpty()) {
        connection = tr("Stand-alone (offline)");
    } else {
        // Online: the sync engine's last exchange got an answer and its last success is recent.
        // Online: the sync engine's last exchange got an answer, the last round worked and its
        // success is recent. A refusal that stops the rounds is said as such: the staff must
        // act, and applications wait on this kiosk meanwhile.
        auto status = readSyncStatus(m_terminal.syncState(), true);
        const QDateTime at = status.ok() ? status.value().lastSuccess : QDateTime();
        const bool online = status.ok() && KioskPage::online(m_terminal, status.value());
        connection = status.ok() && status.value().waitingForStaff
                         ? tr("Not syncing: please tell the staff")
                     : status.ok() && status.value().setupProblem()
                         ? tr("Set up wrongly: please tell the staff")
                     : online ? tr("Online")
                              : tr("Offline");
        asOf = at.isValid() ? at.toOffsetFromUtc(8 * 3600) : QDateTime();
    }
    const QDateTime now = m_terminal.clock().localNow();
    const QString when = !asOf.isValid() ? tr("not updated yet")
                         : asOf.date() == now.date()
                             ? asOf.toString(QStringLiteral("HH:mm"))
                             //: A day and time: month, day, hour and minute (e.g. 12月3日 14:05)
                             : tr("%1/%2 %3")
                                   .arg(asOf.date().month())
                                   .arg(asOf.date().day())
                                   .arg(asOf.toString(QStringLiteral("HH:mm")));
    m_status->setText(KioskText::wrapAtSeparators(
        tr("Data as of %1 · %2 · Hotline %3").arg(when, connection, m_terminal.config().hotline)));
}

void KioskWindow::setStatusWidget(QWidget* widget)
{
    if (m_statusWidget)
        m_statusWidget->deleteLater();
    m_statusWidget = widget;
    m_status->setVisible(widget == nullptr);
    if (widget) {
        widget->setParent(m_bottomBar);
        m_bottomLayout->addWidget(widget);
    }
}

void KioskWindow::staffExit()
{
    m_staffExit->reset();
    showPage(m_staffExit);
}

void KioskWindow::leaveKioskMode()
{
    m_lockedDown = false;
    emit exitRequested();
    close();
}

bool KioskWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (!watched->isWidgetType())
        return false;
    auto* widget = static_cast<QWidget*>(watched);
    if (widget->window() != this)
        return false;
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::TouchBegin:
        m_idle->activity();
        if (m_tapGuardMs > 0 && m_screenChanged.isValid() &&
            m_screenChanged.elapsed() < m_tapGuardMs)
            return true;
        break;
    case QEvent::MouseButtonRelease:
        // A tap on a button, read aloud: its label (never a digit key's), then the screen.
        if (auto* b = qobject_cast<QAbstractButton*>(widget);
            m_readAloud && b && b->isDown() && b != m_voiceButton) {
            if (b->property("role").toString() != QLatin1String("key")) {
                m_tapped = KioskPage::spokenLabel(b);
                m_tappedButton = b;
            }
            speakSoon();
        }
        break;
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::ShortcutOverride:
        // No keyboard belongs to a kiosk: Escape, Alt+F4, Ctrl+W and the like do nothing.
        if (m_lockedDown)
            return true;
        break;
    default:
        break;
    }
    return false;
}

void KioskWindow::closeEvent(QCloseEvent* event)
{
    if (m_lockedDown) {
        event->ignore();
        return;
    }
    QWidget::closeEvent(event);
}

void KioskWindow::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    const bool portrait = height() > width();
    if (portrait != m_portrait || !m_stack->property("laidOut").toBool()) {
        m_portrait = portrait;
        m_stack->setProperty("laidOut", true);
        for (KioskPage* p : std::as_const(m_pages))
            p->setPortrait(portrait);
        placeUrgent();
        // Hidden pages keep stale size caches otherwise.
        for (QLayout* l : findChildren<QLayout*>())
            l->invalidate();
    }
    m_countdown->setGeometry(rect());
    m_urgentPanel->setGeometry(rect());
    m_corner->move(0, 0);
    m_corner->raise();
}

int KioskWindow::saveScreenshots(const QString& dir)
{
    int rc = 0;
    auto shot = [&](const char* name) {
        // Layouts settle over a few rounds: a size change posts the next layout request.
        for (int i = 0; i < 4; ++i)
            QCoreApplication::processEvents();
        rc |= saveScreenshot(*this, dir, QStringLiteral("kiosk-") + QLatin1String(name));
    };
    showAttract();
    shot("01-attract");
    goHome();
    shot("02-home");
    openService(QStringLiteral("jobs"));
    shot("03-trades");
    m_jobList->showTrade(QString());
    showPage(m_jobList);
    shot("04-jobs");
    if (auto* where = m_jobList->findChild<QPushButton*>(QStringLiteral("filterDistrict"))) {
        where->click();
        shot("04-jobs-filter-where");
        where->click();
    }
    if (auto* when = m_jobList->findChild<QPushButton*>(QStringLiteral("filterSettlement"))) {
        when->click();
        shot("04-jobs-filter-when-paid");
        when->click();
    }
    if (auto* order = m_jobList->findChild<QPushButton*>(QStringLiteral("jobsOrder"))) {
        order->click();
        shot("04-jobs-order");
        if (auto* soonest = m_jobList->findChild<QPushButton*>(QStringLiteral("order_soonest"))) {
            soonest->click();
            shot("04-jobs-soonest");
        }
        m_jobList->reset();
    }
    const QStringList ids = m_jobList->visibleJobIds();
    if (!ids.isEmpty()) {
        m_detail->showJob(ids.first());
        showPage(m_detail);
        shot("05-job-detail");
        m_apply->startFor(ids.first());
        showPage(m_apply);
        auto* keypad = m_apply->findChild<TouchKeypad*>();
        keypad->setText(QStringLiteral("1380013"));
        shot("06-apply");
        ApplicationReceipt sample;
        sample.confirmationNo = QStringLiteral("386214");
        m_apply->showReceipt(sample, QStringLiteral("13800138000"));
        shot("07-apply-done");
        // 返回 from the receipt: the job says it was just applied for.
        m_detail->markApplied(ids.first());
        showPage(m_detail);
        shot("07-apply-back-to-job");
        m_detail->reset();
    }
    goHome();
    openService(QStringLiteral("register"));
    // Sample numbers (valid check character; a woman born in 1970, so an older worker), wiped
    // again by resetAll() below.
    m_register->findChild<TouchKeypad*>(QStringLiteral("regIdKeypad"))
        ->setText(QStringLiteral("450103197003071243"));
    m_register->findChild<TouchKeypad*>(QStringLiteral("regPhoneKeypad"))
        ->setText(QStringLiteral("13907711234"));
    shot("08-register-id");
    m_register->findChild<QPushButton*>(QStringLiteral("regNext"))->click();
    m_register->goToStep(KioskRegisterPage::TradesStep);
    shot("09-register-trades");
    m_register->goToStep(KioskRegisterPage::DifficultyStep);
    shot("10-register-difficulties");
    m_register->goToStep(KioskRegisterPage::ConsentStep);
    shot("11-register-consent");
    goHome();
    openService(QStringLiteral("post"));
    // Sample answers, wiped again by resetAll() below; nothing is sent.
    const auto tap = [this](const QString& name) {
        if (auto* chip = m_post->findChild<QPushButton*>(name))
            chip->click();
    };
    tap(QStringLiteral("postTrade_") + QString::fromUtf8("家政保洁"));
    tap(QStringLiteral("postHeadcount_2"));
    shot("11-post-trade");
    if (auto* districts = m_post->findChild<TouchChipGroup*>(QStringLiteral("postDistrictChips")))
        tap(QStringLiteral("postDistrict_") + districts->keys().value(0));
    tap(QStringLiteral("postPlace_home"));
    m_post->goToStep(KioskPostPage::WhereStep);
    shot("11-post-where");
    m_post->goToStep(KioskPostPage::WhenStep);
    tap(QStringLiteral("postDuration_3d"));
    shot("11-post-when");
    tap(QStringLiteral("postPayUnit_day"));
    m_post->findChild<TouchKeypad*>(QStringLiteral("postPayKeypad"))
        ->setText(QStringLiteral("160"));
    m_post->goToStep(KioskPostPage::PayStep);
    shot("11-post-pay");
    tap(QStringLiteral("postOffer_meals"));
    m_post->goToStep(KioskPostPage::NeedsStep);
    shot("11-post-needs");
    m_post->findChild<TouchKeypad*>(QStringLiteral("postPhoneKeypad"))
        ->setText(QStringLiteral("13907715678"));
    m_post->goToStep(KioskPostPage::PhoneStep);
    shot("11-post-phone");
    tap(QStringLiteral("postSurname_") + QString::fromUtf8("韦"));
    tap(QStringLiteral("postHonorific_ms"));
    m_post->goToStep(KioskPostPage::NameStep);
    shot("11-post-name");
    m_post->goToStep(KioskPostPage::ConfirmStep);
    shot("11-post-confirm");
    m_post->showSent(m_post->posting().toJob(m_terminal.clock().today()),
                     QUuid::createUuid().toString(QUuid::WithoutBraces));
    shot("11-post-done");
    goHome();
    openService(QStringLiteral("training"));
    shot("12-training");
    if (auto* ask = m_training->findChild<QPushButton*>(QStringLiteral("content_training_0_ask"))) {
        ask->click();
        shot("12-training-callback");
    }
    goHome();
    openService(QStringLiteral("policy"));
    shot("13-policy");
    goHome();
    openService(QStringLiteral("rights"));
    shot("14-rights");
    findChild<QPushButton*>(QStringLiteral("rightsCallback"))->click();
    shot("15-callback");
    goHome();
    openService(QStringLiteral("market"));
    shot("16-market");
    goHome();
    openService(QStringLiteral("online"));
    shot("17-online");
    goHome();
    m_countdown->setSecondsLeft(7);
    m_countdown->setGeometry(rect());
    m_countdown->show();
    m_countdown->raise();
    shot("18-idle-countdown");
    m_countdown->hide();
    setLargeText(true);
    shot("19-home-large-text");
    openService(QStringLiteral("jobs"));
    shot("03-trades-large-text");
    if (!ids.isEmpty()) {
        // A job's details read a screen further down: a line above and below says more lies
        // either way.
        m_detail->showJob(ids.first());
        showPage(m_detail);
        shot("05-job-detail-large-text");
        if (auto* scroll = m_detail->findChild<QScrollArea*>(QStringLiteral("detailScroll"))) {
            QScrollBar* bar = scroll->verticalScrollBar();
            bar->setValue(bar->pageStep() * 3 / 4);
            shot("05-job-detail-large-text-read-on");
        }
    }
    goHome();
    openService(QStringLiteral("register"));
    m_register->goToStep(KioskRegisterPage::TradesStep);
    shot("09-register-trades-large-text");
    m_register->goToStep(KioskRegisterPage::PayStep);
    shot("09-register-pay-large-text");
    m_register->goToStep(KioskRegisterPage::DifficultyStep);
    shot("10-register-difficulties-large-text");
    goHome();
    openService(QStringLiteral("post"));
    shot("11-post-trade-large-text");
    m_post->goToStep(KioskPostPage::NameStep);
    shot("11-post-name-large-text");
    goHome();
    setLargeText(false);
    setHighContrast(true);
    shot("20-home-high-contrast");
    openService(QStringLiteral("jobs"));
    shot("03-trades-high-contrast");
    m_jobList->showTrade(QString());
    showPage(m_jobList);
    shot("21-jobs-high-contrast");
    setHighContrast(false);
    staffExit();
    shot("22-staff-exit");
    // The demo's urgent notice, as every screen shows it while it is active.
    goHome();
    for (const StoredEntity& e : m_unexpiredUrgent) {
        if (const auto end = DisplayFeed::urgentEnd(e)) {
            const QDateTime during = end->addSecs(-60);
            m_urgentHeld = true;
            m_urgent->setNotices(DisplayFeed::activeUrgent(m_unexpiredUrgent, during), during);
            placeUrgent();
            shot("23-home-urgent-notice");
            openUrgent();
            shot("23-urgent-notice-whole");
            m_urgentPanel->hide();
            openService(QStringLiteral("jobs"));
            m_jobList->showTrade(QString());
            showPage(m_jobList);
            shot("23-jobs-urgent-notice");
            // The tightest screens keep whole under the band, in large text too.
            const QStringList jobs = m_jobList->visibleJobIds();
            if (!jobs.isEmpty()) {
                m_detail->showJob(jobs.first());
                showPage(m_detail);
                shot("23-job-detail-urgent-notice");
                m_apply->startFor(jobs.first());
                showPage(m_apply);
                setLargeText(true);
                shot("23-apply-urgent-notice-large-text");
                setLargeText(false);
            }
            goHome();
            setLargeText(true);
            openService(QStringLiteral("jobs"));
            shot("23-trades-urgent-notice-large-text");
            setLargeText(false);
            m_urgentHeld = false;
            refreshUrgent();
            break;
        }
    }
    resetAll();
    return rc;
}

} // namespace lingong
