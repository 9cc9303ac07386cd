#pragma once

#include "terminal.h"

#include <QLoggingCategory>
#include <QWidget>

Q_DECLARE_LOGGING_CATEGORY(lcKiosk)

class QAbstractButton;
class QLabel;
class QHBoxLayout;
class QVBoxLayout;

namespace lingong {

struct SyncStatus;

// One screen of the kiosk: a title and a body. The window shows the shared top bar, the
// 返回/首页 bar and the status line around it.
class KioskPage : public QWidget
{
    Q_OBJECT
public:
    explicit KioskPage(Terminal& terminal, const QString& objectName, const QString& title,
                       QWidget* parent = nullptr);

    // Wipes everything a person entered or chose and goes back to the first step.
    virtual void reset() {}
    // The store changed (this or another process): reload what is shown.
    virtual void refresh() {}
    // 返回 pressed: true when the page stepped back inside itself (a wizard step), false to let
    // the window go to the previous screen.
    virtual bool back() { return false; }
    // The screen is taller than wide (a 1080×1920 kiosk).
    virtual void setPortrait(bool portrait) { m_portrait = portrait; }
    bool isPortrait() const { return m_portrait; }
    // Large text on or off, after the style changed.
    virtual void setLargeText(bool on) { m_largeText = on; }
    bool isLargeText() const { return m_largeText; }
    // Pages that fill the whole screen (the attract loop) hide the 返回/首页 bar.
    virtual bool showsNavigation() const { return true; }
    // Answers given and not saved yet, which 首页 (or 返回 from the first step) would delete: the
    // window asks first.
    virtual bool inProgress() const { return false; }
    // Something half typed or chosen that the person may need longer to finish (a number read
    // off a phone): the idle countdown waits longer before wiping it. By default the answers
    // inProgress() guards.
    virtual bool wantsPatience() const { return inProgress(); }
    // Says that `button` (返回 or 首页) tapped again leaves and deletes the answers.
    virtual void warnLeaving(const QString& button) { Q_UNUSED(button) }
    // That warning is on the screen now (a step since, or another message, took it away).
    virtual bool warnsLeaving() const { return false; }

    void setTitle(const QString& title);
    QString title() const;

    // What 语音朗读 reads of this screen as it stands: the title, headings, messages, the words
    // of the job cards, details and texts, and the tiles to choose from, top to bottom; never
    // hints in small print or the digits being typed.
    virtual QString spokenText() const;
    // The messages of refusal shown now (read again when the same one comes back).
    QString spokenErrors() const;
    // Parts read one after another, each ended as a sentence.
    static QString joinSpoken(const QStringList& parts);
    // `text` with every masked number, mobile and ID number replaced by words saying a number
    // is not read aloud.
    static QString withoutNumbers(QString text);
    // What a button says when tapped: its accessible name, else its text (numbers left out).
    static QString spokenLabel(const QAbstractButton* button);
    // The kiosk syncs with a platform and its last round got through lately (the footer's
    // "Online"); false for a stand-alone kiosk too.
    static bool online(const Terminal& terminal);
    // The same, from a status already read.
    static bool online(const Terminal& terminal, const SyncStatus& status);
    // For a receipt: what was just stored reaches the service window only when this kiosk is
    // back online, when it syncs and is offline now; else empty.
    static QString offlineNote(const Terminal& terminal);

protected:
    QVBoxLayout* body() const { return m_body; }
    // A widget on the title's line, at its right end (e.g. "Step 2 of 7").
    void addBesideTitle(QWidget* widget);
    Terminal& m_terminal;

private:
    QLabel* m_title = nullptr;
    QHBoxLayout* m_titleRow = nullptr;
    QVBoxLayout* m_body = nullptr;
    bool m_portrait = false;
    bool m_largeText = false;
};

} // namespace lingong
