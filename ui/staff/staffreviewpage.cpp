#include "staffreviewpage.h"

#include "common/stafflabels.h"
#include "common/stafftablemodel.h"
#include "jobservice.h"
#include "staffjobeditor.h"
#include "staffui.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace lingong {

using staffui::str;
using staffui::Tone;

StaffReviewPage::StaffReviewPage(StaffContext& ctx, QWidget* parent)
    : StaffPage(ctx, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 8);
    auto* head = new QHBoxLayout;
    head->addWidget(staffui::makeTitle(tr("Review queue"), this));
    auto* hint = new QLabel(tr("Postings from kiosks, from the platform and for employers not yet "
                               "verified are published only after a clerk has checked them."),
                            this);
    hint->setProperty("role", QStringLiteral("hint"));
    hint->setWordWrap(true);
    head->addSpacing(16);
    head->addWidget(hint, 1);
    // What was just decided takes the hint's place, so the list and the form do not move.
    m_hint = hint;
    m_status = staffui::makeMessage(QStringLiteral("reviewStatus"), this);
    head->addWidget(m_status, 1);
    staffui::keepMessageLine(head, m_status);
    layout->addLayout(head);

    auto* split = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(split, 1);
    m_model = new StaffTableModel(this);
    m_model->setColumns({
        {tr("Title"), [](const StoredEntity& e) { return str(e.data, "title"); }},
        // A kiosk's posting with the reference its maker was given, to be asked after by.
        {tr("From"),
         [](const StoredEntity& e) {
             const QString source = str(e.data, "source");
             return source == QLatin1String("kiosk")
                        ? tr("%1 %2", "a posting's source and reference number")
                              .arg(StaffLabels::jobSource(source), JobService::reference(e.id))
                        : StaffLabels::jobSource(source);
         }},
        {tr("Employer"), [](const StoredEntity& e) { return StaffLabels::jobEmployer(e.data); }},
        {tr("Received"),
         [](const StoredEntity& e) { return staffui::localTime(str(e.data, "created_at")); }},
    });
    m_table = staffui::makeTable(m_model, QStringLiteral("reviewTable"), split);
    staffui::shareColumns(m_table, {{0, 3}, {2, 2}});
    split->addWidget(m_table);

    auto* scroll = staffui::makeFormScroll();
    auto* host = new QWidget(scroll);
    auto* rl = new QVBoxLayout(host);
    rl->setContentsMargins(10, 0, 6, 0);
    m_empty = new QLabel(tr("Nothing waits for review."), host);
    m_empty->setObjectName(QStringLiteral("reviewEmpty"));
    m_empty->setProperty("role", QStringLiteral("hint"));
    rl->addWidget(m_empty);
    m_detail = new QWidget(host);
    auto* dl = new QVBoxLayout(m_detail);
    dl->setContentsMargins(0, 0, 0, 0);
    m_reasons = staffui::makeMessage(QStringLiteral("reviewReasons"), m_detail);
    // As high as two lines at least: the form below stays where it was from one posting to the
    // next.
    staffui::setMessage(m_reasons, QStringLiteral("X\nX"), Tone::Info);
    m_reasons->ensurePolished();
    m_reasons->setMinimumHeight(m_reasons->sizeHint().height());
    staffui::setMessage(m_reasons, QString(), Tone::Info);
    dl->addWidget(m_reasons);
    m_editor = new StaffJobEditor(ctx, m_detail);
    dl->addWidget(m_editor);
    rl->addWidget(m_detail);
    rl->addStretch(1);
    scroll->setWidget(host);
    // The decisions stay below the form, whatever messages appear above it: the buttons do
    // not move under the mouse, nor drop out of sight on a small screen.
    auto* pane = new QWidget(split);
    QVBoxLayout* pl = staffui::formPane(pane, scroll, m_editor->messageLabel());
    m_actions = new QWidget(pane);
    auto* al = new QVBoxLayout(m_actions);
    al->setContentsMargins(10, 4, 6, 0);
    auto* buttons = new QHBoxLayout;
    auto* publish = new QPushButton(tr("Checked: publish"), m_actions);
    publish->setObjectName(QStringLiteral("reviewPublish"));
    publish->setProperty("primary", true);
    auto* save = new QPushButton(tr("Save corrections"), m_actions);
    save->setObjectName(QStringLiteral("reviewSave"));
    buttons->addWidget(publish);
    buttons->addWidget(save);
    buttons->addStretch(1);
    al->addLayout(buttons);
    auto* rejectRow = new QHBoxLayout;
    m_reason = new QLineEdit(m_actions);
    m_reason->setObjectName(QStringLiteral("reviewReason"));
    m_reason->setPlaceholderText(tr("why it is not published (required to refuse)"));
    auto* reject = new QPushButton(tr("Do not publish"), m_actions);
    reject->setObjectName(QStringLiteral("reviewReject"));
    reject->setProperty("danger", true);
    rejectRow->addWidget(m_reason, 1);
    rejectRow->addWidget(reject);
    al->addLayout(rejectRow);
    pl->addWidget(m_actions);
    split->addWidget(pane);
    split->setSizes({520, 660});

    m_decisions = {publish, save, reject, m_reason};
    connect(publish, &QPushButton::clicked, this, &StaffReviewPage::publish);
    connect(save, &QPushButton::clicked, this, &StaffReviewPage::saveEdits);
    connect(reject, &QPushButton::clicked, this, &StaffReviewPage::reject);
    connect(m_reason, &QLineEdit::returnPressed, this, &StaffReviewPage::reject);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& index) {
                const StoredEntity* e = m_model->entity(index.row());
                if (e && e->id != m_editor->jobId())
                    open(e->id);
            });
    showDetail(false);
    refresh();
}

