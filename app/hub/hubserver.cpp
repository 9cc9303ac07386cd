#include "hubserver.h"

#include "entityspec.h"
#include "jobvalidation.h"
#include "referencedata.h"
#include "sync/publicview.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrlQuery>

#include <map>

Q_LOGGING_CATEGORY(lcHub, "lingong.hub")
// One line per pull: off unless asked for (QT_LOGGING_RULES="lingong.hub.pull.debug=true").
Q_LOGGING_CATEGORY(lcHubPull, "lingong.hub.pull", QtInfoMsg)

namespace lingong {

namespace {

using StatusCode = QHttpServerResponse::StatusCode;

const QString kHealthPath = QStringLiteral("/api/v1/health");
const QString kChangesPath = QStringLiteral("/api/v1/changes");

QJsonObject errorObject(const QString& code, const QString& message)
{
    return QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
}

QHttpServerResponse errorResponse(StatusCode status, const QString& code, const QString& message)
{
    return QHttpServerResponse(QJsonObject{{QStringLiteral("error"), errorObject(code, message)}},
                               status);
}

QHttpServerResponse internalError(const Error& e)
{
    // The driver text stays in the log; the client learns only that the hub failed.
    qCWarning(lcHub) << "database error:" << e.message;
    return errorResponse(
        StatusCode::InternalServerError, QStringLiteral("internal"),
        QCoreApplication::translate("lingong::HubServer", "The hub could not use its database."));
}

QHttpServerResponse methodNotAllowed(const QString& allowed)
{
    QHttpServerResponse r = errorResponse(
        StatusCode::MethodNotAllowed, QStringLiteral("method_not_allowed"),
        QCoreApplication::translate("lingong::HubServer", "This path does not take that method."));
    r.addHeader(QByteArrayLiteral("Allow"), allowed.toLatin1());
    return r;
}

bool isLowercaseUuid(const QJsonValue& v)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return v.isString() && re.match(v.toString()).hasMatch();
}

// A whole number in [min, max] from a query value; nullopt when it is not one.
std::optional<qint64> wholeNumber(const QString& text, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    if (!ok || n < min || n > max)
        return std::nullopt;
    return n;
}

// The entities a public token may push, and those it may pull.
bool publicMayPush(const QString& entity)
{
    return entity == QLatin1String("seeker") || entity == QLatin1String("application") ||
           entity == QLatin1String("complaint") || entity == QLatin1String("worklog") ||
           entity == QLatin1String("job");
}

// What a public device is sent of an employer (publicview::employer), from the stored text.
QByteArray publicEmployerData(const QByteArray& raw)
{
    return QJsonDocument(publicview::employer(QJsonDocument::fromJson(raw).object()))
        .toJson(QJsonDocument::Compact);
}

// What a public device is sent of a posting (publicview::job), from the stored text: a published
// one without a review note as it is stored (compact JSON, so its status reads so), another
// without its contact or note.
QByteArray publicJobData(const QByteArray& raw)
{
    const bool noNote = !raw.contains(QByteArrayLiteral("\"review_note\":\"")) ||
                        raw.contains(QByteArrayLiteral("\"review_note\":\"\""));
    if (noNote && raw.contains(QByteArrayLiteral("\"status\":\"published\"")))
        return raw;
    return QJsonDocument(publicview::job(QJsonDocument::fromJson(raw).object()))
        .toJson(QJsonDocument::Compact);
}

QJsonObject toWire(const HubChange& c)
{
    QJsonObject o{{QStringLiteral("seq"), c.seq},
                  {QStringLiteral("change_id"), c.changeId},
                  {QStringLiteral("entity"), c.entity},
                  {QStringLiteral("id"), c.entityId},
                  {QStringLiteral("op"), c.op},
                  {QStringLiteral("base_seq"), c.baseSeq},
                  {QStringLiteral("modified_at"), c.modifiedAt},
                  {QStringLiteral("origin"), c.origin}};
    return o; // `data` is added by the caller
}

} // namespace

