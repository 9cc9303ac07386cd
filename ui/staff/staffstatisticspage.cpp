#include "staffstatisticspage.h"

#include "referencedata.h"
#include "staffreport.h"
#include "staffstatsnotice.h"
#include "staffui.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace lingong {

using staffui::Tone;

namespace {

QTableWidget* makeTable(const QString& objectName, const QStringList& headers, QWidget* parent)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(objectName);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The name takes the room that is left.
    t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    return t;
}

// Columns 1 to `numbers` hold numbers: they line up on the right.
void setRow(QTableWidget* t, int row, const QStringList& cells, int numbers)
{
    for (int c = 0; c < int(cells.size()); ++c) {
        auto* item = new QTableWidgetItem(cells.at(c));
        if (c >= 1 && c <= numbers)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        t->setItem(row, c, item);
    }
}

QString ratioText(const std::optional<double>& ratio)
{
    return ratio ? QLocale().toString(*ratio, 'f', 2) : QString();
}

struct RankedRow
{
    TradeBalance balance;
    QString rank; // highest, lowest, no seekers, or ""
};

// Highest ratio first, each with its place in the ranking; trades with people wanted but no
// seeker (no ratio) last. The screen and the saved report list them alike.
std::vector<RankedRow> rankedRows(const std::vector<TradeBalance>& all, const Ranking& ranking)
{
    const auto in = [](const std::vector<TradeBalance>& list, const QString& name) {
        return std::any_of(list.begin(), list.end(),
                           [&name](const TradeBalance& b) { return b.name == name; });
    };
    std::vector<TradeBalance> sorted = all;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const TradeBalance& a, const TradeBalance& b) {
                         if (a.ratio.has_value() != b.ratio.has_value())
                             return a.ratio.has_value();
                         if (a.ratio && *a.ratio != *b.ratio)
                             return *a.ratio > *b.ratio;
                         return a.positions > b.positions;
                     });
    std::vector<RankedRow> rows;
    for (const TradeBalance& b : sorted) {
        QString rank;
        if (in(ranking.highest, b.name))
            rank = StaffStatisticsPage::tr("highest");
        else if (in(ranking.lowest, b.name))
            rank = StaffStatisticsPage::tr("lowest");
        else if (!b.ratio)
            rank = StaffStatisticsPage::tr("no seekers");
        rows.push_back({b, rank});
    }
    return rows;
}

// A row of the people by kind, as the screen and the report name it.
QString profileLabel(const ProfileRow& p)
{
    if (p.dimension == QLatin1String("gender"))
        return p.value == QLatin1String("male")     ? StaffStatisticsPage::tr("Men")
               : p.value == QLatin1String("female") ? StaffStatisticsPage::tr("Women")
                                                    : StaffStatisticsPage::tr("Gender not known");
    if (p.dimension == QLatin1String("age")) {
        if (p.value.isEmpty())
            return StaffStatisticsPage::tr("Age not known");
        if (p.value.startsWith(QLatin1Char('-')))
            return StaffStatisticsPage::tr("Aged under %1").arg(p.value.mid(1).toInt() + 1);
        if (p.value.endsWith(QLatin1Char('+')))
            return StaffStatisticsPage::tr("Aged %1 and over").arg(p.value.chopped(1));
        const QStringList range = p.value.split(QLatin1Char('-'));
        return StaffStatisticsPage::tr("Aged %1 to %2").arg(range.value(0), range.value(1));
    }
    return p.value.isEmpty() ? StaffStatisticsPage::tr("Education not known")
                             : StaffStatisticsPage::tr("Education: %1").arg(p.value);
}

} // namespace

