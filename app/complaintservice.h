#pragma once

#include "clock.h"
#include "entitystore.h"
#include "ledger.h"

#include <QCoreApplication>

namespace lingong {

// Complaints and requests under the service rules 首问负责、限时办结 (T5).
//
// Every record has an owner and a deadline from the moment it exists. A request made at a kiosk
// is owned by the hall's duty window (owner "duty") until a clerk takes it over; a clerk who
// records one owns it. Deadlines count working days (Monday to Friday, less the public holidays
// and plus the weekend days worked instead, see WorkCalendar) in hall time and end at 18:00: a
// call-back is due by the end of the next working day, a complaint or report within five working
// days.
class ComplaintService final
{
    Q_DECLARE_TR_FUNCTIONS(lingong::ComplaintService)
    LINGONG_LEDGER_TEXT(lingong::ComplaintService)

public:
    static constexpr const char* kDutyOwner = "duty";

    ComplaintService(EntityStore& store, const Clock& clock);

    // "请工作人员回电" from a kiosk: phone + a tapped category; `about` what the person was
    // reading when they asked (a training course, a start-up service), kept as the description.
    Result<QString> requestCallback(const QString& phone, const QString& category,
                                    const QString& about = {});
    // A complaint, report or request recorded at the window by `owner`; `employerId`, when not
    // empty, names the employer it is about (one on record), and `applicationId` the placement
    // whose unpaid wages it is about (a hire on record).
    Result<QString> record(const QString& kind, const QString& category, const QString& phone,
                           const QString& description, const QString& owner,
                           const QString& employerId = {}, const QString& applicationId = {});
    Status takeOver(const QString& id, const QString& owner);
    // Closing needs a resolution note.
    Status close(const QString& id, const QString& resolution);

    // The deadline for a record of `kind` created at `createdUtc`.
    static QDateTime deadlineFor(const QString& kind, const QDateTime& createdUtc);
    static bool isOverdue(const QJsonObject& complaint, const QDateTime& nowUtc);

private:
    Result<QJsonObject> load(const QString& id);
    EntityStore& m_store;
    const Clock& m_clock;
};

} // namespace lingong
