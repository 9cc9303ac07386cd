#include "displaychrome.h"

#include "displayfeed.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace lingong {

namespace dc = displaycolors;

DisplaySceneWidget::DisplaySceneWidget(QWidget* parent)
    : QWidget(parent)
    , m_metrics(DisplayMetrics::forSize(QSize(1920, 1080)))
{}

void DisplaySceneWidget::setMetrics(const DisplayMetrics& metrics)
{
    m_metrics = metrics;
    rebuild();
    update();
}

void DisplaySceneWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    m_scene.paint(p);
}

void DisplaySceneWidget::resizeEvent(QResizeEvent*)
{
    rebuild();
}

DisplayHeader::DisplayHeader(const QString& hallName, QWidget* parent)
    : DisplaySceneWidget(parent)
    , m_hallName(hallName)
{
    setObjectName(QStringLiteral("displayHeader"));
}

void DisplayHeader::setTime(const QDateTime& local)
{
    const bool changed = !m_time.isValid() || local.date() != m_time.date() ||
                         local.time().hour() != m_time.time().hour() ||
                         local.time().minute() != m_time.time().minute();
    m_time = local;
    if (changed) {
        rebuild();
        update();
    }
}

void DisplayHeader::rebuild()
{
    m_scene.clear();
    const DisplayMetrics& m = m_metrics;
    const QRectF r = rect();
    if (r.isEmpty())
        return;
    // The emblem: a red seal with 零工, then the regional identity over the hall's own name.
    const double logo = std::min(r.height(), m.px(108));
    const QRectF seal(r.left(), r.center().y() - logo / 2, logo, logo);
    m_scene.fill(seal, dc::red, m.px(20));
    m_scene.text(seal, QStringLiteral("零工"), m.font(38, true), dc::text, Qt::AlignCenter);

    const QString clock = m_time.isValid() ? m_time.toString(QStringLiteral("HH:mm")) : QString();
    const QString date = m_time.isValid() ? DisplayFormat::date(m_time.date()) : QString();
    const QFont clockFont = m.font(76, true);
    const QFont dateFont = m.font(m.portrait ? 26 : 30);
    const double clockW = QFontMetricsF(clockFont).horizontalAdvance(QStringLiteral("00:00"));
    const double dateW = QFontMetricsF(dateFont).horizontalAdvance(date);
    const double rightW = std::max(clockW, dateW) + m.px(8);
    const QRectF right(r.right() - rightW, r.top(), rightW, r.height());
    m_scene.text(QRectF(right.left(), right.top(), right.width(), right.height() * 0.66), clock,
                 clockFont, dc::text, Qt::AlignRight | Qt::AlignBottom);
    m_scene.text(QRectF(right.left(), right.top() + right.height() * 0.66, right.width(),
                        right.height() * 0.34),
                 date, dateFont, dc::muted, Qt::AlignRight | Qt::AlignVCenter);

    const QRectF names(seal.right() + m.px(28), r.top(), right.left() - seal.right() - m.px(56),
                       r.height());
    m_scene.text(QRectF(names.left(), names.top(), names.width(), names.height() * 0.38),
                 DisplayFormat::identity(), m.font(32, true), dc::gold,
                 Qt::AlignLeft | Qt::AlignBottom);
    // A long hall name steps down in size (never below 40 px at 1080p); one still too long
    // (a development zone's, on a portrait screen) takes two lines, as large as they fit.
    const QRectF nameBox(names.left(), names.top() + names.height() * 0.38, names.width(),
                         names.height() * 0.62);
    const auto wide = [&](double px) {
        return QFontMetricsF(m.font(px, true)).horizontalAdvance(m_hallName);
    };
    double size = 56;
    while (size > 40 && wide(size) > names.width())
        size -= 2;
    if (wide(size) <= names.width()) {
        m_scene.text(nameBox, m_hallName, m.font(size, true), dc::text,
                     Qt::AlignLeft | Qt::AlignVCenter);
        return;
    }
    // Two lines kLineHeight × the pixel size apart; each painted a font height high about its
    // line's middle, so together they take one line's step and one font height.
    constexpr double kLineHeight = 1.1;
    const auto extent = [&](const QFont& font) {
        return font.pixelSize() * kLineHeight + QFontMetricsF(font).height();
    };
    const auto fits = [&](double px) {
        const QFont font = m.font(px, true);
        return DisplayScene::lineCount(m_hallName, font, nameBox.width()) <= 2 &&
               extent(font) <= nameBox.height();
    };
    while (size > 24 && !fits(size))
        size -= 2;
    const QFont font = m.font(size, true);
    const double lineH = font.pixelSize() * kLineHeight;
    const double top = nameBox.top() + (nameBox.height() - extent(font)) / 2 +
                       (QFontMetricsF(font).height() - lineH) / 2;
    m_scene.paragraph(QRectF(nameBox.left(), top, nameBox.width(), 2 * lineH), m_hallName, font,
                      dc::text, kLineHeight);
}

