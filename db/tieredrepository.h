#pragma once

#include "entitystore.h"

#include <map>
#include <vector>

namespace lingong {

// Queries over the tiered-service records of 困难 seekers (S4, table service_record). Writes go
// through EntityStore (entities::serviceRecord()).
class TieredRepository final
{
public:
    explicit TieredRepository(const EntityStore& store)
        : m_store(store)
    {}

    // Live records of one seeker, oldest first.
    Result<std::vector<StoredEntity>> forSeeker(const QString& seekerId) const;
    // Live records of one seeker per kind (guidance | recommendation | training).
    Result<std::map<QString, int>> countsBySeeker(const QString& seekerId) const;

private:
    const EntityStore& m_store;
};

} // namespace lingong
