#include "syncengine.h"

#include "publicview.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkInformation>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>

namespace lingong {

Q_LOGGING_CATEGORY(lcSync, "lingong.sync", QtInfoMsg)

namespace {

QJsonObject envelope(const OutboxChange& c)
{
    QJsonObject o{
        {QStringLiteral("change_id"), c.changeId}, {QStringLiteral("entity"), c.entity},
        {QStringLiteral("id"), c.entityId},        {QStringLiteral("op"), c.op},
        {QStringLiteral("base_seq"), c.baseSeq},   {QStringLiteral("modified_at"), c.modifiedAt},
        {QStringLiteral("origin"), c.origin}};
    if (c.op != QLatin1String("delete"))
        o.insert(QStringLiteral("data"), QJsonDocument::fromJson(c.data.toUtf8()).object());
    return o;
}

} // namespace

SyncSettings SyncSettings::from(const Config& config, Mode mode)
{
    SyncSettings s;
    s.url = config.platformUrl;
    s.token = config.platformToken;
    s.pinnedSha256 = config.pinnedCertSha256;
    s.intervalSec = std::max(5, config.syncIntervalSec);
    s.minimiseSeekers = mode == Mode::Kiosk;
    s.followMergedSeekers = mode == Mode::Staff;
    s.staffTerminal = mode == Mode::Staff;
    return s;
}

Result<SyncStatus> readSyncStatus(const SyncState& state, bool configured)
{
    SyncStatus s;
    s.configured = configured;
    auto pending = state.pendingCount();
    auto rejected = state.rejectedCount();
    auto conflicts = state.conflictCount();
    auto last = state.value(QString::fromLatin1(SyncState::kLastSuccess));
    auto error = state.value(QString::fromLatin1(SyncState::kLastError));
    auto online = state.value(QString::fromLatin1(SyncState::kOnline));
    auto waiting = state.value(QString::fromLatin1(SyncState::kWaitingForStaff));
    for (const auto* r : {&pending, &rejected, &conflicts}) {
        if (!r->ok())
            return r->error();
    }
    for (const auto* r : {&last, &error, &online, &waiting}) {
        if (!r->ok())
            return r->error();
    }
    s.pending = pending.value();
    s.rejected = rejected.value();
    s.conflicts = conflicts.value();
    s.lastSuccess = last.value().isEmpty() ? QDateTime() : Clock::fromWire(last.value());
    s.lastError = error.value();
    s.online = online.value() == QLatin1String("1");
    s.waitingForStaff = waiting.value() == QLatin1String("1");
    auto behind = state.value(QString::fromLatin1(SyncState::kPlatformBehind));
    if (!behind.ok())
        return behind.error();
    const QStringList parts = behind.value().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() == 2) {
        s.platformSeq = parts[0].toLongLong();
        s.cursor = parts[1].toLongLong();
    }
    auto scope = state.value(QString::fromLatin1(SyncState::kTokenScope));
    auto device = state.value(QString::fromLatin1(SyncState::kTokenDevice));
    if (!scope.ok())
        return scope.error();
    if (!device.ok())
        return device.error();
    s.wrongScope = scope.value();
    s.tokenDevice = device.value();
    auto skew = state.value(QString::fromLatin1(SyncState::kClockSkew));
    if (!skew.ok())
        return skew.error();
    s.clockSkewSec = skew.value().toLongLong();
    return s;
}

SyncEngine::SyncEngine(EntityStore& store, SyncSettings settings, QNetworkAccessManager* network,
                       QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_settings(std::move(settings))
    , m_network(network)
    , m_journal(store)
    , m_state(store.database())
{
    // A token found issued for another device is no longer a problem once this terminal is
    // given that device's name (hall.device_id corrected), before a round gets through.
    if (m_state.value(QString::fromLatin1(SyncState::kTokenDevice)).value() == m_store.deviceId())
        setValue(SyncState::kTokenDevice, QString());
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        m_retryScheduled = false;
        startRound();
    });
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(m_settings.debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        if (!m_retryScheduled && !m_waitingForStaff)
            startRound();
    });
    m_periodic.setInterval(m_settings.intervalSec * 1000);
    connect(&m_periodic, &QTimer::timeout, this, [this] {
        if (!m_retryScheduled && !m_waitingForStaff)
            startRound();
    });
    // Pulled pages wait at most pullBatchMs for more to share their transaction, even when the
    // next answer is slow to come.
    m_pullFlush.setSingleShot(true);
    connect(&m_pullFlush, &QTimer::timeout, this, [this] {
        if (m_running && m_pulledNext)
            (void)applyPulled();
    });
    m_watch.setInterval(500);
    connect(&m_watch, &QTimer::timeout, this, &SyncEngine::checkLocalChanges);
    auto waiting = m_state.value(QString::fromLatin1(SyncState::kWaitingForStaff));
    m_waitingForStaff = waiting.ok() && waiting.value() == QLatin1String("1");
}

