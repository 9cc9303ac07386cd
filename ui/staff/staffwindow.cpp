#include "staffwindow.h"

#include "common/stafflabels.h"
#include "modes.h"
#include "staffloginpage.h"
#include "staffpages.h"
#include "staffsyncpage.h"
#include "staffui.h"
#include "storewatcher.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTextStream>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcStaff, "lingong.ui.staff")

namespace lingong {

StaffWindow::StaffWindow(Terminal& terminal, QWidget* parent)
    : QMainWindow(parent)
    , m_terminal(terminal)
    , m_ctx(terminal)
{
    setObjectName(QStringLiteral("staffWindow"));
    setWindowTitle(tr("One-stop service window — %1").arg(terminal.config().hallName));
    setStyleSheet(staffui::styleSheet());
    setMinimumSize(1200, 700);

    m_stack = new QStackedWidget(this);
    setCentralWidget(m_stack);
    m_login = new StaffLoginPage(m_ctx, m_stack);
    m_stack->addWidget(m_login);
    connect(m_login, &StaffLoginPage::signedIn, this, &StaffWindow::onSignedIn);
    connect(m_login, &StaffLoginPage::signOutRequested, this, &StaffWindow::requestSignOut);

    // Status bar: messages on the left; the sync status slot, who is signed in and the clock on
    // the right.
    m_syncSlot = new QWidget(this);
    m_syncSlot->setObjectName(QStringLiteral("staffSyncSlot"));
    auto* syncLayout = new QHBoxLayout(m_syncSlot);
    syncLayout->setContentsMargins(0, 0, 0, 0);
    statusBar()->addPermanentWidget(m_syncSlot);
    setSyncEngine(nullptr);
    m_clock = new QLabel(this);
    m_clock->setObjectName(QStringLiteral("staffClock"));
    statusBar()->addPermanentWidget(m_clock);

    m_idle = new QTimer(this);
    m_idle->setObjectName(QStringLiteral("staffIdleTimer"));
    m_idle->setSingleShot(true);
    m_idle->setInterval(idleLockMs());
    connect(m_idle, &QTimer::timeout, this, &StaffWindow::lockNow);
    qApp->installEventFilter(this);

    // The clock turns with the minute, not a minute after the window opened.
    m_minute = new QTimer(this);
    m_minute->setObjectName(QStringLiteral("staffMinuteTimer"));
    m_minute->setSingleShot(true);
    m_minute->setTimerType(Qt::PreciseTimer);
    connect(m_minute, &QTimer::timeout, this, &StaffWindow::tick);
    m_minute->start(msToNextMinute());

    m_watcher = new StoreWatcher(terminal.database(), 1000, this);
    connect(m_watcher, &StoreWatcher::changed, this, [this] {
        if (m_syncStrip)
            m_syncStrip->refresh();
        if (isSignedIn())
            refreshAll();
    });
    tick();
}

void StaffWindow::setSyncEngine(SyncEngine* engine)
{
    m_ctx.sync = engine;
    delete m_syncStrip;
    m_syncStrip = new StaffSyncStrip(m_terminal, engine, m_syncSlot);
    m_syncSlot->layout()->addWidget(m_syncStrip);
    connect(m_syncStrip, &StaffSyncStrip::clicked, this, [this] {
        if (isSignedIn())
            showPage(QStringLiteral("sync"));
    });
    if (engine) {
        connect(engine, &SyncEngine::roundFinished, this, [this] {
            if (isSignedIn())
                refreshAll();
        });
    }
}

StaffWindow::~StaffWindow()
{
    qApp->removeEventFilter(this);
}

int StaffWindow::idleLockMs() const
{
    return m_terminal.config().staffLockMinutes * 60'000;
}

bool StaffWindow::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::InputMethod:
        if (isSignedIn())
            m_idle->start();
        break;
    default:
        break;
    }
    // A double click on a push button is one press: the second click of it neither confirms what
    // the first asked a second press for (an outcome, a blacklisting) nor saves a form again.
    if (event->type() == QEvent::MouseButtonDblClick) {
        auto* button = qobject_cast<QPushButton*>(watched);
        // (A tick box keeps its own: ticked and unticked again quickly is two clicks.)
        if (button && !button->isCheckable() && button->window() == this)
            return true;
    }
    // A choice list or number box passes the wheel on to the form it sits in, also after the
    // clerk chose in it (it keeps the focus then): scrolling the form past it must not change
    // it unseen (a pay unit, a headcount). A click or the arrow keys change it.
    if (event->type() == QEvent::Wheel) {
        auto* box = qobject_cast<QWidget*>(watched);
        if (box && (qobject_cast<QComboBox*>(box) || qobject_cast<QAbstractSpinBox*>(box)) &&
            box->window() == this && box->parentWidget()) {
            QCoreApplication::sendEvent(box->parentWidget(), event);
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

int StaffWindow::msToNextMinute()
{
    // A little past the turn, so that the minute read is the new one.
    return 60'000 - QTime::currentTime().msecsSinceStartOfDay() % 60'000 + 50;
}

void StaffWindow::tick()
{
    m_minute->start(msToNextMinute());
    m_clock->setText(m_terminal.clock().localNow().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (isSignedIn())
        expireJobs();
}

void StaffWindow::expireJobs()
{
    auto n = m_ctx.jobs.expireDue();
    if (!n.ok())
        statusBar()->showMessage(n.error().message, 10'000);
    else if (n.value() > 0)
        statusBar()->showMessage(
            tr("%n posting(s) past their valid-until date expired.", nullptr, n.value()), 10'000);
    // Once a day: people who have become older workers since they registered (S4).
    const QDate today = m_terminal.clock().today();
    if (m_agedOn == today)
        return;
    auto older = m_ctx.desk.seekers().markOlderByAge();
    if (!older.ok()) {
        statusBar()->showMessage(older.error().message, 10'000);
        return;
    }
    m_agedOn = today;
    if (older.value() > 0)
        statusBar()->showMessage(tr("%n job seeker(s) reached the age of an older worker and "
                                    "moved to the priority tier.",
                                    nullptr, older.value()),
                                 10'000);
}

void StaffWindow::onSignedIn(const StaffAccount& account)
{
    const bool resume = m_locked && m_ctx.signedIn() && m_ctx.user().id == account.id;
    m_locked = false;
    m_ctx.setUser(account);
    if (!resume) {
        dropWorkspace();
        buildWorkspace();
    }
    m_userLabel->setText(tr("%1 (%2)").arg(account.label(), StaffLabels::role(account.role)));
    m_stack->setCurrentWidget(m_workspace);
    m_idle->start();
    expireJobs();
    refreshAll();
    focusPage(qobject_cast<StaffPage*>(m_pages->currentWidget()));
    qCInfo(lcStaff) << "session started, role" << account.role;
}

void StaffWindow::focusPage(StaffPage* page)
{
    // The keyboard goes with the page shown: to where its cursor was, or its first field.
    if (!page || !page->isVisible())
        return;
    const QWidget* focused = QApplication::focusWidget();
    if (focused && page->isAncestorOf(focused))
        return;
    QWidget* target = page->focusWidget();
    if (!target || !target->isVisible() || !target->isEnabled()) {
        target = nullptr;
        for (QWidget* w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain()) {
            if (page->isAncestorOf(w) && w->isVisible() && w->isEnabled() &&
                (w->focusPolicy() & Qt::TabFocus)) {
                target = w;
                break;
            }
        }
    }
    if (target)
        target->setFocus(Qt::OtherFocusReason);
}

void StaffWindow::startSession(const StaffAccount& account)
{
    (void)m_terminal.audit().append(account.actor(), QStringLiteral("session_start"),
                                    QStringLiteral("staff_account"), QString::number(account.id),
                                    QStringLiteral("without password"));
    onSignedIn(account);
}

void StaffWindow::lockNow()
{
    if (!isSignedIn())
        return;
    m_locked = true;
    m_idle->stop();
    (void)m_terminal.audit().append(m_ctx.user().actor(), QStringLiteral("window_lock"));
    m_login->showUnlock(m_ctx.user());
    m_stack->setCurrentWidget(m_login);
}

void StaffWindow::signOut()
{
    if (m_ctx.signedIn())
        (void)m_terminal.audit().append(m_ctx.user().actor(), QStringLiteral("logout"));
    m_ctx.setUser(std::nullopt);
    m_locked = false;
    m_idle->stop();
    // Nothing of the last person's work stays on screen for the next one.
    dropWorkspace();
    m_login->showSetupOrSignIn();
    m_stack->setCurrentWidget(m_login);
}

void StaffWindow::dropWorkspace()
{
    if (!m_workspace)
        return;
    m_stack->removeWidget(m_workspace);
    m_workspace->deleteLater();
    m_workspace = nullptr;
    m_pageList.clear();
    m_nav = nullptr;
    m_pages = nullptr;
    m_userLabel = nullptr;
}

void StaffWindow::buildWorkspace()
{
    m_workspace = new QWidget(m_stack);
    m_workspace->setObjectName(QStringLiteral("staffWorkspace"));
    auto* outer = new QVBoxLayout(m_workspace);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    auto* top = new QFrame(m_workspace);
    top->setObjectName(QStringLiteral("staffTopBar"));
    auto* tl = new QHBoxLayout(top);
    tl->setContentsMargins(14, 6, 10, 6);
    auto* hall =
        new QLabel(tr("%1 · One-stop service window").arg(m_terminal.config().hallName), top);
    hall->setObjectName(QStringLiteral("staffHall"));
    tl->addWidget(hall);
    tl->addStretch(1);
    m_userLabel = new QLabel(top);
    m_userLabel->setObjectName(QStringLiteral("staffUser"));
    tl->addWidget(m_userLabel);
    auto* lock = new QPushButton(tr("Lock (Ctrl+L)"), top);
    lock->setObjectName(QStringLiteral("staffLock"));
    lock->setFocusPolicy(Qt::NoFocus);
    connect(lock, &QPushButton::clicked, this, &StaffWindow::lockNow);
    tl->addWidget(lock);
    auto* out = new QPushButton(tr("Sign out"), top);
    out->setObjectName(QStringLiteral("staffSignOut"));
    out->setFocusPolicy(Qt::NoFocus);
    connect(out, &QPushButton::clicked, this, &StaffWindow::requestSignOut);
    tl->addWidget(out);
    outer->addWidget(top);

    auto* body = new QHBoxLayout;
    body->setSpacing(0);
    m_nav = new QListWidget(m_workspace);
    m_nav->setObjectName(QStringLiteral("staffNav"));
    m_nav->setFixedWidth(168);
    m_nav->setFocusPolicy(Qt::NoFocus);
    m_nav->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    body->addWidget(m_nav);
    m_pages = new QStackedWidget(m_workspace);
    body->addWidget(m_pages, 1);
    outer->addLayout(body, 1);

    const auto add = [this](const QString& key, StaffPage* page) {
        page->setObjectName(QStringLiteral("page_") + key);
        m_pages->addWidget(page);
        m_pageList.emplace_back(key, page);
        auto* item = new QListWidgetItem(m_nav);
        item->setData(Qt::UserRole, key);
        connect(page, &StaffPage::changed, this, &StaffWindow::refreshNav);
        // This window's own writes are not seen by the store watcher (it sees other programs'):
        // the strip's counts follow what a page just did, a sync conflict settled say.
        connect(page, &StaffPage::changed, this, [this] {
            if (m_syncStrip)
                m_syncStrip->refresh();
        });
        connect(page, &StaffPage::matchSeekerRequested, this, [this](const QString& id) {
            showPage(QStringLiteral("matching"));
            static_cast<StaffMatchingPage*>(this->page(QStringLiteral("matching")))->openSeeker(id);
        });
        connect(page, &StaffPage::matchJobRequested, this, [this](const QString& id) {
            showPage(QStringLiteral("matching"));
            static_cast<StaffMatchingPage*>(this->page(QStringLiteral("matching")))->openJob(id);
        });
        connect(page, &StaffPage::unpaidWagesComplaintRequested, this, [this](const QString& id) {
            showPage(QStringLiteral("complaints"));
            static_cast<StaffComplaintsPage*>(this->page(QStringLiteral("complaints")))
                ->startUnpaidWages(id);
        });
        connect(page, &StaffPage::openSeekerRequested, this, [this](const QString& id) {
            showPage(QStringLiteral("seekers"));
            static_cast<StaffSeekersPage*>(this->page(QStringLiteral("seekers")))->openSeeker(id);
        });
        connect(page, &StaffPage::openJobRequested, this, [this](const QString& id) {
            showPage(QStringLiteral("jobs"));
            static_cast<StaffJobsPage*>(this->page(QStringLiteral("jobs")))->openJob(id);
        });
        connect(page, &StaffPage::openEmployerRequested, this, [this](const QString& id) {
            showPage(QStringLiteral("employers"));
            static_cast<StaffEmployersPage*>(this->page(QStringLiteral("employers")))
                ->openEmployer(id);
        });
    };
    add(QStringLiteral("seekers"), new StaffSeekersPage(m_ctx, m_pages));
    add(QStringLiteral("jobs"), new StaffJobsPage(m_ctx, m_pages));
    add(QStringLiteral("review"), new StaffReviewPage(m_ctx, m_pages));
    add(QStringLiteral("employers"), new StaffEmployersPage(m_ctx, m_pages));
    add(QStringLiteral("matching"), new StaffMatchingPage(m_ctx, m_pages));
    add(QStringLiteral("queue"), new StaffQueuePage(m_ctx, m_pages));
    add(QStringLiteral("complaints"), new StaffComplaintsPage(m_ctx, m_pages));
    add(QStringLiteral("ledger"), new StaffLedgerPage(m_ctx, m_pages));
    add(QStringLiteral("statistics"), new StaffStatisticsPage(m_ctx, m_pages));
    add(QStringLiteral("content"), new StaffContentPage(m_ctx, m_pages));
    add(QStringLiteral("accounts"), new StaffAccountsPage(m_ctx, m_pages));
    add(QStringLiteral("sync"), new StaffSyncPage(m_ctx, m_pages));

    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= int(m_pageList.size()))
            return;
        StaffPage* page = m_pageList[size_t(row)].second;
        // "Saved", "Registered": said where it was done, for the clerk who did it. A page left
        // and come back to does not greet the next person with the last one's success.
        if (QWidget* left = m_pages->currentWidget(); left && left != page)
            for (QLabel* label : left->findChildren<QLabel*>())
                if (label->property("role").toString() == QLatin1String("message") &&
                    label->property("tone").toString() == QLatin1String("success"))
                    staffui::setMessage(label, {}, staffui::Tone::Success);
        m_pages->setCurrentWidget(page);
        page->refresh();
        refreshNav();
        focusPage(page);
    });
    for (int i = 0; i < int(m_pageList.size()) && i < 10; ++i) {
        auto* sc = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + (i == 9 ? -1 : i))),
                                 m_workspace);
        connect(sc, &QShortcut::activated, this, [this, i] { m_nav->setCurrentRow(i); });
    }
    auto* lockKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), m_workspace);
    connect(lockKey, &QShortcut::activated, this, &StaffWindow::lockNow);

    m_stack->addWidget(m_workspace);
    refreshNav();
    m_nav->setCurrentRow(0);
}

