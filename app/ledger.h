#pragma once

#include "entitystore.h"

namespace lingong {

// The work-log ledger 工作日志台账 (L1). Business services call record() inside the transaction
// of the action they log, so the entry lands with it or not at all.
class Ledger final
{
public:
    explicit Ledger(EntityStore& store)
        : m_store(store)
    {}

    // kind: registration | posting | review | match | hire | consultation | enquiry | complaint |
    // application | training | other. `summary` must not contain personal data in clear.
    Result<QString> record(const QString& kind, const QString& summary, const QString& staff = {},
                           const QString& refEntity = {}, const QString& refId = {});

private:
    EntityStore& m_store;
};

} // namespace lingong
