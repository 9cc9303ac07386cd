#include "modes.h"

#include "common/kioskstyle.h"
#include "common/speaker.h"
#include "common/storeproblemscreen.h"
#include "display/displaywindow.h"
#include "kiosk/kioskwindow.h"
#include "staff/staffwindow.h"
#include "sync/syncengine.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFont>
#include <QNetworkAccessManager>
#include <QScreen>
#include <QTextStream>

namespace lingong {

namespace {

QSize defaultSize(Mode mode)
{
    return mode == Mode::Staff ? QSize(1366, 768) : QSize(1920, 1080);
}

} // namespace

int saveScreenshot(QWidget& window, const QString& dir, const QString& name)
{
    QDir().mkpath(dir);
    QCoreApplication::processEvents();
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    if (!window.grab().save(path)) {
        QTextStream(stderr)
            << QCoreApplication::translate("lingong::Modes", "Cannot write %1").arg(path)
            << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << path << Qt::endl;
    return 0;
}

int saveModeScreenshots(QWidget& window, const QString& dir, Mode mode)
{
    switch (mode) {
    case Mode::Kiosk:
        return static_cast<KioskWindow&>(window).saveScreenshots(dir);
    case Mode::Staff:
        return static_cast<StaffWindow&>(window).saveScreenshots(dir);
    case Mode::Display:
        return static_cast<DisplayWindow&>(window).saveScreenshots(dir);
    case Mode::Hub:
        break;
    }
    return 2;
}

std::unique_ptr<QCoreApplication> createGuiApplication(int& argc, char** argv)
{
    auto app = std::make_unique<QApplication>(argc, argv);
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPixelSize(18);
    QApplication::setFont(font);
    return app;
}

int runGuiMode(Terminal& terminal, const Options& options)
{
    // Every terminal syncs with the platform when one is configured (N1); screenshots never do.
    QNetworkAccessManager network;
    std::unique_ptr<SyncEngine> sync;
    const SyncSettings syncSettings = SyncSettings::from(terminal.config(), options.mode);
    if (syncSettings.configured() && options.screenshotsDir.isEmpty())
        sync = std::make_unique<SyncEngine>(terminal.store(), syncSettings, &network);

    const QSize size = options.size.isValid() ? options.size : defaultSize(options.mode);
    const bool fullScreen = options.mode != Mode::Staff && !options.windowed;
    // One screen for the window and for the sizes drawn on it: the primary one.
    QScreen* screen = QGuiApplication::primaryScreen();
    // A window asked for larger than the screen's free area fits in it; a kiosk or wall screen
    // keeps its shape (a portrait preview stays portrait).
    QSize windowed = size;
    if (screen && screen->availableSize().expandedTo(size) != screen->availableSize())
        windowed = options.mode == Mode::Staff
                       ? size.boundedTo(screen->availableSize())
                       : size.scaled(screen->availableSize(), Qt::KeepAspectRatio);
    std::unique_ptr<QWidget> window;
    switch (options.mode) {
    case Mode::Kiosk: {
        // Everything drawn to suit the panel it fills: smaller on a 1366x768 screen.
        QSize panel = size;
        if (options.screenshotsDir.isEmpty() && screen)
            panel = fullScreen ? screen->geometry().size() : windowed;
        KioskStyle::setScale(KioskStyle::scaleFor(panel));
        auto kiosk = std::make_unique<KioskWindow>(terminal);
        kiosk->setSpeaker(new SystemSpeaker);
        window = std::move(kiosk);
        break;
    }
    case Mode::Staff: {
        auto staff = std::make_unique<StaffWindow>(terminal);
        staff->setSyncEngine(sync.get());
        window = std::move(staff);
        break;
    }
    case Mode::Display:
        window = std::make_unique<DisplayWindow>(terminal);
        break;
    case Mode::Hub:
        return 2;
    }
    if (!options.screenshotsDir.isEmpty()) {
        window->resize(size);
        window->show();
        QCoreApplication::processEvents();
        return saveModeScreenshots(*window, options.screenshotsDir, options.mode);
    }
    if (sync)
        sync->start();
    if (screen)
        window->setScreen(screen);
    if (options.mode == Mode::Kiosk && fullScreen) {
        // Locked down: no frame to close it by, always above other windows.
        window->setWindowFlags(window->windowFlags() | Qt::FramelessWindowHint |
                               Qt::WindowStaysOnTopHint);
    }
    if (fullScreen) {
        // Full screen is a request to the window manager; a kiosk machine often runs none, so
        // the window takes the whole screen by itself as well.
        window->setGeometry(window->screen()->geometry());
        window->showFullScreen();
    } else {
        window->resize(windowed);
        window->show();
    }
    return QApplication::exec();
}

bool waitForStore(Terminal& terminal, const QString& dbPath, const Options& options,
                  const QString& problem)
{
    StoreProblemScreen screen(terminal, dbPath, options.mode, problem);
    QEventLoop loop;
    bool opened = false;
    QObject::connect(&screen, &StoreProblemScreen::opened, &loop, [&] {
        opened = true;
        loop.quit();
    });
    QObject::connect(qApp, &QGuiApplication::lastWindowClosed, &loop, &QEventLoop::quit);
    // Where the mode's window will be, and as large.
    const QSize size = options.size.isValid() ? options.size : defaultSize(options.mode);
    if (QScreen* primary = QGuiApplication::primaryScreen())
        screen.setScreen(primary);
    if (options.windowed) {
        screen.resize(size);
        screen.show();
    } else {
        screen.setGeometry(screen.screen()->geometry());
        screen.showFullScreen();
    }
    loop.exec();
    // The mode's window takes over; the application does not end with this one.
    const bool quitOnClose = QGuiApplication::quitOnLastWindowClosed();
    QGuiApplication::setQuitOnLastWindowClosed(false);
    screen.close();
    QGuiApplication::setQuitOnLastWindowClosed(quitOnClose);
    return opened;
}

} // namespace lingong
