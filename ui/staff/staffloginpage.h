#pragma once

#include "staffcontext.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace lingong {

// The door of the service window: on the first start it asks for the administrator account;
// afterwards it signs clerks in; when the window has locked itself it asks the same person for
// their password again (or lets them sign out).
class StaffLoginPage final : public QWidget
{
    Q_OBJECT
public:
    enum class Mode
    {
        Setup,
        SignIn,
        Unlock
    };

    explicit StaffLoginPage(StaffContext& ctx, QWidget* parent = nullptr);

    // Shows the right form for the store (setup when it has no account) or unlock for `user`.
    void showSetupOrSignIn();
    void showUnlock(const StaffAccount& user);
    Mode mode() const { return m_mode; }

signals:
    void signedIn(const lingong::StaffAccount& account);
    void signOutRequested();

private:
    void createAdmin();
    void signIn();
    void focusFirst();

    StaffContext& m_ctx;
    Mode m_mode = Mode::SignIn;
    QStackedWidget* m_forms = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_hint = nullptr;
    QLineEdit* m_setupUser = nullptr;
    QLineEdit* m_setupName = nullptr;
    QLineEdit* m_setupPassword = nullptr;
    QLineEdit* m_setupConfirm = nullptr;
    QLabel* m_setupMessage = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_signIn = nullptr;
    QPushButton* m_signOut = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace lingong
