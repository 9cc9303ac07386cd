#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QStringList>

#include <optional>
#include <vector>

namespace lingong {

// 我要招工 at a self-service kiosk (J3; the kiosk's "自主发布零工信息"): a posting put together
// from taps and digits alone, since a kiosk has no Chinese input. The words stored are the
// hall's (Chinese) whatever language the screen speaks, as every posting a seeker reads. The
// posting waits for review: a clerk phones the person, fills in the exact address and name, and
// publishes it.
class KioskPosting final
{
    Q_DECLARE_TR_FUNCTIONS(lingong::KioskPosting)

public:
    // One answer to tap: its key, its words on the chip (translated) and what the posting says.
    struct Choice
    {
        const char* key;
        const char* label; // English source, context lingong::KioskPosting
        const char* text;  // stored, UTF-8
    };

    QString occupation; // a trade on the list
    QString jobName;    // one of jobNames(occupation), or "" (the posting is named by its trade)
    QString industry;   // the trade's industry
    QString district;   // a place, stored form
    QString place;      // placeChoices()
    QString starts;     // startChoices()
    QString duration;   // durationChoices()
    QString hours;      // hourChoices()
    int headcount = 1;
    int pay = 0;        // yuan for each payUnit
    QString payUnit;    // hour | day | piece | month | project
    QString settlement; // daily | weekly | monthly | on_completion
    QStringList asks;   // askChoices(), any
    QStringList offers; // offerChoices(), any
    QString phone;      // mobile, or landline with area code
    QString surname;    // one of surnames(), or "" when the person's is not there
    QString honorific;  // honorificChoices()

    static const std::vector<Choice>& placeChoices();
    static const std::vector<Choice>& startChoices();
    static const std::vector<Choice>& durationChoices();
    static const std::vector<Choice>& hourChoices();
    static const std::vector<Choice>& askChoices();
    static const std::vector<Choice>& offerChoices();
    static const std::vector<Choice>& honorificChoices();
    // The common jobs of a trade, to name the posting by (洗碗工 rather than 酒店餐饮), as stored
    // (:/data/kiosk_job_names.json); none for a trade it does not list.
    static QStringList jobNames(const QString& occupation);
    // A job name of `occupation` as a person reads it: in English on an English screen where the
    // list has its English name, else as stored.
    static QString jobNameShown(const QString& occupation, const QString& name);
    // Days a posting stays open at least, for the clerk to phone and publish it.
    static constexpr int kReviewDays = 2;

    // Common surnames, those frequent in Guangxi among them (韦, 覃, 蒙, 莫 …), as stored.
    static const QStringList& surnames();
    // The words of a choice's chip in the interface's language ("" for an unknown key).
    static QString label(const std::vector<Choice>& list, const QString& key);

    // How the contact is addressed: 王先生; 负责人 when the surname is not among those offered
    // (the clerk asks it on the phone).
    QString contactName() const;
    QDate startDate(const QDate& today) const;
    // The posting in the sync-protocol shape, status pending_review, source kiosk, no employer.
    // The posting is open for applications while the work is under way (a week at most) and
    // for kReviewDays at least; the clerk may change it (JobService::publish brings it back to
    // the work's last day, see workEnds()). No employer, and so no employer's name:
    // the person hiring is the contact.
    QJsonObject toJob(const QDate& today) const;
    // Whether the address is still the kind of place toJob() wrote, to be asked on the phone
    // ("店铺或餐馆（详细地址电话告知）"): the posting cannot go out so.
    static bool addressToAsk(const QJsonObject& job);
    // The last day of the work of a job toJob() made, from its start and the length it wrote in
    // the working hours; none when the clerk wrote them otherwise.
    static std::optional<QDate> workEnds(const QJsonObject& job);
};

} // namespace lingong
