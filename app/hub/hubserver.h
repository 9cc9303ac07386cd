#pragma once

#include "clock.h"
#include "database.h"
#include "result.h"

#include <QHostAddress>
#include <QObject>

#include <memory>

class QHttpServer;

namespace lingong {

// The server side of the sync protocol (sync-protocol.md), on Qt HttpServer, over its own store.
class HubServer final : public QObject
{
    Q_OBJECT
public:
    HubServer(Database& db, const Clock& clock, QObject* parent = nullptr);
    ~HubServer() override;

    // Binds; port 0 picks a free port. Returns the port actually bound.
    Result<quint16> listen(const QHostAddress& address, quint16 port);

private:
    void setupRoutes();

    Database& m_db;
    const Clock& m_clock;
    std::unique_ptr<QHttpServer> m_server;
};

} // namespace lingong
