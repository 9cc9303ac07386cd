#include "database.h"

#include "payunit.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <QThreadStorage>
#include <QUuid>

#include <condition_variable>
#include <map>
#include <thread>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcDb, "lingong.db")

namespace lingong {

namespace {

struct MigrationFile
{
    int version;
    QString path;
};

std::vector<MigrationFile> migrationFiles()
{
    std::vector<MigrationFile> out;
    const QDir dir(QStringLiteral(":/db/migrations"));
    const QRegularExpression re(QStringLiteral("^(\\d+)_.*\\.sql$"));
    for (const QString& name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const auto m = re.match(name);
        if (m.hasMatch())
            out.push_back({m.captured(1).toInt(), dir.filePath(name)});
    }
    std::sort(out.begin(), out.end(),
              [](const MigrationFile& a, const MigrationFile& b) { return a.version < b.version; });
    return out;
}

// Splits a migration script into statements. Statements end with ';' at the end of a line;
// trigger bodies (BEGIN ... END;) are kept whole.
QStringList splitStatements(const QString& script)
{
    QStringList out;
    QString current;
    bool inTrigger = false;
    for (const QString& rawLine : script.split(QLatin1Char('\n'))) {
        const QString line = rawLine.trimmed();
        if (line.startsWith(QLatin1String("--")) || (line.isEmpty() && current.isEmpty()))
            continue;
        current += rawLine + QLatin1Char('\n');
        const QString upper = line.toUpper();
        if (upper.startsWith(QLatin1String("CREATE TRIGGER")))
            inTrigger = true;
        if (inTrigger) {
            if (upper == QLatin1String("END;")) {
                out << current.trimmed();
                current.clear();
                inTrigger = false;
            }
        } else if (line.endsWith(QLatin1Char(';'))) {
            out << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

struct ThreadDepths
{
    std::map<QString, int> depth;
};
QThreadStorage<ThreadDepths*> g_depths;

// The receiver of lingong_take() on this thread, while Database::stream() runs.
thread_local const std::function<bool(qint64)>* t_take = nullptr;

void takeFunction(sqlite3_context* context, int, sqlite3_value** argv)
{
    if (!t_take) {
        sqlite3_result_error(context, "lingong_take() is only for Database::stream()", -1);
        return;
    }
    sqlite3_result_int(context, (*t_take)(sqlite3_value_int64(argv[0])) ? 1 : 0);
}

// lingong_pay_day(pay_max, pay_unit, work_hours): jobPayPerDay(), for migrations that put the
// stored sort key right.
void payDayFunction(sqlite3_context* context, int, sqlite3_value** argv)
{
    const auto text = [argv](int i) {
        const auto* bytes = reinterpret_cast<const char*>(sqlite3_value_text(argv[i]));
        return bytes ? QString::fromUtf8(bytes, sqlite3_value_bytes(argv[i])) : QString();
    };
    sqlite3_result_double(context, jobPayPerDay(sqlite3_value_double(argv[0]), text(1), text(2)));
}

void addPayDayFunction(sqlite3* sqlite)
{
    const int rc =
        sqlite3_create_function_v2(sqlite, "lingong_pay_day", 3, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                   nullptr, &payDayFunction, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        qCWarning(lcDb) << "lingong_pay_day():" << sqlite3_errstr(rc);
}

// Adds lingong_take() (and lingong_pay_day()) to a new connection. Only statements may call it (not
// triggers or views), and it is never constant (it hands each value over).
void addTakeFunction(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        qCWarning(lcDb) << "no SQLite handle for lingong_take()";
        return;
    }
    sqlite3* sqlite = *static_cast<sqlite3* const*>(handle.constData());
    if (!sqlite)
        return;
    const int rc =
        sqlite3_create_function_v2(sqlite, "lingong_take", 1, SQLITE_UTF8 | SQLITE_DIRECTONLY,
                                   nullptr, &takeFunction, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        qCWarning(lcDb) << "lingong_take():" << sqlite3_errstr(rc);
    addPayDayFunction(sqlite);
}

} // namespace

// A thread that runs one task at a time for streamTwo(), with its own connection, which it
// closes before it ends.
class Database::Helper
{
public:
    explicit Helper(const Database& db)
        : m_thread([this, &db] { run(db); })
    {}
    ~Helper()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }
    // Starts `task` on the thread; wait() returns once it has run.
    void start(std::function<void()> task)
    {
        {
            std::lock_guard lock(m_mutex);
            m_task = std::move(task);
        }
        m_wake.notify_all();
    }
    void wait()
    {
        std::unique_lock lock(m_mutex);
        m_wake.wait(lock, [this] { return !m_task; });
    }

private:
    void run(const Database& db)
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_wake.wait(lock, [this] { return m_stop || m_task; });
            if (m_stop)
                break;
            lock.unlock();
            m_task();
            lock.lock();
            m_task = nullptr;
            m_wake.notify_all();
        }
        lock.unlock();
        db.closeThreadConnection();
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::function<void()> m_task;
    bool m_stop = false;
    std::thread m_thread;
};

Database::Database() = default;

Database::~Database()
{
    close();
}

namespace {
// A null QString binds as '' rather than NULL: text columns are NOT NULL DEFAULT ''.
QVariant bindable(const QVariant& v)
{
    if (v.typeId() == QMetaType::QString && v.toString().isNull())
        return QStringLiteral("");
    return v;
}
} // namespace

void Database::bindAll(QSqlQuery& q, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, bindable(values.at(i)));
}

Result<QStringList> Database::prepareNamed(QSqlQuery& q, QString sql)
{
    QStringList names;
    for (qsizetype at = sql.indexOf(QLatin1Char('?')); at >= 0;
         at = sql.indexOf(QLatin1Char('?'), at)) {
        names << QStringLiteral(":v%1").arg(names.size());
        sql.replace(at, 1, names.back());
    }
    if (!q.prepare(sql))
        return databaseError(QStringLiteral("prepare"), q.lastError().text());
    return names;
}

void Database::bindNamed(QSqlQuery& q, const QStringList& names, const QVariantList& values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(names.at(i), bindable(values.at(i)));
}

Error Database::databaseError(const QString& what, const QString& driverText)
{
    qCWarning(lcDb) << what << driverText;
    return makeError(QStringLiteral("database"),
                     QCoreApplication::translate("lingong::Database",
                                                 "The local database reported an error (%1): %2")
                         .arg(what, driverText));
}

QString Database::connectionName() const
{
    return QStringLiteral("lingong-%1-%2")
        .arg(m_id)
        .arg(reinterpret_cast<quintptr>(QThread::currentThread()));
}

sqlite3* Database::handle() const
{
    const QVariant h = connection().driver()->handle();
    if (!h.isValid() || qstrcmp(h.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(h.constData());
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        qCWarning(lcDb) << "cannot open" << db.lastError().text();
        return db;
    }
    QSqlQuery q(db);
    for (const char* pragma :
         {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON",
          "PRAGMA busy_timeout=10000", "PRAGMA temp_store=MEMORY",
          // 64 MiB of pages (SQLite's default is 2 MiB): lists and searches read the same
          // index pages again and again.
          "PRAGMA cache_size=-65536",
          // INSERT OR REPLACE must fire the delete triggers that keep the search index right.
          "PRAGMA recursive_triggers=ON"}) {
        if (!q.exec(QString::fromLatin1(pragma)))
            qCWarning(lcDb) << pragma << q.lastError().text();
    }
    addTakeFunction(db);
    return db;
}

int& Database::transactionDepth() const
{
    if (!g_depths.hasLocalData())
        g_depths.setLocalData(new ThreadDepths);
    return g_depths.localData()->depth[connectionName()];
}

Status Database::open(const QString& path)
{
    close();
    const QFileInfo info(path);
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath())) {
        return makeError(QStringLiteral("database"),
                         QCoreApplication::translate(
                             "lingong::Database", "Cannot create the folder for the database: %1")
                             .arg(info.absolutePath()));
    }
    m_path = path;
    m_id = QUuid::createUuid().toString(QUuid::Id128).left(12);
    QString openError;
    {
        const QSqlDatabase db = connection();
        if (!db.isOpen())
            openError =
                db.lastError().text().isEmpty() ? QStringLiteral("?") : db.lastError().text();
    }
    if (!openError.isEmpty()) {
        const QString text = openError;
        close();
        return makeError(
            QStringLiteral("database"),
            QCoreApplication::translate("lingong::Database", "Cannot open the database %1: %2")
                .arg(path, text));
    }
    Status st = migrate();
    if (!st.ok())
        close();
    return st;
}

void Database::close()
{
    {
        std::lock_guard lock(m_helperMutex);
        m_helper.reset();
    }
    if (m_path.isEmpty())
        return;
    const QString prefix = QStringLiteral("lingong-%1-").arg(m_id);
    for (const QString& name : QSqlDatabase::connectionNames()) {
        if (name.startsWith(prefix)) {
            {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
    }
    m_path.clear();
}

void Database::setFaultInjector(std::function<std::optional<Error>(const QString&)> injector)
{
    m_faultInjector = std::move(injector);
}

Result<QSqlQuery> Database::exec(const QString& sql, const QVariantList& values) const
{
    if (m_faultInjector) {
        if (auto err = m_faultInjector(sql))
            return *err;
    }
    QSqlQuery q(connection());
    if (!q.prepare(sql))
        return databaseError(QStringLiteral("prepare"), q.lastError().text());
    bindAll(q, values);
    if (!q.exec())
        return databaseError(QStringLiteral("exec"), q.lastError().text());
    return q;
}

Result<QVariant> Database::scalar(const QString& sql, const QVariantList& values) const
{
    auto r = exec(sql, values);
    if (!r.ok())
        return r.error();
    QSqlQuery& q = r.value();
    return q.next() ? q.value(0) : QVariant();
}

Status Database::stream(const QString& sql, const QVariantList& values,
                        const std::function<bool(qint64)>& take) const
{
    const auto* outer = t_take;
    t_take = &take;
    struct Restore
    {
        const std::function<bool(qint64)>* outer;
        ~Restore() { t_take = outer; }
    } restore{outer};
    auto r = exec(sql, values);
    if (!r.ok())
        return r.error();
    QSqlQuery& q = r.value();
    while (q.next()) {
    }
    if (q.lastError().isValid())
        return databaseError(QStringLiteral("step"), q.lastError().text());
    return {};
}

Status Database::streamTwo(const QString& firstSql, const QVariantList& first,
                           const std::function<bool(qint64)>& takeFirst, const QString& secondSql,
                           const QVariantList& second,
                           const std::function<bool(qint64)>& takeSecond) const
{
    std::unique_lock lock(m_helperMutex, std::try_to_lock);
    if (!lock.owns_lock()) {
        if (Status st = stream(firstSql, first, takeFirst); !st.ok())
            return st;
        return stream(secondSql, second, takeSecond);
    }
    if (!m_helper)
        m_helper = std::make_unique<Helper>(*this);
    Status helped;
    m_helper->start([&] { helped = stream(secondSql, second, takeSecond); });
    const Status here = stream(firstSql, first, takeFirst);
    m_helper->wait();
    return !here.ok() ? here : helped;
}

int Database::latestSchemaVersion()
{
    const auto files = migrationFiles();
    return files.empty() ? 0 : files.back().version;
}

int Database::schemaVersion() const
{
    auto r = scalar(QStringLiteral("SELECT MAX(version) FROM schema_version"));
    return r.ok() ? r.value().toInt() : 0;
}

Status Database::deferIndexes(const QString& table) const
{
    Transaction tx(*this);
    if (!tx.ok())
        return tx.error();
    auto r = exec(QStringLiteral("SELECT s.name, s.sql FROM sqlite_schema s JOIN "
                                 "pragma_index_list(?) l ON l.name = s.name WHERE s.type = 'index' "
                                 "AND s.sql IS NOT NULL AND l.\"unique\" = 0 ORDER BY s.name"),
                  {table});
    if (!r.ok())
        return r.error();
    std::vector<std::pair<QString, QString>> indexes;
    while (r.value().next())
        indexes.emplace_back(r.value().value(0).toString(), r.value().value(1).toString());
    r.value().finish();
    for (const auto& [name, sql] : indexes) {
        if (auto listed =
                exec(QStringLiteral("INSERT INTO deferred_index(name, tbl, sql) VALUES (?, ?, ?)"),
                     {name, table, sql});
            !listed.ok())
            return listed.error();
        QString quoted = name;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        if (auto dropped = exec(QStringLiteral("DROP INDEX \"%1\"").arg(quoted)); !dropped.ok())
            return dropped.error();
    }
    return tx.commit();
}

Status Database::restoreIndexes(const QString& table) const
{
    // Most opens find nothing listed and take no write lock.
    const QString which = table.isEmpty() ? QStringLiteral("1") : QStringLiteral("tbl = ?");
    const QVariantList args = table.isEmpty() ? QVariantList{} : QVariantList{table};
    auto listed = scalar(
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM deferred_index WHERE %1)").arg(which), args);
    if (!listed.ok())
        return listed.error();
    if (!listed.value().toBool())
        return {};
    Transaction tx(*this);
    if (!tx.ok())
        return tx.error();
    // An index another connection made again already (it opened the store during the load) is
    // only taken off the list.
    auto r = exec(QStringLiteral("SELECT sql FROM deferred_index WHERE %1 AND name NOT IN "
                                 "(SELECT name FROM sqlite_schema WHERE type = 'index') "
                                 "ORDER BY name")
                      .arg(which),
                  args);
    if (!r.ok())
        return r.error();
    QStringList indexes;
    while (r.value().next())
        indexes << r.value().value(0).toString();
    r.value().finish();
    for (const QString& sql : indexes) {
        if (auto made = exec(sql); !made.ok())
            return made.error();
    }
    if (auto done = exec(QStringLiteral("DELETE FROM deferred_index WHERE %1").arg(which), args);
        !done.ok())
        return done.error();
    return tx.commit();
}

namespace {
// The lock file that marks a bulk load of the store at `path` (Database::lockForLoad).
QString loadLockPath(const QString& path)
{
    return path + QStringLiteral("-load");
}
} // namespace

std::unique_ptr<QLockFile> Database::lockForLoad() const
{
    auto lock = std::make_unique<QLockFile>(loadLockPath(m_path));
    // A load takes as long as it takes: only a lock whose program is gone is stale.
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0))
        return nullptr;
    return lock;
}

QString Database::indexedBy(const QString& index) const
{
    auto exists =
        scalar(QStringLiteral(
                   "SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'index' AND name = ?)"),
               {index});
    if (!exists.ok() || !exists.value().toBool())
        return {};
    return QStringLiteral("INDEXED BY ") + index;
}

Status Database::migrate()
{
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                               "version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")))
        return databaseError(QStringLiteral("schema_version"), q.lastError().text());

    const int current = schemaVersion();
    const int latest = latestSchemaVersion();
    if (current > latest) {
        return makeError(
            QStringLiteral("schema_too_new"),
            QCoreApplication::translate(
                "lingong::Database",
                "This database was created by a newer version of Lingong Hall (schema %1; this "
                "program knows up to %2). Install the newer version, or open another database.")
                .arg(current)
                .arg(latest));
    }
    // Indexes left dropped by a bulk load that was cut short come back before anything else.
    if (current >= 16) {
        auto listed = scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM deferred_index)"));
        if (!listed.ok())
            return listed.error();
        // Not while the load is still under way: it makes them itself when it is done.
        if (listed.value().toBool()) {
            if (const auto lock = lockForLoad()) {
                if (Status st = restoreIndexes(); !st.ok())
                    return st;
            } else {
                // Said, so that a lock left by a program whose number was given again (it only
                // counts as gone once no process has that number) can be found and removed.
                QLockFile held(loadLockPath(m_path));
                qint64 pid = 0;
                QString host, app;
                held.getLockInfo(&pid, &host, &app);
                qCWarning(lcDb) << "indexes left to the bulk load under way: lock"
                                << held.fileName() << "held by process" << pid << app << "on"
                                << host;
            }
        }
    }
    for (const MigrationFile& m : migrationFiles()) {
        if (m.version <= current)
            continue;
        QFile f(m.path);
        if (!f.open(QIODevice::ReadOnly))
            return databaseError(QStringLiteral("migration %1").arg(m.version), f.errorString());
        const QStringList statements = splitStatements(QString::fromUtf8(f.readAll()));
        Transaction tx(*this);
        if (!tx.ok())
            return tx.error();
        for (const QString& sql : statements) {
            QSqlQuery s(db);
            if (!s.exec(sql))
                return databaseError(QStringLiteral("migration %1").arg(m.version),
                                     s.lastError().text());
        }
        QSqlQuery v(db);
        v.prepare(QStringLiteral("INSERT INTO schema_version(version, applied_at) VALUES(?, "
                                 "strftime('%Y-%m-%dT%H:%M:%fZ','now'))"));
        v.addBindValue(m.version);
        if (!v.exec())
            return databaseError(QStringLiteral("schema_version"), v.lastError().text());
        if (Status st = tx.commit(); !st.ok())
            return st;
        qCInfo(lcDb) << "migrated to schema" << m.version;
    }
    return {};
}

