#include "staffemployerspage.h"

#include "applicationrepository.h"
#include "common/stafflabels.h"
#include "common/stafftablemodel.h"
#include "complaintrepository.h"
#include "places.h"
#include "staffui.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace lingong {

namespace {
bool sameForm(const EmployerForm& a, const EmployerForm& b)
{
    return a.name.trimmed() == b.name.trimmed() && a.kind == b.kind &&
           a.creditCode.trimmed() == b.creditCode.trimmed() &&
           a.contactName.trimmed() == b.contactName.trimmed() &&
           a.contactPhone.trimmed() == b.contactPhone.trimmed() &&
           Places::guangxi().canonical(a.district) == Places::guangxi().canonical(b.district) &&
           a.address.trimmed() == b.address.trimmed() && a.notes.trimmed() == b.notes.trimmed();
}
} // namespace

using staffui::str;
using staffui::Tone;

StaffEmployersPage::StaffEmployersPage(StaffContext& ctx, QWidget* parent)
    : StaffPage(ctx, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 8);
    auto* head = new QHBoxLayout;
    head->addWidget(staffui::makeTitle(tr("Employers"), this));
    head->addSpacing(16);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("employerSearch"));
    m_search->setPlaceholderText(tr("name, credit code or phone"));
    m_search->setClearButtonEnabled(true);
    head->addWidget(m_search, 1);
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("employerFilter"));
    m_filter->addItem(tr("All employers"), int(EmployerRepository::Filter::All));
    m_filter->addItem(tr("Not verified"), int(EmployerRepository::Filter::Unverified));
    m_filter->addItem(tr("Blacklisted"), int(EmployerRepository::Filter::Blacklisted));
    head->addWidget(m_filter);
    auto* fresh = new QPushButton(tr("New employer (Ctrl+N)"), this);
    fresh->setObjectName(QStringLiteral("employerNew"));
    head->addWidget(fresh);
    layout->addLayout(head);

    auto* split = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(split, 1);
    m_model = new StaffTableModel(this);
    m_model->setColumns({
        {tr("Name"), [](const StoredEntity& e) { return str(e.data, "name"); }},
        {tr("Kind"),
         [](const StoredEntity& e) { return StaffLabels::employerKind(str(e.data, "kind")); }},
        {tr("Verification"),
         [](const StoredEntity& e) {
             return EmployerService::isBlacklisted(e.data)
                        ? tr("Blacklisted")
                        : StaffLabels::verification(str(e.data, "verification"));
         }},
        {tr("Credit code"), [](const StoredEntity& e) { return str(e.data, "credit_code"); }},
    });
    m_model->setRowStyle([](const StoredEntity& e, int role) -> QVariant {
        if (EmployerService::isBlacklisted(e.data)) {
            if (role == Qt::BackgroundRole)
                return QColor(0xfd, 0xec, 0xea);
            if (role == Qt::ForegroundRole)
                return QColor(0xa4, 0x16, 0x1a);
        } else if (role == Qt::ForegroundRole && !EmployerService::isVerified(e.data)) {
            return QColor(0x8a, 0x4b, 0x00);
        }
        return {};
    });
    m_table = staffui::makeTable(m_model, QStringLiteral("employerTable"), split);
    staffui::fitColumns(m_table, {0});
    split->addWidget(m_table);

    auto* scroll = staffui::makeFormScroll(split);
    auto* host = new QWidget(scroll);
    auto* rl = new QVBoxLayout(host);
    rl->setContentsMargins(10, 0, 6, 0);
    m_formTitle = new QLabel(host);
    m_formTitle->setProperty("role", QStringLiteral("section"));
    rl->addWidget(m_formTitle);
    // Messages appear below everything, so that none moves a field or button the clerk is about
    // to use (placed below).
    m_message = staffui::makeMessage(QStringLiteral("employerMessage"), host);
    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_name = new QLineEdit(host);
    m_name->setObjectName(QStringLiteral("employerName"));
    form->addRow(tr("Name"), m_name);
    m_kind = new QComboBox(host);
    m_kind->setObjectName(QStringLiteral("employerKind"));
    for (const QString& k : EmployerService::kinds())
        m_kind->addItem(StaffLabels::employerKind(k), k);
    form->addRow(tr("Kind"), m_kind);
    m_code = new QLineEdit(host);
    m_code->setObjectName(QStringLiteral("employerCreditCode"));
    m_code->setMaxLength(22);
    m_code->setPlaceholderText(tr("18 characters, on the business licence"));
    form->addRow(tr("Credit code"), m_code);
    m_contactName = new QLineEdit(host);
    m_contactName->setObjectName(QStringLiteral("employerContactName"));
    m_contactPhone = new QLineEdit(host);
    m_contactPhone->setObjectName(QStringLiteral("employerContactPhone"));
    m_contactPhone->setPlaceholderText(tr("mobile or 0771-5551234"));
    auto* contactRow = new QHBoxLayout;
    contactRow->addWidget(m_contactName);
    contactRow->addWidget(m_contactPhone, 1);
    form->addRow(tr("Contact"), contactRow);
    m_district = new QComboBox(host);
    m_district->setObjectName(QStringLiteral("employerDistrict"));
    m_district->setEditable(true);
    m_district->addItem(QString());
    staffui::addPlaces(m_district, staffui::districtChoices(ctx.terminal.config().district, true));
    staffui::suggestAnywhere(m_district);
    m_address = new QLineEdit(host);
    m_address->setObjectName(QStringLiteral("employerAddress"));
    auto* placeRow = new QHBoxLayout;
    placeRow->addWidget(m_district, 1);
    placeRow->addWidget(m_address, 1);
    form->addRow(tr("Address"), placeRow);
    m_notes = new QLineEdit(host);
    m_notes->setObjectName(QStringLiteral("employerNotes"));
    form->addRow(tr("Notes"), m_notes);
    rl->addLayout(form);
    auto* save = new QPushButton(tr("Save (Ctrl+S)"), host);
    save->setObjectName(QStringLiteral("employerSave"));
    save->setProperty("primary", true);
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(save);
    saveRow->addStretch(1);
    rl->addLayout(saveRow);

    auto* box = new QGroupBox(tr("Verification and blacklist"), host);
    m_actions = box;
    auto* bl = new QVBoxLayout(box);
    m_state = new QLabel(box);
    m_state->setObjectName(QStringLiteral("employerState"));
    m_state->setWordWrap(true);
    bl->addWidget(m_state);
    m_complaints = new QLabel(box);
    m_complaints->setObjectName(QStringLiteral("employerComplaints"));
    m_complaints->setWordWrap(true);
    bl->addWidget(m_complaints);
    m_verify = new QPushButton(tr("Verify (check the credit code against the licence)"), box);
    m_verify->setObjectName(QStringLiteral("employerVerify"));
    m_resetVerification = new QPushButton(tr("Undo the verification result"), box);
    m_resetVerification->setObjectName(QStringLiteral("employerVerifyReset"));
    auto* vr = new QHBoxLayout;
    vr->addWidget(m_verify);
    vr->addWidget(m_resetVerification);
    vr->addStretch(1);
    bl->addLayout(vr);
    auto* nr = new QHBoxLayout;
    m_refuseNote = new QLineEdit(box);
    m_refuseNote->setObjectName(QStringLiteral("employerRefuseNote"));
    m_refuseNote->setPlaceholderText(tr("why, e.g. another name on the licence (required)"));
    m_refuse = new QPushButton(tr("Not passed"), box);
    m_refuse->setObjectName(QStringLiteral("employerRefuse"));
    nr->addWidget(m_refuseNote, 1);
    nr->addWidget(m_refuse);
    bl->addLayout(nr);
    auto* br = new QHBoxLayout;
    m_reason = new QLineEdit(box);
    m_reason->setObjectName(QStringLiteral("employerBlacklistReason"));
    m_reason->setPlaceholderText(tr("reason, e.g. charges seekers a deposit (required)"));
    m_blacklist = new QPushButton(tr("Blacklist"), box);
    m_blacklist->setObjectName(QStringLiteral("employerBlacklist"));
    m_blacklist->setProperty("danger", true);
    br->addWidget(m_reason, 1);
    br->addWidget(m_blacklist);
    bl->addLayout(br);
    m_lift = new QPushButton(tr("Take off the blacklist (administrator)"), box);
    m_lift->setObjectName(QStringLiteral("employerLift"));
    auto* lr = new QHBoxLayout;
    lr->addWidget(m_lift);
    lr->addStretch(1);
    bl->addLayout(lr);
    rl->addWidget(box);
    rl->addStretch(1);
    scroll->setWidget(host);
    auto* pane = new QWidget(split);
    staffui::formPane(pane, scroll, m_message);
    split->addWidget(pane);
    split->setSizes({560, 620});

    staffui::searchAsTyped(m_search, [this] { refresh(); });
    connect(m_filter, &QComboBox::currentIndexChanged, this, &StaffEmployersPage::refresh);
    connect(fresh, &QPushButton::clicked, this, &StaffEmployersPage::startNew);
    connect(save, &QPushButton::clicked, this, &StaffEmployersPage::save);
    connect(m_verify, &QPushButton::clicked, this, &StaffEmployersPage::verify);
    connect(m_refuse, &QPushButton::clicked, this, &StaffEmployersPage::refuseVerification);
    connect(m_refuseNote, &QLineEdit::returnPressed, this, &StaffEmployersPage::refuseVerification);
    connect(m_resetVerification, &QPushButton::clicked, this,
            &StaffEmployersPage::resetVerification);
    connect(m_blacklist, &QPushButton::clicked, this, &StaffEmployersPage::blacklist);
    m_blacklistTimer = new QTimer(this);
    m_blacklistTimer->setSingleShot(true);
    m_blacklistTimer->setInterval(8000);
    connect(m_blacklistTimer, &QTimer::timeout, this, &StaffEmployersPage::disarmBlacklist);
    connect(m_reason, &QLineEdit::textEdited, this, &StaffEmployersPage::disarmBlacklist);
    connect(m_lift, &QPushButton::clicked, this, &StaffEmployersPage::lift);
    auto* saveKey = new QShortcut(QKeySequence::Save, this);
    connect(saveKey, &QShortcut::activated, this, &StaffEmployersPage::save);
    auto* newKey = new QShortcut(QKeySequence::New, this);
    connect(newKey, &QShortcut::activated, this, &StaffEmployersPage::startNew);
    staffui::bindFind(this, m_search);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& index) {
                const StoredEntity* e = m_model->entity(index.row());
                if (e && e->id != m_currentId)
                    openEmployer(e->id);
            });
    startNew();
}