namespace {

// The pages' names in the side list, in the order buildWorkspace() adds them.
const char* const kPageNames[] = {QT_TRANSLATE_NOOP("lingong::StaffWindow", "Job seekers"),
                                  QT_TRANSLATE_NOOP("lingong::StaffWindow", "Jobs"),
                                  QT_TRANSLATE_NOOP("lingong::StaffWindow", "Review queue"),
                                  QT_TRANSLATE_NOOP("lingong::StaffWindow", "Employers"),
                                  QT_TRANSLATE_NOOP("lingong::StaffWindow", "Matching"),
                                  QT_TRANSLATE_NOOP("lingong::StaffWindow", "Applications"),
                                  QT_TRANSLATE_NOOP("lingong::StaffWindow", "Complaints"),
                                  QT_TRANSLATE_NOOP("lingong::StaffWindow", "Work ledger"),
                                  QT_TRANSLATE_NOOP("lingong::StaffWindow", "Statistics"),
                                  QT_TRANSLATE_NOOP("lingong::StaffWindow", "Content"),
                                  QT_TRANSLATE_NOOP("lingong::StaffWindow", "Accounts & log"),
                                  QT_TRANSLATE_NOOP("lingong::StaffWindow", "Sync")};

} // namespace

QStringList StaffWindow::unsavedPages() const
{
    QStringList out;
    for (int i = 0; i < int(m_pageList.size()) && i < int(std::size(kPageNames)); ++i)
        if (m_pageList[size_t(i)].second->hasUnsavedWork())
            out << tr(kPageNames[i]);
    return out;
}

