#include "kioskjoblistpage.h"

#include "common/kioskstyle.h"
#include "common/touchchipgroup.h"
#include "kioskjobcard.h"
#include "kioskqueries.h"
#include "kiosktext.h"
#include "places.h"

#include <QDate>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>

#include <algorithm>
#include <initializer_list>
#include <utility>

namespace lingong {

namespace {

const QString kAll = QStringLiteral("all");

// The orders a person can choose, the first one shown at first.
struct OrderChoice
{
    const char* key;
    JobQuery::Sort sort;
    const char* name;    // the choice
    const char* meaning; // what it means, in plain words
};
const OrderChoice kOrders[] = {
    {"newest", JobQuery::Sort::Newest, QT_TRANSLATE_NOOP("lingong::KioskJobListPage", "Newest"),
     QT_TRANSLATE_NOOP("lingong::KioskJobListPage", "the jobs put up last come first")},
    {"soonest", JobQuery::Sort::SoonestStart,
     QT_TRANSLATE_NOOP("lingong::KioskJobListPage", "Starting soonest"),
     QT_TRANSLATE_NOOP("lingong::KioskJobListPage",
                       "the jobs that start first come first, those already started at the top")},
    {"pay", JobQuery::Sort::HighestPay, QT_TRANSLATE_NOOP("lingong::KioskJobListPage", "Best paid"),
     QT_TRANSLATE_NOOP("lingong::KioskJobListPage",
                       "by what a day's work brings; pay by the piece or by the job comes last")},
};

const OrderChoice& orderChoice(const QString& key)
{
    for (const OrderChoice& o : kOrders)
        if (key == QLatin1String(o.key))
            return o;
    return kOrders[0];
}

} // namespace

KioskJobListPage::KioskJobListPage(Terminal& terminal, QWidget* parent)
    : KioskPage(terminal, QStringLiteral("kioskJobList"), tr("Jobs"), parent)
{
    const std::array<const char*, FilterCount> buttonNames{"filterDistrict", "filterPayUnit",
                                                           "filterSettlement", "filterForm"};
    const std::array<const char*, FilterCount> prefixes{"district", "payUnit", "settlement",
                                                        "form"};
    m_filterRows = new QVBoxLayout;
    m_filterRows->setSpacing(KioskStyle::px(16));
    for (int f = 0; f < FilterCount; ++f) {
        m_filterButtons[size_t(f)] = KioskStyle::button(
            QString(), "secondary", QString::fromLatin1(buttonNames[size_t(f)]), this);
        connect(m_filterButtons[size_t(f)], &QPushButton::clicked, this,
                [this, f] { openFilter(f); });
    }
    body()->addLayout(m_filterRows);

    m_stack = new QStackedWidget(this);
    // The cards never make the screen taller: fitPageSize() shows as many as fit.
    m_stack->setMinimumHeight(KioskStyle::px(200));
    body()->addWidget(m_stack, 1);

    m_cardsView = new QWidget(m_stack);
    auto* cv = new QVBoxLayout(m_cardsView);
    cv->setContentsMargins(0, 0, 0, 0);
    m_empty = KioskStyle::label(QString(), "h2", m_cardsView);
    m_empty->setObjectName(QStringLiteral("jobsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    cv->addWidget(m_empty);
    // Choices that find nothing are undone in one tap, not filter by filter.
    m_clearFilters = KioskStyle::button(tr("Any everywhere: show all again"), "primary",
                                        QStringLiteral("jobsClearFilters"), m_cardsView);
    m_clearFilters->hide();
    // The list starts again as it was first shown, its choices all 不限.
    connect(m_clearFilters, &QPushButton::clicked, this, [this] { start(false); });
    cv->addWidget(m_clearFilters, 0, Qt::AlignHCenter);
    m_cardGrid = new QGridLayout;
    m_cardGrid->setSpacing(KioskStyle::px(12));
    cv->addLayout(m_cardGrid);
    cv->addStretch(1);
    m_stack->addWidget(m_cardsView);

    auto* filterView = new QWidget(m_stack);
    auto* fv = new QVBoxLayout(filterView);
    fv->setContentsMargins(0, 0, 0, 0);
    m_filterPrompt = KioskStyle::label(QString(), "h2", filterView);
    m_filterPrompt->setObjectName(QStringLiteral("filterPrompt"));
    fv->addWidget(m_filterPrompt);
    // Above the kinds of work, what each means in plain words. (Below them it would stand past
    // the room the longest list of choices, the districts, takes.)
    m_filterNote = KioskStyle::label(QString(), "body", filterView);
    m_filterNote->setObjectName(QStringLiteral("filterNote"));
    fv->addWidget(m_filterNote);
    m_groupStack = new QStackedWidget(filterView);
    fv->addWidget(m_groupStack);
    fv->addStretch(1);
    m_stack->addWidget(filterView);

    for (int f = 0; f < FilterCount; ++f) {
        auto* g =
            new TouchChipGroup(QString::fromLatin1(prefixes[size_t(f)]), true, 5, m_groupStack);
        m_groups[size_t(f)] = g;
        m_groupStack->addWidget(g);
        connect(g, &TouchChipGroup::chipTapped, this, [this, f](const QString& key) {
            m_filters[size_t(f)] = key == kAll ? QString() : key;
            m_offset = 0;
            m_earlier.clear();
            m_stack->setCurrentIndex(0);
            load();
        });
    }
    // Which jobs come first: chosen like a filter, from a button among theirs, or beside the
    // title where their row has no room for it (see arrangeFilters).
    m_orderButton = KioskStyle::button(QString(), "secondary", QStringLiteral("jobsOrder"), this);
    connect(m_orderButton, &QPushButton::clicked, this, [this] { openFilter(Order); });
    m_orderSlot = new QWidget(this);
    auto* slot = new QHBoxLayout(m_orderSlot);
    slot->setContentsMargins(0, 0, 0, 0);
    m_orderSlot->hide();
    addBesideTitle(m_orderSlot);
    m_orderGroup = new TouchChipGroup(QStringLiteral("order"), true, 5, m_groupStack);
    for (const OrderChoice& o : kOrders)
        m_orderGroup->addChip(QLatin1String(o.key), tr(o.name));
    m_groupStack->addWidget(m_orderGroup);
    connect(m_orderGroup, &TouchChipGroup::chipTapped, this, [this](const QString& key) {
        m_order = key;
        m_offset = 0;
        m_earlier.clear();
        m_stack->setCurrentIndex(0);
        load();
    });
    m_groups[PayUnit]->addChip(kAll, tr("Any"));
    for (const char* u : {"hour", "day", "piece", "month", "project"})
        m_groups[PayUnit]->addChip(QLatin1String(u), KioskText::payUnitShort(QLatin1String(u)));
    m_groups[Settlement]->addChip(kAll, tr("Any"));
    for (const char* s : {"daily", "weekly", "monthly", "on_completion"})
        m_groups[Settlement]->addChip(QLatin1String(s), KioskText::settlement(QLatin1String(s)));
    m_groups[Form]->addChip(kAll, tr("Any"));
    // Each kind with how long it lasts, the question the filter asks.
    for (const char* s : {"part_time", "temporary", "seasonal"})
        m_groups[Form]->addChip(
            QLatin1String(s),
            tr("%1 (%2)", "a kind of work (how long it lasts)")
                .arg(KioskText::form(QLatin1String(s)), KioskText::formLength(QLatin1String(s))));

    // Paging is for the list: while a filter's choices are open the buttons step aside, and so
    // does the page line (the choices say how many jobs each shows).
    connect(m_stack, &QStackedWidget::currentChanged, this, [this](int index) {
        m_prev->setVisible(index == 0);
        m_next->setVisible(index == 0);
        m_pageLabel->setVisible(index == 0);
    });
    auto* pager = new QHBoxLayout;
    m_prev = KioskStyle::button(tr("Previous page"), "nav", QStringLiteral("jobsPrev"), this);
    m_next = KioskStyle::button(tr("Next page"), "nav", QStringLiteral("jobsNext"), this);
    m_pageLabel = KioskStyle::label(QString(), "body", this);
    m_pageLabel->setObjectName(QStringLiteral("jobsPageLabel"));
    m_pageLabel->setAlignment(Qt::AlignCenter);
    connect(m_prev, &QPushButton::clicked, this, [this] {
        if (!m_earlier.isEmpty()) {
            // The page as it was, with as many cards.
            std::tie(m_offset, m_pageSize) = m_earlier.takeLast();
            load();
        }
    });
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (hasNextPage()) {
            m_earlier.append({m_offset, m_pageSize});
            m_offset += int(m_cards.size());
            load();
            // A page after one of taller cards may hold more again.
            fitPageSize(true);
        }
    });
    pager->addWidget(m_prev);
    pager->addWidget(m_pageLabel, 1);
    pager->addWidget(m_next);
    body()->addLayout(pager);
    start();
}

void KioskJobListPage::showTrade(const QString& occupation)
{
    m_occupation = occupation;
    m_chosenOccupations.clear();
    m_chosenDistricts.clear();
    m_welfareOnly = false;
    setTitle(occupation.isEmpty()
                 ? tr("All open jobs")
                 : tr("Jobs: %1").arg(m_terminal.reference().displayName(occupation)));
    start(true);
}

void KioskJobListPage::showPublicWelfare()
{
    m_occupation.clear();
    m_chosenOccupations.clear();
    m_chosenDistricts.clear();
    m_welfareOnly = true;
    setTitle(tr("Public-welfare jobs"));
    start();
}

void KioskJobListPage::showChoices(const QStringList& occupations, const QStringList& districts)
{
    m_occupation.clear();
    m_chosenOccupations = occupations;
    m_chosenDistricts = districts;
    m_welfareOnly = false;
    // Chosen by trade and place only: the pay wished for is not a filter here.
    setTitle(tr("Jobs in the trades and places you chose"));
    start();
}

void KioskJobListPage::start(bool keepFilters)
{
    if (!keepFilters) {
        m_filters = {};
        m_order = QLatin1String(kOrders[0].key);
    }
    m_offset = 0;
    m_earlier.clear();
    for (int f = 0; f < FilterCount; ++f)
        m_groups[size_t(f)]->setSelectedKeys(
            {m_filters[size_t(f)].isEmpty() ? kAll : m_filters[size_t(f)]});
    m_orderGroup->setSelectedKeys({QLatin1String(orderChoice(m_order).key)});
    rebuildDistricts();
    m_stack->setCurrentIndex(0);
    load();
    // Each list starts from the usual card's height: one list's taller cards do not shrink the
    // next one's pages.
    fitPageSize(true);
}

void KioskJobListPage::reset()
{
    m_occupation.clear();
    m_chosenOccupations.clear();
    m_chosenDistricts.clear();
    m_welfareOnly = false;
    setTitle(tr("All open jobs"));
    start();
}

void KioskJobListPage::refresh()
{
    rebuildDistricts();
    load();
    // Choices open on the screen count again what the store holds now.
    if (m_stack->currentIndex() == 1 && m_groupStack->currentIndex() != Order)
        showCounts(m_groupStack->currentIndex());
}

bool KioskJobListPage::back()
{
    if (m_stack->currentIndex() != 0) {
        m_stack->setCurrentIndex(0);
        return true;
    }
    return false;
}

void KioskJobListPage::setLargeText(bool on)
{
    KioskPage::setLargeText(on);
    arrangeFilters();
}

void KioskJobListPage::setPortrait(bool portrait)
{
    const bool changed = portrait != isPortrait();
    KioskPage::setPortrait(portrait);
    for (TouchChipGroup* g : m_groups)
        g->setColumns(portrait ? 3 : 5);
    if (changed)
        layoutCards();
}

void KioskJobListPage::rebuildDistricts()
{
    TouchChipGroup* g = m_groups[District];
    auto districts =
        KioskQueries(m_terminal.database())
            .openDistricts(m_terminal.clock().today(),
                           m_occupation.isEmpty() ? m_chosenOccupations : QStringList{m_occupation},
                           m_welfareOnly);
    QStringList keys{kAll};
    if (districts.ok())
        keys << KioskText::nearFirst(districts.value(), m_terminal.config().district);
    // The one chosen stays available even when its last job just went away.
    if (!m_filters[District].isEmpty() && !keys.contains(m_filters[District]))
        keys << m_filters[District];
    const QString anyLabel = m_chosenDistricts.isEmpty() ? tr("Any") : tr("Your places");
    if (keys == g->keys() && g->chip(kAll)->text() == anyLabel)
        return;
    g->clearChips();
    for (const QString& k : std::as_const(keys))
        g->addChip(k, k == kAll ? anyLabel
                                : KioskText::shortDistrict(k, m_terminal.config().district));
    g->setSelectedKeys({m_filters[District].isEmpty() ? kAll : m_filters[District]});
}

void KioskJobListPage::openFilter(int which)
{
    static const char* const prompts[] = {
        QT_TR_NOOP("Where do you want to work?"), QT_TR_NOOP("How should the pay be counted?"),
        QT_TR_NOOP("When should the pay be settled?"), QT_TR_NOOP("How long is the work?"),
        QT_TR_NOOP("Which jobs should come first?")};
    // The same button again closes the choices, as 返回 does.
    if (m_stack->currentIndex() == 1 && m_groupStack->currentIndex() == which) {
        m_stack->setCurrentIndex(0);
        return;
    }
    m_filterPrompt->setText(tr(prompts[which]));
    // What each choice means, in plain words: how the pay is counted is not when it is paid
    // (按天 may be paid at the end of the job, 日结 piece-work every day).
    QStringList meanings;
    const auto explain = [&meanings](std::initializer_list<const char*> keys,
                                     QString (*name)(const QString&),
                                     QString (*meaning)(const QString&)) {
        for (const char* k : keys)
            meanings << tr("%1: %2", "a choice: what it means")
                            .arg(name(QLatin1String(k)), meaning(QLatin1String(k)));
    };
    if (which == PayUnit)
        explain({"hour", "day", "piece", "month", "project"}, &KioskText::payUnitShort,
                &KioskText::payUnitMeaning);
    else if (which == Settlement)
        explain({"daily", "weekly", "monthly", "on_completion"}, &KioskText::settlement,
                &KioskText::settlementMeaning);
    else if (which == Form)
        explain({"part_time", "temporary", "seasonal"}, &KioskText::form, &KioskText::formMeaning);
    else if (which == Order)
        for (const OrderChoice& o : kOrders)
            meanings << tr("%1: %2", "a choice: what it means").arg(tr(o.name), tr(o.meaning));
    m_filterNote->setText(meanings.join(QLatin1Char('\n')));
    m_filterNote->setVisible(!meanings.isEmpty());
    // An order shows every job the filters do: nothing to count.
    if (which != Order)
        showCounts(which);
    m_groupStack->setCurrentIndex(which);
    m_stack->setCurrentIndex(1);
}

void KioskJobListPage::arrangeFilters()
{
    // The four filters and the order in one row when their words fit; else the filters in one
    // row and the order beside the title; else all in rows of three and two; else the filters
    // in rows of two and the order beside the title: never cut. Judged by the longest words
    // each button can take, whatever is chosen now, and each button kept as wide as those, so
    // that a choice made never moves the buttons under the finger.
    std::array<QPushButton*, FilterCount + 1> buttons{};
    std::array<int, FilterCount + 1> wanted{};
    for (int f = 0; f <= FilterCount; ++f) {
        QPushButton* b = f == Order ? m_orderButton : m_filterButtons[size_t(f)];
        buttons[size_t(f)] = b;
        const QFontMetrics fm = b->fontMetrics();
        QStringList texts;
        if (f == Order) {
            for (const OrderChoice& o : kOrders)
                texts << orderText(QLatin1String(o.key));
        } else {
            QStringList keys = m_groups[size_t(f)]->keys();
            keys << QString() << m_filters[size_t(f)];
            for (const QString& key : std::as_const(keys))
                texts << filterText(f, key == kAll ? QString() : key);
        }
        // Measured as QPushButton::sizeHint() measures its text.
        const auto textWidth = [&fm](const QString& t) {
            return fm.size(Qt::TextShowMnemonic, t).width();
        };
        int widest = 0;
        for (const QString& t : std::as_const(texts))
            widest = std::max(widest, textWidth(t));
        wanted[size_t(f)] = b->sizeHint().width() - textWidth(b->text()) + widest;
    }
    const QMargins margins = layout()->contentsMargins();
    const int room = width() - margins.left() - margins.right();
    const auto fits = [&](int from, int to) {
        int w = (to - from - 1) * m_filterRows->spacing();
        for (int f = from; f < to; ++f)
            w += wanted[size_t(f)];
        return width() <= 0 || w <= room;
    };
    std::vector<std::pair<int, int>> rows; // [from, to) of buttons
    if (fits(0, 5))
        rows = {{0, 5}};
    else if (fits(0, 4))
        rows = {{0, 4}};
    else if (fits(0, 3) && fits(3, 5))
        rows = {{0, 3}, {3, 5}};
    else
        rows = {{0, 2}, {2, 4}};
    const bool besideTitle = rows.back().second == FilterCount;
    for (const auto& [from, to] : rows)
        for (int f = from; f < to; ++f)
            buttons[size_t(f)]->setMinimumWidth(fits(from, to) ? wanted[size_t(f)] : 0);
    if (besideTitle)
        m_orderButton->setMinimumWidth(std::min(wanted[Order], room / 2));
    const int shape = int(rows.size()) * 10 + rows.front().second;
    if (shape == m_filterShape)
        return;
    m_filterShape = shape;
    while (QLayoutItem* row = m_filterRows->takeAt(0)) {
        if (QLayout* l = row->layout())
            while (QLayoutItem* item = l->takeAt(0))
                delete item;
        delete row;
    }
    m_orderSlot->layout()->removeWidget(m_orderButton);
    if (besideTitle)
        m_orderSlot->layout()->addWidget(m_orderButton);
    m_orderSlot->setVisible(besideTitle);
    for (const auto& [from, to] : rows) {
        auto* row = new QHBoxLayout;
        row->setSpacing(m_filterRows->spacing());
        m_filterRows->addLayout(row);
        for (int f = from; f < to; ++f)
            row->addWidget(buttons[size_t(f)], 1);
    }
}

QString KioskJobListPage::filterText(int f, const QString& key) const
{
    const QString any = tr("Any");
    switch (f) {
    case District: {
        if (!key.isEmpty())
            return tr("Where: %1").arg(KioskText::shortDistrict(key, m_terminal.config().district));
        // The districts chosen when registering, while no other one is picked: named when
        // they fit.
        QStringList chosen;
        for (const QString& d : std::as_const(m_chosenDistricts))
            chosen << KioskText::shortDistrict(d, m_terminal.config().district);
        return tr("Where: %1")
            .arg(chosen.isEmpty()     ? any
                 : chosen.size() <= 2 ? chosen.join(QStringLiteral("、"))
                                      : tr("Your places"));
    }
    case PayUnit:
        return tr("Pay: %1").arg(key.isEmpty() ? any : KioskText::payUnitShort(key));
    case Settlement:
        // The question, then the answer, as the other buttons say it (in English in few words:
        // the buttons share a row).
        return key.isEmpty()
                   ? tr("When paid: %1").arg(any)
                   : tr("Paid: %1", "when paid: the choice").arg(KioskText::settlementShort(key));
    default:
        return tr("How long: %1").arg(key.isEmpty() ? any : KioskText::form(key));
    }
}

void KioskJobListPage::updateFilterButtons()
{
    for (int f = 0; f < FilterCount; ++f)
        m_filterButtons[size_t(f)]->setText(filterText(f, m_filters[size_t(f)]));
    m_orderButton->setText(orderText(m_order));
    arrangeFilters();
}

QString KioskJobListPage::orderText(const QString& key) const
{
    return tr("First: %1").arg(tr(orderChoice(key).name));
}

void KioskJobListPage::fillQuery(JobQuery& q, int except) const
{
    q.today = m_terminal.clock().today();
    q.sort = orderChoice(m_order).sort;
    if (!m_occupation.isEmpty())
        q.occupations = {m_occupation};
    else if (!m_chosenOccupations.isEmpty())
        q.occupations = m_chosenOccupations;
    if (m_welfareOnly)
        q.publicWelfare = true;
    const auto chosen = [&](int f) { return f == except ? QString() : m_filters[size_t(f)]; };
    if (!chosen(District).isEmpty())
        q.districts = {chosen(District)};
    else if (!m_chosenDistricts.isEmpty())
        q.districts = m_chosenDistricts;
    if (!chosen(PayUnit).isEmpty())
        q.payUnits = {chosen(PayUnit)};
    if (!chosen(Settlement).isEmpty())
        q.settlements = {chosen(Settlement)};
    if (!chosen(Form).isEmpty())
        q.forms = {chosen(Form)};
}

void KioskJobListPage::showCounts(int which)
{
    static const char* const columns[] = {"district", "pay_unit", "settlement", "form"};
    TouchChipGroup* g = m_groups[size_t(which)];
    const QString chosen = m_filters[size_t(which)].isEmpty() ? kAll : m_filters[size_t(which)];
    JobQuery q;
    fillQuery(q, which);
    // 不限 there is the places chosen when registering, if any.
    const QStringList within = which == District ? q.districts : QStringList();
    auto counted = m_terminal.jobs().openCountsBy(q, QLatin1String(columns[which]));
    int all = 0;
    if (counted.ok())
        for (auto it = counted.value().cbegin(); it != counted.value().cend(); ++it)
            if (within.isEmpty() || within.contains(it.key()))
                all += it.value();
    for (const QString& key : g->keys()) {
        QPushButton* chip = g->chip(key);
        const QString label = chip->property("chipLabel").toString();
        if (!counted.ok()) {
            // Unknown: the choice stays as it was, to be tried.
            g->setChipText(key, label);
            chip->setEnabled(true);
            continue;
        }
        const int n = key == kAll ? all : counted.value().value(key);
        g->setChipText(key, label + QLatin1Char('\n') +
                                (n == 0 ? tr("none now") : tr("%n job(s)", nullptr, n)));
        // The choice made stays open to be tapped again; 不限 always is.
        chip->setEnabled(n > 0 || key == kAll || key == chosen);
    }
}

void KioskJobListPage::load()
{
    updateFilterButtons();
    JobQuery q;
    fillQuery(q);
    // One job more than the page shows: whether a next page exists, also past the count's cap.
    q.limit = m_pageSize + 1;
    q.offset = m_offset;
    auto page = m_terminal.jobs().search(q);
    if (page.ok() && page.value().jobs.empty() && m_offset > 0) {
        // The page emptied under us (jobs withdrawn elsewhere): show the one before that has
        // jobs.
        while (!m_earlier.isEmpty() && m_earlier.last().first >= page.value().total &&
               !page.value().totalCapped)
            m_earlier.removeLast();
        m_offset = m_earlier.isEmpty() ? 0 : m_earlier.takeLast().first;
        q.offset = m_offset;
        page = m_terminal.jobs().search(q);
    }
    m_more = page.ok() && qsizetype(page.value().jobs.size()) > m_pageSize;
    if (m_more)
        page.value().jobs.resize(size_t(m_pageSize));
    for (KioskJobCard* c : std::as_const(m_cards)) {
        m_cardGrid->removeWidget(c);
        c->hide();
        c->setObjectName(QString()); // gone from lookups now, not only at the next event loop
        c->deleteLater();
    }
    m_cards.clear();
    if (!page.ok()) {
        m_total = 0;
        m_capped = false;
        m_empty->setText(page.error().message);
        m_empty->show();
        m_clearFilters->hide();
    } else {
        m_total = page.value().total;
        m_capped = page.value().totalCapped;
        // Counting stops at the cap. By trade alone, the counts of open jobs that the home
        // screen and the trades show say the whole number at once, as they do: read with a
        // list's first page (every new choice starts there) and kept for the pages after it.
        const bool byTradeAlone = q.text.isEmpty() && q.districts.isEmpty() &&
                                  q.payUnits.isEmpty() && q.settlements.isEmpty() &&
                                  q.forms.isEmpty() && !q.publicWelfare;
        if (m_offset == 0) {
            m_wholeCount.reset();
            if (m_capped && byTradeAlone) {
                if (auto counts = m_terminal.jobs().openCountsByOccupation(q.today); counts.ok()) {
                    int all = 0;
                    for (const OccupationCount& c : counts.value()) {
                        if (q.occupations.isEmpty() || q.occupations.contains(c.occupation))
                            all += c.jobs;
                    }
                    if (all >= m_total)
                        m_wholeCount = all;
                }
            }
        }
        if (m_capped && m_wholeCount) {
            m_total = *m_wholeCount;
            m_capped = false;
        }
        int i = 0;
        for (const StoredEntity& job : page.value().jobs) {
            auto* card = new KioskJobCard(job, m_terminal.config().district,
                                          m_terminal.clock().today(), m_cardsView);
            card->setObjectName(QStringLiteral("jobCard_%1").arg(i++));
            connect(card, &KioskJobCard::clicked, this, &KioskJobListPage::jobChosen);
            m_cards << card;
        }
        const bool chosen = std::any_of(m_filters.begin(), m_filters.end(),
                                        [](const QString& f) { return !f.isEmpty(); });
        m_empty->setText(
            chosen ? tr("No open jobs match these choices right now. Tap the button below to see "
                        "them all again, or come back later.")
                   : tr("No open jobs match these choices right now. Tap a filter above and "
                        "choose \"Any\", or come back later."));
        m_empty->setVisible(m_cards.isEmpty());
        m_clearFilters->setVisible(m_cards.isEmpty() && chosen);
    }
    layoutCards();
    // Pages go on from where the one before ended; a page of taller cards holds fewer.
    const int index = pageIndex();
    const int pages = index + std::max(1, (m_total - m_offset + m_pageSize - 1) / m_pageSize);
    // Counting stops at the cap (JobQuery::countCap): the pages then go on as long as they are
    // full.
    m_pageLabel->setText(
        m_capped ? tr("Page %1 · more than %2 jobs").arg(index + 1).arg(m_total)
                 : tr("Page %1 of %2 · %n job(s)", nullptr, m_total).arg(index + 1).arg(pages));
    m_prev->setEnabled(!m_earlier.isEmpty());
    m_next->setEnabled(hasNextPage());
    // Cards taller than the page was fitted for (a long line wrapped) make it hold fewer.
    if (!m_cards.isEmpty())
        fitPageSize(false);
}

bool KioskJobListPage::hasNextPage() const
{
    return m_more;
}

void KioskJobListPage::layoutCards()
{
    const int columns = isPortrait() ? 1 : 2;
    for (KioskJobCard* c : std::as_const(m_cards))
        m_cardGrid->removeWidget(c);
    for (int i = 0; i < m_cards.size(); ++i)
        m_cardGrid->addWidget(m_cards.at(i), i / columns, i % columns);
    for (int c = 0; c < 2; ++c)
        m_cardGrid->setColumnStretch(c, c < columns ? 1 : 0);
}

void KioskJobListPage::resizeEvent(QResizeEvent* event)
{
    KioskPage::resizeEvent(event);
    arrangeFilters();
    fitPageSize();
}

void KioskJobListPage::changeEvent(QEvent* event)
{
    KioskPage::changeEvent(event);
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::FontChange)
        fitPageSize();
}

