#include "publicview.h"

namespace lingong::publicview {

const QStringList& pullEntities()
{
    static const QStringList e{QStringLiteral("job"), QStringLiteral("employer"),
                               QStringLiteral("content")};
    return e;
}

QJsonObject employer(const QJsonObject& data)
{
    static const QStringList kept{QStringLiteral("name"),         QStringLiteral("kind"),
                                  QStringLiteral("credit_code"),  QStringLiteral("district"),
                                  QStringLiteral("verification"), QStringLiteral("verified_at"),
                                  QStringLiteral("blacklisted")};
    QJsonObject out;
    for (const QString& key : kept) {
        if (data.contains(key))
            out.insert(key, data.value(key));
    }
    return out;
}

QJsonObject job(const QJsonObject& data)
{
    // Why review did not pass a posting is the staff's business.
    QJsonObject out = data;
    out.remove(QStringLiteral("review_note"));
    if (data.value(QLatin1String("status")).toString() != QLatin1String("published"))
        out.remove(QStringLiteral("contact"));
    return out;
}

} // namespace lingong::publicview
