#include "playlist.h"

#include <QJsonObject>
#include <QRegularExpression>

#include <array>

namespace lingong {

namespace {

struct PageInfo
{
    PageKind kind;
    const char* name;
    int seconds;
    int screens;
};

constexpr std::array<PageInfo, 10> kPages{{
    {PageKind::Jobs, "jobs", 20, 3},
    {PageKind::Trades, "trades", 15, 1},
    {PageKind::Ratio, "ratio", 15, 2},
    {PageKind::Wages, "wages", 15, 2},
    {PageKind::Policy, "policy", 15, 3},
    {PageKind::Training, "training", 15, 3},
    {PageKind::Welfare, "welfare", 15, 2},
    {PageKind::Notices, "notices", 15, 3},
    {PageKind::Market, "market", 20, 1},
    {PageKind::Qr, "qr", 15, 1},
}};

const PageInfo& info(PageKind kind)
{
    for (const PageInfo& p : kPages) {
        if (p.kind == kind)
            return p;
    }
    return kPages.front();
}

constexpr int kMinSeconds = 5;
constexpr int kMaxSeconds = 600;
constexpr int kMaxScreens = 20;

std::optional<QTime> parseTime(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^([01]?\\d|2[0-3]):([0-5]\\d)$"));
    const auto m = re.match(s.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    return QTime(m.captured(1).toInt(), m.captured(2).toInt());
}

} // namespace

bool PlaylistEntry::windowOpenAt(const QTime& t) const
{
    if (!hasWindow())
        return true;
    if (*from < *to)
        return t >= *from && t < *to;
    return t >= *from || t < *to; // wraps past midnight
}

QString Playlist::pageName(PageKind kind)
{
    return QLatin1String(info(kind).name);
}

std::optional<PageKind> Playlist::pageFromName(const QString& name)
{
    for (const PageInfo& p : kPages) {
        if (name == QLatin1String(p.name))
            return p.kind;
    }
    return std::nullopt;
}

int Playlist::defaultSeconds(PageKind kind)
{
    return info(kind).seconds;
}

int Playlist::defaultScreens(PageKind kind)
{
    return info(kind).screens;
}

Playlist Playlist::defaultLoop()
{
    Playlist p;
    for (const PageInfo& i : kPages)
        p.m_entries.push_back({i.kind, i.seconds, i.screens, std::nullopt, std::nullopt, false});
    return p;
}

PlaylistParse Playlist::parse(const QJsonArray& json)
{
    PlaylistParse out;
    if (json.isEmpty()) {
        out.playlist = defaultLoop();
        return out;
    }
    QStringList names;
    for (const PageInfo& p : kPages)
        names << QLatin1String(p.name);
    const QStringList known{QStringLiteral("page"),    QStringLiteral("seconds"),
                            QStringLiteral("screens"), QStringLiteral("from"),
                            QStringLiteral("to"),      QStringLiteral("exclusive")};

    for (qsizetype i = 0; i < json.size(); ++i) {
        const QString where = QStringLiteral("display.playlist[%1]").arg(i);
        const auto bad = [&](const QString& key, const QString& why) {
            out.problems
                << tr("Setting %1.%2 ignored (%3); the default is used.").arg(where, key, why);
        };
        if (!json.at(i).isObject()) {
            out.problems << tr("Page %1 left out (expected an object such as "
                               "{\"page\": \"jobs\", \"seconds\": 20}).")
                                .arg(where);
            continue;
        }
        const QJsonObject o = json.at(i).toObject();
        const QJsonValue pageValue = o.value(QLatin1String("page"));
        const auto kind = pageFromName(pageValue.toString());
        if (pageValue.isUndefined()) {
            out.problems << tr("Page %1 left out: it names no \"page\" (use one of: %2).")
                                .arg(where, names.join(QLatin1String(", ")));
            continue;
        }
        if (!kind) {
            out.problems << tr("Page %1 left out: unknown page \"%2\" (use one of: %3).")
                                .arg(where, pageValue.toVariant().toString(),
                                     names.join(QLatin1String(", ")));
            continue;
        }
        PlaylistEntry e;
        e.kind = *kind;
        e.seconds = defaultSeconds(*kind);
        e.maxScreens = defaultScreens(*kind);

        const auto integer = [&](const char* key, int& value, int min, int max) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isUndefined() || v.isNull())
                return;
            const double d = v.toDouble();
            if (!v.isDouble() || d != double(qint64(d))) {
                bad(QLatin1String(key), tr("expected a whole number"));
            } else if (d < min || d > max) {
                bad(QLatin1String(key), tr("must be between %1 and %2").arg(min).arg(max));
            } else {
                value = int(d);
            }
        };
        integer("seconds", e.seconds, kMinSeconds, kMaxSeconds);
        integer("screens", e.maxScreens, 1, kMaxScreens);

