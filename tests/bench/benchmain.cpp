#include "bench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>

namespace lingong::bench {

std::vector<Section>& sections()
{
    static std::vector<Section> list;
    return list;
}

namespace {
qint64 statusKb(const char* key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qsizetype(qstrlen(key))).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}
} // namespace

qint64 peakRssKb()
{
    return statusKb("VmHWM:");
}

qint64 currentRssKb()
{
    return statusKb("VmRSS:");
}

} // namespace lingong::bench

int main(int argc, char** argv)
{
    using namespace lingong::bench;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Lingong Hall benchmarks: prints one JSON object."));
    p.addHelpOption();
    const QCommandLineOption jobs(QStringLiteral("jobs"),
                                  QStringLiteral("Jobs in the benchmark store (default 1000000)."),
                                  QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption dir(QStringLiteral("dir"),
                                 QStringLiteral("Work folder (default: a fresh temporary folder)."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption section(QStringLiteral("section"),
                                     QStringLiteral("Run only this section (repeatable)."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption keep(
        QStringLiteral("keep"),
        QStringLiteral("Search: reuse the store an earlier run left in --dir with the same --jobs "
                       "instead of seeding a fresh one (seed figures are then absent)."));
    p.addOptions({jobs, dir, section, keep});
    p.process(app);

    BenchArgs args;
    args.jobs = p.value(jobs).toInt();
    args.sections = p.values(section);
    args.keep = p.isSet(keep);
    QTemporaryDir tmp;
    args.workDir = p.isSet(dir) ? p.value(dir) : tmp.path();

    QJsonObject out;
    for (const Section& s : sections()) {
        if (!args.sections.isEmpty() && !args.sections.contains(QLatin1String(s.name)))
            continue;
        QTextStream(stderr) << "running " << s.name << Qt::endl;
        out.insert(QLatin1String(s.name), s.run(args));
    }
    out.insert(QStringLiteral("peak_rss_kb"), peakRssKb());
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Indented);
    return 0;
}
