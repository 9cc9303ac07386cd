#pragma once

#include "entitystore.h"

#include <vector>

namespace lingong {

// Queries over published content (policies, trainings, institutions, notices, rights channels,
// market information). Writes go through EntityStore (entities::content()).
class ContentRepository final
{
public:
    explicit ContentRepository(const EntityStore& store)
        : m_store(store)
    {}

    // Live items of `kind` (empty: every kind), by kind (urgent notices first, then notices,
    // policies, trainings, institutions, entrepreneurship, rights, the market's entry), sort
    // order and title.
    Result<std::vector<StoredEntity>> list(const QString& kind = {}) const;

    // A course (kind training) whose start (extra.start, written as a date) lies before `today`
    // has begun: it is no longer offered to sign up for, at the kiosk or on the wall, even if
    // nobody took it down. A start written in words ("每月初") never passes; other kinds of
    // content are shown until their valid_until, whatever their start.
    static bool hasStarted(const QJsonObject& content, const QDate& today);

private:
    const EntityStore& m_store;
};

} // namespace lingong