void StaffReviewPage::showDetail(bool shown)
{
    m_detail->setVisible(shown);
    m_actions->setVisible(shown);
}

void StaffReviewPage::refresh()
{
    auto queue = m_ctx.jobs.reviewQueue();
    if (!queue.ok()) {
        staffui::setMessage(m_reasons, queue.error().message, Tone::Error);
        return;
    }
    m_model->setRows(std::move(queue.value().jobs));
    // Corrections kept aside for a posting that left the queue (decided at another window)
    // have nowhere to go back to. (Asked of each posting: the list shows only the newest.)
    QSet<QString> waiting;
    for (const QString& id : m_editor->draftIds()) {
        auto job = m_ctx.jobs.get(id);
        if (!job.ok() ||
            (job.value() && str(job.value()->data, "status") == QLatin1String("pending_review")))
            waiting.insert(id);
    }
    m_editor->keepDraftsOnlyFor(waiting);
    m_editor->reloadEmployers();
    const bool any = m_model->rowCount() > 0;
    m_empty->setVisible(!any);
    // A posting just sent here from this window is the one to decide on, unless the clerk is
    // busy with another.
    if (const QString sent = std::exchange(m_ctx.sentToReview, QString());
        !sent.isEmpty() && !hasUnsavedWork() && staffui::selectId(m_table, sent))
        return;
    if (!staffui::selectId(m_table, m_editor->jobId())) {
        if (!m_editor->isNew() && m_detail->isVisible()) {
            // The posting in the editor left the queue (another window decided on it): keep the
            // clerk's screen as it is rather than loading another posting over it.
            setStatus(tr("This posting was decided at another window meanwhile; "
                         "nothing you typed here was saved. Choose the next one in "
                         "the list."),
                      Tone::Warning);
            return;
        }
        if (any)
            m_table->selectRow(0);
        else
            showDetail(false);
    }
}

QString StaffReviewPage::badgeText() const
{
    // A queue longer than the count goes is said to be longer, not as long as the count.
    auto queue = m_ctx.jobs.reviewQueue(1);
    if (!queue.ok() || queue->total <= 0)
        return {};
    return queue->totalCapped ? QStringLiteral("%1+").arg(queue->total)
                              : QString::number(queue->total);
}

void StaffReviewPage::open(const QString& id)
{
    setStatus(QString(), Tone::Info);
    auto job = m_ctx.jobs.get(id);
    if (!job.ok() || !job.value())
        return;
    showDetail(true);
    m_editor->load(*job.value());
    m_reason->clear();
    staffui::markInvalid(m_reason, false);
    const QStringList why = m_ctx.jobs.reviewReasons(job.value()->data);
    QString reasons = tr("Waiting because: %1. Check the details with the employer before "
                         "publishing.")
                          .arg(why.isEmpty() ? tr("sent for review") : StaffLabels::joinList(why));
    // Someone who posted twice at a kiosk is phoned once about both.
    const auto contactPhone = [](const QJsonObject& d) {
        return EntitySpec::jsonAt(d, QStringLiteral("contact.phone")).toString();
    };
    const QString phone = contactPhone(job.value()->data);
    if (!phone.isEmpty()) {
        auto same = m_ctx.jobs.list(phone, {QStringLiteral("pending_review")}, 0, 20);
        QStringList others;
        if (same.ok())
            for (const StoredEntity& other : same->jobs)
                if (other.id != id && contactPhone(other.data) == phone)
                    others << str(other.data, "title");
        if (!others.isEmpty())
            reasons += QLatin1Char(' ') +
                       tr("From the same phone, also waiting: %1. Check them in the same call.")
                           .arg(StaffLabels::joinList(others));
    }
    staffui::setMessage(m_reasons, reasons, Tone::Warning);
    // Once taller (a note on another posting from the same phone), it stays so: the form below
    // does not jump when the next posting is opened.
    if (m_reasons->isVisible() && m_reasons->width() > 0) {
        const int needed = m_reasons->heightForWidth(m_reasons->width());
        if (needed > m_reasons->minimumHeight())
            m_reasons->setMinimumHeight(needed);
    }
}

