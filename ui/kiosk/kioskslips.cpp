#include "kioskslips.h"

#include "common/kioskstyle.h"
#include "contentservice.h"
#include "entityspec.h"
#include "kioskpage.h"
#include "kioskqueries.h"
#include "kiosktext.h"
#include "masking.h"
#include "requestchecklist.h"
#include "terminal.h"

#include <QBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace lingong {

Slip KioskSlips::application(Terminal& terminal, const QString& jobId,
                             const QString& confirmationNo, const QString& phone)
{
    const Config& config = terminal.config();
    Slip slip;
    slip.kind = QStringLiteral("application");
    slip.hall = config.hallName;
    slip.title = tr("Application receipt");
    slip.numberLabel = tr("Your application number");
    slip.number = confirmationNo;
    slip.printedAt = terminal.clock().now().toOffsetFromUtc(8 * 3600);
    if (auto job = terminal.store().get(entities::job(), jobId); job.ok() && job.value()) {
        const QJsonObject& d = job.value()->data;
        const auto at = [&d](const char* path) {
            return EntitySpec::jsonAt(d, QString::fromLatin1(path)).toString().trimmed();
        };
        slip.rows = {
            {tr("Job"), at("title")},
            {tr("Employer"), at("employer_name")},
            {tr("Place of work"), Slip::workPlace(at("location.district"), at("location.address"))},
            {tr("Start"), KioskText::dateText(at("start_date"), terminal.clock().today())},
            {tr("Working hours"), at("work_hours")},
            {tr("Pay"), KioskText::payWithDay(d)},
        };
    }
    slip.rows.emplace_back(tr("Mobile"), masking::phone(phone));
    slip.closing = {
        tr("This is not a hire yet: the staff will phone you on %1 about the job. To ask sooner, "
           "bring this slip to the service window.")
            .arg(masking::phone(phone)),
        tr("No employer may ask you for a fee or a deposit for a job. If you are asked to pay, "
           "call %1.")
            .arg(config.hotline),
    };
    slip.footer = footer(terminal, slip.printedAt);
    return slip;
}

Slip KioskSlips::posting(Terminal& terminal, const QJsonObject& job, const QString& reference)
{
    const Config& config = terminal.config();
    const auto at = [&job](const char* path) {
        return EntitySpec::jsonAt(job, QString::fromLatin1(path)).toString().trimmed();
    };
    const QString phone = masking::phone(at("contact.phone"));
    Slip slip;
    slip.kind = QStringLiteral("posting");
    slip.hall = config.hallName;
    slip.title = tr("Job posting sent for checking");
    if (!reference.isEmpty()) {
        slip.numberLabel = tr("Reference number, to ask about this job");
        slip.number = reference;
    }
    slip.printedAt = terminal.clock().now().toOffsetFromUtc(8 * 3600);
    slip.rows = {
        {tr("Job"), at("title")},
        {tr("Place of work"), Slip::workPlace(at("location.district"), at("location.address"))},
        {tr("Start"), KioskText::dateText(at("start_date"), terminal.clock().today())},
        {tr("Working hours"), at("work_hours")},
        {tr("Pay"), KioskText::payWithDay(job)},
        {tr("Workers"), tr("%n worker(s)", nullptr, job.value(QLatin1String("headcount")).toInt())},
        {tr("Contact"), at("contact.name") + QLatin1Char(' ') + phone},
    };
    slip.closing = {
        tr("The hall's staff will phone you on %1 in opening hours (%2) to check the job before "
           "it is shown.")
            .arg(phone, openingHours(terminal)),
        tr("Job seekers may not be asked for any fee or deposit. Questions: call %1 or come to "
           "the service window.")
            .arg(config.hotline),
    };
    slip.footer = footer(terminal, slip.printedAt);
    return slip;
}

QStringList KioskSlips::footer(Terminal& terminal, const QDateTime& printedAt)
{
    // The same hours at the foot as in the text above it.
    Config config = terminal.config();
    config.openingHours = openingHours(terminal);
    return Slip::hallFooter(config, printedAt);
}

