#include "accounts.h"
#include "config.h"
#include "demodata.h"
#include "hub/hubdemo.h"
#include "hub/hubserver.h"
#include "hub/hubtokens.h"
#include "i18n.h"
#include "modes.h"
#include "options.h"
#include "referencelists.h"
#include "sync/syncengine.h"
#include "terminal.h"
#include "workcalendar.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdlib>
#include <memory>

using namespace lingong;

namespace {

// The value of "--name value" or "--name=value" before any QCoreApplication exists: the mode
// decides which application class to build, the language which translator to load.
QString prescan(int argc, char** argv, const char* name)
{
    const QByteArray flag = QByteArray("--") + name;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == flag && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (a.startsWith(flag + '='))
            return QString::fromLocal8Bit(a.mid(flag.size() + 1));
    }
    return {};
}

int fail(const QString& message, int code = 1)
{
    QTextStream(stderr) << message << Qt::endl;
    return code;
}

} // namespace

namespace {

void describeApplication(QCoreApplication& app, const QString& lang)
{
    QCoreApplication::setOrganizationName(QStringLiteral("lingong"));
    QCoreApplication::setApplicationName(QStringLiteral("lingong"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LINGONG_VERSION));
    installTranslators(app, lang.isEmpty() ? QStringLiteral("zh_CN") : lang);
}

} // namespace

