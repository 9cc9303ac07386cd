#include "requestchecklist.h"

#include "catchqt.h"

using namespace lingong;

TEST_CASE("each matter a person can bring has its own list of what to have ready",
          "[app][complaint]")
{
    const QStringList categories = RequestChecklist::categories();
    REQUIRE(categories.size() == 6);
    CHECK(categories.front() == QStringLiteral("拖欠工资"));
    CHECK(categories.back() == QStringLiteral("其他问题"));
    for (const QString& category : categories) {
        INFO(category.toStdString());
        CHECK(RequestChecklist::items(category).size() >= 2);
        CHECK(RequestChecklist::label(category) != category); // English in the tests
    }
    for (qsizetype i = 0; i + 1 < categories.size(); ++i)
        CHECK(RequestChecklist::items(categories[i]) != RequestChecklist::items(categories.back()));
    // Training and starting a business are asked about by call-back too (T1, T2), from the
    // screen that shows them: lists of their own.
    for (const char* category : {"培训报名", "创业咨询"}) {
        INFO(category);
        const QString c = QString::fromUtf8(category);
        CHECK_FALSE(categories.contains(c));
        CHECK(RequestChecklist::label(c) != c);
        CHECK(RequestChecklist::items(c).size() >= 4);
        CHECK(RequestChecklist::items(c) != RequestChecklist::items(categories.back()));
    }
    // A category nobody knows keeps its name as its label.
    CHECK(RequestChecklist::label(QStringLiteral("停车")) == QStringLiteral("停车"));
}

TEST_CASE("a matter typed at the window is recognised by its words", "[app][complaint]")
{
    const auto same = [](const char* typed, const char* category) {
        INFO(typed);
        CHECK(RequestChecklist::items(QString::fromUtf8(typed)) ==
              RequestChecklist::items(QString::fromUtf8(category)));
    };
    same("工资拖欠", "拖欠工资");
    same("工资结算", "拖欠工资");
    same("Unpaid wages", "拖欠工资");
    same("岗位信息不实", "招聘信息不实");
    same("虚假招聘，工资不符", "招聘信息不实"); // the matter's own word before pay
    same("fake job advert", "招聘信息不实");
    same("黑中介收取介绍费", "中介乱收费");
    same("工地受伤", "工伤或意外");
    same("Injured on site", "工伤或意外");
    same("招聘时性别歧视", "就业歧视");
    same("停车问题", "其他问题");
    // Words, not parts of them; and not words of any matter.
    same("Boss showed a fake advert", "招聘信息不实"); // not "owed"
    same("Injured my feet", "工伤或意外");             // not "fee"
    same("医院收费", "其他问题");
    same("因为是女的不要我", "就业歧视");
    same("只招男的", "就业歧视");
    same("招聘信息是假的", "招聘信息不实");
    same("说好日结，结果干完不给", "拖欠工资");
    same("进厂前交了300元押金", "其他问题"); // a deposit is not an agency's fee
    // Training and start-up advice are asked about from their own screen: their words in a
    // complaint add nothing of theirs.
    same("中介收培训费", "中介乱收费");
    same("岗前培训不给工资", "拖欠工资");
    same("被骗办了贷款", "招聘信息不实");
    same("business trip not paid", "拖欠工资");
    CHECK(RequestChecklist::items(QStringLiteral("培训报名")) !=
          RequestChecklist::items(QStringLiteral("其他问题")));

    // A matter of two: the lists of both, each item once.
    const QStringList both = RequestChecklist::items(QStringLiteral("摔伤住院后又被拖欠工资"));
    for (const char* category : {"拖欠工资", "工伤或意外"}) {
        for (const QString& item : RequestChecklist::items(QString::fromUtf8(category)))
            CHECK(both.contains(item));
    }
    CHECK(both.count(RequestChecklist::items(QStringLiteral("其他问题")).front()) == 1);
    same("", "其他问题");
}