void StaffEmployersPage::refresh()
{
    auto list = m_ctx.employers.search(m_search->text(),
                                       EmployerRepository::Filter(m_filter->currentData().toInt()));
    if (!list.ok()) {
        staffui::setMessage(m_message, list.error().message, Tone::Error);
        return;
    }
    m_model->setRows(std::move(list.value()));
    // Why the list is empty, and what to do next.
    const QString typed = m_search->text().trimmed();
    const bool all = m_filter->currentData().toInt() == int(EmployerRepository::Filter::All);
    staffui::setEmptyText(
        m_table,
        !typed.isEmpty()
            ? (all ? tr("No employer on record matches \"%1\". Check the name, credit code or "
                        "phone; a new employer is registered with New employer.")
                         .arg(typed)
                   : tr("No employer in this list matches \"%1\"; choose All employers to look "
                        "among them all.")
                         .arg(typed))
        : all ? tr("No employer is registered yet: register the first with New employer.")
              : tr("None at present."));
    staffui::selectId(m_table, m_currentId);
    // The employer on screen was changed elsewhere: shown as it now stands when nothing is typed
    // here; otherwise a save keeps that change wherever the clerk has not typed.
    if (!m_currentId.isEmpty() && !hasUnsavedChanges()) {
        auto stored = m_ctx.employers.get(m_currentId);
        if (stored.ok() && stored.value() && stored.value()->data != m_base) {
            openEmployer(m_currentId);
            staffui::setMessage(m_message,
                                tr("This employer was changed elsewhere; it is shown as it now "
                                   "stands."),
                                Tone::Info);
        }
    }
    // What is said about it from elsewhere (complaints, people not paid) may have changed.
    showState();
}

