#include "options.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QStandardPaths>

namespace lingong {

QString OptionParser::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Kiosk:
        return QStringLiteral("kiosk");
    case Mode::Staff:
        return QStringLiteral("staff");
    case Mode::Display:
        return QStringLiteral("display");
    case Mode::Hub:
        return QStringLiteral("hub");
    }
    return {};
}

QString OptionParser::defaultDatabasePath(Mode mode)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1Char('/') +
           modeName(mode) + QStringLiteral(".sqlite");
}

Result<Options> OptionParser::parse(const QStringList& arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Lingong Hall: the integrated terminal of a Guangxi gig-labour market hall."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help and exit."));
    const QCommandLineOption version(QStringLiteral("version"), tr("Show the version and exit."));
    const QCommandLineOption mode(QStringLiteral("mode"),
                                  tr("Mode: kiosk, staff, display or hub (default kiosk)."),
                                  QStringLiteral("mode"), QStringLiteral("kiosk"));
    const QCommandLineOption db(QStringLiteral("db"),
                                tr("SQLite database file (default: per-user data folder)."),
                                QStringLiteral("path"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  tr("User interface language: zh_CN (default) or en."),
                                  QStringLiteral("lang"), QStringLiteral("zh_CN"));
    const QCommandLineOption windowed(QStringLiteral("windowed"),
                                      tr("Run kiosk and display in a window, not full-screen."));
    const QCommandLineOption seed(
        QStringLiteral("seed-demo"),
        tr("Create or top up the demo data with N jobs (default %1), then continue. Hub: "
           "top up the hub's change log to N demo jobs, with their employers.")
            .arg(kDefaultDemoJobs),
        QStringLiteral("N"));
    const QCommandLineOption config(QStringLiteral("config"), tr("Configuration file (JSON)."),
                                    QStringLiteral("path"));
    const QCommandLineOption shots(QStringLiteral("screenshots"),
                                   tr("Render every main screen to PNG files in DIR and exit."),
                                   QStringLiteral("DIR"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  tr("Window or screenshot size, e.g. 1920x1080 or 1080x1920."),
                                  QStringLiteral("WxH"));
    const QCommandLineOption listen(
        QStringLiteral("listen"),
        tr("Hub: address and port to listen on (default 127.0.0.1:8470)."),
        QStringLiteral("ADDR:PORT"));
    const QCommandLineOption tokens(
        QStringLiteral("tokens"),
        tr("Hub (required): token file, one 'token scope device_id' per line, "
           "scope public or staff."),
        QStringLiteral("FILE"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"),
                                     tr("Hub: serve https with this PEM certificate."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"),
                                    tr("Hub: the PEM private key of --tls-cert."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption syncNow(
        QStringLiteral("sync-now"),
        tr("Sync the store with the platform named in the configuration once, then exit "
           "(exit code 0 when everything went through)."));
    p.addOptions({help, version, mode, db, lang, windowed, seed, config, shots, size, listen,
                  tokens, tlsCert, tlsKey, syncNow});

    // --seed-demo takes an optional count: a bare "--seed-demo" gets the default.
    QStringList args = arguments;
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--seed-demo") &&
            (i + 1 >= args.size() || args.at(i + 1).startsWith(QLatin1Char('-'))))
            args.insert(i + 1, QString::number(kDefaultDemoJobs));
    }
    Options o;
    o.helpText = p.helpText();
    if (!p.parse(args))
        return makeError(QStringLiteral("invalid"), p.errorText());
    o.showHelp = p.isSet(help);
    o.showVersion = p.isSet(version);

    const QString m = p.value(mode);
    if (m == QLatin1String("kiosk"))
        o.mode = Mode::Kiosk;
    else if (m == QLatin1String("staff"))
        o.mode = Mode::Staff;
    else if (m == QLatin1String("display"))
        o.mode = Mode::Display;
    else if (m == QLatin1String("hub"))
        o.mode = Mode::Hub;
    else
        return makeError(QStringLiteral("invalid"),
                         tr("Unknown mode '%1': use kiosk, staff, display or hub.").arg(m),
                         QStringLiteral("mode"));

    o.lang = p.value(lang);
    if (o.lang != QLatin1String("zh_CN") && o.lang != QLatin1String("en"))
        return makeError(QStringLiteral("invalid"),
                         tr("Unknown language '%1': use zh_CN or en.").arg(o.lang),
                         QStringLiteral("lang"));
    o.dbPath = p.value(db);
    o.windowed = p.isSet(windowed);
    o.configPath = p.value(config);
    o.screenshotsDir = p.value(shots);
    if (p.isSet(seed)) {
        bool ok = false;
        const int n = p.value(seed).toInt(&ok);
        if (!ok || n < 0 || n > 10'000'000)
            return makeError(QStringLiteral("invalid"),
                             tr("--seed-demo needs a count between 0 and 10000000."),
                             QStringLiteral("seed-demo"));
        o.seedDemo = n;
    }
    if (p.isSet(size)) {
        static const QRegularExpression re(QStringLiteral("^(\\d{3,5})x(\\d{3,5})$"));
        const auto match = re.match(p.value(size));
        if (!match.hasMatch())
            return makeError(QStringLiteral("invalid"), tr("--size must look like 1920x1080."),
                             QStringLiteral("size"));
        o.size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    }
    if (p.isSet(listen))
        o.listen = p.value(listen);
    o.tokensFile = p.value(tokens);
    o.syncNow = p.isSet(syncNow);
    o.tlsCertFile = p.value(tlsCert);
    o.tlsKeyFile = p.value(tlsKey);
    if (o.tlsCertFile.isEmpty() != o.tlsKeyFile.isEmpty())
        return makeError(QStringLiteral("invalid"), tr("--tls-cert and --tls-key go together."),
                         QStringLiteral("tls-cert"));
    return o;
}

std::optional<int> OptionParser::demoJobsToSeed(const Options& options, bool syncs, qint64 liveJobs)
{
    if (options.seedDemo)
        return options.seedDemo;
    if (options.mode == Mode::Kiosk && !options.syncNow && !syncs && liveJobs == 0)
        return kDefaultDemoJobs;
    return std::nullopt;
}

} // namespace lingong
