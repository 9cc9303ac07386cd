#pragma once

#include <QString>

class QCoreApplication;

namespace lingong {

// Installs the translators for `lang` ("zh_CN" or "en") on the application: the project's own
// (:/i18n/lingong_zh_CN.qm) and Qt's (standard dialogs). English needs none: sources are English.
// Returns false when a needed translation is missing (the UI then falls back to English).
bool installTranslators(QCoreApplication& app, const QString& lang);

} // namespace lingong
