#include "staffmatchingpage.h"

#include "staffreferral.h"

#include "common/stafflabels.h"
#include "common/stafftablemodel.h"
#include "jobrepository.h"
#include "masking.h"
#include "matching.h"
#include "places.h"
#include "staffoutcomebar.h"
#include "staffui.h"
#include "validation.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <functional>

namespace lingong {

using staffui::str;
using staffui::Tone;

namespace {

// A list field in words, each value once, through `name` (a trade in the interface's
// language); `none` when empty.
QString joined(const QJsonObject& o, const char* key, const QString& none = QString(),
               const std::function<QString(const QString&)>& name = {})
{
    QStringList out;
    for (const QJsonValue& v : o.value(QLatin1String(key)).toArray())
        out << (name ? name(v.toString()) : v.toString());
    out.removeDuplicates();
    return out.isEmpty() ? none : StaffLabels::joinList(out);
}

// A posting's place, short, in the interface's language (the city left out where it is the
// hall's, `home`).
QString district(const QJsonObject& job, const QString& home)
{
    return Places::guangxi().shortName(
        job.value(QLatin1String("location")).toObject().value(QLatin1String("district")).toString(),
        home);
}

// A stored time to sort by, for a column that shows it short (no year).
StaffTableModel::Column::Key timeKey(const char* field)
{
    return [field](const StoredEntity& e) {
        const QDateTime t = Clock::fromWire(str(e.data, field));
        return t.isValid() ? QVariant(t) : QVariant();
    };
}

// The fit of a ranked row to sort by: its place in the ranking (which puts 困难 people first among
// equals, and breaks ties by pay and age), the best the highest.
QVariant fitKey(const StoredEntity& e)
{
    return -e.data.value(QLatin1String("_rank")).toInt();
}

} // namespace

StaffMatchingPage::StaffMatchingPage(StaffContext& ctx, QWidget* parent)
    : StaffPage(ctx, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 8);
    auto* head = new QHBoxLayout;
    head->addWidget(staffui::makeTitle(tr("Matching"), this));
    head->addSpacing(16);
    m_modeSeeker = new QPushButton(tr("Jobs for a seeker"), this);
    m_modeSeeker->setObjectName(QStringLiteral("matchModeSeeker"));
    m_modeJob = new QPushButton(tr("Seekers for a job"), this);
    m_modeJob->setObjectName(QStringLiteral("matchModeJob"));
    auto* group = new QButtonGroup(this);
    for (QPushButton* b : {m_modeSeeker, m_modeJob}) {
        b->setCheckable(true);
        group->addButton(b);
        head->addWidget(b);
    }
    head->addSpacing(16);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("matchSearch"));
    m_search->setClearButtonEnabled(true);
    head->addWidget(m_search, 1);
    auto* find = new QPushButton(tr("Find"), this);
    find->setObjectName(QStringLiteral("matchFind"));
    head->addWidget(find);
    layout->addLayout(head);
    staffui::bindFind(this, m_search);

    auto* pick = new QHBoxLayout;
    m_subject = new QComboBox(this);
    m_subject->setObjectName(QStringLiteral("matchSubject"));
    m_subject->setMinimumWidth(320);
    pick->addWidget(m_subject);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("matchSummary"));
    m_summary->setWordWrap(true);
    pick->addWidget(m_summary, 1);
    layout->addLayout(pick);
    m_message = staffui::makeMessage(QStringLiteral("matchMessage"), this);

    auto* split = new QSplitter(Qt::Vertical, this);
    layout->addWidget(split, 1);
    auto* top = new QWidget(split);
    auto* tl = new QVBoxLayout(top);
    tl->setContentsMargins(0, 0, 0, 0);
    m_results = new StaffTableModel(this);
    m_results->setRowStyle([](const StoredEntity& e, int role) -> QVariant {
        if (role == Qt::ForegroundRole && e.data.value(QLatin1String("_priority")).toBool())
            return QColor(0x8a, 0x4b, 0x00);
        return {};
    });
    // For a person, any open job can be looked for by a few words (the one they saw on the wall
    // screen, an employer they know): those found are ranked for them in place of the best
    // matches, with the reasons they fit or do not.
    m_amongRow = new QWidget(top);
    auto* ar = new QHBoxLayout(m_amongRow);
    ar->setContentsMargins(0, 0, 0, 4);
    auto* amongLabel = new QLabel(tr("Look among all open jobs:"), m_amongRow);
    ar->addWidget(amongLabel);
    m_among = new QLineEdit(m_amongRow);
    m_among->setObjectName(QStringLiteral("matchAmongJobs"));
    m_among->setClearButtonEnabled(true);
    m_among->setPlaceholderText(
        tr("title, trade, place or employer; empty: the best matches for the person"));
    amongLabel->setBuddy(m_among);
    ar->addWidget(m_among, 1);
    tl->addWidget(m_amongRow);
    m_resultTable = staffui::makeTable(m_results, QStringLiteral("matchResults"), top);
    staffui::makeSortable(m_resultTable);
    tl->addWidget(m_resultTable, 1);
    // The chosen row's reasons whole, which the column cuts at 1366 wide: the clerk reads them
    // before recommending. Always one line tall, so that nothing below moves.
    // Under them, the chosen row's particulars, one line likewise (see showWhy).
    const auto hintLine = [this, top, tl](const char* name) {
        auto* line = new QLabel(top);
        line->setObjectName(QString::fromLatin1(name));
        line->setProperty("role", QStringLiteral("hint"));
        line->setTextInteractionFlags(Qt::TextSelectableByMouse);
        line->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        line->installEventFilter(this);
        tl->addWidget(line);
        return line;
    };
    m_why = hintLine("matchWhy");
    m_particulars = hintLine("matchParticulars");
    // Under the results: a message coming or going moves neither their rows nor the buttons.
    tl->addWidget(m_message);
    auto* rr = new QHBoxLayout;
    m_recommend = new QPushButton(tr("Recommend (Enter)"), top);
    m_recommend->setObjectName(QStringLiteral("matchRecommend"));
    m_recommend->setProperty("primary", true);
    rr->addWidget(m_recommend);
    m_call = new QLabel(top);
    m_call->setObjectName(QStringLiteral("matchCall"));
    m_call->setProperty("role", QStringLiteral("hint"));
    m_call->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rr->addWidget(m_call, 1);
    m_reveal = new QPushButton(tr("Show the mobile to call"), top);
    m_reveal->setObjectName(QStringLiteral("matchRevealPhone"));
    rr->addWidget(m_reveal);
    tl->addLayout(rr);
    split->addWidget(top);

    auto* bottom = new QWidget(split);
    auto* bl = new QVBoxLayout(bottom);
    bl->setContentsMargins(0, 4, 0, 0);
    auto* sectionRow = new QHBoxLayout;
    auto* section = new QLabel(tr("Recommendations and applications"), bottom);
    section->setProperty("role", QStringLiteral("section"));
    sectionRow->addWidget(section);
    sectionRow->addStretch(1);
    m_printReferral = new QPushButton(tr("Print referral letter"), bottom);
    m_printReferral->setObjectName(QStringLiteral("matchPrintReferral"));
    m_printReferral->setToolTip(
        tr("The letter the person takes to the employer: the job, where and whom to ask for"));
    m_printReferral->setEnabled(false);
    sectionRow->addWidget(m_printReferral);
    bl->addLayout(sectionRow);
    m_pairings = new StaffTableModel(this);
    m_pairingTable = staffui::makeTable(m_pairings, QStringLiteral("matchPairings"), bottom);
    staffui::makeSortable(m_pairingTable);
    bl->addWidget(m_pairingTable, 1);
    m_outcomes = new StaffOutcomeBar(ctx, false, bottom);
    m_outcomes->setObjectName(QStringLiteral("matchOutcomes"));
    bl->addWidget(m_outcomes);
    split->addWidget(bottom);
    split->setSizes({360, 190});

    connect(m_modeSeeker, &QPushButton::clicked, this, [this] { setMode(true); });
    connect(m_modeJob, &QPushButton::clicked, this, [this] { setMode(false); });
    connect(find, &QPushButton::clicked, this, &StaffMatchingPage::find);
    connect(m_search, &QLineEdit::returnPressed, this, &StaffMatchingPage::find);
    connect(m_subject, &QComboBox::activated, this, [this] {
        // Chosen: "N found, choose from the list" is done with.
        staffui::setMessage(m_message, QString(), Tone::Info);
        subjectPicked();
        focusResults();
    });
    // The list follows the words as they are typed, once the clerk pauses; Enter at once, and
    // on to the list.
    staffui::searchAsTyped(m_among, [this] { lookAmong(); });
    connect(m_among, &QLineEdit::returnPressed, this, &StaffMatchingPage::focusResults);
    connect(m_recommend, &QPushButton::clicked, this, &StaffMatchingPage::recommend);
    connect(m_reveal, &QPushButton::clicked, this, &StaffMatchingPage::revealMobile);
    connect(m_resultTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &StaffMatchingPage::showCall);
    // Recommend takes the one chosen in the list: none chosen, nothing to press.
    connect(m_resultTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QString id = staffui::selectedId(m_resultTable);
        m_recommend->setEnabled(!id.isEmpty());
        showWhy();
        // Chosen by the clerk now: Enter recommends it at once.
        if (id != m_autoChosen)
            m_autoChosen.clear();
        if (id != m_enterPending)
            m_enterPending.clear();
    });
    m_resultTable->installEventFilter(this);
    // Enter on a result recommends it; a double click only selects, as clerks double-click to
    // look at a row.
    for (const int key : {int(Qt::Key_Return), int(Qt::Key_Enter)}) {
        auto* enter =
            new QShortcut(QKeySequence(key), m_resultTable, nullptr, nullptr, Qt::WidgetShortcut);
        // An Enter held down, as after the one that searched, recommends nobody.
        enter->setAutoRepeat(false);
        connect(enter, &QShortcut::activated, this, &StaffMatchingPage::enterPressed);
    }
    connect(m_pairingTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& index) {
                const StoredEntity* e = m_pairings->entity(index.row());
                m_outcomes->setApplication(e ? e->id : QString(),
                                           e ? str(e->data, "status") : QString());
                m_printReferral->setEnabled(e && StaffReferral::printable(str(e->data, "status")));
            });
    connect(m_printReferral, &QPushButton::clicked, this, &StaffMatchingPage::printReferral);
    // The person of a withdrawn recommendation is among the matches again, with nothing chosen:
    // the one just turned down, first in the list again, is not one click from being sent.
    connect(m_outcomes, &StaffOutcomeBar::withdrawn, this, [this] {
        loadResults();
        m_resultTable->clearSelection();
        m_autoChosen.clear();
        m_recommend->setEnabled(false);
        showCallFor(nullptr);
    });
    connect(m_outcomes, &StaffOutcomeBar::unpaidWagesComplaintRequested, this,
            &StaffPage::unpaidWagesComplaintRequested);
    connect(m_outcomes, &StaffOutcomeBar::asks, this, [this](const QString& question) {
        staffui::setMessage(m_message, question, Tone::Warning);
    });
    connect(m_outcomes, &StaffOutcomeBar::recorded, this,
            [this](const QString& text, bool ok, bool toDo) {
                staffui::setMessage(m_message, text,
                                    !ok    ? Tone::Error
                                    : toDo ? Tone::Warning
                                           : Tone::Success);
                if (ok) {
                    loadPairings();
                    // How it went is recorded: the hint to call about it has done its work.
                    if (m_callRecommended)
                        showCallFor(m_resultTable->selectionModel()->hasSelection()
                                        ? m_results->entity(m_resultTable->currentIndex().row())
                                        : nullptr);
                    emit changed();
                }
            });
    setMode(true);
}

