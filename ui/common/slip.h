#pragma once

#include "config.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPageLayout>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

class QPagedPaintDevice;
class QTextDocument;

namespace lingong {

// A slip of paper a person takes away (D1): a referral to show the employer, a kiosk's receipt.
// Everything on it is already in the interface's language.
struct Slip
{
    QString kind;        // a word for the file name of a saved copy: referral, application, ...
    QString title;       // the heading
    QString numberLabel; // "Application number"
    QString number;      // printed large; empty: none
    QString lead;        // a paragraph under the heading
    std::vector<std::pair<QString, QString>> rows; // label, value; a row without one is left out
    QString listHeading;
    QStringList list;    // one item a line
    QStringList closing; // paragraphs after the rows and the list
    QString hall;        // the hall's name, at the head
    QStringList footer;  // the hall's address, hours, hotline; when printed and by whom
    QDateTime printedAt; // Beijing time

    // The hall's address, hours and hotline, and when the slip was printed (and by whom).
    static QStringList hallFooter(const Config& config, const QDateTime& printedAt,
                                  const QString& by = {});
    // Where a job is: its place in the interface's language, then the address as written
    // (the place once where the address starts with it).
    static QString workPlace(const QString& district, const QString& address);

    QString toHtml() const;
    // The text as printed, one line per paragraph, row ("label: value") or item.
    QString toPlainText() const;
};

// Where slips go: the printer the configuration names (else the system's default printer), on
// the paper it names; or, with printing.pdf_folder set, PDF files in that folder.
class SlipPrinter final
{
    Q_DECLARE_TR_FUNCTIONS(lingong::SlipPrinter)

public:
    explicit SlipPrinter(const Config& config);

    // A slip can be printed now: the PDF folder is set, or the printer is there. Asks the
    // system's print service each time (a printer may be switched off or plugged in).
    bool available() const;
    // Prints `slip`; done once the job is handed to the print service (or the file is whole on
    // disk). A problem is said in words for the person at the screen. `*where`: the printer's
    // name or the PDF file written.
    Status print(const Slip& slip, QString* where = nullptr) const;
    // `slip` as a PDF file of its own in `folder` (made when missing), whole on disk when this
    // returns; `*where`: the file.
    Status savePdf(const Slip& slip, const QString& folder, QString* where = nullptr) const;
    // `slip` as PDF on paper of `paper`.
    static QByteArray pdf(const Slip& slip, const QString& paper);
    // `pdf` written whole to `path` before this returns.
    static Status writePdf(const QByteArray& pdf, const QString& path);
    // A slip's file name without its extension: when, what and its number.
    static QString fileName(const Slip& slip);
    // Where a service window without a printer first offers to save a sheet as a PDF, for the
    // clerk to print elsewhere or send on: the documents folder (the home folder without one).
    static QString fallbackFolder();

    // `slip` in `doc` as printed on paper of `paper` (a4, a5, 80mm), laid out in points.
    static void layOut(QTextDocument& doc, const Slip& slip, const QString& paper);
    // The page of `paper` for `doc` (laid out by layOut()), into whose pages, less the margins,
    // `doc` is then split. A roll's page is as long as the text.
    static QPageLayout pageLayout(QTextDocument& doc, const QString& paper);
    // `doc` split into the pages `device` really has, once it was given pageLayout()'s.
    static void fitTo(QTextDocument& doc, QPagedPaintDevice& device, const QString& paper);

private:
    QString m_printer;
    QString m_pdfFolder;
    QString m_paper;
};

} // namespace lingong
