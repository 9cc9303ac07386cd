#pragma once

#include "entitystore.h"

#include <QAbstractTableModel>

#include <functional>
#include <vector>

namespace lingong {

// A read-only table over stored entities for the service window's lists. Each column says how to
// show a row; an optional row style colours whole rows (e.g. overdue requests). Qt::UserRole of
// any cell is the entity id.
//
// sort() orders the rows themselves (entity(row) is the row shown): by a column's sort key when
// it has one (numbers, dates), else by its text as the language orders words; rows with nothing
// to sort by go last either way, and equal rows keep the order they were given in. Column -1 is
// the order they were given in (a ranking, the newest first). setRows() keeps the sort chosen.
class StaffTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Tooltips of cells longer than this many characters are paragraphs, wrapped.
    static constexpr int kPlainToolTip = 40;

    struct Column
    {
        using Text = std::function<QString(const StoredEntity&)>;
        using Key = std::function<QVariant(const StoredEntity&)>;

        // `firstOrder`: the order a first click on the header sorts in (the highest pay first).
        Column(QString title, Text text, Key sortKey = {},
               Qt::SortOrder firstOrder = Qt::AscendingOrder)
            : title(std::move(title))
            , text(std::move(text))
            , sortKey(std::move(sortKey))
            , firstOrder(firstOrder)
        {}

        QString title;
        Text text;
        Key sortKey; // none: the text; an invalid or empty key sorts last
        Qt::SortOrder firstOrder;
    };
    // Returns the value for Qt::BackgroundRole / Qt::ForegroundRole / Qt::FontRole, or {}.
    using RowStyle = std::function<QVariant(const StoredEntity&, int role)>;

    explicit StaffTableModel(QObject* parent = nullptr);

    void setColumns(std::vector<Column> columns);
    void setRowStyle(RowStyle style);
    void setRows(std::vector<StoredEntity> rows);

    const StoredEntity* entity(int row) const;
    const std::vector<StoredEntity>& rows() const { return m_rows; }
    // -1 when not listed.
    int rowOf(const QString& id) const;

    int sortColumn() const { return m_sortColumn; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    // Puts m_rows (and m_given with them) in the order chosen.
    void arrange();

    std::vector<Column> m_columns;
    RowStyle m_style;
    std::vector<StoredEntity> m_rows;
    std::vector<size_t> m_given; // each row's place in the order setRows() had
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace lingong
