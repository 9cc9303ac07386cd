#pragma once

#include "common/slip.h"

#include <QCoreApplication>

namespace lingong {

class Terminal;
struct StaffAccount;

// 推荐信 (M1, D1): the slip a seeker recommended at the window takes to the employer: who is
// sent, for which job, where and when to go and whom to ask for, how the employer tells the hall
// the result, and the hotline should the job not be as written or a fee be asked for.
class StaffReferral final
{
    Q_DECLARE_TR_FUNCTIONS(lingong::StaffReferral)

public:
    // The slip of pairing `applicationId`, printed by `clerk`.
    static Result<Slip> slip(Terminal& terminal, const QString& applicationId,
                             const StaffAccount& clerk);
    // Whether a pairing in `status` is still one to send someone to the employer with.
    static bool printable(const QString& status);
};

} // namespace lingong
