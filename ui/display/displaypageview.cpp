#include "displaypageview.h"

#include "common/qrcode.h"
#include "contentservice.h"
#include "displayjobmodel.h"

#include <QFontMetricsF>
#include <QPainter>

#include <array>

#include <cmath>
#include <limits>

namespace lingong {

namespace dc = displaycolors;

namespace {

// The most lines a card's title takes: a notice's whole title (60 characters at most) on a card
// beside two others.
constexpr int kCardTitleLines = 6;

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString().trimmed();
}

QString ratioText(const TradeBalance& b)
{
    if (!b.ratio)
        return QStringLiteral("—");
    // To two decimals, as the printed notice gives them, so that both place the same trades
    // together (12.34 and 12.31 are not tied); none only past what the column holds.
    return QString::number(*b.ratio, 'f', std::round(*b.ratio * 100) < 100000 ? 2 : 0);
}

// The line a subtitle takes under the title on a tall screen (design px).
constexpr double kSubtitleLine = 52;

// Landscape pages with bars use two columns; portrait one long column.
struct BarGrid
{
    int columns;
    int rowsPerColumn;
};

BarGrid barGrid(const DisplayMetrics& m)
{
    return m.portrait ? BarGrid{1, 12} : BarGrid{2, 6};
}

// Job tables (design px): a landscape row, the header above it, a two-line portrait row.
constexpr double kRow = 80;
constexpr double kTableHead = 56;
constexpr double kPortraitRow = 124;

} // namespace

DisplayPageView::DisplayPageView(const Config& config, QWidget* parent)
    : QWidget(parent)
    , m_config(config)
    , m_metrics(DisplayMetrics::forSize(QSize(1920, 1080)))
    , m_jobs(new DisplayJobModel(this))
    , m_welfare(new DisplayJobModel(this))
{
    setObjectName(QStringLiteral("displayPage"));
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    m_jobs->setHome(config.district);
    m_welfare->setHome(config.district);
}

QString DisplayPageView::monthSpan(const MonthlyStatistics& s) const
{
    // The month so far; early in a month, when the wall still shows the last one, that month
    // by name and year.
    const QDate today =
        m_snapshot ? m_snapshot->loadedAt.toOffsetFromUtc(8 * 3600).date() : QDate();
    if (today.isValid() && (today.year() != s.month.year() || today.month() != s.month.month()))
        return QLocale().toString(s.month, tr("MMMM yyyy"));
    return tr("%1 to %2").arg(DisplayFormat::monthDay(s.month), DisplayFormat::monthDay(s.through));
}

QString DisplayPageView::pageTitle(PageKind kind)
{
    switch (kind) {
    case PageKind::Jobs:
        return tr("Newest jobs");
    case PageKind::Trades:
        return tr("Jobs by trade");
    case PageKind::Ratio:
        return tr("Jobs per seeker");
    case PageKind::Wages:
        return tr("Average daily wage");
    case PageKind::Policy:
        return tr("Employment policies");
    case PageKind::Training:
        return tr("Training");
    case PageKind::Welfare:
        return tr("Public-welfare jobs");
    case PageKind::Notices:
        return tr("Notices");
    case PageKind::Market:
        return tr("About this market");
    case PageKind::Qr:
        return tr("Scan for the online service");
    }
    return {};
}

void DisplayPageView::setMetrics(const DisplayMetrics& metrics)
{
    m_metrics = metrics;
    rebuild();
}

void DisplayPageView::setNames(std::function<QString(const QString&)> names)
{
    m_names = names;
    m_jobs->setNames(names);
    m_welfare->setNames(std::move(names));
    rebuild();
}

void DisplayPageView::setSnapshot(DisplaySnapshotPtr snapshot)
{
    m_snapshot = std::move(snapshot);
    m_jobs->setJobs(m_snapshot ? m_snapshot->newestJobs : std::vector<StoredEntity>{});
    m_welfare->setJobs(m_snapshot ? m_snapshot->welfareJobs : std::vector<StoredEntity>{});
    m_screens = std::max(1, screenCount(m_page, m_screens));
    m_screen = std::min(m_screen, m_screens - 1);
    rebuild();
}

void DisplayPageView::setOutOfDate(bool outOfDate)
{
    if (outOfDate == m_outOfDate)
        return;
    m_outOfDate = outOfDate;
    rebuild();
}

DisplayPageView::Frame DisplayPageView::frame() const
{
    Frame f;
    f.m = m_metrics;
    const double w = width();
    const double h = height();
    // A tall screen gives the subtitle a line of its own under the title.
    const double titleH = f.m.portrait ? f.m.px(88 + kSubtitleLine) : f.m.px(88);
    f.title = QRectF(0, 0, w, titleH);
    f.body = QRectF(0, titleH + f.m.px(12), w, std::max(0.0, h - titleH - f.m.px(12)));
    return f;
}

int DisplayPageView::jobRowsPerScreen(const Frame& f) const
{
    const double rows = f.m.portrait ? f.body.height() / f.m.px(kPortraitRow)
                                     : (f.body.height() - f.m.px(kTableHead)) / f.m.px(kRow);
    return std::max(1, int(std::floor(rows)));
}

int DisplayPageView::cardsPerScreen(const Frame& f) const
{
    // Side by side in landscape, stacked in portrait: room for the whole text.
    return f.m.portrait ? 3 : 2;
}

std::vector<const StoredEntity*> DisplayPageView::cardItems(PageKind kind) const
{
    std::vector<const StoredEntity*> out;
    if (!m_snapshot)
        return out;
    const std::vector<StoredEntity>* list = nullptr;
    if (kind == PageKind::Policy)
        list = &m_snapshot->policies;
    else if (kind == PageKind::Training)
        list = &m_snapshot->trainings;
    else if (kind == PageKind::Notices)
        list = &m_snapshot->notices;
    if (list) {
        for (const StoredEntity& e : *list)
            out.push_back(&e);
    }
    return out;
}

