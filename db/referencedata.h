#pragma once

#include "database.h"

#include <QJsonObject>

#include <map>
#include <optional>
#include <vector>

namespace lingong {

struct Occupation
{
    QString name; // Chinese name, the value jobs and seekers store
    QString nameEn;
    QString industry;
    QString icon;    // the trade's picture: an emoji (Noto Color Emoji); empty when it has none
    QString payUnit; // the usual pay unit for this trade
    QString kind;    // traditional | new
};

struct Industry
{
    QString name;
    QString nameEn;
};

// The occupation and industry lists (J5). They are data: loaded from
// :/data/occupations.json into an empty store, then edited in the store.
class ReferenceData final
{
public:
    explicit ReferenceData(const Database& db)
        : m_db(db)
    {}

    // Loads the shipped lists when the store has none. Idempotent.
    Status ensureLoaded() const;
    Result<std::vector<Occupation>> occupations() const;
    Result<std::vector<Industry>> industries() const;

    // The name a person reads for a trade or an industry: its English name when the interface
    // is in English (QLocale's default language is not Chinese) and the list has one; the stored
    // Chinese name otherwise, and for a name the list does not know (one synced from the
    // platform). The stored value stays the Chinese name everywhere.
    QString displayName(const QString& name) const;

    // The trade names of the shipped list (the sync protocol's "occupation list").
    static const QStringList& shippedOccupationNames();
    // An industry's name in full as the national classification (GB/T 4754) gives it, for the
    // returns sent to the region ("居民服务" is "居民服务、修理和其他服务业"); a name the shipped
    // list does not know is given back as it is.
    static QString officialIndustryName(const QString& name);

private:
    Status refreshEnglishNames(const QJsonObject& shipped) const;

    const Database& m_db;
    mutable std::optional<std::map<QString, QString>> m_english;
};

} // namespace lingong
