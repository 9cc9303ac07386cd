#pragma once

#include "hub/hubserver.h"
#include "tempterminal.h"

#include <QUrl>

#include <memory>

namespace lingong::test {

// A real hub on 127.0.0.1 (a free port) over a fresh store, for tests that talk to it over the
// network. `tokenLines` is the token file's text; with a certificate and key it serves https.
class LoopbackHub
{
public:
    explicit LoopbackHub(const QString& tokenLines, const QString& tlsCertificate = {},
                         const QString& tlsKey = {});

    HubServer& hub() { return *m_hub; }
    HubStore& store() { return m_hub->store(); }
    TempTerminal& terminal() { return m_terminal; }
    quint16 port() const { return m_port; }
    // "http://127.0.0.1:PORT/" ("https://…" when serving TLS).
    QUrl url() const;

private:
    TempTerminal m_terminal{Mode::Hub};
    std::unique_ptr<HubServer> m_hub;
    quint16 m_port = 0;
    bool m_tls = false;
};

} // namespace lingong::test
