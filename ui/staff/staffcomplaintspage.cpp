#include "staffcomplaintspage.h"

#include "staffnotice.h"

#include "applicationrepository.h"
#include "common/stafflabels.h"
#include "common/stafftablemodel.h"
#include "complaintrepository.h"
#include "complaintservice.h"
#include "entityspec.h"
#include "masking.h"
#include "requestchecklist.h"
#include "staffui.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QShowEvent>
#include <QSplitter>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

namespace lingong {

using staffui::str;
using staffui::Tone;

StaffComplaintsPage::StaffComplaintsPage(StaffContext& ctx, QWidget* parent)
    : StaffPage(ctx, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 8);
    auto* head = new QHBoxLayout;
    head->addWidget(staffui::makeTitle(tr("Complaints and requests"), this));
    head->addSpacing(16);
    auto* hint = new QLabel(tr("First contact owns it; answer within the deadline; tell the "
                               "person everything needed in one go."),
                            this);
    hint->setProperty("role", QStringLiteral("hint"));
    head->addWidget(hint, 1);
    m_unpaid = new QPushButton(this);
    m_unpaid->setObjectName(QStringLiteral("complaintUnpaid"));
    m_unpaid->setVisible(false);
    head->addWidget(m_unpaid);
    m_showClosed = new QCheckBox(tr("Show closed"), this);
    m_showClosed->setObjectName(QStringLiteral("complaintShowClosed"));
    head->addWidget(m_showClosed);
    layout->addLayout(head);
    // Messages appear below the forms, so that none moves a button the clerk is about to press.
    m_message = staffui::makeMessage(QStringLiteral("complaintMessage"), this);

    auto* split = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(split, 1);
    m_model = new StaffTableModel(this);
    m_model->setColumns({
        {tr("Kind"),
         [](const StoredEntity& e) { return StaffLabels::complaintKind(str(e.data, "kind")); }},
        {tr("About"), [](const StoredEntity& e) { return str(e.data, "category"); }},
        {tr("Phone"),
         [](const StoredEntity& e) {
             // Taken out when the caller's data was deleted at their request.
             return str(e.data, "phone").isEmpty() ? tr("(removed)")
                                                   : masking::phone(str(e.data, "phone"));
         }},
        {tr("Owner"),
         [this](const StoredEntity& e) {
             const QString owner = str(e.data, "owner");
             if (owner == QLatin1String(ComplaintService::kDutyOwner))
                 return tr("duty window");
             // The clerk's name as the accounts page has it; the user name if there is none.
             const auto it = m_ownerNames.find(owner);
             return it == m_ownerNames.end() ? owner : it->second;
         }},
        {tr("Deadline"),
         [](const StoredEntity& e) { return staffui::localTime(str(e.data, "deadline")); }},
        {tr("Status"),
         [this](const StoredEntity& e) {
             if (ComplaintService::isOverdue(e.data, m_ctx.terminal.clock().now()))
                 return tr("Overdue");
             return StaffLabels::complaintStatus(str(e.data, "status"));
         }},
    });
    m_model->setRowStyle([this](const StoredEntity& e, int role) -> QVariant {
        if (ComplaintService::isOverdue(e.data, m_ctx.terminal.clock().now())) {
            if (role == Qt::BackgroundRole)
                return QColor(0xfd, 0xec, 0xea);
            if (role == Qt::ForegroundRole)
                return QColor(0xa4, 0x16, 0x1a);
        } else if (role == Qt::ForegroundRole && str(e.data, "status") == QLatin1String("closed")) {
            return QColor(0x6b, 0x77, 0x85);
        }
        return {};
    });
    auto* left = new QWidget(split);
    auto* ll = new QVBoxLayout(left);
    ll->setContentsMargins(0, 0, 0, 0);
    m_table = staffui::makeTable(m_model, QStringLiteral("complaintTable"), left);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    ll->addWidget(m_table, 1);
    // 一次性告知: what the person is to have ready, all of it, for whoever calls back; below the
    // list, where there is room for it whatever the screen.
    m_checklistBox = new QGroupBox(tr("Tell the person in one go what to have ready"), left);
    auto* cl = new QVBoxLayout(m_checklistBox);
    m_checklist = new QLabel(m_checklistBox);
    m_checklist->setObjectName(QStringLiteral("complaintChecklist"));
    m_checklist->setWordWrap(true);
    m_checklist->setTextInteractionFlags(Qt::TextSelectableByMouse);
    cl->addWidget(m_checklist);
    m_printNotice = new QPushButton(tr("Print this list for the person"), m_checklistBox);
    m_printNotice->setObjectName(QStringLiteral("complaintPrintNotice"));
    cl->addWidget(m_printNotice, 0, Qt::AlignLeft);
    m_checklistBox->hide();
    ll->addWidget(m_checklistBox);
    split->addWidget(left);

