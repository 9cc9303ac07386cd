#pragma once

#include "entitystore.h"

#include <QDate>
#include <QFrame>

namespace lingong {

// One job in a list, as a large tappable card: title, pay with its unit, district, headcount,
// start date, and the 日结 and 公益性岗位 badges.
class KioskJobCard final : public QFrame
{
    Q_OBJECT
public:
    // `hallDistrict`: places in its city are named without the city.
    KioskJobCard(const StoredEntity& job, const QString& hallDistrict, const QDate& today,
                 QWidget* parent = nullptr);

    QString jobId() const { return m_jobId; }

signals:
    void clicked(const QString& jobId);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    QString m_jobId;
    bool m_pressed = false;
};

} // namespace lingong
