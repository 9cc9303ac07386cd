#include "loopbackhub.h"

#include "hub/hubtokens.h"

#include <QHostAddress>

namespace lingong::test {

LoopbackHub::LoopbackHub(const QString& tokenLines, const QString& tlsCertificate,
                         const QString& tlsKey)
{
    auto tokens = HubTokens::parse(tokenLines);
    REQUIRE(tokens.ok());
    m_hub = std::make_unique<HubServer>(m_terminal->database(), m_terminal.clock(), tokens.value());
    if (!tlsCertificate.isEmpty()) {
        REQUIRE(m_hub->useTls(tlsCertificate, tlsKey).ok());
        m_tls = true;
    }
    auto port = m_hub->listen(QHostAddress::LocalHost, 0);
    REQUIRE(port.ok());
    m_port = port.value();
}

QUrl LoopbackHub::url() const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2/")
                    .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(m_port));
}

} // namespace lingong::test
