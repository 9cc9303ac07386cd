#pragma once

#include "entitystore.h"

#include <QDate>

#include <map>
#include <optional>
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

    // The kind an entry is listed and counted under: its `kind`, except that an employer's
    // registration is `employer_registration`.
    static QString kindOf(const QJsonObject& entry);

    // Live entries of hall-local `day` (invalid: any day) of `kind` (empty: any), newest first.
    Result<std::vector<StoredEntity>> list(const QDate& day, const QString& kind,
                                           int limit = 1000) const;
    // The same from hall-local day `from` to `to`, both included (invalid: open-ended).
    Result<std::vector<StoredEntity>> list(const QDate& from, const QDate& to, const QString& kind,
                                           int limit) const;
    // Number of live entries per kind on `day`, struck-out ones left out.
    Result<std::map<QString, int>> countsByKind(const QDate& day) const;
    // The same from `from` to `to`, both included.
    Result<std::map<QString, int>> countsByKind(const QDate& from, const QDate& to) const;

    // The newest live entry about `refEntity` `refId` of one of `kinds` not struck out, made at
    // `since` (a wire time) or later, if any.
    Result<std::optional<StoredEntity>> latestAbout(const QString& refEntity, const QString& refId,
                                                    const QStringList& kinds,
                                                    const QString& since) const;

private:
    const EntityStore& m_store;
};

} // namespace lingong
