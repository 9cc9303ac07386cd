#include "accounts.h"
#include "demodata.h"
#include "tempterminal.h"

using namespace lingong;
using namespace lingong::test;

namespace {

int auditCount(TempTerminal& t, const QString& action)
{
    return t.count(QStringLiteral("audit_log"), QStringLiteral("action = '%1'").arg(action));
}

} // namespace

TEST_CASE("the first start creates an admin, then only admins create accounts", "[accounts]")
{
    TempTerminal t;
    Accounts accounts(t->database(), t.clock(), t->audit());
    REQUIRE(accounts.needsSetup().value());

    auto weak = accounts.createFirstAdmin(QStringLiteral("admin"), QStringLiteral("王主任"),
                                          QStringLiteral("short"));
    REQUIRE(!weak.ok());
    CHECK(weak.error().field == QStringLiteral("password"));
    CHECK(accounts.needsSetup().value());

    auto admin = accounts.createFirstAdmin(QStringLiteral("admin"), QStringLiteral("王主任"),
                                           QStringLiteral("correct horse"));
    REQUIRE(admin.ok());
    CHECK(admin->isAdmin());
    CHECK(!accounts.needsSetup().value());
    CHECK(auditCount(t, QStringLiteral("account_create")) == 1);

    // Only a hash is stored, and it is argon2id.
    auto stored = t->database().scalar(
        QStringLiteral("SELECT password_hash FROM staff_account WHERE username = 'admin'"));
    REQUIRE(stored.ok());
    CHECK(stored.value().toString().startsWith(QStringLiteral("$argon2id$")));
    CHECK(!stored.value().toString().contains(QStringLiteral("correct horse")));

    auto second = accounts.createFirstAdmin(QStringLiteral("other"), QString(),
                                            QStringLiteral("another pass"));
    REQUIRE(!second.ok());
    CHECK(second.error().code == QStringLiteral("forbidden"));

    auto clerk = accounts.create(admin.value(), QStringLiteral("li"), QStringLiteral("李小红"),
                                 QStringLiteral("clerk"), QStringLiteral("window-one"));
    REQUIRE(clerk.ok());
    CHECK(!clerk->isAdmin());
    auto byClerk = accounts.create(clerk.value(), QStringLiteral("zhao"), QString(),
                                   QStringLiteral("clerk"), QStringLiteral("window-two"));
    REQUIRE(!byClerk.ok());
    CHECK(byClerk.error().code == QStringLiteral("forbidden"));
    auto twin = accounts.create(admin.value(), QStringLiteral("LI"), QString(),
                                QStringLiteral("clerk"), QStringLiteral("window-two"));
    REQUIRE(!twin.ok());
    CHECK(twin.error().field == QStringLiteral("username"));
    CHECK(accounts.list().value().size() == 2);
}

TEST_CASE("five wrong passwords lock an account for five minutes", "[accounts]")
{
    TempTerminal t;
    Accounts accounts(t->database(), t.clock(), t->audit());
    REQUIRE(
        accounts
            .createFirstAdmin(QStringLiteral("admin"), QString(), QStringLiteral("correct horse"))
            .ok());

    REQUIRE(accounts.login(QStringLiteral("admin"), QStringLiteral("correct horse")).ok());
    CHECK(auditCount(t, QStringLiteral("login")) == 1);

    for (int i = 1; i <= 4; ++i) {
        auto r = accounts.login(QStringLiteral("admin"), QStringLiteral("wrong"));
        REQUIRE(!r.ok());
        CHECK(r.error().code == QStringLiteral("denied"));
    }
    auto fifth = accounts.login(QStringLiteral("admin"), QStringLiteral("wrong"));
    REQUIRE(!fifth.ok());
    CHECK(fifth.error().code == QStringLiteral("locked"));
    CHECK(auditCount(t, QStringLiteral("account_locked")) == 1);

    // Locked: even the right password is refused, for the whole five minutes.
    t.clock().advanceMs(4 * 60'000 + 59'000);
    auto during = accounts.login(QStringLiteral("admin"), QStringLiteral("correct horse"));
    REQUIRE(!during.ok());
    CHECK(during.error().code == QStringLiteral("locked"));

    t.clock().advanceMs(2'000);
    auto after = accounts.login(QStringLiteral("admin"), QStringLiteral("correct horse"));
    REQUIRE(after.ok());
    CHECK(after->username == QStringLiteral("admin"));
}

TEST_CASE("failures count afresh after a lock runs out and after a good sign-in", "[accounts]")
{
    TempTerminal t;
    Accounts accounts(t->database(), t.clock(), t->audit());
    REQUIRE(
        accounts
            .createFirstAdmin(QStringLiteral("admin"), QString(), QStringLiteral("correct horse"))
            .ok());
    for (int i = 0; i < 4; ++i)
        REQUIRE(!accounts.login(QStringLiteral("admin"), QStringLiteral("x")).ok());
    REQUIRE(accounts.login(QStringLiteral("admin"), QStringLiteral("correct horse")).ok());
    // Four more wrong ones do not lock: the good sign-in reset the count.
    for (int i = 0; i < 4; ++i)
        CHECK(accounts.login(QStringLiteral("admin"), QStringLiteral("x")).error().code ==
              QStringLiteral("denied"));
    CHECK(accounts.login(QStringLiteral("admin"), QStringLiteral("x")).error().code ==
          QStringLiteral("locked"));
    t.clock().advanceMs(5 * 60'000 + 1'000);
    // After the lock one wrong password is one failure, not a new lock.
    CHECK(accounts.login(QStringLiteral("admin"), QStringLiteral("x")).error().code ==
          QStringLiteral("denied"));
    CHECK(accounts.login(QStringLiteral("admin"), QStringLiteral("correct horse")).ok());
}

TEST_CASE("unknown names and wrong passwords look alike", "[accounts]")
{
    TempTerminal t;
    Accounts accounts(t->database(), t.clock(), t->audit());
    REQUIRE(
        accounts
            .createFirstAdmin(QStringLiteral("admin"), QString(), QStringLiteral("correct horse"))
            .ok());
    auto unknown = accounts.login(QStringLiteral("nobody"), QStringLiteral("correct horse"));
    auto wrong = accounts.login(QStringLiteral("admin"), QStringLiteral("incorrect"));
    REQUIRE(!unknown.ok());
    REQUIRE(!wrong.ok());
    CHECK(unknown.error().code == wrong.error().code);
    CHECK(wrong.error().message.startsWith(unknown.error().message));
    // The warning follows as a second sentence: after a space in English, straight on in Chinese.
    CHECK(wrong.error().message.mid(unknown.error().message.size()).startsWith(u' '));
    const QLocale before;
    QLocale::setDefault(
        QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China));
    auto again = accounts.login(QStringLiteral("admin"), QStringLiteral("incorrect"));
    QLocale::setDefault(before);
    REQUIRE(!again.ok());
    CHECK(again.error().message.startsWith(unknown.error().message));
    CHECK_FALSE(again.error().message.mid(unknown.error().message.size()).startsWith(u' '));
    // The typed name is not written to the audit log (it might be a mistyped password).
    CHECK(t.count(QStringLiteral("audit_log"), QStringLiteral("actor = 'nobody'")) == 0);
}