void StaffReviewPage::saveEdits()
{
    if (m_editor->isNew())
        return;
    if (m_editor->holdForPay(tr("Save corrections")))
        return;
    auto saved =
        m_ctx.jobs.edit(m_editor->jobId(), m_editor->value(), m_ctx.user(), m_editor->base());
    if (!saved.ok()) {
        m_editor->showError(saved.error());
        return;
    }
    m_editor->markSaved();
    // Shown as saved: with what another window changed meanwhile, where it was kept.
    StoredEntity shown;
    shown.id = saved->id;
    shown.data = saved->data;
    m_editor->load(shown);
    const QString merged = StaffLabels::savedOverChanges(saved->keptTheirs, saved->overTheirs);
    m_editor->showMessage(tr("Corrections saved; the posting still waits for review.") +
                              (merged.isEmpty() ? QString() : QLatin1Char(' ') + merged),
                          saved->overTheirs.isEmpty());
    emit changed();
}

void StaffReviewPage::publish()
{
    if (m_editor->isNew())
        return;
    const QString id = m_editor->jobId();
    // Pay far from gig work's, as sent or as corrected, is asked about before it goes out.
    if (m_editor->holdForPay(tr("Checked: publish"), true) ||
        m_editor->holdForAge(tr("Checked: publish"), true))
        return;
    // What the clerk corrected is saved with the decision.
    const QString askedUntil = str(m_editor->value(), "valid_until");
    auto saved = m_ctx.jobs.edit(id, m_editor->value(), m_ctx.user(), m_editor->base());
    if (!saved.ok()) {
        m_editor->showError(saved.error());
        return;
    }
    auto published = m_ctx.jobs.publish(id, m_ctx.user());
    if (!published.ok()) {
        m_editor->showError(published.error());
        return;
    }
    const QString title = str(published->data, "title");
    m_editor->markSaved();
    m_editor->clear();
    showDetail(false);
    refresh();
    holdDecisions();
    // A kiosk's posting, kept open for its review, ends with the work once out
    // (JobService::publish): the clerk, who saw the other date, is told.
    const QDate until = QDate::fromString(str(published->data, "valid_until"), Qt::ISODate);
    const QDate asked = QDate::fromString(askedUntil, Qt::ISODate);
    const auto day = [this](const QDate& date) {
        return date.toString(tr("d MMM", "a date's day and month, QDate format"));
    };
    if (until.isValid() && asked.isValid() && until != asked)
        setStatus(tr("Published: %1. Open until %2, when the work ends (not %3).")
                      .arg(title, day(until), day(asked)),
                  Tone::Success);
    else
        setStatus(tr("Published: %1.").arg(title), Tone::Success);
    emit changed();
}

void StaffReviewPage::reject()
{
    if (m_editor->isNew())
        return;
    const Status st = m_ctx.jobs.reject(m_editor->jobId(), m_reason->text(), m_ctx.user());
    if (!st.ok()) {
        // The outcome of the posting decided before is no news next to this refusal.
        setStatus(QString(), Tone::Info);
        staffui::markInvalid(m_reason, true);
        staffui::setMessage(m_reasons, st.error().message, Tone::Error);
        m_reason->setFocus();
        return;
    }
    staffui::markInvalid(m_reason, false);
    // Corrections typed into a posting that is not published go with it.
    m_editor->discard();
    m_editor->clear();
    showDetail(false);
    refresh();
    holdDecisions();
    setStatus(tr("Not published; the reason is in the ledger."), Tone::Success);
    emit changed();
}

void StaffReviewPage::holdDecisions()
{
    if (m_detail->isVisible())
        staffui::holdBriefly(m_decisions);
}

void StaffReviewPage::prepareForScreenshot()
{
    refresh();
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
}

bool StaffReviewPage::hasUnsavedWork() const
{
    return m_editor->hasUnsavedWork() || !m_reason->text().trimmed().isEmpty();
}

void StaffReviewPage::setStatus(const QString& text, staffui::Tone tone)
{
    staffui::setMessage(m_status, text, tone);
    m_hint->setVisible(text.isEmpty());
}

} // namespace lingong