void StaffMatchingPage::setMode(bool forSeeker)
{
    const bool switched = forSeeker != m_forSeeker;
    m_forSeeker = forSeeker;
    m_modeSeeker->setChecked(forSeeker);
    m_modeJob->setChecked(!forSeeker);
    m_search->setPlaceholderText(forSeeker ? tr("seeker: ID number, mobile or name")
                                           : tr("open job: title, trade, place or employer"));
    m_subjectId.clear();
    m_subject->clear();
    m_summary->clear();
    // What was typed to find the other kind is no search for this one; the columns sorted by
    // are not its columns: back to the ranking.
    m_search->clear();
    clearAmong();
    m_amongRow->setVisible(forSeeker);
    m_among->setEnabled(false); // until a person is chosen
    if (switched) {
        for (QTableView* table : {m_resultTable, m_pairingTable})
            table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    }
    staffui::setMessage(m_message, QString(), Tone::Info);
    if (forSeeker) {
        m_results->setColumns({
            {tr("Fit"), [](const StoredEntity& e) { return str(e.data, "_score"); }, fitKey,
             Qt::DescendingOrder},
            {tr("Job"), [](const StoredEntity& e) { return str(e.data, "title"); }},
            {tr("Trade"),
             [this](const StoredEntity& e) {
                 return m_ctx.terminal.reference().displayName(str(e.data, "occupation"));
             }},
            {tr("District"),
             [this](const StoredEntity& e) {
                 return district(e.data, m_ctx.terminal.config().district);
             }},
            // With when it is paid: a person who needs the money each day asks first.
            {tr("Pay"),
             [](const StoredEntity& e) {
                 const QString settled = StaffLabels::settlement(str(e.data, "settlement"));
                 return settled.isEmpty() ? staffui::payText(e.data)
                                          : tr("%1 · %2", "pay · when paid")
                                                .arg(staffui::payText(e.data), settled);
             },
             // What a day brings at most, as the ranking weighs it; pay by the piece or the job
             // has no day's worth.
             [](const StoredEntity& e) {
                 const double day = Matching::bestPayPerDay(e.data);
                 return day > 0 ? QVariant(day) : QVariant();
             },
             Qt::DescendingOrder},
            // When the work starts, at a glance: whether the person can be there in time.
            {tr("Starts"),
             [this](const StoredEntity& e) {
                 const QDate today = m_ctx.terminal.clock().today();
                 const QDate start = QDate::fromString(str(e.data, "start_date"), Qt::ISODate);
                 if (!start.isValid())
                     return QString();
                 if (start < today)
                     return tr("under way");
                 if (start == today)
                     return tr("today");
                 if (start == today.addDays(1))
                     return tr("tomorrow");
                 return start.toString(tr("d MMM", "a date's day and month, QDate format"));
             },
             [](const StoredEntity& e) { return QVariant(str(e.data, "start_date")); }},
            // Who is hiring, to be read out to the person before a row is chosen.
            {tr("Employer"),
             [](const StoredEntity& e) { return StaffLabels::jobEmployer(e.data); }},
            {tr("Why"), [](const StoredEntity& e) { return str(e.data, "_reasons"); }},
        });
        m_pairings->setColumns({
            {tr("Job"), [](const StoredEntity& e) { return str(e.data, "_title"); }},
            {tr("Employer"), [](const StoredEntity& e) { return str(e.data, "_employer"); }},
            {tr("Status"),
             [](const StoredEntity& e) {
                 return StaffLabels::applicationStatus(str(e.data, "status"));
             }},
            {tr("Via"),
             [](const StoredEntity& e) { return StaffLabels::channel(str(e.data, "channel")); }},
            {tr("Recommended"),
             [](const StoredEntity& e) {
                 return staffui::localTime(str(e.data, "recommended_at"));
             },
             timeKey("recommended_at")},
            {tr("Interview"),
             [](const StoredEntity& e) {
                 return staffui::localTime(str(e.data, "interviewed_at"));
             },
             timeKey("interviewed_at")},
            {tr("Outcome"),
             [](const StoredEntity& e) { return staffui::localTime(str(e.data, "outcome_at")); },
             timeKey("outcome_at")},
            // After a hire: whether the work was paid for (回访).
            {tr("Pay follow-up"),
             [](const StoredEntity& e) {
                 return StaffLabels::paySettled(str(e.data, "pay_settled"));
             }},
        });
    } else {
        m_results->setColumns({
            {tr("Fit"), [](const StoredEntity& e) { return str(e.data, "_score"); }, fitKey,
             Qt::DescendingOrder},
            {tr("Name"), [](const StoredEntity& e) { return str(e.data, "name"); }},
            {tr("Tier"),
             [](const StoredEntity& e) { return StaffLabels::tier(str(e.data, "tier")); }},
            {tr("Trades wanted"),
             [this](const StoredEntity& e) {
                 return joined(e.data, "wanted_occupations", tr("any"), tradeName());
             }},
            {tr("Mobile"),
             [](const StoredEntity& e) { return masking::phone(str(e.data, "phone")); }},
            {tr("Why"), [](const StoredEntity& e) { return str(e.data, "_reasons"); }},
        });
        m_pairings->setColumns({
            {tr("Seeker"), [](const StoredEntity& e) { return str(e.data, "_title"); }},
            {tr("Status"),
             [](const StoredEntity& e) {
                 return StaffLabels::applicationStatus(str(e.data, "status"));
             }},
            {tr("Via"),
             [](const StoredEntity& e) { return StaffLabels::channel(str(e.data, "channel")); }},
            {tr("Recommended"),
             [](const StoredEntity& e) {
                 return staffui::localTime(str(e.data, "recommended_at"));
             },
             timeKey("recommended_at")},
            {tr("Interview"),
             [](const StoredEntity& e) {
                 return staffui::localTime(str(e.data, "interviewed_at"));
             },
             timeKey("interviewed_at")},
            {tr("Outcome"),
             [](const StoredEntity& e) { return staffui::localTime(str(e.data, "outcome_at")); },
             timeKey("outcome_at")},
            // After a hire: whether the work was paid for (回访).
            {tr("Pay follow-up"),
             [](const StoredEntity& e) {
                 return StaffLabels::paySettled(str(e.data, "pay_settled"));
             }},
        });
    }
    m_results->setRows({});
    m_pairings->setRows({});
    m_outcomes->setApplication(QString(), QString());
    m_printReferral->setEnabled(false);
    showCall();
    m_resultTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_resultTable->horizontalHeader()->setStretchLastSection(true);
    m_pairingTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_pairingTable->horizontalHeader()->setStretchLastSection(true);
    m_recommend->setEnabled(false);
}

