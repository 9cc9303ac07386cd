#include "catchqt.h"
#include "discrimination.h"

#include <catch2/catch.hpp>

using namespace lingong;

TEST_CASE("Discriminatory job text is caught with the phrase and category", "[discrimination]")
{
    const auto& checker = DiscriminationChecker::shipped();
    REQUIRE_FALSE(checker.isEmpty());
    const std::pair<const char*, const char*> flagged[] = {
        {"限男性", "gender"},
        {"限女性，男士勿扰", "gender"},
        {"女性，男士勿扰", "gender"},
        {"只招女性、男性免谈", "gender"},
        {"限桂籍", "origin"},
        {"桂籍优先", "origin"},
        {"外省籍人员勿扰", "origin"},
        {"要求女，男的勿扰", "gender"},
        {"女性，男的勿扰", "gender"},
        {"女性、男性请勿打扰", "gender"},
        {"限广西籍", "origin"},
        {"广西籍优先", "origin"},
        {"南宁籍优先", "origin"},
        {"新疆籍勿扰", "origin"},
        {"仅限男", "gender"},
        {"男性优先", "gender"},
        {"只招女工", "gender"},
        {"女士优先，有经验者佳", "gender"},
        {"要求男性，能吃苦", "gender"},
        {"谢绝女性", "gender"},
        {"不招女工", "gender"},
        {"性别：男", "gender"},
        {"招男5名", "gender"},
        {"女生勿扰", "gender"},
        {"男，18-45岁", "gender"},
        {"男工，能吃苦", "gender"},
        {"招女服务员", "gender"},
        {"纺织女工", "gender"},
        {"东北人勿扰", "origin"},
        {"不要河南人", "origin"},
        {"四川籍人员免谈", "origin"},
        {"非农户口", "household_registration"},
        {"男性，能吃苦", "gender"},
        {"招聘男性普工3名", "gender"},
        {"招男性搬运工2名", "gender"},
        {"急招女生，做饭", "gender"},
        {"诚聘女士，负责接待", "gender"},
        {"女性收银2名", "gender"},
        {"男士装卸工两名", "gender"},
        {"招收男性学徒", "gender"},
        // Spoken words for a man or a woman of some age.
        {"招小伙子搬货，日结", "gender"},
        {"急招2名小伙子", "gender"},
        {"招年轻小伙，能吃苦", "gender"},
        {"诚招保洁阿姨", "gender"},
        {"找个阿姨做饭，中午两小时", "gender"},
        {"需要阿姨做饭", "gender"},
        {"要求：小伙子", "gender"},
        {"招个阿姨", "gender"},
        {"招收银员小妹", "gender"},
        {"招宝妈兼职，时间自由", "gender"},
        {"宝妈优先", "gender"},
        {"小伙子优先，包吃住", "gender"},
        {"阿姨勿扰", "gender"},
        {"搬运小伙3名", "gender"},
        {"家政大姐2名", "gender"},
        {"前台小姐姐1名", "gender"},
        {"只要美女", "gender"},
        {"靓女优先", "gender"},
        {"不要大叔", "gender"},
        {"招收男性搬运工若干名", "gender"},
        {"需要男性，能吃苦", "gender"},
        {"男性仓库搬运装卸工3名", "gender"},
        {"男士搬运3位", "gender"},
        {"招女性服务员", "gender"},
        {"男的优先", "gender"},
        {"限东北人", "origin"},
        {"不招河南、四川人", "origin"},
        {"限汉族", "ethnicity"},
        {"仅招汉族", "ethnicity"},
        {"需要汉族", "ethnicity"},
        {"本地户口，35岁以下", "household_registration"},
        {"广西户籍", "household_registration"},
        {"汉族优先", "ethnicity"},
        {"少数民族勿扰", "ethnicity"},
        {"不招新疆人", "ethnicity"},
        {"民族：汉", "ethnicity"},
        {"不要信教的", "religion"},
        {"穆斯林勿扰", "religion"},
        {"要求无宗教信仰", "religion"},
        {"只招本地户口", "household_registration"},
        {"限南宁市户籍", "household_registration"},
        {"本地人优先", "household_registration"},
        {"外地人勿扰", "household_registration"},
        {"不要农村户口", "household_registration"},
        {"要求城镇户口", "household_registration"},
        {"乙肝携带者勿扰", "health"},
        {"乙肝病毒携带者不要", "health"},
        {"大三阳免谈", "health"},
        {"HBV阳性者不录用", "health"},
        {"残疾人勿扰", "health"},
        {"身体健康无残疾", "health"},
        {"孕妇勿扰", "pregnancy"},
        {"已育优先", "pregnancy"},
        {"已婚已育", "pregnancy"},
        {"两年内不生育", "pregnancy"},
        {"哺乳期免谈", "pregnancy"},
        {"入职需孕检", "pregnancy"},
        {"需提供孕检报告", "pregnancy"},
        {"上岗前须做妊娠检查", "pregnancy"},
        {"面试时验孕", "pregnancy"},
        {"提供未孕证明", "pregnancy"},
        {"未婚", "marital_status"},
        {"限未婚女性", "marital_status"},
        {"已婚者优先", "marital_status"},
        {"单身优先", "marital_status"},
        {"身高160以上", "appearance"},
        {"身高165cm以上", "appearance"},
        {"身高要求：1.7米", "appearance"},
        {"五官端正", "appearance"},
        {"形象气质佳", "appearance"},
        {"体重100斤以下", "appearance"},
    };
    for (const auto& [text, category] : flagged) {
        const QString t = QString::fromUtf8(text);
        INFO(text);
        const auto finding = checker.find(QStringLiteral("招聘普工，") + t + QStringLiteral("。"));
        REQUIRE(finding.has_value());
        CHECK(finding->category == QString::fromUtf8(category));
        CHECK_FALSE(finding->phrase.isEmpty());
        CHECK(t.contains(finding->phrase));
    }
    CHECK(std::size(flagged) >= 40);
}

