#include "hubserver.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonObject>

namespace lingong {

HubServer::HubServer(Database& db, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_server(std::make_unique<QHttpServer>())
{
    setupRoutes();
}

HubServer::~HubServer() = default;

void HubServer::setupRoutes()
{
    m_server->route(QStringLiteral("/api/v1/health"), QHttpServerRequest::Method::Get, [this] {
        return QHttpServerResponse(
            QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                        {QStringLiteral("seq"), 0},
                        {QStringLiteral("time"), Clock::toWire(m_clock.now())}});
    });
}

Result<quint16> HubServer::listen(const QHostAddress& address, quint16 port)
{
    const quint16 bound = m_server->listen(address, port);
    if (bound == 0)
        return makeError(
            QStringLiteral("unavailable"),
            QCoreApplication::translate("lingong::HubServer", "Cannot listen on %1:%2.")
                .arg(address.toString())
                .arg(port));
    return bound;
}

} // namespace lingong
