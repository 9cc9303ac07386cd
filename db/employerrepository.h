#pragma once

#include "entitystore.h"

#include <vector>

namespace lingong {

// Queries over employers (用工主体). Writes go through EntityStore (entities::employer()).
class EmployerRepository final
{
public:
    enum class Filter
    {
        All,
        Unverified,
        Blacklisted
    };

    explicit EmployerRepository(const EntityStore& store)
        : m_store(store)
    {}

    // Live employers whose name, credit code or contact phone contains `text` (empty: any), by
    // name; at most `limit`.
    Result<std::vector<StoredEntity>> search(const QString& text, Filter filter = Filter::All,
                                             int limit = 500) const;
    // The live employer with this (normalised) credit code, if any.
    Result<std::optional<StoredEntity>> findByCreditCode(const QString& creditCode) const;
    // Ids of this employer's live jobs in `statuses`.
    Result<QStringList> jobIds(const QString& employerId, const QStringList& statuses) const;

private:
    const EntityStore& m_store;
};

} // namespace lingong
