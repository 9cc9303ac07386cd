#include "staffloginpage.h"

#include "staffui.h"

#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace lingong {

using staffui::Tone;

StaffLoginPage::StaffLoginPage(StaffContext& ctx, QWidget* parent)
    : QWidget(parent)
    , m_ctx(ctx)
{
    setObjectName(QStringLiteral("staffLoginPage"));
    setAttribute(Qt::WA_StyledBackground);
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("loginCard"));
    card->setStyleSheet(QStringLiteral(
        "QFrame#loginCard { background: white; border: 1px solid #d0d7de; border-radius: 8px; }"));
    card->setFixedWidth(520);
    auto* box = new QVBoxLayout(card);
    box->setContentsMargins(32, 28, 32, 28);
    box->setSpacing(12);
    auto* hall = new QLabel(ctx.terminal.config().hallName, card);
    hall->setProperty("role", QStringLiteral("hint"));
    box->addWidget(hall);
    m_heading = staffui::makeTitle(QString(), card);
    box->addWidget(m_heading);
    m_hint = new QLabel(card);
    m_hint->setObjectName(QStringLiteral("loginHint"));
    m_hint->setWordWrap(true);
    m_hint->setProperty("role", QStringLiteral("hint"));
    box->addWidget(m_hint);

    m_forms = new QStackedWidget(card);
    box->addWidget(m_forms);

    // First start: the administrator account.
    auto* setup = new QWidget(m_forms);
    auto* sf = new QFormLayout(setup);
    sf->setContentsMargins(0, 0, 0, 0);
    m_setupUser = new QLineEdit(setup);
    m_setupUser->setObjectName(QStringLiteral("setupUsername"));
    m_setupUser->setPlaceholderText(tr("letters and digits, e.g. admin"));
    m_setupName = new QLineEdit(setup);
    m_setupName->setObjectName(QStringLiteral("setupName"));
    m_setupPassword = new QLineEdit(setup);
    m_setupPassword->setObjectName(QStringLiteral("setupPassword"));
    m_setupPassword->setEchoMode(QLineEdit::Password);
    m_setupPassword->setPlaceholderText(
        tr("at least %1 characters").arg(Accounts::kMinPasswordLength));
    m_setupConfirm = new QLineEdit(setup);
    m_setupConfirm->setObjectName(QStringLiteral("setupConfirm"));
    m_setupConfirm->setEchoMode(QLineEdit::Password);
    sf->addRow(tr("User name"), m_setupUser);
    sf->addRow(tr("Your name"), m_setupName);
    sf->addRow(tr("Password"), m_setupPassword);
    sf->addRow(tr("Password again"), m_setupConfirm);
    m_setupMessage = staffui::makeMessage(QStringLiteral("setupMessage"), setup);
    sf->addRow(m_setupMessage);
    auto* create = new QPushButton(tr("Create administrator and sign in"), setup);
    create->setObjectName(QStringLiteral("setupButton"));
    create->setProperty("primary", true);
    sf->addRow(create);
    m_forms->addWidget(setup);
    connect(create, &QPushButton::clicked, this, &StaffLoginPage::createAdmin);
    connect(m_setupConfirm, &QLineEdit::returnPressed, this, &StaffLoginPage::createAdmin);

    // Sign in / unlock.
    auto* login = new QWidget(m_forms);
    auto* lf = new QFormLayout(login);
    lf->setContentsMargins(0, 0, 0, 0);
    m_user = new QLineEdit(login);
    m_user->setObjectName(QStringLiteral("loginUsername"));
    m_password = new QLineEdit(login);
    m_password->setObjectName(QStringLiteral("loginPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    lf->addRow(tr("User name"), m_user);
    lf->addRow(tr("Password"), m_password);
    m_message = staffui::makeMessage(QStringLiteral("loginMessage"), login);
    lf->addRow(m_message);
    auto* buttons = new QHBoxLayout;
    m_signIn = new QPushButton(tr("Sign in"), login);
    m_signIn->setObjectName(QStringLiteral("loginButton"));
    m_signIn->setProperty("primary", true);
    m_signIn->setDefault(true);
    m_signOut = new QPushButton(tr("Sign out"), login);
    m_signOut->setObjectName(QStringLiteral("loginSignOut"));
    buttons->addWidget(m_signIn, 1);
    buttons->addWidget(m_signOut);
    lf->addRow(buttons);
    m_forms->addWidget(login);
    connect(m_signIn, &QPushButton::clicked, this, &StaffLoginPage::signIn);
    connect(m_password, &QLineEdit::returnPressed, this, &StaffLoginPage::signIn);
    connect(m_user, &QLineEdit::returnPressed, m_password, qOverload<>(&QWidget::setFocus));
    connect(m_signOut, &QPushButton::clicked, this, &StaffLoginPage::signOutRequested);

    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(card);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
    showSetupOrSignIn();
}

void StaffLoginPage::focusFirst()
{
    // The card fits the form shown, not the larger hidden one.
    for (int i = 0; i < m_forms->count(); ++i)
        m_forms->widget(i)->setSizePolicy(
            i == m_forms->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored,
            i == m_forms->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_forms->adjustSize();
    if (m_mode == Mode::Setup)
        m_setupUser->setFocus();
    else if (m_mode == Mode::Unlock || !m_user->text().isEmpty())
        m_password->setFocus();
    else
        m_user->setFocus();
}

void StaffLoginPage::showSetupOrSignIn()
{
    auto setup = m_ctx.accounts.needsSetup();
    m_mode = setup.ok() && setup.value() ? Mode::Setup : Mode::SignIn;
    m_password->clear();
    m_user->setReadOnly(false);
    m_user->clear();
    m_signOut->setVisible(false);
    m_signIn->setText(tr("Sign in"));
    staffui::setMessage(m_message, setup.ok() ? QString() : setup.error().message, Tone::Error);
    if (m_mode == Mode::Setup) {
        m_heading->setText(tr("First start: create the administrator account"));
        m_hint->setText(tr("This service window has no staff account yet. The administrator "
                           "creates the accounts of the other clerks."));
        m_forms->setCurrentIndex(0);
    } else {
        m_heading->setText(tr("Sign in to the service window"));
        QString hint = tr("Every action is recorded under your name.");
        // A demo store whose demo account is as documented says so: nobody has to look it up.
        if (m_ctx.accounts.demoAccountOpen())
            hint += QLatin1Char('\n') + tr("Demo data: sign in as %1 with the password %2.")
                                            .arg(QLatin1String(Accounts::kDemoUsername),
                                                 QLatin1String(Accounts::kDemoPassword));
        m_hint->setText(hint);
        m_forms->setCurrentIndex(1);
    }
    focusFirst();
}

void StaffLoginPage::showUnlock(const StaffAccount& user)
{
    m_mode = Mode::Unlock;
    m_heading->setText(tr("The window is locked"));
    m_hint->setText(
        tr("%1, enter your password to go on; nothing you entered is lost.").arg(user.label()));
    m_signIn->setText(tr("Unlock"));
    m_user->setText(user.username);
    m_user->setReadOnly(true);
    m_password->clear();
    m_signOut->setVisible(true);
    staffui::setMessage(m_message, QString(), Tone::Info);
    m_forms->setCurrentIndex(1);
    focusFirst();
}

void StaffLoginPage::createAdmin()
{
    staffui::markInvalid(m_setupUser, false);
    staffui::markInvalid(m_setupPassword, false);
    staffui::markInvalid(m_setupConfirm, false);
    if (m_setupPassword->text() != m_setupConfirm->text()) {
        staffui::markInvalid(m_setupConfirm, true);
        staffui::setMessage(m_setupMessage, tr("The two passwords are not the same."), Tone::Error);
        m_setupConfirm->setFocus();
        return;
    }
    auto admin = m_ctx.accounts.createFirstAdmin(m_setupUser->text(), m_setupName->text(),
                                                 m_setupPassword->text());
    if (!admin.ok()) {
        const QString field = admin.error().field;
        QLineEdit* at = field == QLatin1String("username") ? m_setupUser : m_setupPassword;
        staffui::markInvalid(at, true);
        staffui::setMessage(m_setupMessage, admin.error().message, Tone::Error);
        at->setFocus();
        return;
    }
    // Sign in properly, so the first session is audited like every other.
    auto account = m_ctx.accounts.login(m_setupUser->text(), m_setupPassword->text());
    m_setupPassword->clear();
    m_setupConfirm->clear();
    if (!account.ok()) {
        showSetupOrSignIn();
        staffui::setMessage(m_message, account.error().message, Tone::Error);
        return;
    }
    emit signedIn(account.value());
}

void StaffLoginPage::signIn()
{
    auto account = m_ctx.accounts.login(m_user->text(), m_password->text());
    m_password->clear();
    if (!account.ok()) {
        staffui::markInvalid(m_password, true);
        staffui::setMessage(m_message, account.error().message, Tone::Error);
        m_password->setFocus();
        return;
    }
    staffui::markInvalid(m_password, false);
    if (m_mode == Mode::Unlock && account->id != m_ctx.user().id) {
        staffui::setMessage(m_message,
                            tr("Only %1 can unlock this window.").arg(m_ctx.user().label()),
                            Tone::Error);
        return;
    }
    staffui::setMessage(m_message, QString(), Tone::Info);
    emit signedIn(account.value());
}

} // namespace lingong
