#pragma once

#include "kioskpage.h"

#include <QMap>

class QGridLayout;
class QLabel;
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
    // "jobs", "post", "register", "training", "policy", "rights", "market" or "online".
    void chosen(const QString& service);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void relayout();
    // Sets a tile's label, its words wrapped to the tile's width.
    void fitText(int tile);

    QGridLayout* m_grid = nullptr;
    QList<QPushButton*> m_tiles;
    // Each tile's two lines of words: what it is, large, and what it offers, smaller.
    QList<QLabel*> m_titles;
    QList<QLabel*> m_subtitles;
    QStringList m_texts; // the labels as written, one per tile
    QPushButton* m_jobs = nullptr;
};

} // namespace lingong