    // On a low screen the two boxes scroll rather than squeeze one field over the next.
    auto* rightPane = new QWidget(split);
    auto* rp = new QVBoxLayout(rightPane);
    rp->setContentsMargins(0, 0, 0, 0);
    auto* rightScroll = new QScrollArea(rightPane);
    rightScroll->setObjectName(QStringLiteral("complaintFormScroll"));
    rightScroll->setWidgetResizable(true);
    rightScroll->setFrameShape(QFrame::NoFrame);
    rightScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* right = new QWidget(rightScroll);
    auto* rl = new QVBoxLayout(right);
    rl->setContentsMargins(10, 0, 0, 0);
    auto* handle = new QGroupBox(tr("Handle"), right);
    auto* hl = new QVBoxLayout(handle);
    // Room for a request's usual lines whichever is chosen, so the form below stays put; a longer
    // one scrolls in its place (fitHeights).
    m_detailScroll = new QScrollArea(handle);
    m_detailScroll->setWidgetResizable(true);
    m_detailScroll->setFrameShape(QFrame::NoFrame);
    m_detailScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_detail = new QLabel(m_detailScroll);
    m_detail->setObjectName(QStringLiteral("complaintDetail"));
    m_detail->setWordWrap(true);
    m_detail->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_detailScroll->setWidget(m_detail);
    hl->addWidget(m_detailScroll);
    m_takeOver = new QPushButton(tr("I take this over"), handle);
    m_takeOver->setObjectName(QStringLiteral("complaintTakeOver"));
    // Lists show numbers masked (S5); whoever calls back asks for the number, which is logged.
    m_revealPhone = new QPushButton(tr("Show the number to call back"), handle);
    m_revealPhone->setObjectName(QStringLiteral("complaintRevealPhone"));
    auto* tr1 = new QHBoxLayout;
    tr1->addWidget(m_takeOver);
    tr1->addWidget(m_revealPhone);
    tr1->addStretch(1);
    hl->addLayout(tr1);
    m_resolution = new QPlainTextEdit(handle);
    m_resolution->setObjectName(QStringLiteral("complaintResolution"));
    m_resolution->setPlaceholderText(tr("how it was resolved (required to close)"));
    m_resolution->setTabChangesFocus(true);
    m_resolution->setFixedHeight(70);
    m_close = new QPushButton(tr("Close with this note"), handle);
    m_close->setObjectName(QStringLiteral("complaintClose"));
    m_close->setProperty("primary", true);
    // The note and the button that closes with it side by side: the form below keeps its room.
    auto* cr = new QHBoxLayout;
    cr->addWidget(m_resolution, 1);
    cr->addWidget(m_close, 0, Qt::AlignBottom);
    hl->addLayout(cr);
    rl->addWidget(handle);

