#include "staffcontext.h"

#include <QDir>
#include <QFileInfo>

namespace lingong {

StaffContext::StaffContext(Terminal& t)
    : terminal(t)
    , accounts(t.database(), t.clock(), t.audit())
    , desk(t.store(), t.clock(), t.audit())
    , jobs(t.store(), t.clock(), t.audit())
    , employers(t.store(), t.clock(), t.audit())
    , matching(t.store(), t.audit())
    , tiered(t.store(), t.audit())
    , content(t.store(), t.audit())
{
    matching.setHallDistrict(t.config().district);
}

QString StaffContext::reportsFolder() const
{
    if (!reportFolder.isEmpty())
        return reportFolder;
    return QFileInfo(terminal.database().path()).absoluteDir().filePath(QStringLiteral("reports"));
}

QString StaffContext::whenShownPublicly() const
{
    if (terminal.config().platformUrl.isEmpty())
        return tr("kiosks and the wall show it after their next refresh.");
    auto st = readSyncStatus(terminal.syncState(), true);
    if (st.ok() && st->online && !st->waitingForStaff)
        return tr("it goes to the platform with the next sync, then kiosks and the wall show it "
                  "after theirs.");
    return tr("this window is offline, so kiosks and the wall show it only once it has been "
              "sent (see Sync).");
}

} // namespace lingong
