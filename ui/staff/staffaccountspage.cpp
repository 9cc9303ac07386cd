#include "staffaccountspage.h"

#include "common/stafflabels.h"
#include "common/stafftablemodel.h"
#include "entityspec.h"
#include "staffui.h"
#include "syncdesk.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace lingong {

using staffui::str;
using staffui::Tone;

namespace {

// Accounts and audit rows are not synced entities; the lists show them through the same model
// by carrying their fields in StoredEntity::data.
StoredEntity accountRow(const StaffAccount& a)
{
    StoredEntity e;
    e.id = QString::number(a.id);
    e.data = QJsonObject{{QStringLiteral("username"), a.username},
                         {QStringLiteral("name"), a.displayName},
                         {QStringLiteral("role"), a.role},
                         {QStringLiteral("active"), a.active},
                         {QStringLiteral("last_login_at"), a.lastLoginAt}};
    return e;
}

StoredEntity auditRow(const AuditEntry& a)
{
    StoredEntity e;
    e.id = QString::number(a.id);
    e.data = QJsonObject{{QStringLiteral("at"), a.at},
                         {QStringLiteral("actor"), a.actor},
                         {QStringLiteral("action"), a.action},
                         {QStringLiteral("entity"), a.entity},
                         {QStringLiteral("entity_id"), a.entityId},
                         {QStringLiteral("detail"), a.detail}};
    return e;
}

QLineEdit* passwordField(const QString& name, QWidget* parent)
{
    auto* e = new QLineEdit(parent);
    e->setObjectName(name);
    e->setEchoMode(QLineEdit::Password);
    return e;
}

} // namespace

