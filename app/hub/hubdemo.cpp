#include "hubdemo.h"

#include <QSet>

namespace lingong {

Result<int> seedHubDemo(HubStore& store, const DemoData& demo, int jobs)
{
    const QString upsert = QStringLiteral("upsert");
    const QString employerEntity = QStringLiteral("employer");
    const QString jobEntity = QStringLiteral("job");
    std::vector<HubStore::Publication> employers;
    std::vector<HubStore::Publication> items;
    QSet<QString> wantedEmployers;
    for (int i = 0; i < jobs; ++i) {
        const QString id = DemoData::jobId(i);
        auto seq = store.currentSeq(jobEntity, id);
        if (!seq.ok())
            return seq.error();
        if (seq.value() > 0)
            continue;
        const QJsonObject job = demo.job(i);
        wantedEmployers.insert(job.value(QLatin1String("employer_id")).toString());
        items.push_back({jobEntity, id, upsert, job});
    }
    for (int e = 0; e < DemoData::employerCount(); ++e) {
        const QString id = DemoData::employerId(e);
        if (!wantedEmployers.contains(id))
            continue;
        auto seq = store.currentSeq(employerEntity, id);
        if (!seq.ok())
            return seq.error();
        if (seq.value() == 0)
            employers.push_back({employerEntity, id, upsert, demo.employer(e)});
    }
    // Employers first, so a client that applies the log in order never sees a job before the
    // employer it names (the protocol allows that, but the demo need not show it).
    employers.insert(employers.end(), items.begin(), items.end());
    if (employers.empty())
        return 0;
    auto last = store.publishAll(employers, QStringLiteral("platform"));
    if (!last.ok())
        return last.error();
    return int(employers.size());
}

} // namespace lingong
