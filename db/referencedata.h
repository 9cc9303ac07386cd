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

// The occupation and industry lists (J5). They are data: the shipped list
// (:/data/occupations.json) is loaded into an empty store; a hall that keeps a list of its own
// in a file (configuration "lists.occupations", checked by app/referencelists.h) has the store
// follow that file on every start, and the shipped list again once the configuration names none.
class ReferenceData final
{
public:
    explicit ReferenceData(const Database& db)
        : m_db(db)
    {}

    // Loads the list in use when the store has none. With a hall's list, brings the store in
    // line with it: trades and industries added or changed, trades left out no longer offered
    // (kept for the records that name them). Writes only when something differs. Idempotent.
    Status ensureLoaded() const;

    // Puts a hall's list (already checked; the shape of occupations.json) in place of the
    // shipped one for this process. Called once at start, before any store is opened.
    static void useHallList(const QJsonObject& list);
    // Back to the shipped list (for tests).
    static void useShippedList();
    // A hall's list is named but cannot be used (missing, or with mistakes): a store that has
    // lists keeps them as they are; an empty one gets the shipped list.
    static void keepStoreList();
    Result<std::vector<Occupation>> occupations() const;
    Result<std::vector<Industry>> industries() const;
    // Every trade in the store, offered or no longer, with its industry: for the records that
    // name a trade a hall's list has left out.
    Result<std::map<QString, QString>> industryOfEveryTrade() const;

    // The name a person reads for a trade or an industry: its English name when the interface
    // is in English (QLocale's default language is not Chinese) and the list has one; the stored
    // Chinese name otherwise, and for a name the list does not know (one synced from the
    // platform). The stored value stays the Chinese name everywhere.
    QString displayName(const QString& name) const;

    // The trade names of the list in use (the sync protocol's "occupation list").
    static const QStringList& occupationNames();
    // An industry's name in full as the national classification (GB/T 4754) gives it, for the
    // returns sent to the region ("居民服务" is "居民服务、修理和其他服务业"); a name the list in
    // use does not know is given back as it is.
    static QString officialIndustryName(const QString& name);

private:
    Status refreshEnglishNames(const QJsonObject& shipped) const;
    // Brings the store in line with `list`; `hall`: a hall's list (else the shipped one, which a
    // store that followed a hall's goes back to).
    Status followList(const QJsonObject& list, bool hall) const;

    const Database& m_db;
    mutable std::optional<std::map<QString, QString>> m_english;
};

} // namespace lingong
