#pragma once

#include "applicationrepository.h"
#include "clock.h"
#include "entitystore.h"
#include "ledger.h"

#include <QCoreApplication>

namespace lingong {

struct ApplicationReceipt
{
    QString id;
    QString confirmationNo; // six digits, shown big to take to the window
    QString seekerId;       // the registered seeker with this phone, if exactly one
    bool existing = false;  // this phone had already applied for this job
};

// 应聘报名 (M3): a seeker applies for a job from a kiosk (or a clerk for them).
//
// The application and its outbox change are on disk before apply() returns ok, so the staff
// window (another process on the same store, or the platform after sync) sees it at once.
class ApplicationService final
{
    Q_DECLARE_TR_FUNCTIONS(lingong::ApplicationService)
    LINGONG_LEDGER_TEXT(lingong::ApplicationService)

public:
    ApplicationService(EntityStore& store, const Clock& clock);

    // Refuses a bad phone (field "phone"), a job that is gone, not published or expired
    // (field "job"). Applying twice with the same phone returns the first receipt.
    Result<ApplicationReceipt> apply(const QString& jobId, const QString& phone,
                                     const QString& channel = QStringLiteral("kiosk"));

    // The application with this confirmation number (the newest, should two devices have drawn
    // the same one), if any.
    Result<std::optional<StoredEntity>> findByConfirmation(const QString& confirmationNo) const;

private:
    Result<QString> newConfirmationNo() const;
    EntityStore& m_store;
    const Clock& m_clock;
    ApplicationRepository m_repo;
};

} // namespace lingong
