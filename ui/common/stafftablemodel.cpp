#include "stafftablemodel.h"

#include <QCollator>

#include <algorithm>
#include <numeric>

namespace lingong {

StaffTableModel::StaffTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void StaffTableModel::setColumns(std::vector<Column> columns)
{
    beginResetModel();
    m_columns = std::move(columns);
    if (m_sortColumn >= int(m_columns.size()))
        m_sortColumn = -1;
    arrange();
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
    m_given.resize(m_rows.size());
    std::iota(m_given.begin(), m_given.end(), size_t(0));
    arrange();
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
    if (orientation != Qt::Horizontal || section < 0 || section >= int(m_columns.size()))
        return {};
    if (role == Qt::InitialSortOrderRole)
        return m_columns[size_t(section)].firstOrder;
    if (role != Qt::DisplayRole)
        return {};
    return m_columns[size_t(section)].title;
}

void StaffTableModel::sort(int column, Qt::SortOrder order)
{
    const int chosen = column >= 0 && column < int(m_columns.size()) ? column : -1;
    if (chosen == m_sortColumn && (chosen < 0 || order == m_sortOrder))
        return;
    m_sortColumn = chosen;
    m_sortOrder = order;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // The selection and current row follow their entity.
    const QModelIndexList before = persistentIndexList();
    QStringList ids;
    for (const QModelIndex& i : before)
        ids << (i.isValid() ? m_rows[size_t(i.row())].id : QString());
    arrange();
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = ids[i].isEmpty() ? -1 : rowOf(ids[i]);
        after << (row < 0 ? QModelIndex() : index(row, before[i].column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void StaffTableModel::arrange()
{
    const size_t n = m_rows.size();
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), size_t(0));
    if (m_sortColumn < 0) {
        std::sort(order.begin(), order.end(),
                  [this](size_t a, size_t b) { return m_given[a] < m_given[b]; });
    } else {
        const Column& column = m_columns[size_t(m_sortColumn)];
        std::vector<QVariant> keys(n);
        for (size_t i = 0; i < n; ++i)
            keys[i] = column.sortKey ? column.sortKey(m_rows[i]) : QVariant(column.text(m_rows[i]));
        QCollator words; // the language's order: Chinese by pinyin
        words.setNumericMode(true);
        const auto missing = [](const QVariant& k) {
            return !k.isValid() || k.isNull() ||
                   (k.typeId() == QMetaType::QString && k.toString().isEmpty());
        };
        const auto less = [&](size_t a, size_t b) {
            const QVariant& x = keys[a];
            const QVariant& y = keys[b];
            if (missing(x) || missing(y))
                return missing(x) == missing(y) ? m_given[a] < m_given[b] : missing(y);
            int c = 0;
            if (x.typeId() == QMetaType::QString && y.typeId() == QMetaType::QString) {
                c = words.compare(x.toString(), y.toString());
            } else {
                const QPartialOrdering o = QVariant::compare(x, y);
                c = o == QPartialOrdering::Less ? -1 : o == QPartialOrdering::Greater ? 1 : 0;
            }
            if (c == 0)
                return m_given[a] < m_given[b];
            return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
        };
        std::sort(order.begin(), order.end(), less);
    }
    std::vector<StoredEntity> rows;
    std::vector<size_t> given;
    rows.reserve(n);
    given.reserve(n);
    for (size_t i : order) {
        rows.push_back(std::move(m_rows[i]));
        given.push_back(m_given[i]);
    }
    m_rows = std::move(rows);
    m_given = std::move(given);
}

} // namespace lingong
