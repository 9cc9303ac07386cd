#pragma once

#include "entitystore.h"

#include <vector>

namespace lingong {

// Queries over applications and matches (M1, M3). Writes go through EntityStore
// (entities::application()).
class ApplicationRepository final
{
public:
    explicit ApplicationRepository(const EntityStore& store)
        : m_store(store)
    {}

    Result<bool> confirmationTaken(const QString& confirmationNo) const;
    // The live, not cancelled application of `phone` for `jobId`, if any.
    Result<std::optional<StoredEntity>> findActive(const QString& jobId,
                                                   const QString& phone) const;
    // The newest live application with this confirmation number, if any.
    Result<std::optional<StoredEntity>> findByConfirmation(const QString& confirmationNo) const;
    // Live applications in `statuses` (empty: any), newest first.
    Result<std::vector<StoredEntity>> list(const QStringList& statuses, int limit = 200) const;
    Result<std::vector<StoredEntity>> forSeeker(const QString& seekerId) const;
    // A person's live applications: linked to their record, or made with their mobile and
    // linked to nobody (a kiosk application). One linked to someone else who shares the mobile
    // is not theirs.
    Result<std::vector<StoredEntity>> ofPerson(const QString& seekerId, const QString& phone) const;
    Result<std::vector<StoredEntity>> forJob(const QString& jobId) const;
    // Hires at a posting of `employerId` (empty: of any employer, as unpaidPlacements() lists
    // them) whose pay was last followed up as not settled.
    Result<int> unpaidHires(const QString& employerId = {}) const;
    // Hires at any employer whose pay was last followed up as not settled, the one followed up
    // last first.
    Result<std::vector<StoredEntity>> unpaidPlacements(int limit = 500) const;
    // Hires recorded before `before` (wire time) whose pay nobody has followed up yet (回访),
    // the one waiting longest first.
    Result<std::vector<StoredEntity>> followUpsOwed(const QString& before, int limit = 500) const;

private:
    Result<std::vector<StoredEntity>>
    select(const QString& where, const QVariantList& values, int limit,
           const QString& order = QStringLiteral("created_at DESC, id")) const;
    const EntityStore& m_store;
};

} // namespace lingong