    auto* fresh = new QGroupBox(tr("Record a complaint or request"), right);
    auto* ff = new QFormLayout(fresh);
    m_kind = new QComboBox(fresh);
    m_kind->setObjectName(QStringLiteral("complaintKind"));
    for (const QString& k : StaffLabels::complaintKinds())
        m_kind->addItem(StaffLabels::complaintKind(k), k);
    ff->addRow(tr("Kind"), m_kind);
    m_category = new QLineEdit(fresh);
    m_category->setObjectName(QStringLiteral("complaintCategory"));
    m_category->setPlaceholderText(tr("e.g. unpaid wages, false job advert"));
    ff->addRow(tr("About"), m_category);
    m_phone = new QLineEdit(fresh);
    m_phone->setObjectName(QStringLiteral("complaintPhone"));
    ff->addRow(tr("Phone"), m_phone);
    // Room for what happened, in a few lines; Tab goes on to the next field.
    m_description = new QPlainTextEdit(fresh);
    m_description->setObjectName(QStringLiteral("complaintDescription"));
    m_description->setTabChangesFocus(true);
    ff->addRow(tr("Details"), m_description);
    m_employer = new QComboBox(fresh);
    m_employer->setObjectName(QStringLiteral("complaintEmployer"));
    m_employer->setEditable(true);
    m_employer->setInsertPolicy(QComboBox::NoInsert);
    staffui::suggestAnywhere(m_employer);
    m_employer->lineEdit()->setPlaceholderText(tr("an employer on record, or leave empty"));
    ff->addRow(tr("About employer"), m_employer);
    // Filled in from a placement: the complaint is linked to it, as said here, until unlinked.
    m_placementRow = new QWidget(fresh);
    auto* linkRow = new QHBoxLayout(m_placementRow);
    linkRow->setContentsMargins(0, 0, 0, 0);
    m_placementLabel = new QLabel(m_placementRow);
    m_placementLabel->setObjectName(QStringLiteral("complaintPlacement"));
    m_placementLabel->setWordWrap(true);
    linkRow->addWidget(m_placementLabel, 1);
    auto* unlinkButton = new QPushButton(tr("Not about it"), m_placementRow);
    unlinkButton->setObjectName(QStringLiteral("complaintUnlink"));
    connect(unlinkButton, &QPushButton::clicked, this, [this] { linkPlacement(QString()); });
    linkRow->addWidget(unlinkButton);
    m_placementRow->hide();
    auto* add = new QPushButton(tr("Record (I own it)"), fresh);
    add->setObjectName(QStringLiteral("complaintRecord"));
    // Beside the button that records it: the form is no taller for it.
    auto* recordRow = new QHBoxLayout;
    recordRow->addWidget(add, 1);
    recordRow->addWidget(m_placementRow);
    ff->addRow(recordRow);
    rl->addWidget(fresh);
    fitHeights();
    // Neither box grows into room left over, so a message appearing below moves no button.
    for (QWidget* box : {static_cast<QWidget*>(handle), static_cast<QWidget*>(fresh)})
        box->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    rl->addStretch(1);
    rightScroll->setWidget(right);
    rp->addWidget(rightScroll, 1);
    // What happened stays in sight below, however far the boxes are scrolled.
    auto* messageRow = new QHBoxLayout;
    messageRow->setContentsMargins(10, 0, 0, 0);
    messageRow->addWidget(m_message);
    rp->addLayout(messageRow);
    split->addWidget(rightPane);
    split->setSizes({700, 480});

    connect(m_unpaid, &QPushButton::clicked, this, &StaffComplaintsPage::showUnpaid);
    connect(m_showClosed, &QCheckBox::toggled, this, &StaffComplaintsPage::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &StaffComplaintsPage::selectionChanged);
    connect(m_takeOver, &QPushButton::clicked, this, &StaffComplaintsPage::takeOver);
    connect(m_revealPhone, &QPushButton::clicked, this, &StaffComplaintsPage::revealPhone);
    connect(m_close, &QPushButton::clicked, this, &StaffComplaintsPage::close);
    connect(m_printNotice, &QPushButton::clicked, this, &StaffComplaintsPage::printNotice);
    connect(add, &QPushButton::clicked, this, &StaffComplaintsPage::record);
    // From the keyboard: Ctrl+N starts a new record, Enter in any of its one-line fields records
    // it (in the details it starts a new line).
    auto* newKey = new QShortcut(QKeySequence::New, this);
    connect(newKey, &QShortcut::activated, this,
            [this] { m_category->setFocus(Qt::ShortcutFocusReason); });
    for (QLineEdit* e : {m_category, m_phone})
        connect(e, &QLineEdit::returnPressed, this, &StaffComplaintsPage::record);
    // A form emptied by hand, or turned into another kind of request, is no longer about the
    // placement it was filled in from.
    const auto unlink = [this] {
        if (!m_placementId.isEmpty() &&
            (!hasUnsavedWork() || m_kind->currentData().toString() != QLatin1String("complaint")))
            linkPlacement(QString());
    };
    connect(m_description, &QPlainTextEdit::textChanged, this, unlink);
    connect(m_phone, &QLineEdit::textChanged, this, unlink);
    connect(m_employer, &QComboBox::currentTextChanged, this, unlink);
    connect(m_kind, &QComboBox::currentIndexChanged, this, unlink);
    refresh();
}

