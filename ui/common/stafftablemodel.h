#pragma once

#include "entitystore.h"

#include <QAbstractTableModel>

#include <functional>
#include <vector>

namespace lingong {

// A read-only table over stored entities for the service window's lists. Each column says how to
// show a row; an optional row style colours whole rows (e.g. overdue requests). Qt::UserRole of
// any cell is the entity id.
class StaffTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Tooltips of cells longer than this many characters are paragraphs, wrapped.
    static constexpr int kPlainToolTip = 40;

    struct Column
    {
        QString title;
        std::function<QString(const StoredEntity&)> text;
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

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<Column> m_columns;
    RowStyle m_style;
    std::vector<StoredEntity> m_rows;
};

} // namespace lingong
