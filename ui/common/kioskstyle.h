#pragma once

#include <QString>

class QLabel;
class QPushButton;
class QWidget;

namespace lingong {

// The kiosk's look: one style sheet for the whole window, keyed on a `role` property that every
// label and button carries, in two themes (normal, high contrast) and two text sizes (normal,
// 大字模式). Sizes follow the touch conventions (architecture.md): body text at least 24 px,
// headings at least 36 px, touch targets at least 96 px.
class KioskStyle final
{
public:
    static constexpr int kMinTarget = 96;
    static constexpr double kLargeTextFactor = 1.35;

    static QString styleSheet(bool largeText, bool highContrast);

    // A word-wrapping label with a style role (h1, h2, body, note, pay, badge, error, big, ...).
    static QLabel* label(const QString& text, const char* role, QWidget* parent);
    // A button with a style role (tile, primary, secondary, nav, key, chip, toggle) and an
    // object name tests can find.
    static QPushButton* button(const QString& text, const char* role, const QString& objectName,
                               QWidget* parent);
    static void setRole(QWidget* widget, const char* role);
};

} // namespace lingong