void StaffComplaintsPage::fitHeights()
{
    m_detail->ensurePolished();
    m_description->ensurePolished();
    // In the font the page is shown in (the style sheet's, not the one at construction).
    m_detailScroll->setFixedHeight(4 * m_detail->fontMetrics().lineSpacing() + 4);
    const QMargins frame = m_description->contentsMargins();
    m_description->setFixedHeight(int(4 * m_description->fontMetrics().lineSpacing() +
                                      2 * m_description->document()->documentMargin()) +
                                  frame.top() + frame.bottom() + 2);
}

void StaffComplaintsPage::changeEvent(QEvent* event)
{
    StaffPage::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitHeights();
}

void StaffComplaintsPage::reloadEmployers()
{
    // Rebuilt only when nothing is being typed in it.
    if (m_employer->hasFocus() || !m_employer->currentText().isEmpty())
        return;
    m_employer->clear();
    auto list = m_ctx.employers.search(QString());
    if (list.ok())
        for (const StoredEntity& e : list.value())
            m_employer->addItem(str(e.data, "name"), e.id);
    m_employer->setCurrentIndex(-1);
}

void StaffComplaintsPage::refresh()
{
    reloadEmployers();
    const QString keep = staffui::selectedId(m_table);
    m_ownerNames = staffui::staffNames(m_ctx.accounts);
    auto list = ComplaintRepository(m_ctx.terminal.store()).list(m_showClosed->isChecked());
    if (!list.ok()) {
        staffui::setMessage(m_message, list.error().message, Tone::Error);
        return;
    }
    // Hires followed up as not paid, at every employer: the hall acts on them (T4).
    auto unpaid = ApplicationRepository(m_ctx.terminal.store()).unpaidHires();
    const int unpaidCount = unpaid.ok() ? unpaid.value() : 0;
    m_unpaid->setText(tr("Placements not paid (%n)…", nullptr, unpaidCount));
    m_unpaid->setVisible(unpaidCount > 0);
    m_refreshing = true;
    m_model->setRows(std::move(list.value()));
    if (!staffui::selectId(m_table, keep))
        selectionChanged();
    m_refreshing = false;
}

int StaffComplaintsPage::badge() const
{
    auto open = ComplaintRepository(m_ctx.terminal.store()).list(false);
    return open.ok() ? int(open->size()) : -1;
}

void StaffComplaintsPage::selectionChanged()
{
    const QString id = staffui::selectedId(m_table);
    // What was said about the last one does not stay under another the clerk chose.
    if (id != m_resolutionFor && !m_refreshing)
        staffui::setMessage(m_message, QString(), Tone::Info);
    if (id != m_resolutionFor) {
        // The box holds one complaint's resolution: what was typed for another stays with that
        // one, for when it is chosen again, and is never recorded against this one.
        const QString typed = m_resolution->toPlainText();
        if (typed.trimmed().isEmpty())
            m_resolutionDrafts.erase(m_resolutionFor);
        else if (!m_resolutionFor.isEmpty())
            m_resolutionDrafts[m_resolutionFor] = typed;
        m_resolutionFor = id;
        const auto draft = m_resolutionDrafts.find(id);
        // A message about the other complaint's resolution goes with it (markUntilEdited).
        m_resolution->setPlainText(draft != m_resolutionDrafts.end() ? draft->second : QString());
    }
    const StoredEntity* e = m_model->entity(m_model->rowOf(id));
    const bool open = e && str(e->data, "status") == QLatin1String("open");
    m_takeOver->setEnabled(open && str(e->data, "owner") != m_ctx.user().actor());
    m_close->setEnabled(open);
    m_resolution->setEnabled(open);
    m_revealPhone->setEnabled(e && !str(e->data, "phone").isEmpty());
    m_checklistBox->setVisible(open);
    if (!e) {
        m_detail->setText(tr("Choose a complaint or request in the list."));
        return;
    }
    if (open) {
        QStringList lines;
        for (const QString& item : RequestChecklist::items(str(e->data, "category")))
            lines << QStringLiteral("• ") + item;
        m_checklist->setText(lines.join(QLatin1Char('\n')));
    }
    QString text =
        tr("%1: %2. Received %3, due %4.")
            .arg(StaffLabels::complaintKind(str(e->data, "kind")), str(e->data, "category"),
                 staffui::localTime(str(e->data, "created_at")),
                 staffui::localTime(str(e->data, "deadline")));
    if (const QString employer = str(e->data, "employer_id"); !employer.isEmpty()) {
        const int i = m_employer->findData(employer);
        text += QLatin1Char('\n') +
                tr("About employer: %1")
                    .arg(i >= 0 ? m_employer->itemText(i) : tr("(not registered here)"));
    }
    if (!str(e->data, "application_id").isEmpty())
        text += QLatin1Char('\n') + tr("About the wages of a placement made by the hall.");
    if (!str(e->data, "description").isEmpty())
        text += QLatin1Char('\n') + str(e->data, "description");
    if (!open)
        text += QLatin1Char('\n') +
                tr("Closed %1: %2")
                    .arg(staffui::localTime(str(e->data, "closed_at")), str(e->data, "resolution"));
    else if (ComplaintService::isOverdue(e->data, m_ctx.terminal.clock().now()))
        text += QLatin1Char('\n') + tr("Overdue: answer today.");
    if (str(e->data, "phone").isEmpty())
        text += QLatin1Char('\n') +
                tr("No phone number: it was removed with the person's data at their request.");
    m_detail->setText(text);
}

