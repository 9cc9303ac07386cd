#pragma once

#include "entitystore.h"

#include <QDateTime>
#include <QFrame>
#include <QWidget>

#include <vector>

class QLabel;

namespace lingong {

// One urgent notice as the kiosk shows it.
struct KioskUrgentNotice
{
    QString id;
    QString title;
    QString body;
    QString when; // until when and whom to ask, in a line
    // Tells a corrected notice from the one read aloud before.
    QString key() const { return id + QLatin1Char('\n') + title + QLatin1Char('\n') + body; }
};

// The hall's urgent notices (entered at the staff window, e.g. a fire drill that pauses the
// service) across the kiosk's every screen while they are active, under the top bar: a seeker
// about to register or apply learns of them where the wall screen may be out of sight. Hidden
// while none is active.
//
// Its height does not change with what it says, so that the screens keep their room (see
// setCompact()). Several active notices take turns (next()); a tap on the band asks for the
// whole notice (opened()).
class KioskUrgentBar final : public QFrame
{
    Q_OBJECT
public:
    explicit KioskUrgentBar(QWidget* parent = nullptr);

    // The notices active now, newest first (DisplayFeed::activeUrgent); `now` in any zone. The
    // notice on show stays on show while it is active.
    void setNotices(const std::vector<StoredEntity>& active, const QDateTime& now);
    // The next notice's turn, when there are several and the one on show has been for
    // kTurnSec (a new notice, put first, is not turned away at once); `now` by the terminal's
    // clock.
    void next(const QDateTime& now);
    static constexpr int kTurnSec = 14;
    // Compact: beside the hall's name in the top bar of a wide screen, taking no room from the
    // screens: the headline, then until when and whom to ask. Otherwise a band of one line
    // across a tall screen. The text is a tap away either way.
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }
    int count() const { return int(m_notices.size()); }
    // The notice on show; empty while hidden.
    KioskUrgentNotice current() const;
    // What the band says, for reading aloud: "Urgent notice" and the notice on show, whole,
    // without its numbers (a phone number is not for the hall to hear). Empty while hidden.
    QString spokenText() const;

signals:
    void opened();

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    void showNotice(int index);
    void fit();

    std::vector<KioskUrgentNotice> m_notices;
    int m_index = 0;
    bool m_compact = false;
    QDateTime m_shownSince; // the turn of the notice on show began (invalid: not yet counted)
    QLabel* m_pill = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_body = nullptr; // until when and whom to ask, when compact
    QLabel* m_more = nullptr;
};

// The whole of an urgent notice over the kiosk's screen, from a tap on its band; 知道了 closes it.
class KioskUrgentPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit KioskUrgentPanel(QWidget* parent = nullptr);

    void setNotice(const KioskUrgentNotice& notice);
    QString spokenText() const;

signals:
    void closeRequested();

private:
    QLabel* m_title = nullptr;
    QLabel* m_body = nullptr;
    QLabel* m_when = nullptr;
};

} // namespace lingong
