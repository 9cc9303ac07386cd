#include "staffnotice.h"

#include "accounts.h"
#include "clock.h"
#include "common/stafflabels.h"
#include "entityspec.h"
#include "requestchecklist.h"
#include "terminal.h"

namespace lingong {

Result<Slip> StaffNotice::slip(Terminal& terminal, const QString& complaintId,
                               const StaffAccount& clerk, const QString& owner)
{
    auto found = terminal.store().get(entities::complaint(), complaintId);
    if (!found.ok())
        return found.error();
    if (!found.value())
        return makeError(QStringLiteral("notice.missing"),
                         tr("This complaint or request is no longer on record."));
    const QJsonObject& d = found.value()->data;
    const auto at = [&d](const char* key) {
        return d.value(QLatin1String(key)).toString().trimmed();
    };
    if (at("status") != QLatin1String("open"))
        return makeError(QStringLiteral("notice.closed"),
                         tr("This matter is closed: there is nothing more to bring."));
    const Config& config = terminal.config();
    const auto local = [](const QString& wire) {
        return Clock::fromWire(wire).toOffsetFromUtc(8 * 3600).toString(
            QStringLiteral("yyyy-MM-dd HH:mm"));
    };
    Slip slip;
    slip.kind = QStringLiteral("notice");
    slip.hall = config.hallName;
    slip.title = tr("What to have ready");
    slip.printedAt = terminal.clock().now().toOffsetFromUtc(8 * 3600);
    slip.rows = {
        {tr("Matter"), RequestChecklist::label(at("category"))},
        {tr("Received"), local(at("created_at"))},
        {tr("Answer due by"), local(at("deadline"))},
        {tr("Responsible"), owner},
    };
    slip.listHeading = tr("Everything you will be asked for, in one go:");
    slip.list = RequestChecklist::items(at("category"));
    slip.closing = {
        tr("The person who took your matter answers for it until it is settled. Questions: %1.")
            .arg(config.hotline),
    };
    slip.footer = Slip::hallFooter(config, slip.printedAt, clerk.label());
    return slip;
}

} // namespace lingong
