#include "accountrepository.h"

#include <QCoreApplication>

namespace lingong {

namespace {
const char* const kColumns = "id, username, display_name, role, password_hash, failed_count, "
                             "locked_until, active, created_at, last_login_at, password_changed_at";
} // namespace

Result<std::vector<AccountRow>> AccountRepository::select(const QString& where,
                                                          const QVariantList& values) const
{
    auto r = m_db.exec(QStringLiteral("SELECT %1 FROM staff_account WHERE %2 ORDER BY username")
                           .arg(QLatin1String(kColumns), where),
                       values);
    if (!r.ok())
        return r.error();
    std::vector<AccountRow> out;
    QSqlQuery& q = r.value();
    while (q.next()) {
        AccountRow a;
        a.id = q.value(0).toLongLong();
        a.username = q.value(1).toString();
        a.displayName = q.value(2).toString();
        a.role = q.value(3).toString();
        a.passwordHash = q.value(4).toString();
        a.failedCount = q.value(5).toInt();
        a.lockedUntil = q.value(6).toString();
        a.active = q.value(7).toInt() != 0;
        a.createdAt = q.value(8).toString();
        a.lastLoginAt = q.value(9).toString();
        a.passwordChangedAt = q.value(10).toString();
        out.push_back(std::move(a));
    }
    return out;
}

Result<int> AccountRepository::count() const
{
    auto r = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM staff_account"));
    if (!r.ok())
        return r.error();
    return r.value().toInt();
}

Result<std::optional<AccountRow>> AccountRepository::findByUsername(const QString& username) const
{
    auto rows = select(QStringLiteral("username = ?"), {username.trimmed()});
    if (!rows.ok())
        return rows.error();
    if (rows.value().empty())
        return std::optional<AccountRow>();
    return std::optional<AccountRow>(rows.value().front());
}

Result<std::optional<AccountRow>> AccountRepository::get(qint64 id) const
{
    auto rows = select(QStringLiteral("id = ?"), {id});
    if (!rows.ok())
        return rows.error();
    if (rows.value().empty())
        return std::optional<AccountRow>();
    return std::optional<AccountRow>(rows.value().front());
}

Result<std::vector<AccountRow>> AccountRepository::list() const
{
    return select(QStringLiteral("1"), {});
}

Result<qint64> AccountRepository::insert(const AccountRow& row) const
{
    auto taken = findByUsername(row.username);
    if (!taken.ok())
        return taken.error();
    if (taken.value())
        return makeError(QStringLiteral("duplicate"),
                         QCoreApplication::translate("lingong::AccountRepository",
                                                     "User name: this name is already taken."),
                         QStringLiteral("username"));
    auto r = m_db.exec(
        QStringLiteral("INSERT INTO staff_account(username, display_name, role, password_hash, "
                       "active, created_at, password_changed_at) VALUES(?, ?, ?, ?, ?, ?, ?)"),
        {row.username.trimmed(), row.displayName, row.role, row.passwordHash, row.active ? 1 : 0,
         row.createdAt, row.passwordChangedAt});
    if (!r.ok())
        return r.error();
    return r.value().lastInsertId().toLongLong();
}

Status AccountRepository::update(const QString& set, const QVariantList& values) const
{
    auto r = m_db.exec(QStringLiteral("UPDATE staff_account SET %1 WHERE id = ?").arg(set), values);
    if (!r.ok())
        return r.error();
    return {};
}

Status AccountRepository::setFailures(qint64 id, int failedCount, const QString& lockedUntil) const
{
    return update(QStringLiteral("failed_count = ?, locked_until = ?"),
                  {failedCount, lockedUntil, id});
}

Status AccountRepository::recordLogin(qint64 id, const QString& at) const
{
    return update(QStringLiteral("failed_count = 0, locked_until = '', last_login_at = ?"),
                  {at, id});
}

Status AccountRepository::setPasswordHash(qint64 id, const QString& hash,
                                          const QString& changedAt) const
{
    return update(QStringLiteral("password_hash = ?, password_changed_at = ?, failed_count = 0, "
                                 "locked_until = ''"),
                  {hash, changedAt, id});
}

Status AccountRepository::setActive(qint64 id, bool active) const
{
    return update(QStringLiteral("active = ?"), {active ? 1 : 0, id});
}

Status AccountRepository::setRole(qint64 id, const QString& role) const
{
    return update(QStringLiteral("role = ?"), {role, id});
}

} // namespace lingong