int DisplayPageView::screenCount(PageKind kind, int maxScreens) const
{
    const Frame f = frame();
    const auto pages = [&](int items, int perScreen) {
        if (items <= 0)
            return 0;
        return std::min(std::max(1, maxScreens), (items + perScreen - 1) / perScreen);
    };
    switch (kind) {
    case PageKind::Jobs:
        // Shown with no jobs too: a hall without open jobs says so rather than leave them out.
        return std::max(1, pages(m_jobs->rowCount(), jobRowsPerScreen(f)));
    case PageKind::Welfare:
        return pages(m_welfare->rowCount(), jobRowsPerScreen(f));
    case PageKind::Trades:
        return m_snapshot && !m_snapshot->openByTrade.empty() ? 1 : 0;
    case PageKind::Ratio: {
        if (!m_snapshot || !m_snapshot->statistics)
            return 0;
        const MonthlyStatistics& s = *m_snapshot->statistics;
        const int n =
            int(!s.occupationRanking.highest.empty()) + int(!s.industryRanking.highest.empty());
        return std::min(n, std::max(1, maxScreens));
    }
    case PageKind::Wages: {
        // Every trade with a wage, on as many screens as they need: the lowest paid too.
        if (!m_snapshot || !m_snapshot->statistics)
            return 0;
        const BarGrid grid = barGrid(f.m);
        return pages(int(m_snapshot->statistics->wages.size()), grid.columns * grid.rowsPerColumn);
    }
    case PageKind::Policy:
    case PageKind::Training:
    case PageKind::Notices:
        return pages(int(cardItems(kind).size()), cardsPerScreen(f));
    case PageKind::Market:
        return 1; // the hall's own settings: always there
    case PageKind::Qr:
        return m_config.onlineServiceUrl.isValid() ? 1 : 0;
    }
    return 0;
}

void DisplayPageView::showPage(PageKind kind, int screen, int screens)
{
    m_page = kind;
    m_screens = std::max(1, screens);
    m_screen = std::clamp(screen, 0, m_screens - 1);
    rebuild();
}

void DisplayPageView::resizeEvent(QResizeEvent*)
{
    rebuild();
}

void DisplayPageView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    m_scene.paint(p);
}

void DisplayPageView::rebuild()
{
    m_scene.clear();
    const Frame f = frame();
    if (f.body.height() <= 0 || f.body.width() <= 0) {
        update();
        return;
    }
    switch (m_page) {
    case PageKind::Jobs:
        buildJobs(f, *m_jobs, PageKind::Jobs);
        break;
    case PageKind::Welfare:
        buildJobs(f, *m_welfare, PageKind::Welfare);
        break;
    case PageKind::Trades:
        buildTrades(f);
        break;
    case PageKind::Ratio:
        buildRatio(f);
        break;
    case PageKind::Wages:
        buildWages(f);
        break;
    case PageKind::Policy:
    case PageKind::Training:
    case PageKind::Notices:
        buildCards(f, m_page);
        break;
    case PageKind::Market:
        buildMarket(f);
        break;
    case PageKind::Qr:
        buildQr(f);
        break;
    }
    update();
}

void DisplayPageView::header(const Frame& f, const QString& title, const QString& subtitle)
{
    const DisplayMetrics& m = f.m;
    m_scene.fill(
        QRectF(f.title.left(), f.title.top() + m.px(18), m.px(10), f.title.height() - m.px(36)),
        dc::gold, m.px(4));
    QRectF titleBox = f.title.adjusted(m.px(30), 0, 0, 0);
    if (m.portrait)
        titleBox.setHeight(m.px(88));
    const double used = m_scene.text(titleBox, title, m.font(60, true), dc::text);
    if (!subtitle.isEmpty() && m.portrait) {
        const QRectF sub(titleBox.left(), titleBox.bottom(), titleBox.width(), m.px(kSubtitleLine));
        for (const double px : {30.0, 26.0}) {
            if (QFontMetricsF(m.font(px)).horizontalAdvance(subtitle) <= sub.width()) {
                m_scene.text(sub, subtitle, m.font(px), dc::muted, Qt::AlignLeft | Qt::AlignTop);
                return;
            }
        }
        m_scene.paragraph(sub, subtitle, m.font(22), dc::muted, 1.15);
        return;
    }
    if (!subtitle.isEmpty()) {
        const QRectF sub = titleBox.adjusted(used + m.px(40), m.px(10), 0, 0);
        // Smaller where the title leaves little room (a tall screen, English), then on two
        // lines: never cut off.
        for (const double px : {30.0, 26.0}) {
            if (QFontMetricsF(m.font(px)).horizontalAdvance(subtitle) <= sub.width()) {
                m_scene.text(sub, subtitle, m.font(px), dc::muted,
                             Qt::AlignRight | Qt::AlignVCenter);
                return;
            }
        }
        if (DisplayScene::lineCount(subtitle, m.font(24), sub.width()) <= 2)
            m_scene.paragraph(sub, subtitle, m.font(24), dc::muted, 1.3);
        else
            m_scene.paragraph(sub, subtitle, m.font(22), dc::muted, 1.15);
    }
}