SyncEngine::~SyncEngine()
{
    m_running = false;
    if (m_reply) {
        m_reply->disconnect(this); // no handler runs for a reply aborted here
        m_reply->abort();
    }
}

void SyncEngine::start()
{
    if (!m_settings.configured())
        return;
    auto seq = m_state.lastOutboxSeq();
    m_seenOutboxSeq = seq.ok() ? seq.value() : 0;
    m_seenGeneration = EntityStore::generation();
    m_periodic.start();
    m_watch.start();
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability r) {
                    if (r == QNetworkInformation::Reachability::Online) {
                        qCInfo(lcSync) << "network is back";
                        syncNow();
                    }
                });
    }
    QTimer::singleShot(0, this, &SyncEngine::startRound);
}

void SyncEngine::syncNow()
{
    if (!m_settings.configured())
        return;
    m_retry.stop();
    m_retryScheduled = false;
    m_failures = 0;
    if (m_waitingForStaff) {
        m_waitingForStaff = false;
        setValue(SyncState::kWaitingForStaff, QStringLiteral("0"));
    }
    if (m_running) {
        m_again = true;
        return;
    }
    startRound();
}

void SyncEngine::checkLocalChanges()
{
    // Cheap first: nothing was committed in this process since the last look.
    const quint64 generation = EntityStore::generation();
    if (generation == m_seenGeneration)
        return;
    m_seenGeneration = generation;
    auto seq = m_state.lastOutboxSeq();
    if (!seq.ok() || seq.value() == m_seenOutboxSeq)
        return;
    m_seenOutboxSeq = seq.value();
    if (m_running)
        m_again = true;
    else
        m_debounce.start();
}

SyncStatus SyncEngine::status() const
{
    auto s = readSyncStatus(m_state, m_settings.configured());
    SyncStatus out = s.ok() ? s.value() : SyncStatus{};
    out.running = m_running;
    if (!s.ok())
        out.lastError = s.error().message;
    return out;
}

int SyncEngine::retryDelayMs(int failures, double unit)
{
    const double base = std::min(1000.0 * std::pow(2.0, std::max(0, failures - 1)), 300000.0);
    const double spread = 0.75 + 0.5 * std::clamp(unit, 0.0, 1.0);
    return int(std::lround(base * spread));
}

bool SyncEngine::certificateMatches(const QSslCertificate& cert, const QString& pinnedSha256)
{
    QString pin = pinnedSha256;
    pin.remove(QLatin1Char(':')).remove(QLatin1Char(' '));
    return !cert.isNull() &&
           cert.digest(QCryptographicHash::Sha256).toHex() == pin.toLower().toLatin1();
}

QUrl SyncEngine::endpoint(const QString& path, const QUrlQuery& query) const
{
    QUrl url = m_settings.url;
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + QStringLiteral("/api/v1/") + path);
    url.setQuery(query);
    return url;
}

