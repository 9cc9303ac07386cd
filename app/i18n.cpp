#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace lingong {

bool installTranslators(QCoreApplication& app, const QString& lang)
{
    if (lang == QLatin1String("en")) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::China));
        // Only the plural forms: "%n job(s)" reads "1 job", "2 jobs".
        auto* plurals = new QTranslator(&app);
        if (plurals->load(QStringLiteral(":/i18n/lingong_en.qm")))
            QCoreApplication::installTranslator(plurals);
        return true;
    }
    QLocale::setDefault(
        QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China));
    auto* own = new QTranslator(&app);
    const bool ok = own->load(QStringLiteral(":/i18n/lingong_%1.qm").arg(lang));
    if (ok)
        QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(lang),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return ok;
}

} // namespace lingong
