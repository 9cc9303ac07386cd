#pragma once

#include "config.h"
#include "displayfeed.h"
#include "displayscene.h"
#include "playlist.h"

#include <QWidget>

#include <functional>

namespace lingong {

class DisplayJobModel;

// The page area of the wall screen: draws one screenful of one page of the loop from the current
// snapshot. Pages are laid out when they change (page, screen, data or size), painted from the
// laid-out scene.
class DisplayPageView final : public QWidget
{
    Q_OBJECT
public:
    explicit DisplayPageView(const Config& config, QWidget* parent = nullptr);

    // Sizes of the whole screen (the window's), so every part uses the same scale.
    void setMetrics(const DisplayMetrics& metrics);
    // New data; the page on screen is laid out again (the caller moves on when it became empty).
    void setSnapshot(DisplaySnapshotPtr snapshot);
    // How trade and industry names are shown: in the interface's language.
    void setNames(std::function<QString(const QString&)> names);
    // The data is out of date (the wall's band says so): an empty list of jobs is then not
    // "no jobs", only none that reached this screen.
    void setOutOfDate(bool outOfDate);
    // Screenfuls `kind` has with the current data and size, at most `maxScreens`; 0 means there is
    // nothing to show and the loop skips it.
    int screenCount(PageKind kind, int maxScreens) const;
    void showPage(PageKind kind, int screen, int screens);

    PageKind page() const { return m_page; }
    int screen() const { return m_screen; }
    const DisplayScene& scene() const { return m_scene; }
    // Every text on screen, in drawing order.
    QStringList visibleText() const { return m_scene.texts(); }

    static QString pageTitle(PageKind kind);
    // The period of the monthly figures, as the page header says it.
    QString monthSpan(const MonthlyStatistics& s) const;

    // Test seam for the models behind the job tables (house rule 8).
    DisplayJobModel* jobModel() const { return m_jobs; }
    DisplayJobModel* welfareModel() const { return m_welfare; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Frame
    {
        DisplayMetrics m;
        QRectF title;
        QRectF body;
    };
    Frame frame() const;
    void rebuild();
    void header(const Frame& f, const QString& title, const QString& subtitle);

    int jobRowsPerScreen(const Frame& f) const;
    int cardsPerScreen(const Frame& f) const;
    std::vector<const StoredEntity*> cardItems(PageKind kind) const;

    void buildJobs(const Frame& f, const DisplayJobModel& model, PageKind kind);
    void buildTrades(const Frame& f);
    void buildRatio(const Frame& f);
    void buildWages(const Frame& f);
    void buildCards(const Frame& f, PageKind kind);
    void buildMarket(const Frame& f);
    void buildQr(const Frame& f);

    const Config& m_config;
    DisplayMetrics m_metrics;
    DisplaySnapshotPtr m_snapshot;
    DisplayJobModel* m_jobs = nullptr;
    DisplayJobModel* m_welfare = nullptr;
    PageKind m_page = PageKind::Market;
    int m_screen = 0;
    int m_screens = 1;
    bool m_outOfDate = false;
    DisplayScene m_scene;
    QImage m_qr;       // one pixel per module; the address does not change while running
    QImage m_qrScaled; // at the size on screen
    std::function<QString(const QString&)> m_names = [](const QString& n) { return n; };
};

} // namespace lingong