void SyncEngine::noteToken(const QJsonObject& pullAnswer)
{
    // Additive fields of our own hub; a platform that does not send them leaves the last word.
    const QString scope = pullAnswer.value(QLatin1String("scope")).toString();
    const QString device = pullAnswer.value(QLatin1String("device_id")).toString();
    if (!scope.isEmpty()) {
        const bool suits = m_settings.staffTerminal ? scope == QLatin1String("staff")
                                                    : scope != QLatin1String("staff");
        const QString wrong = suits ? QString() : scope.left(20);
        const QString was = m_state.value(QString::fromLatin1(SyncState::kTokenScope)).value();
        // A window that read the log with a public token was sent nobody's seekers or
        // applications: with its staff token it reads the log again from the start. The old
        // word stays until then (succeed()), so a round that breaks off first does it again.
        m_readAgainFromStart = m_settings.staffTerminal && suits && was == QLatin1String("public");
        if (!m_readAgainFromStart && wrong != was) {
            setValue(SyncState::kTokenScope, wrong);
            if (!wrong.isEmpty())
                qCWarning(lcSync) << "this terminal's token has the scope" << wrong
                                  << "which does not suit it";
        }
    }
    if (pullAnswer.contains(QLatin1String("device_id"))) {
        const QString other = device == m_store.deviceId() ? QString() : device.left(60);
        if (other != m_state.value(QString::fromLatin1(SyncState::kTokenDevice)).value()) {
            setValue(SyncState::kTokenDevice, other);
            if (!other.isEmpty())
                qCWarning(lcSync) << "this terminal is" << m_store.deviceId()
                                  << "but its token was issued for" << other;
        }
    }
}

void SyncEngine::setValue(const char* key, const QString& value)
{
    if (Status st = m_state.setValue(QString::fromLatin1(key), value); !st.ok())
        qCWarning(lcSync) << "cannot store" << key << st.error().message;
}