StaffStatisticsPage::StaffStatisticsPage(StaffContext& ctx, QWidget* parent)
    : StaffPage(ctx, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 8);
    auto* head = new QHBoxLayout;
    head->addWidget(staffui::makeTitle(tr("Monthly statistics"), this));
    head->addSpacing(16);
    head->addWidget(new QLabel(tr("Month"), this));
    m_month = new QComboBox(this);
    m_month->setObjectName(QStringLiteral("statsMonth"));
    fillMonths();
    head->addWidget(m_month);
    head->addSpacing(12);
    auto* save = new QPushButton(tr("Save report (CSV)"), this);
    save->setObjectName(QStringLiteral("statsSave"));
    save->setProperty("primary", true);
    head->addWidget(save);
    // L2: the month published on the hall's notice board.
    auto* print = new QPushButton(tr("Print notice for the board"), this);
    print->setObjectName(QStringLiteral("statsPrint"));
    head->addWidget(print);
    head->addStretch(1);
    layout->addLayout(head);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("statsSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_services = new QLabel(this);
    m_services->setObjectName(QStringLiteral("statsServices"));
    m_services->setWordWrap(true);
    layout->addWidget(m_services);

    auto* tables = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    auto* byRow = new QHBoxLayout;
    byRow->addWidget(new QLabel(tr("Demand and supply: people wanted for each seeker"), this));
    m_by = new QComboBox(this);
    m_by->setObjectName(QStringLiteral("statsBy"));
    m_by->addItem(tr("by trade"), QStringLiteral("occupation"));
    m_by->addItem(tr("by industry"), QStringLiteral("industry"));
    byRow->addWidget(m_by);
    byRow->addStretch(1);
    left->addLayout(byRow);
    m_balances = makeTable(
        QStringLiteral("statsBalances"),
        {tr("Trade"), tr("People wanted"), tr("Seekers"), tr("Ratio"), tr("Ranking")}, this);
    left->addWidget(m_balances, 1);
    tables->addLayout(left, 3);
    auto* right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Daily average wage by trade"), this));
    m_wages = makeTable(QStringLiteral("statsWages"),
                        {tr("Trade"), tr("Yuan a day"), tr("Postings"), tr("People wanted")}, this);
    right->addWidget(m_wages, 1);
    m_wageNote = new QLabel(this);
    m_wageNote->setObjectName(QStringLiteral("statsWageNote"));
    m_wageNote->setWordWrap(true);
    m_wageNote->setProperty("role", QStringLiteral("hint"));
    right->addWidget(m_wageNote);
    // L3: who registered and who was placed.
    right->addWidget(new QLabel(tr("Seekers and hires by gender, age and education"), this));
    m_people = makeTable(QStringLiteral("statsPeople"),
                         {tr("Group"), tr("Seekers registered"), tr("Hires")}, this);
    right->addWidget(m_people, 1);
    tables->addLayout(right, 2);
    layout->addLayout(tables, 1);

    m_message = staffui::makeMessage(QStringLiteral("statsMessage"), this);
    layout->addWidget(m_message);

    connect(m_month, &QComboBox::currentIndexChanged, this, &StaffStatisticsPage::refresh);
    connect(m_by, &QComboBox::currentIndexChanged, this, &StaffStatisticsPage::fillBalances);
    connect(save, &QPushButton::clicked, this, &StaffStatisticsPage::save);
    connect(print, &QPushButton::clicked, this, &StaffStatisticsPage::printNotice);
}

void StaffStatisticsPage::fillMonths()
{
    const QDate first(m_ctx.today().year(), m_ctx.today().month(), 1);
    if (m_month->count() > 0 && m_month->itemData(0).toDate() == first)
        return;
    // A window left open past the month's end: the new month comes first, the chosen one stays.
    const QDate chosen = m_month->currentData().toDate();
    const QSignalBlocker quiet(m_month);
    m_month->clear();
    for (int i = 0; i < 12; ++i) {
        const QDate m = first.addMonths(-i);
        m_month->addItem(i == 0 ? tr("%1 (to date)").arg(QLocale().toString(m, tr("MMMM yyyy")))
                                : QLocale().toString(m, tr("MMMM yyyy")),
                         m);
    }
    m_month->setCurrentIndex(std::max(0, m_month->findData(chosen)));
}

