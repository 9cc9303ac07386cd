#pragma once

#include "accounts.h"
#include "contentservice.h"
#include "employerservice.h"
#include "jobservice.h"
#include "matching.h"
#include "staffdesk.h"
#include "sync/syncengine.h"
#include "terminal.h"
#include "tieredservice.h"

#include <QCoreApplication>

#include <optional>

namespace lingong {

// The services of one service window and who is signed in. Pages take it by reference; the
// window owns it.
class StaffContext final
{
    Q_DECLARE_TR_FUNCTIONS(lingong::StaffContext)

public:
    explicit StaffContext(Terminal& terminal);

    Terminal& terminal;
    Accounts accounts;
    StaffDesk desk;
    JobService jobs;
    EmployerService employers;
    Matching matching;
    TieredService tiered;
    ContentService content;
    // The terminal's sync engine; null when this window works stand-alone (no platform URL).
    SyncEngine* sync = nullptr;
    // The posting this window last sent to the review queue, until the review page shows it:
    // the clerk who goes there next finds it chosen.
    QString sentToReview;
    // Where the clerk last saved a report (CSV) or a sheet (PDF) in this window: the next one is
    // offered there too. Empty until then.
    QString reportFolder;
    // The folder a report or a sheet is offered in: reportFolder, or `reports` beside the store.
    QString reportsFolder() const;

    bool signedIn() const { return m_user.has_value(); }
    // Precondition: signedIn().
    const StaffAccount& user() const { return *m_user; }
    // Signing in or out also forgets what the clerk before was doing (sentToReview).
    void setUser(std::optional<StaffAccount> user)
    {
        m_user = std::move(user);
        sentToReview.clear();
    }

    QDate today() const { return terminal.clock().today(); }

    // When kiosks and the wall show what was just saved, for the message after a save: at their
    // next refresh on a shared store; after the next sync when this window syncs; once it is
    // sent when this window is offline, so that nobody promises a job on screens it cannot reach.
    QString whenShownPublicly() const;

private:
    std::optional<StaffAccount> m_user;
};

} // namespace lingong