Transaction::Transaction(const Database& db)
    : m_db(db)
{
    int& depth = m_db.transactionDepth();
    m_level = depth;
    QSqlQuery q(m_db.connection());
    const QString sql = m_level == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                                     : QStringLiteral("SAVEPOINT sp%1").arg(m_level);
    if (!q.exec(sql)) {
        m_error = Database::databaseError(QStringLiteral("begin"), q.lastError().text());
        m_done = true;
        return;
    }
    ++depth;
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    QSqlQuery q(m_db.connection());
    if (m_level == 0)
        q.exec(QStringLiteral("ROLLBACK"));
    else {
        q.exec(QStringLiteral("ROLLBACK TO sp%1").arg(m_level));
        q.exec(QStringLiteral("RELEASE sp%1").arg(m_level));
    }
    --m_db.transactionDepth();
}

Status Transaction::commit()
{
    if (m_error)
        return *m_error;
    if (m_done)
        return makeError(
            QStringLiteral("database"),
            QCoreApplication::translate("lingong::Database", "The transaction has already ended."));
    QSqlQuery q(m_db.connection());
    const QString sql =
        m_level == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE sp%1").arg(m_level);
    if (!q.exec(sql))
        return Database::databaseError(QStringLiteral("commit"), q.lastError().text());
    m_done = true;
    --m_db.transactionDepth();
    return {};
}

qint64 Database::dataVersion() const
{
    auto r = scalar(QStringLiteral("PRAGMA data_version"));
    return r.ok() ? r.value().toLongLong() : -1;
}

void Database::closeThreadConnection() const
{
    QString name;
    {
        QSqlDatabase c = connection();
        name = c.connectionName();
        c.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace lingong
