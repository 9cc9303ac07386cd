#include "faultproxy.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>
#include <optional>

namespace lingong::test {

namespace {

// One HTTP/1.1 message head split off `buffer`: the start line, the header lines and, once
// the whole body is there, the body. nullopt while the head or body is still incomplete.
struct Message
{
    QByteArray startLine;
    QList<QByteArray> headers; // "Name: value", without the Connection header
    QByteArray body;
    qsizetype contentLength = -1; // -1: no Content-Length header
};

std::optional<Message> parseHead(const QByteArray& buffer, qsizetype* headEnd)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return std::nullopt;
    Message m;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    m.startLine = lines.value(0).trimmed();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        if (name == "connection" || name == "keep-alive")
            continue;
        if (name == "content-length")
            m.contentLength = line.mid(colon + 1).trimmed().toLongLong();
        m.headers << line;
    }
    *headEnd = end + 4;
    return m;
}

QByteArray assemble(const Message& m, const QByteArray& body)
{
    QByteArray out = m.startLine + "\r\n";
    for (const QByteArray& h : m.headers)
        out += h + "\r\n";
    out += "Connection: close\r\n\r\n";
    out += body;
    return out;
}

int statusOf(const QByteArray& startLine)
{
    return startLine.split(' ').value(1).toInt();
}

} // namespace

const char* FaultProxy::faultName(Fault f)
{
    switch (f) {
    case Fault::Pass:
        return "pass";
    case Fault::DropRequest:
        return "drop_request";
    case Fault::DropAnswer:
        return "drop_answer";
    case Fault::Delay:
        return "delay";
    case Fault::Answer500:
        return "answer_500";
    case Fault::Answer503:
        return "answer_503";
    case Fault::TruncateAnswer:
        return "truncate_answer";
    }
    return "?";
}

FaultProxy::FaultProxy(QHostAddress upstreamHost, quint16 upstreamPort, QObject* parent)
    : QObject(parent)
    , m_upstreamHost(std::move(upstreamHost))
    , m_upstreamPort(upstreamPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* client = m_server.nextPendingConnection())
            onClient(client);
    });
}

FaultProxy::~FaultProxy() = default;

quint16 FaultProxy::listen()
{
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return m_server.serverPort();
}

void FaultProxy::setRandom(quint32 seed, double failureRate)
{
    m_random.seed(seed);
    m_failureRate = failureRate;
}

int FaultProxy::failures() const
{
    int n = 0;
    for (int k = 0; k < kFaultKinds; ++k) {
        if (Fault(k) != Fault::Pass && Fault(k) != Fault::Delay)
            n += m_counts[size_t(k)];
    }
    return n;
}

FaultProxy::Fault FaultProxy::choose()
{
    if (!m_plan.empty()) {
        const Fault f = m_plan.front();
        m_plan.pop_front();
        return f;
    }
    if (m_failureRate > 0 && m_random.generateDouble() < m_failureRate) {
        static constexpr Fault kinds[] = {Fault::DropRequest, Fault::DropAnswer,
                                          Fault::Delay,       Fault::Answer500,
                                          Fault::Answer503,   Fault::TruncateAnswer};
        return kinds[m_random.bounded(int(std::size(kinds)))];
    }
    return Fault::Pass;
}

void FaultProxy::onClient(QTcpSocket* client)
{
    connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    auto buffer = std::make_shared<QByteArray>();
    auto taken = std::make_shared<bool>(false);
    connect(client, &QTcpSocket::readyRead, this, [this, client, buffer, taken] {
        *buffer += client->readAll();
        if (*taken)
            return; // one request per connection: the answer closes it
        qsizetype headEnd = 0;
        auto head = parseHead(*buffer, &headEnd);
        if (!head)
            return;
        const qsizetype length = std::max<qsizetype>(0, head->contentLength);
        if (buffer->size() - headEnd < length)
            return;
        *taken = true;
        const QList<QByteArray> start = head->startLine.split(' ');
        Request request{start.value(0), start.value(1),
                        assemble(*head, buffer->mid(headEnd, length))};
        handle(client, request);
    });
}