DisplayTicker::DisplayTicker(QWidget* parent)
    : QWidget(parent)
    , m_metrics(DisplayMetrics::forSize(QSize(1920, 1080)))
{
    setObjectName(QStringLiteral("displayTicker"));
    m_timer.setInterval(33); // about 30 frames a second: smooth enough, light on the CPU
    connect(&m_timer, &QTimer::timeout, this, [this] { update(); });
    m_elapsed.start();
}

void DisplayTicker::setMetrics(const DisplayMetrics& metrics)
{
    m_metrics = metrics;
    prepare();
}

void DisplayTicker::setItems(const QStringList& items)
{
    if (items == m_items)
        return;
    m_items = items;
    prepare();
}

void DisplayTicker::setAnimated(bool animated)
{
    m_animated = animated;
    updateTimer();
    update();
}

QStringList DisplayTicker::visibleText() const
{
    return m_items.isEmpty() ? QStringList() : QStringList{tr("New jobs")} + m_items;
}

void DisplayTicker::prepare()
{
    m_font = m_metrics.font(38, true);
    m_texts.clear();
    m_widths.clear();
    m_total = 0;
    const QFontMetricsF fm(m_font);
    for (const QString& item : m_items) {
        QStaticText t(item);
        t.setTextFormat(Qt::PlainText);
        t.prepare(QTransform(), m_font);
        const double w = fm.horizontalAdvance(item) + m_metrics.px(96);
        m_texts.push_back(t);
        m_widths.push_back(w);
        m_total += w;
    }
    updateTimer();
    update();
}

void DisplayTicker::updateTimer()
{
    const bool run = m_animated && isVisible() && !m_texts.empty();
    if (run && !m_timer.isActive())
        m_timer.start();
    else if (!run)
        m_timer.stop();
}

void DisplayTicker::resizeEvent(QResizeEvent*)
{
    update();
}

void DisplayTicker::showEvent(QShowEvent*)
{
    updateTimer();
}

void DisplayTicker::hideEvent(QHideEvent*)
{
    updateTimer();
}

void DisplayTicker::paintEvent(QPaintEvent*)
{
    if (m_texts.empty())
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const DisplayMetrics& m = m_metrics;
    const QRectF r = rect();
    p.setPen(Qt::NoPen);
    p.setBrush(dc::gold);
    p.drawRoundedRect(r, m.px(12), m.px(12));

    const QFont labelFont = m.font(34, true);
    const QString label = tr("New jobs");
    const double labelW = QFontMetricsF(labelFont).horizontalAdvance(label) + m.px(48);
    const QRectF labelBox(r.left(), r.top(), labelW, r.height());
    p.setBrush(dc::red);
    p.drawRoundedRect(labelBox, m.px(12), m.px(12));
    p.setFont(labelFont);
    p.setPen(dc::text);
    p.drawText(labelBox, Qt::AlignCenter, label);

    const QRectF lane = r.adjusted(labelW + m.px(16), 0, -m.px(12), 0);
    p.setClipRect(lane);
    p.setFont(m_font);
    p.setPen(dc::ink);
    const double speed = m.px(110); // px per second
    double offset = 0;
    if (m_animated && m_total > 0)
        offset = std::fmod(double(m_elapsed.elapsed()) / 1000.0 * speed, m_total);
    double x = lane.left() - offset;
    const double textH = QFontMetricsF(m_font).height();
    const double y = r.center().y() - textH / 2;
    size_t i = 0;
    while (x < lane.right()) {
        if (x + m_widths[i] > lane.left()) {
            p.drawStaticText(QPointF(x, y), m_texts[i]);
            const double dot = m.px(12);
            p.setBrush(dc::red);
            p.setPen(Qt::NoPen);
            p.drawEllipse(QPointF(x + m_widths[i] - m.px(48), r.center().y()), dot / 2, dot / 2);
            p.setPen(dc::ink);
        }
        x += m_widths[i];
        i = (i + 1) % m_texts.size();
        if (i == 0 && m_total <= 0)
            break;
    }
}

DisplayStatusBar::DisplayStatusBar(QWidget* parent)
    : DisplaySceneWidget(parent)
{
    setObjectName(QStringLiteral("displayStatus"));
}

void DisplayStatusBar::setStatus(const QString& updated, const QString& link, const QString& stale,
                                 const QString& warning)
{
    if (updated == m_updated && link == m_link && stale == m_stale && warning == m_warning)
        return;
    m_updated = updated;
    m_link = link;
    m_stale = stale;
    m_warning = warning;
    rebuild();
    update();
}

void DisplayStatusBar::setProgress(int index, int count)
{
    if (index == m_index && count == m_count)
        return;
    m_index = index;
    m_count = count;
    rebuild();
    update();
}