TEST_CASE("Neutral job text is not flagged", "[discrimination]")
{
    const auto& checker = DiscriminationChecker::shipped();
    const char* const neutral[] = {
        "男女不限",
        "性别不限",
        "男女均可，能吃苦耐劳",
        "男、女服务员各2名",
        "招男、女服务员各2名",
        "急招男工、女工若干",
        "招男工女工，包吃住",
        "需男、女普工各10名",
        "籍贯不限",
        "男工、女工同工同酬",
        "招聘男女服务员",
        "桂林籍贯不限",
        "不限户籍",
        "户籍不限，包吃住",
        "民族不限",
        "婚否不限",
        "身高不限",
        "形象不限",
        "提供单身宿舍",
        "有男女宿舍",
        "欢迎残疾人应聘",
        "欢迎女性应聘",
        "不歧视乙肝携带者",
        "小区保洁（日结）",
        "能吃苦，有保洁经验优先",
        "会开叉车，持证上岗",
        "8:00-17:00，共3天",
        "工地搬运，日结150元",
        "有电工证优先",
        "熟练使用电焊机",
        "负责货物分拣、打包",
        "餐厅服务员，包一餐",
        "家政保洁，要求细心",
        "采摘沙糖桔，按斤计件",
        "甘蔗砍收，季节工",
        "快递分拣，夜班",
        "会操作收银系统",
        "保安，需持保安证",
        "有健康证（食品行业）",
        "工作认真负责",
        "能适应倒班",
        "车间普工，站立作业",
        "搬家师傅，力气大",
        "水电安装，自带工具",
        "月嫂，有育婴师证优先",
        "医院孕检科室保洁",
        "妇幼保健院导诊，引导孕妇做产检",
        "招聘女装缝纫工，熟手优先",
        "男装仓库理货员",
        "老年人陪护，有耐心",
        "中午12点至下午2点休息",
        "周末兼职发传单",
        "需要会说普通话和粤语",
        "南宁市青秀区民族大道",
        "本地外地户口均可",
        "本地户口、外地户口都可",
        "外地人也可，包住",
        "不限本地户口",
        "农村户籍不限",
        "农村户籍劳动力可申领交通补贴",
        "协助办理本地户口迁移",
        "本地户籍人员可享受培训补贴",
        "男、女均可",
        "男女工若干，包吃住",
        "男女服务员各2名",
        "维护女工权益",
        "湖南路12号仓库",
        "河南人也欢迎",
        "东北菜馆招帮厨",
        "男工、女工均可",
        "男工女工同工同酬",
        "提供男工宿舍和女工宿舍",
        "协助社区妇女工作站",
        "性别：男、女",
        "男 女 均可",
        "农业户口、非农业户口均可",
        "工地在北京不要求学历",
        "招男女搬运工2名",
        "招聘男、女装卸工各3名",
        "招工：男女各5名",
        "招女装导购2名",
        "男装店招聘店员1名",
        "急招男工女工10名",
        "急招女鞋厂包装工10名",
        "招男科医院保洁1名",
        "招男童装店导购",
        "招女士内衣店员",
        "女士内衣店导购2名",
        "男士理发店学徒2名",
        "女生宿舍保洁2名",
        "学校女生宿舍宿管1名",
        "男生宿舍管理员1名",
        "男士、女士各2名",
        "男生女生各5名",
        "联系王女士，收3人",
        "王女士收3人",
        "请联系黄女士招聘保洁2名",
        "女性用品销售3个月以上经验",
        "宝妈也可，时间灵活",
        "适合宝妈、学生兼职",
        "联系李阿姨 13800000000",
        "王大姐收3人",
        "快递小哥送件，按件计酬",
        "照顾一位独居阿姨的起居",
        "诚招小伙伴加入我们",
        "宝妈不要错过",
        "包吃住，食堂有做饭阿姨",
        "协助护工阿姨照顾老人",
        "给带娃宝妈提供灵活兼职",
        "保洁阿姨、大叔均可",
        "详情找阿姨",
    };
    for (const char* text : neutral) {
        INFO(text);
        const auto finding = checker.find(QString::fromUtf8(text));
        CHECK_FALSE(finding.has_value());
        if (finding)
            FAIL_CHECK(finding->phrase.toStdString());
    }
    CHECK(std::size(neutral) >= 40);
    CHECK_FALSE(checker.find(QString()).has_value());
}