void DisplayPageView::buildJobs(const Frame& f, const DisplayJobModel& model, PageKind kind)
{
    const DisplayMetrics& m = f.m;
    const int perScreen = jobRowsPerScreen(f);
    QString subtitle;
    if (kind == PageKind::Jobs && m_snapshot) {
        // "0 open jobs" over a page saying today's cannot be shown would contradict it.
        // The loop shows the newest only: said, so that nobody takes its screens for all.
        const int shown = std::min(int(model.rowCount()), m_screens * perScreen);
        if (shown < m_snapshot->openJobs)
            subtitle = tr("%1 open jobs · the newest %2 here, all of them at the kiosk")
                           .arg(m_snapshot->openJobs)
                           .arg(shown);
        else if (!(m_outOfDate && m_snapshot->openJobs == 0))
            subtitle = tr("%1 open jobs").arg(m_snapshot->openJobs);
    } else {
        subtitle = tr("For people who find work hard to get; ask at the window");
    }
    if (m_screens > 1)
        subtitle += tr(" · screen %1 of %2").arg(m_screen + 1).arg(m_screens);
    header(f, pageTitle(kind), subtitle);

    if (model.rowCount() == 0) {
        const QRectF box = f.body.adjusted(m.px(40), m.px(40), -m.px(40), -m.px(40));
        m_scene.fill(box, dc::panel, m.px(16));
        const QRectF inner = box.adjusted(m.px(60), m.px(60), -m.px(60), -m.px(60));
        // Out of date, the list is empty because nothing new reached the screen, not because
        // the hall has no work: people are sent to the window for today's jobs.
        const double used = m_scene.paragraph(
            inner,
            m_outOfDate ? tr("Today's jobs cannot be shown on this screen right now")
                        : tr("No open jobs on the list right now"),
            m.font(56, true), dc::gold, 1.3);
        m_scene.paragraph(inner.adjusted(0, used + m.px(30), 0, 0),
                          m_outOfDate
                              ? tr("Please ask at the service window which jobs are open today, "
                                   "or call %1.")
                                    .arg(m_config.hotline)
                              : tr("New jobs come in every day. Register at the service window "
                                   "and the staff will look for work for you. Hotline %1.")
                                    .arg(m_config.hotline),
                          m.font(40), dc::text, 1.4);
        return;
    }
    const int first = m_screen * perScreen;
    const int last = std::min(model.rowCount(), first + perScreen);
    const auto cell = [&](int row, int column) {
        return model.data(model.index(row, column)).toString();
    };
    if (m.portrait) {
        // Rows share out the whole height, so a screenful never ends in a gap.
        const double rowH = f.body.height() / perScreen;
        double y = f.body.top();
        for (int row = first; row < last; ++row) {
            const QRectF r(f.body.left(), y, f.body.width(), rowH - m.px(10));
            m_scene.fill(r, (row % 2) ? dc::panelAlt : dc::panel, m.px(12));
            const QRectF inner = r.adjusted(m.px(24), m.px(8), -m.px(24), -m.px(8));
            const QRectF line1(inner.left(), inner.top(), inner.width(), inner.height() * 0.56);
            const QRectF line2(inner.left(), line1.bottom(), inner.width(),
                               inner.height() - line1.height());
            // The pay whole, the title beside it cut where it must be.
            const double payW = std::clamp(
                QFontMetricsF(m.font(40, true)).horizontalAdvance(cell(row, DisplayJobModel::Pay)) +
                    m.px(4),
                std::max(0.0, inner.width()) * 0.40, std::max(0.0, inner.width()) * 0.60);
            m_scene.text(line1.adjusted(0, 0, -payW - m.px(16), 0),
                         cell(row, DisplayJobModel::Title), m.font(42, true), dc::text);
            m_scene.text(line1.adjusted(line1.width() - payW, 0, 0, 0),
                         cell(row, DisplayJobModel::Pay), m.font(40, true), dc::gold,
                         Qt::AlignRight | Qt::AlignVCenter);
            // A long place name is cut, never the settlement or the headcount after it.
            const QString place = QFontMetricsF(m.font(32))
                                      .elidedText(cell(row, DisplayJobModel::District),
                                                  Qt::ElideRight, inner.width() * 0.3);
            const QStringList facts{cell(row, DisplayJobModel::Occupation), place,
                                    cell(row, DisplayJobModel::Settlement),
                                    cell(row, DisplayJobModel::Headcount)};
            m_scene.text(line2, facts.join(QStringLiteral(" · ")), m.font(32), dc::muted);
            y += rowH;
        }
        return;
    }

    // Each column as wide as its widest text on this screen (English pay and settlement run
    // longer than Chinese); the job title takes what is left and is the one that gets cut.
    const QColor colors[DisplayJobModel::ColumnCount] = {dc::text, dc::text,  dc::gold,
                                                         dc::text, dc::green, dc::text};
    const double pad = m.px(30);
    std::array<double, DisplayJobModel::ColumnCount> widths{};
    for (int c = 0; c < DisplayJobModel::ColumnCount; ++c) {
        const bool bold = c == DisplayJobModel::Title || c == DisplayJobModel::Pay;
        const QFontMetricsF cellFm(m.font(38, bold));
        double w = QFontMetricsF(m.font(30))
                       .horizontalAdvance(model.headerData(c, Qt::Horizontal).toString());
        for (int row = first; row < last; ++row)
            w = std::max(w, cellFm.horizontalAdvance(cell(row, c)));
        widths[size_t(c)] = w + pad + m.px(8);
    }
    // A place given at length (a street corner) is cut rather than take the other columns' room.
    widths[DisplayJobModel::District] =
        std::min(widths[DisplayJobModel::District], f.body.width() * 0.16);
    double others = 0;
    for (int c = 0; c < DisplayJobModel::ColumnCount; ++c) {
        if (c != DisplayJobModel::Title)
            others += widths[size_t(c)];
    }
    const double titleMin = f.body.width() * 0.24;
    if (others > f.body.width() - titleMin) {
        // Too wide even so: every other column gives up its share.
        const double scale = (f.body.width() - titleMin) / others;
        for (int c = 0; c < DisplayJobModel::ColumnCount; ++c)
            widths[size_t(c)] *= scale;
        others = f.body.width() - titleMin;
    }
    widths[DisplayJobModel::Title] = f.body.width() - others;
    const auto columnRect = [&](int column, double top, double height) {
        double x = f.body.left();
        for (int c = 0; c < column; ++c)
            x += widths[size_t(c)];
        return QRectF(x + m.px(22), top, widths[size_t(column)] - pad, height);
    };
    const double headH = m.px(kTableHead);
    for (int c = 0; c < DisplayJobModel::ColumnCount; ++c) {
        m_scene.text(columnRect(c, f.body.top(), headH),
                     model.headerData(c, Qt::Horizontal).toString(), m.font(30), dc::muted);
    }
    const double rowH = (f.body.height() - headH) / perScreen;
    double y = f.body.top() + headH;
    for (int row = first; row < last; ++row) {
        const QRectF r(f.body.left(), y, f.body.width(), rowH - m.px(8));
        m_scene.fill(r, (row % 2) ? dc::panelAlt : dc::panel, m.px(10));
        for (int c = 0; c < DisplayJobModel::ColumnCount; ++c) {
            const bool bold = c == DisplayJobModel::Title || c == DisplayJobModel::Pay;
            m_scene.text(columnRect(c, r.top(), r.height()), cell(row, c), m.font(38, bold),
                         colors[c]);
        }
        y += rowH;
    }
}