void StaffEmployersPage::startNew()
{
    if (m_currentId.isEmpty() && hasUnsavedChanges()) {
        // Pressed on a new employer that is not saved: a second press clears it, unless more
        // was typed in between (then it asks again).
        const EmployerForm typed = typedForm();
        // The second click of a double click is not a second press.
        const bool tooSoon = m_clearAskedAt.isValid() &&
                             m_clearAskedAt.elapsed() < QApplication::doubleClickInterval() + 200;
        if (tooSoon)
            return;
        if (!m_clearAsked || !sameForm(*m_clearAsked, typed)) {
            m_clearAsked = typed;
            m_clearAskedAt.start();
            staffui::setMessage(m_message,
                                tr("This new employer is not saved. Save it, or press New "
                                   "employer again to clear the form."),
                                Tone::Warning);
            focusIfShown(m_name);
            return;
        }
    } else {
        keepDraft();
    }
    m_clearAsked.reset();
    disarmBlacklist();
    m_currentId.clear();
    m_current = {};
    m_base = {};
    m_table->clearSelection();
    // No current row either: a click on the employer that was open opens it again.
    m_table->selectionModel()->clearCurrentIndex();
    clearMarks();
    m_formTitle->setText(tr("New employer"));
    fillForm(EmployerForm{});
    for (QLineEdit* e : {m_reason, m_refuseNote})
        e->clear();
    staffui::setMessage(m_message, QString(), Tone::Info);
    showState();
    focusIfShown(m_name);
    m_loadedForm = typedForm();
    if (!restoreDraft())
        sayDraftsKept();
}