HubServer::HubServer(const Database& db, const Clock& clock, HubTokens tokens, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_tokens(std::move(tokens))
    , m_store(db, clock)
    , m_server(std::make_unique<QHttpServer>())
{
    setupRoutes();
}

HubServer::~HubServer() = default;

void HubServer::setupRoutes()
{
    using Method = QHttpServerRequest::Method;
    m_server->route(kHealthPath, Method::AnyKnown,
                    [this](const QHttpServerRequest& request) { return health(request); });
    m_server->route(kChangesPath, Method::AnyKnown,
                    [this](const QHttpServerRequest& request) { return changes(request); });
    m_server->setMissingHandler(
        [](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
            const QString path = request.url().path();
            const bool known = path == kHealthPath || path == kChangesPath;
            qCInfo(lcHub).noquote()
                << QStringLiteral("%1 asked %2 %3: %4")
                       .arg(request.remoteAddress().toString(),
                            QString::fromLatin1(
                                QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(
                                    int(request.method()))),
                            path,
                            known ? QStringLiteral("method not allowed (405)")
                                  : QStringLiteral("not found (404)"));
            const QJsonObject body{{QStringLiteral("error"),
                                    known ? errorObject(QStringLiteral("method_not_allowed"),
                                                        tr("This path does not take that method."))
                                          : errorObject(QStringLiteral("not_found"),
                                                        tr("There is nothing at %1.").arg(path))}};
            responder.write(QJsonDocument(body),
                            known ? StatusCode::MethodNotAllowed : StatusCode::NotFound);
        });
}

Result<quint16> HubServer::listen(const QHostAddress& address, quint16 port)
{
    const quint16 bound = m_server->listen(address, port);
    if (bound == 0)
        return makeError(QStringLiteral("unavailable"),
                         tr("Cannot listen on %1:%2.").arg(address.toString()).arg(port));
    return bound;
}

Status HubServer::useTls(const QString& certificatePath, const QString& keyPath)
{
    QFile certFile(certificatePath);
    QFile keyFile(keyPath);
    if (!certFile.open(QIODevice::ReadOnly))
        return makeError(
            QStringLiteral("tls"),
            tr("Cannot read the certificate %1: %2").arg(certificatePath, certFile.errorString()));
    if (!keyFile.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("tls"),
                         tr("Cannot read the key %1: %2").arg(keyPath, keyFile.errorString()));
    const QSslCertificate cert(certFile.readAll(), QSsl::Pem);
    const QSslKey key(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
    if (cert.isNull())
        return makeError(QStringLiteral("tls"),
                         tr("%1 is not a PEM certificate.").arg(certificatePath));
    if (key.isNull())
        return makeError(QStringLiteral("tls"), tr("%1 is not a PEM RSA key.").arg(keyPath));
    m_server->sslSetup(cert, key);
    return {};
}

const HubToken* HubServer::authenticate(const QHttpServerRequest& request) const
{
    const QByteArray header = request.value(QByteArrayLiteral("Authorization")).trimmed();
    const QByteArray scheme = QByteArrayLiteral("bearer ");
    if (header.size() <= scheme.size() || header.left(scheme.size()).toLower() != scheme)
        return nullptr;
    return m_tokens.find(QString::fromUtf8(header.mid(scheme.size()).trimmed()));
}

QHttpServerResponse HubServer::health(const QHttpServerRequest& request)
{
    if (request.method() != QHttpServerRequest::Method::Get)
        return methodNotAllowed(QStringLiteral("GET"));
    auto seq = m_store.maxSeq();
    if (!seq.ok())
        return internalError(seq.error());
    return QHttpServerResponse(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                           {QStringLiteral("seq"), seq.value()},
                                           {QStringLiteral("time"), Clock::toWire(m_clock.now())}});
}

QHttpServerResponse HubServer::changes(const QHttpServerRequest& request)
{
    const auto method = request.method();
    if (method != QHttpServerRequest::Method::Get && method != QHttpServerRequest::Method::Post)
        return methodNotAllowed(QStringLiteral("GET, POST"));
    const HubToken* token = authenticate(request);
    if (!token) {
        qCWarning(lcHub).noquote() << QStringLiteral("refused %1: no valid token (401)")
                                          .arg(request.remoteAddress().toString());
        QHttpServerResponse r =
            errorResponse(StatusCode::Unauthorized, QStringLiteral("unauthorized"),
                          tr("A valid 'Authorization: Bearer <token>' header is required."));
        r.addHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer"));
        return r;
    }
    return method == QHttpServerRequest::Method::Get ? pull(request, *token)
                                                     : push(request, *token);
}

QHttpServerResponse HubServer::pull(const QHttpServerRequest& request, const HubToken& token)
{
    const QUrlQuery query = request.query();
    qint64 after = 0;
    int limit = kDefaultPullLimit;
    if (query.hasQueryItem(QStringLiteral("after"))) {
        const auto v = wholeNumber(query.queryItemValue(QStringLiteral("after")), 0,
                                   std::numeric_limits<qint64>::max());
        if (!v)
            return errorResponse(StatusCode::BadRequest, QStringLiteral("bad_request"),
                                 tr("'after' must be a whole number of at least 0."));
        after = *v;
    }
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        const auto v = wholeNumber(query.queryItemValue(QStringLiteral("limit")), 1,
                                   std::numeric_limits<qint64>::max());
        if (!v)
            return errorResponse(StatusCode::BadRequest, QStringLiteral("bad_request"),
                                 tr("'limit' must be a whole number of at least 1."));
        limit = int(std::min<qint64>(*v, kMaxPullLimit));
    }
    const QStringList scope =
        token.scope == HubToken::Scope::Staff ? QStringList() : publicview::pullEntities();
    auto page = m_store.pull(after, limit, scope);
    if (!page.ok())
        return internalError(page.error());
    qCDebug(lcHubPull).noquote() << QStringLiteral("pull by %1 after %2: %3 changes")
                                        .arg(token.deviceId)
                                        .arg(after)
                                        .arg(page.value().changes.size());
    // The stored data text goes out as it is: parsing and re-serialising every change's data was
    // most of a page's cost. It was stored from a parsed JSON object, so it is valid JSON.
    QByteArray body = QByteArrayLiteral("{\"changes\":[");
    bool first = true;
    for (const HubChange& c : page.value().changes) {
        if (!first)
            body += ',';
        first = false;
        QByteArray envelope = QJsonDocument(toWire(c)).toJson(QJsonDocument::Compact);
        if (c.op != QLatin1String("delete")) {
            envelope.chop(1); // the closing brace
            envelope += QByteArrayLiteral(",\"data\":");
            if (c.rawData.isEmpty())
                envelope += QByteArrayLiteral("{}");
            else if (token.scope == HubToken::Scope::Public &&
                     c.entity == QLatin1String("employer"))
                envelope += publicEmployerData(c.rawData);
            else if (token.scope == HubToken::Scope::Public && c.entity == QLatin1String("job"))
                envelope += publicJobData(c.rawData);
            else
                envelope += c.rawData;
            envelope += '}';
        }
        body += envelope;
    }
    body += QByteArrayLiteral("],\"next\":") + QByteArray::number(page.value().next) +
            QByteArrayLiteral(",\"more\":") +
            (page.value().more ? QByteArrayLiteral("true") : QByteArrayLiteral("false"));
    // Additive: whether the log still holds the change at `after` (HubPage::afterKnown).
    body += QByteArrayLiteral(",\"after_known\":") +
            (page.value().afterKnown ? QByteArrayLiteral("true") : QByteArrayLiteral("false"));
    if (!page.value().afterKnown) {
        body +=
            QByteArrayLiteral(",\"known_until\":") + QByteArray::number(page.value().knownUntil);
        // Once per terminal and cursor, not every round.
        const QString said = QStringLiteral("lost %1 %2").arg(token.deviceId).arg(after);
        if (!m_mismatchLogged.contains(said) && m_mismatchLogged.size() < 1000) {
            m_mismatchLogged.insert(said);
            qCWarning(lcHub).noquote()
                << QStringLiteral("%1 has read up to no. %2, which this log does not hold (it "
                                  "ends before it at no. %3): was the hub's database restored "
                                  "or replaced?")
                       .arg(token.deviceId)
                       .arg(after)
                       .arg(page.value().knownUntil);
        }
    }
    // Additive: what the token is, so a terminal set up with the wrong one can say so.
    body +=
        QByteArrayLiteral(",\"scope\":") +
        (token.scope == HubToken::Scope::Staff ? QByteArrayLiteral("\"staff\"")
                                               : QByteArrayLiteral("\"public\"")) +
        QByteArrayLiteral(",\"device_id\":") +
        QJsonDocument(QJsonArray{token.deviceId}).toJson(QJsonDocument::Compact).mid(1).chopped(1) +
        '}';
    return QHttpServerResponse(QByteArrayLiteral("application/json"), body);
}

