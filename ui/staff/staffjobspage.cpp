#include "staffjobspage.h"

#include "common/stafflabels.h"
#include "common/stafftablemodel.h"
#include "staffjobeditor.h"
#include "staffui.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace lingong {

using staffui::str;
using staffui::Tone;

namespace {
constexpr int kListLimit = 300;
}

StaffJobsPage::StaffJobsPage(StaffContext& ctx, QWidget* parent)
    : StaffPage(ctx, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 8);
    auto* head = new QHBoxLayout;
    head->addWidget(staffui::makeTitle(tr("Jobs"), this));
    head->addSpacing(16);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("jobSearch"));
    m_search->setPlaceholderText(
        tr("search title, trade, place, employer, a contact's phone, or a kiosk reference"));
    m_search->setClearButtonEnabled(true);
    head->addWidget(m_search, 1);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("jobStatusFilter"));
    m_status->addItem(tr("All statuses"), QString());
    for (const QString& s : StaffLabels::jobStatuses())
        m_status->addItem(StaffLabels::jobStatus(s), s);
    head->addWidget(m_status);
    auto* fresh = new QPushButton(tr("New posting (Ctrl+N)"), this);
    fresh->setObjectName(QStringLiteral("jobNew"));
    head->addWidget(fresh);
    layout->addLayout(head);

    auto* split = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(split, 1);
    auto* left = new QWidget(split);
    auto* ll = new QVBoxLayout(left);
    ll->setContentsMargins(0, 0, 0, 0);
    m_model = new StaffTableModel(this);
    m_model->setColumns({
        {tr("Title"), [](const StoredEntity& e) { return str(e.data, "title"); }},
        {tr("Trade"),
         [this](const StoredEntity& e) {
             return m_ctx.terminal.reference().displayName(str(e.data, "occupation"));
         }},
        {tr("Status"), [](const StoredEntity& e) { return StaffLabels::jobStatusOf(e.data); }},
        {tr("Valid until"), [](const StoredEntity& e) { return str(e.data, "valid_until"); }},
        {tr("Employer"), [](const StoredEntity& e) { return StaffLabels::jobEmployer(e.data); }},
    });
    m_model->setRowStyle([](const StoredEntity& e, int role) -> QVariant {
        const QString s = str(e.data, "status");
        if (role == Qt::ForegroundRole && s != QLatin1String("published"))
            return s == QLatin1String("pending_review") ? QColor(0x8a, 0x4b, 0x00)
                                                        : QColor(0x6b, 0x77, 0x85);
        return {};
    });
    m_table = staffui::makeTable(m_model, QStringLiteral("jobTable"), left);
    staffui::shareColumns(m_table, {{0, 3}, {4, 2}});
    ll->addWidget(m_table, 1);
    m_count = new QLabel(left);
    m_count->setProperty("role", QStringLiteral("hint"));
    ll->addWidget(m_count);
    split->addWidget(left);

    auto* scroll = staffui::makeFormScroll(split);
    auto* host = new QWidget(scroll);
    auto* rl = new QVBoxLayout(host);
    rl->setContentsMargins(10, 0, 6, 0);
    m_formTitle = new QLabel(host);
    m_formTitle->setProperty("role", QStringLiteral("section"));
    m_formTitle->setWordWrap(true);
    m_formTitle->setObjectName(QStringLiteral("jobFormTitle"));
    rl->addWidget(m_formTitle);
    m_editor = new StaffJobEditor(ctx, host);
    rl->addWidget(m_editor);
    auto* buttons = new QHBoxLayout;
    auto* save = new QPushButton(tr("Save (Ctrl+S)"), host);
    save->setObjectName(QStringLiteral("jobSave"));
    save->setProperty("primary", true);
    m_publish = new QPushButton(tr("Publish again"), host);
    m_publish->setObjectName(QStringLiteral("jobPublish"));
    m_withdraw = new QPushButton(tr("Withdraw"), host);
    m_withdraw->setObjectName(QStringLiteral("jobWithdraw"));
    m_withdraw->setProperty("danger", true);
    m_filled = new QPushButton(tr("Mark filled"), host);
    m_filled->setObjectName(QStringLiteral("jobFilled"));
    m_match = new QPushButton(tr("Find seekers"), host);
    m_match->setObjectName(QStringLiteral("jobMatch"));
    buttons->addWidget(save);
    buttons->addWidget(m_publish);
    buttons->addWidget(m_filled);
    buttons->addWidget(m_withdraw);
    buttons->addStretch(1);
    buttons->addWidget(m_match);
    rl->addStretch(1);
    scroll->setWidget(host);
    auto* pane = new QWidget(split);
    QVBoxLayout* pl = staffui::formPane(pane, scroll, m_editor->messageLabel());
    buttons->setContentsMargins(10, 4, 6, 0);
    pl->addLayout(buttons);
    split->addWidget(pane);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({500, 680});

    staffui::searchAsTyped(m_search, [this] { refresh(); });
    connect(m_status, &QComboBox::currentIndexChanged, this, &StaffJobsPage::refresh);
    connect(fresh, &QPushButton::clicked, this, &StaffJobsPage::startNew);
    connect(save, &QPushButton::clicked, this, &StaffJobsPage::save);
    connect(m_publish, &QPushButton::clicked, this, [this] { act(QStringLiteral("publish")); });
    connect(m_withdraw, &QPushButton::clicked, this, [this] { act(QStringLiteral("withdraw")); });
    connect(m_filled, &QPushButton::clicked, this, [this] { act(QStringLiteral("filled")); });
    connect(m_match, &QPushButton::clicked, this, [this] {
        if (!m_editor->isNew())
            emit matchJobRequested(m_editor->jobId());
    });
    auto* saveKey = new QShortcut(QKeySequence::Save, this);
    connect(saveKey, &QShortcut::activated, this, &StaffJobsPage::save);
    auto* newKey = new QShortcut(QKeySequence::New, this);
    connect(newKey, &QShortcut::activated, this, &StaffJobsPage::startNew);
    staffui::bindFind(this, m_search);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& index) {
                const StoredEntity* e = m_model->entity(index.row());
                if (e && e->id != m_editor->jobId())
                    openJob(e->id);
            });
    startNew();
}

