#include "accounts.h"
#include "demodata.h"
#include "staff/staffpage.h"
#include "staff/staffwindow.h"
#include "staffgui.h"
#include "tempterminal.h"

#include <QLabel>
#include <QMessageBox>
#include <QTimer>

using namespace lingong;
using namespace lingong::test;

TEST_CASE("first start asks for the administrator account and signs it in", "[ui][staff]")
{
    TempTerminal t;
    StaffWindow w(t.terminal());
    w.resize(1366, 768);
    w.show();
    REQUIRE(child(&w, "setupUsername")->isVisible());

    type(&w, "setupUsername", QStringLiteral("admin"));
    type(&w, "setupName", QStringLiteral("Wang"));
    type(&w, "setupPassword", QStringLiteral("correct horse"));
    type(&w, "setupConfirm", QStringLiteral("correct hose"));
    click(&w, "setupButton");
    CHECK(!w.isSignedIn());
    CHECK(textOf(&w, "setupMessage").contains(QStringLiteral("not the same")));
    CHECK(markedInvalid(&w, "setupConfirm"));
    CHECK(t.count(QStringLiteral("staff_account")) == 0);

    type(&w, "setupConfirm", QStringLiteral("correct horse"));
    click(&w, "setupButton");
    REQUIRE(w.isSignedIn());
    CHECK(textOf(&w, "staffUser").contains(QStringLiteral("Wang")));
    CHECK(t.count(QStringLiteral("staff_account"), QStringLiteral("role = 'admin'")) == 1);
    CHECK(t.count(QStringLiteral("audit_log"), QStringLiteral("action = 'login'")) == 1);
}

