#include "staffreport.h"

#include "staffui.h"

#include <QDir>
#include <QFileDialog>
#include <QFileIconProvider>
#include <QFileInfo>
#include <QLabel>
#include <QMimeDatabase>
#include <QSaveFile>

namespace lingong {

namespace {

// Icons and types by name alone. Qt's own provider reads a file whose name does not say its type
// (a store's -wal and -shm), and the close() that follows drops every lock this process holds
// on that file: SQLite's among them.
class NameOnlyIconProvider final : public QFileIconProvider
{
public:
    using QFileIconProvider::icon;

    QIcon icon(const QFileInfo& info) const override
    {
        if (info.isDir())
            return icon(Folder);
        const QMimeType mime = mimeOf(info);
        return QIcon::fromTheme(mime.iconName(), icon(File));
    }

    QString type(const QFileInfo& info) const override
    {
        if (info.isDir())
            return QMimeDatabase().mimeTypeForName(QStringLiteral("inode/directory")).comment();
        return mimeOf(info).comment();
    }

private:
    static QMimeType mimeOf(const QFileInfo& info)
    {
        return QMimeDatabase().mimeTypeForFile(info.fileName(), QMimeDatabase::MatchExtension);
    }
};

QString field(const QString& s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) &&
        !s.contains(QLatin1Char('\n')))
        return s;
    return QLatin1Char('"') + QString(s).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

} // namespace

bool StaffReport::isStoreFile(const QString& path, const QString& storePath)
{
    if (storePath.isEmpty())
        return false;
    const QFileInfo target(path);
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        const QFileInfo file(storePath + QLatin1String(suffix));
        if (target.absoluteFilePath() == file.absoluteFilePath() ||
            (target.exists() && target.canonicalFilePath() == file.canonicalFilePath()))
            return true;
    }
    return false;
}

QString StaffReport::line(const QStringList& fields)
{
    QStringList out;
    for (const QString& f : fields)
        out << field(f);
    return out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

void StaffReport::save(QWidget* page, const QString& dialogName, const QString& title,
                       const QString& defaultPath, const QString& storePath, QString* folder,
                       QLabel* message, std::function<QString()> content)
{
    QString where = *folder;
    if (where.isEmpty()) {
        where = QFileInfo(defaultPath).absolutePath();
        QDir().mkpath(where);
    }
    auto* dialog =
        new QFileDialog(page, title, QDir(where).filePath(QFileInfo(defaultPath).fileName()),
                        tr("CSV reports (*.csv)"));
    dialog->setObjectName(dialogName);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    static NameOnlyIconProvider icons;
    dialog->setIconProvider(&icons);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(
        dialog, &QFileDialog::fileSelected, page,
        [folder, message, storePath, content = std::move(content)](const QString& path) {
            if (path.isEmpty())
                return;
            *folder = QFileInfo(path).absolutePath();
            write(path, content(), message, storePath);
        });
    dialog->open();
}

bool StaffReport::write(const QString& path, const QString& text, QLabel* message,
                        const QString& storePath)
{
    if (isStoreFile(path, storePath)) {
        staffui::setMessage(message,
                            tr("The report cannot be saved as %1: that file belongs to this "
                               "window's store of records. Choose another name.")
                                .arg(QDir::toNativeSeparators(path)),
                            staffui::Tone::Error);
        return false;
    }
    QSaveFile file(path);
    const QByteArray bytes = QByteArray("\xEF\xBB\xBF") + text.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        staffui::setMessage(message,
                            tr("The report could not be saved to %1: %2")
                                .arg(QDir::toNativeSeparators(path), file.errorString()),
                            staffui::Tone::Error);
        return false;
    }
    staffui::setMessage(message, tr("Report saved: %1").arg(QDir::toNativeSeparators(path)),
                        staffui::Tone::Success);
    return true;
}

} // namespace lingong
