#pragma once

#include "config.h"
#include "entitystore.h"
#include "options.h"
#include "syncjournal.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QSslCertificate;

namespace lingong {

Q_DECLARE_LOGGING_CATEGORY(lcSync)

struct SyncSettings
{
    QUrl url; // the platform's base URL (".../" — paths under /api/v1 are appended); empty: off
    QString token;
    QString pinnedSha256; // hex SHA-256 of the server certificate (colons allowed); empty: none
    int intervalSec = 60;
    int batchSize = 500;  // changes per push (protocol maximum 500)
    int pullLimit = 1000; // changes per pull page (the protocol maximum)
    // Pages that arrive back to back are applied together, with the last page's cursor, in one
    // transaction of at most this many changes (or what arrived within pullBatchMs): every
    // index page a transaction touches is written once per transaction, not once per page.
    int pullBatch = 20000;
    int pullBatchMs = 2000;
    int debounceMs = 2000;
    int timeoutMs = 30000;
    // After a refusal that retrying does not help (a token the platform does not accept), a
    // round is still tried this often: a platform put right (its token list restored) is found
    // again without anybody visiting every kiosk and wall screen.
    int stoppedRetryMs = 30 * 60 * 1000;
    // S5: a kiosk drops the personal fields of seekers it registered once the platform has them,
    // and applicants' mobiles once the platform has the application and its job has closed.
    bool minimiseSeekers = false;
    // A service window moves what it recorded for a seeker merged away elsewhere to the record
    // kept (SyncJournal::followMergedSeekers).
    bool followMergedSeekers = false;
    // A service window needs a staff token; kiosks and wall screens a public one, and they keep
    // no seekers or applications a staff token would bring them.
    bool staffTerminal = false;

    bool configured() const { return url.isValid() && !url.isEmpty(); }
    static SyncSettings from(const Config& config, Mode mode);
};

// What people see about sync: the staff window's strip and page, the kiosk and display lines.
struct SyncStatus
{
    bool configured = false;
    bool running = false;
    bool online = false; // the last exchange with the platform got an answer
    int pending = 0;
    int rejected = 0;
    int conflicts = 0;
    QDateTime lastSuccess;        // invalid: never
    QString lastError;            // empty after a successful round
    bool waitingForStaff = false; // an answer that retrying cannot fix (401, 403, 4xx)
    // The platform's log ends before what this terminal has read (its health `seq` is below the
    // cursor): it was restored from an older copy or replaced. -1 when not so.
    qint64 platformSeq = -1;
    qint64 cursor = 0;
    // The token does not suit this terminal (SyncState::kTokenScope, kTokenDevice): the scope
    // it has, and the device it was issued for; empty when all is well or the platform does
    // not say.
    QString wrongScope;
    QString tokenDevice;
    bool tokenProblem() const { return !wrongScope.isEmpty() || !tokenDevice.isEmpty(); }
    // This terminal's clock is this many seconds ahead of the platform's (behind: negative),
    // beyond the tolerance; 0 when it is right. The dates it records (an application, a ledger
    // day) would be wrong.
    qint64 clockSkewSec = 0;
    // Something only the staff or the administrator can put right.
    bool setupProblem() const { return tokenProblem() || clockSkewSec != 0; }
};

// What a status shows to be wrong that only the administrator can put right (the token, the
// device id, the clock) and a platform that lost its log, each as a sentence naming the setting
// to check, for one who checks a terminal's setup with --sync-now.
QStringList syncSetupProblems(const SyncStatus& s, const QString& deviceId, bool staffTerminal);

// Reads the status a sync engine leaves in the store (any process may read it).
Result<SyncStatus> readSyncStatus(const SyncState& state, bool configured);

// The client side of sync-protocol.md. One round pushes the outbox in order, in batches of at
// most one change per entity, then pulls pages until `more` is false, each page applied with its
// cursor in one transaction (SyncJournal). Pages that arrive back to back share that transaction
// (SyncSettings::pullBatch): a crash repeats at most the pages of one transaction, whose cursor
// was never stored.
//
// Each round first asks GET /api/v1/health: a platform whose highest seq lies below this
// terminal's cursor has lost changes (restored or replaced); that is kept in the status for staff,
// and the round goes on. A platform without the health path is not checked.
//
// Rounds start: when start() is called, after local changes (debounced), every intervalSec, when
// the network comes back (QNetworkInformation, where a backend exists) and on syncNow(). A failed
// round is retried with exponential backoff and jitter (≈1 s first, cap 5 min) when the failure is
// a timeout, a broken connection or answer, 408, 429 or 5xx; other 4xx answers wait for staff
// (syncNow()).
class SyncEngine final : public QObject
{
    Q_OBJECT
public:
    // A clock further than this from the platform's is told (SyncStatus::clockSkewSec).
    static constexpr qint64 kClockSkewLimitSec = 5 * 60;
    // `network` may be shared; the engine does not own it.
    SyncEngine(EntityStore& store, SyncSettings settings, QNetworkAccessManager* network,
               QObject* parent = nullptr);
    ~SyncEngine() override;

    const SyncSettings& settings() const { return m_settings; }
    void start();
    // A round now (or right after the running one); clears backoff and a wait for staff.
    void syncNow();
    bool isRunning() const { return m_running; }
    // Another round was asked for while this one ran: it starts when this one ends.
    bool roundQueued() const { return m_again; }
    SyncStatus status() const;
    // Delay before retry number `failures` (1-based); `unit` in [0, 1) spreads it by ±25 %.
    static int retryDelayMs(int failures, double unit);
    static bool certificateMatches(const QSslCertificate& cert, const QString& pinnedSha256);

signals:
    void statusChanged();
    void roundFinished(bool ok);

private:
    void startRound();
    // Asks the platform's health for its highest seq before the round goes on, to notice a log
    // that ends before this terminal's cursor.
    void checkPlatform();
    void pushNext();
    void pullNext();
    bool applyPulled();
    void succeed();
    void fail(const QString& message, bool retryable, bool answered);
    void checkLocalChanges();
    QNetworkReply* send(const QString& method, const QString& path, const QByteArray& body,
                        const QUrlQuery& query = {});
    QUrl endpoint(const QString& path, const QUrlQuery& query) const;
    // The pull answer's word on this terminal's token, kept in the status (SyncStatus).
    void noteToken(const QJsonObject& pullAnswer);
    void setValue(const char* key, const QString& value);
    // The platform's log was found to end at `until`, before `readUpTo` that this terminal had
    // read: what it had sent past `until` is queued again, once for each such finding, and sent
    // in the next round.
    void platformLost(qint64 until, qint64 readUpTo);

    EntityStore& m_store;
    SyncSettings m_settings;
    QNetworkAccessManager* m_network;
    SyncJournal m_journal;
    SyncState m_state;
    QPointer<QNetworkReply> m_reply;
    std::vector<OutboxChange> m_inFlight;
    // Pulled pages not applied yet, and the cursor after the last of them.
    std::vector<PulledChange> m_pulled;
    std::optional<qint64> m_pulledNext;
    QTimer m_pullFlush;
    bool m_running = false;
    quint64 m_round = 0; // numbers rounds, so a late answer of an earlier one is known
    bool m_again = false;
    bool m_readAgainFromStart = false; // the token became a staff one: pull from seq 0
    bool m_waitingForStaff = false;
    bool m_retryScheduled = false;
    int m_failures = 0;
    quint64 m_seenGeneration = 0;
    qint64 m_seenOutboxSeq = -1;
    QTimer m_retry;
    QTimer m_debounce;
    QTimer m_periodic;
    QTimer m_watch;
};

} // namespace lingong