int KioskJobListPage::fullCardHeight(int width)
{
    const QDate today = m_terminal.clock().today();
    // The longest name of a place in the hall's city, as the cards read it.
    const QString home = m_terminal.config().district;
    QString place = home;
    for (const QString& d : Places::guangxi().near(home, true))
        if (KioskText::shortDistrict(d, home).size() > KioskText::shortDistrict(place, home).size())
            place = d;
    const QJsonObject job{
        {QStringLiteral("title"), QStringLiteral("搬运装卸工（日结）")},
        {QStringLiteral("pay"), QJsonObject{{QStringLiteral("min"), 180},
                                            {QStringLiteral("max"), 200},
                                            {QStringLiteral("unit"), QStringLiteral("day")}}},
        {QStringLiteral("location"), QJsonObject{{QStringLiteral("district"), place}}},
        {QStringLiteral("headcount"), 10},
        {QStringLiteral("start_date"), QDate(today.year(), 12, 30).toString(Qt::ISODate)},
        {QStringLiteral("settlement"), QStringLiteral("daily")},
        {QStringLiteral("public_welfare"), true}};
    StoredEntity full;
    full.data = job;
    KioskJobCard probe(full, m_terminal.config().district, m_terminal.clock().today(), m_cardsView);
    probe.ensurePolished();
    return probe.hasHeightForWidth() && width > 0 ? probe.heightForWidth(width)
                                                  : probe.sizeHint().height();
}

