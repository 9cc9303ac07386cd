#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace lingong {

// The words the service window shows for stored codes (statuses, kinds, units). Unknown codes
// are shown as they are.
class StaffLabels final
{
    Q_DECLARE_TR_FUNCTIONS(lingong::StaffLabels)

public:
    static QString jobStatus(const QString& code);
    static QString jobSource(const QString& code);
    static QString applicationStatus(const QString& code);
    static QString channel(const QString& code);
    static QString employerKind(const QString& code);
    static QString verification(const QString& code);
    static QString contentKind(const QString& code);
    static QString ledgerKind(const QString& code);
    static QString complaintKind(const QString& code);
    static QString complaintStatus(const QString& code);
    static QString availability(const QString& code);
    static QString difficulty(const QString& code);
    static QString payUnit(const QString& code);
    static QString settlement(const QString& code);
    static QString employmentForm(const QString& code);
    static QString role(const QString& code);
    static QString tier(const QString& code);
    static QString serviceKind(const QString& code);
    static QString auditAction(const QString& code);

    static QStringList jobStatuses();
    static QStringList payUnits();
    static QStringList settlements();
    static QStringList employmentForms();
    static QStringList availabilities();
    static QStringList difficulties();
    static QStringList educations(); // shown and stored as Chinese words
    static QStringList complaintKinds();
    static QStringList ledgerKinds();
};

} // namespace lingong
