#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace lingong {

enum class Mode
{
    Kiosk,
    Staff,
    Display,
    Hub
};

// The command line of the `lingong` executable (`lingong --help` lists it).
struct Options
{
    Mode mode = Mode::Kiosk;
    QString dbPath; // empty: default per-user location for the mode
    QString lang = QStringLiteral("zh_CN");
    bool windowed = false;
    std::optional<int> seedDemo;
    QString configPath;     // empty: default location, optional
    QString screenshotsDir; // non-empty: render screens to PNG and exit
    QSize size;             // window / screenshot size; invalid = mode default
    QString listen = QStringLiteral("127.0.0.1:8470");
    QString tokensFile;
    bool syncNow = false; // one sync round, headless, then exit
    QString tlsCertFile;  // hub: https with this certificate and key
    QString tlsKeyFile;
    bool showHelp = false;
    bool showVersion = false;
    QString helpText;
};

class OptionParser final
{
    Q_DECLARE_TR_FUNCTIONS(lingong::OptionParser)

public:
    // Parses arguments (argv[0] first). Bad values come back as an Error naming the option.
    static Result<Options> parse(const QStringList& arguments);
    static QString modeName(Mode mode);
    static QString defaultDatabasePath(Mode mode);
    // Default number of jobs for --seed-demo without a count, and for a new kiosk's demo store.
    static constexpr int kDefaultDemoJobs = 400;
    // How many demo jobs to write at start: --seed-demo's count, else the default for a kiosk
    // that stands alone (`syncs` false) on a store without live jobs, so that a first start
    // shows a hall rather than an empty screen. A kiosk that syncs waits for the platform's
    // jobs instead: demo jobs there would be shown to the public as real, and applied to.
    static std::optional<int> demoJobsToSeed(const Options& options, bool syncs, qint64 liveJobs);
};

} // namespace lingong