QStringList HubServer::offeredTrades() const
{
    QStringList trades;
    if (auto offered = ReferenceData(m_db).occupations(); offered.ok()) {
        for (const Occupation& o : offered.value())
            trades << o.name;
    }
    return trades.isEmpty() ? ReferenceData::occupationNames() : trades;
}

std::optional<QJsonObject> HubServer::checkChange(const HubToken& token, const HubChange& change,
                                                  const std::optional<HubChange>& current,
                                                  const QStringList& trades) const
{
    const bool isJob = change.entity == QLatin1String("job");
    if (token.scope == HubToken::Scope::Public) {
        const auto forbidden = [](const QString& message) {
            return errorObject(QStringLiteral("forbidden"), message);
        };
        if (!publicMayPush(change.entity))
            return forbidden(tr("A kiosk or display may not send %1 changes.").arg(change.entity));
        if (isJob) {
            const QString pending = QStringLiteral("pending_review");
            if (change.op != QLatin1String("upsert") ||
                change.data.value(QLatin1String("status")).toString() != pending)
                return forbidden(
                    tr("A kiosk or display may only send new jobs waiting for review."));
            if (current && (current->op != QLatin1String("upsert") ||
                            current->data.value(QLatin1String("status")).toString() != pending))
                return forbidden(
                    tr("A kiosk or display may not change a job that was already reviewed."));
        }
        // A kiosk sends what a person does at it: their own registration, application or
        // complaint. A record the hub already holds is changed only by the device that first
        // sent it, and not once it was deleted (a person's data removed, records merged).
        if (current) {
            if (current->op == QLatin1String("delete"))
                return forbidden(tr("A kiosk or display may not bring back a deleted record."));
            auto first = m_store.firstDevice(change.entity, change.entityId);
            if (!first.ok())
                return errorObject(QStringLiteral("internal"), first.error().message);
            if (first.value() != token.deviceId)
                return forbidden(tr("A kiosk or display may only change records it sent itself."));
        }
        // A request from a kiosk is a call back: what it is about (an employer, a placement)
        // is named at a window.
        if (change.entity == QLatin1String("complaint") &&
            (!change.data.value(QLatin1String("employer_id")).toString().isEmpty() ||
             !change.data.value(QLatin1String("application_id")).toString().isEmpty()))
            return forbidden(
                tr("A kiosk or display may not name an employer or a placement in a request."));
        // Only a service window merges the records of one person (merged_ids moves what
        // refers to other records at every window).
        if (change.entity == QLatin1String("seeker") &&
            (change.op == QLatin1String("delete") ||
             !change.data.value(QLatin1String("merged_ids")).toArray().isEmpty()))
            return forbidden(tr("A kiosk or display may not merge or delete job seekers."));
    }
    // A person's data removed (or merged into another record) stays removed: the record is not
    // brought back by a change sent over its deletion. The person is registered again.
    // (A change made before the deletion was known is superseded by it, as any other.)
    if (change.entity == QLatin1String("seeker") && change.op == QLatin1String("upsert") &&
        current && current->op == QLatin1String("delete") && change.baseSeq >= current->seq)
        return errorObject(QStringLiteral("forbidden"),
                           tr("This job seeker's record was deleted; register the person again."));
    // A posting is checked when it is, or is to be, shown; closing one (filled, withdrawn,
    // expired) always goes through, even for one written before a rule was added.
    const QString jobStatus = change.data.value(QLatin1String("status")).toString();
    const bool closing = jobStatus == QLatin1String("filled") ||
                         jobStatus == QLatin1String("withdrawn") ||
                         jobStatus == QLatin1String("expired");
    if (isJob && change.op == QLatin1String("upsert") && !closing) {
        if (const Status st = validateJob(change.data, m_clock.today(), &trades); !st.ok()) {
            QJsonObject e = errorObject(QStringLiteral("invalid"), st.error().message);
            if (!st.error().field.isEmpty())
                e.insert(QStringLiteral("field"), st.error().field);
            if (!st.error().detail.isEmpty())
                e.insert(QStringLiteral("detail"), st.error().detail);
            return e;
        }
    }
    return std::nullopt;
}