void StaffWindow::confirmDiscard(const QString& question, const QString& discard,
                                 const std::function<void()>& proceed)
{
    const QStringList where = unsavedPages();
    if (where.isEmpty()) {
        proceed();
        return;
    }
    // Asked already (closing twice, say): that question stands.
    if (auto* open = findChild<QMessageBox*>(QStringLiteral("staffUnsaved"));
        open && open->isVisible()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto* box =
        new QMessageBox(QMessageBox::Warning, tr("Not saved yet"),
                        tr("Not saved yet: what was typed on %1.").arg(where.join(tr(", "))),
                        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("staffUnsaved"));
    box->setInformativeText(question);
    auto* back = box->addButton(tr("Go back to it"), QMessageBox::RejectRole);
    back->setObjectName(QStringLiteral("staffUnsavedBack"));
    auto* drop = box->addButton(discard, QMessageBox::DestructiveRole);
    drop->setObjectName(QStringLiteral("staffUnsavedDiscard"));
    box->setDefaultButton(back);
    box->setEscapeButton(back);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, drop, proceed](QAbstractButton* b) {
        if (b == drop) {
            proceed();
            return;
        }
        // Back to the first page with unsaved work, unless the window is locked.
        if (isSignedIn()) {
            for (int i = 0; i < int(m_pageList.size()); ++i)
                if (m_pageList[size_t(i)].second->hasUnsavedWork()) {
                    showPage(m_pageList[size_t(i)].first);
                    break;
                }
        }
    });
    box->open();
}

