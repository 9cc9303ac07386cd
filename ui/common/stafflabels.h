#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace lingong {

// The words the service window shows for stored codes (statuses, kinds, units). Unknown codes
// are shown as they are.
class StaffLabels final
{
    Q_DECLARE_TR_FUNCTIONS(lingong::StaffLabels)

public:
    // Items of a list in a sentence: "a, b, c" in English, "a、b、c" in Chinese.
    static QString joinList(const QStringList& items);
    // After a save over a record another window changed meanwhile (EditMerge's field lists):
    // which of its changes were kept, and where the typed value went over one. Empty when none.
    static QString savedOverChanges(const QStringList& keptTheirs, const QStringList& overTheirs);
    // A field of a record's data (SyncDesk::fieldName names it) in words: coded values by their
    // labels, pay as a range, lists joined, mobiles, ID numbers and seekers' names masked (S5);
    // "(none)" when empty.
    static QString fieldValue(const QString& entity, const QString& key, const QJsonValue& value);
    static QString jobStatus(const QString& code);
    // A posting's status as the lists show it: a withdrawn one that review turned down (with a
    // review_note) says so.
    static QString jobStatusOf(const QJsonObject& job);
    static QString jobSource(const QString& code);
    // Who a job is for: its employer's name, or for a person hiring without a registered
    // employer (a kiosk's 我要招工, an individual at the window) "Individual: 黄女士".
    static QString jobEmployer(const QJsonObject& job);
    static QString applicationStatus(const QString& code);
    // An application's pay follow-up (pay_settled): settled | unsettled.
    static QString paySettled(const QString& code);
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
    // The kind of record an audit entry names (its entity: "job", "staff_account" ...).
    static QString recordKind(const QString& entity);
    // An audit entry's detail as the person reads it: the fixed phrases translated, an account's
    // role named; anything else (numbers, names) as stored.
    static QString auditDetail(const QString& action, const QString& detail);

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
