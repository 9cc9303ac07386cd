#include "requestchecklist.h"

#include <QRegularExpression>

#include <array>
#include <vector>

namespace lingong {

namespace {

struct Matter
{
    const char* category;             // stored (Chinese)
    const char* label;                // English source of its label
    const char* words;                // what recognises it in typed text (a pattern, any case)
    std::array<const char*, 5> items; // English sources
    bool rights = true; // one of the matters tapped on the kiosk's 权益维护 screen
};

// The first matter whose words the text contains; the last is the one for anything else.
const std::array<Matter, 8>& matters()
{
    static const std::array<Matter, 8> list{{
        {"拖欠工资",
         QT_TRANSLATE_NOOP("lingong::RequestChecklist", "Unpaid wages"),
         "拖欠|欠薪|欠(工资|工钱|钱)|不(发|给|结)(工资|工钱|钱)?$|不(发|给|结)(工资|工钱|钱)|克扣|"
         "\\bunpaid\\b|\\bowed\\b|\\bnot paid\\b",
         {QT_TRANSLATE_NOOP("lingong::RequestChecklist", "Your ID card"),
          QT_TRANSLATE_NOOP("lingong::RequestChecklist",
                            "The employer's name, and where you worked"),
          QT_TRANSLATE_NOOP(
              "lingong::RequestChecklist",
              "Proof that you worked there: a contract, work card, attendance record, chat "
              "messages or photos"),
          QT_TRANSLATE_NOOP(
              "lingong::RequestChecklist",
              "The pay agreed, the days worked and what was paid so far (transfer records or "
              "pay slips)"),
          QT_TRANSLATE_NOOP(
              "lingong::RequestChecklist",
              "Workmates who can confirm it, with their phone numbers, if there are any")}},
        {"招聘信息不实",
         QT_TRANSLATE_NOOP("lingong::RequestChecklist", "False job information"),
         "不实|虚假|假(招聘|信息|岗位)|是假的|(招聘|信息|岗位).{0,4}假|被骗|骗子|\\bfalse\\b|"
         "\\bfake\\b|\\bmisleading\\b",
         {QT_TRANSLATE_NOOP("lingong::RequestChecklist", "Your ID card"),
          QT_TRANSLATE_NOOP(
              "lingong::RequestChecklist",
              "The job advert as you saw it (a photo or screenshot), or where you saw it"),
          QT_TRANSLATE_NOOP("lingong::RequestChecklist",
                            "The employer's or agent's name and phone number"),
          QT_TRANSLATE_NOOP("lingong::RequestChecklist",
                            "What was different from the advert: pay, work, place or hours"),
          nullptr}},
        {"中介乱收费",
         QT_TRANSLATE_NOOP("lingong::RequestChecklist", "Agency charging fees"),
         "中介|乱收费|介绍费|\\bagenc(y|ies)\\b|\\bfees?\\b",
         {QT_TRANSLATE_NOOP("lingong::RequestChecklist", "Your ID card"),
          QT_TRANSLATE_NOOP("lingong::RequestChecklist", "The agency's name and address"),
          QT_TRANSLATE_NOOP("lingong::RequestChecklist",
                            "Receipts, transfer records or chat messages showing what you paid"),
          QT_TRANSLATE_NOOP("lingong::RequestChecklist", "What the agency promised you"), nullptr}},
        {"工伤或意外",
         QT_TRANSLATE_NOOP("lingong::RequestChecklist", "Injury or accident at work"),
         "工伤|受伤|摔伤|砸伤|烫伤|意外伤|事故|住院|\\binjur(y|ed|ies)\\b|\\baccidents?\\b|"
         "\\bhurt\\b",
         {QT_TRANSLATE_NOOP("lingong::RequestChecklist", "Your ID card"),
          QT_TRANSLATE_NOOP("lingong::RequestChecklist",
                            "The employer's name, and where you worked"),
          QT_TRANSLATE_NOOP("lingong::RequestChecklist", "Hospital records and receipts"),
          QT_TRANSLATE_NOOP("lingong::RequestChecklist",
                            "When and how it happened, and who saw it"),
          QT_TRANSLATE_NOOP(
              "lingong::RequestChecklist",
              "Whether the employer took out occupational-injury cover for you, if you know")}},
        {"就业歧视",
         QT_TRANSLATE_NOOP("lingong::RequestChecklist", "Discrimination"),
         "歧视|只招(男|女)|不招(男|女)|(男|女)的不要|(女|男)的?.{0,4}不要我|乙肝|性别|民族|户籍|"
         "怀孕|\\bdiscriminat",
         {QT_TRANSLATE_NOOP("lingong::RequestChecklist", "Your ID card"),
          QT_TRANSLATE_NOOP("lingong::RequestChecklist",
                            "The advert or words that turned you away (a photo, screenshot or chat "
                            "messages)"),
          QT_TRANSLATE_NOOP("lingong::RequestChecklist", "The employer's name and phone number"),
          QT_TRANSLATE_NOOP("lingong::RequestChecklist", "When and where it happened"), nullptr}},
        {"培训报名",
         QT_TRANSLATE_NOOP("lingong::RequestChecklist", "Training courses"),
         nullptr, // asked about from a course only: words like 培训 come up in complaints too
         {QT_TRANSLATE_NOOP("lingong::RequestChecklist", "Your ID card"),
          QT_TRANSLATE_NOOP("lingong::RequestChecklist",
                            "Your school certificate, or the highest schooling you had"),
          QT_TRANSLATE_NOOP("lingong::RequestChecklist",
                            "Your employment and entrepreneurship card (就业创业证) or proof of "
                            "unemployment registration, for the training subsidy"),
          QT_TRANSLATE_NOOP("lingong::RequestChecklist",
                            "The course or trade you want, and the days and times you can attend"),
          nullptr},
         false},
        {"创业咨询",
         QT_TRANSLATE_NOOP("lingong::RequestChecklist", "Starting a business"),
         nullptr, // asked about from a start-up service only (贷款 comes up in scams)
         {QT_TRANSLATE_NOOP("lingong::RequestChecklist", "Your ID card"),
          QT_TRANSLATE_NOOP("lingong::RequestChecklist",
                            "Your household register or residence permit"),
          QT_TRANSLATE_NOOP("lingong::RequestChecklist",
                            "If you have opened already: your business licence and the lease of "
                            "the premises"),
          QT_TRANSLATE_NOOP("lingong::RequestChecklist",
                            "What the business will do, what it needs to start and what you "
                            "have yourself"),
          QT_TRANSLATE_NOOP("lingong::RequestChecklist",
                            "How much of a guaranteed start-up loan (创业担保贷款) you would ask "
                            "for, if any")},
         false},
        {"其他问题",
         QT_TRANSLATE_NOOP("lingong::RequestChecklist", "Something else"),
         nullptr,
         {QT_TRANSLATE_NOOP("lingong::RequestChecklist", "Your ID card"),
          QT_TRANSLATE_NOOP("lingong::RequestChecklist", "Any papers or messages about the matter"),
          nullptr, nullptr, nullptr}},
    }};
    return list;
}

// Every matter the text names, in the order of the list (a person hurt and then not paid has
// both); one whose words it does not have, the matter for anything else.
std::vector<const Matter*> mattersOf(const QString& category)
{
    for (const Matter& m : matters()) {
        if (category == QString::fromUtf8(m.category))
            return {&m};
    }
    // Compiled once: each matter's words, in the order of matters(), then pay alone.
    static const std::vector<QRegularExpression> words = [] {
        const auto compile = [](const char* pattern) {
            return QRegularExpression(QString::fromUtf8(pattern),
                                      QRegularExpression::CaseInsensitiveOption |
                                          QRegularExpression::UseUnicodePropertiesOption);
        };
        std::vector<QRegularExpression> out;
        for (const Matter& m : matters())
            out.push_back(m.words ? compile(m.words) : QRegularExpression());
        out.push_back(compile("工资|工钱|薪|\\bwages?\\b|\\bpay\\b|\\bpaid\\b"));
        return out;
    }();
    std::vector<const Matter*> out;
    for (size_t i = 0; i < matters().size(); ++i) {
        if (matters()[i].words && words[i].match(category).hasMatch())
            out.push_back(&matters()[i]);
    }
    // Pay named without a word of another matter ("工资结算", "wages not paid"): wages.
    if (out.empty() && words.back().match(category).hasMatch())
        out.push_back(&matters().front());
    if (out.empty())
        out.push_back(&matters().back());
    return out;
}

} // namespace

QStringList RequestChecklist::categories()
{
    QStringList out;
    for (const Matter& m : matters())
        if (m.rights)
            out << QString::fromUtf8(m.category);
    return out;
}

QString RequestChecklist::label(const QString& category)
{
    for (const Matter& m : matters()) {
        if (category == QString::fromUtf8(m.category))
            return tr(m.label);
    }
    return category;
}

QStringList RequestChecklist::items(const QString& category)
{
    QStringList out;
    for (const Matter* m : mattersOf(category)) {
        for (const char* item : m->items) {
            if (item && !out.contains(tr(item)))
                out << tr(item);
        }
    }
    return out;
}

} // namespace lingong