TEST_CASE("passwords change and accounts are disabled by the rules", "[accounts]")
{
    TempTerminal t;
    Accounts accounts(t->database(), t.clock(), t->audit());
    auto admin = accounts.createFirstAdmin(QStringLiteral("admin"), QString(),
                                           QStringLiteral("correct horse"));
    REQUIRE(admin.ok());
    auto clerk = accounts.create(admin.value(), QStringLiteral("li"), QString(),
                                 QStringLiteral("clerk"), QStringLiteral("window-one"));
    REQUIRE(clerk.ok());

    CHECK(accounts
              .changePassword(clerk.value(), clerk->id, QStringLiteral("bad"),
                              QStringLiteral("window-new"))
              .error()
              .field == QStringLiteral("current_password"));
    REQUIRE(accounts
                .changePassword(clerk.value(), clerk->id, QStringLiteral("window-one"),
                                QStringLiteral("window-new"))
                .ok());
    CHECK(!accounts.login(QStringLiteral("li"), QStringLiteral("window-one")).ok());
    CHECK(accounts.login(QStringLiteral("li"), QStringLiteral("window-new")).ok());
    CHECK(accounts.changePassword(clerk.value(), admin->id, QString(), QStringLiteral("takeover!"))
              .error()
              .code == QStringLiteral("forbidden"));

    CHECK(!accounts.setActive(clerk.value(), admin->id, false).ok());
    CHECK(!accounts.setActive(admin.value(), admin->id, false).ok());
    REQUIRE(accounts.setActive(admin.value(), clerk->id, false).ok());
    auto disabled = accounts.login(QStringLiteral("li"), QStringLiteral("window-new"));
    REQUIRE(!disabled.ok());
    CHECK(disabled.error().code == QStringLiteral("disabled"));
    CHECK(auditCount(t, QStringLiteral("account_disable")) == 1);
    CHECK(auditCount(t, QStringLiteral("password_change")) == 1);
}

TEST_CASE("the demo account exists only when asked for", "[accounts]")
{
    TempTerminal t;
    Accounts accounts(t->database(), t.clock(), t->audit());
    CHECK(accounts.needsSetup().value());
    CHECK_FALSE(accounts.demoAccountOpen());
    auto demo = accounts.ensureDemoAccount();
    REQUIRE(demo.ok());
    CHECK(demo->isAdmin());
    REQUIRE(accounts.ensureDemoAccount().ok());
    CHECK(accounts.list().value().size() == 1);
    // Not named in a store without demo data (a hall gone live from a demo store)...
    CHECK_FALSE(accounts.demoAccountOpen());
    // ...but in a demo store, with its documented password; asking is not a sign-in.
    REQUIRE(DemoData(t->store()).seed(3).ok());
    const int audited = t.count(QStringLiteral("audit_log"));
    CHECK(accounts.demoAccountOpen());
    CHECK(t.count(QStringLiteral("audit_log")) == audited);
    CHECK(accounts
              .login(QLatin1String(Accounts::kDemoUsername), QLatin1String(Accounts::kDemoPassword))
              .ok());
    // Its password changed, it is no longer the documented account.
    REQUIRE(accounts
                .changePassword(*demo, demo->id, QLatin1String(Accounts::kDemoPassword),
                                QStringLiteral("a hall's own secret"))
                .ok());
    CHECK_FALSE(accounts.demoAccountOpen());
}
