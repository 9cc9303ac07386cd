#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

class QGridLayout;
class QPushButton;

namespace lingong {

// A group of large toggle chips in a grid, for tapping choices instead of typing: one choice
// (exclusive) or several. Each chip is a checkable button named <prefix>_<key>.
//
// An exclusive group always has exactly one chip on once a choice was made; tapping the chip
// that is on leaves it on.
class TouchChipGroup final : public QWidget
{
    Q_OBJECT
public:
    explicit TouchChipGroup(const QString& prefix, bool exclusive, int columns,
                            QWidget* parent = nullptr);

    void addChip(const QString& key, const QString& label);
    // Removes every chip.
    void clearChips();
    QStringList keys() const;

    QStringList selectedKeys() const;
    // The one key that is on (exclusive groups), or an empty string.
    QString selectedKey() const;
    void setSelectedKeys(const QStringList& keys);
    void clearSelection();

    void setColumns(int columns);
    QPushButton* chip(const QString& key) const;

signals:
    void selectionChanged();
    // A chip was tapped (after the selection changed).
    void chipTapped(const QString& key);

private:
    void relayout();

    QString m_prefix;
    bool m_exclusive;
    int m_columns;
    QGridLayout* m_grid = nullptr;
    QList<QPushButton*> m_chips;
};

} // namespace lingong
