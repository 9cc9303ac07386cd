#pragma once

#include "accounts.h"
#include "auditlog.h"
#include "contentrepository.h"
#include "entitystore.h"

#include <QCoreApplication>

namespace lingong {

// One piece of published content as a clerk edits it.
struct ContentForm
{
    QString kind; // policy | training | institution | business | notice | urgent | rights | market
    QString title;
    QString body;
    QJsonObject extra; // kind-specific fields (phone, address, institution, start, cost, ...)
    QString validFrom; // YYYY-MM-DD or empty
    QString validUntil;
    int sortOrder = 0;
};

// Editing of the content kiosks and the wall show (T1-T4, L4). Every write is audited.
class ContentService final
{
    Q_DECLARE_TR_FUNCTIONS(lingong::ContentService)

public:
    ContentService(EntityStore& store, const AuditLog& audit);

    static QStringList kinds();

    // The kinds of market the directory names (L4), as a market entry stores its "nature":
    // 公共 (public), 经营性 (commercial), 自发形成 (self-organised).
    static QStringList marketNatures();
    // One of them in the reader's language; any other text as it is.
    static QString marketNatureLabel(const QString& stored);

    Result<ContentForm> check(const ContentForm& form) const;
    // Every problem check() finds in the form, a field once, in the form's order (empty: none),
    // so that a refusal can name them all at once.
    std::vector<Error> checkAll(const ContentForm& form) const;
    // New item when `id` is empty. Returns the id. A new market entry, or an item made one, is
    // refused while the market has one.
    Result<QString> save(const QString& id, const ContentForm& form, const StaffAccount& actor);
    Status remove(const QString& id, const StaffAccount& actor);
    Result<std::vector<StoredEntity>> list(const QString& kind = {}) const;

    static ContentForm fromData(const QJsonObject& data);
    // A field of an item's `extra` as text: text as it is, a number (the platform may write one)
    // as its digits; a list or an object reads empty.
    static QString extraText(const QJsonObject& extra, const char* key);
    // What the market's entry says of `key` (address, hours, phone) or, where it says nothing,
    // the terminal's `setting`.
    static QString marketDetail(const QJsonObject& extra, const char* key, const QString& setting);
    // A stored shown-from/until bound as staff type it, in the hall's time: "2026-12-05" or
    // "2026-12-05 08:30" (a bound from the platform with a zone is converted).
    static QString boundText(const QString& stored);

private:
    EntityStore& m_store;
    const AuditLog& m_audit;
    ContentRepository m_repo;
};

} // namespace lingong
