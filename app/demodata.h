#pragma once

#include "entitystore.h"

#include <QJsonObject>

namespace lingong {

// Deterministic, realistic demo data for a hall in Nanning, Guangxi: employers, jobs across the
// trades of the occupation list with fitting pay units and ranges, content (policies, trainings,
// institutions, entrepreneurship services, rights channels, the market's directory entry) and a
// handful of seekers and applications.
//
// Job i is a pure function of (seed, i, the clock's date), so the same call on the same day gives
// byte-identical rows, and topping up from N to M adds exactly jobs N..M-1.
class DemoData final
{
public:
    explicit DemoData(EntityStore& store, quint64 seed = 20261122);

    // Ensures the store holds at least `jobs` demo jobs (and the fixed employers, content,
    // seekers). Rows are written without outbox entries: demo data is never sent to the platform.
    // `progress`, if set, is called after each batch with the number of jobs written so far.
    Status seed(int jobs, const std::function<void(int)>& progress = {});

    // Pure generators, for tests and benchmarks.
    QJsonObject job(int index) const;
    static QString jobId(int index);
    static int employerCount();
    QJsonObject employer(int index) const;
    static QString employerId(int index);

    // Districts of the demo city (南宁市 and its counties).
    static QStringList districts();

private:
    Status seedFixed();
    Status seedActivity(int jobs);
    EntityStore& m_store;
    quint64 m_seed;
};

} // namespace lingong
