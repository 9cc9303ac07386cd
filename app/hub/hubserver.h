#pragma once

#include "clock.h"
#include "database.h"
#include "hubstore.h"
#include "hubtokens.h"
#include "result.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QObject>

#include <QSet>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace lingong {

// The server side of the sync protocol (sync-protocol.md), on Qt HttpServer, over the hub's change
// log (HubStore) in `db`.
//
// Endpoints: GET /api/v1/health (no token), POST /api/v1/changes (push), GET /api/v1/changes
// (pull). Every other path answers 404 `not_found`, another method on a known path 405
// `method_not_allowed`; every non-2xx answer has {"error": {"code", "message"}}.
//
// Limits and choices the protocol leaves open:
// - a body over 4 MiB, and a push of more than 500 changes, answer 413 `too_large`;
// - a pull `limit` above 1000 is served as 1000; a limit or `after` that is not a whole number
//   (limit ≥ 1, after ≥ 0) answers 400 `bad_request`;
// - each change is recorded with the device id of the token that pushed it (the body's
//   `device_id` is informative).
//
// Scopes: a `staff` token may push and pull everything. A `public` token (kiosk, display) may push
// seeker, application, complaint and worklog changes, and job upserts with status
// `pending_review` for a job the hub does not know yet or still holds as `pending_review`; a
// record the hub already holds only when the same device sent it first and it is not deleted.
// Any other change it pushes is `rejected` with code `forbidden`. Its pulls carry only job,
// employer and content changes: the other kinds hold personal data. An upsert of a job seeker
// the hub holds as deleted is `rejected` (`forbidden`) whatever the token.
//
// Validation: the envelope (lowercase UUID change_id and id, a known entity, op upsert|delete,
// an object `data` for upsert, an integer base_seq ≥ 0) and, for job upserts, requirements J1/J2
// (validateJob: every field, no discriminatory text). A job's employer need not be known. The
// `data` of any other entity's upsert is that entity's EntitySpec JSON (db/entityspec.cpp: the
// JSON paths of its columns) and is stored as sent.
//
// Thread-safety: requests are handled one at a time on the thread that owns the object, so a push
// batch and the seqs it gets never interleave with another request's. A push is committed to disk
// before its answer is written.
class HubServer final : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype kMaxBodyBytes = 4 * 1024 * 1024;
    static constexpr int kMaxChanges = 500;
    static constexpr int kDefaultPullLimit = 500;
    static constexpr int kMaxPullLimit = 1000;

    HubServer(const Database& db, const Clock& clock, HubTokens tokens, QObject* parent = nullptr);
    ~HubServer() override;

    // Binds; port 0 picks a free port. Returns the port actually bound.
    Result<quint16> listen(const QHostAddress& address, quint16 port);
    // Serves https with this PEM certificate and key (call before listen()); clients pin the
    // certificate's SHA-256 (config "sync.pinned_sha256") when it is self-signed.
    Status useTls(const QString& certificatePath, const QString& keyPath);

    HubStore& store() { return m_store; }

private:
    void setupRoutes();
    QHttpServerResponse health(const QHttpServerRequest& request);
    QHttpServerResponse changes(const QHttpServerRequest& request);
    QHttpServerResponse push(const QHttpServerRequest& request, const HubToken& token);
    QHttpServerResponse pull(const QHttpServerRequest& request, const HubToken& token);
    const HubToken* authenticate(const QHttpServerRequest& request) const;
    // `trades`: offeredTrades(), read once for the whole push.
    std::optional<QJsonObject> checkChange(const HubToken& token, const HubChange& change,
                                           const std::optional<HubChange>& current,
                                           const QStringList& trades) const;
    // The trades the hub's store offers: the list in use, or a hall's last good one while the
    // file named is being corrected (as at the windows that share the configuration).
    QStringList offeredTrades() const;

    const Database& m_db;
    const Clock& m_clock;
    HubTokens m_tokens;
    HubStore m_store;
    std::unique_ptr<QHttpServer> m_server;
    // "token device/claimed device" pairs already logged as mismatched, and "lost device cursor"
    // for cursors the log no longer holds: said once, not each round.
    QSet<QString> m_mismatchLogged;
};

} // namespace lingong