QNetworkReply* SyncEngine::send(const QString& method, const QString& path, const QByteArray& body,
                                const QUrlQuery& query)
{
    QNetworkRequest request(endpoint(path, query));
    request.setRawHeader("Authorization", "Bearer " + m_settings.token.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(m_settings.timeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    QNetworkReply* reply =
        method == QLatin1String("POST") ? m_network->post(request, body) : m_network->get(request);
    if (!m_settings.pinnedSha256.isEmpty()) {
        // A pinned certificate is trusted even when self-signed; any other is refused, even one
        // a public CA vouches for.
        connect(reply, &QNetworkReply::sslErrors, reply, [this, reply](const QList<QSslError>& e) {
            if (certificateMatches(reply->sslConfiguration().peerCertificate(),
                                   m_settings.pinnedSha256))
                reply->ignoreSslErrors(e);
            else
                reply->setProperty("pinMismatch", true);
        });
        connect(reply, &QNetworkReply::encrypted, reply, [this, reply] {
            if (!certificateMatches(reply->sslConfiguration().peerCertificate(),
                                    m_settings.pinnedSha256)) {
                reply->setProperty("pinMismatch", true);
                reply->abort();
            }
        });
    }
    m_reply = reply;
    return reply;
}

void SyncEngine::startRound()
{
    if (!m_settings.configured())
        return;
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    ++m_round;
    m_again = false;
    emit statusChanged();
    checkPlatform();
}

namespace {

// What a finished reply means for the engine.
struct Answer
{
    bool ok = false;
    bool retryable = true;
    bool answered = false; // the platform answered at all
    QJsonObject body;
    QString error;
};

Answer readAnswer(QNetworkReply* reply)
{
    Answer a;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray bytes = reply->readAll();
    a.answered = status != 0;
    if (reply->property("pinMismatch").toBool()) {
        a.retryable = false;
        a.error =
            SyncEngine::tr("The platform's certificate does not match the pinned fingerprint "
                           "(sync.pinned_sha256). If the platform's certificate was renewed, set "
                           "sync.pinned_sha256 to the new one's SHA-256.");
        return a;
    }
    if (status == 0 || (reply->error() != QNetworkReply::NoError && status < 400)) {
        // A transfer timeout aborts the request: "operation cancelled" would say nothing.
        const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError ||
                              reply->error() == QNetworkReply::TimeoutError;
        const QString why = reply->errorString();
        switch (reply->error()) {
        case QNetworkReply::SslHandshakeFailedError:
            // The hall's own hub serves a certificate of its own: a setting away.
            a.error = SyncEngine::tr("No connection to the platform (%1). This computer does not "
                                     "trust its certificate: pin it with sync.pinned_sha256, or "
                                     "install the authority that issued it.")
                          .arg(why);
            break;
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::RemoteHostClosedError:
            a.error = SyncEngine::tr("No connection to the platform (%1). Check that it is "
                                     "running, and the address, port and http or https in "
                                     "sync.url.")
                          .arg(why);
            break;
        default:
            a.error = timedOut
                          ? SyncEngine::tr(
                                "The platform did not answer in time. This terminal tries again "
                                "by itself; if this goes on, check the network and "
                                "that the platform is running.")
                          : SyncEngine::tr("No connection to the platform (%1).").arg(why);
        }
        return a;
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parse);
    if (status >= 200 && status < 300) {
        if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
            a.error = SyncEngine::tr("The platform's answer was cut off or unreadable.");
            return a;
        }
        a.ok = true;
        a.body = doc.object();
        return a;
    }
    const QJsonObject err = doc.object().value(QLatin1String("error")).toObject();
    const QString detail = err.value(QLatin1String("message")).toString();
    a.retryable = status == 408 || status == 429 || status >= 500;
    // The answers a hall's own settings cause say which setting to check, in this terminal's
    // language.
    if (status == 401) {
        a.error = SyncEngine::tr("The platform did not accept this terminal's token (401). Check "
                                 "sync.token in the configuration file, then start this program "
                                 "again: it reads the file when it starts.");
        return a;
    }
    if (status == 404 || status == 405) {
        a.error = SyncEngine::tr("Nothing at the platform address answers the sync protocol "
                                 "(%1). Check sync.url in the configuration file: it is the "
                                 "platform's base address, without /api/v1. Then start this "
                                 "program again: it reads the file when it starts.")
                      .arg(status);
        return a;
    }
    const QString said = detail.isEmpty() ? err.value(QLatin1String("code")).toString() : detail;
    a.error = said.isEmpty() ? SyncEngine::tr("The platform answered %1.").arg(status)
                             : SyncEngine::tr("The platform answered %1: %2").arg(status).arg(said);
    return a;
}

} // namespace

QStringList syncSetupProblems(const SyncStatus& s, const QString& deviceId, bool staffTerminal)
{
    QStringList out;
    if (!s.wrongScope.isEmpty())
        out << (staffTerminal
                    ? SyncEngine::tr("sync.token is a public token, as kiosks and wall screens "
                                     "have: the platform refuses a service window's postings "
                                     "and sends it no seekers or applications. Ask the "
                                     "administrator for a staff token.")
                    : SyncEngine::tr("sync.token is a staff token: a kiosk or wall screen must "
                                     "have a public one, so that it holds no one's personal "
                                     "data. Ask the administrator for a public token."));
    // (Once hall.device_id is corrected to the token's device, a mismatch seen before is no
    // longer one, before the next round that gets through says so.)
    if (!s.tokenDevice.isEmpty() && s.tokenDevice != deviceId)
        out << SyncEngine::tr("This terminal calls itself %1 (hall.device_id), but its token was "
                              "issued for %2. If it is %2, set hall.device_id to %2; if not, "
                              "ask the administrator for a token of its own.")
                   .arg(deviceId, s.tokenDevice);
    if (s.clockSkewSec != 0) {
        const int minutes = int((std::abs(s.clockSkewSec) + 30) / 60);
        out << (s.clockSkewSec > 0
                    ? SyncEngine::tr("This computer's clock is %n minute(s) ahead of the "
                                     "platform's: the dates it records would be wrong. Set it, "
                                     "or let it follow network time.",
                                     nullptr, minutes)
                    : SyncEngine::tr("This computer's clock is %n minute(s) behind the "
                                     "platform's: the dates it records would be wrong. Set it, "
                                     "or let it follow network time.",
                                     nullptr, minutes));
    }
    if (s.platformSeq >= 0)
        out << SyncEngine::tr("The platform's change log ends at no. %1, before no. %2 that this "
                              "terminal has read: it was restored from an older copy or "
                              "replaced. What this terminal had sent past it was sent again; "
                              "tell the administrator.")
                   .arg(s.platformSeq)
                   .arg(s.cursor);
    return out;
}

void SyncEngine::checkPlatform()
{
    QNetworkReply* reply = send(QStringLiteral("GET"), QStringLiteral("health"), {});
    connect(reply, &QNetworkReply::finished, this, [this, reply, round = m_round] {
        reply->deleteLater();
        if (!m_running || round != m_round)
            return;
        const Answer a = readAnswer(reply);
        if (!a.answered)
            return fail(a.error, a.retryable, a.answered); // no platform: no round
        // The platform's clock: one of this terminal's far from it records wrong dates.
        const QDateTime platformTime =
            a.ok ? Clock::fromWire(a.body.value(QLatin1String("time")).toString()) : QDateTime();
        if (platformTime.isValid()) {
            const qint64 skew = platformTime.secsTo(m_store.clock().now());
            const bool off = std::abs(skew) > kClockSkewLimitSec;
            setValue(SyncState::kClockSkew, off ? QString::number(skew) : QString());
            if (off)
                qCWarning(lcSync) << "this terminal's clock is" << skew
                                  << "seconds off the platform's";
        }
        if (a.ok && a.body.value(QLatin1String("seq")).isDouble()) {
            const qint64 platform = a.body.value(QLatin1String("seq")).toInteger();
            auto cursor = m_journal.cursor();
            // Once seen, it stays until staff dismiss it (SyncDesk): the platform's log growing
            // past the cursor again does not bring back the changes this terminal skipped.
            if (cursor.ok() && platform < cursor.value()) {
                setValue(SyncState::kPlatformBehind,
                         QStringLiteral("%1 %2").arg(platform).arg(cursor.value()));
                qCWarning(lcSync) << "the platform's log ends at" << platform
                                  << "but this terminal has read up to" << cursor.value();
                platformLost(platform, cursor.value());
            }
        }
        pushNext();
    });
}

void SyncEngine::platformLost(qint64 until, qint64 readUpTo)
{
    // Once for each loss: the same one is found again in later rounds while the log still ends
    // before the cursor, but a copy put back a second time is found from a cursor read since.
    const QString loss = QStringLiteral("%1 %2").arg(until).arg(readUpTo);
    const SyncState state(m_store.database());
    auto done = state.value(QString::fromLatin1(SyncState::kResentAfter));
    // (A value of "<until>" alone was written before the cursor was kept with it.)
    if (done.ok() && (done.value() == loss || done.value() == QString::number(until)))
        return;
    auto queued = m_journal.resendLost(until, !m_settings.minimiseSeekers);
    if (!queued.ok()) {
        qCWarning(lcSync) << "queueing again what the platform lost:" << queued.error().message;
        return;
    }
    setValue(SyncState::kResentAfter, loss);
    if (queued.value() > 0) {
        qCInfo(lcSync) << "queued" << queued.value()
                       << "record(s) again that the platform took and has lost since";
        m_again = true;
    }
}

void SyncEngine::pushNext()
{
    auto batch = m_journal.nextPushBatch(std::clamp(m_settings.batchSize, 1, 500));
    if (!batch.ok())
        return fail(batch.error().message, true, false);
    if (batch.value().empty())
        return pullNext();
    m_inFlight = std::move(batch.value());
    QJsonArray changes;
    for (const OutboxChange& c : m_inFlight)
        changes.append(envelope(c));
    const QJsonObject body{{QStringLiteral("device_id"), m_store.deviceId()},
                           {QStringLiteral("changes"), changes}};
    QNetworkReply* reply = send(QStringLiteral("POST"), QStringLiteral("changes"),
                                QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const Answer a = readAnswer(reply);
        if (!a.ok) {
            (void)m_journal.notePushFailure(m_inFlight, a.error);
            return fail(a.error, a.retryable, a.answered);
        }
        std::vector<PushOutcome> outcomes;
        for (const QJsonValue& v : a.body.value(QLatin1String("results")).toArray()) {
            const QJsonObject o = v.toObject();
            const QJsonObject err = o.value(QLatin1String("error")).toObject();
            QString why = err.value(QLatin1String("message")).toString();
            if (why.isEmpty())
                why = err.value(QLatin1String("code")).toString();
            outcomes.push_back({o.value(QLatin1String("change_id")).toString(),
                                o.value(QLatin1String("status")).toString(),
                                o.value(QLatin1String("seq")).toInteger(), why});
        }
        // An answer that settles none of the changes sent would make the next batch the same
        // one again at once: treat it as broken and back off.
        const bool settlesAny =
            std::any_of(m_inFlight.begin(), m_inFlight.end(), [&](const OutboxChange& c) {
                return std::any_of(outcomes.begin(), outcomes.end(),
                                   [&](const PushOutcome& o) { return o.changeId == c.changeId; });
            });
        if (!settlesAny)
            return fail(tr("The platform's answer was cut off or unreadable."), true, true);
        if (Status st = m_journal.recordPush(m_inFlight, outcomes, m_settings.minimiseSeekers);
            !st.ok())
            return fail(st.error().message, true, true);
        qCDebug(lcSync) << "pushed" << m_inFlight.size() << "changes";
        m_inFlight.clear();
        emit statusChanged();
        pushNext();
    });
}