QString KioskSlips::openingHours(Terminal& terminal)
{
    const QString setting = terminal.config().openingHours;
    auto items = KioskQueries(terminal.database())
                     .content(QStringLiteral("market"), terminal.clock().today());
    if (!items.ok() || items.value().empty())
        return setting;
    return ContentService::marketDetail(
        items.value().front().data.value(QLatin1String("extra")).toObject(), "hours", setting);
}

Slip KioskSlips::callback(Terminal& terminal, const QString& category, const QString& phone,
                          const QString& due, const QStringList& checklist, const QString& about)
{
    const Config& config = terminal.config();
    Slip slip;
    slip.kind = QStringLiteral("callback");
    slip.hall = config.hallName;
    slip.title = tr("Call-back request");
    slip.printedAt = terminal.clock().now().toOffsetFromUtc(8 * 3600);
    slip.rows = {
        {tr("Matter"), RequestChecklist::label(category)},
        {tr("We call"), masking::phone(phone)},
        {tr("By"), due},
    };
    if (!about.isEmpty())
        slip.rows.insert(slip.rows.begin() + 1, {tr("Course or service"), about});
    slip.listHeading = tr("When we call, have these ready:");
    slip.list = checklist;
    slip.closing = {
        tr("If nobody has called by then, call %1 or come to the service window.")
            .arg(config.hotline),
    };
    slip.footer = footer(terminal, slip.printedAt);
    return slip;
}

KioskSlipOffer::KioskSlipOffer(Terminal& terminal, const QString& name, QWidget* parent)
    : QObject(parent)
    , m_terminal(terminal)
{
    setObjectName(name + QStringLiteral("Slip"));
    m_button = KioskStyle::button(tr("Print a receipt"), "secondary",
                                  name + QStringLiteral("Print"), parent);
    m_button->setMinimumWidth(KioskStyle::px(360));
    // As tall as 完成 beside it.
    m_button->setSizePolicy(m_button->sizePolicy().horizontalPolicy(), QSizePolicy::Preferred);
    m_button->hide();
    connect(m_button, &QPushButton::clicked, this, &KioskSlipOffer::print);
    m_note = KioskStyle::label(QString(), "note", parent);
    m_note->setObjectName(name + QStringLiteral("PrintNote"));
    m_note->setAlignment(Qt::AlignCenter);
    m_note->hide();
}

void KioskSlipOffer::addButtonRow(QBoxLayout* layout, QPushButton* done)
{
    auto* row = new QHBoxLayout;
    row->setSpacing(KioskStyle::px(40));
    row->addStretch(1);
    row->addWidget(m_button);
    row->addWidget(done);
    row->addStretch(1);
    layout->addLayout(row);
}

void KioskSlipOffer::offer(const Slip& slip)
{
    m_slip = slip;
    m_note->clear();
    m_note->hide();
    m_button->setEnabled(true);
    m_button->setVisible(SlipPrinter(m_terminal.config()).available());
}

void KioskSlipOffer::clear()
{
    m_slip = Slip();
    m_note->clear();
    m_note->hide();
    m_button->hide();
}

void KioskSlipOffer::print()
{
    if (!m_button->isEnabled())
        return;
    const Status printed = SlipPrinter(m_terminal.config()).print(m_slip);
    if (printed.ok()) {
        qCInfo(lcKiosk) << "receipt printed:" << m_slip.kind;
        // Once is enough: a second tap would only waste paper.
        m_button->setEnabled(false);
        KioskStyle::setRole(m_note, "note");
        // Printed is only handed to the printer: the number stays said, should nothing come out.
        m_note->setText(m_slip.number.isEmpty()
                            ? tr("Please take your receipt from the printer.")
                            : tr("Please take your receipt from the printer. If none comes out, "
                                 "please write down your number: %1")
                                  .arg(m_slip.number));
    } else {
        qCWarning(lcKiosk) << "receipt not printed:" << printed.error().message;
        KioskStyle::setRole(m_note, "error");
        m_note->setText(m_slip.number.isEmpty()
                            ? tr("The printer is not working. Please ask at the service window.")
                            : tr("The printer is not working. Please write down your number: %1")
                                  .arg(m_slip.number));
    }
    m_note->show();
}

} // namespace lingong
