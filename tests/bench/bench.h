#pragma once

// lingong-bench: sections register themselves; main runs the ones asked for and prints one JSON
// object {"section": {...}, ...}.

#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <vector>

namespace lingong::bench {

struct BenchArgs
{
    int jobs = 1'000'000; // --jobs N
    QString workDir;      // --dir DIR (fresh temporary folder by default)
    QStringList sections; // --section NAME (repeatable; default all)
    bool keep = false;    // --keep: reuse a store an earlier run left in --dir (no seeding)
};

struct Section
{
    const char* name;
    std::function<QJsonObject(const BenchArgs&)> run;
};

std::vector<Section>& sections();

struct Register
{
    Register(const char* name, std::function<QJsonObject(const BenchArgs&)> run)
    {
        sections().push_back({name, std::move(run)});
    }
};

// Peak resident set size of this process in KiB (VmHWM) and current RSS (VmRSS).
qint64 peakRssKb();
qint64 currentRssKb();

} // namespace lingong::bench
