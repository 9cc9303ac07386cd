#include "contentservice.h"

#include <algorithm>

#include <QDate>
#include <QDateTime>

namespace lingong {

namespace {
const QString kEntity = QStringLiteral("content");
} // namespace

ContentService::ContentService(EntityStore& store, const AuditLog& audit)
    : m_store(store)
    , m_audit(audit)
    , m_repo(store)
{}

QStringList ContentService::kinds()
{
    return {QStringLiteral("policy"),   QStringLiteral("training"), QStringLiteral("institution"),
            QStringLiteral("business"), QStringLiteral("notice"),   QStringLiteral("urgent"),
            QStringLiteral("rights"),   QStringLiteral("market")};
}

QStringList ContentService::marketNatures()
{
    return {QStringLiteral("公共"), QStringLiteral("经营性"), QStringLiteral("自发形成")};
}

QString ContentService::marketNatureLabel(const QString& stored)
{
    static const char* const shown[] = {QT_TR_NOOP("Public"), QT_TR_NOOP("Commercial"),
                                        QT_TR_NOOP("Self-organised")};
    const qsizetype i = marketNatures().indexOf(stored);
    return i < 0 ? stored : tr(shown[i]);
}

ContentForm ContentService::fromData(const QJsonObject& d)
{
    ContentForm f;
    f.kind = d.value(QLatin1String("kind")).toString();
    f.title = d.value(QLatin1String("title")).toString();
    f.body = d.value(QLatin1String("body")).toString();
    f.extra = d.value(QLatin1String("extra")).toObject();
    f.validFrom = d.value(QLatin1String("valid_from")).toString();
    f.validUntil = d.value(QLatin1String("valid_until")).toString();
    f.sortOrder = d.value(QLatin1String("sort_order")).toInt();
    return f;
}

QString ContentService::extraText(const QJsonObject& extra, const char* key)
{
    const QJsonValue v = extra.value(QLatin1String(key));
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isArray() || v.isObject())
        return QString();
    return v.toVariant().toString();
}

QString ContentService::marketDetail(const QJsonObject& extra, const char* key,
                                     const QString& setting)
{
    const QString v = extraText(extra, key).trimmed();
    return v.isEmpty() ? setting : v;
}

QString ContentService::boundText(const QString& stored)
{
    if (stored.size() <= 10)
        return stored;
    QString iso = stored;
    iso.replace(QLatin1Char(' '), QLatin1Char('T'));
    QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    if (!t.isValid())
        return stored;
    // A bound with a zone (from the platform: RFC 3339) in the hall's time; one without is the
    // hall's time already (what check() stores).
    if (t.timeSpec() != Qt::LocalTime)
        t = t.toOffsetFromUtc(8 * 3600);
    return t.toString(t.time().second() != 0 ? QStringLiteral("yyyy-MM-dd HH:mm:ss")
                                             : QStringLiteral("yyyy-MM-dd HH:mm"));
}

