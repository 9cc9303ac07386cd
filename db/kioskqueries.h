#pragma once

#include "entitystore.h"

#include <QDate>
#include <QStringList>

#include <vector>

namespace lingong {

// Read-only queries the self-service kiosk needs besides job search: published content of one
// kind (training, policy, rights, market, ...) and the districts that have open jobs.
//
// Thread-safety: as Database (each thread its own connection).
class KioskQueries final
{
public:
    explicit KioskQueries(const Database& db)
        : m_db(db)
    {}

    // Content items of `kind` valid on `today` (empty valid_from / valid_until mean "always"),
    // by sort order then title. Tombstones are left out.
    Result<std::vector<StoredEntity>> content(const QString& kind, const QDate& today) const;

    // Districts with at least one open job (published, not expired on `today`), optionally of
    // some occupations (empty: any) and/or only public-welfare jobs; sorted by name. Each place
    // once, by its name now (Places::canonical), also where records give an earlier one.
    Result<QStringList> openDistricts(const QDate& today, const QStringList& occupations = {},
                                      bool publicWelfareOnly = false) const;

private:
    const Database& m_db;
};

} // namespace lingong
