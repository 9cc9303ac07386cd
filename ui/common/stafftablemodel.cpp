#include "stafftablemodel.h"

namespace lingong {

StaffTableModel::StaffTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void StaffTableModel::setColumns(std::vector<Column> columns)
{
    beginResetModel();
    m_columns = std::move(columns);
    endResetModel();
}

void StaffTableModel::setRowStyle(RowStyle style)
{
    m_style = std::move(style);
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void StaffTableModel::setRows(std::vector<StoredEntity> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const StoredEntity* StaffTableModel::entity(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return nullptr;
    return &m_rows[size_t(row)];
}

int StaffTableModel::rowOf(const QString& id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return int(i);
    return -1;
}

int StaffTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StaffTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant StaffTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StoredEntity& e = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return m_columns[size_t(index.column())].text(e);
    case Qt::ToolTipRole: {
        // A cell cut short is read whole in its tooltip: a long one as a paragraph, which the
        // tooltip wraps rather than run past the window's edge.
        const QString text = m_columns[size_t(index.column())].text(e);
        if (text.size() <= kPlainToolTip)
            return text;
        return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped());
    }
    case Qt::UserRole:
        return e.id;
    case Qt::BackgroundRole:
    case Qt::ForegroundRole:
    case Qt::FontRole:
        return m_style ? m_style(e, role) : QVariant();
    default:
        return {};
    }
}

QVariant StaffTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= int(m_columns.size()))
        return {};
    return m_columns[size_t(section)].title;
}

} // namespace lingong