void StaffWindow::requestSignOut()
{
    confirmDiscard(tr("Sign out and lose it?"), tr("Discard and sign out"), [this] { signOut(); });
}

void StaffWindow::closeEvent(QCloseEvent* event)
{
    if (m_closeConfirmed || unsavedPages().isEmpty()) {
        event->accept();
        return;
    }
    event->ignore();
    confirmDiscard(tr("Close the window and lose it?"), tr("Discard and close"), [this] {
        m_closeConfirmed = true;
        close();
    });
}

void StaffWindow::refreshNav()
{
    if (!m_nav)
        return;
    const auto& names = kPageNames;
    for (int i = 0; i < int(m_pageList.size()); ++i) {
        const QString n = m_pageList[size_t(i)].second->badgeText();
        // Ctrl+1 ... Ctrl+0 reach the first ten pages; the rest have no number.
        QString text = i < 10 ? QStringLiteral("%1  %2").arg(i == 9 ? 0 : i + 1).arg(tr(names[i]))
                              : QStringLiteral("    %1").arg(tr(names[i]));
        if (!n.isEmpty())
            text += QStringLiteral("  (%1)").arg(n);
        m_nav->item(i)->setText(text);
    }
    // As wide as the longest entry with its count (English runs longer), never narrower.
    m_nav->setFixedWidth(std::max(168, m_nav->sizeHintForColumn(0) + 2 * m_nav->frameWidth() + 8));
}