void DisplayPageView::buildTrades(const Frame& f)
{
    const DisplayMetrics& m = f.m;
    if (!m_snapshot)
        return;
    const auto& trades = m_snapshot->openByTrade;
    int positions = 0;
    for (const OccupationCount& t : trades)
        positions += t.positions;
    const BarGrid grid = barGrid(m);
    const int shown = std::min(int(trades.size()), grid.columns * grid.rowsPerColumn);
    QString subtitle = tr("%1 trades hiring, %2 people wanted").arg(trades.size()).arg(positions);
    if (shown < int(trades.size()))
        subtitle += tr("; the %1 wanting most people are shown").arg(shown);
    header(f, pageTitle(PageKind::Trades), subtitle);

    const int maxPositions = trades.empty() ? 1 : std::max(1, trades.front().positions);
    const double gap = m.px(40);
    const double colW = (f.body.width() - gap * (grid.columns - 1)) / grid.columns;
    const double rowH = std::min(m.px(112), f.body.height() / grid.rowsPerColumn);
    const auto valueText = [](const OccupationCount& t) {
        return tr("%1 people · %2 jobs").arg(t.positions).arg(t.jobs);
    };
    // The counts whole, as wide as the widest of them needs (the bars give way).
    const QFontMetricsF valueFm(m.font(34));
    double valueW = colW * 0.3;
    for (int i = 0; i < shown; ++i)
        valueW =
            std::max(valueW, valueFm.horizontalAdvance(valueText(trades[size_t(i)])) + m.px(4));
    valueW = std::min(valueW, colW * 0.6);
    // The names whole too where the bar can spare it (English names are longer than Chinese).
    const QFontMetricsF nameFm(m.font(40, true));
    double nameW = colW * 0.25;
    for (int i = 0; i < shown; ++i)
        nameW = std::max(nameW,
                         nameFm.horizontalAdvance(m_names(trades[size_t(i)].occupation)) + m.px(4));
    nameW = std::min(nameW, std::max(colW * 0.25, colW - valueW - m.px(120)));
    for (int i = 0; i < shown; ++i) {
        const OccupationCount& t = trades[size_t(i)];
        const int col = i / grid.rowsPerColumn;
        const int row = i % grid.rowsPerColumn;
        const QRectF r(f.body.left() + col * (colW + gap), f.body.top() + row * rowH, colW, rowH);
        const QRectF name(r.left(), r.top(), nameW, r.height());
        const QRectF value(r.right() - valueW, r.top(), valueW, r.height());
        const QRectF track(name.right() + m.px(12), r.center().y() - r.height() * 0.2,
                           value.left() - name.right() - m.px(28), r.height() * 0.4);
        m_scene.text(name, m_names(t.occupation), m.font(40, true), dc::text);
        m_scene.fill(track, dc::panel, m.px(8));
        const double w = std::max(m.px(8), track.width() * t.positions / maxPositions);
        m_scene.fill(QRectF(track.left(), track.top(), w, track.height()), dc::green, m.px(8));
        m_scene.text(value, valueText(t), m.font(34), dc::text, Qt::AlignRight | Qt::AlignVCenter);
    }
}

