#pragma once

#include "demodata.h"
#include "hubstore.h"
#include "result.h"

namespace lingong {

// Puts demo jobs 0..jobs-1 of `demo` and the employers they name into the hub's log as changes of
// the platform itself (origin "platform"), employers first, in one transaction. Jobs and employers
// the log already has are left alone, so seeding again only tops up. Returns the number of
// changes added.
Result<int> seedHubDemo(HubStore& store, const DemoData& demo, int jobs);

} // namespace lingong
