#pragma once

#include "result.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <mutex>

Q_DECLARE_LOGGING_CATEGORY(lcDb)

struct sqlite3;
class QLockFile;

namespace lingong {

// One SQLite store on disk. Opens it with WAL, synchronous=FULL (a committed write survives power
// loss), foreign keys and a busy timeout, and brings the schema up to date with the versioned
// migrations in :/db/migrations (each one in its own transaction, recorded in schema_version).
//
// Thread-safety: a Database object may be shared between threads; connection() hands each thread
// its own named QSqlDatabase connection to the same file.
class Database final
{
public:
    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (creating if needed) and migrates. Fails with a readable message when the file cannot
    // be opened or was written by a newer version of the program (its schema is ahead of ours).
    Status open(const QString& path);
    void close();
    bool isOpen() const { return !m_path.isEmpty(); }
    QString path() const { return m_path; }

    // The calling thread's connection (opened on first use).
    QSqlDatabase connection() const;
    // The SQLite handle of the calling thread's connection, for statements run many times over
    // with values QtSql would convert on every bind (EntityStore::importRows); null without one.
    sqlite3* handle() const;
    // Closes and forgets the calling thread's connection; call it on a worker thread before the
    // thread ends (a connection may only be used, and closed, by its own thread).
    void closeThreadConnection() const;

    int schemaVersion() const;
    // PRAGMA data_version of this thread's connection: changes when another connection (or
    // process) commits to the file. -1 on error.
    qint64 dataVersion() const;
    static int latestSchemaVersion();

    // For a bulk load into an empty table (EntityStore::bulkLoad, migration 16): drops the
    // table's indexes that have SQL of their own and enforce no uniqueness (not those SQLite made
    // for a key) and lists them in deferred_index, in one transaction. restoreIndexes() makes the
    // listed indexes of `table` again (of every table when empty) and takes them off the list,
    // also in one transaction; opening the store does so for all after a load cut short, unless
    // the load is still under way (see lockForLoad).
    Status deferIndexes(const QString& table) const;
    Status restoreIndexes(const QString& table = {}) const;
    // The mark of a bulk load under way: a lock file beside the store, held for the whole load.
    // Null when another load holds it, in this program or another one; a lock left behind by a
    // program that ended is taken over.
    std::unique_ptr<QLockFile> lockForLoad() const;
    // "INDEXED BY `index`" while the index exists, else nothing (a load has it dropped).
    QString indexedBy(const QString& index) const;

    // Runs one statement with bound values (a null QString binds as ''); on failure returns a
    // "database" Error with the driver text (never shown with personal data: values are bound, not
    // spliced).
    Result<QSqlQuery> exec(const QString& sql, const QVariantList& values = {}) const;
    // First column of the first row, or an invalid QVariant when there is no row.
    Result<QVariant> scalar(const QString& sql, const QVariantList& values = {}) const;
    // Runs `sql`, which calls the SQL function lingong_take(x) on the integers it finds, and hands
    // each x to `take` inside SQLite, with no row handed back to Qt per value; `take` returns true
    // to stop. For passing many rowids from an index to C++ at a few tens of ns each, e.g.
    //   SELECT 1 FROM job_fts WHERE job_fts MATCH ? AND lingong_take(rowid) LIMIT 1
    // (lingong_take returns 1 once `take` asked to stop, so LIMIT 1 ends the statement there.)
    // Outside stream(), lingong_take fails the statement.
    Status stream(const QString& sql, const QVariantList& values,
                  const std::function<bool(qint64)>& take) const;
    // Two stream()s at once, the second on a helper thread with a connection of its own. For
    // splitting a long read of an index over two cores. While another caller uses the helper,
    // both run one after the other here.
    Status streamTwo(const QString& firstSql, const QVariantList& first,
                     const std::function<bool(qint64)>& takeFirst, const QString& secondSql,
                     const QVariantList& second,
                     const std::function<bool(qint64)>& takeSecond) const;

    // Test seam: when set, called before every statement exec() runs; returning an Error makes
    // that statement fail as if the database had (fault injection).
    void setFaultInjector(std::function<std::optional<Error>(const QString& sql)> injector);

    // Transaction nesting depth on the calling thread's connection (used by Transaction).
    int& transactionDepth() const;

    static Error databaseError(const QString& what, const QString& driverText);
    // Binds `values` by position as exec() does: a null QString binds as '' rather than NULL
    // (text columns are NOT NULL DEFAULT ''). For statements prepared once and run many times.
    static void bindAll(QSqlQuery& q, const QVariantList& values);
    // For statements prepared once and run many times: prepares `sql` with its `?` placeholders
    // (none may stand inside a literal) renamed :v0, :v1, ... and returns the names, for
    // bindNamed(). Qt binds a value to a name by a lookup, but to a position by first spelling the
    // position out as a name, which for a row of thirty values is most of its binding cost.
    static Result<QStringList> prepareNamed(QSqlQuery& q, QString sql);
    // Binds `values` in order to `names` (from prepareNamed()), as bindAll() binds.
    static void bindNamed(QSqlQuery& q, const QStringList& names, const QVariantList& values);

private:
    Status migrate();
    QString connectionName() const;

    QString m_path;
    QString m_id;
    std::function<std::optional<Error>(const QString&)> m_faultInjector;
    // The helper thread of streamTwo(), started on first use and ended by close().
    class Helper;
    mutable std::unique_ptr<Helper> m_helper;
    mutable std::mutex m_helperMutex;
};

// RAII transaction: BEGIN IMMEDIATE at the outermost level (so writers queue on the busy timeout
// instead of failing on lock upgrade) and SAVEPOINTs when nested. Rolls back unless commit()
// succeeded.
class Transaction final
{
public:
    explicit Transaction(const Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // Did BEGIN/SAVEPOINT succeed? If not, error() says why and commit() fails.
    bool ok() const { return !m_error.has_value(); }
    const Error& error() const { return *m_error; }
    Status commit();

private:
    const Database& m_db;
    int m_level = 0;
    bool m_done = false;
    std::optional<Error> m_error;
};

} // namespace lingong