void StaffJobsPage::refresh()
{
    const QString status = m_status->currentData().toString();
    auto page = m_ctx.jobs.list(
        m_search->text(), status.isEmpty() ? QStringList() : QStringList{status}, 0, kListLimit);
    if (!page.ok()) {
        m_editor->showMessage(page.error().message, false);
        return;
    }
    const int total = page->total;
    const bool capped = page->totalCapped;
    m_model->setRows(std::move(page.value().jobs));
    m_count->setText(
        total > m_model->rowCount() || capped
            ? tr("%1 postings, newest %2 shown")
                  .arg(capped ? QStringLiteral("%1+").arg(total) : QString::number(total))
                  .arg(m_model->rowCount())
            : tr("%n posting(s)", nullptr, total));
    staffui::selectId(m_table, m_editor->jobId());
    m_editor->reloadEmployers();
    // The posting on screen was changed elsewhere (another window, the platform winning a
    // conflict): shown as it now stands when the clerk has not changed it here.
    if (!m_editor->isNew() && !m_editor->hasUnsavedChanges()) {
        auto stored = m_ctx.jobs.get(m_editor->jobId());
        if (stored.ok() && stored.value() && stored.value()->data != m_editor->loaded()) {
            const QString was = StaffLabels::jobStatusOf(m_editor->loaded());
            const QString now = StaffLabels::jobStatusOf(stored.value()->data);
            openJob(m_editor->jobId());
            // Its status changed (published from the review queue, maybe at this very window):
            // what it is now, not where.
            m_editor->showMessage(
                now != was ? tr("This posting is now %1; it is shown as it now stands.").arg(now)
                           : tr("This posting was changed elsewhere; it is shown as it now "
                                "stands."),
                false);
        }
    }
}