void StaffComplaintsPage::printNotice()
{
    const QString id = staffui::selectedId(m_table);
    if (id.isEmpty())
        return;
    // Who answers for it, as the list names them.
    const QString owner = m_model->index(m_model->rowOf(id), 3).data().toString();
    // The file's name alone: the folder is the configuration's, and a message of one line
    // leaves the form beside it as it is.
    staffui::printSlip(
        m_message, m_ctx.terminal.config(),
        StaffNotice::slip(m_ctx.terminal, id, m_ctx.user(), owner),
        tr("The list is not printed: %1 Ask the administrator to set up the "
           "printer (printing in the configuration)."),
        tr("The list is sent to the printer %1."), tr("The list is saved: %1"),
        {&m_ctx.reportFolder, m_ctx.reportsFolder(), m_ctx.terminal.database().path()}, true);
}

void StaffComplaintsPage::revealPhone()
{
    const QString id = staffui::selectedId(m_table);
    const StoredEntity* e = m_model->entity(m_model->rowOf(id));
    if (!e)
        return;
    if (Status st = m_ctx.terminal.audit().append(m_ctx.user().actor(),
                                                  QStringLiteral("complaint_show_phone"),
                                                  QStringLiteral("complaint"), id);
        !st.ok()) {
        m_message->setText(st.error().message);
        return;
    }
    m_detail->setText(m_detail->text() + QLatin1Char('\n') +
                      tr("Phone: %1").arg(str(e->data, "phone")));
    m_revealPhone->setEnabled(false);
}

void StaffComplaintsPage::takeOver()
{
    const QString id = staffui::selectedId(m_table);
    if (id.isEmpty())
        return;
    const Status st = m_ctx.desk.takeOverComplaint(id, m_ctx.user());
    staffui::setMessage(m_message, st.ok() ? tr("You own it now.") : st.error().message,
                        st.ok() ? Tone::Success : Tone::Error);
    refresh();
    emit changed();
}

void StaffComplaintsPage::close()
{
    const QString id = staffui::selectedId(m_table);
    if (id.isEmpty())
        return;
    const Status st = m_ctx.desk.closeComplaint(id, m_resolution->toPlainText(), m_ctx.user());
    if (!st.ok()) {
        staffui::markUntilEdited(m_resolution, m_message, st.error().message);
        m_resolution->setFocus();
        return;
    }
    staffui::markInvalid(m_resolution, false);
    m_resolutionDrafts.erase(id);
    m_resolution->clear();
    staffui::setMessage(m_message, tr("Closed; the resolution is recorded."), Tone::Success);
    refresh();
    emit changed();
}