void DisplayPageView::buildRatio(const Frame& f)
{
    const DisplayMetrics& m = f.m;
    if (!m_snapshot || !m_snapshot->statistics)
        return;
    const MonthlyStatistics& s = *m_snapshot->statistics;
    std::vector<std::pair<QString, const Ranking*>> rankings;
    if (!s.occupationRanking.highest.empty())
        rankings.emplace_back(tr("by trade"), &s.occupationRanking);
    if (!s.industryRanking.highest.empty())
        rankings.emplace_back(tr("by industry"), &s.industryRanking);
    if (rankings.empty())
        return;
    const auto& [label, ranking] = rankings[size_t(std::min(m_screen, int(rankings.size()) - 1))];
    header(f, pageTitle(PageKind::Ratio) + QStringLiteral(" · ") + label, monthSpan(s));

    // The month in numbers.
    // One line in landscape, two in portrait.
    const QRectF strip(f.body.left(), f.body.top(), f.body.width(),
                       m.portrait ? m.px(112) : m.px(68));
    m_scene.fill(strip, dc::panel, m.px(12));
    m_scene.paragraph(strip.adjusted(m.px(24), m.px(12), -m.px(24), -m.px(8)),
                      tr("Seekers registered %1 · New jobs %2 · People wanted %3 · Applied %4 · "
                         "Recommended %5 · Hired %6")
                          .arg(s.seekersRegistered)
                          .arg(s.postings)
                          .arg(s.positions)
                          .arg(s.applications)
                          .arg(s.recommendations)
                          .arg(s.hires),
                      m.font(32), dc::text, 1.4);

    QString note = tr("Jobs per seeker = people wanted ÷ seekers registered in the month; above 1 "
                      "means more jobs than people.");
    if (!ranking->noSeekers.empty()) {
        QStringList names;
        for (const TradeBalance& b : ranking->noSeekers)
            names << (b.name.isEmpty() ? tr("Other") : m_names(b.name));
        note = tr("%1 No new seekers registered in the month for: %2.")
                   .arg(note, names.join(tr(", ", "list separator")));
    }
    // A trade at 0 may have open jobs on the other pages, posted in an earlier month: said, so
    // that the two pages do not seem to disagree.
    if (std::any_of(ranking->lowest.begin(), ranking->lowest.end(),
                    [](const TradeBalance& b) { return b.ratio && *b.ratio == 0; }))
        note = tr("%1 0.00: no new job in that trade in the month.").arg(note);
    const double noteH = m.portrait ? m.px(148) : m.px(96);
    const QRectF panels(f.body.left(), strip.bottom() + m.px(20), f.body.width(),
                        f.body.height() - strip.height() - m.px(20) - noteH - m.px(12));
    m_scene.paragraph(QRectF(f.body.left(), panels.bottom() + m.px(12), f.body.width(), noteH),
                      note, m.font(28), dc::muted, 1.5);

    const double gap = m.px(28);
    QRectF high;
    QRectF low;
    if (m.portrait) {
        const double h = (panels.height() - gap) / 2;
        high = QRectF(panels.left(), panels.top(), panels.width(), h);
        low = QRectF(panels.left(), high.bottom() + gap, panels.width(), h);
    } else {
        const double w = (panels.width() - gap) / 2;
        high = QRectF(panels.left(), panels.top(), w, panels.height());
        low = QRectF(high.right() + gap, panels.top(), w, panels.height());
    }
    double maxRatio = 0.01;
    for (const TradeBalance& b : ranking->highest)
        maxRatio = std::max(maxRatio, b.ratio.value_or(0));

    const auto panel = [&](const QRectF& r, const QString& heading, const QColor& color,
                           const std::vector<TradeBalance>& list) {
        m_scene.fill(r, dc::panelAlt, m.px(16));
        const QRectF inner = r.adjusted(m.px(28), m.px(12), -m.px(28), -m.px(16));
        const QRectF head(inner.left(), inner.top(), inner.width(), m.px(68));
        m_scene.text(head, heading, m.font(42, true), color);
        if (list.empty()) {
            m_scene.text(QRectF(inner.left(), head.bottom(), inner.width(), m.px(72)),
                         tr("Too few trades in the month to rank"), m.font(34), dc::muted);
            return;
        }
        // Trades tied with the last one join a list (StatisticsService::rank), so it may hold
        // more than five: the rows get lower, down to what stays readable across the hall; what
        // does not fit then is named on the last row.
        const double available = inner.height() - head.height();
        const int fit = std::max(1, int(available / m.px(40)));
        const int wanted = int(list.size());
        const bool cut = wanted > fit;
        const int rows = cut ? fit : wanted;
        const double rowH =
            std::min(m.px(96), available / std::max(rows, StatisticsService::kRankingSize));
        const double k = std::clamp(rowH / m.px(52), 0.6, 1.0);
        int place = 0; // shared by ratios equal as shown, as on the printed notice: 1, 2, 2, 4
        for (int i = 0; i < rows; ++i) {
            const QRectF row(inner.left(), head.bottom() + double(i) * rowH, inner.width(), rowH);
            if (cut && i == rows - 1) {
                QStringList rest;
                for (int j = i; j < wanted; ++j)
                    rest << (list[size_t(j)].name.isEmpty() ? tr("Other")
                                                            : m_names(list[size_t(j)].name));
                m_scene.text(row,
                             tr("and %n more: %1", nullptr, wanted - i)
                                 .arg(rest.join(tr(", ", "list separator"))),
                             m.font(34 * k), dc::muted);
                break;
            }
            const TradeBalance& b = list[size_t(i)];
            // Equal as shown: two rows reading 0.67 share their place.
            if (i == 0 || ratioText(list[size_t(i - 1)]) != ratioText(b))
                place = i + 1;
            const QRectF rank(row.left(), row.top(), m.px(48), row.height());
            // The name takes what the figure and a short bar leave: English names run long.
            const QRectF value(row.right() - m.px(140), row.top(), m.px(140), row.height());
            const QRectF name(rank.right(), row.top(), row.width() * 0.56, row.height());
            const QRectF track(name.right() + m.px(12), row.center().y() - row.height() * 0.18,
                               value.left() - name.right() - m.px(28), row.height() * 0.36);
            m_scene.text(rank, QString::number(place), m.font(36 * k, true), dc::muted);
            m_scene.text(name, b.name.isEmpty() ? tr("Other") : m_names(b.name), m.font(38 * k),
                         dc::text);
            m_scene.fill(track, dc::panel, m.px(6));
            const double w =
                std::max(m.px(6), track.width() * std::min(1.0, b.ratio.value_or(0) / maxRatio));
            m_scene.fill(QRectF(track.left(), track.top(), w, track.height()), color, m.px(6));
            m_scene.text(value, ratioText(b), m.font(40 * k, true), dc::text,
                         Qt::AlignRight | Qt::AlignVCenter);
        }
    };
    panel(high, tr("Most jobs per seeker"), dc::green, ranking->highest);
    panel(low, tr("Fewest jobs per seeker"), dc::coral, ranking->lowest);
}

