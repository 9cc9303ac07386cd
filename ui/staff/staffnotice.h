#pragma once

#include "common/slip.h"

#include <QCoreApplication>

namespace lingong {

class Terminal;
struct StaffAccount;

// 一次性告知单 (T5): the slip a person takes from the window for an open complaint or request:
// the matter, when it is due, and everything they will be asked for, in one go.
class StaffNotice final
{
    Q_DECLARE_TR_FUNCTIONS(lingong::StaffNotice)

public:
    // The slip of complaint `complaintId`, printed by `clerk`; `owner` is who answers for it
    // (首问负责), by the name the window shows.
    static Result<Slip> slip(Terminal& terminal, const QString& complaintId,
                             const StaffAccount& clerk, const QString& owner);
};

} // namespace lingong
