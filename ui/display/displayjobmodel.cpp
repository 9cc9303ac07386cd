#include "displayjobmodel.h"

#include "displayscene.h"

namespace lingong {

DisplayJobModel::DisplayJobModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void DisplayJobModel::setJobs(std::vector<StoredEntity> jobs)
{
    beginResetModel();
    m_jobs = std::move(jobs);
    endResetModel();
}

void DisplayJobModel::setNames(std::function<QString(const QString&)> names)
{
    beginResetModel();
    m_names = std::move(names);
    endResetModel();
}

int DisplayJobModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int DisplayJobModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DisplayJobModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || role != Qt::DisplayRole)
        return {};
    const QJsonObject& d = m_jobs[size_t(index.row())].data;
    const auto text = [&d](const char* key) { return d.value(QLatin1String(key)).toString(); };
    switch (index.column()) {
    case Title:
        return text("title");
    case Occupation:
        return m_names ? m_names(text("occupation")) : text("occupation");
    case Pay: {
        const QJsonObject pay = d.value(QLatin1String("pay")).toObject();
        return DisplayFormat::pay(pay.value(QLatin1String("min")).toDouble(),
                                  pay.value(QLatin1String("max")).toDouble(),
                                  pay.value(QLatin1String("unit")).toString());
    }
    case District:
        return DisplayFormat::shortDistrict(d.value(QLatin1String("location"))
                                                .toObject()
                                                .value(QLatin1String("district"))
                                                .toString(),
                                            m_home);
    case Settlement:
        return DisplayFormat::settlement(text("settlement"));
    case Headcount:
        return DisplayFormat::headcount(d.value(QLatin1String("headcount")).toInt());
    default:
        return {};
    }
}

QVariant DisplayJobModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Job");
    case Occupation:
        return tr("Trade");
    case Pay:
        return tr("Pay");
    case District:
        return tr("Where");
    case Settlement:
        return tr("Settlement");
    case Headcount:
        return tr("People");
    default:
        return {};
    }
}

} // namespace lingong