void KioskJobListPage::fitPageSize(bool mayGrow)
{
    m_fitMayGrow = m_fitMayGrow || mayGrow;
    // Cards are rebuilt outside the resize that asked for it.
    if (m_fitPending)
        return;
    m_fitPending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_fitPending = false;
            const bool grow = std::exchange(m_fitMayGrow, false);
            // Measured as laid out now, also before the page is first shown.
            if (layout())
                layout()->activate();
            // Each card as tall as it is at the width of a column: a line wraps only where the
            // column is too narrow for it (a label's size hint guesses a narrower one). The rows
            // shown count as they are, each as tall as its taller card: sized for the tallest
            // card there could be, most pages in large text would leave a row of room empty.
            const int spacing = m_cardGrid->spacing();
            const int columns = isPortrait() ? 1 : 2;
            const int width = (m_stack->width() - (columns - 1) * spacing) / columns;
            const int available = m_stack->height() -
                                  (m_empty->isVisible() ? m_empty->height() : 0) -
                                  (m_clearFilters->isVisible() ? m_clearFilters->height() : 0);
            // The rows of the cards shown, each as tall as its taller card.
            std::vector<int> rowHeights;
            for (int i = 0; i < m_cards.size(); ++i) {
                KioskJobCard* c = m_cards.at(i);
                c->ensurePolished();
                const int h = c->hasHeightForWidth() && width > 0 ? c->heightForWidth(width)
                                                                  : c->sizeHint().height();
                if (size_t(i / columns) >= rowHeights.size())
                    rowHeights.push_back(0);
                rowHeights.back() = std::max(rowHeights.back(), h);
            }
            int rows = 0;
            int used = -spacing;
            int cardHeight = 0;
            if (isVisible()) {
                for (const int h : rowHeights) {
                    if (used + spacing + h > available)
                        break;
                    used += spacing + h;
                    ++rows;
                    cardHeight = std::max(cardHeight, h);
                }
            }
            // Room below them: rows as tall as the tallest shown; before any is measured, as a
            // card with every part and a long place of the hall's city.
            if (rows == 0 || rows == int(rowHeights.size())) {
                if (rows == 0) {
                    used = -spacing;
                    cardHeight = std::max(KioskStyle::px(128), fullCardHeight(width));
                    for (const int h : rowHeights)
                        cardHeight = std::max(cardHeight, h);
                }
                rows += std::max(0, (available - used) / (cardHeight + spacing));
            }
            rows = std::max(1, rows);
            const int size = std::clamp(rows * columns, 1, kMaxPageSize);
            if (size == m_pageSize || (!grow && size > m_pageSize))
                return;
            // The first card shown stays the first.
            m_pageSize = size;
            load();
        },
        Qt::QueuedConnection);
}

QStringList KioskJobListPage::visibleJobIds() const
{
    QStringList out;
    for (KioskJobCard* c : m_cards)
        out << c->jobId();
    return out;
}

} // namespace lingong