void StaffComplaintsPage::record()
{
    for (QWidget* w : {static_cast<QWidget*>(m_category), static_cast<QWidget*>(m_phone)})
        staffui::markInvalid(w, false);
    staffui::markInvalid(m_employer, false);
    // The employer named as typed or chosen: one on record, found by its whole name.
    const QString typed = m_employer->currentText().trimmed();
    const int chosen = typed.isEmpty() ? -1 : m_employer->findText(typed, Qt::MatchFixedString);
    const QString employerId = typed.isEmpty() ? QString()
                               : chosen >= 0   ? m_employer->itemData(chosen).toString()
                                               : QStringLiteral("?");
    auto id = m_ctx.desk.recordComplaint(m_kind->currentData().toString(), m_category->text(),
                                         m_phone->text(), m_description->toPlainText(),
                                         m_ctx.user(), employerId, m_placementId);
    if (!id.ok() && id.error().field == QLatin1String("application_id")) {
        // The placement changed since (its outcome corrected, a complaint about it recorded at
        // another window): the complaint goes on without it, with nothing typed lost.
        linkPlacement(QString());
        staffui::setMessage(m_message,
                            id.error().message + QLatin1Char(' ') +
                                tr("The form is no longer linked to the placement: press Record "
                                   "again to record the complaint without it."),
                            Tone::Warning);
        refresh();
        return;
    }
    if (!id.ok()) {
        QWidget* at =
            id.error().field == QLatin1String("category")       ? m_category
            : id.error().field.contains(QLatin1String("phone")) ? static_cast<QWidget*>(m_phone)
            : id.error().field == QLatin1String("employer_id")  ? static_cast<QWidget*>(m_employer)
                                                                : nullptr;
        staffui::markUntilEdited(at, m_message, id.error().message);
        if (at)
            at->setFocus();
        return;
    }
    linkPlacement(QString());
    m_category->clear();
    m_phone->clear();
    m_description->clear();
    m_employer->setCurrentIndex(-1);
    m_employer->clearEditText();
    refresh();
    staffui::selectId(m_table, id.value());
    staffui::setMessage(m_message, tr("Recorded; you own it."), Tone::Success);
    emit changed();
}

void StaffComplaintsPage::linkPlacement(const QString& id, const QString& text)
{
    m_placementId = id;
    m_placementLabel->setText(text);
    m_placementRow->setVisible(!id.isEmpty());
}

QString StaffComplaintsPage::placementComplaint(const EntityStore& store,
                                                const QString& applicationId, bool* open)
{
    if (open)
        *open = false;
    auto about = ComplaintRepository(store).aboutPlacement(applicationId);
    if (!about.ok() || about->empty())
        return {};
    const QJsonObject& c = about->front().data;
    if (str(c, "status") == QLatin1String("open")) {
        if (open)
            *open = true;
        return tr("complaint open, due %1").arg(staffui::localTime(str(c, "deadline")));
    }
    return tr("complaint closed %1").arg(staffui::localTime(str(c, "closed_at")));
}

void StaffComplaintsPage::startUnpaidWages(const QString& applicationId)
{
    // One complaint is open about these wages already: that one is followed up, not a second.
    auto about = ComplaintRepository(m_ctx.terminal.store()).aboutPlacement(applicationId);
    if (about.ok() && !about->empty() &&
        str(about->front().data, "status") == QLatin1String("open")) {
        const StoredEntity& open = about->front();
        refresh();
        staffui::selectId(m_table, open.id);
        staffui::setMessage(
            m_message,
            tr("A complaint about these wages is open already (received %1, due %2): it is "
               "chosen in the list.")
                .arg(staffui::localTime(str(open.data, "created_at")),
                     staffui::localTime(str(open.data, "deadline"))),
            Tone::Info);
        return;
    }
    if (hasUnsavedWork()) {
        staffui::setMessage(m_message,
                            tr("A complaint is being taken down here: record or clear it first, "
                               "then record the unpaid wages."),
                            Tone::Warning);
        return;
    }
    auto app = m_ctx.terminal.store().get(entities::application(), applicationId);
    if (!app.ok() || !app.value()) {
        staffui::setMessage(m_message, tr("This placement is no longer on record."), Tone::Error);
        return;
    }
    const QJsonObject& a = app.value()->data;
    auto job = m_ctx.terminal.store().get(entities::job(), str(a, "job_id"));
    const QJsonObject j = job.ok() && job.value() ? job.value()->data : QJsonObject();
    reloadEmployers();
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(QStringLiteral("complaint"))));
    m_category->setText(QCoreApplication::translate("lingong::RequestChecklist", "Unpaid wages"));
    m_phone->setText(str(a, "phone"));
    const QString hired = staffui::localTime(str(a, "outcome_at"));
    // Whose wages they are: the mobile may be a relative's, and shared.
    auto seeker = m_ctx.terminal.store().get(entities::seeker(), str(a, "seeker_id"));
    const QString name =
        seeker.ok() && seeker.value() ? str(seeker.value()->data, "name") : QString();
    m_description->setPlainText(
        name.isEmpty()
            ? tr("Placed by the hall at \"%1\" (%2), started %3; the pay is not settled.")
                  .arg(str(j, "title"), StaffLabels::jobEmployer(j), hired)
            : tr("%4, placed by the hall at \"%1\" (%2), started %3; the pay is not settled.")
                  .arg(str(j, "title"), StaffLabels::jobEmployer(j), hired, name));
    const int employer = m_employer->findData(str(j, "employer_id"));
    if (employer >= 0)
        m_employer->setCurrentIndex(employer);
    // Who and when; the details say where.
    linkPlacement(applicationId,
                  tr("Placement: %1, started %2")
                      .arg(name.isEmpty() ? masking::phone(str(a, "phone")) : name, hired));
    m_description->setFocus();
    QString text = tr("Filled in from the placement: check it with the person, add what they say, "
                      "then record it.");
    // A complaint closed before, and the pay still not settled: the person may come back.
    if (about.ok() && !about->empty())
        text +=
            QLatin1Char(' ') + tr("An earlier complaint about these wages was closed %1: %2")
                                   .arg(staffui::localTime(str(about->front().data, "closed_at")),
                                        str(about->front().data, "resolution"));
    staffui::setMessage(m_message, text, Tone::Info);
}

