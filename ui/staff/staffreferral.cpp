#include "staffreferral.h"

#include "accounts.h"
#include "common/stafflabels.h"
#include "entityspec.h"
#include "masking.h"
#include "staffui.h"
#include "terminal.h"

namespace lingong {

namespace {

QString at(const QJsonObject& data, const char* path)
{
    return EntitySpec::jsonAt(data, QString::fromLatin1(path)).toString().trimmed();
}

} // namespace

bool StaffReferral::printable(const QString& status)
{
    // A kiosk application is recommended by the clerk first: the letter says the hall sends them.
    return status == QLatin1String("recommended") || status == QLatin1String("interviewed");
}

Result<Slip> StaffReferral::slip(Terminal& terminal, const QString& applicationId,
                                 const StaffAccount& clerk)
{
    EntityStore& store = terminal.store();
    auto app = store.get(entities::application(), applicationId);
    if (!app.ok())
        return app.error();
    if (!app.value())
        return makeError(QStringLiteral("referral.missing"),
                         tr("This recommendation is no longer on record."));
    const QJsonObject& a = app.value()->data;
    if (!printable(at(a, "status")))
        return makeError(QStringLiteral("referral.closed"),
                         tr("The outcome of this recommendation is recorded (%1): there is no "
                            "one to send to the employer.")
                             .arg(StaffLabels::applicationStatus(at(a, "status"))));
    auto job = store.get(entities::job(), at(a, "job_id"));
    if (!job.ok())
        return job.error();
    if (!job.value())
        return makeError(QStringLiteral("referral.nojob"),
                         tr("The job of this recommendation is no longer on record."));
    const QJsonObject& j = job.value()->data;
    if (at(j, "status") != QLatin1String("published"))
        return makeError(
            QStringLiteral("referral.notopen"),
            tr("The job is %1: nobody can be sent to it.").arg(StaffLabels::jobStatusOf(j)));

    QString person;
    QString idShown; // in part: two people of one name are told apart by it
    if (const QString seekerId = at(a, "seeker_id"); !seekerId.isEmpty()) {
        if (auto s = store.get(entities::seeker(), seekerId); s.ok() && s.value()) {
            person = at(s.value()->data, "name");
            const QString id = at(s.value()->data, "id_number");
            const QString tail = id.isEmpty() ? at(s.value()->data, "id_tail") : id;
            if (!tail.isEmpty())
                idShown = masking::idNumber(tail);
        }
    }
    if (person.isEmpty())
        return makeError(QStringLiteral("referral.noname"),
                         tr("The person is not registered by name: register them first, so "
                            "that the employer knows whom the hall sent."));

    const Config& config = terminal.config();
    Slip slip;
    slip.kind = QStringLiteral("referral");
    slip.hall = config.hallName;
    slip.title = tr("Referral letter");
    slip.printedAt = terminal.clock().now().toOffsetFromUtc(8 * 3600);
    const QString employer = at(j, "employer_name");
    slip.lead = tr("To %1: the hall sends %2 to you for the job below. Please tell us whether "
                   "they are taken on.")
                    .arg(employer.isEmpty() ? tr("the employer") : employer, person);

    const QString start = at(j, "start_date");
    const QDate startDate = QDate::fromString(start, Qt::ISODate);
    QString contact = at(j, "contact.name");
    if (const QString phone = at(j, "contact.phone"); !phone.isEmpty())
        contact = contact.isEmpty() ? phone : contact + QLatin1Char(' ') + phone;

    slip.rows = {
        {tr("Person"), person},
        {tr("ID number"), idShown},
        {tr("Job"), at(j, "title")},
        {tr("Trade"), terminal.reference().displayName(at(j, "occupation"))},
        {tr("Employer"), employer},
        {tr("Place of work"),
         Slip::workPlace(at(j, "location.district"), at(j, "location.address"))},
        {tr("Start"), startDate.isValid() ? startDate.toString(Qt::ISODate) : start},
        {tr("Working hours"), at(j, "work_hours")},
        {tr("Pay"), staffui::payText(j) + QStringLiteral(" · ") +
                        StaffLabels::settlement(at(j, "settlement"))},
        {tr("Ask for"), contact},
    };
    slip.closing = {
        tr("Employer: please tell the hall whether %1 is taken on, on %2.")
            .arg(person, config.hotline),
        tr("To the person sent: no employer may ask you for a fee or a deposit for a job. If you "
           "are asked to pay, or the job is not as written here, call %1.")
            .arg(config.hotline),
    };
    slip.footer = Slip::hallFooter(config, slip.printedAt, clerk.label());
    return slip;
}

} // namespace lingong
