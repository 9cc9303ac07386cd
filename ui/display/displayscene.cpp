#include "displayscene.h"

#include "common/linebalance.h"
#include "places.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QTextLayout>

#include <cmath>

namespace lingong {

DisplayMetrics DisplayMetrics::forSize(const QSize& size)
{
    DisplayMetrics m;
    m.size = size;
    m.portrait = size.height() > size.width();
    const double w = std::max(1, size.width());
    const double h = std::max(1, size.height());
    m.unit = m.portrait ? std::min(w / 1080.0, h / 1920.0) : std::min(w / 1920.0, h / 1080.0);
    return m;
}

QFont DisplayMetrics::font(double designPx, bool bold) const
{
    QFont f(QStringLiteral("Noto Sans CJK SC"));
    f.setPixelSize(std::max(1, int(std::lround(px(designPx)))));
    f.setBold(bold);
    return f;
}

void DisplayScene::fill(const QRectF& r, const QColor& color, double radius)
{
    Item i{Kind::Fill, r, color, radius, {}, {}, 0, {}};
    m_items.push_back(std::move(i));
}

double DisplayScene::text(const QRectF& r, const QString& s, const QFont& font, const QColor& color,
                          Qt::Alignment align)
{
    if (s.isEmpty() || r.width() <= 0)
        return 0;
    const QFontMetricsF fm(font);
    QString shown = s;
    shown.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (fm.horizontalAdvance(shown) > r.width())
        shown = fm.elidedText(shown, Qt::ElideRight, r.width());
    if (shown.isEmpty())
        return 0;
    m_items.push_back({Kind::Text, r, color, 0, shown, font, int(align), {}});
    return std::min(r.width(), fm.horizontalAdvance(shown));
}

namespace {

// Where QTextLayout breaks `body` (its newlines already line separators) at `width`.
std::vector<std::pair<int, int>> layoutAt(const QString& body, const QFont& font, double width)
{
    QTextLayout layout(body, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    std::vector<std::pair<int, int>> lines;
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        lines.emplace_back(line.textStart(), line.textLength());
    }
    layout.endLayout();
    return lines;
}

// Where paragraph() breaks `body` at `width`: a last line of one or two characters takes a few
// more from the line above (LineBalance).
std::vector<std::pair<int, int>> wrap(const QString& body, const QFont& font, double width)
{
    return layoutAt(
        body, font,
        LineBalance::width(body, font, width, QTextOption::WrapAtWordBoundaryOrAnywhere));
}

} // namespace

int DisplayScene::lineCount(const QString& s, const QFont& font, double width)
{
    QString body = s.trimmed();
    if (body.isEmpty() || width <= 0)
        return 0;
    body.replace(QLatin1Char('\n'), QChar::LineSeparator);
    return int(wrap(body, font, width).size());
}

double DisplayScene::paragraph(const QRectF& r, const QString& s, const QFont& font,
                               const QColor& color, double lineHeight)
{
    const double lineH = font.pixelSize() * lineHeight;
    const int maxLines = int(std::floor((r.height() + 0.5) / lineH));
    if (s.trimmed().isEmpty() || maxLines < 1 || r.width() <= 0)
        return 0;
    QString body = s.trimmed();
    body.replace(QLatin1Char('\n'), QChar::LineSeparator);
    const std::vector<std::pair<int, int>> lines = wrap(body, font, r.width());
    const QFontMetricsF fm(font);
    double y = r.top();
    const int count = std::min(int(lines.size()), maxLines);
    for (int i = 0; i < count; ++i) {
        const auto [start, length] = lines[size_t(i)];
        const bool last = i == count - 1 && count < int(lines.size());
        QString part = last ? body.mid(start) : body.mid(start, length);
        part.replace(QChar::LineSeparator, QLatin1Char(' '));
        part = part.trimmed();
        if (last)
            part = fm.elidedText(part + QStringLiteral(" …"), Qt::ElideRight, r.width());
        if (!part.isEmpty())
            m_items.push_back({Kind::Text,
                               QRectF(r.left(), y, r.width(), lineH),
                               color,
                               0,
                               part,
                               font,
                               int(Qt::AlignLeft | Qt::AlignVCenter),
                               {}});
        y += lineH;
    }
    return y - r.top();
}

void DisplayScene::image(const QRectF& r, const QImage& image)
{
    m_items.push_back({Kind::Image, r, {}, 0, {}, {}, 0, image});
}

void DisplayScene::paint(QPainter& p) const
{
    for (const Item& i : m_items) {
        switch (i.kind) {
        case Kind::Fill:
            p.setPen(Qt::NoPen);
            p.setBrush(i.color);
            if (i.radius > 0)
                p.drawRoundedRect(i.rect, i.radius, i.radius);
            else
                p.drawRect(i.rect);
            break;
        case Kind::Text:
            p.setFont(i.font);
            p.setPen(i.color);
            p.drawText(i.rect, i.flags, i.text);
            break;
        case Kind::Image:
            p.drawImage(i.rect, i.image);
            break;
        }
    }
}

QStringList DisplayScene::texts() const
{
    QStringList out;
    for (const Item& i : m_items) {
        if (i.kind == Kind::Text)
            out << i.text;
    }
    return out;
}

std::vector<std::pair<QString, QRectF>> DisplayScene::textBoxes() const
{
    std::vector<std::pair<QString, QRectF>> out;
    for (const Item& i : m_items) {
        if (i.kind != Kind::Text)
            continue;
        // The line as painted, not the box it was given.
        const QFontMetricsF fm(i.font);
        const double w = std::min(i.rect.width(), fm.horizontalAdvance(i.text));
        const double h = std::min(i.rect.height(), fm.height());
        double x = i.rect.left();
        if (i.flags & Qt::AlignRight)
            x = i.rect.right() - w;
        else if (i.flags & Qt::AlignHCenter)
            x = i.rect.center().x() - w / 2;
        double y = i.rect.center().y() - h / 2;
        if (i.flags & Qt::AlignTop)
            y = i.rect.top();
        else if (i.flags & Qt::AlignBottom)
            y = i.rect.bottom() - h;
        out.emplace_back(i.text, QRectF(x, y, w, h));
    }
    return out;
}

QRectF DisplayScene::bounds() const
{
    QRectF out;
    for (const Item& i : m_items)
        out = out.isNull() ? i.rect : out.united(i.rect);
    return out;
}

int DisplayScene::largestFontPx() const
{
    int out = 0;
    for (const Item& i : m_items) {
        if (i.kind == Kind::Text)
            out = std::max(out, i.font.pixelSize());
    }
    return out;
}

QString DisplayFormat::pay(double min, double max, const QString& unit)
{
    // As posted, to the fen: 2.25 stays 2.25 (rounding it up would promise more pay).
    const auto number = [](double v) {
        return QString::number(std::round(v * 100) / 100, 'g', 12);
    };
    QString amount;
    if (min > 0 && max > 0 && min != max)
        amount = number(min) + QStringLiteral("–") + number(max);
    else if (std::max(min, max) > 0)
        amount = number(std::max(min, max));
    else
        return tr("Pay negotiable");
    if (unit == QLatin1String("hour"))
        return tr("%1 yuan/hour").arg(amount);
    if (unit == QLatin1String("month"))
        return tr("%1 yuan/month").arg(amount);
    if (unit == QLatin1String("piece"))
        return tr("%1 yuan/piece").arg(amount);
    if (unit == QLatin1String("project"))
        return tr("%1 yuan/project").arg(amount);
    return tr("%1 yuan/day").arg(amount);
}

QString DisplayFormat::perDay(double yuan)
{
    return tr("%1 yuan/day").arg(qint64(std::lround(yuan)));
}

QString DisplayFormat::settlement(const QString& code)
{
    if (code == QLatin1String("daily"))
        return tr("Daily");
    if (code == QLatin1String("weekly"))
        return tr("Weekly");
    if (code == QLatin1String("monthly"))
        return tr("Monthly");
    if (code == QLatin1String("on_completion"))
        return tr("At the end");
    return {};
}

QString DisplayFormat::headcount(int n)
{
    return tr("%n people", nullptr, std::max(1, n));
}

QString DisplayFormat::shortDistrict(const QString& district, const QString& hallDistrict)
{
    return Places::guangxi().shortName(district, hallDistrict);
}

QString DisplayFormat::date(const QDate& d)
{
    return QLocale().toString(d, tr("dddd, d MMMM yyyy"));
}

QString DisplayFormat::monthDay(const QDate& d)
{
    return QLocale().toString(d, tr("d MMMM"));
}

QString DisplayFormat::identity()
{
    return tr("Guangxi Gig Market");
}

} // namespace lingong
