#pragma once

#include "options.h"
#include "terminal.h"

class QWidget;

namespace lingong {

// Builds and shows the window of a GUI mode (kiosk, staff, display) and runs the event loop,
// or with --screenshots renders the mode's screens to PNG files and returns.
int runGuiMode(Terminal& terminal, const Options& options);

// Grabs `window` as DIR/NAME.png (printing the path); 0 on success. Used by each mode's
// saveScreenshots(dir), which walks its main screens with demo data.
int saveScreenshot(QWidget& window, const QString& dir, const QString& name);
int saveModeScreenshots(QWidget& window, const QString& dir, Mode mode);

} // namespace lingong