void DisplayPageView::buildWages(const Frame& f)
{
    const DisplayMetrics& m = f.m;
    if (!m_snapshot || !m_snapshot->statistics)
        return;
    const MonthlyStatistics& s = *m_snapshot->statistics;
    const BarGrid grid = barGrid(m);
    // This screen's part of the list, highest paid first; the bars keep one scale throughout.
    const int perScreen = grid.columns * grid.rowsPerColumn;
    const int first = std::min(int(s.wages.size()), m_screen * perScreen);
    const int shown = std::min(int(s.wages.size()) - first, perScreen);
    QString subtitle = monthSpan(s);
    if (m_screens > 1)
        subtitle += tr(" · screen %1 of %2").arg(m_screen + 1).arg(m_screens);
    // Fewer screens than the trades need (the playlist's limit): the wall says who is left out.
    if (m_screen + 1 >= m_screens && first + shown < int(s.wages.size()))
        subtitle +=
            tr("; the %1 best paid of %2 trades are shown").arg(first + shown).arg(s.wages.size());
    header(f, pageTitle(PageKind::Wages), subtitle);

    QString note = tr("A day's pay: by the hour × the hours a job names (else 8); by the month "
                      "÷ 21.75.");
    const int excluded = s.wageExcludedPiece + s.wageExcludedProject;
    if (excluded > 0)
        note = tr("%1 %2 piece-rate or per-project jobs are not included.").arg(note).arg(excluded);
    // One line in landscape, two in portrait.
    const double noteH = m.portrait ? m.px(96) : m.px(56);
    const QRectF area(f.body.left(), f.body.top(), f.body.width(),
                      f.body.height() - noteH - m.px(12));
    m_scene.paragraph(QRectF(f.body.left(), area.bottom() + m.px(12), f.body.width(), noteH), note,
                      m.font(28), dc::muted, 1.5);

    const double maxWage = s.wages.empty() ? 1.0 : std::max(1.0, s.wages.front().averagePerDay);
    const double gap = m.px(40);
    const double colW = (area.width() - gap * (grid.columns - 1)) / grid.columns;
    const double rowH = std::min(m.px(108), area.height() / grid.rowsPerColumn);
    // The wages whole, as wide as the widest of them needs (the bars give way).
    const QFontMetricsF valueFm(m.font(40, true));
    double valueW = colW * 0.2;
    for (int i = 0; i < shown; ++i)
        valueW = std::max(valueW, valueFm.horizontalAdvance(DisplayFormat::perDay(
                                      s.wages[size_t(first + i)].averagePerDay)) +
                                      m.px(4));
    valueW = std::min(valueW, colW * 0.5);
    const QFontMetricsF nameFm(m.font(40, true));
    double nameW = colW * 0.28;
    for (int i = 0; i < shown; ++i)
        nameW = std::max(nameW,
                         nameFm.horizontalAdvance(m_names(s.wages[size_t(first + i)].occupation)) +
                             m.px(4));
    nameW = std::min(nameW, std::max(colW * 0.28, colW - valueW - m.px(120)));
    for (int i = 0; i < shown; ++i) {
        const TradeWage& w = s.wages[size_t(first + i)];
        const int col = i / grid.rowsPerColumn;
        const int row = i % grid.rowsPerColumn;
        const QRectF r(area.left() + col * (colW + gap), area.top() + row * rowH, colW, rowH);
        const QRectF name(r.left(), r.top(), nameW, r.height());
        const QRectF value(r.right() - valueW, r.top(), valueW, r.height());
        const QRectF track(name.right() + m.px(12), r.center().y() - r.height() * 0.2,
                           value.left() - name.right() - m.px(28), r.height() * 0.4);
        m_scene.text(name, m_names(w.occupation), m.font(40, true), dc::text);
        m_scene.fill(track, dc::panel, m.px(8));
        const double bw = std::max(m.px(8), track.width() * w.averagePerDay / maxWage);
        m_scene.fill(QRectF(track.left(), track.top(), bw, track.height()), dc::gold, m.px(8));
        m_scene.text(value, DisplayFormat::perDay(w.averagePerDay), m.font(40, true), dc::gold,
                     Qt::AlignRight | Qt::AlignVCenter);
    }
}

void DisplayPageView::buildCards(const Frame& f, PageKind kind)
{
    const DisplayMetrics& m = f.m;
    const std::vector<const StoredEntity*> items = cardItems(kind);
    const int perScreen = cardsPerScreen(f);
    QString subtitle = tr("%n item(s)", nullptr, int(items.size()));
    if (m_screens > 1)
        subtitle += tr(" · screen %1 of %2").arg(m_screen + 1).arg(m_screens);
    header(f, pageTitle(kind), subtitle);

    const int first = m_screen * perScreen;
    // The cards of this screen share the whole area (a lone last card takes all of it).
    const int onScreen = std::clamp(int(items.size()) - first, 1, perScreen);
    const int columns = m.portrait ? 1 : onScreen;
    const int rows = m.portrait ? onScreen : 1;
    const double gap = m.px(28);
    const double cardW = (f.body.width() - gap * (columns - 1)) / columns;
    const double cardH = (f.body.height() - gap * (rows - 1)) / rows;
    const bool lone = onScreen == 1; // room for larger type
    const double baseTitlePx = lone ? 56 : 48;
    const double baseTextPx = lone ? 42 : 36;
    struct Card
    {
        QString title;
        QStringList facts;
        QString body;
    };
    std::vector<Card> cards;
    for (int i = first; i < std::min(int(items.size()), first + perScreen); ++i) {
        const QJsonObject& d = items[size_t(i)]->data;
        const QJsonObject extra = d.value(QLatin1String("extra")).toObject();
        QStringList facts;
        if (!str(extra, "institution").isEmpty())
            facts << tr("Provider: %1").arg(str(extra, "institution"));
        if (!str(extra, "start").isEmpty()) {
            const QDate start = QDate::fromString(str(extra, "start"), Qt::ISODate);
            facts << tr("Starts: %1")
                         .arg(start.isValid() ? DisplayFormat::monthDay(start)
                                              : str(extra, "start"));
        }
        if (!str(extra, "cost").isEmpty())
            facts << tr("Cost: %1").arg(str(extra, "cost"));
        if (!str(extra, "phone").isEmpty())
            facts << tr("Phone: %1").arg(str(extra, "phone"));
        if (!str(extra, "source").isEmpty())
            facts << tr("Issued by: %1").arg(str(extra, "source"));
        const QDate until = QDate::fromString(str(d, "valid_until").left(10), Qt::ISODate);
        if (kind == PageKind::Notices && until.isValid())
            facts << tr("Valid until %1").arg(DisplayFormat::monthDay(until));
        cards.push_back({str(d, "title"), facts, str(d, "body")});
    }
    const QSizeF inner(cardW - m.px(64), cardH - m.px(40));
    // The height a card's text takes at a scale of the base sizes.
    const auto needs = [&m, &inner, baseTitlePx, baseTextPx](const Card& c, double scale) {
        const double textPx = baseTextPx * scale;
        const QFont title = m.font(baseTitlePx * scale, true);
        const QFont text = m.font(textPx);
        // As paragraph() lays them out: lines of the font's pixel size.
        const int titleLines = DisplayScene::lineCount(c.title, title, inner.width());
        if (titleLines > 2 && scale > 1.0)
            return std::numeric_limits<double>::max();
        double h = title.pixelSize() * 1.3 * std::min(kCardTitleLines, titleLines) + m.px(12);
        // A fact is one line: one that would be cut asks for a smaller size.
        const QFontMetricsF fm(text);
        for (const QString& fact : c.facts) {
            if (fm.horizontalAdvance(fact) > inner.width())
                return std::numeric_limits<double>::max();
        }
        if (!c.facts.isEmpty())
            h += m.px(textPx * 1.4) * double(c.facts.size()) + m.px(14);
        return h + text.pixelSize() * 1.5 * DisplayScene::lineCount(c.body, text, inner.width());
    };
    // Read from a few metres: the type as large as lets every card of this screen show its whole
    // text (35 % larger at most), all cards alike.
    double scale = 1.0;
    for (double s = 1.35; s > 1.0; s -= 0.05) {
        if (std::all_of(cards.begin(), cards.end(),
                        [&](const Card& c) { return needs(c, s) <= inner.height(); })) {
            scale = s;
            break;
        }
    }
    const double titlePx = baseTitlePx * scale;
    const double textPx = baseTextPx * scale;
    for (size_t slot = 0; slot < cards.size(); ++slot) {
        const Card& c = cards[slot];
        const QRectF card(f.body.left() + double(int(slot) % columns) * (cardW + gap),
                          f.body.top() + double(int(slot) / columns) * (cardH + gap), cardW, cardH);
        m_scene.fill(card, dc::panel, m.px(16));
        const QRectF box = card.adjusted(m.px(32), m.px(20), -m.px(32), -m.px(20));
        double y = box.top();
        const QFont titleFont = m.font(titlePx, true);
        // A long title whole (what the notice is about comes last in 关于…的通知), on as many
        // lines as it takes up to kCardTitleLines; the text below gives way.
        const int titleLines =
            std::min(kCardTitleLines, DisplayScene::lineCount(c.title, titleFont, box.width()));
        y += m_scene.paragraph(
            QRectF(box.left(), y, box.width(), titleFont.pixelSize() * 1.3 * titleLines), c.title,
            titleFont, dc::gold, 1.3);
        y += m.px(12);
        if (!c.facts.isEmpty()) {
            for (const QString& fact : c.facts) {
                m_scene.text(QRectF(box.left(), y, box.width(), m.px(textPx * 1.4)), fact,
                             m.font(textPx), dc::text);
                y += m.px(textPx * 1.4);
            }
            y += m.px(14);
        }
        m_scene.paragraph(QRectF(box.left(), y, box.width(), box.bottom() - y), c.body,
                          m.font(textPx), dc::text, 1.5);
    }
}

