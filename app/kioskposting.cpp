#include "kioskposting.h"

#include "entityspec.h"
#include "jobservice.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>

namespace lingong {

namespace {

QString text(const std::vector<KioskPosting::Choice>& list, const QString& key)
{
    for (const KioskPosting::Choice& c : list) {
        if (key == QLatin1String(c.key))
            return QString::fromUtf8(c.text);
    }
    return {};
}

QStringList texts(const std::vector<KioskPosting::Choice>& list, const QStringList& keys)
{
    QStringList out;
    // In the order of the list, whatever order they were tapped in.
    for (const KioskPosting::Choice& c : list) {
        if (keys.contains(QLatin1String(c.key)))
            out << QString::fromUtf8(c.text);
    }
    return out;
}

// What toJob() writes after the kind of place, for the clerk to replace with the address.
constexpr const char* kAddressByPhone = "（详细地址电话告知）";

// How many days the work lasts, for each of durationChoices().
int daysOf(const QString& duration)
{
    static const std::pair<const char*, int> days[] = {{"1d", 1},  {"3d", 3},  {"1w", 7},
                                                       {"2w", 14}, {"1m", 30}, {"long", 90}};
    for (const auto& [key, n] : days) {
        if (duration == QLatin1String(key))
            return n;
    }
    return 1;
}

// How the title names the settlement (小区保洁（日结）).
QString settlementText(const QString& settlement)
{
    static const std::pair<const char*, const char*> words[] = {
        {"daily", "日结"}, {"weekly", "周结"}, {"monthly", "月结"}, {"on_completion", "完工结"}};
    for (const auto& [key, word] : words) {
        if (settlement == QLatin1String(key))
            return QString::fromUtf8(word);
    }
    return {};
}

} // namespace

const std::vector<KioskPosting::Choice>& KioskPosting::placeChoices()
{
    static const std::vector<Choice> c{
        {"site", QT_TR_NOOP("Building site"), "建筑工地"},
        {"home", QT_TR_NOOP("Someone's home"), "居民家中"},
        {"estate", QT_TR_NOOP("Housing estate or offices"), "小区或写字楼"},
        {"shop", QT_TR_NOOP("Shop or restaurant"), "店铺或餐馆"},
        {"factory", QT_TR_NOOP("Factory or warehouse"), "工厂或仓库"},
        {"farm", QT_TR_NOOP("Farm or orchard"), "农田或果园"},
        {"other", QT_TR_NOOP("Somewhere else"), "其他场所"},
    };
    return c;
}

const std::vector<KioskPosting::Choice>& KioskPosting::startChoices()
{
    static const std::vector<Choice> c{
        {"today", QT_TR_NOOP("Today"), "今天"},
        {"tomorrow", QT_TR_NOOP("Tomorrow"), "明天"},
        {"day_after", QT_TR_NOOP("Day after tomorrow"), "后天"},
        {"in3", QT_TR_NOOP("In 3 days"), "3天后"},
        {"in4", QT_TR_NOOP("In 4 days"), "4天后"},
        {"in5", QT_TR_NOOP("In 5 days"), "5天后"},
        {"in6", QT_TR_NOOP("In 6 days"), "6天后"},
        {"next_week", QT_TR_NOOP("Next Monday"), "下周一"},
    };
    return c;
}

const std::vector<KioskPosting::Choice>& KioskPosting::durationChoices()
{
    static const std::vector<Choice> c{
        {"1d", QT_TR_NOOP("1 day"), "共1天"},
        {"3d", QT_TR_NOOP("2 or 3 days"), "共2至3天"},
        {"1w", QT_TR_NOOP("About 1 week"), "约1周"},
        {"2w", QT_TR_NOOP("About 2 weeks"), "约2周"},
        {"1m", QT_TR_NOOP("About 1 month"), "约1个月"},
        {"long", QT_TR_NOOP("Over a month"), "1个月以上"},
    };
    return c;
}

const std::vector<KioskPosting::Choice>& KioskPosting::hourChoices()
{
    static const std::vector<Choice> c{
        {"day", QT_TR_NOOP("Day, 8:00–17:00"), "8:00-17:00"},
        {"morning", QT_TR_NOOP("Morning, 8:00–12:00"), "上午8:00-12:00"},
        {"afternoon", QT_TR_NOOP("Afternoon, 14:00–18:00"), "下午14:00-18:00"},
        {"evening", QT_TR_NOOP("Evening, 18:00–22:00"), "晚上18:00-22:00"},
        // A restaurant's two rushes, the afternoon off.
        {"split", QT_TR_NOOP("Lunch and supper, 11:00–14:00 and 17:00–21:00"),
         "中午11:00-14:00，晚上17:00-21:00"},
        {"night", QT_TR_NOOP("Night, 22:00–6:00"), "夜班22:00-次日6:00"},
        {"flexible", QT_TR_NOOP("To be agreed"), "工作时间可商量"},
    };
    return c;
}

const std::vector<KioskPosting::Choice>& KioskPosting::askChoices()
{
    static const std::vector<Choice> c{
        {"no_experience", QT_TR_NOOP("No experience needed"), "不需要经验，可边干边学"},
        {"experience", QT_TR_NOOP("Has done this work before"), "有相关工作经验"},
        {"certificate", QT_TR_NOOP("Holds the certificate for it"), "持相关上岗证书"},
        // Food and care work asks for the health certificate by law (食品从业人员健康证明).
        {"health_cert", QT_TR_NOOP("Holds a health certificate"), "持健康证"},
        {"heavy", QT_TR_NOOP("Can carry heavy loads"), "能干重体力活"},
        {"smartphone", QT_TR_NOOP("Can use a smartphone"), "会用智能手机"},
        {"own_tools", QT_TR_NOOP("Brings own tools"), "自带工具"},
    };
    return c;
}

const std::vector<KioskPosting::Choice>& KioskPosting::offerChoices()
{
    static const std::vector<Choice> c{
        {"meals", QT_TR_NOOP("Meals"), "管饭"},
        {"lodging", QT_TR_NOOP("A place to stay"), "包住"},
        {"tools", QT_TR_NOOP("Tools"), "提供工具"},
        {"transport", QT_TR_NOOP("Transport to the work"), "接送上下班"},
        {"insurance", QT_TR_NOOP("Work-injury insurance"), "购买工伤保险"},
    };
    return c;
}

namespace {

const QJsonObject& jobNameList()
{
    static const QJsonObject names = [] {
        QFile f(QStringLiteral(":/data/kiosk_job_names.json"));
        if (!f.open(QIODevice::ReadOnly))
            return QJsonObject();
        return QJsonDocument::fromJson(f.readAll()).object();
    }();
    return names;
}

} // namespace

QStringList KioskPosting::jobNames(const QString& occupation)
{
    QStringList out;
    for (const QJsonValue& v : jobNameList().value(occupation).toArray())
        out << v.toObject().value(QLatin1String("name")).toString();
    return out;
}

QString KioskPosting::jobNameShown(const QString& occupation, const QString& name)
{
    if (QLocale().language() == QLocale::Chinese)
        return name;
    for (const QJsonValue& v : jobNameList().value(occupation).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("name")).toString() == name) {
            const QString en = o.value(QLatin1String("name_en")).toString();
            return en.isEmpty() ? name : en;
        }
    }
    return name;
}