Result<ContentForm> ContentService::check(const ContentForm& form) const
{
    ContentForm f = form;
    f.title = form.title.trimmed();
    f.body = form.body.trimmed();
    if (!kinds().contains(f.kind))
        return makeError(QStringLiteral("invalid"), tr("Kind of content is not a known choice."),
                         QStringLiteral("kind"));
    if (f.title.isEmpty())
        return makeError(QStringLiteral("invalid"), tr("Title is required."),
                         QStringLiteral("title"));
    if (f.title.size() > 60)
        return makeError(QStringLiteral("invalid"),
                         tr("Title is too long (60 characters at most)."), QStringLiteral("title"));
    if (f.body.size() > 4000)
        return makeError(QStringLiteral("invalid"),
                         tr("Text is too long (4000 characters at most)."), QStringLiteral("body"));
    // A bound is a hall-local date ("2026-11-30") or date and time ("2026-11-30 08:30"), kept
    // as ISO text without an offset, which readers take as hall time.
    auto bound = [](QString& text) {
        text = text.trimmed();
        if (text.isEmpty())
            return true;
        if (text.size() == 10)
            return QDate::fromString(text, Qt::ISODate).isValid();
        QString iso = text;
        iso.replace(QLatin1Char(' '), QLatin1Char('T'));
        const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
        if (!t.isValid())
            return false;
        text = t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
        return true;
    };
    if (!bound(f.validFrom))
        return makeError(QStringLiteral("invalid"),
                         tr("Shown from must be a real date (YYYY-MM-DD), optionally with a "
                            "time (HH:MM)."),
                         QStringLiteral("valid_from"));
    if (!bound(f.validUntil))
        return makeError(QStringLiteral("invalid"),
                         tr("Shown until must be a real date (YYYY-MM-DD), optionally with a "
                            "time (HH:MM)."),
                         QStringLiteral("valid_until"));
    if (f.kind == QLatin1String("urgent") && f.validUntil.isEmpty())
        return makeError(QStringLiteral("invalid"),
                         tr("An urgent notice takes over the wall screen: say until when "
                            "(Shown until)."),
                         QStringLiteral("valid_until"));
    // The bounds as moments: a day starts at its midnight and, as an end, runs through it.
    const auto moment = [](const QString& text, bool end) {
        if (text.size() == 10) {
            const QDate d = QDate::fromString(text, Qt::ISODate);
            return QDateTime(end ? d.addDays(1) : d, QTime(0, 0));
        }
        return QDateTime::fromString(text, QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    };
    const QDateTime from = moment(f.validFrom, false);
    const QDateTime until = moment(f.validUntil, true);
    if (from.isValid() && until.isValid() && until <= from)
        return makeError(QStringLiteral("invalid"),
                         tr("Shown until must be later than shown from."),
                         QStringLiteral("valid_until"));
    if (f.sortOrder < 0 || f.sortOrder > 9999)
        return makeError(QStringLiteral("invalid"), tr("Order must be between 0 and 9999."),
                         QStringLiteral("sort_order"));
    return f;
}

std::vector<Error> ContentService::checkAll(const ContentForm& form) const
{
    // check() stops at the first problem: each found is put right in a copy, and the rest of the
    // form checked again.
    std::vector<Error> found;
    ContentForm f = form;
    for (int round = 0; round < 8; ++round) {
        auto checked = check(f);
        if (checked.ok())
            break;
        const Error e = checked.error();
        if (std::any_of(found.begin(), found.end(),
                        [&e](const Error& x) { return x.field == e.field; }))
            break;
        found.push_back(e);
        if (e.field == QLatin1String("kind"))
            f.kind = QStringLiteral("notice");
        else if (e.field == QLatin1String("title"))
            f.title = QStringLiteral("-");
        else if (e.field == QLatin1String("body"))
            f.body.clear();
        else if (e.field == QLatin1String("valid_from"))
            f.validFrom.clear();
        else if (e.field == QLatin1String("valid_until"))
            f.validUntil =
                f.kind == QLatin1String("urgent") ? QStringLiteral("9999-12-31") : QString();
        else if (e.field == QLatin1String("sort_order"))
            f.sortOrder = 0;
        else
            break;
    }
    return found;
}

Result<QString> ContentService::save(const QString& id, const ContentForm& form,
                                     const StaffAccount& actor)
{
    auto checked = check(form);
    if (!checked.ok())
        return checked.error();
    const ContentForm& f = checked.value();
    Transaction tx(m_store.database());
    if (!tx.ok())
        return tx.error();
    QJsonObject d;
    if (!id.isEmpty()) {
        auto current = m_store.get(entities::content(), id);
        if (!current.ok())
            return current.error();
        if (!current.value())
            return makeError(QStringLiteral("not_found"), tr("This item no longer exists."));
        d = current.value()->data;
    }
    // The market has one entry of its own (L4): kiosks and the wall show one, and a second would
    // hide the first. An entry already there is edited whatever else there is (two made at two
    // windows before they synced: one of them is for removing).
    const bool becomesMarket =
        f.kind == QLatin1String("market") && d.value(QLatin1String("kind")).toString() != f.kind;
    if (becomesMarket) {
        auto markets = m_repo.list(f.kind);
        if (!markets.ok())
            return markets.error();
        if (!markets.value().empty())
            return makeError(
                QStringLiteral("duplicate"),
                tr("The market has its entry already (%1): change that one.")
                    .arg(markets.value().front().data.value(QLatin1String("title")).toString()),
                QStringLiteral("kind"));
    }
    const QString target = id.isEmpty() ? EntityStore::newId() : id;
    d.insert(QStringLiteral("kind"), f.kind);
    d.insert(QStringLiteral("title"), f.title);
    d.insert(QStringLiteral("body"), f.body);
    d.insert(QStringLiteral("extra"), f.extra);
    d.insert(QStringLiteral("valid_from"), f.validFrom);
    d.insert(QStringLiteral("valid_until"), f.validUntil);
    d.insert(QStringLiteral("sort_order"), f.sortOrder);
    if (auto saved = m_store.save(entities::content(), target, d); !saved.ok())
        return saved.error();
    if (Status st = m_audit.append(actor.actor(),
                                   id.isEmpty() ? QStringLiteral("content_create")
                                                : QStringLiteral("content_edit"),
                                   kEntity, target, f.kind);
        !st.ok())
        return st.error();
    if (Status st = tx.commit(); !st.ok())
        return st.error();
    return target;
}

Status ContentService::remove(const QString& id, const StaffAccount& actor)
{
    Transaction tx(m_store.database());
    if (!tx.ok())
        return tx.error();
    if (Status st = m_store.remove(entities::content(), id); !st.ok())
        return st;
    if (Status st = m_audit.append(actor.actor(), QStringLiteral("content_remove"), kEntity, id);
        !st.ok())
        return st;
    return tx.commit();
}

Result<std::vector<StoredEntity>> ContentService::list(const QString& kind) const
{
    return m_repo.list(kind);
}

} // namespace lingong
