#pragma once

#include "accounts.h"
#include "auditlog.h"
#include "entitystore.h"
#include "ledger.h"
#include "tieredrepository.h"

#include <QCoreApplication>

#include <map>

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

// Services given to one seeker, recorded as service_record rows (synced):
// - tiered service for 困难零工人员 (S4): one career guidance, three job recommendations and one
//   training referral per person. Job recommendations are recorded by Matching when a clerk
//   recommends a job to a priority seeker; guidance and training referrals by the clerk here.
// - guidance on registration and insurance (S3), for anybody: employment registration as the
//   person wishes (就业登记), basic pension insurance for enterprise employees
//   (企业职工基本养老保险), occupational-injury cover for workers of the new forms of employment
//   (新就业形态职业伤害保障).
// Each record the clerk makes adds a ledger entry and an audit row.
class TieredService final
{
    Q_DECLARE_TR_FUNCTIONS(lingong::TieredService)
    LINGONG_LEDGER_TEXT(lingong::TieredService)

public:
    TieredService(EntityStore& store, const AuditLog& audit);

    static QStringList kinds(); // guidance | recommendation | training
    // Given to anybody on record, each once a day at most: career_guidance (one-to-one career
    // guidance, S2; for a seeker in difficulty the package's own "guidance" counts instead),
    // registration_guidance | pension_guidance | injury_guidance (S3).
    static QStringList guidanceKinds();

    Result<TierProgress> progress(const QString& seekerId) const;
    Result<std::vector<StoredEntity>> records(const QString& seekerId) const;
    // When each kind of service was last given to the seeker (stored UTC time), by kind; kinds
    // never given are absent.
    Result<std::map<QString, QString>> lastGiven(const QString& seekerId) const;
    // A record of one of kinds() or guidanceKinds(). Joins an open transaction. Refused for a
    // seeker that does not exist, and for guidance of a kind already given the seeker on the
    // same hall day.
    Result<QString> record(const QString& seekerId, const QString& kind, const QString& note,
                           const StaffAccount& actor);

private:
    EntityStore& m_store;
    const AuditLog& m_audit;
    TieredRepository m_repo;
};

} // namespace lingong