const std::vector<KioskPosting::Choice>& KioskPosting::honorificChoices()
{
    static const std::vector<Choice> c{
        {"mr", QT_TR_NOOP("Mr"), "先生"},
        {"ms", QT_TR_NOOP("Ms"), "女士"},
    };
    return c;
}

const QStringList& KioskPosting::surnames()
{
    // The most common in China, with those frequent in Guangxi (韦, 覃, 莫, 蒙, 陆, 蓝, 农, 黎,
    // 甘 …): 69, so that with 没有我的姓 they fill five rows of fourteen.
    static const QStringList s =
        QString::fromUtf8("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩曹肖田董袁"
                          "余于程魏丁沈姚杜方邹韦覃莫蒙陆蓝农廖卢邓冯曾彭苏潘钟蒋蔡叶吕石谭"
                          "黎龙甘欧凌")
            .split(QString(), Qt::SkipEmptyParts);
    return s;
}

QString KioskPosting::label(const std::vector<Choice>& list, const QString& key)
{
    for (const Choice& c : list) {
        if (key == QLatin1String(c.key))
            return tr(c.label);
    }
    return {};
}

std::optional<QDate> KioskPosting::workEnds(const QJsonObject& job)
{
    // The length toJob() wrote at the end of the working hours, unless the clerk rewrote it.
    const QString hours = job.value(QLatin1String("work_hours")).toString();
    const QDate start =
        QDate::fromString(job.value(QLatin1String("start_date")).toString(), Qt::ISODate);
    if (!start.isValid())
        return std::nullopt;
    for (const Choice& c : durationChoices()) {
        if (hours.endsWith(QString::fromUtf8("，") + QString::fromUtf8(c.text)))
            return start.addDays(daysOf(QLatin1String(c.key)) - 1);
    }
    return std::nullopt;
}

