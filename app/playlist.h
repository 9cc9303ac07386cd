#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>
#include <QTime>

#include <functional>
#include <optional>
#include <vector>

namespace lingong {

// The pages of the wall screen's loop.
enum class PageKind
{
    Jobs, // jobs:     最新岗位, open jobs newest first, a large-type table over several screens
    Trades, // trades:   工种需求, open positions per trade
    Ratio,  // ratio:    求人倍率排行, highest and lowest five (occupations, then industries)
    Wages,  // wages:    日均工资 per trade
    Policy, // policy:   就业政策
    Training, // training: 培训信息 (courses and training institutions)
    Welfare,  // welfare:  公益性岗位
    Notices,  // notices:  通知公告
    Market,   // market:   市场信息 (address, hours, hotline, complaint channels, service rules)
    Qr        // qr:       QR code of the online service
};

// One page of the loop as configured.
struct PlaylistEntry
{
    PageKind kind = PageKind::Jobs;
    int seconds = 15;   // on screen per screenful
    int maxScreens = 3; // a page with more than one screenful shows at most this many
    // Daily window, hall-local, [from, to); from > to wraps past midnight. None: all day.
    std::optional<QTime> from;
    std::optional<QTime> to;
    // While this entry's window is open only exclusive entries whose windows are open play
    // (e.g. jobs only 06:00-09:00, the morning rush).
    bool exclusive = false;

    bool hasWindow() const { return from.has_value() && to.has_value(); }
    bool windowOpenAt(const QTime& t) const;
};

class Playlist;

struct PlaylistParse;

// The display's loop, from the config file's display.playlist: a list of objects
//   {"page": "jobs", "seconds": 20, "screens": 3, "from": "06:00", "to": "09:00",
//    "exclusive": true}
// Only "page" is required. A bad value is reported (one translated sentence naming the setting)
// and its default used; an entry with a missing or unknown page is left out. An empty list, or one
// with no usable entry, gives the built-in loop (defaultLoop()).
class Playlist final
{
    Q_DECLARE_TR_FUNCTIONS(lingong::Playlist)

public:
    static PlaylistParse parse(const QJsonArray& json);
    // Every page once, jobs first; no windows.
    static Playlist defaultLoop();

    static QString pageName(PageKind kind);
    static std::optional<PageKind> pageFromName(const QString& name);
    static int defaultSeconds(PageKind kind);
    static int defaultScreens(PageKind kind);

    const std::vector<PlaylistEntry>& entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.empty(); }

    // Indices of the entries allowed to play at hall-local time `t`, in playlist order.
    std::vector<int> eligibleAt(const QTime& t) const;

    // The entry to show after `current` (-1: from the start) at time `t`: the first eligible entry
    // after it in playlist order, wrapping, for which `hasContent` holds (`current` itself comes
    // last). -1 when no eligible entry has content.
    int next(int current, const QTime& t,
             const std::function<bool(const PlaylistEntry&)>& hasContent) const;

private:
    std::vector<PlaylistEntry> m_entries;
};

struct PlaylistParse
{
    Playlist playlist;
    QStringList problems; // translated sentences
};

} // namespace lingong
