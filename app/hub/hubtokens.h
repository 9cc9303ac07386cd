#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace lingong {

// One bearer token the hub accepts.
struct HubToken
{
    enum class Scope
    {
        Public, // kiosk, display: no personal data in pulls; pushes limited (see HubServer)
        Staff   // service window: everything
    };
    QString token;
    Scope scope = Scope::Public;
    QString deviceId;
};

// The hub's token file (sync-protocol.md, Authentication): one `token scope device_id` per line,
// separated by spaces or tabs, scope `public` or `staff`. Blank lines and lines starting with `#`
// are ignored. A bad line or a token given twice refuses the whole file with a translated
// message naming the line (code "invalid").
class HubTokens final
{
    Q_DECLARE_TR_FUNCTIONS(lingong::HubTokens)
public:
    static Result<HubTokens> parse(const QString& text);
    static Result<HubTokens> load(const QString& path);

    // nullptr when the token is not known. Comparison takes the same time for any token of the
    // same length, so response times do not leak how much of a guess was right.
    const HubToken* find(const QString& token) const;
    int size() const { return int(m_tokens.size()); }
    bool isEmpty() const { return m_tokens.empty(); }

private:
    std::vector<HubToken> m_tokens;
};

} // namespace lingong