QString KioskPosting::contactName() const
{
    if (surname.isEmpty() || !surnames().contains(surname))
        return QString::fromUtf8("负责人");
    return surname + text(honorificChoices(), honorific);
}

bool KioskPosting::addressToAsk(const QJsonObject& job)
{
    return EntitySpec::jsonAt(job, QStringLiteral("location.address"))
        .toString()
        .trimmed()
        .endsWith(QString::fromUtf8(kAddressByPhone));
}

QDate KioskPosting::startDate(const QDate& today) const
{
    if (starts == QLatin1String("tomorrow"))
        return today.addDays(1);
    if (starts == QLatin1String("day_after"))
        return today.addDays(2);
    if (starts == QLatin1String("next_week"))
        return today.addDays(8 - today.dayOfWeek());
    if (starts.size() == 3 && starts.startsWith(QLatin1String("in")) && starts.at(2).isDigit())
        return today.addDays(starts.at(2).digitValue());
    return today;
}

QJsonObject KioskPosting::toJob(const QDate& today) const
{
    const QDate start = startDate(today);
    const int days = daysOf(duration);
    // Open until the work is under way (a week at most), and for two days at least: the clerk
    // phones and publishes it, also when the kiosk could send it only the next morning. The
    // clerk may shorten it.
    const QDate until =
        std::max(start.addDays(std::clamp(days - 1, 0, 6)), today.addDays(kReviewDays));
    // A part of the day is 非全日制, unless paid by the month: such work is settled within 15
    // days at most (劳动合同法 §72), so it is taken as temporary work for the clerk to check.
    const bool monthly =
        settlement == QLatin1String("monthly") || payUnit == QLatin1String("month");
    const bool partDay =
        !monthly && (hours == QLatin1String("morning") || hours == QLatin1String("afternoon") ||
                     hours == QLatin1String("evening"));
    // Farm work is for a season (a harvest); anything else for a set time, however long.
    const QString form = partDay                          ? QStringLiteral("part_time")
                         : place == QLatin1String("farm") ? QStringLiteral("seasonal")
                                                          : QStringLiteral("temporary");
    const QString comma = QString::fromUtf8("，");
    const QStringList skills = texts(askChoices(), asks);
    const QStringList given = texts(offerChoices(), offers);
    return QJsonObject{
        {QStringLiteral("title"),
         QString::fromUtf8("%1（%2）")
             .arg(jobNames(occupation).contains(jobName) ? jobName : occupation,
                  settlementText(settlement))},
        {QStringLiteral("occupation"), occupation},
        {QStringLiteral("industry"), industry},
        {QStringLiteral("skills"), skills.isEmpty() ? JobService::noSkills() : skills.join(comma)},
        {QStringLiteral("location"),
         QJsonObject{{QStringLiteral("district"), district},
                     {QStringLiteral("address"),
                      text(placeChoices(), place) + QString::fromUtf8(kAddressByPhone)}}},
        {QStringLiteral("work_hours"),
         text(hourChoices(), hours) + comma + text(durationChoices(), duration)},
        {QStringLiteral("pay"), QJsonObject{{QStringLiteral("min"), pay},
                                            {QStringLiteral("max"), pay},
                                            {QStringLiteral("unit"), payUnit}}},
        {QStringLiteral("settlement"), settlement},
        {QStringLiteral("form"), form},
        {QStringLiteral("headcount"), headcount},
        {QStringLiteral("start_date"), start.toString(Qt::ISODate)},
        {QStringLiteral("valid_until"), until.toString(Qt::ISODate)},
        {QStringLiteral("employer_id"), QString()},
        {QStringLiteral("contact"),
         QJsonObject{{QStringLiteral("name"), contactName()}, {QStringLiteral("phone"), phone}}},
        {QStringLiteral("public_welfare"), false},
        {QStringLiteral("status"), QStringLiteral("pending_review")},
        {QStringLiteral("source"), QStringLiteral("kiosk")},
        // Read under 工作内容: the work, where and for how long, then what the employer gives.
        {QStringLiteral("description"),
         QString::fromUtf8("%1的活，在%2干，%3。")
                 .arg(occupation, text(placeChoices(), place), text(durationChoices(), duration)) +
             (given.isEmpty() ? QString()
                              : QString::fromUtf8("招工方提供：%1。")
                                    .arg(given.join(QString::fromUtf8("、"))))},
    };
}

} // namespace lingong