QString StaffMatchingPage::seekerLabel(const QJsonObject& seeker)
{
    // People of one name told apart by what the person can confirm: the mobile's last digits as
    // well as the ID number's.
    const QString id = str(seeker, "id_number");
    QString label = QStringLiteral("%1  %2").arg(
        str(seeker, "name"), masking::idNumber(id.isEmpty() ? str(seeker, "id_tail") : id));
    if (const QString phone = str(seeker, "phone"); !phone.isEmpty())
        label += QStringLiteral("  ") + masking::phone(phone);
    return label;
}

void StaffMatchingPage::find()
{
    m_subject->clear();
    const QString text = m_search->text().trimmed();
    if (m_forSeeker) {
        auto found = m_ctx.desk.seekers().lookup(text);
        if (!found.ok()) {
            staffui::setMessage(m_message, found.error().message, Tone::Error);
            return;
        }
        for (const StoredEntity& s : found.value())
            m_subject->addItem(seekerLabel(s.data), s.id);
    } else {
        auto page = m_ctx.jobs.list(text, {QStringLiteral("published")}, 0, 100);
        if (!page.ok()) {
            staffui::setMessage(m_message, page.error().message, Tone::Error);
            return;
        }
        for (const StoredEntity& j : page->jobs)
            m_subject->addItem(QStringLiteral("%1 · %2").arg(str(j.data, "title"),
                                                             StaffLabels::jobEmployer(j.data)),
                               j.id);
    }
    if (m_subject->count() == 0) {
        staffui::setMessage(
            m_message,
            tr("Nothing found for \"%1\".").arg(m_forSeeker ? masking::lookupText(text) : text),
            Tone::Info);
        return;
    }
    // The person found is named in the list beside it, the ID number masked: the number
    // typed does not stay on the screen.
    if (m_forSeeker && masking::isNumberLookup(text))
        m_search->clear();
    staffui::setMessage(m_message,
                        m_subject->count() > 1
                            ? tr("%n found: choose from the list.", nullptr, m_subject->count())
                            : QString(),
                        Tone::Info);
    // Several found: the clerk picks the person or posting first, and until then nobody's matches
    // are shown, to be recommended to the wrong one of two people of the same name.
    if (m_subject->count() > 1) {
        m_subject->setPlaceholderText(m_forSeeker ? tr("Choose the person…")
                                                  : tr("Choose the posting…"));
        m_subject->setCurrentIndex(-1);
        subjectPicked();
        m_subject->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_subject->setCurrentIndex(0);
    subjectPicked();
    focusResults();
}

void StaffMatchingPage::clearAmong()
{
    const QSignalBlocker quiet(m_among);
    // Nor does a pause in typing them load the list after.
    if (auto* pause = m_among->findChild<QTimer*>())
        pause->stop();
    m_among->clear();
}

void StaffMatchingPage::subjectPicked()
{
    m_subjectId = m_subject->currentData().toString();
    // Words looked for with one person are not the next one's.
    clearAmong();
    loadResults();
    loadPairings();
}

void StaffMatchingPage::openSeeker(const QString& id)
{
    setMode(true);
    auto s = m_ctx.terminal.store().get(entities::seeker(), id);
    if (!s.ok() || !s.value())
        return;
    m_subject->addItem(seekerLabel(s.value()->data), id);
    m_subject->setCurrentIndex(0);
    subjectPicked();
    focusResults();
}

void StaffMatchingPage::openJob(const QString& id)
{
    setMode(false);
    auto j = m_ctx.jobs.get(id);
    if (!j.ok() || !j.value())
        return;
    m_subject->addItem(QStringLiteral("%1 · %2").arg(str(j.value()->data, "title"),
                                                     StaffLabels::jobEmployer(j.value()->data)),
                       id);
    m_subject->setCurrentIndex(0);
    subjectPicked();
    focusResults();
}

void StaffMatchingPage::focusResults()
{
    // Enter recommends at once: the clerk came here to pick from the list.
    if (m_results->rowCount() > 0)
        m_resultTable->setFocus(Qt::OtherFocusReason);
}

bool StaffMatchingPage::loadResults()
{
    // Not loaded: no list of before stays to be recommended from under the words typed now.
    const auto failed = [this](const QString& message) {
        m_results->setRows({});
        m_recommend->setEnabled(false);
        m_autoChosen.clear();
        m_enterPending.clear();
        showCall();
        staffui::setMessage(m_message, message, Tone::Error);
    };
    std::vector<StoredEntity> rows;
    m_summaryBase.clear();
    m_headcount = 0;
    m_among->setEnabled(!m_subjectId.isEmpty());
    const QString among = m_forSeeker ? m_among->text().simplified() : QString();
    m_amongFound.clear();
    if (m_subjectId.isEmpty()) {
        m_summary->clear();
        m_results->setRows({});
        m_recommend->setEnabled(false);
        showCall();
        return true;
    }
    if (m_forSeeker) {
        auto s = m_ctx.terminal.store().get(entities::seeker(), m_subjectId);
        if (s.ok() && s.value()) {
            const QJsonObject& d = s.value()->data;
            const QJsonObject pay = d.value(QLatin1String("expected_pay")).toObject();
            m_summary->setText(tr("%1 · %2 · wants: %3 · in: %4 · expects %5 · can start: %6")
                                   .arg(str(d, "name"), StaffLabels::tier(str(d, "tier")),
                                        joined(d, "wanted_occupations", tr("any"), tradeName()),
                                        joined(d, "wanted_districts", tr("anywhere"),
                                               [this](const QString& place) {
                                                   return Places::guangxi().shortName(
                                                       place, m_ctx.terminal.config().district);
                                               }),
                                        pay.value(QLatin1String("min")).toDouble() > 0
                                            ? QStringLiteral("%1 %2")
                                                  .arg(pay.value(QLatin1String("min")).toDouble())
                                                  .arg(StaffLabels::payUnit(str(pay, "unit")))
                                            : tr("no pay expectation"),
                                        StaffLabels::availability(str(d, "availability"))));
        }
        Result<std::vector<RankedJob>> ranked = std::vector<RankedJob>();
        if (among.isEmpty()) {
            ranked = m_ctx.matching.jobsForSeeker(m_subjectId);
        } else {
            JobQuery q;
            q.text = among;
            q.today = m_ctx.terminal.clock().today();
            q.limit = kAmongLimit;
            auto page = m_ctx.terminal.jobs().search(q);
            if (!page.ok()) {
                failed(page.error().message);
                return false;
            }
            ranked = m_ctx.matching.rankForSeeker(m_subjectId, page->jobs, kAmongLimit);
            if (ranked.ok())
                m_amongFound = amongMessage(among, *page, int(ranked->size()));
        }
        if (!ranked.ok()) {
            failed(ranked.error().message);
            return false;
        }
        for (const RankedJob& r : ranked.value()) {
            StoredEntity e = r.job;
            e.data.insert(QStringLiteral("_rank"), int(rows.size()));
            e.data.insert(QStringLiteral("_score"), QString::number(r.score.points));
            e.data.insert(QStringLiteral("_reasons"),
                          reasonsText(r.score.reasons, str(r.job.data, "occupation")));
            rows.push_back(std::move(e));
        }
    } else {
        auto j = m_ctx.jobs.get(m_subjectId);
        if (j.ok() && j.value()) {
            const QJsonObject& d = j.value()->data;
            // A posting that no longer recruits (filled, withdrawn, expired) gets nobody
            // recommended; the pairings and their outcomes below stay.
            if (str(d, "status") != QLatin1String("published")) {
                m_summary->setText(tr("%1 · %2").arg(str(d, "title"), StaffLabels::jobStatusOf(d)));
                m_results->setRows({});
                m_recommend->setEnabled(false);
                staffui::setMessage(
                    m_message,
                    tr("This posting is no longer recruiting (%1): nobody more is recommended.")
                        .arg(StaffLabels::jobStatusOf(d)),
                    Tone::Info);
                return true;
            }
            m_headcount = d.value(QLatin1String("headcount")).toInt();
            m_summaryBase =
                tr("%1 · %2 · %3 · %4 · %n people wanted", nullptr, m_headcount)
                    .arg(str(d, "title"), tradeName()(str(d, "occupation")),
                         district(d, m_ctx.terminal.config().district), staffui::payText(d));
            m_summary->setText(m_summaryBase);
        }
        const QString occupation =
            j.ok() && j.value() ? str(j.value()->data, "occupation") : QString();
        auto ranked = m_ctx.matching.seekersForJob(m_subjectId);
        if (!ranked.ok()) {
            failed(ranked.error().message);
            return false;
        }
        for (const RankedSeeker& r : ranked.value()) {
            StoredEntity e = r.seeker;
            e.data.insert(QStringLiteral("_rank"), int(rows.size()));
            e.data.insert(QStringLiteral("_score"), QString::number(r.score.points));
            e.data.insert(QStringLiteral("_priority"), r.priority);
            e.data.insert(QStringLiteral("_reasons"), reasonsText(r.score.reasons, occupation));
            rows.push_back(std::move(e));
        }
    }
    const bool any = !rows.empty();
    m_results->setRows(std::move(rows));
    m_recommend->setEnabled(false);
    m_autoChosen.clear();
    m_enterPending.clear();
    if (any) {
        m_resultTable->selectRow(0);
        m_autoChosen = staffui::selectedId(m_resultTable);
    }
    if (!any && among.isEmpty())
        staffui::setMessage(m_message, tr("No open match at the moment."), Tone::Info);
    showCall();
    return true;
}

void StaffMatchingPage::lookAmong()
{
    // Not loaded: the error stays said.
    if (!loadResults())
        return;
    // Back to the best matches: what the words found is done with (an empty list says so).
    if (!m_amongFound.isEmpty() || m_results->rowCount() > 0)
        staffui::setMessage(m_message, m_amongFound, Tone::Info);
}

QString StaffMatchingPage::amongMessage(const QString& words, const JobPage& page, int shown) const
{
    const int found = page.total;
    if (found == 0)
        return tr("No open job has \"%1\" in its title, trade, place, employer or words.")
            .arg(words);
    if (shown == 0)
        return tr("The open jobs with \"%1\" are all among this person's recommendations below.")
            .arg(words);
    if (page.totalCapped || found > int(page.jobs.size()))
        return tr("%1 open jobs have \"%2\": the %3 newest not yet recommended to this person, "
                  "ranked for them. Type more of it to find fewer.")
            .arg(page.totalCapped ? tr("More than %1").arg(found) : QString::number(found), words)
            .arg(shown);
    return tr("%n open job(s) with \"%1\", ranked for this person.", nullptr, shown).arg(words);
}

void StaffMatchingPage::loadPairings()
{
    const QString keep = staffui::selectedId(m_pairingTable);
    if (m_subjectId.isEmpty()) {
        m_pairings->setRows({});
        m_outcomes->setApplication(QString(), QString());
        m_printReferral->setEnabled(false);
        return;
    }
    auto list =
        m_forSeeker ? m_ctx.matching.forSeeker(m_subjectId) : m_ctx.matching.forJob(m_subjectId);
    if (!list.ok()) {
        staffui::setMessage(m_message, list.error().message, Tone::Error);
        return;
    }
    std::vector<StoredEntity> rows;
    for (StoredEntity a : list.value()) {
        QString title;
        if (m_forSeeker) {
            auto j = m_ctx.jobs.get(str(a.data, "job_id"));
            title = j.ok() && j.value() ? str(j.value()->data, "title") : tr("(job removed)");
            if (j.ok() && j.value())
                a.data.insert(QStringLiteral("_employer"),
                              StaffLabels::jobEmployer(j.value()->data));
        } else {
            auto s = m_ctx.terminal.store().get(entities::seeker(), str(a.data, "seeker_id"));
            title = s.ok() && s.value() ? str(s.value()->data, "name")
                                        : masking::phone(str(a.data, "phone"));
        }
        a.data.insert(QStringLiteral("_title"), title);
        rows.push_back(std::move(a));
    }
    // How many of those wanted have started. The hire that makes them all fills the posting
    // (Matching::followHires): then it says so, and nobody more is recommended.
    if (!m_forSeeker && m_headcount > 0 && !m_summaryBase.isEmpty()) {
        const auto hired = std::count_if(rows.begin(), rows.end(), [](const StoredEntity& a) {
            return str(a.data, "status") == QLatin1String("hired");
        });
        QString text = m_summaryBase;
        if (hired > 0)
            text += QStringLiteral(" · ") + tr("%n started", nullptr, int(hired));
        auto job = m_ctx.jobs.get(m_subjectId);
        const QString status =
            job.ok() && job.value() ? str(job.value()->data, "status") : QString();
        if (!status.isEmpty() && status != QLatin1String("published")) {
            text += QStringLiteral(" · ") + StaffLabels::jobStatusOf(job.value()->data);
            m_results->setRows({});
            m_recommend->setEnabled(false);
        }
        m_summary->setText(text);
    }
    m_pairings->setRows(std::move(rows));
    if (!staffui::selectId(m_pairingTable, keep) && m_pairings->rowCount() > 0)
        m_pairingTable->selectRow(0);
    if (m_pairings->rowCount() == 0) {
        m_outcomes->setApplication(QString(), QString());
        m_printReferral->setEnabled(false);
    }
}

void StaffMatchingPage::printReferral()
{
    const QString id = staffui::selectedId(m_pairingTable);
    if (id.isEmpty())
        return;
    staffui::printSlip(
        m_message, m_ctx.terminal.config(), StaffReferral::slip(m_ctx.terminal, id, m_ctx.user()),
        tr("The referral letter is not printed: %1 Ask the administrator to set up the printer "
           "(printing in the configuration)."),
        tr("Referral letter sent to the printer %1."), tr("Referral letter saved: %1"),
        {&m_ctx.reportFolder, m_ctx.reportsFolder(), m_ctx.terminal.database().path()});
}

bool StaffMatchingPage::eventFilter(QObject* watched, QEvent* event)
{
    // After a recommendation the cursor stays on the row the next person moved into, with
    // nothing chosen: the first arrow key chooses that person rather than skip them (or, on the
    // last row, do nothing at all).
    if (watched == m_resultTable && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        const QModelIndex current = m_resultTable->currentIndex();
        if ((key == Qt::Key_Up || key == Qt::Key_Down) && current.isValid() &&
            !m_resultTable->selectionModel()->hasSelection()) {
            m_resultTable->selectRow(current.row());
            showCall();
            return true;
        }
    }
    // The reasons line cut again to its new width.
    if ((watched == m_why || watched == m_particulars) && event->type() == QEvent::Resize)
        showWhy();
    return StaffPage::eventFilter(watched, event);
}

void StaffMatchingPage::enterPressed()
{
    const QString id = staffui::selectedId(m_resultTable);
    if (id.isEmpty()) {
        staffui::setMessage(m_message,
                            tr("Choose one in the list first (arrow keys or a click), then press "
                               "Enter to recommend."),
                            Tone::Info);
        return;
    }
    // The list opened on its best match: an Enter meant for the search, or pressed before the
    // clerk has read the row, names it first.
    if (id == m_autoChosen && id != m_enterPending) {
        m_enterPending = id;
        const StoredEntity* e = m_results->entity(m_resultTable->currentIndex().row());
        const QString other = !e            ? QString()
                              : m_forSeeker ? str(e->data, "title")
                                            : str(e->data, "name");
        staffui::setMessage(m_message,
                            tr("Press Enter again to recommend %1, or choose another with the "
                               "arrow keys.")
                                .arg(other),
                            Tone::Info);
        return;
    }
    recommend();
}

void StaffMatchingPage::recommend()
{
    const QString other = staffui::selectedId(m_resultTable);
    if (m_subjectId.isEmpty() || other.isEmpty() || !m_recommend->isEnabled())
        return;
    const QString seekerId = m_forSeeker ? m_subjectId : other;
    const QString jobId = m_forSeeker ? other : m_subjectId;
    const int row = m_resultTable->currentIndex().row();
    const std::optional<StoredEntity> chosen =
        m_results->entity(row) ? std::optional(*m_results->entity(row)) : std::nullopt;
    auto app = m_ctx.matching.recommend(seekerId, jobId, m_ctx.user());
    if (!app.ok()) {
        staffui::setMessage(m_message, app.error().message, Tone::Error);
        return;
    }
    // The keyboard goes to the list: Recommend is disabled until another is chosen, and Qt
    // would pass it on to the next button (the one that shows a mobile).
    if (m_recommend->hasFocus())
        m_resultTable->setFocus(Qt::OtherFocusReason);
    loadResults();
    // The list goes on where the clerk was, with nothing chosen: the second click of a double
    // click, or an Enter meant for the one just recommended, must not recommend the next one
    // unread. An arrow key or a click chooses it. The one to call now is the one just
    // recommended.
    m_resultTable->clearSelection();
    if (m_results->rowCount() > 0)
        m_resultTable->selectionModel()->setCurrentIndex(
            m_results->index(std::min(row, m_results->rowCount() - 1), 0),
            QItemSelectionModel::NoUpdate);
    showCallFor(chosen ? &*chosen : nullptr, true);
    loadPairings();
    staffui::selectId(m_pairingTable, app.value());
    staffui::setMessage(
        m_message,
        (m_results->rowCount() > 0
             ? tr("Recommended at %1. Record the interview and the outcome below; choose another "
                  "in the list to recommend them too.")
             : tr("Recommended at %1. Record the interview and the outcome below."))
            .arg(m_ctx.terminal.clock().localNow().toString(QStringLiteral("HH:mm"))),
        Tone::Success);
    emit changed();
}

void StaffMatchingPage::showCall()
{
    showCallFor(m_results->entity(m_resultTable->currentIndex().row()));
}

void StaffMatchingPage::showWhy()
{
    // The row chosen, if any: after a recommendation none is, until the clerk chooses the next.
    const QModelIndexList rows = m_resultTable->selectionModel()->selectedRows();
    const StoredEntity* chosen = rows.isEmpty() ? nullptr : m_results->entity(rows.first().row());
    const QString why = chosen ? str(chosen->data, "_reasons") : QString();
    const QString text =
        why.isEmpty() ? tr("Choose a row to see why it fits.") : tr("Why it fits: %1").arg(why);
    // One line: where even that is too narrow, cut with "…", the whole in the tooltip.
    m_why->setText(
        m_why->fontMetrics().elidedText(text, Qt::ElideRight, m_why->contentsRect().width()));
    m_why->setToolTip(why.isEmpty() ? QString() : text);
    // One line, whatever line breaks the posting's words hold.
    const QString more = chosen ? particulars(*chosen).simplified() : QString();
    m_particulars->setText(m_particulars->fontMetrics().elidedText(
        more, Qt::ElideRight, m_particulars->contentsRect().width()));
    m_particulars->setToolTip(more);
}

QString StaffMatchingPage::particulars(const StoredEntity& e) const
{
    const QJsonObject& d = e.data;
    QStringList parts;
    const QString none = QStringLiteral("无特别要求");
    if (m_forSeeker) {
        // "工作时间可商量" (a kiosk's) is not prefixed with the same words.
        const QString hours = str(d, "work_hours");
        if (hours.startsWith(QString::fromUtf8("工作时间")))
            parts << hours;
        else if (!hours.isEmpty())
            parts << tr("hours %1").arg(hours);
        const QJsonObject location = d.value(QLatin1String("location")).toObject();
        if (!str(location, "address").isEmpty())
            parts << tr("at %1").arg(str(location, "address"));
        if (!str(d, "skills").isEmpty() && str(d, "skills") != none)
            parts << tr("asks: %1").arg(str(d, "skills"));
        if (!str(d, "description").isEmpty())
            parts << str(d, "description");
        return parts.isEmpty() ? QString() : tr("The job: %1").arg(parts.join(tr(" · ")));
    }
    const QDate born = QDate::fromString(str(d, "birth_date"), Qt::ISODate);
    const QDate today = m_ctx.terminal.clock().today();
    if (born.isValid())
        parts << tr("age %1").arg(validation::ageOn(born, today));
    if (!str(d, "skills").isEmpty())
        parts << tr("can do: %1").arg(str(d, "skills"));
    if (!str(d, "notes").isEmpty())
        parts << str(d, "notes");
    return parts.isEmpty() ? QString() : tr("The person: %1").arg(parts.join(tr(" · ")));
}

void StaffMatchingPage::showCallFor(const StoredEntity* e, bool recommended)
{
    showWhy();
    m_callFor = e ? std::optional(*e) : std::nullopt;
    m_callRecommended = recommended;
    m_reveal->setVisible(!m_forSeeker);
    m_reveal->setEnabled(e != nullptr);
    if (!e) {
        m_call->setText(m_forSeeker ? tr("Call the employer, then record how it went below.")
                                    : tr("Call the seeker, then record how it went below."));
        return;
    }
    if (m_forSeeker) {
        const QJsonObject contact = e->data.value(QLatin1String("contact")).toObject();
        QStringList who;
        for (const char* key : {"name", "phone"})
            if (!str(contact, key).isEmpty())
                who << str(contact, key);
        const QString employer = StaffLabels::jobEmployer(e->data);
        if (recommended)
            m_call->setText(who.isEmpty()
                                ? tr("Recommended to %1: call them, then record how it went below.")
                                      .arg(employer)
                                : tr("Recommended to %1: call %2, then record how it went below.")
                                      .arg(employer, who.join(QLatin1Char(' '))));
        else
            m_call->setText(who.isEmpty()
                                ? tr("Call %1, then record how it went below.").arg(employer)
                                : tr("Call %1 (%2), then record how it went below.")
                                      .arg(employer, who.join(QLatin1Char(' '))));
        return;
    }
    showSeekerCall(*e, masking::phone(str(e->data, "phone")));
}

void StaffMatchingPage::showSeekerCall(const StoredEntity& e, const QString& phone)
{
    // Just after a recommendation the list has moved on to the next person: the hint says whom
    // it is about.
    m_call->setText(
        m_callRecommended
            ? tr("Recommended %1: call them (%2), then record how it went below.")
                  .arg(str(e.data, "name"), phone)
            : tr("Call %1 (%2), then record how it went below.").arg(str(e.data, "name"), phone));
}

void StaffMatchingPage::revealMobile()
{
    const StoredEntity* e = m_callFor ? &*m_callFor : nullptr;
    if (m_forSeeker || !e)
        return;
    if (Status st =
            m_ctx.terminal.audit().append(m_ctx.user().actor(), QStringLiteral("seeker_show_phone"),
                                          QStringLiteral("seeker"), e->id);
        !st.ok()) {
        staffui::setMessage(m_message, st.error().message, Tone::Error);
        return;
    }
    showSeekerCall(*e, str(e->data, "phone"));
    m_reveal->setEnabled(false);
}

void StaffMatchingPage::refresh()
{
    // The person matched was deleted since (at their request, or merged into another record):
    // nothing of them stays on screen to record against.
    if (m_forSeeker && !m_subjectId.isEmpty()) {
        auto s = m_ctx.terminal.store().get(entities::seeker(), m_subjectId);
        if (s.ok() && !s.value()) {
            setMode(true);
            loadResults();
            loadPairings();
            m_outcomes->setApplication(QString(), QString());
            showCallFor(nullptr);
            staffui::setMessage(m_message,
                                tr("This job seeker's registration was deleted or merged into "
                                   "another one; find the person again."),
                                Tone::Info);
            return;
        }
    }
    // Results are recomputed on demand only (a clerk may be reading them); pairings follow the
    // store, so outcomes recorded elsewhere show up.
    loadPairings();
}

void StaffMatchingPage::prepareForScreenshot()
{
    auto seekers = m_ctx.desk.seekers().lookup(QString());
    if (!seekers.ok())
        return;
    for (const StoredEntity& s : seekers.value()) {
        if (str(s.data, "tier") == QLatin1String("priority")) {
            openSeeker(s.id);
            return;
        }
    }
}

QString StaffMatchingPage::reasonsText(const QStringList& reasons, const QString& occupation) const
{
    QString text = reasons.join(tr("; "));
    const QString shown = tradeName()(occupation);
    if (!occupation.isEmpty() && shown != occupation)
        text.replace(QLatin1Char('(') + occupation + QLatin1Char(')'),
                     QLatin1Char('(') + shown + QLatin1Char(')'));
    return text;
}

std::function<QString(const QString&)> StaffMatchingPage::tradeName() const
{
    return [this](const QString& name) { return m_ctx.terminal.reference().displayName(name); };
}

bool StaffMatchingPage::hasUnsavedWork() const
{
    return m_outcomes->hasTypedReason();
}

} // namespace lingong
