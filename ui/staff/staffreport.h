#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

class QLabel;
class QWidget;

namespace lingong {

// CSV reports the window saves where the clerk chooses (a USB stick, a shared folder): the
// monthly statistics, the work ledger. UTF-8 with a byte-order mark, so that spreadsheet programs
// read the Chinese as such; records end in CRLF.
class StaffReport final
{
    Q_DECLARE_TR_FUNCTIONS(lingong::StaffReport)

public:
    // One record: a field is quoted when it holds a separator, a quote or a line break.
    static QString line(const QStringList& fields);
    // The store at `storePath`, or a file SQLite keeps beside it.
    static bool isStoreFile(const QString& path, const QString& storePath);

    // Asks where to save with a save dialog named `dialogName` on `page`, offering the folder
    // last chosen (`*folder`, kept up to date) or else `defaultPath`'s, which is created; then
    // writes content() there. A file chosen that exists is replaced only after asking.
    // The dialog never opens a file it lists: closing a descriptor of the store (`storePath`),
    // or of its log, would drop the store's locks, and another program opening the store then
    // would take the log away from under this one.
    static void save(QWidget* page, const QString& dialogName, const QString& title,
                     const QString& defaultPath, const QString& storePath, QString* folder,
                     QLabel* message, std::function<QString()> content);
    // Writes `text` to `path` whole or not at all, on disk before `message` says it is saved;
    // never over the store at `storePath` or the files SQLite keeps beside it.
    static bool write(const QString& path, const QString& text, QLabel* message,
                      const QString& storePath);
};

} // namespace lingong