StaffAccountsPage::StaffAccountsPage(StaffContext& ctx, QWidget* parent)
    : StaffPage(ctx, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 8);
    // The message beside the title, as high as one line whether one shows or not: the forms
    // below do not move under the pointer when one comes or goes.
    auto* head = new QHBoxLayout;
    head->addWidget(staffui::makeTitle(tr("Accounts and audit log"), this));
    head->addSpacing(16);
    m_message = staffui::makeMessage(QStringLiteral("accountMessage"), this);
    head->addWidget(m_message, 1);
    staffui::keepMessageLine(head, m_message);
    layout->addLayout(head);

    auto* split = new QSplitter(Qt::Vertical, this);
    layout->addWidget(split, 1);
    auto* top = new QWidget(split);
    auto* tl = new QHBoxLayout(top);
    tl->setContentsMargins(0, 0, 0, 0);
    m_accounts = new StaffTableModel(this);
    m_accounts->setColumns({
        {tr("User name"), [](const StoredEntity& e) { return str(e.data, "username"); }},
        {tr("Name"), [](const StoredEntity& e) { return str(e.data, "name"); }},
        {tr("Role"), [](const StoredEntity& e) { return StaffLabels::role(str(e.data, "role")); }},
        {tr("State"),
         [](const StoredEntity& e) {
             return e.data.value(QLatin1String("active")).toBool() ? tr("Active") : tr("Disabled");
         }},
        {tr("Last sign-in"),
         [](const StoredEntity& e) { return staffui::localTime(str(e.data, "last_login_at")); }},
    });
    m_accountTable = staffui::makeTable(m_accounts, QStringLiteral("accountTable"), top);
    m_accountTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_accountTable->horizontalHeader()->setStretchLastSection(true);
    tl->addWidget(m_accountTable, 2);

    // The forms take no more height than their fields need, in two columns, so that the audit
    // log below has the room to be read.
    auto* side = new QVBoxLayout;
    m_adminBox = new QGroupBox(tr("Administrator"), top);
    auto* ag = new QGridLayout(m_adminBox);
    m_newUser = new QLineEdit(m_adminBox);
    m_newUser->setObjectName(QStringLiteral("accountNewUser"));
    m_newName = new QLineEdit(m_adminBox);
    m_newName->setObjectName(QStringLiteral("accountNewName"));
    m_newRole = new QComboBox(m_adminBox);
    m_newRole->setObjectName(QStringLiteral("accountNewRole"));
    m_newRole->addItem(StaffLabels::role(QStringLiteral("clerk")), QStringLiteral("clerk"));
    m_newRole->addItem(StaffLabels::role(QStringLiteral("admin")), QStringLiteral("admin"));
    m_newPassword = passwordField(QStringLiteral("accountNewPassword"), m_adminBox);
    const auto addField = [this, ag](const QString& label, QWidget* field, int row, int column) {
        auto* l = new QLabel(label, m_adminBox);
        l->setBuddy(field);
        ag->addWidget(l, row, column);
        ag->addWidget(field, row, column + 1);
    };
    addField(tr("User name"), m_newUser, 0, 0);
    addField(tr("Name"), m_newName, 0, 2);
    addField(tr("Role"), m_newRole, 1, 0);
    addField(tr("First password"), m_newPassword, 1, 2);
    auto* create = new QPushButton(tr("Create account"), m_adminBox);
    create->setObjectName(QStringLiteral("accountCreate"));
    ag->addWidget(create, 2, 0, 1, 4);
    m_resetPassword = passwordField(QStringLiteral("accountResetPassword"), m_adminBox);
    m_resetPassword->setPlaceholderText(tr("New password for the account selected"));
    auto* reset = new QPushButton(tr("Set password"), m_adminBox);
    reset->setObjectName(QStringLiteral("accountReset"));
    m_toggle = new QPushButton(tr("Disable / enable selected"), m_adminBox);
    m_toggle->setObjectName(QStringLiteral("accountToggle"));
    auto* resetRow = new QHBoxLayout;
    resetRow->addWidget(m_resetPassword, 1);
    resetRow->addWidget(reset);
    resetRow->addWidget(m_toggle);
    m_selected = new QLabel(tr("Selected:"), m_adminBox);
    m_selected->setObjectName(QStringLiteral("accountSelected"));
    m_selected->setBuddy(m_resetPassword);
    ag->addWidget(m_selected, 3, 0);
    ag->addLayout(resetRow, 3, 1, 1, 3);
    ag->setColumnStretch(1, 1);
    ag->setColumnStretch(3, 1);
    side->addWidget(m_adminBox);
    auto* own = new QGroupBox(tr("My password"), top);
    auto* ol = new QHBoxLayout(own);
    m_current = passwordField(QStringLiteral("accountCurrent"), own);
    m_fresh = passwordField(QStringLiteral("accountFresh"), own);
    for (auto [label, field] : {std::pair{tr("Current"), m_current}, {tr("New"), m_fresh}}) {
        auto* l = new QLabel(label, own);
        l->setBuddy(field);
        ol->addWidget(l);
        ol->addWidget(field, 1);
    }
    auto* change = new QPushButton(tr("Change my password"), own);
    change->setObjectName(QStringLiteral("accountChangeOwn"));
    ol->addWidget(change);
    side->addWidget(own);
    side->addStretch(1);
    tl->addLayout(side, 3);
    split->addWidget(top);

    auto* bottom = new QWidget(split);
    auto* bl = new QVBoxLayout(bottom);
    bl->setContentsMargins(0, 4, 0, 0);
    auto* section = new QLabel(tr("Audit log (newest first)"), bottom);
    section->setProperty("role", QStringLiteral("section"));
    bl->addWidget(section);
    m_audit = new StaffTableModel(this);
    m_audit->setColumns({
        {tr("Time"), [](const StoredEntity& e) { return staffui::localTime(str(e.data, "at")); }},
        {tr("Who"), [](const StoredEntity& e) { return str(e.data, "actor"); }},
        {tr("Action"),
         [](const StoredEntity& e) { return StaffLabels::auditAction(str(e.data, "action")); }},
        {tr("Record"),
         [](const StoredEntity& e) {
             const QString label = str(e.data, "record");
             return StaffLabels::recordKind(str(e.data, "entity")) +
                    (label.isEmpty() ? QString() : QStringLiteral(" ") + label);
         }},
        {tr("Detail"),
         [](const StoredEntity& e) {
             return StaffLabels::auditDetail(str(e.data, "action"), str(e.data, "detail"));
         }},
    });
    m_auditTable = staffui::makeTable(m_audit, QStringLiteral("auditTable"), bottom);
    m_auditTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_auditTable->horizontalHeader()->setStretchLastSection(true);
    bl->addWidget(m_auditTable, 1);
    split->addWidget(bottom);
    // The top as low as its forms, the rest for the log.
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({top->sizeHint().height(), 10000});

    // The account the password and the switch are for, named beside them.
    connect(m_accountTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const StoredEntity* e = selectedAccount();
        m_selected->setText(e ? tr("Selected (%1):").arg(str(e->data, "username"))
                              : tr("Selected:"));
    });
    connect(create, &QPushButton::clicked, this, &StaffAccountsPage::create);
    connect(reset, &QPushButton::clicked, this, &StaffAccountsPage::reset);
    connect(m_toggle, &QPushButton::clicked, this, &StaffAccountsPage::toggleActive);
    connect(change, &QPushButton::clicked, this, &StaffAccountsPage::changeOwn);
}

