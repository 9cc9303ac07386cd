#include "hubtokens.h"

#include <QFile>
#include <QRegularExpression>

namespace lingong {

Result<HubTokens> HubTokens::parse(const QString& text)
{
    HubTokens out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    static const QRegularExpression space(QStringLiteral("[ \\t]+"));
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNo = i + 1;
        // A comment runs from a # at the start of the line or of a word to the line's end.
        static const QRegularExpression comment(QStringLiteral("(^|[ \\t])#.*$"));
        const QString line = QString(lines.at(i)).remove(comment).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList parts = line.split(space, Qt::SkipEmptyParts);
        if (parts.size() != 3)
            return makeError(
                QStringLiteral("invalid"),
                tr("Token file line %1: expected 'token scope device_id'.").arg(lineNo));
        HubToken t;
        t.token = parts.at(0);
        t.deviceId = parts.at(2);
        if (parts.at(1) == QLatin1String("public"))
            t.scope = HubToken::Scope::Public;
        else if (parts.at(1) == QLatin1String("staff"))
            t.scope = HubToken::Scope::Staff;
        else
            return makeError(QStringLiteral("invalid"),
                             tr("Token file line %1: unknown scope '%2' (use public or staff).")
                                 .arg(lineNo)
                                 .arg(parts.at(1)));
        if (out.find(t.token))
            return makeError(QStringLiteral("invalid"),
                             tr("Token file line %1: this token is already given on an earlier "
                                "line; every device needs its own token.")
                                 .arg(lineNo));
        out.m_tokens.push_back(std::move(t));
    }
    return out;
}

Result<HubTokens> HubTokens::load(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("invalid"),
                         tr("Cannot read the token file %1: %2").arg(path, f.errorString()));
    auto parsed = parse(QString::fromUtf8(f.readAll()));
    if (!parsed.ok()) {
        Error e = parsed.error();
        e.message = tr("%1: %2").arg(path, e.message);
        return e;
    }
    return parsed;
}

const HubToken* HubTokens::find(const QString& token) const
{
    const QByteArray wanted = token.toUtf8();
    const HubToken* found = nullptr;
    for (const HubToken& t : m_tokens) {
        const QByteArray have = t.token.toUtf8();
        if (have.size() != wanted.size())
            continue;
        unsigned char diff = 0;
        for (qsizetype i = 0; i < have.size(); ++i)
            diff |= static_cast<unsigned char>(have[i] ^ wanted[i]);
        if (diff == 0)
            found = &t;
    }
    return found;
}

} // namespace lingong