void StaffEmployersPage::openEmployer(const QString& id)
{
    auto e = m_ctx.employers.get(id);
    if (!e.ok() || !e.value())
        return;
    const bool same = id == m_currentId;
    // The same employer again (after an action on it): what was typed and not saved stays.
    const std::optional<EmployerForm> typed =
        same && hasUnsavedChanges() ? std::optional<EmployerForm>(typedForm()) : std::nullopt;
    if (!same)
        keepDraft();
    m_clearAsked.reset();
    m_currentId = id;
    m_current = e.value()->data;
    if (!typed) // typing over the same employer goes on from what it was typed over
        m_base = m_current;
    disarmBlacklist();
    clearMarks();
    const EmployerForm f = EmployerService::fromData(m_current);
    m_formTitle->setText(f.name);
    fillForm(f);
    m_reason->clear();
    m_refuseNote->clear();
    staffui::setMessage(m_message, QString(), Tone::Info);
    staffui::selectId(m_table, id);
    showState();
    m_loadedForm = typedForm();
    if (typed)
        fillForm(*typed);
    else if (!same && !restoreDraft())
        sayDraftsKept();
}

EmployerForm StaffEmployersPage::typedForm() const
{
    EmployerForm f;
    f.name = m_name->text();
    f.kind = m_kind->currentData().toString();
    f.creditCode = m_code->text();
    f.contactName = m_contactName->text();
    f.contactPhone = m_contactPhone->text();
    f.district = staffui::placeIn(m_district);
    f.address = m_address->text();
    f.notes = m_notes->text();
    return f;
}

void StaffEmployersPage::fillForm(const EmployerForm& f)
{
    m_name->setText(f.name);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(f.kind)));
    m_code->setText(f.creditCode);
    m_contactName->setText(f.contactName);
    m_contactPhone->setText(f.contactPhone);
    staffui::showPlace(m_district, f.district);
    m_address->setText(f.address);
    m_notes->setText(f.notes);
}

bool StaffEmployersPage::hasUnsavedChanges() const
{
    return !sameForm(typedForm(), m_loadedForm);
}

void StaffEmployersPage::keepDraft()
{
    if (hasUnsavedChanges())
        m_drafts.keep(m_currentId, typedForm(), m_base);
}