TEST_CASE("five wrong passwords lock the account, it opens again after five minutes", "[ui][staff]")
{
    TempTerminal t;
    Accounts accounts(t->database(), t.clock(), t->audit());
    REQUIRE(accounts
                .createFirstAdmin(QStringLiteral("admin"), QStringLiteral("Wang"),
                                  QStringLiteral("correct horse"))
                .ok());
    StaffWindow w(t.terminal());
    w.resize(1366, 768);
    w.show();
    REQUIRE(child(&w, "loginUsername")->isVisible());

    type(&w, "loginUsername", QStringLiteral("admin"));
    for (int i = 1; i <= 4; ++i) {
        type(&w, "loginPassword", QStringLiteral("wrong %1").arg(i));
        click(&w, "loginButton");
        CHECK(!w.isSignedIn());
        CHECK(textOf(&w, "loginMessage").contains(QStringLiteral("not correct")));
        CHECK(textOf(&w, "loginPassword").isEmpty()); // never left on screen
    }
    CHECK(textOf(&w, "loginMessage").contains(QStringLiteral("1 attempt")));
    type(&w, "loginPassword", QStringLiteral("wrong 5"));
    click(&w, "loginButton");
    CHECK(!w.isSignedIn());
    CHECK(textOf(&w, "loginMessage").contains(QStringLiteral("locked for 5 minutes")));

    // The right password does not help while the lock lasts.
    t.clock().advanceMs(4 * 60'000);
    type(&w, "loginPassword", QStringLiteral("correct horse"));
    click(&w, "loginButton");
    CHECK(!w.isSignedIn());
    CHECK(textOf(&w, "loginMessage").contains(QStringLiteral("locked")));

    t.clock().advanceMs(60'000 + 1'000);
    type(&w, "loginPassword", QStringLiteral("correct horse"));
    click(&w, "loginButton");
    REQUIRE(w.isSignedIn());
    CHECK(child(&w, "staffWorkspace")->isVisible());
    CHECK(t.count(QStringLiteral("audit_log"), QStringLiteral("action = 'account_locked'")) == 1);
    CHECK(t.count(QStringLiteral("audit_log"), QStringLiteral("action = 'login_refused_locked'")) ==
          1);
}

TEST_CASE("the sign-in page of a demo store names its demo account, and no other store's does",
          "[ui][staff]")
{
    TempTerminal t;
    Accounts accounts(t->database(), t.clock(), t->audit());
    REQUIRE(accounts
                .createFirstAdmin(QStringLiteral("admin"), QStringLiteral("Wang"),
                                  QStringLiteral("correct horse"))
                .ok());
    {
        StaffWindow w(t.terminal());
        w.resize(1366, 768);
        w.show();
        REQUIRE(child(&w, "loginHint")->isVisible());
        CHECK_FALSE(textOf(&w, "loginHint").contains(QStringLiteral("demo")));
    }
    REQUIRE(accounts.ensureDemoAccount().ok());
    REQUIRE(DemoData(t->store()).seed(3).ok());
    StaffWindow w(t.terminal());
    w.resize(1366, 768);
    w.show();
    CHECK(textOf(&w, "loginHint")
              .contains(QStringLiteral("Demo data: sign in as demo with the password demo-2468.")));
    // Signed in as told.
    type(&w, "loginUsername", QStringLiteral("demo"));
    type(&w, "loginPassword", QStringLiteral("demo-2468"));
    click(&w, "loginButton");
    CHECK(w.isSignedIn());
}

TEST_CASE("the window locks itself when idle and keeps what was typed", "[ui][staff]")
{
    Config config;
    config.staffLockMinutes = 3;
    TempTerminal t(Mode::Staff, config);
    Accounts accounts(t->database(), t.clock(), t->audit());
    auto admin = accounts.createFirstAdmin(QStringLiteral("admin"), QStringLiteral("Wang"),
                                           QStringLiteral("correct horse"));
    REQUIRE(admin.ok());
    StaffWindow w(t.terminal());
    w.resize(1366, 768);
    w.show();
    w.startSession(admin.value());
    REQUIRE(w.isSignedIn());

    auto* idle = child<QTimer>(&w, "staffIdleTimer");
    CHECK(idle->interval() == 3 * 60'000);
    CHECK(idle->isActive());
    auto* seekers = w.page(QStringLiteral("seekers"));
    type(seekers, "seekerName", QStringLiteral("Huang"));
    CHECK(idle->isActive()); // typing keeps it running from the start

    // The idle time runs out.
    QMetaObject::invokeMethod(idle, "timeout");
    CHECK(w.isLocked());
    CHECK(!child(&w, "staffWorkspace")->isVisible());
    CHECK(child<QLineEdit>(&w, "loginUsername")->isReadOnly());
    CHECK(textOf(&w, "loginUsername") == QStringLiteral("admin"));

    type(&w, "loginPassword", QStringLiteral("not it"));
    click(&w, "loginButton");
    CHECK(w.isLocked());
    type(&w, "loginPassword", QStringLiteral("correct horse"));
    click(&w, "loginButton");
    REQUIRE(w.isSignedIn());
    CHECK(textOf(seekers, "seekerName") == QStringLiteral("Huang"));
    CHECK(t.count(QStringLiteral("audit_log"), QStringLiteral("action = 'window_lock'")) == 1);

    // Signing out asks first, as "Huang" is not saved; then leaves nothing of the last
    // person's work on screen.
    click(&w, "staffSignOut");
    CHECK(w.isSignedIn());
    click(child<QMessageBox>(&w, "staffUnsaved"), "staffUnsavedDiscard");
    CHECK(!w.isSignedIn());
    CHECK(child(&w, "loginUsername")->isVisible());
    QCoreApplication::processEvents(); // the old workspace is deleted later
    const auto* workspace = w.findChild<QWidget*>(QStringLiteral("staffWorkspace"));
    CHECK((workspace == nullptr || !workspace->isVisible()));
}

TEST_CASE("signing out or closing the window asks first when something typed is not saved",
          "[ui][staff]")
{
    TempTerminal t(Mode::Staff);
    Accounts accounts(t->database(), t.clock(), t->audit());
    auto admin = accounts.createFirstAdmin(QStringLiteral("admin"), QStringLiteral("Wang"),
                                           QStringLiteral("correct horse"));
    REQUIRE(admin.ok());
    StaffWindow w(t.terminal());
    w.resize(1366, 768);
    w.show();
    w.startSession(admin.value());
    REQUIRE(w.isSignedIn());
    const auto box = [&w] { return w.findChild<QMessageBox*>(QStringLiteral("staffUnsaved")); };
    const auto settle = [] { QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); };

    // Nothing typed: signing out and in again needs no question.
    click(&w, "staffSignOut");
    CHECK(!w.isSignedIn());
    CHECK(box() == nullptr);
    settle(); // the old workspace goes
    w.startSession(admin.value());

    // A registration begun and a ledger entry typed, on two pages.
    type(w.page(QStringLiteral("seekers")), "seekerName", QStringLiteral("黄春梅"));
    w.showPage(QStringLiteral("ledger"));
    type(w.page(QStringLiteral("ledger")), "ledgerSummary", QStringLiteral("接待用工单位来访"));
    CHECK(w.unsavedPages() ==
          QStringList{QStringLiteral("Job seekers"), QStringLiteral("Work ledger")});
    // A notice begun on the content page counts too, until it is emptied again.
    type(w.page(QStringLiteral("content")), "contentTitle", QStringLiteral("停水通知"));
    CHECK(w.unsavedPages().contains(QStringLiteral("Content")));
    type(w.page(QStringLiteral("content")), "contentTitle", QString());
    CHECK_FALSE(w.unsavedPages().contains(QStringLiteral("Content")));

    // Sign out: the question names both; going back keeps everything and shows the first.
    click(&w, "staffSignOut");
    REQUIRE(box() != nullptr);
    CHECK(box()->isVisible());
    CHECK(box()->text().contains(QStringLiteral("Job seekers")));
    CHECK(box()->text().contains(QStringLiteral("Work ledger")));
    click(box(), "staffUnsavedBack");
    settle();
    CHECK(box() == nullptr);
    CHECK(w.isSignedIn());
    CHECK(w.currentPage() == QStringLiteral("seekers"));
    CHECK(textOf(w.page(QStringLiteral("seekers")), "seekerName") == QStringLiteral("黄春梅"));

    // Closing the window asks the same; it stays open until the clerk discards.
    CHECK_FALSE(w.close());
    CHECK(w.isVisible());
    REQUIRE(box() != nullptr);
    click(box(), "staffUnsavedBack");
    settle();
    CHECK(w.isVisible());
    CHECK_FALSE(w.close());
    CHECK_FALSE(w.close()); // closing again asks once
    CHECK(w.findChildren<QMessageBox*>(QStringLiteral("staffUnsaved")).size() == 1);
    click(box(), "staffUnsavedDiscard");
    CHECK_FALSE(w.isVisible());
}
