#include "touchchipgroup.h"

#include "kioskstyle.h"

#include <QEvent>
#include <QIcon>
#include <QLabel>
#include <QPainter>
#include <QPushButton>

#include <algorithm>
#include <vector>

namespace lingong {

namespace {
// The room between chips on this panel.
int spacing()
{
    return KioskStyle::px(12);
}
} // namespace

TouchChipGroup::TouchChipGroup(const QString& prefix, bool exclusive, int columns, QWidget* parent)
    : QWidget(parent)
    , m_prefix(prefix)
    , m_exclusive(exclusive)
    , m_columns(std::max(1, columns))
{
    setObjectName(prefix + QStringLiteral("Chips"));
    // Preferred, not Fixed: a fixed height would be capped at the size hint's, one row per
    // m_columns chips, and cut off rows that a narrower width needs.
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void TouchChipGroup::addChip(const QString& key, const QString& label)
{
    auto* b = KioskStyle::button(label, "chip", m_prefix + QLatin1Char('_') + key, this);
    b->setCheckable(true);
    b->setProperty("chipKey", key);
    b->setProperty("chipLabel", label);
    connect(b, &QPushButton::clicked, this, [this, b, key](bool checked) {
        if (m_exclusive) {
            // Tapping the chip that is on keeps it on: an exclusive choice is never undone.
            b->setChecked(true);
            for (QPushButton* other : std::as_const(m_chips)) {
                if (other != b)
                    other->setChecked(false);
            }
        } else {
            b->setChecked(checked);
        }
        m_order.removeAll(key);
        if (checked)
            m_order << key;
        markFirst();
        emit selectionChanged();
        emit chipTapped(key);
    });
    b->show();
    m_chips << b;
    relayout();
}

void TouchChipGroup::clearChips()
{
    for (QPushButton* b : std::as_const(m_chips)) {
        b->hide();
        b->deleteLater();
    }
    m_chips.clear();
    relayout();
}

void TouchChipGroup::setChipIcon(const QString& key, const QPixmap& picture)
{
    QPushButton* b = chip(key);
    if (!b)
        return;
    // With a transparent strip on its right: a gap before the words.
    const QSize side = picture.deviceIndependentSize().toSize();
    const int gap = KioskStyle::px(10);
    const qreal dpr = picture.devicePixelRatio();
    QPixmap padded(QSize(side.width() + gap, side.height()) * dpr);
    padded.setDevicePixelRatio(dpr);
    padded.fill(Qt::transparent);
    {
        QPainter p(&padded);
        p.drawPixmap(0, 0, picture);
    }
    b->setProperty("chipPicture", QIcon(padded));
    b->setIcon(QIcon(padded));
    b->setIconSize(padded.deviceIndependentSize().toSize());
    updateGeometry();
    relayout();
}

void TouchChipGroup::fitPictures()
{
    // Pictures are shown when every chip has room for its picture in the grid, and in a group
    // that marks its first choice room beside it for the mark in the corner; else none is, so
    // that no chip leaves its row or moves from under a finger for a picture (a landscape
    // screen's many columns).
    const QList<QPushButton*> chips = shownChips();
    const int columns = std::min(m_columns, int(chips.size()));
    if (columns == 0 || width() <= 0)
        return;
    int widest = 0;
    bool any = false;
    for (QPushButton* b : chips) {
        const QIcon picture = b->property("chipPicture").value<QIcon>();
        int w = b->sizeHint().width();
        if (!picture.isNull()) {
            any = true;
            // QPushButton makes room for an icon and 4 pixels beside it.
            if (b->icon().isNull())
                w += b->iconSize().width() + 4;
        }
        // The words and picture are centred: the mark's width beyond the chip's own margin, on
        // both sides.
        if (!m_firstMark.isEmpty())
            w += 2 * KioskStyle::px(kMarkRoom);
        widest = std::max(widest, w);
    }
    if (!any)
        return;
    // Showing or dropping them changes neither the rows (they are shown only while the grid
    // holds every chip with its picture) nor a chip's height (a picture is lower than a touch
    // target): no scroll bar comes or goes with them, and the group's width stays as it is.
    const bool room = columns * widest + (columns - 1) * spacing() <= width();
    for (QPushButton* b : chips) {
        const QIcon picture = b->property("chipPicture").value<QIcon>();
        if (picture.isNull() || b->icon().isNull() == !room)
            continue;
        b->setIcon(room ? picture : QIcon());
    }
}

QStringList TouchChipGroup::keys() const
{
    QStringList out;
    for (QPushButton* b : m_chips)
        out << b->property("chipKey").toString();
    return out;
}

QStringList TouchChipGroup::selectedKeys() const
{
    QStringList out;
    for (const QString& key : m_order) {
        if (QPushButton* b = chip(key); b && b->isChecked())
            out << key;
    }
    for (QPushButton* b : m_chips) {
        if (b->isChecked() && !out.contains(b->property("chipKey").toString()))
            out << b->property("chipKey").toString();
    }
    return out;
}

QString TouchChipGroup::selectedKey() const
{
    const QStringList keys = selectedKeys();
    return keys.isEmpty() ? QString() : keys.first();
}

void TouchChipGroup::setSelectedKeys(const QStringList& keys)
{
    m_order = keys;
    bool changed = false;
    for (QPushButton* b : std::as_const(m_chips)) {
        const bool on = keys.contains(b->property("chipKey").toString()) &&
                        (!m_exclusive || b->property("chipKey").toString() == keys.first());
        if (b->isChecked() != on) {
            b->setChecked(on);
            changed = true;
        }
    }
    markFirst();
    if (changed)
        emit selectionChanged();
}

void TouchChipGroup::clearSelection()
{
    setSelectedKeys({});
}

void TouchChipGroup::setColumns(int columns)
{
    columns = std::max(1, columns);
    if (columns == m_columns)
        return;
    m_columns = columns;
    updateGeometry();
    relayout();
}

QPushButton* TouchChipGroup::chip(const QString& key) const
{
    for (QPushButton* b : m_chips) {
        if (b->property("chipKey").toString() == key)
            return b;
    }
    return nullptr;
}

std::vector<std::vector<int>> TouchChipGroup::rowsAt(int width) const
{
    // As many chips to a row as fit at their own width, at most m_columns.
    std::vector<std::vector<int>> rows;
    int used = 0;
    const QList<QPushButton*> chips = shownChips();
    for (int i = 0; i < int(chips.size()); ++i) {
        const int w = chips.at(i)->sizeHint().width();
        const bool fits =
            !rows.empty() && int(rows.back().size()) < m_columns && used + spacing() + w <= width;
        if (fits) {
            rows.back().push_back(i);
            used += spacing() + w;
        } else {
            rows.push_back({i});
            used = w;
        }
    }
    return rows;
}

QList<QPushButton*> TouchChipGroup::shownChips() const
{
    QList<QPushButton*> out;
    for (QPushButton* b : m_chips) {
        if (!b->isHidden())
            out << b;
    }
    return out;
}

void TouchChipGroup::setChipShown(const QString& key, bool shown)
{
    QPushButton* b = chip(key);
    if (!b || b->isHidden() != shown)
        return;
    b->setVisible(shown);
    if (!shown && b->isChecked()) {
        b->setChecked(false);
        m_order.removeAll(key);
        markFirst();
        emit selectionChanged();
    }
    updateGeometry();
    relayout();
}

int TouchChipGroup::chipHeight() const
{
    int tallest = 0;
    for (QPushButton* b : shownChips())
        tallest = std::max(tallest, b->sizeHint().height());
    return tallest;
}

QSize TouchChipGroup::sizeHint() const
{
    // As wide as a full row wants, no chip narrower than a touch target; as tall as the rows at
    // the width the group has now.
    int wanted = 0;
    int row = 0;
    const QList<QPushButton*> chips = shownChips();
    for (int i = 0; i < int(chips.size()); ++i) {
        row += (i % m_columns ? spacing() : 0) +
               std::max(chips.at(i)->sizeHint().width(), KioskStyle::minTarget());
        wanted = std::max(wanted, row);
        if ((i + 1) % m_columns == 0)
            row = 0;
    }
    return {wanted, heightForWidth(wanted)};
}

QSize TouchChipGroup::minimumSizeHint() const
{
    // As narrow as the widest chip; the height then comes from heightForWidth.
    int widest = 0;
    for (QPushButton* b : shownChips())
        widest = std::max(widest, b->sizeHint().width());
    return {widest, chipHeight()};
}

int TouchChipGroup::heightForWidth(int width) const
{
    if (shownChips().isEmpty())
        return 0;
    const int rows = int(rowsAt(width).size());
    return rows * chipHeight() + (rows - 1) * spacing();
}

bool TouchChipGroup::event(QEvent* event)
{
    // A chip whose words or font changed asks its parent to lay out again; a group that was
    // hidden meanwhile (another step of a form) was not asked, so it looks again when shown.
    if (event->type() == QEvent::LayoutRequest || event->type() == QEvent::Show)
        relayout();
    return QWidget::event(event);
}

void TouchChipGroup::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void TouchChipGroup::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // Larger text makes wider chips: the rows are made again.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        relayout();
}

void TouchChipGroup::setChipText(const QString& key, const QString& text)
{
    if (QPushButton* b = chip(key); b && b->text() != text) {
        b->setText(text);
        relayout();
    }
}

void TouchChipGroup::setFirstMark(const QString& mark)
{
    m_firstMark = mark;
    markFirst();
}

void TouchChipGroup::markFirst()
{
    // A group that marks nothing, and never did: its chips as they are.
    if (m_firstMark.isEmpty() && !findChild<QLabel*>(QStringLiteral("chipMark")))
        return;
    const QStringList chosen = m_firstMark.isEmpty() ? QStringList() : selectedKeys();
    const QString first = chosen.isEmpty() ? QString() : chosen.first();
    for (QPushButton* b : std::as_const(m_chips)) {
        const bool on = b->property("chipKey").toString() == first;
        auto* mark = b->findChild<QLabel*>(QStringLiteral("chipMark"), Qt::FindDirectChildrenOnly);
        if (on && !mark) {
            // In the chip's top left corner, above its words and picture: the chip keeps its
            // size, so that no chip moves under a finger when the mark comes or goes.
            mark = new QLabel(m_firstMark, b);
            mark->setObjectName(QStringLiteral("chipMark"));
            mark->setProperty("role", QStringLiteral("chipMark"));
            mark->setAttribute(Qt::WA_TransparentForMouseEvents);
            mark->setAlignment(Qt::AlignCenter);
            mark->setGeometry(KioskStyle::px(8), KioskStyle::px(2), KioskStyle::px(27),
                              KioskStyle::px(27));
        }
        if (mark) {
            mark->setText(m_firstMark);
            mark->setVisible(on);
        }
        // Read out with the mark (语音朗读, assistive tools).
        b->setAccessibleName(
            on ? m_firstMark + QLatin1Char(' ') + b->property("chipLabel").toString() : QString());
    }
}

void TouchChipGroup::relayout()
{
    fitPictures();
    const QList<QPushButton*> chips = shownChips();
    std::vector<QSize> sizes;
    for (QPushButton* b : chips)
        sizes.push_back(b->sizeHint());
    if (sizes != m_chipSizes) {
        m_chipSizes = std::move(sizes);
        updateGeometry();
    }
    if (chips.isEmpty() || width() <= 0)
        return;
    const int h = chipHeight();
    // When every chip fits a column of equal width, they line up in a grid: rows of the same
    // length, columns under each other.
    const int n = int(chips.size());
    const int columns = std::min(m_columns, n);
    int widest = 0;
    for (QPushButton* b : chips)
        widest = std::max(widest, b->sizeHint().width());
    if (columns * widest + (columns - 1) * spacing() <= width()) {
        const int w = (width() - (columns - 1) * spacing()) / columns;
        for (int i = 0; i < n; ++i)
            chips.at(i)->setGeometry((i % columns) * (w + spacing()),
                                     (i / columns) * (h + spacing()), w, h);
        return;
    }
    const std::vector<std::vector<int>> rows = rowsAt(width());
    // Each row fills the width: first its chips narrower than a touch target grow towards one
    // (a short label next to a long one is no smaller a target), then the chips share what is
    // left over; the last row of several shares out as much per chip as the row above, so that
    // it does not stretch its few chips.
    const int target = KioskStyle::minTarget();
    int previousExtra = 0;
    for (size_t r = 0; r < rows.size(); ++r) {
        const std::vector<int>& row = rows[r];
        std::vector<int> widths;
        int room = width() - int(row.size() - 1) * spacing();
        int short_ = 0;
        for (int i : row) {
            widths.push_back(chips.at(i)->sizeHint().width());
            room -= widths.back();
            short_ += std::max(0, target - widths.back());
        }
        if (short_ > 0 && room > 0) {
            // All the way when the row has the room, else each in proportion to its shortfall.
            const double share = std::min(1.0, double(room) / short_);
            for (int& w : widths) {
                const int grow = int(std::max(0, target - w) * share);
                w += grow;
                room -= grow;
            }
        }
        // (Negative when a chip alone is wider than the group: it shrinks to fit.)
        int extra = room / int(row.size());
        if (r > 0 && r + 1 == rows.size() && int(row.size()) < int(rows[r - 1].size()))
            extra = std::min(extra, previousExtra);
        previousExtra = extra;
        int x = 0;
        for (size_t k = 0; k < row.size(); ++k) {
            const int w = widths[k] + extra;
            chips.at(row[k])->setGeometry(x, int(r) * (h + spacing()), w, h);
            x += w + spacing();
        }
    }
}

} // namespace lingong