void FaultProxy::handle(QTcpSocket* client, const Request& request)
{
    ++m_requests;
    const Fault fault = choose();
    ++m_counts[size_t(fault)];
    switch (fault) {
    case Fault::DropRequest:
        client->abort();
        return;
    case Fault::Answer500:
        return answerItself(client, request, 500, QByteArrayLiteral("internal"));
    case Fault::Answer503:
        return answerItself(client, request, 503, QByteArrayLiteral("unavailable"));
    case Fault::Pass:
    case Fault::DropAnswer:
    case Fault::Delay:
    case Fault::TruncateAnswer:
        return forward(client, request, fault);
    }
}

void FaultProxy::answerItself(QTcpSocket* client, const Request& request, int status,
                              const QByteArray& code)
{
    const QByteArray body =
        QJsonDocument(
            QJsonObject{{QStringLiteral("error"),
                         QJsonObject{{QStringLiteral("code"), QString::fromLatin1(code)},
                                     {QStringLiteral("message"),
                                      QStringLiteral("fault injected by the test proxy")}}}})
            .toJson(QJsonDocument::Compact);
    Message m;
    m.startLine = "HTTP/1.1 " + QByteArray::number(status) +
                  (status == 500 ? " Internal Server Error" : " Service Unavailable");
    m.headers << "Content-Type: application/json"
              << "Content-Length: " + QByteArray::number(body.size());
    client->write(assemble(m, body));
    client->disconnectFromHost();
    m_delivered[request.method] += 1;
    emit answerDelivered(request.method, request.target, status);
}

void FaultProxy::forward(QTcpSocket* client, const Request& request, Fault fault)
{
    // Owned by the proxy, not the client connection: a dropped client must not stop the hub's
    // side of the exchange.
    auto* upstream = new QTcpSocket(this);
    auto answer = std::make_shared<QByteArray>();
    auto finished = std::make_shared<bool>(false);
    QPointer<QTcpSocket> guardedClient(client);
    auto complete = [this, upstream, answer, finished, guardedClient, request, fault] {
        if (*finished)
            return;
        *finished = true;
        upstream->disconnect(this);
        upstream->deleteLater();
        qsizetype headEnd = 0;
        auto head = parseHead(*answer, &headEnd);
        if (head)
            m_hubAnswers[request.method] += 1;
        emit hubAnswered(request.method, request.target, head ? statusOf(head->startLine) : 0);
        if (!guardedClient)
            return;
        if (!head) {
            guardedClient->abort();
            return;
        }
        deliver(guardedClient, request, *answer, fault);
    };
    connect(upstream, &QTcpSocket::connected, this,
            [upstream, request] { upstream->write(request.bytes); });
    connect(upstream, &QTcpSocket::readyRead, this, [upstream, answer, complete] {
        *answer += upstream->readAll();
        qsizetype headEnd = 0;
        auto head = parseHead(*answer, &headEnd);
        if (head && head->contentLength >= 0 && answer->size() - headEnd >= head->contentLength)
            complete();
    });
    connect(upstream, &QTcpSocket::disconnected, this, complete);
    connect(upstream, &QTcpSocket::errorOccurred, this,
            [complete](QAbstractSocket::SocketError) { complete(); });
    upstream->connectToHost(m_upstreamHost, m_upstreamPort);
}

void FaultProxy::deliver(QTcpSocket* client, const Request& request, const QByteArray& answer,
                         Fault fault)
{
    qsizetype headEnd = 0;
    const Message head = *parseHead(answer, &headEnd);
    const QByteArray body = answer.mid(headEnd);
    const int status = statusOf(head.startLine);
    QPointer<QTcpSocket> guarded(client);
    auto send = [this, guarded, head, body, status, request, fault] {
        if (!guarded)
            return;
        switch (fault) {
        case Fault::DropAnswer:
            guarded->abort();
            return;
        case Fault::TruncateAnswer:
            // The head promises the whole body; half of it comes, then the connection ends.
            guarded->write(assemble(head, body.left(body.size() / 2)));
            guarded->disconnectFromHost();
            return;
        default:
            guarded->write(assemble(head, body));
            guarded->disconnectFromHost();
            m_delivered[request.method] += 1;
            emit answerDelivered(request.method, request.target, status);
            return;
        }
    };
    const int hold = fault == Fault::Delay ? m_delayMs : m_answerDelayMs;
    if (hold > 0)
        QTimer::singleShot(hold, this, send);
    else
        send();
}

} // namespace lingong::test
