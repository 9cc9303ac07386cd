#include "slip.h"

#include "places.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrinter>
#include <QPrinterInfo>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextDocument>

namespace lingong {

namespace {

QString escaped(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

bool roll(const QString& paper)
{
    return paper == QLatin1String("80mm");
}

// Millimetres of margin round the text.
constexpr double kRollMargin = 3.0;
constexpr double kSheetMargin = 15.0;
constexpr double kRollWidth = 80.0;
// The smallest text a sheet is shrunk to so that it fits one page.
constexpr double kSmallestSheetPoints = 8.0;

} // namespace

QStringList Slip::hallFooter(const Config& config, const QDateTime& printedAt, const QString& by)
{
    const QString when = printedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return {
        config.address,
        SlipPrinter::tr("Opening hours: %1").arg(config.openingHours),
        SlipPrinter::tr("Service hotline: %1").arg(config.hotline),
        by.isEmpty() ? SlipPrinter::tr("Printed %1").arg(when)
                     : SlipPrinter::tr("Printed %1 by %2").arg(when, by),
    };
}

QString Slip::workPlace(const QString& district, const QString& address)
{
    const QString place = Places::guangxi().displayName(district);
    if (address.trimmed().isEmpty())
        return place;
    return district.isEmpty() || address.startsWith(district) ? address
                                                              : place + QLatin1Char(' ') + address;
}

QString Slip::toHtml() const
{
    QString html;
    html += QStringLiteral("<p align=\"center\">%1</p>").arg(escaped(hall));
    html += QStringLiteral("<h2 align=\"center\">%1</h2>").arg(escaped(title));
    if (!number.isEmpty()) {
        html += QStringLiteral("<p align=\"center\">%1</p>").arg(escaped(numberLabel));
        html += QStringLiteral("<p align=\"center\" style=\"font-size:xx-large; "
                               "font-weight:bold\">%1</p>")
                    .arg(escaped(number));
    }
    if (!lead.isEmpty())
        html += QStringLiteral("<p style=\"margin-bottom:8px\">%1</p>").arg(escaped(lead));
    if (!rows.empty()) {
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">");
        for (const auto& [label, value] : rows) {
            if (value.trimmed().isEmpty())
                continue;
            html += QStringLiteral("<tr><td valign=\"top\" width=\"28%\"><b>%1</b></td>"
                                   "<td valign=\"top\">%2</td></tr>")
                        .arg(escaped(label), escaped(value));
        }
        html += QStringLiteral("</table>");
    }
    if (!list.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p>").arg(escaped(listHeading));
        // A list: a wrapped item's lines start under its words, not under the bullet.
        html += QStringLiteral("<ul style=\"margin-left:0px; -qt-list-indent:1\">");
        for (const QString& item : list)
            html += QStringLiteral("<li>%1</li>").arg(escaped(item));
        html += QStringLiteral("</ul>");
    }
    for (const QString& paragraph : closing)
        html += QStringLiteral("<p>%1</p>").arg(escaped(paragraph));
    html += QStringLiteral("<hr>");
    QStringList lines = footer;
    html += QStringLiteral("<p style=\"font-size:small\">%1</p>")
                .arg(escaped(lines.join(QLatin1Char('\n'))));
    return html;
}

QString Slip::toPlainText() const
{
    QStringList lines{hall, title};
    if (!number.isEmpty())
        lines << numberLabel << number;
    if (!lead.isEmpty())
        lines << lead;
    for (const auto& [label, value] : rows)
        if (!value.trimmed().isEmpty())
            lines << label + QStringLiteral(": ") + value;
    if (!list.isEmpty())
        lines << listHeading;
    for (const QString& item : list)
        lines << QStringLiteral("• ") + item;
    lines << closing << footer;
    return lines.join(QLatin1Char('\n'));
}

SlipPrinter::SlipPrinter(const Config& config)
    : m_printer(config.printer.trimmed())
    , m_pdfFolder(config.pdfFolder)
    , m_paper(config.paper)
{}

bool SlipPrinter::available() const
{
    if (!m_pdfFolder.isEmpty())
        return true;
    const QPrinterInfo info =
        m_printer.isEmpty() ? QPrinterInfo::defaultPrinter() : QPrinterInfo::printerInfo(m_printer);
    // A queue that is stopped or failing prints nothing.
    return !info.isNull() && info.state() != QPrinter::Error && info.state() != QPrinter::Aborted;
}

void SlipPrinter::layOut(QTextDocument& doc, const Slip& slip, const QString& paper)
{
    // Laid out in points (a device of 72 dots an inch), on the paper's width less its margins;
    // printing scales it to the printer's dots.
    static QImage points = [] {
        QImage image(1, 1, QImage::Format_ARGB32);
        image.setDotsPerMeterX(qRound(72 / 0.0254));
        image.setDotsPerMeterY(qRound(72 / 0.0254));
        return image;
    }();
    doc.documentLayout()->setPaintDevice(&points);
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(roll(paper) ? 9 : 11);
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    // Laid out in points on an image, drawn on a printer of another resolution: the same text
    // width either way.
    doc.setUseDesignMetrics(true);
    doc.setHtml(slip.toHtml());
}

QPageLayout SlipPrinter::pageLayout(QTextDocument& doc, const QString& paper)
{
    const double margin = roll(paper) ? kRollMargin : kSheetMargin;
    const QMarginsF margins(margin, margin, margin, margin);
    QPageSize size(paper == QLatin1String("a5") ? QPageSize::A5 : QPageSize::A4);
    if (roll(paper)) {
        // A roll is cut after the slip: the page is as long as the text.
        doc.setTextWidth((kRollWidth - 2 * margin) / 25.4 * 72);
        const double heightMm = doc.size().height() / 72 * 25.4 + 2 * margin + 5;
        size = QPageSize(QSizeF(kRollWidth, heightMm), QPageSize::Millimeter,
                         QStringLiteral("Receipt roll"), QPageSize::ExactMatch);
    }
    const QPageLayout page(size, QPageLayout::Portrait, margins, QPageLayout::Millimeter);
    // Paginated here, the document prints as it is, without page numbers added.
    doc.setPageSize(page.paintRect(QPageLayout::Point).size());
    return page;
}

void SlipPrinter::fitTo(QTextDocument& doc, QPagedPaintDevice& device, const QString& paper)
{
    // The device may have changed the page asked for (a printer's least margins, a length of
    // roll it does not take): the text is laid out again on the page it really has, so that
    // printing never stretches it. A roll too short for it goes on to a second piece.
    QPageLayout page = device.pageLayout();
    QSizeF paint = page.paintRect(QPageLayout::Point).size();
    if (roll(paper)) {
        doc.setTextWidth(paint.width());
        const double short_ = doc.size().height() - paint.height();
        if (short_ > 0) {
            // Narrower than asked: the text runs longer, and the piece of roll with it.
            const QSizeF mm = page.pageSize().size(QPageSize::Millimeter);
            page.setPageSize(QPageSize(QSizeF(mm.width(), mm.height() + short_ / 72 * 25.4 + 2),
                                       QPageSize::Millimeter, QStringLiteral("Receipt roll"),
                                       QPageSize::ExactMatch));
            device.setPageLayout(page);
            paint = device.pageLayout().paintRect(QPageLayout::Point).size();
        }
    }
    doc.setPageSize(QSizeF(paint.width(), std::max(paint.height(), 1.0)));
    // A sheet a little too long for its page (a notice listing every trade) is printed a little
    // smaller, on the one page a board or a hand takes; one far too long keeps its size.
    if (!roll(paper) && doc.pageCount() > 1) {
        QFont font = doc.defaultFont();
        const double normal = font.pointSizeF();
        for (double size = normal - 0.5; size >= kSmallestSheetPoints; size -= 0.5) {
            font.setPointSizeF(size);
            doc.setDefaultFont(font);
            if (doc.pageCount() == 1)
                return;
        }
        font.setPointSizeF(normal);
        doc.setDefaultFont(font);
    }
}

Status SlipPrinter::print(const Slip& slip, QString* where) const
{
    if (!m_pdfFolder.isEmpty())
        return savePdf(slip, m_pdfFolder, where);
    const QPrinterInfo info =
        m_printer.isEmpty() ? QPrinterInfo::defaultPrinter() : QPrinterInfo::printerInfo(m_printer);
    if (info.isNull())
        return makeError(QStringLiteral("print.printer"),
                         m_printer.isEmpty()
                             ? tr("No printer is set up on this computer.")
                             : tr("The printer %1 is not found on this computer.").arg(m_printer));
    QTextDocument doc;
    layOut(doc, slip, m_paper);
    QPrinter printer(info, QPrinter::HighResolution);
    printer.setDocName(slip.title);
    printer.setCreator(QStringLiteral("Lingong Hall"));
    printer.setPageLayout(pageLayout(doc, m_paper));
    fitTo(doc, printer, m_paper);
    doc.print(&printer);
    if (printer.printerState() == QPrinter::Error)
        return makeError(QStringLiteral("print.failed"),
                         tr("The printer %1 did not take the slip.").arg(info.printerName()));
    if (where)
        *where = info.printerName();
    return {};
}

QString SlipPrinter::fallbackFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

QByteArray SlipPrinter::pdf(const Slip& slip, const QString& paper)
{
    QTextDocument doc;
    layOut(doc, slip, paper);
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(slip.title);
    writer.setCreator(QStringLiteral("Lingong Hall"));
    writer.setPageLayout(pageLayout(doc, paper));
    fitTo(doc, writer, paper);
    doc.print(&writer);
    return out;
}

QString SlipPrinter::fileName(const Slip& slip)
{
    QString base = slip.printedAt.toString(QStringLiteral("yyyyMMdd-HHmmss-")) + slip.kind;
    if (!slip.number.isEmpty())
        base += QLatin1Char('-') + slip.number;
    return base;
}

Status SlipPrinter::savePdf(const Slip& slip, const QString& folderPath, QString* where) const
{
    const QString folder = QDir::toNativeSeparators(folderPath);
    if (!QDir().mkpath(folderPath))
        return makeError(QStringLiteral("print.folder"),
                         tr("The folder for printed slips, %1, cannot be made.").arg(folder));
    // Several terminals may write to one folder in the same second: a random tail keeps each
    // slip its own file.
    const QString base = fileName(slip) + QLatin1Char('-') +
                         QString::number(QRandomGenerator::system()->bounded(0x10000), 16)
                             .rightJustified(4, QLatin1Char('0'));
    const QDir dir(folderPath);
    QString path = dir.filePath(base + QStringLiteral(".pdf"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(base + QStringLiteral("-%1.pdf").arg(n));
    if (Status st = writePdf(pdf(slip, m_paper), path); !st.ok())
        return makeError(st.error().code, tr("The slip could not be saved in %1.").arg(folder));
    if (where)
        *where = path;
    return {};
}

Status SlipPrinter::writePdf(const QByteArray& pdf, const QString& path)
{
    // Whole on disk under its own name before it is said to be saved.
    QSaveFile file(path);
    if (pdf.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() ||
        !file.commit())
        return makeError(
            QStringLiteral("print.folder"),
            tr("The slip could not be saved as %1.").arg(QDir::toNativeSeparators(path)));
    return {};
}

} // namespace lingong
