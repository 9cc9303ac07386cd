#pragma once

// Helpers for driving the service window in GUI tests: find widgets by objectName, click and
// type like a person.

#include "accounts.h"
#include "catchqt.h"
#include "doubleclick.h"
#include "staff/staffwindow.h"
#include "tempterminal.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QTest>
#include <QWidget>

#include <memory>

namespace lingong::test {

// Types `text` into the focused widget `w` like a person: ASCII as key presses, Chinese as the
// system input method delivers it (a committed string).
inline void typeInto(QWidget* w, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(w, char(c.unicode()));
        } else {
            QInputMethodEvent commit;
            commit.setCommitString(QString(c));
            QCoreApplication::sendEvent(w, &commit);
        }
    }
}

template <typename T = QWidget>
T* child(const QWidget* root, const char* name)
{
    T* w = root->findChild<T*>(QString::fromLatin1(name));
    INFO("widget " << name);
    REQUIRE(w != nullptr);
    return w;
}

inline void click(const QWidget* root, const char* name)
{
    auto* b = child<QAbstractButton>(root, name);
    INFO("button " << name);
    REQUIRE(b->isVisible());
    REQUIRE(b->isEnabled());
    QTest::mouseClick(b, Qt::LeftButton);
}

// A button that asks before it acts: the first press asks, the second acts once the button takes
// presses again (a double click is one press).
inline void pressTwice(const QWidget* root, const char* name)
{
    click(root, name);
    auto* b = child<QAbstractButton>(root, name);
    REQUIRE(QTest::qWaitFor([b] { return b->isEnabled(); }, 3000));
    click(root, name);
}

// Replaces the text of a line edit by typing.
inline void type(const QWidget* root, const char* name, const QString& text)
{
    auto* e = child<QLineEdit>(root, name);
    e->setFocus();
    e->selectAll();
    QTest::keyClick(e, Qt::Key_Backspace);
    typeInto(e, text);
    REQUIRE(e->text() == text);
}

inline void typeText(const QWidget* root, const char* name, const QString& text)
{
    auto* e = child<QPlainTextEdit>(root, name);
    e->setFocus();
    e->selectAll();
    QTest::keyClick(e, Qt::Key_Backspace);
    typeInto(e, text);
    REQUIRE(e->toPlainText() == text);
}

inline QString textOf(const QWidget* root, const char* name)
{
    if (auto* e = root->findChild<QLineEdit*>(QString::fromLatin1(name)))
        return e->text();
    if (auto* e = root->findChild<QPlainTextEdit*>(QString::fromLatin1(name)))
        return e->toPlainText();
    if (auto* l = root->findChild<QLabel*>(QString::fromLatin1(name)))
        return l->text();
    if (auto* b = root->findChild<QAbstractButton*>(QString::fromLatin1(name)))
        return b->text();
    FAIL("no text widget " << name);
    return {};
}

inline bool markedInvalid(const QWidget* root, const char* name)
{
    return child<QWidget>(root, name)->property("invalid").toBool();
}

// The service window over `t` at 1366×768, shown, with a new first administrator signed in.
struct SignedInDesk
{
    std::unique_ptr<StaffWindow> window;
    StaffAccount admin;
};

inline SignedInDesk openSignedInDesk(TempTerminal& t)
{
    Accounts accounts(t->database(), t.clock(), t->audit());
    auto a = accounts.createFirstAdmin(QStringLiteral("admin"), QStringLiteral("Wang"),
                                       QStringLiteral("correct horse"));
    REQUIRE(a.ok());
    SignedInDesk d{std::make_unique<StaffWindow>(t.terminal()), a.value()};
    d.window->resize(1366, 768);
    d.window->show();
    d.window->startSession(d.admin);
    REQUIRE(d.window->isSignedIn());
    return d;
}

} // namespace lingong::test
