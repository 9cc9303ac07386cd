#include "staffqueuepage.h"

#include "applicationrepository.h"
#include "common/stafflabels.h"
#include "common/stafftablemodel.h"
#include "masking.h"
#include "seekerrepository.h"
#include "staffoutcomebar.h"
#include "staffui.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace lingong {

using staffui::str;
using staffui::Tone;

StaffQueuePage::StaffQueuePage(StaffContext& ctx, QWidget* parent)
    : StaffPage(ctx, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 8);
    auto* head = new QHBoxLayout;
    head->addWidget(staffui::makeTitle(tr("Applications"), this));
    head->addSpacing(16);
    auto* hint = new QLabel(tr("New applications appear here by themselves."), this);
    hint->setProperty("role", QStringLiteral("hint"));
    head->addWidget(hint, 1);
    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("queueNumber"));
    m_number->setPlaceholderText(tr("confirmation number"));
    m_number->setMaxLength(6);
    m_number->setFixedWidth(200);
    head->addWidget(m_number);
    auto* find = new QPushButton(tr("Find"), this);
    find->setObjectName(QStringLiteral("queueFind"));
    head->addWidget(find);
    layout->addLayout(head);
    staffui::bindFind(this, m_number);
    m_message = staffui::makeMessage(QStringLiteral("queueMessage"), this);
    layout->addWidget(m_message);

    m_model = new StaffTableModel(this);
    m_model->setColumns({
        {tr("No."), [](const StoredEntity& e) { return str(e.data, "confirmation_no"); }},
        {tr("Applied at"),
         [](const StoredEntity& e) { return staffui::localTime(str(e.data, "applied_at")); }},
        {tr("Job"), [](const StoredEntity& e) { return str(e.data, "_title"); }},
        {tr("Mobile"), [](const StoredEntity& e) { return masking::phone(str(e.data, "phone")); }},
        {tr("Registered seeker"), [](const StoredEntity& e) { return str(e.data, "_seeker"); }},
    });
    m_table = staffui::makeTable(m_model, QStringLiteral("queueTable"), this);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("queueDetail"));
    m_detail->setWordWrap(true);
    layout->addWidget(m_detail);
    auto* actions = new QHBoxLayout;
    auto* link = new QPushButton(tr("Link the seeker registered with this mobile"), this);
    link->setObjectName(QStringLiteral("queueLink"));
    actions->addWidget(link);
    auto* open = new QPushButton(tr("Open the seeker"), this);
    open->setObjectName(QStringLiteral("queueOpenSeeker"));
    actions->addWidget(open);
    // The list shows the mobile masked (S5); the clerk who calls the applicant asks for it, and
    // that is logged.
    auto* reveal = new QPushButton(tr("Show the mobile to call"), this);
    reveal->setObjectName(QStringLiteral("queueRevealPhone"));
    actions->addWidget(reveal);
    m_link = link;
    m_open = open;
    m_reveal = reveal;
    actions->addStretch(1);
    layout->addLayout(actions);
    m_outcomes = new StaffOutcomeBar(ctx, true, this);
    m_outcomes->setObjectName(QStringLiteral("queueOutcomes"));
    layout->addWidget(m_outcomes);

    connect(find, &QPushButton::clicked, this, &StaffQueuePage::findNumber);
    connect(m_number, &QLineEdit::returnPressed, this, &StaffQueuePage::findNumber);
    connect(link, &QPushButton::clicked, this, &StaffQueuePage::linkSeeker);
    connect(reveal, &QPushButton::clicked, this, [this] {
        const QString id = staffui::selectedId(m_table);
        const StoredEntity* e = m_model->entity(m_model->rowOf(id));
        if (!e)
            return;
        if (Status st = m_ctx.terminal.audit().append(m_ctx.user().actor(),
                                                      QStringLiteral("application_show_phone"),
                                                      QStringLiteral("application"), id);
            !st.ok()) {
            staffui::setMessage(m_message, st.error().message, Tone::Error);
            return;
        }
        m_detail->setText(m_detail->text() + QLatin1Char(' ') +
                          tr("Mobile: %1").arg(str(e->data, "phone")));
        m_reveal->setEnabled(false);
    });
    connect(open, &QPushButton::clicked, this, [this] {
        const StoredEntity* e = m_model->entity(m_model->rowOf(staffui::selectedId(m_table)));
        if (e && !str(e->data, "seeker_id").isEmpty())
            emit openSeekerRequested(str(e->data, "seeker_id"));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &StaffQueuePage::selectionChanged);
    connect(m_outcomes, &StaffOutcomeBar::unpaidWagesComplaintRequested, this,
            &StaffPage::unpaidWagesComplaintRequested);
    connect(m_outcomes, &StaffOutcomeBar::recorded, this,
            [this](const QString& text, bool ok, bool toDo) {
                staffui::setMessage(m_message, text,
                                    !ok    ? Tone::Error
                                    : toDo ? Tone::Warning
                                           : Tone::Success);
                if (ok) {
                    refresh();
                    emit changed();
                }
            });
    refresh();
}

