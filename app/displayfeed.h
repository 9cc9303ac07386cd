#pragma once

#include "jobrepository.h"
#include "statistics.h"
#include "terminal.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QMetaType>

#include <memory>
#include <optional>
#include <vector>

Q_DECLARE_LOGGING_CATEGORY(lcDisplayFeed)

namespace lingong {

// Everything the wall screen shows, read from the store in one go. A value: the screen keeps the
// last good one when a later read fails.
struct DisplaySnapshot
{
    QDateTime loadedAt; // clock time of the read (UTC)
    // Whether this terminal syncs with a platform, and its last successful exchange
    // (sync_state "last_success"; invalid: never). The data can be no fresher than that.
    bool syncs = false;
    QDateTime lastSync;

    // Open jobs, those published last first (DisplayFeed::kNewestJobs).
    std::vector<StoredEntity> newestJobs;
    int openJobs = 0;                         // all open jobs
    std::vector<StoredEntity> welfareJobs;    // open 公益性岗位, newest first
    std::vector<OccupationCount> openByTrade; // open positions per occupation, most first
    std::optional<MonthlyStatistics> statistics;

    // Content valid now (valid_from / valid_until, see isCurrent), by sort order.
    std::vector<StoredEntity> policies;
    std::vector<StoredEntity> trainings; // kind training, then kind institution
    std::vector<StoredEntity> notices;   // kind notice
    std::vector<StoredEntity> rights;    // kind rights: service rules, complaint channels
    std::optional<StoredEntity> market;  // kind market: the hall's directory entry (L4)
    // Urgent notices that have not yet expired (including ones that start later); the screen
    // asks activeUrgent() every second so an override starts and ends on time without a read.
    std::vector<StoredEntity> urgent;

    // When the newest job was posted or published, or content last changed, here (a wall of its
    // own only: a syncing one has lastSync); invalid when there is none.
    QDateTime lastChange;

    // When the data on screen was last known to be current: the read time, or the last sync when
    // that is older; invalid when a syncing terminal has never synced.
    QDateTime dataTime() const;

    // A wall of its own with no new job and no content changed for this many days notes it for
    // staff: perhaps nobody enters them any more.
    static constexpr int kQuietDays = 7;
};

// Reads DisplaySnapshots from a terminal's store.
//
// Content validity: valid_from and valid_until of a content item are either a date
// ("2026-11-22", hall-local, valid_until inclusive of that whole day) or an RFC 3339 time
// ("2026-11-22T18:00:00+08:00"). Empty means open-ended; an unreadable value counts as empty.
//
// Urgent notices (content kind "urgent", entered at the staff window) take over the screen while
// active: title is the headline, body the text, extra.contact (optional) where to ask;
// valid_from (optional) when it starts, valid_until (required) when it ends. An urgent item
// without a readable valid_until never takes over (a forgotten notice must not hold the wall for
// months); it is shown among the notices instead.
//
// Thread-safety: load() may run on any thread (each thread has its own connection); the rest is
// pure.
class DisplayFeed final
{
public:
    explicit DisplayFeed(Terminal& terminal);

    // withStatistics false leaves `statistics` empty (the caller keeps its previous one: the
    // monthly figures are the heaviest read and change slowly).
    Result<DisplaySnapshot> load(bool withStatistics) const;

    // Through this day of a month the statistics pages publish the month before, whole.
    static constexpr int kWholeMonthBeforeUntilDay = 10;
    // The month the statistics pages publish on `today`: the whole month before through the
    // 10th (when it has figures), then the month to date; the month before also while the
    // current one has no postings and no seekers yet.
    Result<MonthlyStatistics> publishedStatistics(const QDate& today) const;

    static bool isCurrent(const StoredEntity& content, const QDateTime& now);
    // The urgent notices active at `now`, newest first.
    static std::vector<StoredEntity> activeUrgent(const std::vector<StoredEntity>& urgent,
                                                  const QDateTime& now);
    // An urgent notice's end (any content's valid_until), if it has a readable one.
    static std::optional<QDateTime> urgentEnd(const StoredEntity& urgent);
    // An urgent notice's start, if it has a readable one.
    static std::optional<QDateTime> urgentStart(const StoredEntity& urgent);
    // The urgent notices of a store that are not over at `now` (including ones that start
    // later). Those without a readable end that are current at `now` go to `undated` instead
    // when it is given, and are left out otherwise.
    static Result<std::vector<StoredEntity>>
    unexpiredUrgent(const Database& db, const QDateTime& now,
                    std::vector<StoredEntity>* undated = nullptr);
    // Whom to ask about an urgent notice: its contact, then its phone number unless the contact
    // already gives it; empty when it names neither.
    static QString urgentAsk(const StoredEntity& urgent);

    static constexpr int kNewestJobs = 60;
    static constexpr int kWelfareJobs = 30;
    // sync_state key the sync client writes (RFC 3339 UTC) after each successful exchange.
    static constexpr const char* kLastSyncKey = SyncState::kLastSuccess;

private:
    Terminal& m_terminal;
    StatisticsService m_statistics;
};

using DisplaySnapshotPtr = std::shared_ptr<const DisplaySnapshot>;

} // namespace lingong

Q_DECLARE_METATYPE(lingong::DisplaySnapshotPtr)
