#include "accounts.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <sodium.h>

Q_LOGGING_CATEGORY(lcAccounts, "lingong.accounts")

namespace lingong {

namespace {

const QString kEntity = QStringLiteral("staff_account");

// A hash of a random password, verified against when the user name is unknown, so that a wrong
// name costs as much time as a wrong password.
const QString& dummyHash()
{
    static const QString hash = Accounts::hashPassword(QStringLiteral("no such account here"));
    return hash;
}

} // namespace

Accounts::Accounts(const Database& db, const Clock& clock, const AuditLog& audit)
    : m_db(db)
    , m_clock(clock)
    , m_audit(audit)
    , m_repo(db)
{
    if (sodium_init() < 0)
        qCCritical(lcAccounts) << "libsodium could not be initialised";
}

QString Accounts::hashPassword(const QString& password)
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
        qCCritical(lcAccounts) << "password hashing ran out of memory";
        return {};
    }
    return QString::fromLatin1(out);
}

bool Accounts::verifyPassword(const QString& hash, const QString& password)
{
    if (hash.isEmpty())
        return false;
    const QByteArray h = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

StaffAccount Accounts::fromRow(const AccountRow& row)
{
    StaffAccount a;
    a.id = row.id;
    a.username = row.username;
    a.displayName = row.displayName;
    a.role = row.role;
    a.active = row.active;
    a.lockedUntil = Clock::fromWire(row.lockedUntil);
    a.lastLoginAt = row.lastLoginAt;
    return a;
}

Result<bool> Accounts::needsSetup() const
{
    auto n = m_repo.count();
    if (!n.ok())
        return n.error();
    return n.value() == 0;
}

Status Accounts::checkNew(const QString& username, const QString& password) const
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_.-]{2,32}$"));
    if (!re.match(username.trimmed()).hasMatch())
        return makeError(QStringLiteral("invalid"),
                         tr("User name: 2 to 32 letters, digits, dots, dashes or underscores."),
                         QStringLiteral("username"));
    if (password.size() < kMinPasswordLength)
        return makeError(QStringLiteral("invalid"),
                         tr("Password: at least %1 characters.").arg(kMinPasswordLength),
                         QStringLiteral("password"));
    return {};
}

Result<StaffAccount> Accounts::insert(const QString& actor, const QString& username,
                                      const QString& displayName, const QString& role,
                                      const QString& password)
{
    if (Status st = checkNew(username, password); !st.ok())
        return st.error();
    if (role != QLatin1String("clerk") && role != QLatin1String("admin"))
        return makeError(QStringLiteral("invalid"), tr("Role: choose clerk or administrator."),
                         QStringLiteral("role"));
    const QString hash = hashPassword(password);
    if (hash.isEmpty())
        return makeError(QStringLiteral("internal"),
                         tr("The password could not be stored. Please try again."),
                         QStringLiteral("password"));
    const QString now = Clock::toWire(m_clock.now());
    AccountRow row;
    row.username = username.trimmed();
    row.displayName = displayName.trimmed();
    row.role = role;
    row.passwordHash = hash;
    row.createdAt = now;
    row.passwordChangedAt = now;
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto id = m_repo.insert(row);
    if (!id.ok())
        return id.error();
    if (Status st = m_audit.append(
            actor.isEmpty() ? row.username : actor, QStringLiteral("account_create"), kEntity,
            QString::number(id.value()), row.username + QLatin1Char(' ') + role);
        !st.ok())
        return st.error();
    if (Status st = tx.commit(); !st.ok())
        return st.error();
    row.id = id.value();
    return fromRow(row);
}

Result<StaffAccount> Accounts::createFirstAdmin(const QString& username, const QString& displayName,
                                                const QString& password)
{
    if (Status st = checkNew(username, password); !st.ok())
        return st.error();
    // One transaction: two windows starting at once cannot both create "the first" admin.
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto setup = needsSetup();
    if (!setup.ok())
        return setup.error();
    if (!setup.value())
        return makeError(QStringLiteral("forbidden"),
                         tr("An administrator account already exists. Please sign in."));
    auto admin = insert(QString(), username, displayName, QStringLiteral("admin"), password);
    if (!admin.ok())
        return admin.error();
    if (Status st = tx.commit(); !st.ok())
        return st.error();
    return admin;
}

Result<StaffAccount> Accounts::create(const StaffAccount& actor, const QString& username,
                                      const QString& displayName, const QString& role,
                                      const QString& password)
{
    if (!actor.isAdmin())
        return makeError(QStringLiteral("forbidden"),
                         tr("Only an administrator can create accounts."));
    return insert(actor.actor(), username, displayName, role, password);
}

