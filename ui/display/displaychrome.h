#pragma once

#include "displayscene.h"
#include "entitystore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QStaticText>
#include <QTimer>
#include <QWidget>

namespace lingong {

// A part of the wall screen drawn from a DisplayScene; subclasses lay the scene out in rebuild().
class DisplaySceneWidget : public QWidget
{
    Q_OBJECT
public:
    explicit DisplaySceneWidget(QWidget* parent = nullptr);

    void setMetrics(const DisplayMetrics& metrics);
    const DisplayScene& scene() const { return m_scene; }
    virtual QStringList visibleText() const { return m_scene.texts(); }

protected:
    virtual void rebuild() = 0;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

    DisplayMetrics m_metrics;
    DisplayScene m_scene;
};

// Top band: the 广西零工市场 identity, the hall's name (D3), the clock and the date.
class DisplayHeader final : public DisplaySceneWidget
{
    Q_OBJECT
public:
    explicit DisplayHeader(const QString& hallName, QWidget* parent = nullptr);
    // Hall-local time; the band is laid out again when the minute changes.
    void setTime(const QDateTime& local);

protected:
    void rebuild() override;

private:
    QString m_hallName;
    QDateTime m_time;
};

// Bottom band: the newest jobs scrolling from right to left.
class DisplayTicker final : public QWidget
{
    Q_OBJECT
public:
    explicit DisplayTicker(QWidget* parent = nullptr);

    void setMetrics(const DisplayMetrics& metrics);
    void setItems(const QStringList& items);
    // Off: the text stands still (screenshots, benchmarks).
    void setAnimated(bool animated);
    bool isScrolling() const { return m_timer.isActive(); }
    QStringList visibleText() const;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void prepare();
    void updateTimer();

    DisplayMetrics m_metrics;
    QStringList m_items;
    std::vector<QStaticText> m_texts;
    std::vector<double> m_widths;
    double m_total = 0;
    QFont m_font;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    bool m_animated = true;
};

// Status line: "数据更新于 HH:MM", or a plain warning when the data is old; a discreet note
// when the store could not be read; where the loop is.
class DisplayStatusBar final : public DisplaySceneWidget
{
    Q_OBJECT
public:
    explicit DisplayStatusBar(QWidget* parent = nullptr);

    // `updated`: when the data was brought up to date; `link`: what is wrong with the link to the
    // platform (offline, staff needed), shown before it in a warning pill; `stale`: the band in
    // their place when the data is too old; `warning`: notes for staff on the right.
    void setStatus(const QString& updated, const QString& link, const QString& stale,
                   const QString& warning);
    void setProgress(int index, int count);
    // The page lit among the dots, and how many dots (none when the loop has a single page).
    int progressIndex() const { return m_index; }
    int progressCount() const { return m_count; }
    bool isStale() const { return !m_stale.isEmpty(); }
    QString warning() const { return m_warning; }

protected:
    void rebuild() override;

private:
    QString m_updated;
    QString m_link;
    QString m_stale;
    QString m_warning;
    int m_index = 0;
    int m_count = 0;
};

// An urgent notice over the page area and the ticker.
class DisplayUrgentView final : public DisplaySceneWidget
{
    Q_OBJECT
public:
    explicit DisplayUrgentView(QWidget* parent = nullptr);

    // `until` in hall-local time; `index` of `count` when several are active.
    void setNotice(const StoredEntity& notice, const QDateTime& until, int index, int count);
    QString noticeId() const { return m_notice.id; }

protected:
    void rebuild() override;

private:
    StoredEntity m_notice;
    QDateTime m_until;
    int m_index = 0;
    int m_count = 1;
};

} // namespace lingong