void StaffWindow::refreshAll()
{
    if (!m_pages)
        return;
    if (auto* current = static_cast<StaffPage*>(m_pages->currentWidget()))
        current->refresh();
    refreshNav();
}

void StaffWindow::showPage(const QString& key)
{
    for (int i = 0; i < int(m_pageList.size()); ++i) {
        if (m_pageList[size_t(i)].first == key) {
            m_nav->setCurrentRow(i);
            return;
        }
    }
}

QString StaffWindow::currentPage() const
{
    if (!m_pages)
        return {};
    for (const auto& [key, page] : m_pageList)
        if (page == m_pages->currentWidget())
            return key;
    return {};
}

StaffPage* StaffWindow::page(const QString& key) const
{
    for (const auto& [k, page] : m_pageList)
        if (k == key)
            return page;
    return nullptr;
}

int StaffWindow::saveScreenshots(const QString& dir)
{
    int rc = saveScreenshot(*this, dir, QStringLiteral("staff-login"));
    auto demo = m_ctx.accounts.find(QLatin1String(Accounts::kDemoUsername));
    if (!demo.ok() || !demo.value()) {
        QTextStream(stderr) << tr("No demo account in this database: start with --seed-demo to "
                                  "render the other screens.")
                            << Qt::endl;
        return rc;
    }
    startSession(*demo.value());
    for (const auto& [key, page] : m_pageList) {
        showPage(key);
        page->prepareForScreenshot();
        QApplication::processEvents();
        rc |= saveScreenshot(*this, dir, QStringLiteral("staff-") + key);
    }
    // The job editor refusing a discriminatory phrase, as a clerk would see it.
    showPage(QStringLiteral("jobs"));
    static_cast<StaffJobsPage*>(page(QStringLiteral("jobs")))->prepareDiscriminationExample();
    QApplication::processEvents();
    rc |= saveScreenshot(*this, dir, QStringLiteral("staff-jobs-refused"));
    lockNow();
    rc |= saveScreenshot(*this, dir, QStringLiteral("staff-locked"));
    return rc;
}

} // namespace lingong