bool StaffEmployersPage::restoreDraft()
{
    const auto taken = m_drafts.take(m_currentId, m_current);
    if (!taken)
        return false;
    fillForm(taken->form);
    // Changed elsewhere meanwhile: the form goes on from what it was typed over, and a save keeps
    // that change wherever the clerk did not type.
    if (!m_currentId.isEmpty())
        m_base = taken->record;
    staffui::setMessage(
        m_message,
        taken->changedSince
            ? tr("Your unsaved changes are back. This employer was changed elsewhere in the "
                 "meantime: saving keeps that change wherever you have not typed.")
            : tr("Your unsaved changes are back. Save them when ready."),
        Tone::Warning);
    return true;
}

void StaffEmployersPage::sayDraftsKept()
{
    if (m_drafts.empty())
        return;
    const QStringList which =
        m_drafts.names([](const QString& id, const EmployerForm& form, const QJsonObject& record) {
            const QString recorded = str(record, "name").trimmed();
            const QString typed = form.name.trimmed();
            return id.isEmpty()          ? tr("the new employer")
                   : !recorded.isEmpty() ? recorded
                   : typed.isEmpty()     ? tr("an employer without a name")
                                         : typed;
        });
    staffui::setMessage(m_message,
                        tr("Unsaved changes are kept for %1: open the employer again, or press "
                           "New employer for a new one, to go back to them.")
                            .arg(which.join(tr(", "))),
                        Tone::Warning);
}

void StaffEmployersPage::showState()
{
    const bool known = !m_currentId.isEmpty();
    m_actions->setVisible(known);
    if (!known)
        return;
    const bool black = EmployerService::isBlacklisted(m_current);
    const bool verified = EmployerService::isVerified(m_current);
    const bool refused = EmployerService::isRefused(m_current);
    if (black)
        m_state->setText(tr("Blacklisted: %1. Its postings are withdrawn and it cannot publish.")
                             .arg(str(m_current, "blacklist_reason")));
    else if (verified)
        m_state->setText(
            tr("Verified on %1.").arg(staffui::localTime(str(m_current, "verified_at"))));
    else if (refused) {
        // A refusal from before reasons were kept, or from elsewhere, may come without them.
        QString what = tr("Verification not passed");
        if (!str(m_current, "verified_at").isEmpty())
            what = tr("Verification not passed on %1")
                       .arg(staffui::localTime(str(m_current, "verified_at")));
        if (!str(m_current, "verification_note").isEmpty())
            what = tr("%1: %2").arg(what, str(m_current, "verification_note"));
        m_state->setText(tr("%1. Its postings wait in the review queue; verify it once the "
                            "papers are right.")
                             .arg(what));
    } else
        m_state->setText(tr("Not verified yet: its postings wait in the review queue."));
    m_state->setStyleSheet(black     ? QStringLiteral("color: #a4161a; font-weight: bold;")
                           : refused ? QStringLiteral("color: #8a4b00; font-weight: bold;")
                                     : QString());
    // What the window has heard about it, before it is verified or blacklisted.
    auto about = ComplaintRepository(m_ctx.terminal.store()).aboutEmployer(m_currentId);
    // People it took on who said, when asked, that they were not paid (回访).
    auto unpaid = ApplicationRepository(m_ctx.terminal.store()).unpaidHires(m_currentId);
    m_complaints->setText(
        (!about.ok()       ? about.error().message
         : about->all == 0 ? tr("No complaint recorded about it.")
                           : tr("Complaints recorded about it: %n", nullptr, about->all) +
                                 (about->open > 0 ? QStringLiteral(" · ") +
                                                        tr("%n still open", nullptr, about->open)
                                                  : QString())) +
        (unpaid.ok() && unpaid.value() > 0
             ? QStringLiteral("\n") + tr("People it took on who were not paid, when followed "
                                         "up: %n",
                                         nullptr, unpaid.value())
             : QString()));
    m_verify->setEnabled(!black && !verified);
    m_resetVerification->setVisible(!black && (verified || refused));
    m_refuse->setEnabled(!black && !refused);
    m_refuseNote->setEnabled(!black && !refused);
    m_blacklist->setEnabled(!black);
    m_reason->setEnabled(!black);
    m_lift->setVisible(black);
    m_lift->setEnabled(m_ctx.signedIn() && m_ctx.user().isAdmin());
}