Result<StaffAccount> Accounts::login(const QString& username, const QString& password)
{
    const Error wrong =
        makeError(QStringLiteral("denied"), tr("User name or password is not correct."),
                  QStringLiteral("password"));
    const auto audited = [this](const QString& actor, const QString& action, const QString& id,
                                const QString& detail) -> Status {
        Transaction tx(m_db);
        if (!tx.ok())
            return tx.error();
        if (Status st = m_audit.append(actor, action, kEntity, id, detail); !st.ok())
            return st;
        return tx.commit();
    };
    const auto lockedError = [](qint64 minutes) {
        return makeError(QStringLiteral("locked"),
                         tr("This account is locked after %1 wrong passwords. Try again in %n "
                            "minute(s).",
                            nullptr, int(minutes))
                             .arg(kMaxFailures),
                         QStringLiteral("password"));
    };
    const auto lockedFor = [](const AccountRow& row, const QDateTime& now) -> qint64 {
        const QDateTime until = Clock::fromWire(row.lockedUntil);
        if (!until.isValid() || now >= until)
            return 0;
        return std::max<qint64>(1, (now.secsTo(until) + 59) / 60);
    };

    const QDateTime now = m_clock.now();
    auto found = m_repo.findByUsername(username);
    if (!found.ok())
        return found.error();
    if (!found.value()) {
        (void)verifyPassword(dummyHash(), password);
        if (Status st = audited(QStringLiteral("?"), QStringLiteral("login_failed"), QString(),
                                QStringLiteral("unknown user"));
            !st.ok())
            return st.error();
        return wrong;
    }
    const AccountRow seen = *found.value();
    const QString id = QString::number(seen.id);
    // While locked the password is not even tried.
    if (const qint64 minutes = lockedFor(seen, now); minutes > 0) {
        if (Status st = audited(seen.username, QStringLiteral("login_refused_locked"), id, {});
            !st.ok())
            return st.error();
        return lockedError(minutes);
    }
    if (!seen.active) {
        (void)verifyPassword(dummyHash(), password);
        if (Status st = audited(seen.username, QStringLiteral("login_failed"), id,
                                QStringLiteral("disabled"));
            !st.ok())
            return st.error();
        return makeError(QStringLiteral("disabled"),
                         tr("This account is disabled. Please ask an administrator."),
                         QStringLiteral("username"));
    }
    // The slow hash runs outside the write transaction, so other terminals are not held up.
    const bool good = verifyPassword(seen.passwordHash, password);

    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto fresh = m_repo.get(seen.id);
    if (!fresh.ok())
        return fresh.error();
    if (!fresh.value())
        return wrong;
    AccountRow row = *fresh.value();
    if (const qint64 minutes = lockedFor(row, now); minutes > 0)
        return lockedError(minutes); // another window locked it meanwhile
    if (!good) {
        // After a lock has run out the count starts afresh.
        const int failures = (Clock::fromWire(row.lockedUntil).isValid() ? 0 : row.failedCount) + 1;
        const bool lock = failures >= kMaxFailures;
        const QString until = lock ? Clock::toWire(now.addSecs(kLockMinutes * 60)) : QString();
        if (Status st = m_repo.setFailures(row.id, lock ? 0 : failures, until); !st.ok())
            return st.error();
        if (Status st = m_audit.append(row.username,
                                       lock ? QStringLiteral("account_locked")
                                            : QStringLiteral("login_failed"),
                                       kEntity, id, QStringLiteral("failures=%1").arg(failures));
            !st.ok())
            return st.error();
        if (Status st = tx.commit(); !st.ok())
            return st.error();
        if (lock)
            return makeError(QStringLiteral("locked"),
                             tr("Wrong password %1 times: this account is locked for %2 minutes.")
                                 .arg(kMaxFailures)
                                 .arg(kLockMinutes),
                             QStringLiteral("password"));
        Error e = wrong;
        // Chinese sentences follow each other without a space.
        if (QLocale().language() != QLocale::Chinese)
            e.message += QLatin1Char(' ');
        e.message += tr("%n attempt(s) left before the account is locked.", nullptr,
                        kMaxFailures - failures);
        return e;
    }
    const QString at = Clock::toWire(now);
    if (Status st = m_repo.recordLogin(row.id, at); !st.ok())
        return st.error();
    if (Status st = m_audit.append(row.username, QStringLiteral("login"), kEntity, id); !st.ok())
        return st.error();
    if (Status st = tx.commit(); !st.ok())
        return st.error();
    row.failedCount = 0;
    row.lockedUntil.clear();
    row.lastLoginAt = at;
    return fromRow(row);
}