void StaffStatisticsPage::refresh()
{
    fillMonths();
    const QDate month = m_month->currentData().toDate();
    const StatisticsService service(m_ctx.terminal.database(), m_ctx.terminal.reference());
    // The current month runs to today; earlier ones are whole.
    const bool current = m_month->currentIndex() == 0;
    auto stats = service.month(month, current ? m_ctx.today() : QDate(),
                               current ? m_ctx.terminal.clock().now() : QDateTime());
    if (!stats.ok()) {
        m_stats.reset();
        staffui::setMessage(m_message, stats.error().message, Tone::Error);
        return;
    }
    m_stats = std::move(stats.value());
    const MonthlyStatistics& s = *m_stats;
    // A day written out, never as 12/1/26 (month and day in an order not everybody reads alike).
    const QString dayFormat = tr("d MMM yyyy", "date format");
    m_summary->setText(
        tr("%1 to %2: %n seeker(s) registered", nullptr, s.seekersRegistered)
            .arg(QLocale().toString(s.month, dayFormat), QLocale().toString(s.through, dayFormat)) +
        QStringLiteral(" · ") + tr("%n posting(s)", nullptr, s.postings) + QStringLiteral(" · ") +
        tr("%n person(s) wanted", nullptr, s.positions) + QStringLiteral(" · ") +
        tr("%n application(s) by seekers", nullptr, s.applications) + QStringLiteral(" · ") +
        tr("%n recommendation(s) at the window", nullptr, s.recommendations) +
        QStringLiteral(" · ") + tr("%n hire(s)", nullptr, s.hires) +
        (s.hires > 0 ? tr(" (of these hires, followed up: %1 paid, %2 not paid)")
                           .arg(s.hiresPaid)
                           .arg(s.hiresUnpaid)
                     : QString()));
    // S4 and T5: the help given to people in difficulty, and how requests were answered.
    m_services->setText(
        tr("People in difficulty: %n registered", nullptr, s.prioritySeekersRegistered) +
        QStringLiteral(" · ") +
        tr("tiered services: guidance %1, job recommendations %2, training %3")
            .arg(s.tieredGuidance)
            .arg(s.tieredRecommendations)
            .arg(s.tieredTraining) +
        QStringLiteral("\n") +
        // Guidance is counted once, as the tiered service or as career guidance: both are
        // given here, so that neither figure reads as all there was.
        tr("Career guidance %1 in all (%2 to people in difficulty, %3 to others) · guidance on "
           "employment registration %4, pension insurance %5, occupational-injury cover %6")
            .arg(s.tieredGuidance + s.careerGuidance)
            .arg(s.tieredGuidance)
            .arg(s.careerGuidance)
            .arg(s.registrationGuidance)
            .arg(s.pensionGuidance)
            .arg(s.injuryGuidance) +
        QStringLiteral("\n") +
        tr("Complaints and requests: %n received", nullptr, s.requests.received) +
        QStringLiteral(" · ") +
        tr("%1 closed, %2 of them late").arg(s.requests.closed).arg(s.requests.closedLate) +
        QStringLiteral(" · ") + tr("%n overdue, not closed", nullptr, s.requests.overdue));
    fillBalances();

    m_wages->setRowCount(int(s.wages.size()));
    for (int i = 0; i < int(s.wages.size()); ++i) {
        const TradeWage& w = s.wages[size_t(i)];
        setRow(m_wages, i,
               {m_ctx.terminal.reference().displayName(w.occupation),
                QLocale().toString(w.averagePerDay, 'f', 0), QString::number(w.postings),
                QString::number(w.positions)},
               3);
    }
    m_people->setRowCount(int(s.profile.size()));
    for (int i = 0; i < int(s.profile.size()); ++i) {
        const ProfileRow& p = s.profile[size_t(i)];
        setRow(m_people, i, {profileLabel(p), QString::number(p.seekers), QString::number(p.hires)},
               2);
    }
    const std::optional<double> overall = StatisticsService::overallDailyWage(s.wages);
    m_wageNote->setText(
        (overall ? tr("Over the %n trade(s) listed: %1 yuan a day.", nullptr, int(s.wages.size()))
                           .arg(QLocale().toString(*overall, 'f', 0)) +
                       QLatin1Char(' ')
                 : QString()) +
        tr("Left out of the averages: %1 paid by the piece, %2 paid by the project, %3 with no "
           "pay stated. Hourly pay counts for the hours a day a posting names (8 when it names "
           "none), monthly pay as 21.75 days.")
            .arg(s.wageExcludedPiece)
            .arg(s.wageExcludedProject)
            .arg(s.wageExcludedUnstated));
    staffui::setMessage(
        m_message, s.isEmpty() ? tr("Nothing was registered or posted in this month.") : QString(),
        Tone::Info);
}