QWidget* StaffEmployersPage::fieldWidget(const QString& field) const
{
    if (field == QLatin1String("name"))
        return m_name;
    if (field == QLatin1String("kind"))
        return m_kind;
    if (field == QLatin1String("credit_code"))
        return m_code;
    if (field == QLatin1String("contact_name"))
        return m_contactName;
    if (field == QLatin1String("contact_phone"))
        return m_contactPhone;
    if (field == QLatin1String("district"))
        return m_district;
    if (field == QLatin1String("blacklist_reason"))
        return m_reason;
    if (field == QLatin1String("verification_note"))
        return m_refuseNote;
    return nullptr;
}

void StaffEmployersPage::clearMarks()
{
    for (const char* f : {"name", "kind", "credit_code", "contact_name", "contact_phone",
                          "district", "blacklist_reason", "verification_note"})
        staffui::markInvalid(fieldWidget(QLatin1String(f)), false);
}

void StaffEmployersPage::save()
{
    clearMarks();
    const EmployerForm f = typedForm();
    const bool creating = m_currentId.isEmpty();
    auto saved = creating ? m_ctx.employers.registerEmployer(f, m_ctx.user())
                          : m_ctx.employers.update(m_currentId, f, m_ctx.user(), m_base);
    if (!saved.ok()) {
        // Everything to fix at once, each mark (and its words) going as its field is corrected.
        QWidget* at = fieldWidget(saved.error().field);
        QList<std::pair<QWidget*, QString>> problems{{at, saved.error().message}};
        for (const Error& e : m_ctx.employers.problems(f)) {
            if (e.message != saved.error().message)
                problems.append({fieldWidget(e.field), e.message});
        }
        staffui::markAllUntilEdited(problems, m_message);
        if (at)
            at->setFocus();
        return;
    }
    if (saved->existing) {
        // Nothing new was made, and nothing typed is lost: the list shows the employer that
        // has the code, for the clerk to open if it is the same one.
        m_filter->setCurrentIndex(0);
        m_search->setText(str(saved->data, "credit_code"));
        refresh();
        staffui::markUntilEdited(
            m_code, m_message,
            tr("This credit code is already registered, for %1 (in the list). Nothing new was "
               "created and what you typed is kept: open that employer to update it, or check "
               "the code against the licence.")
                .arg(str(saved->data, "name")));
        m_code->setFocus();
        return;
    }
    m_drafts.drop(m_currentId);
    m_loadedForm = typedForm(); // saved: nothing to keep aside
    m_filter->setCurrentIndex(0);
    m_search->clear();
    refresh();
    openEmployer(saved->id);
    const QString merged = StaffLabels::savedOverChanges(saved->keptTheirs, saved->overTheirs);
    staffui::setMessage(m_message,
                        creating
                            ? tr("Registered. Verify it once you have seen the business licence.")
                        : merged.isEmpty() ? tr("Changes saved.")
                                           : tr("Changes saved.") + QLatin1Char(' ') + merged,
                        saved->overTheirs.isEmpty() ? Tone::Success : Tone::Warning);
    emit changed();
}

void StaffEmployersPage::reopenAfterAction()
{
    refresh();
    openEmployer(m_currentId);
    // The button pressed may be disabled now: the cursor goes to the list, not on to the next
    // field (a reason for something else); to the search box when the list's filter no longer
    // shows this employer (the list would open its first row on focus).
    if (m_model->rowOf(m_currentId) >= 0)
        m_table->setFocus();
    else
        m_search->setFocus();
}

void StaffEmployersPage::verify()
{
    if (m_currentId.isEmpty())
        return;
    const Status st = m_ctx.employers.verify(m_currentId, m_ctx.user());
    if (!st.ok()) {
        clearMarks();
        staffui::markInvalid(fieldWidget(st.error().field), true);
        staffui::setMessage(m_message, st.error().message, Tone::Error);
        return;
    }
    reopenAfterAction();
    staffui::setMessage(m_message, tr("Verified: its postings go live without review."),
                        Tone::Success);
    emit changed();
}