void DisplayPageView::buildMarket(const Frame& f)
{
    const DisplayMetrics& m = f.m;
    header(f, pageTitle(PageKind::Market), m_config.hallName);
    const QJsonObject extra =
        m_snapshot && m_snapshot->market
            ? m_snapshot->market->data.value(QLatin1String("extra")).toObject()
            : QJsonObject();
    const double gap = m.px(32);
    QRectF left;
    QRectF right;
    if (m.portrait) {
        left = QRectF(f.body.left(), f.body.top(), f.body.width(), f.body.height() * 0.46);
        right = QRectF(f.body.left(), left.bottom() + gap, f.body.width(),
                       f.body.height() - left.height() - gap);
    } else {
        left =
            QRectF(f.body.left(), f.body.top(), f.body.width() * 0.46 - gap / 2, f.body.height());
        right = QRectF(left.right() + gap, f.body.top(), f.body.width() - left.width() - gap,
                       f.body.height());
    }

    m_scene.fill(left, dc::panel, m.px(16));
    const QRectF inner = left.adjusted(m.px(36), m.px(24), -m.px(36), -m.px(24));
    struct Field
    {
        QString label;
        QString value;
        double px;
        bool bold;
        QColor color;
        int maxLines;
    };
    // The telephone, address and hours the clerks wrote in the market's entry; the terminal's
    // settings where it says nothing.
    const QString hotline = ContentService::marketDetail(extra, "phone", m_config.hotline);
    // The hotline whole on one line, smaller if it must be; two lines only when even that fails.
    double hotlinePx = 60;
    while (hotlinePx > 44 &&
           QFontMetricsF(m.font(hotlinePx, true)).horizontalAdvance(hotline) > inner.width())
        hotlinePx -= 4;
    const std::vector<Field> fields{
        {tr("Service hotline"), hotline, hotlinePx, true, dc::gold, 2},
        {tr("Address"), ContentService::marketDetail(extra, "address", m_config.address), 38, false,
         dc::text, 3},
        {tr("Opening hours"), ContentService::marketDetail(extra, "hours", m_config.openingHours),
         38, false, dc::text, 2},
        {tr("Services (all free of charge)"), ContentService::extraText(extra, "services"), 34,
         false, dc::text, 3}};
    // Every line the fields need, at the largest size at which all of them fit the card.
    const auto linesAt = [&](const Field& fd, double k) {
        return std::min(fd.maxLines,
                        std::max(1, DisplayScene::lineCount(fd.value, m.font(fd.px * k, fd.bold),
                                                            inner.width())));
    };
    // As paragraph() advances its lines.
    const auto lineH = [&](double px) { return m.font(px).pixelSize() * 1.3; };
    double k = 1.0;
    for (const double tryK : {1.0, 0.92, 0.85, 0.78, 0.72, 0.66, 0.6}) {
        k = tryK;
        double need = 0;
        for (const Field& fd : fields)
            if (!fd.value.isEmpty())
                need += m.px(64 * k) + linesAt(fd, k) * lineH(fd.px * k);
        if (need <= inner.height())
            break;
    }
    double y = inner.top();
    for (const Field& fd : fields) {
        if (fd.value.isEmpty() || y >= inner.bottom())
            continue;
        m_scene.text(QRectF(inner.left(), y, inner.width(), m.px(44 * k)), fd.label,
                     m.font(30 * std::max(k, 0.8)), dc::muted);
        y += m.px(46 * k);
        y += m_scene.paragraph(
            QRectF(inner.left(), y, inner.width(),
                   std::min(inner.bottom() - y, lineH(fd.px * k) * linesAt(fd, k) + m.px(2))),
            fd.value, m.font(fd.px * k, fd.bold), fd.color, 1.3);
        y += m.px(18 * k);
    }

    const std::vector<StoredEntity> rights =
        m_snapshot ? m_snapshot->rights : std::vector<StoredEntity>{};
    if (rights.empty()) {
        m_scene.fill(right, dc::panelAlt, m.px(16));
        const QRectF r = right.adjusted(m.px(36), m.px(24), -m.px(36), -m.px(24));
        m_scene.text(QRectF(r.left(), r.top(), r.width(), m.px(64)), tr("Complaints and help"),
                     m.font(42, true), dc::gold);
        m_scene.paragraph(r.adjusted(0, m.px(76), 0, 0),
                          tr("Unpaid wages, fake job offers or unfair treatment: tell the staff "
                             "at the service window or call %1. We answer within 5 working days.")
                              .arg(m_config.hotline),
                          m.font(36), dc::text, 1.45);
        return;
    }
    const int count = std::min(3, int(rights.size()));
    // Each card as tall as its text needs, the room left over shared out; when even that does
    // not fit, the text gets smaller before any of it is cut.
    const double chrome = m.px(14) * 2 + m.px(60);
    const double textW = right.width() - m.px(32) * 2;
    const double room = right.height() - gap / 2 * (count - 1);
    double bodyPx = 32;
    std::vector<double> heights(size_t(count), 0.0);
    for (const double px : {32.0, 30.0, 28.0, 26.0}) {
        bodyPx = px;
        double total = 0;
        for (int i = 0; i < count; ++i) {
            const int lines =
                DisplayScene::lineCount(str(rights[size_t(i)].data, "body"), m.font(px), textW);
            heights[size_t(i)] = chrome + std::max(1, lines) * m.font(px).pixelSize() * 1.35;
            total += heights[size_t(i)];
        }
        if (total <= room) {
            for (double& h : heights)
                h += (room - total) / count;
            break;
        }
        if (px == 26.0) {
            for (double& h : heights)
                h *= room / total;
        }
    }
    double top = right.top();
    for (int i = 0; i < count; ++i) {
        const QJsonObject& d = rights[size_t(i)].data;
        const QRectF card(right.left(), top, right.width(), heights[size_t(i)]);
        top += card.height() + gap / 2;
        m_scene.fill(card, dc::panelAlt, m.px(16));
        const QRectF r = card.adjusted(m.px(32), m.px(14), -m.px(32), -m.px(14));
        m_scene.text(QRectF(r.left(), r.top(), r.width(), m.px(58)), str(d, "title"),
                     m.font(40, true), dc::gold);
        m_scene.paragraph(r.adjusted(0, m.px(60), 0, 0), str(d, "body"), m.font(bodyPx), dc::text,
                          1.35);
    }
}