void StaffStatisticsPage::fillBalances()
{
    if (!m_stats)
        return;
    const bool byIndustry = m_by->currentData().toString() == QLatin1String("industry");
    const std::vector<TradeBalance>& all = byIndustry ? m_stats->byIndustry : m_stats->byOccupation;
    const Ranking& ranking = byIndustry ? m_stats->industryRanking : m_stats->occupationRanking;
    const std::vector<RankedRow> rows = rankedRows(all, ranking);
    m_balances->horizontalHeaderItem(0)->setText(byIndustry ? tr("Industry") : tr("Trade"));
    m_balances->setRowCount(int(rows.size()));
    for (int i = 0; i < int(rows.size()); ++i) {
        const TradeBalance& b = rows[size_t(i)].balance;
        setRow(m_balances, i,
               {b.name.isEmpty() ? tr("(industry unknown)")
                                 : m_ctx.terminal.reference().displayName(b.name),
                QString::number(b.positions), QString::number(b.seekers), ratioText(b.ratio),
                rows[size_t(i)].rank},
               3);
    }
    m_balances->scrollToTop();
}

QString StaffStatisticsPage::reportPath(const QDate& month) const
{
    const QFileInfo store(m_ctx.terminal.database().path());
    return store.absoluteDir().filePath(
        QStringLiteral("reports/statistics-%1.csv").arg(month.toString(QStringLiteral("yyyy-MM"))));
}

