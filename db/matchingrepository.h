#pragma once

#include "entitystore.h"

#include <QDate>

#include <vector>

namespace lingong {

// Candidate sets for matching (M2): small enough to score in memory, large enough not to miss
// the good ones. Ranking itself is app/matching.
class MatchingRepository final
{
public:
    explicit MatchingRepository(const EntityStore& store)
        : m_store(store)
    {}

    // Open postings (published, valid on `today`) in one of `occupations` or `districts`, newest
    // first; with both lists empty, the newest open postings. A place matches under each of its
    // names (Places::spellings).
    Result<std::vector<StoredEntity>> openJobs(const QStringList& occupations,
                                               const QStringList& districts, const QDate& today,
                                               int limit) const;
    // Live seekers who want `occupation` or `district` (under any of its names), or have not
    // said which trade they want; longest registered first.
    Result<std::vector<StoredEntity>> seekersFor(const QString& occupation, const QString& district,
                                                 int limit) const;

private:
    const EntityStore& m_store;
};

} // namespace lingong
