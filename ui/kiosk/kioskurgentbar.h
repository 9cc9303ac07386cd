#pragma once

#include "entitystore.h"

#include <QDateTime>
#include <QFrame>

#include <vector>

class QLabel;
class QVBoxLayout;

namespace lingong {

// The hall's urgent notices (entered at the staff window, e.g. a fire drill that pauses the
// service) across the kiosk's every screen while they are active, under the top bar: a seeker
// about to register or apply learns of them where the wall screen may be out of sight. Hidden
// while none is active. Shows the newest kMaxShown.
class KioskUrgentBar final : public QFrame
{
    Q_OBJECT
public:
    explicit KioskUrgentBar(QWidget* parent = nullptr);

    // The notices active now, newest first (DisplayFeed::activeUrgent); `now` is hall time.
    void setNotices(const std::vector<StoredEntity>& active, const QDateTime& now);
    // What the bar says, for reading aloud; empty while hidden.
    QString spokenText() const;
    // The ids of the notices shown, to tell a new notice from one already read aloud.
    QStringList shownIds() const { return m_ids; }

    static constexpr int kMaxShown = 2;

private:
    QVBoxLayout* m_rows = nullptr;
    QStringList m_ids;
    QStringList m_spoken;
    QString m_shownKey; // what is on screen, so an unchanged notice is not laid out again
};

} // namespace lingong