        const QJsonValue fromValue = o.value(QLatin1String("from"));
        const QJsonValue toValue = o.value(QLatin1String("to"));
        if (!fromValue.isUndefined() || !toValue.isUndefined()) {
            const auto from = parseTime(fromValue.toString());
            const auto to = parseTime(toValue.toString());
            if (fromValue.isUndefined() || toValue.isUndefined()) {
                bad(fromValue.isUndefined() ? QStringLiteral("from") : QStringLiteral("to"),
                    tr("a time window needs both \"from\" and \"to\"; the page plays all day"));
            } else if (!from || !to) {
                bad(!from ? QStringLiteral("from") : QStringLiteral("to"),
                    tr("expected a time such as \"06:30\"; the page plays all day"));
            } else if (*from == *to) {
                bad(QStringLiteral("to"),
                    tr("the window is empty: from equals to; the page plays all day"));
            } else {
                e.from = from;
                e.to = to;
            }
        }
        const QJsonValue exclusive = o.value(QLatin1String("exclusive"));
        if (!exclusive.isUndefined() && !exclusive.isNull()) {
            if (!exclusive.isBool())
                bad(QStringLiteral("exclusive"), tr("expected true or false"));
            else
                e.exclusive = exclusive.toBool();
        }
        if (e.exclusive && !e.hasWindow()) {
            bad(QStringLiteral("exclusive"), tr("only a page with a time window can be exclusive"));
            e.exclusive = false;
        }
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!known.contains(it.key()))
                out.problems << tr("Setting %1.%2 ignored (unknown setting; use %3).")
                                    .arg(where, it.key(), known.join(QLatin1String(", ")));
        }
        out.playlist.m_entries.push_back(e);
    }
    if (out.playlist.isEmpty()) {
        out.problems << tr("The display playlist has no usable page; the built-in loop is used.");
        out.playlist = defaultLoop();
    }
    return out;
}

std::vector<int> Playlist::eligibleAt(const QTime& t) const
{
    std::vector<int> open;
    std::vector<int> exclusive;
    for (int i = 0; i < int(m_entries.size()); ++i) {
        const PlaylistEntry& e = m_entries[size_t(i)];
        if (!e.windowOpenAt(t))
            continue;
        open.push_back(i);
        if (e.exclusive)
            exclusive.push_back(i);
    }
    return exclusive.empty() ? open : exclusive;
}

int Playlist::next(int current, const QTime& t,
                   const std::function<bool(const PlaylistEntry&)>& hasContent) const
{
    const std::vector<int> eligible = eligibleAt(t);
    if (eligible.empty())
        return -1;
    const int n = int(m_entries.size());
    const int start = current < 0 || current >= n ? n - 1 : current;
    for (int step = 1; step <= n; ++step) {
        const int i = (start + step) % n;
        if (std::find(eligible.begin(), eligible.end(), i) == eligible.end())
            continue;
        if (!hasContent || hasContent(m_entries[size_t(i)]))
            return i;
    }
    return -1;
}

} // namespace lingong