Status Accounts::changePassword(const StaffAccount& actor, qint64 accountId, const QString& current,
                                const QString& fresh)
{
    const bool own = actor.id == accountId;
    if (!own && !actor.isAdmin())
        return makeError(QStringLiteral("forbidden"),
                         tr("Only an administrator can set another person's password."));
    if (fresh.size() < kMinPasswordLength)
        return makeError(QStringLiteral("invalid"),
                         tr("Password: at least %1 characters.").arg(kMinPasswordLength),
                         QStringLiteral("password"));
    // The slow key derivation runs before the write transaction, so other terminals are not held
    // up; the stored hash is checked again inside it.
    auto before = m_repo.get(accountId);
    if (!before.ok())
        return before.error();
    if (!before.value())
        return makeError(QStringLiteral("not_found"), tr("This account no longer exists."));
    if (own && !verifyPassword(before.value()->passwordHash, current))
        return makeError(QStringLiteral("denied"), tr("Current password is not correct."),
                         QStringLiteral("current_password"));
    const QString hash = hashPassword(fresh);
    if (hash.isEmpty())
        return makeError(QStringLiteral("internal"),
                         tr("The password could not be stored. Please try again."),
                         QStringLiteral("password"));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto row = m_repo.get(accountId);
    if (!row.ok())
        return row.error();
    if (!row.value())
        return makeError(QStringLiteral("not_found"), tr("This account no longer exists."));
    if (row.value()->passwordHash != before.value()->passwordHash)
        return makeError(QStringLiteral("conflict"),
                         tr("The password was changed elsewhere meanwhile. Please try again."),
                         QStringLiteral("password"));
    if (Status st = m_repo.setPasswordHash(accountId, hash, Clock::toWire(m_clock.now())); !st.ok())
        return st;
    if (Status st = m_audit.append(actor.actor(), QStringLiteral("password_change"), kEntity,
                                   QString::number(accountId), row.value()->username);
        !st.ok())
        return st;
    return tx.commit();
}

Status Accounts::setActive(const StaffAccount& actor, qint64 accountId, bool active)
{
    if (!actor.isAdmin())
        return makeError(QStringLiteral("forbidden"),
                         tr("Only an administrator can enable or disable accounts."));
    if (actor.id == accountId && !active)
        return makeError(QStringLiteral("invalid"), tr("You cannot disable your own account."));
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto row = m_repo.get(accountId);
    if (!row.ok())
        return row.error();
    if (!row.value())
        return makeError(QStringLiteral("not_found"), tr("This account no longer exists."));
    if (Status st = m_repo.setActive(accountId, active); !st.ok())
        return st;
    if (Status st = m_audit.append(actor.actor(),
                                   active ? QStringLiteral("account_enable")
                                          : QStringLiteral("account_disable"),
                                   kEntity, QString::number(accountId), row.value()->username);
        !st.ok())
        return st;
    return tx.commit();
}

Result<std::vector<StaffAccount>> Accounts::list() const
{
    auto rows = m_repo.list();
    if (!rows.ok())
        return rows.error();
    std::vector<StaffAccount> out;
    for (const AccountRow& r : rows.value())
        out.push_back(fromRow(r));
    return out;
}

Result<std::optional<StaffAccount>> Accounts::find(const QString& username) const
{
    auto row = m_repo.findByUsername(username);
    if (!row.ok())
        return row.error();
    if (!row.value())
        return std::optional<StaffAccount>();
    return std::optional<StaffAccount>(fromRow(*row.value()));
}

Result<StaffAccount> Accounts::ensureDemoAccount()
{
    auto existing = find(QLatin1String(kDemoUsername));
    if (!existing.ok())
        return existing.error();
    if (existing.value())
        return *existing.value();
    return insert(QString(), QLatin1String(kDemoUsername), tr("Demo administrator"),
                  QStringLiteral("admin"), QLatin1String(kDemoPassword));
}

bool Accounts::demoAccountOpen() const
{
    // Only in a store that holds demo data: a hall that went live from a demo store and kept the
    // account does not show its password at the window.
    auto demo =
        m_db.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM job WHERE source = 'demo')"));
    if (!demo.ok() || !demo.value().toBool())
        return false;
    auto row = m_repo.findByUsername(QLatin1String(kDemoUsername));
    return row.ok() && row.value() && row.value()->active &&
           verifyPassword(row.value()->passwordHash, QLatin1String(kDemoPassword));
}

} // namespace lingong