TEST_CASE("Every phrase in a text is found, in order, each once", "[discrimination]")
{
    const auto& checker = DiscriminationChecker::shipped();
    const auto all =
        checker.findAll(QStringLiteral("男性优先，无乙肝，本地户口；男性优先。男女不限，包吃住"));
    REQUIRE(all.size() == 3);
    CHECK(all[0].phrase == QStringLiteral("男性优先"));
    CHECK(all[0].category == QStringLiteral("gender"));
    CHECK(all[1].phrase == QStringLiteral("乙肝"));
    CHECK(all[1].category == QStringLiteral("health"));
    CHECK(all[2].phrase == QStringLiteral("本地户口"));
    CHECK(all[2].category == QStringLiteral("household_registration"));
    CHECK(checker.find(QStringLiteral("包吃住，限男性，乙肝勿扰"))->phrase ==
          QStringLiteral("限男性"));
    CHECK(checker.findAll(QStringLiteral("男女不限，包吃住")).empty());
    CHECK(checker.findAll(QString()).empty());
}

TEST_CASE("Rules are data: a checker built from JSON uses its own list", "[discrimination]")
{
    const auto checker = DiscriminationChecker::fromJson(
        R"({"neutral":["不限颜色"],"rules":[{"category":"colour","patterns":["只要红色"]}]})");
    const auto f = checker.find(QStringLiteral("工作服只要红色"));
    REQUIRE(f.has_value());
    CHECK(f->phrase == QStringLiteral("只要红色"));
    CHECK(f->category == QStringLiteral("colour"));
    CHECK_FALSE(checker.find(QStringLiteral("限男性")).has_value());
}
