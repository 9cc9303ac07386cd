#include "staffreport.h"

#include "staffui.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QSaveFile>

namespace lingong {

namespace {

QString field(const QString& s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) &&
        !s.contains(QLatin1Char('\n')))
        return s;
    return QLatin1Char('"') + QString(s).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

} // namespace

QString StaffReport::line(const QStringList& fields)
{
    QStringList out;
    for (const QString& f : fields)
        out << field(f);
    return out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

void StaffReport::save(QWidget* page, const QString& dialogName, const QString& title,
                       const QString& defaultPath, QString* folder, QLabel* message,
                       std::function<QString()> content)
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
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QFileDialog::fileSelected, page,
                     [folder, message, content = std::move(content)](const QString& path) {
                         if (path.isEmpty())
                             return;
                         *folder = QFileInfo(path).absolutePath();
                         write(path, content(), message);
                     });
    dialog->open();
}

bool StaffReport::write(const QString& path, const QString& text, QLabel* message)
{
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
