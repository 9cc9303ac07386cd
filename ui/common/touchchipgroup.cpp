#include "touchchipgroup.h"

#include "kioskstyle.h"

#include <QGridLayout>
#include <QPushButton>

namespace lingong {

TouchChipGroup::TouchChipGroup(const QString& prefix, bool exclusive, int columns, QWidget* parent)
    : QWidget(parent)
    , m_prefix(prefix)
    , m_exclusive(exclusive)
    , m_columns(std::max(1, columns))
{
    setObjectName(prefix + QStringLiteral("Chips"));
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(12);
}

void TouchChipGroup::addChip(const QString& key, const QString& label)
{
    auto* b = KioskStyle::button(label, "chip", m_prefix + QLatin1Char('_') + key, this);
    b->setCheckable(true);
    b->setProperty("chipKey", key);
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
        emit selectionChanged();
        emit chipTapped(key);
    });
    m_chips << b;
    relayout();
}

void TouchChipGroup::clearChips()
{
    for (QPushButton* b : std::as_const(m_chips)) {
        m_grid->removeWidget(b);
        b->hide();
        b->deleteLater();
    }
    m_chips.clear();
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
    for (QPushButton* b : m_chips) {
        if (b->isChecked())
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
    bool changed = false;
    for (QPushButton* b : std::as_const(m_chips)) {
        const bool on = keys.contains(b->property("chipKey").toString()) &&
                        (!m_exclusive || b->property("chipKey").toString() == keys.first());
        if (b->isChecked() != on) {
            b->setChecked(on);
            changed = true;
        }
    }
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

void TouchChipGroup::relayout()
{
    for (QPushButton* b : std::as_const(m_chips))
        m_grid->removeWidget(b);
    for (qsizetype i = 0; i < m_chips.size(); ++i)
        m_grid->addWidget(m_chips.at(i), int(i) / m_columns, int(i) % m_columns);
    for (int c = 0; c < m_grid->columnCount(); ++c)
        m_grid->setColumnStretch(c, c < m_columns ? 1 : 0);
}

} // namespace lingong