void SyncEngine::pullNext()
{
    qint64 after = 0;
    if (m_pulledNext) {
        after = *m_pulledNext;
    } else {
        auto cursor = m_journal.cursor();
        if (!cursor.ok())
            return fail(cursor.error().message, true, false);
        after = cursor.value();
    }
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("after"), QString::number(after));
    query.addQueryItem(QStringLiteral("limit"),
                       QString::number(std::clamp(m_settings.pullLimit, 1, 1000)));
    QNetworkReply* reply = send(QStringLiteral("GET"), QStringLiteral("changes"), {}, query);
    connect(reply, &QNetworkReply::finished, this, [this, reply, after, round = m_round] {
        reply->deleteLater();
        if (!m_running || round != m_round)
            return; // asked for ahead by a round that has failed since
        const Answer a = readAnswer(reply);
        if (!a.ok) {
            // Pages that did arrive are kept: on a flaky line every good page is progress.
            if (m_pulledNext && !applyPulled())
                return;
            return fail(a.error, a.retryable, a.answered);
        }
        const QJsonArray changes = a.body.value(QLatin1String("changes")).toArray();
        const qint64 next = a.body.value(QLatin1String("next")).toInteger(after);
        const bool more = a.body.value(QLatin1String("more")).toBool();
        if (next < after) {
            if (m_pulledNext && !applyPulled())
                return;
            return fail(tr("The platform's answer was cut off or unreadable."), true, true);
        }
        if (!m_pulledNext) {
            m_pullFlush.start(m_settings.pullBatchMs);
            noteToken(a.body);
            // The platform's log no longer holds what this terminal read up to (additive
            // after_known): restored from an older copy or replaced, even when it has grown
            // past the cursor since. Told like a log that ends before the cursor.
            const QJsonValue known = a.body.value(QLatin1String("after_known"));
            if (known.isBool() && !known.toBool()) {
                const qint64 until = a.body.value(QLatin1String("known_until")).toInteger(0);
                setValue(SyncState::kPlatformBehind, QStringLiteral("%1 %2").arg(until).arg(after));
                qCWarning(lcSync) << "the platform's log no longer holds no." << after
                                  << "that this terminal has read up to; it ends before it at"
                                  << until;
                platformLost(until, after);
            }
        }
        for (const QJsonValue& v : changes) {
            const QJsonObject o = v.toObject();
            const QString entity = o.value(QLatin1String("entity")).toString();
            // A kiosk or wall screen given a staff token is sent everyone's seekers,
            // applications, requests and ledger, and employers' contacts; it keeps only what a
            // public token is sent (S5).
            if (!m_settings.staffTerminal && !publicview::pullEntities().contains(entity))
                continue;
            QJsonObject data = o.value(QLatin1String("data")).toObject();
            if (!m_settings.staffTerminal && entity == QLatin1String("employer"))
                data = publicview::employer(data);
            else if (!m_settings.staffTerminal && entity == QLatin1String("job"))
                data = publicview::job(data);
            m_pulled.push_back({o.value(QLatin1String("seq")).toInteger(),
                                o.value(QLatin1String("change_id")).toString(),
                                o.value(QLatin1String("entity")).toString(),
                                o.value(QLatin1String("id")).toString(),
                                o.value(QLatin1String("op")).toString(),
                                o.value(QLatin1String("modified_at")).toString(),
                                o.value(QLatin1String("origin")).toString(), data});
        }
        m_pulledNext = next;
        qCDebug(lcSync) << "pulled" << changes.size() << "changes, cursor" << next;
        const bool last = !more || next == after;
        // The next page is asked for before this batch is applied: the platform prepares it
        // while this terminal writes.
        if (!last)
            pullNext();
        if (last || qsizetype(m_pulled.size()) >= m_settings.pullBatch) {
            if (!applyPulled())
                return;
        }
        if (last)
            succeed();
    });
}