void StaffComplaintsPage::showUnpaid()
{
    auto unpaid = ApplicationRepository(m_ctx.terminal.store()).unpaidPlacements();
    if (!unpaid.ok()) {
        staffui::setMessage(m_message, unpaid.error().message, Tone::Error);
        return;
    }
    // Each placement with what the clerk calls about: the person, the job and its employer.
    EntityStore& store = m_ctx.terminal.store();
    std::vector<StoredEntity> rows = std::move(unpaid.value());
    staffui::namePlacements(store, rows);
    for (StoredEntity& a : rows) {
        bool open = false;
        a.data.insert(QStringLiteral("_complaint"), placementComplaint(store, a.id, &open));
        a.data.insert(QStringLiteral("_open"), open);
    }

    const staffui::ListDialog list = staffui::makeListDialog(
        this, QStringLiteral("unpaid"), tr("Placements whose pay is not settled"),
        tr("Hires that the person or the employer said were not paid, at every employer, newest "
           "first. Call the person; if they want the hall to act, choose the placement and "
           "record the complaint."),
        tr("Record the complaint…"), QStringLiteral("unpaidRecord"));
    QDialog* dialog = list.dialog;
    StaffTableModel* model = list.model;
    QTableView* table = list.table;
    QPushButton* record = list.action;
    model->setColumns({
        {tr("Person"), [](const StoredEntity& e) { return str(e.data, "_person"); }},
        {tr("Phone"), [](const StoredEntity& e) { return masking::phone(str(e.data, "phone")); }},
        {tr("Job"), [](const StoredEntity& e) { return str(e.data, "_title"); }},
        {tr("Employer"), [](const StoredEntity& e) { return str(e.data, "_employer"); }},
        {tr("Started"),
         [](const StoredEntity& e) { return staffui::localTime(str(e.data, "outcome_at")); }},
        {tr("Not paid, said on"),
         [](const StoredEntity& e) { return staffui::localTime(str(e.data, "pay_checked_at")); }},
        {tr("Complaint"), [](const StoredEntity& e) { return str(e.data, "_complaint"); }},
    });
    model->setRows(std::move(rows));
    // One with a complaint open is shown, not taken down again.
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, record,
            [record, table, model] {
                const QString id = staffui::selectedId(table);
                const StoredEntity* e = model->entity(model->rowOf(id));
                record->setEnabled(e != nullptr);
                record->setText(e && e->data.value(QLatin1String("_open")).toBool()
                                    ? tr("Show the complaint")
                                    : tr("Record the complaint…"));
            });
    connect(record, &QPushButton::clicked, dialog, [this, dialog, table] {
        const QString id = staffui::selectedId(table);
        dialog->accept();
        startUnpaidWages(id);
    });
    dialog->resize(std::min(1100, window()->width() - 80), 420);
    staffui::fitColumns(table, {2, 3, 6});
    dialog->open();
}

void StaffComplaintsPage::prepareForScreenshot()
{
    refresh();
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
}

bool StaffComplaintsPage::hasUnsavedWork() const
{
    // A complaint being taken down.
    return !m_description->toPlainText().trimmed().isEmpty() ||
           !m_phone->text().trimmed().isEmpty() || !m_employer->currentText().trimmed().isEmpty();
}

} // namespace lingong