void StaffQueuePage::refresh()
{
    const QString keep = staffui::selectedId(m_table);
    auto queue = m_ctx.matching.queue();
    if (!queue.ok()) {
        staffui::setMessage(m_message, queue.error().message, Tone::Error);
        return;
    }
    std::vector<StoredEntity> rows;
    for (StoredEntity a : queue.value()) {
        auto job = m_ctx.jobs.get(str(a.data, "job_id"));
        a.data.insert(QStringLiteral("_title"), job.ok() && job.value()
                                                    ? str(job.value()->data, "title")
                                                    : tr("(job removed)"));
        QString seeker;
        if (!str(a.data, "seeker_id").isEmpty()) {
            auto s = m_ctx.terminal.store().get(entities::seeker(), str(a.data, "seeker_id"));
            if (s.ok() && s.value())
                seeker = str(s.value()->data, "name");
        }
        a.data.insert(QStringLiteral("_seeker"), seeker);
        rows.push_back(std::move(a));
    }
    m_model->setRows(std::move(rows));
    if (!staffui::selectId(m_table, keep))
        selectionChanged();
}

int StaffQueuePage::badge() const
{
    auto queue = m_ctx.matching.queue();
    return queue.ok() ? int(queue->size()) : -1;
}

void StaffQueuePage::selectionChanged()
{
    const StoredEntity* e = m_model->entity(m_model->rowOf(staffui::selectedId(m_table)));
    m_link->setEnabled(e && str(e->data, "seeker_id").isEmpty());
    m_open->setEnabled(e && !str(e->data, "seeker_id").isEmpty());
    m_reveal->setEnabled(e != nullptr);
    if (!e) {
        m_outcomes->setApplication(QString(), QString());
        m_detail->setText(m_model->rowCount() == 0 ? tr("No application is waiting.")
                                                   : tr("Choose an application."));
        return;
    }
    m_outcomes->setApplication(e->id, str(e->data, "status"));
    m_detail->setText(tr("Application %1 for \"%2\". %3")
                          .arg(str(e->data, "confirmation_no"), str(e->data, "_title"),
                               str(e->data, "_seeker").isEmpty()
                                   ? tr("The mobile is not linked to a registered seeker yet.")
                                   : tr("Registered seeker: %1.").arg(str(e->data, "_seeker"))));
}

void StaffQueuePage::findNumber()
{
    const QString no = m_number->text().trimmed();
    if (no.isEmpty())
        return;
    for (const StoredEntity& e : m_model->rows()) {
        if (str(e.data, "confirmation_no") == no) {
            staffui::selectId(m_table, e.id);
            staffui::markInvalid(m_number, false);
            staffui::setMessage(m_message, QString(), Tone::Info);
            return;
        }
    }
    auto found = ApplicationRepository(m_ctx.terminal.store()).findByConfirmation(no);
    staffui::markInvalid(m_number, true);
    if (found.ok() && found.value())
        staffui::setMessage(
            m_message,
            tr("Application %1 was already handled: %2.")
                .arg(no, StaffLabels::applicationStatus(str(found.value()->data, "status"))),
            Tone::Info);
    else
        staffui::markUntilEdited(m_number, m_message,
                                 tr("No application has the number %1.").arg(no));
}

void StaffQueuePage::linkSeeker()
{
    const StoredEntity* e = m_model->entity(m_model->rowOf(staffui::selectedId(m_table)));
    if (!e)
        return;
    auto seekers = SeekerRepository(m_ctx.terminal.store()).findByPhone(str(e->data, "phone"));
    if (!seekers.ok()) {
        staffui::setMessage(m_message, seekers.error().message, Tone::Error);
        return;
    }
    if (seekers.value().size() != 1) {
        staffui::setMessage(
            m_message,
            seekers.value().empty()
                ? tr("Nobody is registered with this mobile: register the person on the Job "
                     "seekers page, then link again.")
                : tr("Several people are registered with this mobile: open the right one on the "
                     "Job seekers page."),
            Tone::Warning);
        return;
    }
    const Status st = m_ctx.matching.linkSeeker(e->id, seekers.value().front().id, m_ctx.user());
    if (!st.ok()) {
        staffui::setMessage(m_message, st.error().message, Tone::Error);
        return;
    }
    staffui::setMessage(m_message,
                        tr("Linked to %1.").arg(str(seekers.value().front().data, "name")),
                        Tone::Success);
    refresh();
    emit changed();
}

void StaffQueuePage::prepareForScreenshot()
{
    refresh();
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
}

bool StaffQueuePage::hasUnsavedWork() const
{
    return m_outcomes->hasTypedReason();
}

} // namespace lingong