QHttpServerResponse HubServer::push(const QHttpServerRequest& request, const HubToken& token)
{
    const QByteArray body = request.body();
    if (body.size() > kMaxBodyBytes)
        return errorResponse(StatusCode::PayloadTooLarge, QStringLiteral("too_large"),
                             tr("The request body is larger than 4 MiB."));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return errorResponse(
            StatusCode::BadRequest, QStringLiteral("bad_request"),
            tr("The body must be a JSON object: %1").arg(parseError.errorString()));
    const QJsonValue changesValue = doc.object().value(QLatin1String("changes"));
    if (!changesValue.isArray())
        return errorResponse(StatusCode::BadRequest, QStringLiteral("bad_request"),
                             tr("The body must have a 'changes' array."));
    const QJsonArray list = changesValue.toArray();
    // A terminal configured with another device's token still syncs; its administrator should
    // hear of it (hall.device_id, or the wrong line of the token file).
    const QString claimed = doc.object().value(QLatin1String("device_id")).toString();
    const QString pair = token.deviceId + QLatin1Char('/') + claimed.left(60);
    if (!claimed.isEmpty() && claimed != token.deviceId && !m_mismatchLogged.contains(pair) &&
        m_mismatchLogged.size() < 1000) {
        m_mismatchLogged.insert(pair);
        qCWarning(lcHub).noquote()
            << QStringLiteral("push with the token of %1 from a terminal that calls itself %2")
                   .arg(token.deviceId, claimed.left(60));
    }
    if (list.size() > kMaxChanges)
        return errorResponse(StatusCode::PayloadTooLarge, QStringLiteral("too_large"),
                             tr("A push carries at most %1 changes; this one has %2.")
                                 .arg(kMaxChanges)
                                 .arg(list.size()));

    // Changes without a usable change_id cannot have a receipt: they are answered here. The rest
    // go to the store with the envelope problem, if any, which the check below turns into a
    // recorded rejection (so the same change sent again gets the same answer).
    std::vector<QJsonObject> results(size_t(list.size()));
    std::vector<HubChange> batch;
    std::vector<int> batchIndex;
    std::vector<std::optional<QJsonObject>> envelopeError;
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject raw = list.at(i).toObject();
        const QJsonValue changeId = raw.value(QLatin1String("change_id"));
        if (!isLowercaseUuid(changeId)) {
            qCInfo(lcHub).noquote()
                << QStringLiteral("change %1 from %2 rejected: change_id is not a lowercase UUID")
                       .arg(changeId.toString().left(40), token.deviceId);
            results[size_t(i)] = QJsonObject{
                {QStringLiteral("change_id"), changeId.isString() ? changeId : QJsonValue()},
                {QStringLiteral("status"), QStringLiteral("rejected")},
                {QStringLiteral("error"), errorObject(QStringLiteral("invalid"),
                                                      tr("change_id must be a lowercase UUID."))}};
            continue;
        }
        HubChange c;
        c.changeId = changeId.toString();
        c.entity = raw.value(QLatin1String("entity")).toString();
        c.entityId = raw.value(QLatin1String("id")).toString();
        c.op = raw.value(QLatin1String("op")).toString();
        c.modifiedAt = raw.value(QLatin1String("modified_at")).toString();
        c.origin = raw.value(QLatin1String("origin")).toString();
        c.data = raw.value(QLatin1String("data")).toObject();
        const QJsonValue base = raw.value(QLatin1String("base_seq"));
        c.baseSeq = qint64(base.toDouble());

        std::optional<QJsonObject> problem;
        const auto invalid = [](const QString& field, const QString& message) {
            QJsonObject e = errorObject(QStringLiteral("invalid"), message);
            e.insert(QStringLiteral("field"), field);
            return e;
        };
        if (!entities::find(c.entity))
            problem = invalid(QStringLiteral("entity"),
                              tr("Unknown entity '%1'.").arg(c.entity.left(40)));
        else if (!isLowercaseUuid(raw.value(QLatin1String("id"))))
            problem = invalid(QStringLiteral("id"), tr("id must be a lowercase UUID."));
        else if (c.op != QLatin1String("upsert") && c.op != QLatin1String("delete"))
            problem = invalid(QStringLiteral("op"), tr("op must be upsert or delete."));
        else if (c.op == QLatin1String("upsert") && !raw.value(QLatin1String("data")).isObject())
            problem = invalid(QStringLiteral("data"), tr("An upsert needs a data object."));
        else if (!base.isDouble() || base.toDouble() < 0 ||
                 base.toDouble() != double(qint64(base.toDouble())))
            problem = invalid(QStringLiteral("base_seq"),
                              tr("base_seq must be a whole number of at least 0."));
        else if (raw.contains(QLatin1String("modified_at")) &&
                 !raw.value(QLatin1String("modified_at")).isString())
            problem = invalid(QStringLiteral("modified_at"), tr("modified_at must be a text."));
        if (c.op == QLatin1String("delete"))
            c.data = {};
        batchIndex.push_back(i);
        envelopeError.push_back(problem);
        batch.push_back(std::move(c));
    }

    const QStringList trades = offeredTrades();
    auto outcomes = m_store.push(
        batch, token.deviceId,
        [&](int index, const HubChange& change, const std::optional<HubChange>& current) {
            if (envelopeError[size_t(index)])
                return envelopeError[size_t(index)];
            return checkChange(token, change, current, trades);
        });
    if (!outcomes.ok())
        return internalError(outcomes.error());

    std::map<HubOutcome::Status, int> counted;
    for (size_t k = 0; k < batch.size(); ++k) {
        const HubOutcome& o = outcomes.value()[k];
        QJsonObject r{{QStringLiteral("change_id"), batch[k].changeId},
                      {QStringLiteral("status"), HubOutcome::statusName(o.status)}};
        if (o.status != HubOutcome::Status::Rejected)
            r.insert(QStringLiteral("seq"), o.seq);
        else
            r.insert(QStringLiteral("error"), o.error);
        // What became of a change not applied, in words: the version that won, or why.
        QString what;
        if (o.status == HubOutcome::Status::Superseded)
            what = QStringLiteral("superseded by no. %1, the hub's version").arg(o.seq);
        else if (o.status == HubOutcome::Status::Duplicate)
            what = QStringLiteral("received before as no. %1, answered again").arg(o.seq);
        else if (o.status == HubOutcome::Status::Rejected)
            what = QStringLiteral("refused: %1")
                       .arg(o.error.value(QLatin1String("message")).toString());
        if (!what.isEmpty())
            qCInfo(lcHub).noquote() << QStringLiteral("change %1 from %2 (%3 %4) %5")
                                           .arg(batch[k].changeId, token.deviceId, batch[k].entity,
                                                batch[k].entityId, what);
        ++counted[o.status];
        results[size_t(batchIndex[k])] = r;
    }
    qCInfo(lcHub).noquote() << QStringLiteral(
                                   "push from %1: %2 changes: %3 applied, %4 received before, %5 "
                                   "superseded, %6 refused")
                                   .arg(token.deviceId)
                                   .arg(list.size())
                                   .arg(counted[HubOutcome::Status::Applied])
                                   .arg(counted[HubOutcome::Status::Duplicate])
                                   .arg(counted[HubOutcome::Status::Superseded])
                                   .arg(counted[HubOutcome::Status::Rejected]);
    QJsonArray out;
    for (const QJsonObject& r : results)
        out.append(r);
    return QHttpServerResponse(QJsonObject{{QStringLiteral("results"), out}});
}

} // namespace lingong
