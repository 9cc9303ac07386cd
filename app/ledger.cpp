#include "ledger.h"

#include "ledgerrepository.h"

#include <QLocale>
#include <QTranslator>

namespace lingong {

QString Ledger::inChinese(const char* context, const char* source, int n)
{
    static const QTranslator* const chinese = [] {
        auto* t = new QTranslator;
        if (!t->load(QStringLiteral(":/i18n/lingong_zh_CN.qm")))
            qWarning("lingong: the Chinese translation is missing; the ledger is written as is");
        return t;
    }();
    QString text = chinese->translate(context, source, nullptr, n);
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0)
        text.replace(QLatin1String("%n"), QString::number(n));
    return text;
}

Result<QString> Ledger::record(const QString& kind, const QString& summary, const QString& staff,
                               const QString& refEntity, const QString& refId, const QDate& day)
{
    const QDateTime now = m_store.clock().now();
    const QString id = EntityStore::newId();
    QJsonObject o;
    o.insert(QStringLiteral("at"), Clock::toWire(now));
    o.insert(QStringLiteral("day"),
             (day.isValid() ? day : m_store.clock().today()).toString(Qt::ISODate));
    o.insert(QStringLiteral("kind"), kind);
    o.insert(QStringLiteral("summary"), summary);
    o.insert(QStringLiteral("staff"), staff);
    o.insert(QStringLiteral("ref_entity"), refEntity);
    o.insert(QStringLiteral("ref_id"), refId);
    auto saved = m_store.save(entities::worklog(), id, o);
    if (!saved.ok())
        return saved.error();
    return id;
}

Result<bool> Ledger::strikeLatest(const QString& refEntity, const QString& refId,
                                  const QStringList& kinds, const QString& since,
                                  const QString& reason, const QString& staff)
{
    auto latest = LedgerRepository(m_store).latestAbout(refEntity, refId, kinds, since);
    if (!latest.ok())
        return latest.error();
    if (!latest.value())
        return false;
    QJsonObject d = latest.value()->data;
    d.insert(QStringLiteral("struck_reason"), reason.left(100));
    d.insert(QStringLiteral("struck_by"), staff);
    d.insert(QStringLiteral("struck_at"), Clock::toWire(m_store.clock().now()));
    auto saved = m_store.save(entities::worklog(), latest.value()->id, d);
    if (!saved.ok())
        return saved.error();
    return true;
}

} // namespace lingong