void DisplayStatusBar::rebuild()
{
    m_scene.clear();
    const DisplayMetrics& m = m_metrics;
    const QRectF r = rect();
    if (r.isEmpty())
        return;
    // Page dots on the right.
    const double dot = m.px(14);
    const double step = m.px(28);
    const double dotsW = m_count > 1 ? m_count * step : 0;
    for (int i = 0; i < m_count && m_count > 1; ++i) {
        const QRectF d(r.right() - dotsW + i * step + (step - dot) / 2, r.center().y() - dot / 2,
                       dot, dot);
        m_scene.fill(d, i == m_index ? dc::gold : dc::panel, dot / 2);
    }
    QRectF left = r.adjusted(0, 0, -dotsW - m.px(24), 0);
    if (!m_warning.isEmpty()) {
        const QFont f = m.font(24);
        const double w =
            std::min(left.width() * 0.45, QFontMetricsF(f).horizontalAdvance(m_warning) + m.px(8));
        m_scene.text(QRectF(left.right() - w, left.top(), w, left.height()), m_warning, f,
                     dc::muted, Qt::AlignRight | Qt::AlignVCenter);
        left.setRight(left.right() - w - m.px(24));
    }
    if (!m_stale.isEmpty()) {
        // Said plainly: a band in warning colours with large type.
        m_scene.fill(left, dc::amber, m.px(10));
        const QRectF inside = left.adjusted(m.px(20), m.px(8), -m.px(20), -m.px(8));
        // As large as two lines of the band allow.
        for (const double px : {44.0, 38.0, 32.0, 28.0}) {
            const QFont f = m.font(px, true);
            const int lines = DisplayScene::lineCount(m_stale, f, inside.width());
            const double h = lines * f.pixelSize() * 1.15;
            if (h <= inside.height() || px == 28.0) {
                m_scene.paragraph(
                    QRectF(inside.left(), inside.center().y() - h / 2, inside.width(), h + 1),
                    m_stale, f, dc::ink, 1.15);
                break;
            }
        }
    } else {
        // A link down is the first thing staff look for: in warning colours, before the time.
        if (!m_link.isEmpty()) {
            const QFont f = m.font(28, true);
            const double w =
                std::min(left.width() * 0.5, QFontMetricsF(f).horizontalAdvance(m_link) + m.px(32));
            const QRectF pill(left.left(), left.center().y() - m.px(22), w, m.px(44));
            m_scene.fill(pill, dc::amber, m.px(22));
            m_scene.text(pill, m_link, f, dc::ink, Qt::AlignCenter);
            left.setLeft(pill.right() + m.px(16));
        }
        m_scene.text(left, m_updated, m.font(28), dc::muted);
    }
}

DisplayUrgentView::DisplayUrgentView(QWidget* parent)
    : DisplaySceneWidget(parent)
{
    setObjectName(QStringLiteral("displayUrgent"));
}

void DisplayUrgentView::setNotice(const StoredEntity& notice, const QDateTime& until, int index,
                                  int count)
{
    m_notice = notice;
    m_until = until;
    m_index = index;
    m_count = count;
    rebuild();
    update();
}

void DisplayUrgentView::rebuild()
{
    m_scene.clear();
    const DisplayMetrics& m = m_metrics;
    const QRectF r = rect();
    if (r.isEmpty() || m_notice.id.isEmpty())
        return;
    m_scene.fill(r, dc::red, m.px(20));
    const QRectF inner = r.adjusted(m.px(56), m.px(40), -m.px(56), -m.px(40));
    const QFont pillFont = m.font(40, true);
    QString label = tr("Urgent notice");
    if (m_count > 1)
        label += QStringLiteral("  %1/%2").arg(m_index + 1).arg(m_count);
    const double pillW = QFontMetricsF(pillFont).horizontalAdvance(label) + m.px(56);
    const QRectF pill(inner.left(), inner.top(), pillW, m.px(72));
    m_scene.fill(pill, dc::darkRed, m.px(36));
    m_scene.text(pill, label, pillFont, dc::text, Qt::AlignCenter);

    const QJsonObject& d = m_notice.data;
    double y = pill.bottom() + m.px(36);
    const double footerH = m.px(64);
    y += m_scene.paragraph(QRectF(inner.left(), y, inner.width(), m.px(76) * 1.25 * 2),
                           d.value(QLatin1String("title")).toString(), m.font(76, true), dc::text,
                           1.25);
    y += m.px(28);
    m_scene.paragraph(QRectF(inner.left(), y, inner.width(), inner.bottom() - footerH - y),
                      d.value(QLatin1String("body")).toString(), m.font(48), dc::text, 1.45);

    QStringList footer;
    // A notice given a day (not a time) runs through that day: said as the day, not as
    // midnight of the next one.
    if (m_until.isValid() && m_until.time() == QTime(0, 0))
        footer << tr("Until %1").arg(DisplayFormat::monthDay(m_until.date().addDays(-1)));
    else if (m_until.isValid())
        footer << tr("Until %1")
                      .arg(DisplayFormat::monthDay(m_until.date()) + QLatin1Char(' ') +
                           m_until.toString(QStringLiteral("HH:mm")));
    // Whom to ask, or the phone number the window's form takes.
    if (const QString ask = DisplayFeed::urgentAsk(m_notice); !ask.isEmpty())
        footer << tr("Ask: %1").arg(ask);
    m_scene.text(QRectF(inner.left(), inner.bottom() - footerH, inner.width(), footerH),
                 footer.join(QStringLiteral("　　")), m.font(36), dc::text);
}

} // namespace lingong