void DisplayPageView::buildQr(const Frame& f)
{
    const DisplayMetrics& m = f.m;
    header(f, pageTitle(PageKind::Qr), QString());
    if (m_qr.isNull())
        m_qr = qrCodeImage(m_config.onlineServiceUrl.toString(QUrl::FullyEncoded), 1);
    const double gap = m.px(56);
    QRectF code;
    QRectF text;
    if (m.portrait) {
        const double side = std::min(f.body.width() * 0.8, f.body.height() * 0.5);
        code = QRectF(f.body.center().x() - side / 2, f.body.top() + m.px(20), side, side);
        text = QRectF(f.body.left(), code.bottom() + gap, f.body.width(),
                      f.body.bottom() - code.bottom() - gap);
    } else {
        const double side = std::min(f.body.height(), f.body.width() * 0.42);
        code = QRectF(f.body.left() + m.px(40), f.body.top(), side, side);
        text = QRectF(code.right() + gap + m.px(40), f.body.top() + m.px(20),
                      f.body.right() - code.right() - gap - m.px(40), f.body.height() - m.px(20));
    }
    m_scene.fill(code, Qt::white, m.px(20));
    if (!m_qr.isNull()) {
        // Whole pixels per module keep the code sharp for phone cameras.
        const double inner = code.width() - m.px(24);
        const int module = std::max(1, int(inner / m_qr.width()));
        const int side = module * int(m_qr.width());
        if (m_qrScaled.width() != side)
            m_qrScaled = m_qr.scaled(side, side, Qt::IgnoreAspectRatio, Qt::FastTransformation);
        m_scene.image(QRectF(std::round(code.center().x() - side / 2.0),
                             std::round(code.center().y() - side / 2.0), side, side),
                      m_qrScaled);
    }
    double y = text.top();
    y +=
        m_scene.paragraph(QRectF(text.left(), y, text.width(), m.px(60) * 1.3 * 2),
                          tr("Guangxi Employment online service"), m.font(60, true), dc::gold, 1.3);
    y += m.px(28);
    for (const QString& line :
         {tr("Find jobs and apply from your phone"),
          tr("Register as a job seeker and get job suggestions"),
          tr("Sign up for training, look up policies and social insurance")}) {
        m_scene.fill(QRectF(text.left(), y + m.px(24), m.px(16), m.px(16)), dc::green, m.px(8));
        y += m_scene.paragraph(
            QRectF(text.left() + m.px(36), y, text.width() - m.px(36), m.px(44) * 1.4 * 2), line,
            m.font(44), dc::text, 1.4);
        y += m.px(14);
    }
    y += m.px(24);
    m_scene.paragraph(
        QRectF(text.left(), y, text.width(), text.bottom() - y),
        tr("Scan with WeChat or the phone camera: %1").arg(m_config.onlineServiceUrl.toString()),
        m.font(32), dc::muted, 1.4);
}

} // namespace lingong
