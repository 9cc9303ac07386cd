#include "demodata.h"

#include "kioskposting.h"
#include "matching.h"
#include "payunit.h"
#include "validation.h"

#include <QJsonArray>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>
#include <array>
#include <future>

namespace lingong {

namespace {

const QUuid kNamespace(QStringLiteral("{6b0d1c52-8f5e-4d0b-9a57-3c6e2b1f0a11}"));

// splitmix64: a tiny, well-mixed, portable hash so job i never depends on job i-1.
quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

class Rng
{
public:
    explicit Rng(quint64 s)
        : m_state(mix(s))
    {}
    quint64 next() { return m_state = mix(m_state); }
    int below(int n) { return int(next() % quint64(n)); }
    template <typename C>
    const auto& pick(const C& c)
    {
        return c[below(int(std::size(c)))];
    }

private:
    quint64 m_state;
};

QString s(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

// A moment `daysAgo` days before `now`, within the hall's working day (07:30 to 17:30, hall
// time, Monday to Saturday), at a minute `salt` picks, with `lasting` seconds after it within
// the day and before `now` (what follows it that day is over too): a day earlier when that day
// has not got so far, or is a Sunday.
QDateTime duringHours(const QDateTime& now, int daysAgo, quint64 salt, qint64 lasting = 0)
{
    const QTimeZone hall(8 * 3600);
    const QDate day = now.toTimeZone(hall).date().addDays(-daysAgo);
    const int window = std::max(60, 10 * 60 - int(lasting / 60));
    const QTime time = QTime(7, 30).addSecs(60 * Rng(salt).below(window));
    QDateTime at = QDateTime(day, time, hall).toUTC();
    while (at.addSecs(lasting) > now || at.toTimeZone(hall).date().dayOfWeek() == Qt::Sunday)
        at = at.addDays(-1);
    return at;
}

// `at`, or where it falls outside the hall's working day, a minute `salt` picks in the next one
// (a Monday after a Sunday).
QDateTime intoHours(const QDateTime& at, quint64 salt)
{
    const QTimeZone hall(8 * 3600);
    const QDateTime local = at.toTimeZone(hall);
    QDate day = local.date();
    if (local.time() >= QTime(7, 30) && local.time() <= QTime(17, 30) &&
        day.dayOfWeek() != Qt::Sunday)
        return at;
    if (local.time() > QTime(17, 30))
        day = day.addDays(1);
    if (day.dayOfWeek() == Qt::Sunday)
        day = day.addDays(1);
    return QDateTime(day, QTime(7, 30).addSecs(60 * Rng(salt).below(10 * 60)), hall).toUTC();
}

// A work-log entry as the services write it, at `at`, on its hall-local day; `refEntity` and
// `refId` name the record it is about, when there is one.
QJsonObject ledgerEntry(const QDateTime& at, const QString& kind, const QString& summary,
                        const QString& staff, const QString& refEntity = {},
                        const QString& refId = {})
{
    QJsonObject entry;
    entry.insert(QStringLiteral("at"), Clock::toWire(at));
    entry.insert(QStringLiteral("day"), at.toOffsetFromUtc(8 * 3600).date().toString(Qt::ISODate));
    entry.insert(QStringLiteral("kind"), kind);
    entry.insert(QStringLiteral("summary"), summary);
    entry.insert(QStringLiteral("staff"), staff);
    if (!refEntity.isEmpty()) {
        entry.insert(QStringLiteral("ref_entity"), refEntity);
        entry.insert(QStringLiteral("ref_id"), refId);
    }
    entry.insert(QStringLiteral("created_at"), Clock::toWire(at));
    return entry;
}

struct Trade
{
    const char* occupation;
    const char* industry;
    const char* unit;
    int payLow;
    int payHigh;
    std::array<const char*, 4> titles;
    std::array<const char*, 3> skills;
    const char* hours;
};

// clang-format off
// Pay ranges follow what Nanning gig halls posted in 2024-2026 (day rates 150-300 yuan, hourly
// 20-35 yuan, monthly 3,500-7,000 yuan).
const std::array<Trade, 24> kTrades{{
    {"建筑搬运", "建筑业", "day", 180, 280, {"工地小工（日结）", "建材搬运工", "装修垃圾清运", "钢筋工辅助"}, {"身体健康，能吃苦耐劳", "有工地经验优先", "能适应户外作业"}, "7:30-17:30"},
    {"泥瓦工", "建筑业", "day", 260, 380, {"泥瓦工（贴砖）", "砌墙抹灰师傅", "防水补漏师傅", "卫生间翻新泥工"}, {"三年以上贴砖经验", "会看图纸", "自带基本工具"}, "8:00-18:00"},
    {"木工", "建筑业", "day", 280, 400, {"装修木工", "模板木工", "家具安装木工", "吊顶木工"}, {"熟练使用电动工具", "有装修木工经验", "能独立完成吊顶"}, "8:00-18:00"},
    {"电工", "建筑业", "day", 250, 350, {"持证电工（日结）", "厂房线路检修", "装修水电工", "临时用电维护"}, {"持有低压电工证", "熟悉照明及动力线路", "有安全意识"}, "8:00-17:00"},
    {"维修安装", "居民服务", "piece", 60, 150, {"空调安装师傅", "家电维修上门", "门窗安装工", "热水器安装"}, {"有安装维修经验", "会使用冲击钻", "持高处作业证优先"}, "按单上门，时间灵活"},
    {"水电安装", "居民服务", "day", 220, 320, {"水电安装师傅", "管道疏通工", "小区水电维修", "太阳能安装"}, {"熟悉PPR管热熔", "懂基本电路", "有上门服务经验"}, "8:30-17:30"},
    {"家政保洁", "居民服务", "hour", 25, 40, {"小区保洁（日结）", "家庭日常保洁", "开荒保洁", "写字楼保洁员"}, {"做事细心，有保洁经验优先", "能吃苦，服从安排", "会使用清洁设备"}, "8:00-12:00"},
    {"育婴护理", "居民服务", "month", 5500, 9000, {"住家育儿嫂", "月嫂（26天）", "住家育婴员", "育儿嫂（带一岁宝宝）"}, {"持育婴员证优先", "有带娃经验", "有耐心、爱干净"}, "住家，每月休4天"},
    {"养老护工", "卫生和社会工作", "month", 3800, 5500, {"养老院护理员", "医院陪护", "居家照护老人", "康复陪护员"}, {"有护理经验优先", "能上夜班", "有爱心耐心"}, "两班倒，做一休一"},
    {"酒店餐饮", "住宿和餐饮业", "day", 130, 180, {"宴席服务员（日结）", "酒店客房服务员", "餐厅传菜员", "婚宴帮工"}, {"形象整洁，普通话流利", "能站立工作", "有餐饮经验优先"}, "10:00-14:00，17:00-21:00"},
    {"厨师帮厨", "住宿和餐饮业", "day", 150, 230, {"粉店帮厨", "酒楼切配工", "食堂厨工", "老友粉师傅"}, {"会切配", "持健康证", "会做南宁老友粉优先"}, "6:00-14:00"},
    {"装卸搬运", "交通运输仓储和邮政业", "piece", 1, 2, {"物流园装卸工（计件）", "水果批发市场搬运", "快递车卸货", "家具城搬运工"}, {"力气大，能吃苦", "服从调度", "夜班有补贴"}, "按车计件，夜班为主"},
    {"仓储分拣", "交通运输仓储和邮政业", "hour", 18, 25, {"电商仓库分拣员", "冷链仓储理货", "快递中转分拣", "超市配送中心拣货"}, {"会用手持终端", "识字，能看清单", "能上夜班"}, "20:00-次日6:00"},
    {"外卖快递", "交通运输仓储和邮政业", "piece", 5, 9, {"外卖骑手（兼职）", "快递派件员", "同城跑腿", "社区团购配送"}, {"自备电动车", "会使用智能手机导航", "熟悉南宁路况"}, "时间自由，午晚高峰"},
    {"驾驶员", "交通运输仓储和邮政业", "day", 220, 320, {"货车司机（C照）", "搬家车司机", "通勤班车司机", "冷链配送司机"}, {"持C1及以上驾照", "三年以上驾龄", "无不良驾驶记录"}, "7:00-17:00"},
    {"保安", "租赁和商务服务业", "month", 3200, 4200, {"小区保安", "商场安保员", "工地门岗", "商场夜班保安"}, {"身体健康", "持保安员证优先", "责任心强"}, "12小时两班倒"},
    {"商超促销", "批发和零售业", "day", 120, 180, {"超市促销员", "节日临时理货员", "手机卖场导购", "年货展销员"}, {"口齿伶俐", "有销售经验优先", "能周末上班"}, "9:00-21:00轮班"},
    {"农业采收", "农林牧渔业", "day", 150, 220, {"沃柑采摘工", "甘蔗砍收工", "火龙果采摘", "沙糖桔采摘"}, {"能下地干活", "包午饭", "有采摘经验优先"}, "6:30-15:00"},
    {"绿化养护", "水利环境和公共设施管理业", "day", 140, 190, {"道路绿化养护", "公园保洁养护", "小区园林修剪", "苗圃除草工"}, {"会使用割草机", "能户外作业", "有园林经验优先"}, "7:30-16:30"},
    {"服装加工", "制造业", "piece", 2, 6, {"平车工（计件）", "服装剪线工", "包装检验工", "锁边工"}, {"会平车优先", "手脚麻利", "可带学徒"}, "8:00-20:00，计件"},
    {"普工", "制造业", "hour", 18, 24, {"电子厂普工（小时工）", "食品厂包装工", "家具厂打磨工", "糖厂季节工"}, {"能站立工作", "服从安排", "包吃住"}, "8:00-20:00两班倒"},
    {"网络直播", "文化体育和娱乐业", "project", 800, 3000, {"农产品直播带货主播", "直播间场控", "短视频拍摄助理", "本地特产带货"}, {"普通话流利，会说壮话更佳", "有直播经验", "熟悉抖音快手"}, "每场3-4小时"},
    {"创意设计", "科学研究和技术服务业", "project", 500, 3000, {"海报平面设计（单项）", "门店招牌设计", "短视频剪辑", "宣传册排版"}, {"熟练使用PS、AI", "有作品集", "可远程完成"}, "按项目约定交付"},
    {"活动执行", "租赁和商务服务业", "day", 150, 220, {"展会临时工作人员", "商场周年庆活动执行", "演唱会检票员", "马拉松赛事保障员"}, {"形象良好", "沟通能力强", "能适应户外"}, "按活动安排"},
}};

const std::array<const char*, 12> kDistricts{"南宁市青秀区", "南宁市兴宁区", "南宁市江南区",
                                             "南宁市西乡塘区", "南宁市良庆区", "南宁市邕宁区",
                                             "南宁市武鸣区", "南宁市隆安县", "南宁市马山县",
                                             "南宁市上林县", "南宁市宾阳县", "南宁市横州市"};
// Each district's own streets (in the counties, streets of the county town), in the order of
// kDistricts: an address is where it says it is.
const std::array<std::array<const char*, 4>, 12> kStreets{{
    {"民族大道", "竹溪大道", "东葛路", "金湖路"},
    {"朝阳路", "民生路", "长堽路", "昆仑大道"},
    {"星光大道", "白沙大道", "亭洪路", "江南大道"},
    {"大学东路", "友爱南路", "秀厢大道", "安吉大道"},
    {"五象大道", "平乐大道", "玉洞大道", "银海大道"},
    {"蒲兴大道", "龙岗大道", "蒲庙镇人民路", "蒲庙镇新兴街"},
    {"城厢镇人民路", "城厢镇解放路", "城厢镇新华路", "城厢镇建设路"},
    {"城厢镇人民路", "城厢镇新华路", "城厢镇解放路", "城厢镇建设路"},
    {"白山镇人民路", "白山镇新华路", "白山镇解放路", "白山镇建设路"},
    {"大丰镇人民路", "大丰镇新华路", "大丰镇解放路", "大丰镇建设路"},
    {"宾州镇宾州大道", "宾州镇人民路", "宾州镇新华路", "宾州镇解放路"},
    {"横州镇茉莉花大道", "横州镇人民路", "横州镇新华路", "横州镇解放路"},
}};
// Where the work is: most of it in the city districts, around the halls, less in the counties.
const std::array<int, 12> kDistrictWeights{5, 4, 4, 4, 3, 2, 2, 1, 1, 1, 1, 1};

int pickDistrict(Rng& r)
{
    int total = 0;
    for (int w : kDistrictWeights)
        total += w;
    int x = r.below(total);
    for (int i = 0; i < int(kDistrictWeights.size()); ++i) {
        x -= kDistrictWeights[size_t(i)];
        if (x < 0)
            return i;
    }
    return 0;
}

QString addressIn(int district, Rng& r, int numbers)
{
    return s(kDistricts[size_t(district)]) + s(r.pick(kStreets[size_t(district)])) +
           QString::number(1 + r.below(numbers)) + s("号");
}
const std::array<const char*, 16> kSurnames{"黄", "韦", "陆", "覃", "蒙", "李", "梁", "陈",
                                            "农", "莫", "潘", "廖", "刘", "卢", "蓝", "谢"};
const std::array<const char*, 24> kEmployerStems{
    "邕城", "绿城", "五象", "青秀", "八桂", "壮乡", "桂鑫", "南湖", "凤岭", "相思湖", "江南",
    "武鸣", "宾阳", "横州", "邕江", "朝阳", "金湖", "良庆", "明秀", "盛世", "桂邕", "那考",
    "心圩", "仙葫"};
const std::array<const char*, 12> kEmployerKinds{
    "建筑劳务有限公司", "家政服务有限公司", "物业服务有限公司", "餐饮管理有限公司",
    "物流有限公司", "农业专业合作社", "人力资源服务有限公司", "电子科技有限公司",
    "食品有限公司", "养老服务中心", "文化传媒有限公司", "保安服务有限公司"};

// Which kinds of employer post which trade (indices into kEmployerKinds), and whether a
// 个体工商户 does: nobody hires a nanny through a farm co-operative.
struct Hirers
{
    const char* occupation;
    std::array<int, 3> kinds; // -1: none
    bool individuals;
};
const std::array<Hirers, 24> kHirers{{
    {"建筑搬运", {0, 6, -1}, false}, {"泥瓦工", {0, -1, -1}, true},
    {"木工", {0, -1, -1}, true},     {"电工", {0, 2, 7}, false},
    {"维修安装", {2, 1, -1}, true},  {"水电安装", {2, 0, -1}, true},
    {"家政保洁", {1, 2, -1}, true},  {"育婴护理", {1, -1, -1}, false},
    {"养老护工", {9, 1, -1}, false}, {"酒店餐饮", {3, 6, -1}, false},
    {"厨师帮厨", {3, 8, -1}, true},  {"装卸搬运", {4, 6, -1}, false},
    {"仓储分拣", {4, 6, -1}, false}, {"外卖快递", {4, -1, -1}, false},
    {"驾驶员", {4, 0, -1}, false},   {"保安", {11, 2, -1}, false},
    {"商超促销", {6, 8, -1}, false}, {"农业采收", {5, -1, -1}, false},
    {"绿化养护", {2, 5, -1}, false}, {"服装加工", {7, 6, -1}, false},
    {"普工", {7, 8, 6}, false},      {"网络直播", {10, 5, -1}, false},
    {"创意设计", {10, -1, -1}, false}, {"活动执行", {10, 6, -1}, false},
}};
// Trades that take on dozens of people at once.
const std::array<const char*, 10> kBulk{"建筑搬运", "装卸搬运", "仓储分拣", "农业采收", "普工",
                                        "服装加工", "活动执行", "酒店餐饮", "商超促销", "保安"};
// Work of four hours a day or less is 非全日制 (paid by the hour, Labour Contract Law Art. 68);
// harvests and sugar-mill work are seasonal.

// clang-format on

bool individualEmployer(int index)
{
    return index % 9 == 4;
}

// Employers that share a name stem are of different kinds: no two demo employers share a name.
int employerKind(int index)
{
    return int(size_t(index * 7 + 3 + index / int(kEmployerStems.size())) % kEmployerKinds.size());
}

bool hires(const Hirers& h, int employer)
{
    if (individualEmployer(employer))
        return h.individuals;
    return std::find(h.kinds.begin(), h.kinds.end(), employerKind(employer)) != h.kinds.end();
}

int pickSettlement(const QString& unit, Rng& r)
{
    if (unit == QLatin1String("month"))
        return 2; // monthly
    if (unit == QLatin1String("project"))
        return 3; // on completion
    const int x = r.below(10);
    return x < 7 ? 0 : (x < 9 ? 1 : 3);
}

const std::array<const char*, 4> kSettlements{"daily", "weekly", "monthly", "on_completion"};

QString phoneFor(quint64 h)
{
    static const std::array<const char*, 8> prefixes{"138", "139", "135", "136",
                                                     "177", "186", "188", "199"};
    return s(prefixes[h % 8]) +
           QStringLiteral("%1").arg((h >> 8) % 100000000, 8, 10, QLatin1Char('0'));
}

// GB 11643-1999 check character, so demo ID numbers are valid.
// A unified social credit code (GB 32100-2015) for a Nanning enterprise: registration office 9,
// kind 1, area 450100, a made-up organisation code, and its check character.
QString creditCodeFor(int index)
{
    static const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    static const int weights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    const QString body =
        QStringLiteral("91450100") +
        QStringLiteral("%1").arg(quint64(index) * 7919 + 100003, 9, 10, QLatin1Char('0'));
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += int(alphabet.indexOf(body.at(i))) * weights[i];
    return body + alphabet.at((31 - sum % 31) % 31);
}

QChar idCheck(const QString& first17)
{
    static const int w[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += first17.at(i).digitValue() * w[i];
    return QLatin1String("10X98765432").at(sum % 11);
}

} // namespace

DemoData::DemoData(EntityStore& store, quint64 seed)
    : m_store(store)
    , m_seed(seed)
{}

QStringList DemoData::districts()
{
    QStringList out;
    for (const char* d : kDistricts)
        out << s(d);
    return out;
}

int DemoData::employerCount()
{
    return int(kEmployerStems.size() * 3);
}

QString DemoData::employerId(int index)
{
    return QUuid::createUuidV5(kNamespace, QStringLiteral("employer-%1").arg(index))
        .toString(QUuid::WithoutBraces);
}

QString DemoData::jobId(int index)
{
    return QUuid::createUuidV5(kNamespace, QStringLiteral("job-%1").arg(index))
        .toString(QUuid::WithoutBraces);
}

QJsonObject DemoData::employer(int index) const
{
    Rng r(m_seed ^ (0xE0000000ULL + quint64(index)));
    const QString stem = s(kEmployerStems[size_t(index) % kEmployerStems.size()]);
    const QString kind = s(kEmployerKinds[size_t(employerKind(index))]);
    const int place = pickDistrict(r);
    const QString district = s(kDistricts[size_t(place)]);
    const bool individual = individualEmployer(index);
    // A 个体工商户 trades under the owner's name (谢记), and the owner answers the phone.
    const QString owner = individual ? s(r.pick(kSurnames)) : QString();
    const QString name =
        individual ? district.mid(3) + stem + owner + s("记服务部") : s("广西") + stem + kind;
    QJsonObject o;
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("kind"),
             individual ? QStringLiteral("individual") : QStringLiteral("enterprise"));
    const QString contact = s(r.pick(kSurnames)) + (r.below(2) ? s("先生") : s("女士"));
    o.insert(QStringLiteral("contact"),
             QJsonObject{{QStringLiteral("name"), individual ? owner + s("师傅") : contact},
                         {QStringLiteral("phone"), phoneFor(r.next())}});
    o.insert(QStringLiteral("district"), district);
    o.insert(QStringLiteral("address"), addressIn(place, r, 300));
    o.insert(QStringLiteral("verification"),
             index % 23 == 5 ? QStringLiteral("unverified") : QStringLiteral("verified"));
    o.insert(QStringLiteral("blacklisted"), false);
    if (!individual)
        o.insert(QStringLiteral("credit_code"), creditCodeFor(index));
    return o;
}

QJsonObject DemoData::job(int index) const
{
    Rng r(m_seed ^ quint64(index) * 0x100000001b3ULL);
    const Trade& t = kTrades[size_t(r.below(int(kTrades.size())))];
    const QString unit = s(t.unit);
    const int step =
        unit == QLatin1String("month")
            ? 100
            : (unit == QLatin1String("project") ? 100 : (t.payHigh - t.payLow > 20 ? 10 : 1));
    const int span = std::max(1, (t.payHigh - t.payLow) / step);
    const int pmin = t.payLow + step * r.below(span);
    const int pmax = std::min(t.payHigh, pmin + step * (1 + r.below(3)));
    const QString occupation = s(t.occupation);
    const auto isTrade = [&t](const char* name) { return qstrcmp(t.occupation, name) == 0; };
    const Hirers& hirers = *std::find_if(kHirers.begin(), kHirers.end(), [&](const Hirers& h) {
        return QLatin1String(h.occupation) == QLatin1String(t.occupation);
    });
    // An employer of a kind that posts this trade, from a random place in the list on.
    int empIndex = r.below(employerCount());
    for (int tries = 0; tries < employerCount() && !hires(hirers, empIndex); ++tries)
        empIndex = (empIndex + 1) % employerCount();
    const QJsonObject emp = employer(empIndex);
    int place = pickDistrict(r);
    if (r.below(3) == 0) {
        const QString own = emp.value(QLatin1String("district")).toString();
        for (int i = 0; i < int(kDistricts.size()); ++i) {
            if (own == QLatin1String(kDistricts[size_t(i)]))
                place = i;
        }
    }
    const QString district = s(kDistricts[size_t(place)]);
    const QDate today = m_store.clock().today();
    // Monthly work is taken on for months, day work for days or weeks.
    const bool monthly = QLatin1String(t.unit) == QLatin1String("month");
    QDate start = today.addDays(r.below(8));
    QDate until = start.addDays(3 + r.below(28));
    const int statusRoll = r.below(100);
    // Waiting for review only for a reason the review page can give: its employer not verified
    // (below), or its being posted at the kiosk.
    QString status = QStringLiteral("published");
    if (statusRoll >= 4 && statusRoll < 9) {
        status = QStringLiteral("filled");
    } else if (statusRoll >= 9 && statusRoll < 12) {
        status = QStringLiteral("withdrawn");
    } else if (statusRoll >= 12 && statusRoll < 15) {
        status = QStringLiteral("expired");
        until = today.addDays(-1 - r.below(10));
        start = until.addDays(-3 - r.below(20));
    }
    if (status == QLatin1String("published") && until < today)
        until = today.addDays(r.below(5));
    // Day work is taken on until its last day at the latest: nobody is hired for a day's work a
    // week after it was done.
    const int workDays = 1 + int(mix(quint64(index) ^ 0xDA75ULL) % 20);
    if (!monthly && until > start.addDays(workDays - 1))
        until = std::max(start.addDays(workDays - 1),
                         status == QLatin1String("expired") ? start : std::max(today, start));
    // An unverified employer's posting waits for review (J3), in the demo as in the hall.
    if (status == QLatin1String("published") &&
        emp.value(QLatin1String("verification")).toString() != QLatin1String("verified"))
        status = QStringLiteral("pending_review");
    // 公益性岗位 are the public jobs that catch people who find work hardest: greening, cleaning
    // and guarding public places, arranged through companies and centres, never a 个体工商户.
    const bool welfareTrade = isTrade("绿化养护")   ? r.below(2) == 0
                              : isTrade("家政保洁") ? r.below(8) == 0
                              : isTrade("保安")     ? r.below(8) == 0
                                                    : false;
    const bool welfare = welfareTrade && !individualEmployer(empIndex);
    const QString title = s(t.titles[size_t(r.below(4))]);
    // A family takes one nanny or carer; a project has one taker; only labouring work, harvests,
    // factories and events take dozens at once.
    const bool bulk = std::any_of(kBulk.begin(), kBulk.end(), isTrade);
    const int headcount = unit == QLatin1String("project") ? 1
                          : isTrade("育婴护理")            ? 1 + r.below(2)
                          : isTrade("养老护工")            ? 1 + r.below(4)
                          : bulk                           ? 1 + r.below(r.below(4) == 0 ? 30 : 6)
                                                           : 1 + r.below(5);
    const QString addr = addressIn(place, r, 400);
    // A title that promises 日结 is paid daily.
    const int settlement = title.contains(s("日结")) ? 0 : pickSettlement(unit, r);
    // By the hour, and four hours a day or less (or said to be 兼职 or 钟点 by the hour).
    const double hours = Matching::hoursPerDay(s(t.hours));
    const bool partTime =
        unit == QLatin1String("hour") &&
        ((hours > 0 && hours <= 4) || title.contains(s("兼职")) || title.contains(s("钟点")));
    const QString form = isTrade("农业采收") || title.contains(s("季节"))
                             ? QStringLiteral("seasonal")
                         : partTime ? QStringLiteral("part_time")
                                    : QStringLiteral("temporary");
    const int firstSkill = r.below(3);
    const int secondSkill = (firstSkill + 1 + r.below(2)) % 3;
    const QString skills =
        s(t.skills[size_t(firstSkill)]) + s("；") + s(t.skills[size_t(secondSkill)]);
    // How long the work lasts: not how long the posting is open (a job taken on until the 26th
    // may be three days' work).
    const QString period = monthly ? s("用工周期约") + QString::number(1 + r.below(6)) + s("个月")
                                   : s("用工周期约") + QString::number(workDays) + s("天");
    // Work done at the customers' homes has no one workplace.
    const bool callOut = s(t.hours).contains(s("上门"));
    const QString description =
        (callOut ? s("在") + district + s("一带按单上门，") : s("在") + addr + s("上班，")) +
        (settlement == 0 ? s("当天结算工资，") : QString()) + period +
        s("。到岗请带身份证，可在零工市场窗口免费登记。");
    // Posted over the past 30 days, in the hall's working day (07:30 to 17:30, Monday to
    // Saturday, hall time); in whole seconds, as cheap as it must be for a benchmark's million.
    const qint64 now = m_store.clock().now().toSecsSinceEpoch();
    const quint64 spread = quint64(index) * 2654435761ULL;
    qint64 day = (now + 8 * 3600) / 86400 - qint64(spread % 30); // days since 1970-01-01
    qint64 at = day * 86400 + (7 * 3600 + 1800) + qint64((spread >> 8) % 600) * 60 - 8 * 3600;
    // 1 January 1970 was a Thursday: (day + 3) % 7 is 0 on a Monday, 6 on a Sunday.
    while (at > now || (day + 3) % 7 == 6) {
        --day;
        at -= 86400;
    }
    const QDateTime created = QDateTime::fromSecsSinceEpoch(at, Qt::UTC);

    QJsonObject o;
    o.insert(QStringLiteral("title"), title);
    o.insert(QStringLiteral("occupation"), occupation);
    o.insert(QStringLiteral("industry"), s(t.industry));
    o.insert(QStringLiteral("skills"), skills);
    o.insert(
        QStringLiteral("location"),
        QJsonObject{{QStringLiteral("district"), district},
                    {QStringLiteral("address"), callOut ? district + s("各处，按单上门") : addr}});
    o.insert(QStringLiteral("work_hours"), s(t.hours));
    o.insert(QStringLiteral("pay"), QJsonObject{{QStringLiteral("min"), pmin},
                                                {QStringLiteral("max"), pmax},
                                                {QStringLiteral("unit"), unit}});
    o.insert(QStringLiteral("settlement"), s(kSettlements[size_t(settlement)]));
    o.insert(QStringLiteral("form"), form);
    o.insert(QStringLiteral("headcount"), headcount);
    o.insert(QStringLiteral("start_date"), start.toString(Qt::ISODate));
    o.insert(QStringLiteral("valid_until"), until.toString(Qt::ISODate));
    o.insert(QStringLiteral("employer_id"), employerId(empIndex));
    o.insert(QStringLiteral("employer_name"), emp.value(QLatin1String("name")));
    o.insert(QStringLiteral("contact"), emp.value(QLatin1String("contact")));
    o.insert(QStringLiteral("public_welfare"), welfare);
    o.insert(QStringLiteral("status"), status);
    o.insert(QStringLiteral("description"), description);
    o.insert(QStringLiteral("source"), QStringLiteral("demo"));
    o.insert(QStringLiteral("published_at"),
             status == QLatin1String("pending_review") ? QString() : Clock::toWire(created));
    o.insert(QStringLiteral("created_at"), Clock::toWire(created));
    return o;
}

Status DemoData::seed(int jobs, const std::function<void(int)>& progress)
{
    if (Status st = seedFixed(); !st.ok())
        return st;
    auto have =
        m_store.countWhereEquals(entities::job(), QStringLiteral("source"), QStringLiteral("demo"));
    if (!have.ok())
        return have.error();
    constexpr int kBatch = 20000;
    const ImportBatch::Context context = m_store.importContext();
    auto generate = [this, &context](int from, int to) {
        std::vector<std::pair<QString, QJsonObject>> rows;
        rows.reserve(size_t(to - from));
        for (int i = from; i < to; ++i)
            rows.emplace_back(jobId(i), job(i));
        // In key order, so the batch appends to the id index instead of scattering over it.
        std::sort(rows.begin(), rows.end(),
                  [](const auto& a, const auto& b) { return a.first < b.first; });
        return ImportBatch(entities::job(), rows, QStringLiteral("demo"), context);
    };
    // Each batch is generated, down to the values bound, on another thread while the one before
    // it is written.
    auto start = [&](int from) {
        return from < jobs
                   ? std::async(std::launch::async, generate, from, std::min(jobs, from + kBatch))
                   : std::future<ImportBatch>();
    };
    // All batches are one load: into a store without jobs, the job indexes are made once at the
    // end. Each batch is committed; a seed cut short is topped up by the next one.
    int next = have.value();
    Status loaded = m_store.bulkLoad(entities::job(), [&]() -> Status {
        for (std::future<ImportBatch> pending = start(next); pending.valid();) {
            const ImportBatch batch = pending.get();
            next += int(batch.rowCount());
            pending = start(next);
            if (Status st = m_store.importRows(batch); !st.ok())
                return st;
            if (progress)
                progress(next);
        }
        return {};
    });
    if (!loaded.ok())
        return loaded;
    return seedActivity(jobs);
}

Status DemoData::seedActivity(int jobs)
{
    // A few weeks of work at the window, so that the queue, the ledger, the complaints list and
    // the monthly match figures are not empty: applications and matches in every state, call-back
    // requests (one overdue), and the ledger entries that go with them.
    // It refers to the first kActivityJobs jobs only, so topping up gives the same store as
    // seeding everything at once.
    constexpr int kActivityJobs = 100;
    if (jobs < kActivityJobs)
        return {};
    auto have = m_store.countWhereEquals(entities::application(), QStringLiteral("origin"),
                                         QStringLiteral("demo"));
    if (!have.ok())
        return have.error();
    if (have.value() > 0)
        return {};
    const QDateTime now = m_store.clock().now();
    auto id = [](const char* kind, int i) {
        return QUuid::createUuidV5(kNamespace,
                                   QStringLiteral("%1-%2").arg(QLatin1String(kind)).arg(i))
            .toString(QUuid::WithoutBraces);
    };
    auto local = [](const QDateTime& t) { return t.toOffsetFromUtc(8 * 3600); };
    std::vector<std::pair<QString, QJsonObject>> applications;
    std::vector<std::pair<QString, QJsonObject>> ledger;
    const std::array<const char*, 6> states{"applied", "recommended", "interviewed",
                                            "hired",   "not_hired",   "no_show"};
    constexpr int kApplications = 72;
    for (int i = 0; i < kApplications; ++i) {
        Rng r(m_seed ^ (0xA9900000ULL + quint64(i)));
        const QString status = s(states[size_t(i) % states.size()]);
        const bool kiosk = i % 3 == 0;
        // Over the past three weeks, in opening hours, the outcome too.
        const QDateTime applied = duringHours(now, (2 + r.below(24 * 20)) / 24,
                                              m_seed ^ (0xA99A0000ULL + quint64(i)), 9000);
        const QString seekerId = id("seeker", (i * 17) % 1200);
        QJsonObject o;
        o.insert(QStringLiteral("job_id"), jobId((i * 37) % kActivityJobs));
        o.insert(QStringLiteral("seeker_id"), seekerId);
        o.insert(QStringLiteral("phone"), phoneFor(r.next()));
        o.insert(QStringLiteral("channel"),
                 kiosk ? QStringLiteral("kiosk") : QStringLiteral("staff"));
        o.insert(QStringLiteral("status"), status);
        if (kiosk)
            o.insert(QStringLiteral("confirmation_no"),
                     QString::number(300000 + i * 7919 % 100000));
        o.insert(QStringLiteral("applied_at"), Clock::toWire(applied));
        if (status != QLatin1String("applied"))
            o.insert(QStringLiteral("recommended_at"), Clock::toWire(applied.addSecs(600)));
        if (i % 6 >= 2)
            o.insert(QStringLiteral("interviewed_at"), Clock::toWire(applied.addSecs(5400)));
        if (i % 6 >= 3)
            o.insert(QStringLiteral("outcome_at"), Clock::toWire(applied.addSecs(9000)));
        o.insert(QStringLiteral("staff"),
                 kiosk && status == QLatin1String("applied") ? QString() : QStringLiteral("demo"));
        o.insert(QStringLiteral("created_at"), Clock::toWire(applied));
        applications.emplace_back(id("application", i), o);

        const bool hired = status == QLatin1String("hired");
        const QJsonObject entry = ledgerEntry(
            applied,
            kiosk ? QStringLiteral("application")
                  : (hired ? QStringLiteral("hire") : QStringLiteral("match")),
            kiosk ? s("自助机报名") : (hired ? s("即时快招：到岗") : s("即时快招：推荐岗位")),
            kiosk ? QString() : QStringLiteral("demo"), QStringLiteral("application"),
            id("application", i));
        ledger.emplace_back(id("worklog-application", i), entry);
    }
    for (int i = 0; i < 30; ++i) {
        Rng r(m_seed ^ (0xC0500000ULL + quint64(i)));
        const QDateTime at =
            duringHours(now, (1 + r.below(24 * 14)) / 24, m_seed ^ (0xC05A0000ULL + quint64(i)));
        const QJsonObject entry =
            ledgerEntry(at, i % 3 == 0 ? QStringLiteral("enquiry") : QStringLiteral("consultation"),
                        i % 3 == 0 ? s("电话咨询日结岗位情况") : s("来窗口咨询灵活就业社保补贴"),
                        QStringLiteral("demo"));
        ledger.emplace_back(id("worklog-desk", i), entry);
    }

    struct Request
    {
        const char* kind;
        const char* category;
        const char* description;
        int hoursAgo;
        bool closed;
        int about; // the kind of employer complained about (kEmployerKinds), or -1
    };
    const std::array<Request, 5> requests{{
        {"callback", "拖欠工资", "", 3, false, -1},
        {"callback", "招聘信息不实", "", 60, false, -1},
        {"complaint", "中介乱收费", "反映某中介以介绍工作为名收取报名费200元。", 30, false, 6},
        {"callback", "社保补贴咨询", "", 120, true, -1},
        {"complaint", "拖欠工资", "装修工地拖欠三天工钱。", 200, true, 0},
    }};
    // The first company of that kind on record.
    const auto employerOfKind = [](int kind) {
        for (int e = 0; kind >= 0 && e < employerCount(); ++e)
            if (!individualEmployer(e) && employerKind(e) == kind)
                return employerId(e);
        return QString();
    };
    std::vector<std::pair<QString, QJsonObject>> complaints;
    for (int i = 0; i < int(requests.size()); ++i) {
        const Request& q = requests[size_t(i)];
        const QDateTime at = duringHours(
            now, q.hoursAgo / 24, m_seed ^ (0xC0FA0000ULL + quint64(i)), q.closed ? 7200 : 0);
        const QString kind = s(q.kind);
        // Same deadlines as ComplaintService: next working day for a call-back, five otherwise,
        // at 18:00 hall time.
        QDate due = local(at).date();
        for (int left = kind == QLatin1String("callback") ? 1 : 5; left > 0;) {
            due = due.addDays(1);
            if (due.dayOfWeek() <= 5)
                --left;
        }
        QJsonObject o;
        o.insert(QStringLiteral("kind"), kind);
        o.insert(QStringLiteral("category"), s(q.category));
        o.insert(QStringLiteral("phone"),
                 phoneFor(Rng(m_seed ^ (0xC0FF0000ULL + quint64(i))).next()));
        o.insert(QStringLiteral("description"), s(q.description));
        o.insert(QStringLiteral("owner"), kind == QLatin1String("callback") && !q.closed
                                              ? QStringLiteral("duty")
                                              : QStringLiteral("demo"));
        o.insert(QStringLiteral("deadline"),
                 Clock::toWire(QDateTime(due, QTime(18, 0), Qt::OffsetFromUTC, 8 * 3600)));
        o.insert(QStringLiteral("status"),
                 q.closed ? QStringLiteral("closed") : QStringLiteral("open"));
        if (q.closed) {
            o.insert(QStringLiteral("resolution"), s("已回电说明情况，当事人表示满意。"));
            o.insert(QStringLiteral("closed_at"), Clock::toWire(at.addSecs(7200)));
        }
        o.insert(QStringLiteral("employer_id"), employerOfKind(q.about));
        o.insert(QStringLiteral("created_at"), Clock::toWire(at));
        complaints.emplace_back(id("complaint", i), o);
        // Logged as ComplaintService logs it: by the clerk who took it, or by nobody (duty).
        const QJsonObject entry = ledgerEntry(
            at, QStringLiteral("complaint"),
            (kind == QLatin1String("callback") ? s("请求工作人员回电：") : s("登记投诉或诉求：")) +
                s(q.category),
            o.value(QLatin1String("owner")).toString() == QLatin1String("duty")
                ? QString()
                : QStringLiteral("demo"),
            QStringLiteral("complaint"), id("complaint", i));
        ledger.emplace_back(id("worklog-complaint", i), entry);
    }
    // Two postings made at the kiosk's 我要招工 today (yesterday, before the hall opens), waiting
    // for a clerk to phone and publish them (J3).
    std::vector<std::pair<QString, QJsonObject>> kioskJobs;
    for (int i = 0; i < 2; ++i) {
        KioskPosting p;
        p.occupation = i == 0 ? s("家政保洁") : s("泥瓦工");
        p.industry = i == 0 ? s("居民服务") : s("建筑业");
        p.district = QStringLiteral("南宁市青秀区");
        p.place = i == 0 ? QStringLiteral("home") : QStringLiteral("site");
        p.starts = QStringLiteral("tomorrow");
        p.duration = i == 0 ? QStringLiteral("1d") : QStringLiteral("1w");
        p.hours = i == 0 ? QStringLiteral("morning") : QStringLiteral("day");
        p.headcount = i == 0 ? 1 : 3;
        p.pay = i == 0 ? 30 : 260;
        p.payUnit = i == 0 ? QStringLiteral("hour") : QStringLiteral("day");
        p.settlement = i == 0 ? QStringLiteral("on_completion") : QStringLiteral("weekly");
        p.asks = {i == 0 ? QStringLiteral("no_experience") : QStringLiteral("experience")};
        if (i == 1)
            p.offers = {QStringLiteral("meals"), QStringLiteral("tools")};
        p.phone = phoneFor(Rng(m_seed ^ (0xB0570000ULL + quint64(i))).next());
        p.surname = i == 0 ? s("黄") : s("覃");
        p.honorific = i == 0 ? QStringLiteral("ms") : QStringLiteral("mr");
        QJsonObject o = p.toJob(local(now).date());
        const QDateTime at = duringHours(now, 0, m_seed ^ (0xB057A000ULL + quint64(i)));
        o.insert(QStringLiteral("published_at"), QString());
        o.insert(QStringLiteral("created_at"), Clock::toWire(at));
        kioskJobs.emplace_back(id("kiosk-posting", i), o);
        ledger.emplace_back(
            id("worklog-kiosk-posting", i),
            ledgerEntry(at, QStringLiteral("posting"),
                        s("自助机发布岗位，待审核：") + o.value(QLatin1String("title")).toString(),
                        QString(), QStringLiteral("job"), id("kiosk-posting", i)));
    }
    // All or nothing: the check above would otherwise skip a half-seeded set for ever.
    Transaction tx(m_store.database());
    if (!tx.ok())
        return tx.error();
    if (Status st =
            m_store.importRows(entities::application(), applications, QStringLiteral("demo"));
        !st.ok())
        return st;
    if (Status st = m_store.importRows(entities::complaint(), complaints, QStringLiteral("demo"));
        !st.ok())
        return st;
    if (Status st = m_store.importRows(entities::job(), kioskJobs, QStringLiteral("demo"));
        !st.ok())
        return st;
    if (Status st = m_store.importRows(entities::worklog(), ledger, QStringLiteral("demo"));
        !st.ok())
        return st;
    return tx.commit();
}

Status DemoData::seedFixed()
{
    auto have = m_store.countWhereEquals(entities::employer(), QStringLiteral("origin"),
                                         QStringLiteral("demo"));
    if (!have.ok())
        return have.error();
    if (have.value() > 0)
        return {};

    std::vector<std::pair<QString, QJsonObject>> employers;
    for (int i = 0; i < employerCount(); ++i)
        employers.emplace_back(employerId(i), employer(i));
    if (Status st = m_store.importRows(entities::employer(), employers, QStringLiteral("demo"));
        !st.ok())
        return st;

    auto contentItem = [](const char* kind, const char* title, const char* body, QJsonObject extra,
                          int order) {
        QJsonObject o;
        o.insert(QStringLiteral("kind"), s(kind));
        o.insert(QStringLiteral("title"), s(title));
        o.insert(QStringLiteral("body"), s(body));
        o.insert(QStringLiteral("extra"), extra);
        o.insert(QStringLiteral("sort_order"), order);
        return o;
    };
    // Courses start some days after the demo store is made, whenever that is.
    const auto dayFromToday = [this](int days) {
        return m_store.clock().today().addDays(days).toString(Qt::ISODate);
    };
    std::vector<std::pair<QString, QJsonObject>> content;
    int n = 0;
    auto add = [&](QJsonObject o) {
        content.emplace_back(QUuid::createUuidV5(kNamespace, QStringLiteral("content-%1").arg(n))
                                 .toString(QUuid::WithoutBraces),
                             o);
        ++n;
    };
    add(contentItem("policy", "灵活就业人员社会保险补贴",
                    "打零工、做小时工、自己接活干，没有固定用人单位的，就是“灵活就业人员”。其中的"
                    "就业困难人员自己缴纳社会保险费的，可按规定申请社会保险补贴，补贴期限最长不超过"
                    "3年。请携带身份证到窗口咨询办理。",
                    {{QStringLiteral("source"), s("广西壮族自治区人力资源和社会保障厅")}}, 1));
    add(contentItem("policy", "零工市场免费服务承诺",
                    "公益性零工市场对所有打零工、找活干的人员（灵活就业人员）免费提供岗位信息、职业"
                    "指导、技能培训信息和权益维护指引服务，不收取任何费用。",
                    {}, 2));
    add(contentItem("policy", "职业技能培训补贴",
                    "参加政府补贴性职业技能培训并取得职业资格证书或职业技能等级证书的，可按规定享受"
                    "培训补贴，部分工种另有生活费补贴。",
                    {}, 3));
    add(contentItem("policy", "公益性岗位安置",
                    "年纪大、有残疾、家里收入低，自己一直找不到活干的（就业困难人员），可以由政府"
                    "安排到公益性岗位上班，比如社区保洁、保安、看护，每月有固定工资。岗位信息在本"
                    "市场统一发布，带身份证到窗口问。",
                    {}, 4));
    add(contentItem("policy", "新就业形态职业伤害保障",
                    "平台外卖骑手、快递员等新就业形态就业人员可按规定参加职业伤害保障，发生工作伤害"
                    "可申请待遇。",
                    {}, 5));
    add(contentItem("training", "家政服务员（育婴员）培训班",
                    "培训内容：婴幼儿生活照料、保健与护理、早期教育。培训时长：15天。培训结束参加考"
                    "核，合格者颁发证书。",
                    {{QStringLiteral("institution"), s("南宁市第一职业技能培训学校")},
                     {QStringLiteral("start"), dayFromToday(3)},
                     {QStringLiteral("cost"), s("符合条件者免费")},
                     {QStringLiteral("phone"), QStringLiteral("0771-5551234")}},
                    1));
    add(contentItem("training", "电工作业（低压）取证培训",
                    "适合有志从事电工工作的人员。理论+实操，考试合格取得特种作业操作证。",
                    {{QStringLiteral("institution"), s("广西安全技术培训中心")},
                     {QStringLiteral("start"), dayFromToday(10)},
                     {QStringLiteral("cost"), s("补贴后个人承担300元")},
                     {QStringLiteral("phone"), QStringLiteral("0771-5605678")}},
                    2));
    add(contentItem("training", "农产品直播电商培训",
                    "学习短视频拍摄、直播带货技巧，推介广西沃柑、茉莉花茶等特色农产品。",
                    {{QStringLiteral("institution"), s("南宁市电子商务协会")},
                     {QStringLiteral("start"), dayFromToday(18)},
                     {QStringLiteral("cost"), s("免费")},
                     {QStringLiteral("phone"), QStringLiteral("0771-2223344")}},
                    3));
    add(contentItem("training", "中式烹调师（老友粉、螺蛳粉）",
                    "学习广西特色米粉制作与小吃店经营，适合想开小店创业的人员。",
                    {{QStringLiteral("institution"), s("南宁市职业技能公共实训基地")},
                     {QStringLiteral("start"), dayFromToday(37)},
                     {QStringLiteral("cost"), s("符合条件者免费")},
                     {QStringLiteral("phone"), QStringLiteral("0771-3887766")}},
                    4));
    add(contentItem("institution", "南宁市第一职业技能培训学校",
                    "开设育婴员、养老护理员、保洁员等家政类培训。地址：南宁市青秀区竹溪大道28号。",
                    {{QStringLiteral("phone"), QStringLiteral("0771-5551234")}}, 1));
    add(contentItem("institution", "南宁市职业技能公共实训基地",
                    "开设电工、焊工、中式烹调师等实训项目。地址：南宁市西乡塘区大学东路100号。",
                    {{QStringLiteral("phone"), QStringLiteral("0771-3887766")}}, 2));
    add(contentItem(
        "business", "创业担保贷款咨询",
        "个人最高可申请30万元创业担保贷款，符合条件的给予贴息。请到窗口领取一次性告知单。", {}, 1));
    add(contentItem("business", "创业培训（SYB）",
                    "SYB是“创办你的企业”创业培训课程，免费参加：学习开店选址、成本核算与营销，结业"
                    "后可申请创业补贴。",
                    {}, 2));
    add(contentItem("business", "创业项目推荐：社区便民服务",
                    "家电清洗、上门维修、社区团购自提点等小本项目，投入少、见效快。", {}, 3));
    add(contentItem("rights", "服务规范",
                    "本市场实行首问负责、限时办结、一次性告知：第一个接待您的工作人员负责到底；投诉"
                    "求助5个工作日内答复；办事需要的材料一次讲清楚。",
                    {}, 1));
    add(contentItem("rights", "投诉举报渠道",
                    "老板拖欠工资、不给工钱，可以打投诉电话0771-12333（劳动保障监察），也可以到窗口"
                    "登记，工作人员帮您讨回工钱。遇到收钱的黑中介、假招工，请马上举报。",
                    {{QStringLiteral("phone"), QStringLiteral("0771-12333")}}, 2));
    add(contentItem("rights", "依法用工提醒",
                    "用人单位招用零工应明确工作内容、工资标准和结算方式，按时足额支付劳动报酬，不得"
                    "发布含有就业歧视性内容的招聘信息。",
                    {}, 3));
    // The job fair a week after the demo store is made; gone from the screens after it.
    {
        const QDate fair = m_store.clock().today().addDays(7);
        QJsonObject notice = contentItem("notice", "建筑、家政、物流专场用工对接会", "", {}, 1);
        notice.insert(QStringLiteral("body"),
                      QStringLiteral("%1月%2日上午9点，本市场举办建筑、家政、物流专场对接会，欢迎"
                                     "求职者和用工单位参加。")
                          .arg(fair.month())
                          .arg(fair.day()));
        notice.insert(QStringLiteral("valid_until"), fair.toString(Qt::ISODate));
        add(notice);
    }
    add(contentItem("market", "南宁市青秀区零工市场",
                    "公益性零工市场，提供即时快招、职业指导、技能培训信息、权益维护等免费服务。",
                    // The address, hours and telephone are the terminal's settings': the entry says
                    // them when the clerk fills them in.
                    {{QStringLiteral("nature"), s("公共")},
                     {QStringLiteral("services"),
                      s("岗位发布、求职登记、即时快招、职业指导、培训报名、政策咨询、权益维护")},
                     {QStringLiteral("occupations"), s("建筑、家政、餐饮、物流、农业采收、新业态")},
                     {QStringLiteral("seeker_scale"), s("日均约300人")},
                     {QStringLiteral("daily_placements"), s("约80人")}},
                    1));
    // An urgent notice for tomorrow 07:30-08:30 hall time: the wall screen hands itself over to
    // it for that hour (and shows it in its screenshots beforehand), so its words say "now", not
    // "tomorrow".
    const QDate tomorrow = m_store.clock().today().addDays(1);
    const QTimeZone hall(8 * 3600);
    QJsonObject drill = contentItem(
        "urgent", "大厅消防演练，暂停办理业务",
        "7:30至8:30大厅进行消防演练，期间暂停办理业务。请听从工作人员指挥，从东侧安全出口有序"
        "疏散。给您带来不便，敬请谅解。",
        {{QStringLiteral("contact"), s("一号服务窗口")}}, 1);
    drill.insert(QStringLiteral("valid_from"),
                 QDateTime(tomorrow, QTime(7, 30), hall).toString(Qt::ISODate));
    drill.insert(QStringLiteral("valid_until"),
                 QDateTime(tomorrow, QTime(8, 30), hall).toString(Qt::ISODate));
    add(drill);
    if (Status st = m_store.importRows(entities::content(), content, QStringLiteral("demo"));
        !st.ok())
        return st;

    // Seekers with valid (made-up) ID numbers, registered over the past two months: 24 regulars
    // of the hall, then enough others across every trade for the monthly supply-and-demand
    // figures to look like a real hall's.
    std::vector<std::pair<QString, QJsonObject>> seekers;
    std::vector<std::pair<QString, QJsonObject>> services;
    // The ledger entries that go with them, as the services write them: every registration
    // (one in four at the kiosk), every guidance and training referral.
    std::vector<std::pair<QString, QJsonObject>> ledger;
    const auto uuid = [](const QString& name) {
        return QUuid::createUuidV5(kNamespace, name).toString(QUuid::WithoutBraces);
    };
    // Given names as a woman's or a man's, to go with the gender the ID number gives.
    const std::array<const char*, 12> women{"秀英", "桂兰", "美玲", "春梅", "丽娟", "金凤",
                                            "玉梅", "小燕", "丽华", "凤英", "海燕", "秋菊"};
    const std::array<const char*, 12> men{"志强", "海军", "建华", "国庆", "文斌", "永福",
                                          "建军", "明辉", "志刚", "德明", "少华", "家宝"};
    const QJsonArray occupations{s("家政保洁"), s("建筑搬运"), s("外卖快递"),
                                 s("酒店餐饮"), s("农业采收"), s("保安")};
    constexpr int kSeekers = 1200;
    for (int i = 0; i < kSeekers; ++i) {
        Rng r(m_seed ^ (0x5EE0000ULL + quint64(i)));
        const QDate birth = QDate(1962 + r.below(40), 1 + r.below(12), 1 + r.below(28));
        const QString first17 = QStringLiteral("450103") +
                                birth.toString(QStringLiteral("yyyyMMdd")) +
                                QStringLiteral("%1").arg(r.below(1000), 3, 10, QLatin1Char('0'));
        const QString idNumber = first17 + idCheck(first17);
        const bool male = first17.at(16).digitValue() % 2 == 1;
        QJsonArray difficulties;
        validation::IdNumberInfo born;
        born.birthDate = birth;
        born.gender = male ? QStringLiteral("male") : QStringLiteral("female");
        if (validation::isOlderWorker(born, m_store.clock().today()))
            difficulties << QStringLiteral("older");
        if (i % 7 == 3)
            difficulties << QStringLiteral("low_income");
        if (i % 11 == 5)
            difficulties << QStringLiteral("disability");
        QJsonObject o;
        o.insert(QStringLiteral("name"),
                 s(kSurnames[size_t(i) % kSurnames.size()]) +
                     s((male ? men : women)[size_t(i / int(kSurnames.size())) % men.size()]));
        o.insert(QStringLiteral("id_number"), idNumber);
        o.insert(QStringLiteral("gender"),
                 male ? QStringLiteral("male") : QStringLiteral("female"));
        o.insert(QStringLiteral("birth_date"), birth.toString(Qt::ISODate));
        o.insert(QStringLiteral("phone"), phoneFor(r.next()));
        // Schooling as gig workers have it: mostly 初中, less among the older; a few not asked.
        {
            const int e = Rng(m_seed ^ (0xED0C0000ULL + quint64(i))).below(100);
            const std::array<int, 4> upTo =
                birth.year() < 1972 ? std::array{30, 75, 93, 99} : std::array{5, 50, 80, 94};
            const std::array<const char*, 5> levels{"小学", "初中", "高中/中专", "大专",
                                                    "本科及以上"};
            size_t level = 0;
            while (level < upTo.size() && e >= upTo[level])
                ++level;
            o.insert(QStringLiteral("education"), e % 25 == 7 ? QString() : s(levels[level]));
        }
        QJsonArray wanted;
        if (i < 24) {
            wanted << occupations.at(r.below(int(occupations.size())));
        } else {
            wanted << s(kTrades[size_t(r.below(int(kTrades.size())))].occupation);
            if (r.below(3) == 0) {
                const QString second = s(kTrades[size_t(r.below(int(kTrades.size())))].occupation);
                if (second != wanted.first().toString())
                    wanted << second;
            }
        }
        o.insert(QStringLiteral("wanted_occupations"), wanted);
        o.insert(QStringLiteral("wanted_districts"), QJsonArray{s(kDistricts[size_t(r.below(6))])});
        o.insert(QStringLiteral("availability"), QStringLiteral("now"));
        o.insert(QStringLiteral("expected_pay"),
                 QJsonObject{{QStringLiteral("min"), 150 + 10 * r.below(8)},
                             {QStringLiteral("unit"), QStringLiteral("day")}});
        o.insert(QStringLiteral("difficulties"), difficulties);
        o.insert(QStringLiteral("tier"),
                 difficulties.isEmpty() ? QStringLiteral("normal") : QStringLiteral("priority"));
        // Registered (and consented) over the past two months, so the monthly statistics have
        // a previous month too.
        const QString registered = Clock::toWire(
            duringHours(m_store.clock().now(), r.below(60), m_seed ^ (0x71AE0000ULL + quint64(i))));
        o.insert(QStringLiteral("consent_at"), registered);
        o.insert(QStringLiteral("created_at"), registered);
        o.insert(QStringLiteral("source"), QStringLiteral("demo"));
        const QString seekerId = QUuid::createUuidV5(kNamespace, QStringLiteral("seeker-%1").arg(i))
                                     .toString(QUuid::WithoutBraces);
        seekers.emplace_back(seekerId, o);
        const bool atKiosk = i % 4 == 1;
        ledger.emplace_back(
            uuid(QStringLiteral("worklog-seeker-%1").arg(i)),
            ledgerEntry(Clock::fromWire(registered), QStringLiteral("registration"),
                        atKiosk ? s("求职人员在自助查询机登记") : s("求职人员在服务窗口登记"),
                        atKiosk ? QString() : QStringLiteral("demo"), QStringLiteral("seeker"),
                        seekerId));
        // The tiered package (1 guidance, 3 recommendations, 1 training) under way for some of
        // the people in difficulty: each step a few days after the one before, none in the
        // future.
        if (!difficulties.isEmpty() && r.below(3) == 0) {
            QDateTime when = Clock::fromWire(registered);
            const int steps = 1 + r.below(5);
            const std::array<const char*, 5> package{"guidance", "recommendation", "recommendation",
                                                     "training", "recommendation"};
            for (int k = 0; k < steps; ++k) {
                when = intoHours(when.addSecs(qint64(3600) * (2 + r.below(24 * 6))),
                                 m_seed ^ (0x5E7A0000ULL + quint64(i) * 8 + quint64(k)));
                if (when > m_store.clock().now())
                    break;
                QJsonObject rec;
                rec.insert(QStringLiteral("seeker_id"), seekerId);
                rec.insert(QStringLiteral("kind"), s(package[size_t(k)]));
                rec.insert(QStringLiteral("at"), Clock::toWire(when));
                rec.insert(QStringLiteral("staff"), QStringLiteral("demo"));
                rec.insert(QStringLiteral("created_at"), Clock::toWire(when));
                const QString serviceId = uuid(QStringLiteral("service-%1-%2").arg(i).arg(k));
                services.emplace_back(serviceId, rec);
                // Recommendations are logged by the match that made them.
                if (QLatin1String(package[size_t(k)]) == QLatin1String("guidance"))
                    ledger.emplace_back(uuid(QStringLiteral("worklog-service-%1-%2").arg(i).arg(k)),
                                        ledgerEntry(when, QStringLiteral("consultation"),
                                                    s("为困难零工人员提供职业指导"),
                                                    QStringLiteral("demo"),
                                                    QStringLiteral("service_record"), serviceId));
                else if (QLatin1String(package[size_t(k)]) == QLatin1String("training"))
                    ledger.emplace_back(uuid(QStringLiteral("worklog-service-%1-%2").arg(i).arg(k)),
                                        ledgerEntry(when, QStringLiteral("training"),
                                                    s("为困难零工人员推荐技能培训"),
                                                    QStringLiteral("demo"),
                                                    QStringLiteral("service_record"), serviceId));
            }
        }
        // Guidance on registration and insurance (S3), during the visit to the window: on
        // employment registration for some, on the pension insurance for fewer, and on
        // occupational-injury cover for those who want delivery work.
        if (!atKiosk) {
            const bool delivery = wanted.contains(s("外卖快递"));
            const std::array<std::pair<const char*, bool>, 3> guidance{
                {{"registration_guidance", r.below(3) == 0},
                 {"pension_guidance", r.below(5) == 0},
                 {"injury_guidance", delivery && r.below(2) == 0}}};
            const std::array<const char*, 3> summaries{
                "就业登记指引", "企业职工基本养老保险参保指引", "新就业形态职业伤害保障参保指引"};
            QDateTime when = Clock::fromWire(registered);
            for (size_t k = 0; k < guidance.size(); ++k) {
                if (!guidance[k].second)
                    continue;
                when = when.addSecs(60 * (3 + r.below(10)));
                if (when > m_store.clock().now())
                    break;
                QJsonObject rec;
                rec.insert(QStringLiteral("seeker_id"), seekerId);
                rec.insert(QStringLiteral("kind"), s(guidance[k].first));
                rec.insert(QStringLiteral("at"), Clock::toWire(when));
                rec.insert(QStringLiteral("staff"), QStringLiteral("demo"));
                rec.insert(QStringLiteral("created_at"), Clock::toWire(when));
                const QString serviceId = uuid(QStringLiteral("guidance-%1-%2").arg(i).arg(k));
                services.emplace_back(serviceId, rec);
                ledger.emplace_back(uuid(QStringLiteral("worklog-guidance-%1-%2").arg(i).arg(k)),
                                    ledgerEntry(when, QStringLiteral("consultation"),
                                                s(summaries[k]), QStringLiteral("demo"),
                                                QStringLiteral("service_record"), serviceId));
            }
        }
    }
    // Together or not at all, as the rest of the demo.
    Transaction tx(m_store.database());
    if (!tx.ok())
        return tx.error();
    if (Status st = m_store.importRows(entities::seeker(), seekers, QStringLiteral("demo"));
        !st.ok())
        return st;
    if (Status st = m_store.importRows(entities::serviceRecord(), services, QStringLiteral("demo"));
        !st.ok())
        return st;
    if (Status st = m_store.importRows(entities::worklog(), ledger, QStringLiteral("demo"));
        !st.ok())
        return st;
    return tx.commit();
}

} // namespace lingong
