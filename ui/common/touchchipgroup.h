#pragma once

#include <QList>
#include <QPixmap>
#include <QStringList>
#include <QWidget>

#include <vector>

class QPushButton;

namespace lingong {

// A group of large toggle chips in a grid, for tapping choices instead of typing: one choice
// (exclusive) or several. Each chip is a checkable button named <prefix>_<key>.
//
// Chips fill rows of at most the columns asked for, each at least as wide as its words; a row
// takes fewer when they would not fit (large text, longer English words), so chips wrap onto
// more rows instead of being cut. Every row fills the group's width.
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

    // In the order they were tapped (or given to setSelectedKeys): the first is the one wanted
    // most.
    QStringList selectedKeys() const;
    // The one key that is on (exclusive groups), or an empty string.
    QString selectedKey() const;
    void setSelectedKeys(const QStringList& keys);
    void clearSelection();

    // The most chips to a row; fewer are used when the group is too narrow for them.
    void setColumns(int columns);
    QPushButton* chip(const QString& key) const;
    // A picture before a chip's words, at the picture's own (device-independent) size; shown
    // while every chip of the group has room for its own in the grid.
    void setChipIcon(const QString& key, const QPixmap& picture);
    // Words a chip says for now (the group makes room for them).
    void setChipText(const QString& key, const QString& text);
    // A chip left out for now (a choice that today says nothing the others do not): not shown,
    // no room kept for it, and no longer chosen.
    void setChipShown(const QString& key, bool shown);
    // Marks the chip chosen first (the one wanted most) with `mark` in its top left corner (a
    // label named "chipMark"), its size unchanged; "" for none.
    void setFirstMark(const QString& mark);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

signals:
    void selectionChanged();
    // A chip was tapped (after the selection changed).
    void chipTapped(const QString& key);

protected:
    bool event(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void relayout();
    void fitPictures();
    // The chips of each row at `width`, by index.
    std::vector<std::vector<int>> rowsAt(int width) const;
    int chipHeight() const;
    // How far the first choice's mark reaches past a chip's own margin, on a 1920 panel.
    static constexpr int kMarkRoom = 22;
    QList<QPushButton*> shownChips() const;

    QString m_prefix;
    bool m_exclusive;
    int m_columns;
    // The chips' own sizes at the last layout: when they change, so may the group's height.
    std::vector<QSize> m_chipSizes;
    QList<QPushButton*> m_chips;
    QStringList m_order; // keys in the order they were chosen
    QString m_firstMark;
    void markFirst();
};

} // namespace lingong