void StaffEmployersPage::refuseVerification()
{
    if (m_currentId.isEmpty())
        return;
    const auto refused =
        m_ctx.employers.refuseVerification(m_currentId, m_refuseNote->text(), m_ctx.user());
    if (!refused.ok()) {
        clearMarks();
        QWidget* at = fieldWidget(refused.error().field);
        staffui::markUntilEdited(at, m_message, refused.error().message);
        if (at)
            at->setFocus();
        return;
    }
    reopenAfterAction();
    staffui::setMessage(
        m_message,
        refused.value() > 0
            ? tr("Marked as not passed. Its %n published posting(s) went back to the review "
                 "queue, no longer shown to job seekers; all its postings wait there with the "
                 "reason beside them.",
                 nullptr, refused.value())
            : tr("Marked as not passed. Its postings keep waiting in the review queue, "
                 "with the reason beside them."),
        Tone::Success);
    emit changed();
}

void StaffEmployersPage::resetVerification()
{
    if (m_currentId.isEmpty())
        return;
    const Status st = m_ctx.employers.resetVerification(m_currentId, m_ctx.user());
    if (!st.ok()) {
        staffui::setMessage(m_message, st.error().message, Tone::Error);
        return;
    }
    reopenAfterAction();
    staffui::setMessage(m_message,
                        tr("Set back to not verified. Its postings already published stay "
                           "published; new ones wait for review."),
                        Tone::Success);
    emit changed();
}

void StaffEmployersPage::disarmBlacklist()
{
    // Called on the timer's timeout too, when it is no longer active: the state is the
    // button's own text.
    if (!m_blacklistArmed)
        return;
    m_blacklistArmed = false;
    m_blacklistTimer->stop();
    m_blacklist->setText(tr("Blacklist"));
    if (m_message->text() == m_blacklistWarning)
        staffui::setMessage(m_message, QString(), Tone::Info);
}

void StaffEmployersPage::blacklist()
{
    if (m_currentId.isEmpty())
        return;
    // With a reason, the first press asks for a second: it cannot be undone at this window.
    if (!m_reason->text().trimmed().isEmpty() && !m_blacklistArmed) {
        m_blacklistArmed = true;
        m_blacklist->setText(tr("Press again to blacklist"));
        m_blacklistTimer->start();
        m_blacklistWarning = tr("Blacklisting withdraws all of this employer's postings and "
                                "stops it publishing; only an administrator can lift it. Press "
                                "\"Press again to blacklist\" to go ahead.");
        staffui::setMessage(m_message, m_blacklistWarning, Tone::Warning);
        return;
    }
    disarmBlacklist();
    auto n = m_ctx.employers.blacklist(m_currentId, m_reason->text(), m_ctx.user());
    if (!n.ok()) {
        clearMarks();
        QWidget* at = fieldWidget(n.error().field);
        staffui::markUntilEdited(at, m_message, n.error().message);
        if (at)
            at->setFocus();
        return;
    }
    reopenAfterAction();
    staffui::setMessage(
        m_message,
        tr("Blacklisted; %n posting(s) withdrawn. It cannot publish any more.", nullptr, n.value()),
        Tone::Success);
    emit changed();
}

void StaffEmployersPage::lift()
{
    if (m_currentId.isEmpty())
        return;
    const Status st = m_ctx.employers.liftBlacklist(m_currentId, m_ctx.user());
    if (!st.ok()) {
        staffui::setMessage(m_message, st.error().message, Tone::Error);
        return;
    }
    reopenAfterAction();
    staffui::setMessage(m_message,
                        tr("Taken off the blacklist. Its withdrawn postings stay "
                           "withdrawn until published again."),
                        Tone::Success);
    emit changed();
}

void StaffEmployersPage::prepareForScreenshot()
{
    refresh();
    for (const StoredEntity& e : m_model->rows()) {
        if (!EmployerService::isVerified(e.data)) {
            openEmployer(e.id);
            return;
        }
    }
}

} // namespace lingong
