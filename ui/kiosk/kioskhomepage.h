#pragma once

#include "kioskpage.h"

#include <QMap>

class QGridLayout;
class QPushButton;

namespace lingong {

// 首页: the large tiles of the kiosk's services.
class KioskHomePage final : public KioskPage
{
    Q_OBJECT
public:
    explicit KioskHomePage(Terminal& terminal, QWidget* parent = nullptr);

    void refresh() override;
    void setPortrait(bool portrait) override;
    bool showsNavigation() const override { return false; }

signals:
    // "jobs", "register", "training", "policy", "rights", "market" or "online".
    void chosen(const QString& service);

private:
    void relayout();

    QGridLayout* m_grid = nullptr;
    QList<QPushButton*> m_tiles;
    QPushButton* m_jobs = nullptr;
};

} // namespace lingong
