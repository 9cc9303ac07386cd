#pragma once

#include "entitystore.h"

#include <vector>

namespace lingong {

// Queries over complaints and call-back requests (T5). Writes go through EntityStore
// (entities::complaint()).
class ComplaintRepository final
{
public:
    explicit ComplaintRepository(const EntityStore& store)
        : m_store(store)
    {}

    // Live complaints; open ones first by deadline, then closed ones newest first.
    Result<std::vector<StoredEntity>> list(bool includeClosed = true, int limit = 500) const;
    // The live complaints and reports about an employer: how many, and how many still open.
    struct AboutEmployer
    {
        int all = 0;
        int open = 0;
    };
    Result<AboutEmployer> aboutEmployer(const QString& employerId) const;
    // The live complaints about the unpaid wages of placement `applicationId`: open ones first,
    // then the latest.
    Result<std::vector<StoredEntity>> aboutPlacement(const QString& applicationId) const;
    // Live complaints and requests made with this mobile or landline (as stored, normalised).
    Result<std::vector<StoredEntity>> withPhone(const QString& phone) const;

private:
    const EntityStore& m_store;
};

} // namespace lingong
