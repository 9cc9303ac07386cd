#pragma once

#include "entitystore.h"

#include <vector>

namespace lingong {

// Queries over published content (policies, trainings, institutions, notices, rights channels,
// market information). Writes go through EntityStore (entities::content()).
class ContentRepository final
{
public:
    explicit ContentRepository(const EntityStore& store)
        : m_store(store)
    {}

    // Live items of `kind` (empty: every kind), by kind, sort order and title.
    Result<std::vector<StoredEntity>> list(const QString& kind = {}) const;

private:
    const EntityStore& m_store;
};

} // namespace lingong