QString StaffStatisticsPage::csv() const
{
    const MonthlyStatistics& s = *m_stats;
    QString out;
    out += StaffReport::line({tr("Hall"), m_ctx.terminal.config().hallName});
    out += StaffReport::line({tr("From"), s.month.toString(Qt::ISODate)});
    out += StaffReport::line({tr("To"), s.through.toString(Qt::ISODate)});
    out += StaffReport::line({tr("Seekers registered"), QString::number(s.seekersRegistered)});
    out += StaffReport::line({tr("Postings"), QString::number(s.postings)});
    out += StaffReport::line({tr("People wanted"), QString::number(s.positions)});
    out += StaffReport::line(
        {tr("Applications by seekers (kiosk, online)"), QString::number(s.applications)});
    out += StaffReport::line(
        {tr("Recommendations at the window"), QString::number(s.recommendations)});
    out += StaffReport::line({tr("Hires"), QString::number(s.hires)});
    out += StaffReport::line(
        {tr("Hires followed up: work finished, pay settled"), QString::number(s.hiresPaid)});
    out += StaffReport::line(
        {tr("Hires followed up: pay not settled"), QString::number(s.hiresUnpaid)});
    out += StaffReport::line(
        {tr("Seekers in difficulty registered"), QString::number(s.prioritySeekersRegistered)});
    out += StaffReport::line(
        {tr("Tiered services: career guidance"), QString::number(s.tieredGuidance)});
    out += StaffReport::line(
        {tr("Tiered services: job recommendations"), QString::number(s.tieredRecommendations)});
    out += StaffReport::line({tr("Tiered services: training"), QString::number(s.tieredTraining)});
    out += StaffReport::line(
        {tr("Career guidance (not in difficulty)"), QString::number(s.careerGuidance)});
    out += StaffReport::line(
        {tr("Guidance on employment registration"), QString::number(s.registrationGuidance)});
    out += StaffReport::line(
        {tr("Guidance on basic pension insurance"), QString::number(s.pensionGuidance)});
    out += StaffReport::line(
        {tr("Guidance on occupational-injury cover"), QString::number(s.injuryGuidance)});
    out += StaffReport::line(
        {tr("Complaints and requests received"), QString::number(s.requests.received)});
    out += StaffReport::line(
        {tr("Complaints and requests closed"), QString::number(s.requests.closed)});
    out += StaffReport::line(
        {tr("Closed after the deadline"), QString::number(s.requests.closedLate)});
    out += StaffReport::line(
        {tr("Overdue and not closed (at the end, or now)"), QString::number(s.requests.overdue)});
    // As on the screen: highest ratio first, with the place in the ranking that is published
    // (L2).
    const auto balances = [&out](const QString& kind, const std::vector<TradeBalance>& list,
                                 const Ranking& ranking, bool industries) {
        out += QStringLiteral("\r\n");
        out += StaffReport::line(
            {kind, tr("People wanted"), tr("Seekers"), tr("Ratio"), tr("Ranking")});
        for (const RankedRow& r : rankedRows(list, ranking)) {
            const TradeBalance& b = r.balance;
            out += StaffReport::line(
                {industries ? ReferenceData::officialIndustryName(b.name) : b.name,
                 QString::number(b.positions), QString::number(b.seekers),
                 b.ratio ? QString::number(*b.ratio, 'f', 2) : QString(), r.rank});
        }
    };
    // The official Chinese names: the return goes to the region as they are. Trades as stored;
    // industries in full, as the national classification gives them.
    balances(tr("Trade"), s.byOccupation, s.occupationRanking, false);
    balances(tr("Industry"), s.byIndustry, s.industryRanking, true);
    out += StaffReport::line(
        {tr("Jobs per seeker = people wanted ÷ seekers registered in the month; a trade "
            "with no seekers has no ratio and is not ranked.")});
    out += QStringLiteral("\r\n");
    if (const auto overall = StatisticsService::overallDailyWage(s.wages))
        out += StaffReport::line(
            {tr("Daily average wage over the trades listed"), QString::number(*overall, 'f', 2)});
    out += StaffReport::line({tr("Trade"), tr("Yuan a day"), tr("Postings"), tr("People wanted")});
    for (const TradeWage& w : s.wages)
        out += StaffReport::line({w.occupation, QString::number(w.averagePerDay, 'f', 2),
                                  QString::number(w.postings), QString::number(w.positions)});
    out += StaffReport::line({m_wageNote->text()});
    out += QStringLiteral("\r\n");
    out += StaffReport::line({tr("Group"), tr("Seekers registered"), tr("Hires")});
    for (const ProfileRow& p : s.profile)
        out += StaffReport::line(
            {profileLabel(p), QString::number(p.seekers), QString::number(p.hires)});
    return out;
}

void StaffStatisticsPage::save()
{
    if (!m_stats)
        refresh();
    if (!m_stats)
        return;
    const QString text = csv();
    StaffReport::save(this, QStringLiteral("statsSaveDialog"), tr("Save the monthly report"),
                      reportPath(m_stats->month), m_ctx.terminal.database().path(),
                      &m_ctx.reportFolder, m_message, [text] { return text; });
}

void StaffStatisticsPage::printNotice()
{
    // Read again: a window left open past midnight or the month's end prints the figures as
    // they are now, and a month just ended as a whole one.
    refresh();
    if (!m_stats)
        return;
    // A notice for the board goes on A4, whatever paper the window's slips use.
    Config config = m_ctx.terminal.config();
    config.paper = QStringLiteral("a4");
    staffui::printSlip(
        m_message, config,
        StaffStatsNotice::slip(*m_stats, m_month->currentIndex() == 0, m_ctx.terminal.reference(),
                               config, m_ctx.terminal.clock().now().toOffsetFromUtc(8 * 3600)),
        tr("The notice is not printed: %1 Ask the administrator to set up the printer "
           "(printing in the configuration)."),
        tr("Notice sent to the printer %1."), tr("Notice saved: %1"),
        {&m_ctx.reportFolder, m_ctx.reportsFolder(), m_ctx.terminal.database().path()});
}

} // namespace lingong
