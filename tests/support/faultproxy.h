#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QRandomGenerator>
#include <QTcpServer>

#include <array>
#include <deque>

class QTcpSocket;

namespace lingong::test {

// A test-only HTTP/1.1 proxy on 127.0.0.1 between sync clients and a hub, that breaks requests
// on purpose (architecture.md rule 7: fault injection for the network).
//
// Each client request (Content-Length bodies; chunked bodies are not supported) is read whole,
// then one Fault is chosen: the next entry of the scripted plan if any, else, with the probability
// given to setRandom(), a failing kind drawn by the seeded generator, else Pass. Every answer the
// proxy gives carries `Connection: close` and the client connection is closed after it, and every
// forwarded request goes over its own upstream connection: one request per connection both ways,
// so keep-alive on either side never confuses the bookkeeping.
//
// Thread-safety: lives on one thread's event loop, like the sockets it owns.
class FaultProxy final : public QObject
{
    Q_OBJECT
public:
    enum class Fault
    {
        Pass,          // forward, answer with the hub's answer
        DropRequest,   // close the client connection before forwarding (the hub never sees it)
        DropAnswer,    // forward, let the hub commit, close instead of answering
        Delay,         // forward, hold the hub's answer for delayMs(), then deliver it
        Answer500,     // answer 500 `internal` without forwarding
        Answer503,     // answer 503 `unavailable` without forwarding
        TruncateAnswer // forward, deliver the head and half the body, then close
    };
    static constexpr int kFaultKinds = 7;
    static const char* faultName(Fault f);

    FaultProxy(QHostAddress upstreamHost, quint16 upstreamPort, QObject* parent = nullptr);
    ~FaultProxy() override;

    // Binds 127.0.0.1 on a free port; returns it (0 on failure).
    quint16 listen();
    quint16 port() const { return m_server.serverPort(); }

    // With probability `failureRate`, a request gets one of the failing kinds (every kind but
    // Pass and Delay, plus Delay itself), drawn uniformly by a generator seeded with `seed`.
    void setRandom(quint32 seed, double failureRate);
    // These faults go first, one per request, in order.
    void setPlan(std::deque<Fault> plan) { m_plan = std::move(plan); }
    // Every answer that passes is held this long (0: none); also the hold of Delay.
    void setAnswerDelayMs(int ms) { m_answerDelayMs = ms; }
    void setDelayMs(int ms) { m_delayMs = ms; }

    int count(Fault f) const { return m_counts[size_t(f)]; }
    // Requests that got a failing fault (everything but Pass and Delay).
    int failures() const;
    int requests() const { return m_requests; }
    // Requests the hub answered in full through this proxy (so it handled, and for a push
    // committed, them), by method ("GET", "POST"), whatever the client then got.
    int hubAnswers(const QByteArray& method) const { return m_hubAnswers.value(method); }
    // Answers delivered whole to clients (the hub's or the proxy's own), by method.
    int delivered(const QByteArray& method) const { return m_delivered.value(method); }

signals:
    void hubAnswered(const QByteArray& method, const QByteArray& target, int status);
    void answerDelivered(const QByteArray& method, const QByteArray& target, int status);

private:
    struct Request
    {
        QByteArray method;
        QByteArray target;
        QByteArray bytes; // the whole request as it goes upstream
    };
    void onClient(QTcpSocket* client);
    Fault choose();
    void handle(QTcpSocket* client, const Request& request);
    void forward(QTcpSocket* client, const Request& request, Fault fault);
    void deliver(QTcpSocket* client, const Request& request, const QByteArray& answer, Fault fault);
    void answerItself(QTcpSocket* client, const Request& request, int status,
                      const QByteArray& code);

    QTcpServer m_server;
    QHostAddress m_upstreamHost;
    quint16 m_upstreamPort;
    QRandomGenerator m_random;
    double m_failureRate = 0;
    std::deque<Fault> m_plan;
    int m_delayMs = 200;
    int m_answerDelayMs = 0;
    std::array<int, kFaultKinds> m_counts{};
    int m_requests = 0;
    QHash<QByteArray, int> m_hubAnswers;
    QHash<QByteArray, int> m_delivered;
};

} // namespace lingong::test