bool SyncEngine::applyPulled()
{
    m_pullFlush.stop();
    std::vector<PulledChange> changes;
    changes.swap(m_pulled);
    const qint64 next = *m_pulledNext;
    m_pulledNext.reset();
    auto applied = m_journal.applyPullPage(changes, next, m_settings.minimiseSeekers);
    if (!applied.ok()) {
        fail(applied.error().message, true, true);
        return false;
    }
    qCDebug(lcSync) << "applied" << changes.size() << "changes, cursor" << next;
    return true;
}

void SyncEngine::succeed()
{
    m_failures = 0;
    m_running = false;
    if (m_settings.minimiseSeekers) {
        auto cleared = m_journal.minimiseClosedApplications(m_store.clock().today());
        if (!cleared.ok())
            qCWarning(lcSync) << "clearing applicants' mobiles:" << cleared.error().message;
        else if (cleared.value() > 0)
            qCInfo(lcSync) << "cleared the mobile of" << cleared.value() << "closed application(s)";
    }
    if (m_settings.followMergedSeekers) {
        auto moved = m_journal.followMergedSeekers();
        if (!moved.ok()) {
            qCWarning(lcSync) << "following merged seekers:" << moved.error().message;
        } else if (moved.value() > 0) {
            qCInfo(lcSync) << "moved what refers to" << moved.value()
                           << "merged-away seeker(s) to the records kept";
            // The moves are changes to send.
            m_again = true;
        }
    }
    {
        auto again = m_journal.forgetPhonesAgain();
        if (!again.ok()) {
            qCWarning(lcSync) << "taking mobiles out again:" << again.error().message;
        } else if (again.value() > 0) {
            qCInfo(lcSync) << "took a deleted person's mobile out again of" << again.value()
                           << "record(s) changed elsewhere";
            m_again = true;
        }
    }
    {
        auto forgotten = m_journal.forgetDeletedSeekers();
        if (!forgotten.ok())
            qCWarning(lcSync) << "dropping what was held about deleted seekers:"
                              << forgotten.error().message;
        else if (forgotten.value() > 0)
            qCInfo(lcSync) << "dropped the sync conflicts and refusals held about"
                           << forgotten.value() << "seeker(s) deleted elsewhere";
    }
    if (m_readAgainFromStart) {
        m_readAgainFromStart = false;
        setValue(SyncJournal::kCursorKey, QStringLiteral("0"));
        setValue(SyncState::kTokenScope, QString());
        qCInfo(lcSync) << "the token now suits this terminal: reading the platform's log again";
        m_again = true;
    }
    // Whatever stopped the automatic rounds (a token, an address) has been put right.
    if (m_waitingForStaff) {
        m_waitingForStaff = false;
        setValue(SyncState::kWaitingForStaff, QStringLiteral("0"));
    }
    setValue(SyncState::kLastSuccess, Clock::toWire(m_store.clock().now()));
    setValue(SyncState::kLastError, QString());
    setValue(SyncState::kOnline, QStringLiteral("1"));
    qCInfo(lcSync) << "round done";
    emit statusChanged();
    emit roundFinished(true);
    if (m_again)
        startRound();
}

void SyncEngine::fail(const QString& message, bool retryable, bool answered)
{
    m_running = false;
    m_inFlight.clear();
    // Pages not applied yet are pulled again from the stored cursor; one asked for ahead is
    // dropped.
    m_pulled.clear();
    m_pulledNext.reset();
    m_pullFlush.stop();
    if (m_reply)
        m_reply->abort();
    setValue(SyncState::kLastError, message);
    setValue(SyncState::kOnline, answered ? QStringLiteral("1") : QStringLiteral("0"));
    qCWarning(lcSync) << "round failed:" << message;
    if (retryable) {
        ++m_failures;
        m_retryScheduled = true;
        m_retry.start(retryDelayMs(m_failures, QRandomGenerator::global()->generateDouble()));
    } else {
        m_waitingForStaff = true;
        setValue(SyncState::kWaitingForStaff, QStringLiteral("1"));
        m_retry.start(m_settings.stoppedRetryMs);
    }
    m_again = false;
    emit statusChanged();
    emit roundFinished(false);
}

} // namespace lingong
