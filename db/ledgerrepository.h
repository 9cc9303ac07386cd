#pragma once

#include "entitystore.h"

#include <QDate>

#include <map>
#include <vector>

namespace lingong {

// Queries over the work-log ledger 工作日志台账 (L1, table worklog). Entries are written by
// app/ledger through EntityStore.
class LedgerRepository final
{
public:
    explicit LedgerRepository(const EntityStore& store)
        : m_store(store)
    {}

    // Live entries of hall-local `day` (invalid: any day) of `kind` (empty: any), newest first.
    Result<std::vector<StoredEntity>> list(const QDate& day, const QString& kind,
                                           int limit = 1000) const;
    // Number of live entries per kind on `day`.
    Result<std::map<QString, int>> countsByKind(const QDate& day) const;

private:
    const EntityStore& m_store;
};

} // namespace lingong
