#pragma once

#include <QSize>
#include <QString>

class QLabel;
class QVBoxLayout;
class QPushButton;
class QWidget;

namespace lingong {

// The kiosk's look: one style sheet for the whole window, keyed on a `role` property that every
// label and button carries, in two themes (normal, high contrast) and two text sizes (normal,
// 大字模式). Sizes follow the touch conventions (architecture.md): body text at least 24 px,
// headings at least 36 px, touch targets at least 96 px, all on a 1080p panel of 21.5".
//
// Smaller panels (1366x768, 1280x800, 1280x1024) draw everything smaller by one scale factor,
// their pixel count against 1080p's, set once before the kiosk window is built. Their pixels are
// larger: a 96 px target, 24 mm on a 21.5" 1080p panel, is 68 px and still about 20 mm on an
// 18.5" 1366x768 one. Text is never drawn below kSmallestText. Not thread-safe; the GUI thread
// only.
class KioskStyle final
{
public:
    static constexpr int kMinTarget = 96; // at scale 1
    static constexpr double kLargeTextFactor = 1.35;
    static constexpr double kMinScale = 0.6;
    // No text is drawn smaller than this on any panel.
    static constexpr int kSmallestText = 20;

    // The scale for a kiosk that fills `panel`: how much smaller than a 1920x1080 (or 1080x1920)
    // panel it is, never above 1 or below kMinScale.
    static double scaleFor(QSize panel);
    // Applies to style sheets made and widgets built afterwards.
    static void setScale(double scale);
    static double scale();
    // A 1080p size in pixels on this panel.
    static int px(int size);
    static int minTarget();

    static QString styleSheet(bool largeText, bool highContrast);

    // A word-wrapping label with a style role (h1, h2, body, note, pay, badge, error, big, ...).
    static QLabel* label(const QString& text, const char* role, QWidget* parent);
    // A button with a style role (tile, primary, secondary, nav, key, chip, toggle) and an
    // object name tests can find.
    static QPushButton* button(const QString& text, const char* role, const QString& objectName,
                               QWidget* parent);
    static void setRole(QWidget* widget, const char* role);
    // A framed panel in the middle of an overlay that covers the screen (a question, a whole
    // notice), `width` wide at 1080p; returns the layout its contents go in.
    static QVBoxLayout* centredPanel(QWidget* overlay, int width);
};

} // namespace lingong