void StaffJobsPage::startNew()
{
    if (m_editor->isNew() && m_editor->hasUnsavedChanges()) {
        // Pressed on a new posting that is not saved: a second press clears it, unless more
        // was typed in between (then it asks again).
        const QJsonObject typed = m_editor->value();
        // The second click of a double click is not a second press.
        if (m_clearAskedAt.isValid() &&
            m_clearAskedAt.elapsed() < QApplication::doubleClickInterval() + 200)
            return;
        if (!m_clearAsked || *m_clearAsked != typed) {
            m_clearAsked = typed;
            m_clearAskedAt.start();
            staffui::setMessage(m_editor->messageLabel(),
                                tr("This new posting is not saved. Save it, or press New "
                                   "posting again to clear the form."),
                                Tone::Warning);
            return;
        }
        m_editor->discard();
    }
    m_clearAsked.reset();
    m_table->clearSelection();
    // No current row either: a click on the posting that was open opens it again.
    m_table->selectionModel()->clearCurrentIndex();
    m_editor->reloadEmployers();
    m_editor->clear();
    m_formTitle->setText(tr("New posting"));
    updateButtons();
    // Ready to type: the first field of the form, wherever the cursor was.
    if (isVisible())
        m_editor->focusFirst();
}

void StaffJobsPage::openJob(const QString& id)
{
    auto job = m_ctx.jobs.get(id);
    if (!job.ok() || !job.value())
        return;
    m_clearAsked.reset();
    m_editor->load(*job.value());
    const QJsonObject& d = job.value()->data;
    QString state = StaffLabels::jobStatusOf(d);
    // Turned down at review: why, so that whoever calls the person knows what to put right.
    if (const QString note = str(d, "review_note").trimmed();
        !note.isEmpty() && str(d, "status") == QLatin1String("withdrawn"))
        state = tr("%1: %2").arg(state, note);
    m_formTitle->setText(tr("Posting: %1 — %2").arg(str(d, "title"), state));
    staffui::selectId(m_table, id);
    updateButtons();
}

void StaffJobsPage::updateButtons()
{
    QString status;
    if (!m_editor->isNew()) {
        auto job = m_ctx.jobs.get(m_editor->jobId());
        if (job.ok() && job.value())
            status = str(job.value()->data, "status");
    }
    m_publish->setVisible(status == QLatin1String("withdrawn"));
    m_withdraw->setEnabled(status == QLatin1String("published") ||
                           status == QLatin1String("pending_review"));
    m_filled->setEnabled(status == QLatin1String("published"));
    m_match->setEnabled(status == QLatin1String("published"));
}

void StaffJobsPage::save()
{
    const bool creating = m_editor->isNew();
    // Pay far from what gig work pays is asked about before anything is saved or published.
    if (m_editor->holdForPay(tr("Save")) || m_editor->holdForAge(tr("Save")))
        return;
    auto saved = creating ? m_ctx.jobs.post(m_editor->value(), m_ctx.user())
                          : m_ctx.jobs.edit(m_editor->jobId(), m_editor->value(), m_ctx.user(),
                                            m_editor->base());
    if (!saved.ok()) {
        m_editor->showError(saved.error());
        return;
    }
    m_editor->markSaved();
    const QString status = str(saved->data, "status");
    if (status == QLatin1String("pending_review"))
        m_ctx.sentToReview = saved->id;
    refresh();
    // The posting saved is in the list beside it: a search or status chosen before that leaves
    // it out is cleared, and the clerk told.
    const bool unfiltered = m_model->rowOf(saved->id) < 0 &&
                            (!m_search->text().isEmpty() || m_status->currentIndex() != 0);
    if (unfiltered) {
        const QSignalBlocker quietSearch(m_search);
        const QSignalBlocker quietStatus(m_status);
        m_search->clear();
        m_status->setCurrentIndex(0);
        refresh();
    }
    openJob(saved->id);
    QString text;
    const QString merged = StaffLabels::savedOverChanges(saved->keptTheirs, saved->overTheirs);
    if (!creating)
        text = merged.isEmpty() ? tr("Changes saved.")
                                : tr("Changes saved.") + QLatin1Char(' ') + merged;
    else if (status == QLatin1String("published"))
        text = tr("Saved and published: %1").arg(m_ctx.whenShownPublicly());
    else
        text = tr("Saved. It waits in the review queue (%1).")
                   .arg(StaffLabels::joinList(m_ctx.jobs.reviewReasons(saved->data)));
    if (unfiltered)
        text +=
            QLatin1Char(' ') + tr("The list shows every posting again, so that this one is in it.");
    m_editor->showMessage(text, saved->overTheirs.isEmpty());
    emit changed();
}

