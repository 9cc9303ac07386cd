#include "staffcontext.h"

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
{}

} // namespace lingong