int main(int argc, char** argv)
{
    // Options are read by a console application first, so that --help, --version and bad options
    // answer without a display; the GUI modes then start their widget application.
    const QString lang = prescan(argc, argv, "lang");
    std::unique_ptr<QCoreApplication> app = std::make_unique<QCoreApplication>(argc, argv);
    describeApplication(*app, lang);

    auto parsed = OptionParser::parse(QCoreApplication::arguments());
    if (!parsed.ok())
        return fail(parsed.error().message + QLatin1Char('\n') +
                        QCoreApplication::translate("main", "Try 'lingong --help'."),
                    2);
    const Options options = parsed.value();
    if (options.showHelp) {
        QTextStream(stdout) << options.helpText;
        return 0;
    }
    if (options.showVersion) {
        QTextStream(stdout) << "lingong " << LINGONG_VERSION << Qt::endl;
        return 0;
    }

    const bool headless = options.mode == Mode::Hub || options.syncNow;
    // The hub refuses to start without its tokens, before it touches any store.
    std::optional<HubTokens> hubTokens;
    if (options.mode == Mode::Hub) {
        // A server's log: every line with its time and the machine's offset from UTC (+08:00;
        // "CST" would also be read as America's). QT_MESSAGE_PATTERN still overrides this.
        const int offset = QDateTime::currentDateTime().offsetFromUtc() / 60;
        qSetMessagePattern(
            QStringLiteral("%{time yyyy-MM-dd hh:mm:ss} %1%2:%3 %{if-warning}warning: %{endif}"
                           "%{if-critical}error: %{endif}%{category}: %{message}")
                .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                .arg(std::abs(offset) / 60, 2, 10, QLatin1Char('0'))
                .arg(std::abs(offset) % 60, 2, 10, QLatin1Char('0')));
        if (options.tokensFile.isEmpty())
            return fail(QCoreApplication::translate(
                            "main", "The hub needs --tokens FILE: a file with one 'token scope "
                                    "device_id' line per device (scope public or staff)."),
                        2);
        auto loaded = HubTokens::load(options.tokensFile);
        if (!loaded.ok())
            return fail(loaded.error().message, 2);
        if (loaded.value().isEmpty())
            return fail(QCoreApplication::translate("main", "The token file %1 has no tokens.")
                            .arg(options.tokensFile),
                        2);
        hubTokens = std::move(loaded).value();
    }
    if (!headless) {
        // Without a screen to show on: rendering screenshots needs none, anything else says so
        // instead of Qt aborting.
        // (Only where X11 or Wayland would be used: not with -platform or QT_QPA_PLATFORM,
        // such as eglfs on a kiosk without a window system.)
        const bool platformGiven = std::any_of(
            argv + 1, argv + argc, [](const char* a) { return qstrcmp(a, "-platform") == 0; });
        const bool noScreen = qEnvironmentVariableIsEmpty("DISPLAY") &&
                              qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
                              qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && !platformGiven;
        if (noScreen && !options.screenshotsDir.isEmpty())
            qputenv("QT_QPA_PLATFORM", "offscreen");
        else if (noScreen)
            return fail(QCoreApplication::translate(
                            "main", "No display to show on: set DISPLAY (or QT_QPA_PLATFORM), or "
                                    "render the screens with --screenshots DIR."),
                        2);
        app.reset();
        app = createGuiApplication(argc, argv);
        describeApplication(*app, lang);
    }

    const QString configPath =
        options.configPath.isEmpty() ? ConfigLoader::defaultPath() : options.configPath;
    const ConfigLoad config = ConfigLoader::load(configPath, !options.configPath.isEmpty());
    QStringList problems = config.problems;
    problems << ReferenceLists::install(config.config);
    for (const QString& problem : problems)
        QTextStream(stderr) << problem << Qt::endl;
    WorkCalendar::install(WorkCalendar(
        QSet<QDate>(config.config.holidays.begin(), config.config.holidays.end()),
        QSet<QDate>(config.config.workingWeekends.begin(), config.config.workingWeekends.end())));

    static SystemClock clock;
    Terminal terminal(config.config, clock);
    terminal.setStartupProblems(problems);
    const QString dbPath =
        options.dbPath.isEmpty() ? OptionParser::defaultDatabasePath(options.mode) : options.dbPath;
    bool cameBack = false;
    if (Status st = terminal.open(dbPath, options.mode); !st.ok()) {
        // A public screen says so and comes back by itself once the store opens; the window and
        // the hub, with a person at them, stop with the reason.
        const bool publicScreen = (options.mode == Mode::Kiosk || options.mode == Mode::Display) &&
                                  !headless && options.screenshotsDir.isEmpty();
        if (!publicScreen)
            return fail(st.error().message);
        QTextStream(stderr) << st.error().message << Qt::endl;
        if (!waitForStore(terminal, dbPath, options, st.error().message))
            return 1;
        // A store that came back is the hall's, even empty (a disk mounted late): never filled
        // with demo jobs for the public.
        cameBack = true;
    }

    qint64 liveJobs = -1;
    if (options.mode == Mode::Kiosk && !options.seedDemo) {
        auto jobs = terminal.store().countLive(entities::job());
        if (jobs.ok())
            liveJobs = jobs.value();
    }
    const std::optional<int> seed =
        cameBack
            ? options.seedDemo
            // A configuration that could not be read (a path mistyped), or that has a sync
            // section whose address was refused, may well be one that syncs: demo jobs written
            // now would stay once it is put right.
            : OptionParser::demoJobsToSeed(options,
                                           !terminal.config().platformUrl.isEmpty() ||
                                               config.unread ||
                                               config.config.raw.contains(QLatin1String("sync")),
                                           liveJobs);
    if (seed && options.mode != Mode::Hub) {
        DemoData demo(terminal.store());
        QTextStream err(stderr);
        const Status st = demo.seed(*seed, [&](int done) {
            if (*seed >= 100000)
                err << QCoreApplication::translate("main", "Demo jobs: %1 of %2")
                           .arg(done)
                           .arg(*seed)
                    << Qt::endl;
        });
        if (!st.ok())
            return fail(st.error().message);
        // A demo store gets the documented demo administrator (README "Service window"), with
        // or without a window shown.
        if (options.mode == Mode::Staff) {
            if (auto account = Accounts(terminal.database(), terminal.clock(), terminal.audit())
                                   .ensureDemoAccount();
                !account.ok())
                QTextStream(stderr) << account.error().message << Qt::endl;
        }
    }

    if (options.syncNow && options.mode != Mode::Hub) {
        const SyncSettings settings = SyncSettings::from(terminal.config(), options.mode);
        if (!settings.configured())
            return fail(QCoreApplication::translate(
                            "main", "No platform URL in the configuration: nothing to sync with."),
                        2);
        QNetworkAccessManager network;
        SyncEngine engine(terminal.store(), settings, &network);
        // A platform found restored stays so until staff dismiss it: said by the run that finds
        // it, not by every run after.
        const qint64 behindBefore = engine.status().platformSeq;
        QObject::connect(&engine, &SyncEngine::roundFinished, app.get(), [&](bool ok) {
            // A round that found more to do (changes saved meanwhile, a token that now reads the
            // log from the start) starts the next at once: the run ends with the last of them.
            QTimer::singleShot(0, app.get(), [&engine, &terminal, &options, behindBefore, ok] {
                if (engine.isRunning())
                    return;
                SyncStatus s = engine.status();
                // What the platform's answers showed to be wrong with this terminal's setup,
                // or with the platform's log: a check of the setup is told it, not "synced".
                if (s.platformSeq == behindBefore)
                    s.platformSeq = -1;
                const QStringList problems =
                    syncSetupProblems(s, terminal.store().deviceId(), options.mode == Mode::Staff);
                if (!ok)
                    QTextStream(stderr) << s.lastError << Qt::endl;
                else if (problems.isEmpty())
                    QTextStream(stdout)
                        << QCoreApplication::translate("main", "Synced; %1 changes still waiting.")
                               .arg(s.pending)
                        << Qt::endl;
                QTextStream err(stderr);
                for (const QString& p : problems)
                    err << p << Qt::endl;
                QCoreApplication::exit(ok && s.pending == 0 && !s.setupProblem() ? 0 : 1);
            });
        });
        engine.syncNow();
        return QCoreApplication::exec();
    }

    if (options.mode == Mode::Hub) {
        const qsizetype colon = options.listen.lastIndexOf(QLatin1Char(':'));
        const QHostAddress address(options.listen.left(colon));
        const int port = options.listen.mid(colon + 1).toInt();
        if (colon < 0 || address.isNull() || port < 0 || port > 65535)
            return fail(
                QCoreApplication::translate("main", "--listen must look like 127.0.0.1:8470."), 2);
        HubServer hub(terminal.database(), clock, std::move(*hubTokens));
        // New seqs from here on are past any an earlier run handed out (a restored database).
        if (Status st = hub.store().startRun(); !st.ok())
            return fail(st.error().message);
        if (seed) {
            DemoData demo(terminal.store());
            auto added = seedHubDemo(hub.store(), demo, *seed);
            if (!added.ok())
                return fail(added.error().message);
            QTextStream(stdout) << QCoreApplication::translate(
                                       "main", "Hub demo: %1 changes added to the log.")
                                       .arg(added.value())
                                << Qt::endl;
        }
        if (!options.tlsCertFile.isEmpty()) {
            if (Status st = hub.useTls(options.tlsCertFile, options.tlsKeyFile); !st.ok())
                return fail(st.error().message, 2);
        }
        auto bound = hub.listen(address, quint16(port));
        if (!bound.ok())
            return fail(bound.error().message);
        QTextStream(stdout) << QCoreApplication::translate("main", "Hub listening on %1:%2")
                                   .arg(address.toString())
                                   .arg(bound.value())
                            << Qt::endl;
        return QCoreApplication::exec();
    }
    return runGuiMode(terminal, options);
}