void StaffJobsPage::act(const QString& what)
{
    if (m_editor->isNew())
        return;
    const QString id = m_editor->jobId();
    Status st;
    bool waits = false; // put up again, but into the review queue
    if (what == QLatin1String("withdraw")) {
        st = m_ctx.jobs.withdraw(id, m_ctx.user());
    } else if (what == QLatin1String("filled")) {
        st = m_ctx.jobs.markFilled(id, m_ctx.user());
    } else if (auto published = m_ctx.jobs.publish(id, m_ctx.user()); !published.ok()) {
        st = published.error();
    } else {
        waits = str(published->data, "status") == QLatin1String("pending_review");
        if (waits)
            m_ctx.sentToReview = id;
    }
    if (!st.ok()) {
        m_editor->showError(st.error());
        return;
    }
    refresh();
    openJob(id);
    m_editor->showMessage(what == QLatin1String("withdraw")
                              ? tr("Withdrawn: no longer shown to job seekers.")
                          : what == QLatin1String("filled") ? tr("Marked as filled.")
                          : waits ? tr("Sent to the review queue: the employer is not verified.")
                                  : tr("Published again."),
                          true);
    emit changed();
}

void StaffJobsPage::prepareForScreenshot()
{
    refresh();
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
}

void StaffJobsPage::prepareDiscriminationExample()
{
    startNew();
    auto* e = m_editor;
    e->findChild<QLineEdit*>(QStringLiteral("jobTitle"))
        ->setText(QStringLiteral("仓库搬运工（日结）"));
    auto* occ = e->findChild<QComboBox*>(QStringLiteral("jobOccupation"));
    occ->setCurrentIndex(std::max(0, occ->findData(QStringLiteral("装卸搬运"))));
    e->findChild<QPlainTextEdit*>(QStringLiteral("jobSkills"))
        ->setPlainText(QStringLiteral("限男性，45岁以下，能吃苦耐劳"));
    e->findChild<QLineEdit*>(QStringLiteral("jobAddress"))
        ->setText(QStringLiteral("五象大道88号物流园"));
    e->findChild<QLineEdit*>(QStringLiteral("jobHours"))->setText(QStringLiteral("20:00-次日6:00"));
    auto* unit = e->findChild<QComboBox*>(QStringLiteral("jobPayUnit"));
    unit->setCurrentIndex(std::max(0, unit->findData(QStringLiteral("day"))));
    e->findChild<QLineEdit*>(QStringLiteral("jobPayMin"))->setText(QStringLiteral("200"));
    e->findChild<QLineEdit*>(QStringLiteral("jobPayMax"))->setText(QStringLiteral("260"));
    e->findChild<QLineEdit*>(QStringLiteral("jobContactName"))->setText(QStringLiteral("蒙先生"));
    e->findChild<QLineEdit*>(QStringLiteral("jobContactPhone"))
        ->setText(QStringLiteral("13977100000"));
    save();
}

bool StaffJobsPage::hasUnsavedWork() const
{
    return m_editor->hasUnsavedWork();
}

} // namespace lingong
