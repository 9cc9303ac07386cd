// Test entry point: creates the application object the code under test needs (QApplication for
// GUI tests, QCoreApplication otherwise), offscreen unless the environment says otherwise.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef LINGONG_GUI_TESTS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

#include <QLocale>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Personal data must never reach a log line; tests keep logs quiet unless asked.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        qputenv("QT_LOGGING_RULES", "lingong.*.debug=false");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::China));
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("lingong-tests"));
    TestApplication::setApplicationName(QStringLiteral("lingong-tests"));
    return Catch::Session().run(argc, argv);
}
