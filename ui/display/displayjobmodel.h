#pragma once

#include "entitystore.h"

#include <QAbstractTableModel>

#include <functional>
#include <vector>

namespace lingong {

// Open jobs as the wall screen's table shows them: one row per job, display texts only.
class DisplayJobModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Title,
        Occupation,
        Pay,
        District,
        Settlement,
        Headcount,
        ColumnCount
    };

    explicit DisplayJobModel(QObject* parent = nullptr);

    void setJobs(std::vector<StoredEntity> jobs);
    // How a trade's stored (Chinese) name is shown: in the interface's language.
    void setNames(std::function<QString(const QString&)> names);
    // The hall's district: places in its city are shown without the city.
    void setHome(const QString& hallDistrict) { m_home = hallDistrict; }
    const StoredEntity& job(int row) const { return m_jobs.at(size_t(row)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<StoredEntity> m_jobs;
    QString m_home;
    std::function<QString(const QString&)> m_names;
};

} // namespace lingong
