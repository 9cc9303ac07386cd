#pragma once

#include "accounts.h"
#include "auditlog.h"
#include "entitystore.h"
#include "ledger.h"
#include "tieredrepository.h"

#include <QCoreApplication>

namespace lingong {

// Progress of one 困难 seeker through the Jilin package "1次职业指导、3次岗位推荐、1次技能培训".
struct TierProgress
{
    static constexpr int kGuidanceTarget = 1;
    static constexpr int kRecommendationTarget = 3;
    static constexpr int kTrainingTarget = 1;

    int guidance = 0;
    int recommendations = 0;
    int training = 0;

    bool complete() const
    {
        return guidance >= kGuidanceTarget && recommendations >= kRecommendationTarget &&
               training >= kTrainingTarget;
    }
};

// Tiered service for 困难零工人员 (S4): one career guidance, three job recommendations and one
// training referral per person, recorded as service_record rows (synced). Job recommendations
// are recorded by Matching when a clerk recommends a job to a priority seeker; guidance and
// training referrals by the clerk here. Each record adds a ledger entry and an audit row.
class TieredService final
{
    Q_DECLARE_TR_FUNCTIONS(lingong::TieredService)
    LINGONG_LEDGER_TEXT(lingong::TieredService)

public:
    TieredService(EntityStore& store, const AuditLog& audit);

    static QStringList kinds(); // guidance | recommendation | training

    Result<TierProgress> progress(const QString& seekerId) const;
    Result<std::vector<StoredEntity>> records(const QString& seekerId) const;
    // Joins an open transaction. Refused for a seeker that does not exist.
    Result<QString> record(const QString& seekerId, const QString& kind, const QString& note,
                           const StaffAccount& actor);

private:
    EntityStore& m_store;
    const AuditLog& m_audit;
    TieredRepository m_repo;
};

} // namespace lingong