void StaffAccountsPage::refresh()
{
    const QString keep = staffui::selectedId(m_accountTable);
    m_adminBox->setEnabled(m_ctx.signedIn() && m_ctx.user().isAdmin());
    auto accounts = m_ctx.accounts.list();
    if (accounts.ok()) {
        std::vector<StoredEntity> rows;
        for (const StaffAccount& a : accounts.value())
            rows.push_back(accountRow(a));
        m_accounts->setRows(std::move(rows));
        staffui::selectId(m_accountTable, keep);
    }
    auto audit = m_ctx.terminal.audit().recent(300);
    if (audit.ok()) {
        std::vector<StoredEntity> rows;
        for (const AuditEntry& a : audit.value()) {
            rows.push_back(auditRow(a));
            // The record as the window names it (a posting's title, a person's masked name),
            // read once here; the start of its id when it has none or is gone.
            QString label;
            if (const EntitySpec* spec = entities::find(a.entity); spec && !a.entityId.isEmpty()) {
                auto stored = m_ctx.terminal.store().get(*spec, a.entityId, true);
                if (stored.ok() && stored.value() && !stored.value()->deleted)
                    label = SyncDesk::recordLabel(a.entity, stored.value()->data);
            }
            if (label.isEmpty() && !a.entityId.isEmpty())
                label = a.entityId.left(8);
            rows.back().data.insert(QStringLiteral("record"), label);
            // A recommendation names its posting ("job=<id>"): by its title.
            if (a.detail.startsWith(QLatin1String("job="))) {
                auto job = m_ctx.terminal.store().get(entities::job(), a.detail.mid(4), true);
                if (job.ok() && job.value())
                    rows.back().data.insert(QStringLiteral("detail"),
                                            tr("for \"%1\"").arg(str(job.value()->data, "title")));
            }
        }
        m_audit->setRows(std::move(rows));
    }
}

const StoredEntity* StaffAccountsPage::selectedAccount() const
{
    return m_accounts->entity(m_accounts->rowOf(staffui::selectedId(m_accountTable)));
}

void StaffAccountsPage::create()
{
    auto a = m_ctx.accounts.create(m_ctx.user(), m_newUser->text(), m_newName->text(),
                                   m_newRole->currentData().toString(), m_newPassword->text());
    m_newPassword->clear();
    if (!a.ok()) {
        staffui::setMessage(m_message, a.error().message, Tone::Error);
        return;
    }
    m_newUser->clear();
    m_newName->clear();
    refresh();
    staffui::setMessage(
        m_message, tr("Account %1 created. Give the first password in person.").arg(a->username),
        Tone::Success);
}

void StaffAccountsPage::reset()
{
    const StoredEntity* e = selectedAccount();
    if (!e) {
        // The password typed stays for when the account is chosen.
        staffui::setMessage(m_message,
                            tr("Choose the account in the list first, then set its password."),
                            Tone::Warning);
        return;
    }
    const QString who = str(e->data, "username");
    const Status st = m_ctx.accounts.changePassword(m_ctx.user(), e->id.toLongLong(), QString(),
                                                    m_resetPassword->text());
    m_resetPassword->clear();
    staffui::setMessage(m_message,
                        st.ok() ? tr("Password set for %1.").arg(who) : st.error().message,
                        st.ok() ? Tone::Success : Tone::Error);
    refresh();
}

void StaffAccountsPage::toggleActive()
{
    const StoredEntity* e = selectedAccount();
    if (!e) {
        staffui::setMessage(m_message, tr("Choose the account in the list first."), Tone::Warning);
        return;
    }
    const QString who = str(e->data, "username");
    const bool active = e->data.value(QLatin1String("active")).toBool();
    const Status st = m_ctx.accounts.setActive(m_ctx.user(), e->id.toLongLong(), !active);
    staffui::setMessage(m_message,
                        st.ok() ? (active ? tr("Account %1 disabled.").arg(who)
                                          : tr("Account %1 enabled.").arg(who))
                                : st.error().message,
                        st.ok() ? Tone::Success : Tone::Error);
    refresh();
}

void StaffAccountsPage::changeOwn()
{
    const Status st = m_ctx.accounts.changePassword(m_ctx.user(), m_ctx.user().id,
                                                    m_current->text(), m_fresh->text());
    m_current->clear();
    m_fresh->clear();
    staffui::setMessage(m_message, st.ok() ? tr("Your password is changed.") : st.error().message,
                        st.ok() ? Tone::Success : Tone::Error);
    refresh();
}

} // namespace lingong
