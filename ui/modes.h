#pragma once

#include "options.h"
#include "terminal.h"

#include <QCoreApplication>

#include <memory>

class QWidget;

namespace lingong {

// Builds and shows the window of a GUI mode (kiosk, staff, display) and runs the event loop,
// or with --screenshots renders the mode's screens to PNG files and returns.
// The widget application of the GUI modes, with the house font (Noto Sans CJK).
std::unique_ptr<QCoreApplication> createGuiApplication(int& argc, char** argv);

int runGuiMode(Terminal& terminal, const Options& options);

// For a kiosk or the wall whose store did not open (`problem`): shows StoreProblemScreen where
// the mode's window would be, and returns true once the store opens; false when the screen was
// closed first.
bool waitForStore(Terminal& terminal, const QString& dbPath, const Options& options,
                  const QString& problem);

// Grabs `window` as DIR/NAME.png (printing the path); 0 on success. Used by each mode's
// saveScreenshots(dir), which walks its main screens with demo data.
int saveScreenshot(QWidget& window, const QString& dir, const QString& name);
int saveModeScreenshots(QWidget& window, const QString& dir, Mode mode);

} // namespace lingong
