// The kiosk driven offscreen the way a person would: taps on the real widgets, found by name.
#include "applicationservice.h"
#include "chineseinterface.h"
#include "common/kioskstyle.h"
#include "common/linebalance.h"
#include "common/scrollmorehint.h"
#include "common/speaker.h"
#include "common/stafflabels.h"
#include "common/touchchipgroup.h"
#include "common/touchkeypad.h"
#include "demodata.h"
#include "doubleclick.h"
#include "jobservice.h"
#include "kiosk/kioskapplypage.h"
#include "kiosk/kioskattractpage.h"
#include "kiosk/kioskcorner.h"
#include "kiosk/kioskjobcard.h"
#include "kiosk/kioskjobdetailpage.h"
#include "kiosk/kioskjoblistpage.h"
#include "kiosk/kioskpage.h"
#include "kiosk/kioskpostpage.h"
#include "kiosk/kioskregisterpage.h"
#include "kiosk/kioskslips.h"
#include "kiosk/kiosktext.h"
#include "kiosk/kiosktradespage.h"
#include "kiosk/kioskurgentbar.h"
#include "kiosk/kioskwindow.h"
#include "kioskidlecontroller.h"
#include "kioskposting.h"
#include "masking.h"
#include "matching.h"
#include "pixels.h"
#include "places.h"
#include "requestchecklist.h"
#include "samples.h"
#include "seekerservice.h"
#include "storewatcher.h"
#include "tempterminal.h"

#include <algorithm>
#include <functional>

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFontMetrics>
#include <QFrame>
#include <QJsonArray>
#include <QLabel>
#include <QLayout>
#include <QPageLayout>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextLayout>
#include <QTimeZone>
#include <QTranslator>

#include <map>
#include <optional>

using namespace lingong;
using namespace lingong::test;

namespace {

constexpr int kDemoJobs = 80;

struct Kiosk
{
    // A kiosk filling a panel of this size, drawn to its scale (KioskStyle::scaleFor).
    explicit Kiosk(Config config = {}, QSize panel = QSize(1920, 1080))
        : t(Mode::Kiosk, std::move(config))
    {
        REQUIRE(DemoData(t->store()).seed(kDemoJobs).ok());
        KioskStyle::setScale(KioskStyle::scaleFor(panel));
        window = std::make_unique<KioskWindow>(t.terminal());
        // Tests tap as fast as events go; the guard against double taps has its own test.
        window->setTapGuardMs(0);
        window->resize(panel);
        window->show();
        settle();
    }

    ~Kiosk() { KioskStyle::setScale(1.0); }

    static void settle()
    {
        // Layout, queued page fitting and deferred deletes.
        for (int i = 0; i < 3; ++i) {
            QCoreApplication::processEvents();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        }
    }

    template <typename T = QWidget>
    T* find(const QString& name)
    {
        T* w = window->findChild<T*>(name);
        INFO(name.toStdString());
        REQUIRE(w != nullptr);
        return w;
    }

    void tap(const QString& name)
    {
        QWidget* w = find(name);
        INFO(name.toStdString());
        REQUIRE(w->isVisible());
        REQUIRE(w->isEnabled());
        QTest::mouseClick(w, Qt::LeftButton, {}, w->rect().center());
        settle();
    }

    void type(const QString& prefix, const QString& keys)
    {
        for (const QChar c : keys)
            tap(prefix + QStringLiteral("Key") + c);
    }

    // An ID number on the registration keypad: its X key only takes the 18th character.
    void typeId(const QString& id)
    {
        type(QStringLiteral("regId"), id.left(17));
        if (id.size() > 17 && id.at(17) == u'X')
            tap(QStringLiteral("regIdKeyX"));
        else
            type(QStringLiteral("regId"), id.mid(17));
    }

    QString text(const QString& labelName) { return find<QLabel>(labelName)->text(); }
    QString page() const { return window->currentPage()->objectName(); }

    QString scalar(const QString& sql)
    {
        auto r = t->database().scalar(sql);
        REQUIRE(r.ok());
        return r.value().toString();
    }

    TempTerminal t;
    std::unique_ptr<KioskWindow> window;
};

// A valid resident ID number (GB 11643 check character) for a birth date and sequence.
QString validId(const QString& first17)
{
    static const int w[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += first17.at(i).digitValue() * w[i];
    return first17 + QLatin1String("10X98765432").at(sum % 11);
}

QString wrongCheck(const QString& id)
{
    const QChar last = id.at(17) == u'1' ? u'2' : u'1';
    return id.left(17) + last;
}

// From the home screen through the registration with an ID number and mobile 13977112233 and no
// other answer, up to step `last`; at DoneStep the person has agreed and is registered.
KioskRegisterPage* registerUpTo(Kiosk& k, int last)
{
    k.tap(QStringLiteral("homeRegister"));
    KioskRegisterPage* reg = k.window->registerPage();
    k.typeId(validId(QStringLiteral("45010219900101123")));
    k.tap(QStringLiteral("regNext"));
    REQUIRE(reg->step() == KioskRegisterPage::PhoneStep);
    k.type(QStringLiteral("regPhone"), QStringLiteral("13977112233"));
    while (reg->step() < std::min(last, int(KioskRegisterPage::ConsentStep)))
        k.tap(QStringLiteral("regNext"));
    if (last == KioskRegisterPage::DoneStep)
        k.tap(QStringLiteral("regConsentAgree"));
    REQUIRE(reg->step() == last);
    return reg;
}

// From the home screen to the number entry for job card `card` of all open jobs.
void applyFromHome(Kiosk& k, const QString& card)
{
    k.tap(QStringLiteral("homeFindWork"));
    k.tap(QStringLiteral("tradesAll"));
    k.tap(card);
    k.tap(QStringLiteral("detailApply"));
    REQUIRE(k.page() == QLatin1String("kioskApply"));
}

// From the attract screen through 我要招工 up to the pay step: a bricklayer (paid by the day) on a
// building site in the hall's district, tomorrow, one day.
KioskPostPage* postToPay(Kiosk& k)
{
    k.tap(QStringLiteral("attractStart"));
    k.tap(QStringLiteral("homePost"));
    KioskPostPage* post = k.window->postPage();
    k.tap(QStringLiteral("postTrade_泥瓦工"));
    k.tap(QStringLiteral("postHeadcount_1"));
    k.tap(QStringLiteral("postNext"));
    k.tap(QStringLiteral("postDistrict_南宁市青秀区"));
    k.tap(QStringLiteral("postPlace_site"));
    k.tap(QStringLiteral("postNext"));
    k.tap(QStringLiteral("postNext"));
    REQUIRE(post->step() == KioskPostPage::PayStep);
    return post;
}

// Keeps what the kiosk would have read aloud.
class RecordingSpeaker final : public Speaker
{
public:
    bool isAvailable() const override { return available; }
    void say(const QString& text) override { said << text; }
    void stop() override { ++stops; }
    // The engine has started in the background.
    void becomeAvailable()
    {
        available = true;
        emit availabilityChanged(true);
    }

    bool available = false;
    QStringList said;
    int stops = 0;
};

QJsonObject jobData(Kiosk& k, const QString& id)
{
    auto got = k.t->store().get(entities::job(), id);
    REQUIRE(got.ok());
    REQUIRE(got.value().has_value());
    return got.value()->data;
}

} // namespace

TEST_CASE("a kiosk's words never end on a line of one or two characters, and keep their height",
          "[ui][kiosk]")
{
    const QString text = QStringLiteral("想参加培训吗？不少课程免费。感兴趣的点一下。");
    QFont font = QApplication::font();
    font.setPixelSize(34);
    // A width at which the words, broken where they may be, leave one or two characters alone,
    // and one at which they do not.
    int orphaned = 0;
    int whole = 0;
    for (int w = 800; w >= 300 && (orphaned == 0 || whole == 0); --w) {
        const QStringList lines = LineBalance::lines(text, font, w);
        if (lines.size() < 2)
            continue;
        int& found = lines.back().size() <= 2 ? orphaned : whole;
        if (found == 0)
            found = w;
    }
    REQUIRE(orphaned > 0);
    REQUIRE(whole > 0);
    const QStringList plain = LineBalance::lines(text, font, orphaned);
    const double balanced = LineBalance::width(text, font, orphaned);
    CHECK(balanced < orphaned);
    const QStringList shown = LineBalance::lines(text, font, balanced);
    CHECK(shown.size() == plain.size());
    CHECK(shown.back().size() > 2);
    CHECK(shown.join(QString()) == text);
    CHECK(LineBalance::width(text, font, whole) == whole);

    // A kiosk label paints the balanced lines, with the same text; where nothing stands alone it
    // paints as a plain label does. Framed too (a message's border), where QLabel keeps the text
    // half an x from the frame.
    for (const bool framed : {false, true}) {
        INFO(framed);
        std::unique_ptr<QLabel> kiosk(KioskStyle::label(text, "body", nullptr));
        QLabel ordinary(text);
        int around = 0; // the label's width beyond the text's
        for (QLabel* label : {kiosk.get(), &ordinary}) {
            label->setFont(font);
            label->setWordWrap(true);
            label->setTextFormat(Qt::PlainText);
            if (framed) {
                label->setFrameStyle(QFrame::Box | QFrame::Plain);
                label->setLineWidth(3);
                around = 2 * label->frameWidth() +
                         label->fontMetrics().horizontalAdvance(QLatin1Char('x')) / 2;
            }
        }
        const auto paint = [&](QLabel* label, int textWidth) {
            label->resize(textWidth + around, label->heightForWidth(textWidth + around));
            return label->grab().toImage();
        };
        CHECK(kiosk->text() == text);
        CHECK(paint(kiosk.get(), orphaned) != paint(&ordinary, orphaned));
        CHECK(paint(kiosk.get(), whole) == paint(&ordinary, whole));
    }
}

TEST_CASE("a kiosk's words break no date or number across lines where it takes no line more",
          "[ui][kiosk]")
{
    const QChar joiner(0x2060);
    const auto plain = [joiner](QString s) { return s.remove(joiner); };
    // What is read as one, joined; the rest as it was.
    for (const auto& [text, run] : std::initializer_list<std::pair<const char*, const char*>>{
             {"，12月14日开工", "12月14日"},
             {"截止2027年1月6日。", "2027年1月6日"},
             {"工作人员会打 136****1234 联系您", "136****1234"},
             {"电话0771-5551234", "0771-5551234"},
             {"8:00-17:00上班", "8:00-17:00"},
             {"180–190 元/天，日结", "180–190 元/天"},
             {"１２月１４日开工", "１２月１４日"}}) {
        INFO(text);
        const QString joined = LineBalance::keepTogether(QString::fromUtf8(text));
        CHECK(plain(joined) == QString::fromUtf8(text));
        QString expected;
        const QString r = QString::fromUtf8(run);
        for (qsizetype i = 0; i < r.size(); ++i)
            expected += (i > 0 ? QString(joiner) : QString()) + r.at(i);
        CHECK(joined.contains(expected));
    }
    CHECK(LineBalance::keepTogether(QStringLiteral("请点您想做的工种。")) ==
          QStringLiteral("请点您想做的工种。"));

    // A width at which the date is broken (and nothing stands alone at the end).
    const QString text =
        QStringLiteral("报名岗位：水果批发市场搬运（广西盛世物流有限公司），12月14日开工");
    const qsizetype from = text.indexOf(QStringLiteral("12月"));
    const qsizetype to = from + QStringLiteral("12月14日").size();
    QFont font = QApplication::font();
    font.setPixelSize(34);
    const auto splits = [&](const QStringList& lines) {
        qsizetype at = 0;
        for (const QString& line : lines) {
            at += plain(line).size();
            if (at > from && at < to)
                return true;
        }
        return false;
    };
    int broken = 0;
    for (int w = 900; w >= 300 && broken == 0; --w) {
        const QStringList lines = LineBalance::lines(text, font, w);
        if (lines.size() >= 2 && splits(lines) && LineBalance::width(text, font, w) == w)
            broken = w;
    }
    REQUIRE(broken > 0);
    const QString joined = LineBalance::keepTogether(text);
    const QStringList kept = LineBalance::lines(joined, font, broken);
    CHECK(kept.size() == LineBalance::lines(text, font, broken).size());
    CHECK_FALSE(splits(kept));

    // The kiosk label paints the date whole, its text unchanged.
    std::unique_ptr<QLabel> kiosk(KioskStyle::label(text, "body", nullptr));
    QLabel ordinary(text);
    QLabel whole(joined);
    for (QLabel* label : {kiosk.get(), &ordinary, &whole}) {
        label->setFont(font);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->resize(broken, label->heightForWidth(broken));
    }
    CHECK(kiosk->text() == text);
    CHECK(kiosk->height() == ordinary.height());
    CHECK(kiosk->grab().toImage() != ordinary.grab().toImage());
    CHECK(kiosk->grab().toImage() == whole.grab().toImage());
}

TEST_CASE("kiosk: 我要招工 names the posting by the job chosen among the trade's common ones",
          "[ui][kiosk]")
{
    ChineseInterface zh;
    Kiosk k;
    k.tap(QStringLiteral("attractStart"));
    k.tap(QStringLiteral("homePost"));
    KioskPostPage* post = k.window->postPage();
    const auto chip = [&k](const char* name) {
        return k.window->findChild<QPushButton*>(QString::fromUtf8(name));
    };
    // Nothing to choose before a trade is.
    CHECK_FALSE(k.find(QStringLiteral("postJobChips"))->isVisible());
    k.tap(QStringLiteral("postTrade_酒店餐饮"));
    REQUIRE(k.find(QStringLiteral("postJobChips"))->isVisible());
    REQUIRE(chip("postJob_洗碗工"));
    CHECK(chip("postJob_洗碗工")->isVisible());
    k.tap(QStringLiteral("postJob_洗碗工"));
    CHECK(post->posting().jobName == QStringLiteral("洗碗工"));
    // The same trade tapped again keeps it; another trade offers its own.
    k.tap(QStringLiteral("postTrade_酒店餐饮"));
    CHECK(post->posting().jobName == QStringLiteral("洗碗工"));
    k.tap(QStringLiteral("postTrade_家政保洁"));
    CHECK(post->posting().jobName.isEmpty());
    CHECK_FALSE(chip("postJob_洗碗工"));
    REQUIRE(chip("postJob_开荒保洁"));
    k.tap(QStringLiteral("postTrade_酒店餐饮"));
    // A job chosen can be taken back: 其他, named by the trade.
    k.tap(QStringLiteral("postJob_洗碗工"));
    k.tap(QStringLiteral("postJob_other"));
    CHECK(post->posting().jobName.isEmpty());
    CHECK(post->posting()
              .toJob(k.t.clock().today())
              .value(QLatin1String("title"))
              .toString()
              .startsWith(QStringLiteral("酒店餐饮（")));
    k.tap(QStringLiteral("postJob_洗碗工"));
    // Skipped, the posting is named by its trade; chosen, by the job.
    QJsonObject job = post->posting().toJob(k.t.clock().today());
    CHECK(job.value(QLatin1String("title")).toString().startsWith(QStringLiteral("洗碗工（")));
    CHECK(job.value(QLatin1String("occupation")).toString() == QStringLiteral("酒店餐饮"));
    // The next person starts with none.
    k.window->resetAll();
    k.tap(QStringLiteral("attractStart"));
    k.tap(QStringLiteral("homePost"));
    CHECK(post->posting().jobName.isEmpty());
    CHECK_FALSE(k.find(QStringLiteral("postJobChips"))->isVisible());
}

TEST_CASE("kiosk: on an English screen the trade's common jobs are named in English", "[ui][kiosk]")
{
    Kiosk k;
    k.tap(QStringLiteral("attractStart"));
    k.tap(QStringLiteral("homePost"));
    k.tap(QStringLiteral("postTrade_酒店餐饮"));
    auto* dishwasher = k.window->findChild<QPushButton*>(QStringLiteral("postJob_洗碗工"));
    REQUIRE(dishwasher);
    CHECK(dishwasher->property("chipLabel").toString() == QStringLiteral("Dishwasher"));
    // The posting is still named as the hall's staff and the seekers read it.
    k.tap(QStringLiteral("postJob_洗碗工"));
    CHECK(k.window->postPage()->posting().jobName == QStringLiteral("洗碗工"));
}

TEST_CASE("kiosk: a question beside its answers goes above them where it would be squeezed",
          "[ui][kiosk]")
{
    ChineseInterface zh;
    Kiosk k(Config{}, QSize(1920, 1080));
    k.tap(QStringLiteral("attractStart"));
    registerUpTo(k, KioskRegisterPage::WhereWhenStep);
    QWidget* answers = k.find(QStringLiteral("regWhen_now"))->parentWidget();
    QLabel* question = nullptr;
    for (QLabel* l : answers->parentWidget()->findChildren<QLabel*>()) {
        if (l->text() == QStringLiteral("什么时候可以上工？"))
            question = l;
    }
    REQUIRE(question);
    const auto box = [&k](QWidget* w) {
        return QRect(w->mapTo(k.window.get(), QPoint()), w->size());
    };
    const auto lines = [](QLabel* l) {
        return LineBalance::lines(l->text(), l->font(), l->contentsRect().width()).size();
    };
    // Every answer whole inside the row, none cut off.
    QWidget* row = question->parentWidget();
    const auto whole = [&] {
        for (QPushButton* chip : answers->findChildren<QPushButton*>()) {
            INFO(chip->objectName().toStdString());
            CHECK(row->rect().contains(QRect(chip->mapTo(row, QPoint()), chip->size())));
            CHECK(chip->width() >= chip->sizeHint().width());
        }
    };
    // Wide: on one row, the words on one line.
    CHECK(box(question).right() < box(answers).left());
    CHECK(lines(question) == 1);
    whole();
    // Large text at the same size: the answers grow, and are placed again.
    k.window->setLargeText(true);
    k.settle();
    whole();
    // Tall, in large text: the words above, whole on a line, the answers under them.
    k.window->resize(1080, 1920);
    k.settle();
    CHECK(box(question).bottom() <= box(answers).top());
    CHECK(lines(question) == 1);
    CHECK(k.window->rect().contains(box(answers)));
    whole();
    // Wide again: back beside.
    k.window->setLargeText(false);
    k.window->resize(1920, 1080);
    k.settle();
    CHECK(box(question).right() < box(answers).left());
}

TEST_CASE("kiosk: the jobs suggested after registering are not those the person applied for",
          "[ui][kiosk]")
{
    Kiosk k;
    k.tap(QStringLiteral("attractStart"));
    registerUpTo(k, KioskRegisterPage::DoneStep);
    const auto suggested = [&k] {
        QStringList ids;
        for (const KioskJobCard* c :
             k.find(QStringLiteral("regSuggestions"))->findChildren<KioskJobCard*>())
            ids << c->jobId();
        return ids;
    };
    const QStringList before = suggested();
    REQUIRE(before.size() >= 2);
    // The same person, had they applied for the first with their mobile before registering.
    auto seeker = SeekerService(k.t->store(), k.t.clock())
                      .findByIdNumber(validId(QStringLiteral("45010219900101123")));
    REQUIRE(seeker.ok());
    REQUIRE(seeker.value());
    REQUIRE(k.t->store().remove(entities::seeker(), seeker.value()->id).ok());
    REQUIRE(ApplicationService(k.t->store(), k.t.clock())
                .apply(before.front(), QStringLiteral("13977112233"))
                .ok());
    k.tap(QStringLiteral("regFinish"));
    registerUpTo(k, KioskRegisterPage::DoneStep);
    const QStringList after = suggested();
    REQUIRE(!after.isEmpty());
    CHECK_FALSE(after.contains(before.front()));
    CHECK(after.contains(before.at(1)));
}

TEST_CASE("kiosk: trade, list, filter, detail, apply with a bad then a good phone", "[ui][kiosk]")
{
    Kiosk k;
    REQUIRE(k.page() == QLatin1String("kioskAttract"));
    k.tap(QStringLiteral("attractStart"));
    REQUIRE(k.page() == QLatin1String("kioskHome"));
    k.tap(QStringLiteral("homeFindWork"));
    REQUIRE(k.page() == QLatin1String("kioskTrades"));

    // The trade with the most open daily-paid jobs.
    const QString today = k.t->clock().today().toString(Qt::ISODate);
    const QString open =
        QStringLiteral("deleted = 0 AND status = 'published' AND valid_until >= '%1'").arg(today);
    const QString trade =
        k.scalar(QStringLiteral("SELECT occupation FROM job WHERE %1 AND settlement = 'daily' "
                                "GROUP BY occupation ORDER BY COUNT(*) DESC, occupation LIMIT 1")
                     .arg(open));
    REQUIRE_FALSE(trade.isEmpty());
    const int tradeJobs = k.t.count(QStringLiteral("job"),
                                    open + QStringLiteral(" AND occupation = '%1'").arg(trade));
    // The tile shows the count of open jobs.
    CHECK(k.find<QPushButton>(QStringLiteral("trade_") + trade)
              ->text()
              .contains(QString::number(tradeJobs)));
    k.tap(QStringLiteral("trade_") + trade);
    REQUIRE(k.page() == QLatin1String("kioskJobList"));
    CHECK(k.text(QStringLiteral("kioskJobListTitle")) ==
          QStringLiteral("Jobs: ") + k.t->reference().displayName(trade));
    KioskJobListPage* list = k.window->jobList();
    CHECK(list->total() == tradeJobs);
    REQUIRE_FALSE(list->visibleJobIds().isEmpty());
    for (const QString& id : list->visibleJobIds())
        CHECK(jobData(k, id).value(QLatin1String("occupation")).toString() == trade);

    // Every card says when its job pays: 日结 in the green badge, the others outlined.
    QSet<QString> settlementsSeen;
    for (qsizetype i = 0; i < list->visibleJobIds().size(); ++i) {
        const QString settlement =
            jobData(k, list->visibleJobIds().at(i)).value(QLatin1String("settlement")).toString();
        settlementsSeen.insert(settlement);
        auto* card = k.find<QWidget>(QStringLiteral("jobCard_%1").arg(i));
        const bool daily = settlement == QLatin1String("daily");
        auto* paid = card->findChild<QLabel*>(daily ? QStringLiteral("cardDaily")
                                                    : QStringLiteral("cardSettlement"));
        REQUIRE(paid);
        CHECK(paid->text() == KioskText::settlement(settlement));
        CHECK(paid->property("role").toString() ==
              (daily ? QLatin1String("badge") : QLatin1String("settle")));
        CHECK_FALSE(card->findChild<QLabel*>(daily ? QStringLiteral("cardSettlement")
                                                   : QStringLiteral("cardDaily")));
    }
    CHECK(settlementsSeen.size() > 1);
    // The details say it the same way.
    for (qsizetype i = 0; i < list->visibleJobIds().size(); ++i) {
        const QString settlement =
            jobData(k, list->visibleJobIds().at(i)).value(QLatin1String("settlement")).toString();
        if (settlement == QLatin1String("daily"))
            continue;
        k.tap(QStringLiteral("jobCard_%1").arg(i));
        REQUIRE(k.page() == QLatin1String("kioskJobDetail"));
        CHECK(k.find(QStringLiteral("detailSettlement"))->isVisible());
        CHECK(k.text(QStringLiteral("detailSettlement")) == KioskText::settlement(settlement));
        CHECK(k.find(QStringLiteral("detailSettlement"))->property("role").toString() ==
              QStringLiteral("settle"));
        k.tap(QStringLiteral("navBack"));
        REQUIRE(k.page() == QLatin1String("kioskJobList"));
        break;
    }

    // Filter: paid daily. The button says what it chooses, then the choice.
    CHECK(k.find<QPushButton>(QStringLiteral("filterSettlement"))->text() ==
          QStringLiteral("When paid: Any"));
    k.tap(QStringLiteral("filterSettlement"));
    k.tap(QStringLiteral("settlement_daily"));
    const int daily = k.t.count(
        QStringLiteral("job"),
        open + QStringLiteral(" AND occupation = '%1' AND settlement = 'daily'").arg(trade));
    CHECK(list->total() == daily);
    CHECK(k.find<QPushButton>(QStringLiteral("filterSettlement"))->text() ==
          QStringLiteral("Paid: daily"));
    for (const QString& id : list->visibleJobIds())
        CHECK(jobData(k, id).value(QLatin1String("settlement")).toString() ==
              QLatin1String("daily"));
    // Every card of a daily-paid job carries the badge.
    CHECK(k.window->findChildren<QLabel*>(QStringLiteral("cardDaily")).size() ==
          list->visibleJobIds().size());

    // Detail: every J1 field, the employer and a QR code.
    const QString jobId = list->visibleJobIds().first();
    const QJsonObject job = jobData(k, jobId);
    k.tap(QStringLiteral("jobCard_0"));
    REQUIRE(k.page() == QLatin1String("kioskJobDetail"));
    CHECK(k.text(QStringLiteral("kioskJobDetailTitle")) ==
          job.value(QLatin1String("title")).toString());
    // The interface is English here: the trade reads in English, the job still has its own.
    const QString tradeName = k.t->reference().displayName(trade);
    CHECK(tradeName != trade);
    CHECK(k.text(QStringLiteral("detailOccupation")) == tradeName);
    // Each value starts on its label's line, however tall its row.
    for (const char* field : {"detailOccupation", "detailSkills", "detailHeadcount",
                              "detailPayUnit", "detailContact", "detailDescription"})
        CHECK(k.find<QLabel>(QString::fromLatin1(field))->alignment() ==
              (Qt::AlignLeft | Qt::AlignTop));
    CHECK(k.text(QStringLiteral("detailSkills")) == job.value(QLatin1String("skills")).toString());
    CHECK(k.text(QStringLiteral("detailHours")) ==
          job.value(QLatin1String("work_hours")).toString());
    CHECK(k.text(QStringLiteral("detailEmployer")) ==
          job.value(QLatin1String("employer_name")).toString());
    CHECK(k.text(QStringLiteral("detailLocation"))
              .contains(EntitySpec::jsonAt(job, QStringLiteral("location.address")).toString()));
    // The place named in the interface's language (English here) above the address as written.
    {
        const QString district =
            EntitySpec::jsonAt(job, QStringLiteral("location.district")).toString();
        REQUIRE(district.startsWith(QStringLiteral("南宁市")));
        CHECK(k.text(QStringLiteral("detailLocation"))
                  .startsWith(Places::guangxi().displayName(district) + QLatin1Char('\n')));
        CHECK(k.text(QStringLiteral("detailLocation")).contains(QStringLiteral(", Nanning\n")));
    }
    for (const char* name : {"detailPayField", "detailPayUnit", "detailSettlement", "detailForm",
                             "detailHeadcount", "detailStart", "detailValidUntil"})
        CHECK_FALSE(k.text(QLatin1String(name)).isEmpty());
    // The kind of work by its legal term, and what that means in plain words.
    {
        const QString form = job.value(QLatin1String("form")).toString();
        REQUIRE_FALSE(KioskText::formMeaning(form).isEmpty());
        CHECK(k.text(QStringLiteral("detailForm")) ==
              KioskText::form(form) + QLatin1Char('\n') + KioskText::formMeaning(form));
    }
    // The contact's phone is masked.
    const QString contactPhone =
        EntitySpec::jsonAt(job, QStringLiteral("contact.phone")).toString();
    CHECK_FALSE(k.text(QStringLiteral("detailContact")).contains(contactPhone));
    CHECK_FALSE(k.find<QLabel>(QStringLiteral("detailQr"))->pixmap().isNull());

    // Apply: a bad number is refused with a message and the digits stay.
    const auto applyBox = [&k] {
        QWidget* w = k.find(QStringLiteral("detailApply"));
        return QRect(w->mapTo(k.window.get(), QPoint()), w->size());
    };
    const QRect applyBefore = applyBox();
    k.tap(QStringLiteral("detailApply"));
    REQUIRE(k.page() == QLatin1String("kioskApply"));
    k.type(QStringLiteral("apply"), QStringLiteral("12345"));
    k.tap(QStringLiteral("applySubmit"));
    QLabel* error = k.find<QLabel>(QStringLiteral("applyError"));
    CHECK(error->isVisible());
    // In plain words: how many digits are missing.
    CHECK(error->text() == QLatin1String("6 more to go: a mobile number has 11 digits."));
    CHECK(k.window->applyPage()->findChild<TouchKeypad*>()->text() == QLatin1String("12345"));
    CHECK(k.text(QStringLiteral("applyDisplay")) == QLatin1String("123 45"));
    CHECK(k.t.count(QStringLiteral("application")) == 0);
    CHECK(k.t.count(QStringLiteral("outbox"), QStringLiteral("entity = 'application'")) == 0);

    // 确认报名 follows the keypad: beside it on a wide screen, below it on a tall one.
    {
        auto* keypad = k.window->applyPage()->findChild<TouchKeypad*>();
        auto* submit = k.find<QPushButton>(QStringLiteral("applySubmit"));
        const auto box = [&k](QWidget* w) {
            return QRect(w->mapTo(k.window.get(), QPoint()), w->size());
        };
        CHECK(box(submit).right() < box(keypad).left());
        k.window->resize(1080, 1920);
        k.settle();
        CHECK(box(submit).top() > box(keypad).bottom());
        CHECK(submit->isVisible());
        // As in the other pages' steps: the keypad right under the words, the message right
        // under the keypad, where the eyes are while typing, and the keys stay where they are
        // when it goes.
        REQUIRE(error->isVisible());
        auto* words = k.find(QStringLiteral("applyJob"));
        CHECK(box(keypad).top() - box(words).bottom() < KioskStyle::px(160));
        CHECK(box(error).top() > box(keypad).bottom());
        CHECK(box(error).top() - box(keypad).bottom() < KioskStyle::px(60));
        CHECK(box(submit).top() > box(error).bottom());
        auto* key = k.find<QPushButton>(QStringLiteral("applyKey5"));
        const QRect before = box(key);
        k.type(QStringLiteral("apply"), QStringLiteral("6"));
        k.settle();
        CHECK_FALSE(error->isVisible());
        CHECK(box(key) == before);
        k.tap(QStringLiteral("applyKeyBack"));
        k.window->resize(1920, 1080);
        k.settle();
        CHECK(box(submit).right() < box(keypad).left());
    }

    // Then the right number: stored, queued, and a six-digit number shown big.
    k.tap(QStringLiteral("applyKeyClear"));
    k.type(QStringLiteral("apply"), QStringLiteral("13800138000"));
    k.tap(QStringLiteral("applySubmit"));
    const QString number = k.text(QStringLiteral("applyConfirmationNo"));
    CHECK(QRegularExpression(QStringLiteral("^\\d{6}$")).match(number).hasMatch());
    CHECK(k.t.count(QStringLiteral("application")) == 1);
    CHECK(k.t.count(QStringLiteral("outbox"), QStringLiteral("entity = 'application'")) == 1);
    CHECK(k.scalar(QStringLiteral("SELECT job_id FROM application")) == jobId);
    CHECK(k.scalar(QStringLiteral("SELECT confirmation_no FROM application")) == number);
    CHECK(k.scalar(QStringLiteral("SELECT phone FROM application")) ==
          QLatin1String("13800138000"));
    // The number is shown back masked only; the person is told it is not a hire yet, and that
    // the call comes, so there is no need to wait at the kiosk.
    CHECK(k.text(QStringLiteral("applyDoneText")).contains(QLatin1String("138****8000")));
    CHECK(k.text(QStringLiteral("applyDoneText"))
              .startsWith(QLatin1String("This is not a hire yet")));
    CHECK(k.text(QStringLiteral("applyDoneText")).contains(QLatin1String("need not wait here")));
    CHECK_FALSE(k.text(QStringLiteral("applyDoneText")).contains(QLatin1String("13800138000")));

    CHECK(k.find(QStringLiteral("applyNumberHeading"))->isVisible());
    // Which job the number is for, with no printer to give a receipt.
    REQUIRE(k.find(QStringLiteral("applyDoneJob"))->isVisible());
    CHECK(k.text(QStringLiteral("applyDoneJob")) ==
          QStringLiteral("For: %1 (%2), starting %3")
              .arg(job.value(QLatin1String("title")).toString(),
                   job.value(QLatin1String("employer_name")).toString(),
                   KioskText::dateText(job.value(QLatin1String("start_date")).toString(),
                                       k.t->clock().today())));

    // Back on the job: it says it was just applied for (not the number: whoever stands here may
    // be the next person); another person may still apply with their own mobile.
    k.tap(QStringLiteral("navBack"));
    REQUIRE(k.page() == QLatin1String("kioskJobDetail"));
    REQUIRE(k.find(QStringLiteral("detailApplied"))->isVisible());
    CHECK(k.text(QStringLiteral("detailApplied")) ==
          QStringLiteral("This job was just applied for at this kiosk. The staff will phone about "
                         "it."));
    CHECK_FALSE(k.text(QStringLiteral("detailApplied")).contains(number));
    CHECK(k.find<QPushButton>(QStringLiteral("detailApply"))->text() ==
          QStringLiteral("Apply with another mobile"));
    // Its longer words do not move it.
    CHECK(applyBox() == applyBefore);
    // The same mobile again: told so, but the earlier number is not shown to whoever typed it.
    k.tap(QStringLiteral("detailApply"));
    k.type(QStringLiteral("apply"), QStringLiteral("13800138000"));
    k.tap(QStringLiteral("applySubmit"));
    CHECK(k.text(QStringLiteral("applyDoneHeading")) ==
          QStringLiteral("This mobile number has already applied for this job"));
    CHECK_FALSE(k.find(QStringLiteral("applyConfirmationNo"))->isVisible());
    CHECK_FALSE(k.find(QStringLiteral("applyNumberHeading"))->isVisible()); // no empty heading
    CHECK_FALSE(k.text(QStringLiteral("applyDoneText")).contains(number));
    CHECK(k.text(QStringLiteral("applyDoneText")).contains(QLatin1String("138****8000")));
    CHECK(k.t.count(QStringLiteral("application")) == 1);

    // A button like the others, not a sliver around its word.
    CHECK(k.find(QStringLiteral("applyFinish"))->width() >= 360);
    k.tap(QStringLiteral("applyFinish"));
    CHECK(k.page() == QLatin1String("kioskHome"));
    // Done: the next person at the kiosk is not told what the last one applied for.
    k.window->jobDetail()->showJob(jobId);
    k.settle();
    CHECK_FALSE(k.find(QStringLiteral("detailApplied"))->isVisibleTo(k.window->jobDetail()));
    CHECK(k.find<QPushButton>(QStringLiteral("detailApply"))->text() ==
          QStringLiteral("Apply for this job"));
}

TEST_CASE("kiosk: 返回 and 首页 from every screen", "[ui][kiosk]")
{
    Kiosk k;
    k.tap(QStringLiteral("attractStart"));
    for (const char* tile : {"homeFindWork", "homeRegister", "homeTraining", "homePolicy",
                             "homeRights", "homeMarket", "homeOnline"}) {
        INFO(tile);
        k.tap(QLatin1String(tile));
        CHECK(k.page() != QLatin1String("kioskHome"));
        CHECK(k.find(QStringLiteral("navBack"))->isVisible());
        CHECK(k.find(QStringLiteral("navHome"))->isVisible());
        k.tap(QStringLiteral("navBack"));
        CHECK(k.page() == QLatin1String("kioskHome"));
    }
    k.tap(QStringLiteral("homeFindWork"));
    k.tap(QStringLiteral("tradesAll"));
    k.tap(QStringLiteral("jobCard_1"));
    REQUIRE(k.page() == QLatin1String("kioskJobDetail"));
    k.tap(QStringLiteral("navBack"));
    CHECK(k.page() == QLatin1String("kioskJobList"));
    k.tap(QStringLiteral("navHome"));
    CHECK(k.page() == QLatin1String("kioskHome"));
}

TEST_CASE("kiosk: the waiting screen shows the jobs of the hall's own district first",
          "[ui][kiosk]")
{
    // A hall in the city with plenty of jobs of its own, and one in a county town with few or
    // none: its eight are topped up with the newest anywhere.
    for (const QString& hall : {Config().district, QStringLiteral("南宁市马山县")}) {
        INFO(hall.toStdString());
        Config config;
        config.district = hall;
        Kiosk k(config);
        auto* attract = k.find<KioskAttractPage>(QStringLiteral("kioskAttract"));
        JobQuery q;
        q.today = k.t->clock().today();
        q.limit = 100;
        q.districts = {hall};
        auto near = k.t->jobs().search(q);
        REQUIRE(near.ok());
        const int nearby = int(near->jobs.size());
        q.districts.clear();
        q.limit = 16;
        auto newest = k.t->jobs().search(q);
        REQUIRE(newest.ok());
        QStringList seen;
        QStringList districts;
        for (int i = 0; i < 8; ++i) {
            const QString id = attract->currentHighlightId();
            REQUIRE_FALSE(seen.contains(id));
            seen << id;
            auto job = k.t->store().get(entities::job(), id);
            REQUIRE(job.ok());
            REQUIRE(job.value());
            districts << EntitySpec::jsonAt(job.value()->data, QStringLiteral("location.district"))
                             .toString();
            attract->rotate();
        }
        CHECK(attract->currentHighlightId() == seen.first());
        for (int i = 0; i < std::min(nearby, 8); ++i) {
            INFO(i << " " << districts.at(i).toStdString());
            CHECK(districts.at(i) == hall);
        }
        // The rest: the newest anywhere, in their order.
        QStringList rest;
        for (const StoredEntity& e : newest->jobs)
            if (!seen.mid(0, std::min(nearby, 8)).contains(e.id))
                rest << e.id;
        CHECK(seen.mid(std::min(nearby, 8)) == rest.mid(0, 8 - std::min(nearby, 8)));
        if (hall != Config().district)
            CHECK(nearby < 8);
    }
}

TEST_CASE("kiosk: the job on the waiting screen opens when tapped", "[ui][kiosk]")
{
    Kiosk k;
    REQUIRE(k.page() == QLatin1String("kioskAttract"));
    auto* attract = k.find<KioskAttractPage>(QStringLiteral("kioskAttract"));
    const QString shown = attract->currentHighlightId();
    REQUIRE_FALSE(shown.isEmpty());
    CHECK(k.find(QStringLiteral("attractCardHint"))->isVisible());
    // As the jobs turn, with a 日结 badge or without, the card and the words below it stay put.
    {
        QWidget* card = k.find(QStringLiteral("attractHighlight"));
        QWidget* start = k.find(QStringLiteral("attractStart"));
        const QRect cardAt = card->geometry();
        const QPoint startAt = start->mapTo(k.window.get(), QPoint());
        QSet<bool> badges;
        for (int i = 0; i < 8; ++i) {
            attract->rotate();
            k.settle();
            badges.insert(k.find(QStringLiteral("attractJobBadges"))->isVisible());
            CHECK(card->geometry() == cardAt);
            CHECK(start->mapTo(k.window.get(), QPoint()) == startAt);
        }
        CHECK(badges.size() == 2);
        while (attract->currentHighlightId() != shown) {
            attract->rotate();
            k.settle();
        }
    }
    // A tap just after the job turned opens the one the person was reading.
    attract->rotate();
    k.tap(QStringLiteral("attractJobTitle"));
    REQUIRE(k.page() == QLatin1String("kioskJobDetail"));
    CHECK(k.find<KioskJobDetailPage>(QStringLiteral("kioskJobDetail"))->jobId() == shown);
    k.window->resetAll();
    k.settle();
    REQUIRE(k.page() == QLatin1String("kioskAttract"));
    while (attract->currentHighlightId() != shown)
        attract->rotate();
    QTest::qWait(KioskAttractPage::kTurnGraceMs + 100);
    // Tapping the job's title opens that job; 返回 leads to the home screen.
    k.tap(QStringLiteral("attractJobTitle"));
    REQUIRE(k.page() == QLatin1String("kioskJobDetail"));
    CHECK(k.find<KioskJobDetailPage>(QStringLiteral("kioskJobDetail"))->jobId() == shown);
    k.tap(QStringLiteral("navBack"));
    CHECK(k.page() == QLatin1String("kioskHome"));
    // Anywhere else on the waiting screen starts at the home screen.
    k.window->resetAll();
    k.settle();
    REQUIRE(k.page() == QLatin1String("kioskAttract"));
    QTest::mouseClick(attract, Qt::LeftButton, {}, QPoint(20, 20));
    k.settle();
    CHECK(k.page() == QLatin1String("kioskHome"));
}

TEST_CASE("kiosk: a job card names its place shortly, in the interface's language", "[ui][kiosk]")
{
    Kiosk k;
    // So does the job the waiting screen shows.
    const QString waiting = k.text(QStringLiteral("attractJobWhere"));
    INFO(waiting.toStdString());
    REQUIRE_FALSE(waiting.isEmpty());
    CHECK_FALSE(waiting.contains(QStringLiteral("南宁")));
    CHECK(waiting.contains(QStringLiteral(" · ")));
    k.tap(QStringLiteral("attractStart"));
    k.tap(QStringLiteral("homeFindWork"));
    k.tap(QStringLiteral("tradesAll"));
    const auto cards = k.window->jobList()->findChildren<KioskJobCard*>();
    REQUIRE_FALSE(cards.isEmpty());
    for (KioskJobCard* card : cards) {
        auto job = k.t->store().get(entities::job(), card->jobId());
        REQUIRE(job.ok());
        REQUIRE(job.value().has_value());
        const QString district =
            EntitySpec::jsonAt(job.value()->data, QStringLiteral("location.district")).toString();
        // English here, short: the city is the hall's.
        static const std::map<QString, QString> english{
            {QStringLiteral("南宁市青秀区"), QStringLiteral("Qingxiu")},
            {QStringLiteral("南宁市兴宁区"), QStringLiteral("Xingning")},
            {QStringLiteral("南宁市江南区"), QStringLiteral("Jiangnan")},
            {QStringLiteral("南宁市西乡塘区"), QStringLiteral("Xixiangtang")},
            {QStringLiteral("南宁市良庆区"), QStringLiteral("Liangqing")},
            {QStringLiteral("南宁市邕宁区"), QStringLiteral("Yongning")},
            {QStringLiteral("南宁市武鸣区"), QStringLiteral("Wuming")},
            {QStringLiteral("南宁市隆安县"), QStringLiteral("Long'an")},
            {QStringLiteral("南宁市马山县"), QStringLiteral("Mashan")},
            {QStringLiteral("南宁市上林县"), QStringLiteral("Shanglin")},
            {QStringLiteral("南宁市宾阳县"), QStringLiteral("Binyang")},
            {QStringLiteral("南宁市横州市"), QStringLiteral("Hengzhou")}};
        REQUIRE(english.count(district) == 1);
        QStringList lines;
        for (QLabel* l : card->findChildren<QLabel*>())
            lines << l->text();
        INFO(lines.join(QLatin1Char('|')).toStdString());
        CHECK(lines.filter(QStringLiteral(" worker")).size() == 1);
        const QString line = lines.filter(QStringLiteral(" worker")).value(0);
        CHECK(line.startsWith(english.at(district) + QStringLiteral(" · ")));
    }
}

TEST_CASE("kiosk: a card of pay by the hour says what a day comes to", "[ui][kiosk]")
{
    Kiosk k;
    k.tap(QStringLiteral("attractStart"));
    k.tap(QStringLiteral("homeFindWork"));
    k.tap(QStringLiteral("trade_家政保洁"));
    const auto cards = k.window->jobList()->findChildren<KioskJobCard*>();
    REQUIRE_FALSE(cards.isEmpty());
    int hourly = 0;
    for (KioskJobCard* card : cards) {
        const QJsonObject job = jobData(k, card->jobId());
        auto* day = card->findChild<QLabel*>(QStringLiteral("cardPayDay"));
        INFO(job.value(QLatin1String("title")).toString().toStdString());
        if (EntitySpec::jsonAt(job, QStringLiteral("pay.unit")).toString() !=
                QLatin1String("hour") ||
            Matching::hoursPerDay(job.value(QLatin1String("work_hours")).toString()) <= 0) {
            CHECK(day == nullptr);
            continue;
        }
        ++hourly;
        REQUIRE(day != nullptr);
        CHECK(day->isVisible());
        // The same sum the details give, in fewer words.
        CHECK(day->text() == KioskText::payPerDayShort(job));
        CHECK(KioskText::payPerDay(job).endsWith(day->text()));
        CHECK(day->text().startsWith(QStringLiteral("about ")));
        // Beneath the hourly pay, on the card's second line: the card is no taller for it.
        auto* pay = card->findChild<QLabel*>(QStringLiteral("cardPay"));
        REQUIRE(pay != nullptr);
        CHECK(pay->text() == KioskText::pay(job));
        CHECK(day->geometry().top() >= pay->geometry().bottom());
        CHECK(day->geometry().right() <= pay->geometry().right());
    }
    CHECK(hourly > 0);
}

TEST_CASE("kiosk: paging through the job list", "[ui][kiosk]")
{
    Kiosk k;
    k.tap(QStringLiteral("attractStart"));
    k.tap(QStringLiteral("homeFindWork"));
    k.tap(QStringLiteral("tradesAll"));
    KioskJobListPage* list = k.window->jobList();
    const QStringList first = list->visibleJobIds();
    REQUIRE(list->total() > list->pageSize());
    CHECK(first.size() == list->pageSize());
    CHECK_FALSE(k.find(QStringLiteral("jobsPrev"))->isEnabled());
    // In high contrast a button that cannot be pressed is dim grey: nothing on it is brighter
    // than the buttons that can be.
    k.tap(QStringLiteral("kioskContrast"));
    CHECK(countPixels(k.find(QStringLiteral("jobsPrev")),
                      [](const QColor& c) { return c.red() > 180 && c.green() > 180; }) == 0);
    k.tap(QStringLiteral("kioskContrast"));
    k.tap(QStringLiteral("jobsNext"));
    CHECK(list->pageIndex() == 1);
    const QStringList second = list->visibleJobIds();
    for (const QString& id : second)
        CHECK_FALSE(first.contains(id));
    k.tap(QStringLiteral("jobsPrev"));
    CHECK(list->visibleJobIds() == first);

    // While a filter's choices are open the paging buttons step aside; the same filter button
    // closes the choices again and the list is where it was.
    k.tap(QStringLiteral("jobsNext"));
    k.tap(QStringLiteral("filterDistrict"));
    // The hall's own district first after "any", then the city's, the counties last.
    {
        QStringList keys;
        for (TouchChipGroup* g : k.window->findChildren<TouchChipGroup*>()) {
            if (g->isVisible() && g->keys().contains(k.t->config().district))
                keys = g->keys();
        }
        REQUIRE(keys.size() > 3);
        CHECK(keys.at(1) == k.t->config().district);
        CHECK(keys.indexOf(QStringLiteral("南宁市兴宁区")) <
              keys.indexOf(QStringLiteral("南宁市横州市")));
    }
    CHECK_FALSE(k.find(QStringLiteral("jobsNext"))->isVisible());
    CHECK_FALSE(k.find(QStringLiteral("jobsPrev"))->isVisible());
    k.tap(QStringLiteral("filterDistrict"));
    CHECK(k.find(QStringLiteral("jobsNext"))->isVisible());
    CHECK(list->pageIndex() == 1);
    CHECK(list->visibleJobIds() == second);
    // 返回 closes them too.
    k.tap(QStringLiteral("filterForm"));
    CHECK_FALSE(k.find(QStringLiteral("jobsNext"))->isVisible());
    REQUIRE(list->back());
    k.settle();
    CHECK(k.find(QStringLiteral("jobsNext"))->isVisible());
}

TEST_CASE("kiosk: the place and pay chosen for one trade stay for the next, the home screen "
          "clears them",
          "[ui][kiosk]")
{
    Kiosk k;
    const QString place = QStringLiteral("南宁市青秀区");
    const QString open =
        QStringLiteral("deleted = 0 AND status = 'published' AND valid_until >= '%1' AND "
                       "district = '%2' AND settlement = 'daily'")
            .arg(k.t->clock().today().toString(Qt::ISODate), place);
    // Two trades with jobs paid by the day in the hall's district.
    QStringList trades;
    {
        auto q = k.t->database().exec(
            QStringLiteral("SELECT occupation FROM job WHERE %1 GROUP BY occupation "
                           "ORDER BY COUNT(*) DESC, occupation LIMIT 2")
                .arg(open));
        REQUIRE(q.ok());
        while (q.value().next())
            trades << q.value().value(0).toString();
    }
    REQUIRE(trades.size() == 2);
    k.tap(QStringLiteral("attractStart"));
    k.tap(QStringLiteral("homeFindWork"));
    k.tap(QStringLiteral("trade_") + trades[0]);
    k.tap(QStringLiteral("filterDistrict"));
    k.tap(QStringLiteral("district_") + place);
    k.tap(QStringLiteral("filterSettlement"));
    k.tap(QStringLiteral("settlement_daily"));
    KioskJobListPage* list = k.window->jobList();
    const auto onlyThere = [&](const QString& trade) {
        REQUIRE_FALSE(list->visibleJobIds().isEmpty());
        for (const QString& id : list->visibleJobIds()) {
            const QJsonObject job = jobData(k, id);
            CHECK(job.value(QLatin1String("occupation")).toString() == trade);
            CHECK(EntitySpec::jsonAt(job, QStringLiteral("location.district")).toString() == place);
            CHECK(job.value(QLatin1String("settlement")).toString() == QLatin1String("daily"));
        }
        // The buttons say what is chosen.
        CHECK(k.find<QPushButton>(QStringLiteral("filterDistrict"))
                  ->text()
                  .contains(QStringLiteral("Qingxiu")));
        CHECK(k.find<QPushButton>(QStringLiteral("filterSettlement"))->text() ==
              QStringLiteral("Paid: daily"));
    };
    onlyThere(trades[0]);
    // Another trade: still near home, still paid by the day.
    k.tap(QStringLiteral("navBack"));
    REQUIRE(k.page() == QLatin1String("kioskTrades"));
    k.tap(QStringLiteral("trade_") + trades[1]);
    CHECK(list->total() ==
          k.t.count(QStringLiteral("job"),
                    open + QStringLiteral(" AND occupation = '%1'").arg(trades[1])));
    onlyThere(trades[1]);
    // The chip chosen is the one lit when the choices open again.
    k.tap(QStringLiteral("filterDistrict"));
    CHECK(k.find<QPushButton>(QStringLiteral("district_") + place)->isChecked());
    k.tap(QStringLiteral("filterDistrict"));

    // Leaving by the home screen: the next search starts with nothing chosen.
    k.tap(QStringLiteral("navHome"));
    k.tap(QStringLiteral("homeFindWork"));
    k.tap(QStringLiteral("trade_") + trades[1]);
    CHECK(k.find<QPushButton>(QStringLiteral("filterSettlement"))->text() ==
          QStringLiteral("When paid: Any"));
    CHECK(list->total() ==
          k.t.count(QStringLiteral("job"),
                    QStringLiteral("deleted = 0 AND status = 'published' AND "
                                   "valid_until >= '%1' AND occupation = '%2'")
                        .arg(k.t->clock().today().toString(Qt::ISODate), trades[1])));
}

TEST_CASE("kiosk: a person chooses which jobs come first, the next person starts from the newest",
          "[ui][kiosk]")
{
    Kiosk k;
    const QString open = QStringLiteral("deleted = 0 AND status = 'published' AND "
                                        "valid_until >= '%1'")
                             .arg(k.t->clock().today().toString(Qt::ISODate));
    k.tap(QStringLiteral("attractStart"));
    k.tap(QStringLiteral("homeFindWork"));
    k.tap(QStringLiteral("tradesAll"));
    auto* list = k.window->jobList();
    const int all = list->total();
    const QStringList newest = list->visibleJobIds();
    REQUIRE(newest.size() >= 3);
    CHECK(k.find<QPushButton>(QStringLiteral("jobsOrder"))->text() ==
          QStringLiteral("First: Newest"));
    const auto column = [&k](const QString& name) {
        QStringList out;
        for (const QString& id : k.window->jobList()->visibleJobIds())
            out << k.scalar(QStringLiteral("SELECT %1 FROM job WHERE id = '%2'").arg(name, id));
        return out;
    };
    const auto payDays = [&] {
        std::vector<double> out;
        for (const QString& v : column(QStringLiteral("pay_day")))
            out.push_back(v.toDouble());
        return out;
    };

    // The order is chosen like a filter, each choice saying what it means.
    k.tap(QStringLiteral("jobsOrder"));
    CHECK(k.text(QStringLiteral("filterPrompt")) == QLatin1String("Which jobs should come first?"));
    CHECK(k.text(QStringLiteral("filterNote"))
              .contains(QLatin1String("Starting soonest: the jobs that start first come first")));
    CHECK(k.find<QPushButton>(QStringLiteral("order_newest"))->isChecked());
    k.tap(QStringLiteral("order_soonest"));
    CHECK(k.find<QPushButton>(QStringLiteral("jobsOrder"))->text() ==
          QStringLiteral("First: Starting soonest"));
    CHECK(list->total() == all);
    CHECK(list->pageIndex() == 0);
    QStringList starts = column(QStringLiteral("start_date"));
    CHECK(std::is_sorted(starts.cbegin(), starts.cend()));
    CHECK(starts.first() ==
          k.scalar(QStringLiteral("SELECT min(start_date) FROM job WHERE %1").arg(open)));
    CHECK(list->visibleJobIds() != newest);
    // The next page goes on in the same order.
    const QString lastStart = starts.last();
    k.tap(QStringLiteral("jobsNext"));
    starts = column(QStringLiteral("start_date"));
    CHECK(std::is_sorted(starts.cbegin(), starts.cend()));
    CHECK(starts.first() >= lastStart);

    // Best paid: by what a day brings, from the first page again.
    k.tap(QStringLiteral("jobsOrder"));
    k.tap(QStringLiteral("order_pay"));
    CHECK(list->pageIndex() == 0);
    std::vector<double> pay = payDays();
    CHECK(std::is_sorted(pay.crbegin(), pay.crend()));
    CHECK(pay.front() ==
          k.scalar(QStringLiteral("SELECT max(pay_day) FROM job WHERE %1").arg(open)).toDouble());
    // A filter keeps the order, and the order the filter.
    k.tap(QStringLiteral("filterSettlement"));
    k.tap(QStringLiteral("settlement_daily"));
    pay = payDays();
    CHECK(std::is_sorted(pay.crbegin(), pay.crend()));
    for (const QString& s : column(QStringLiteral("settlement")))
        CHECK(s == QLatin1String("daily"));
    CHECK(pay.front() == k.scalar(QStringLiteral("SELECT max(pay_day) FROM job WHERE %1 AND "
                                                 "settlement = 'daily'")
                                      .arg(open))
                             .toDouble());
    CHECK(k.find<QPushButton>(QStringLiteral("jobsOrder"))->text() ==
          QStringLiteral("First: Best paid"));

    // The next person, after 首页, sees the newest first.
    k.tap(QStringLiteral("navHome"));
    k.tap(QStringLiteral("homeFindWork"));
    k.tap(QStringLiteral("tradesAll"));
    CHECK(k.find<QPushButton>(QStringLiteral("jobsOrder"))->text() ==
          QStringLiteral("First: Newest"));
    CHECK(list->visibleJobIds() == newest);
}

TEST_CASE("kiosk: choices that find no job are undone in one tap", "[ui][kiosk]")
{
    Kiosk k;
    // Pay by the month, settled every day: no posting of the store is so.
    REQUIRE(k.t.count(QStringLiteral("job"),
                      QStringLiteral("pay_unit = 'month' AND settlement = 'daily'")) == 0);
    k.tap(QStringLiteral("attractStart"));
    k.tap(QStringLiteral("homeFindWork"));
    k.tap(QStringLiteral("tradesAll"));
    auto* list = k.window->jobList();
    const int all = list->total();
    REQUIRE(all > 0);
    CHECK_FALSE(k.find(QStringLiteral("jobsClearFilters"))->isVisible());
    k.tap(QStringLiteral("filterPayUnit"));
    k.tap(QStringLiteral("payUnit_month"));
    REQUIRE(list->total() > 0);
    CHECK_FALSE(k.find(QStringLiteral("jobsClearFilters"))->isVisible());
    k.tap(QStringLiteral("filterSettlement"));
    // The choice that would find nothing says so and is not offered.
    CHECK_FALSE(k.find(QStringLiteral("settlement_daily"))->isEnabled());
    // A settlement that some monthly wage has.
    auto some = k.t->database().scalar(QStringLiteral(
        "SELECT settlement FROM job WHERE pay_unit = 'month' AND status = 'published' LIMIT 1"));
    REQUIRE(some.ok());
    const QString settlement = some.value().toString();
    REQUIRE_FALSE(settlement.isEmpty());
    const QString chosen =
        QStringLiteral("pay_unit = 'month' AND settlement = '%1' AND status = 'published'")
            .arg(settlement);
    k.tap(QStringLiteral("settlement_") + settlement);
    REQUIRE(list->total() > 0);
    // The jobs chosen are all withdrawn elsewhere meanwhile.
    auto ids = k.t->database().exec(QStringLiteral("SELECT id FROM job WHERE ") + chosen);
    REQUIRE(ids.ok());
    QStringList gone;
    while (ids.value().next())
        gone << ids.value().value(0).toString();
    for (const QString& id : std::as_const(gone)) {
        QJsonObject d = k.t->store().get(entities::job(), id).value()->data;
        d.insert(QStringLiteral("status"), QStringLiteral("withdrawn"));
        REQUIRE(k.t->store().save(entities::job(), id, d).ok());
    }
    list->refresh();
    Kiosk::settle();
    REQUIRE(list->total() == 0);
    CHECK(k.find(QStringLiteral("jobsEmpty"))->isVisible());
    CHECK(k.text(QStringLiteral("jobsEmpty")).contains(QStringLiteral("button below")));
    k.tap(QStringLiteral("jobsClearFilters"));
    CHECK(list->total() == all - int(gone.size()));
    CHECK_FALSE(k.find(QStringLiteral("jobsEmpty"))->isVisible());
    CHECK_FALSE(k.find(QStringLiteral("jobsClearFilters"))->isVisible());
    CHECK(k.find<QPushButton>(QStringLiteral("filterPayUnit"))->text() ==
          QStringLiteral("Pay: Any"));
    CHECK(k.find<QPushButton>(QStringLiteral("filterSettlement"))->text() ==
          QStringLiteral("When paid: Any"));
    // And so do the choices shown when a filter is opened again.
    CHECK(k.find<TouchChipGroup>(QStringLiteral("payUnitChips"))->selectedKeys() ==
          QStringList{QStringLiteral("all")});
    CHECK(k.find<TouchChipGroup>(QStringLiteral("settlementChips"))->selectedKeys() ==
          QStringList{QStringLiteral("all")});
}

TEST_CASE("kiosk: each filter's choices say how many open jobs they would show with the other "
          "choices made",
          "[ui][kiosk]")
{
    Kiosk k;
    k.tap(QStringLiteral("attractStart"));
    k.tap(QStringLiteral("homeFindWork"));
    k.tap(QStringLiteral("tradesAll"));
    auto* list = k.window->jobList();
    const QString open = QStringLiteral("status = 'published' AND valid_until >= '2026-11-22'");
    // The second line of a chip's words.
    const auto said = [&k](const QString& chip) {
        return k.find<QPushButton>(chip)->text().section(QLatin1Char('\n'), 1);
    };
    const auto jobs = [](int n) {
        // (Tests read the source words: "job(s)".)
        return n == 0 ? QStringLiteral("none now") : QStringLiteral("%1 job(s)").arg(n);
    };
    k.tap(QStringLiteral("filterSettlement"));
    // The list's page line steps aside with the list.
    CHECK_FALSE(k.find(QStringLiteral("jobsPageLabel"))->isVisible());
    int sum = 0;
    for (const char* s : {"daily", "weekly", "monthly", "on_completion"}) {
        const int n =
            k.t.count(QStringLiteral("job"),
                      open + QStringLiteral(" AND settlement = '%1'").arg(QLatin1String(s)));
        INFO(s);
        CHECK(said(QStringLiteral("settlement_") + QLatin1String(s)) == jobs(n));
        sum += n;
    }
    CHECK(sum == list->total());
    CHECK(said(QStringLiteral("settlement_all")) == jobs(list->total()));
    k.tap(QStringLiteral("settlement_daily"));
    const int daily = list->total();
    REQUIRE(daily > 0);
    // The other filters now count among the jobs paid daily; 不限 there is the list shown.
    k.tap(QStringLiteral("filterPayUnit"));
    CHECK(said(QStringLiteral("payUnit_all")) == jobs(daily));
    bool someNone = false;
    for (const char* u : {"hour", "day", "piece", "month", "project"}) {
        const int n =
            k.t.count(QStringLiteral("job"),
                      open + QStringLiteral(" AND settlement = 'daily' AND pay_unit = '%1'")
                                 .arg(QLatin1String(u)));
        const QString chip = QStringLiteral("payUnit_") + QLatin1String(u);
        INFO(u);
        CHECK(said(chip) == jobs(n));
        // One that would show nothing cannot be tapped.
        CHECK(k.find(chip)->isEnabled() == (n > 0));
        someNone = someNone || n == 0;
    }
    CHECK(someNone); // the demo pays no monthly wage daily
    // Tapped, a choice shows as many jobs as it said.
    const int byDay =
        k.t.count(QStringLiteral("job"),
                  open + QStringLiteral(" AND settlement = 'daily' AND pay_unit = 'day'"));
    k.tap(QStringLiteral("payUnit_day"));
    CHECK(list->total() == byDay);
    // The places count too.
    k.tap(QStringLiteral("filterDistrict"));
    int places = 0;
    for (const QString& key : k.find<TouchChipGroup>(QStringLiteral("districtChips"))->keys()) {
        if (key == QLatin1String("all"))
            continue;
        const QString line = said(QStringLiteral("district_") + key);
        INFO(key.toStdString() << ": " << line.toStdString());
        CHECK((line == QLatin1String("none now") || line.endsWith(QLatin1String(" job(s)"))));
        places +=
            line == QLatin1String("none now") ? 0 : line.section(QLatin1Char(' '), 0, 0).toInt();
    }
    CHECK(places == byDay);
}

TEST_CASE("kiosk: the kinds of work are explained in plain words where they are chosen",
          "[ui][kiosk]")
{
    Kiosk k;
    k.tap(QStringLiteral("attractStart"));
    k.tap(QStringLiteral("homeFindWork"));
    k.tap(QStringLiteral("tradesAll"));
    k.tap(QStringLiteral("filterForm"));
    auto* note = k.find<QLabel>(QStringLiteral("filterNote"));
    CHECK(note->isVisible());
    const QStringList lines = note->text().split(QLatin1Char('\n'));
    CHECK(lines ==
          QStringList{QStringLiteral("Part-time: paid mostly by the hour, usually no "
                                     "more than 4 hours a day"),
                      QStringLiteral("Temporary: work for a set time, from a few days to a few "
                                     "months"),
                      QStringLiteral("Seasonal: work for a season or one stage of a "
                                     "job, such as a harvest")});
    // Each choice says how long the work lasts, the question asked.
    CHECK(k.find<QPushButton>(QStringLiteral("form_temporary"))
              ->text()
              .startsWith(QStringLiteral("Temporary (a few days to a few months)\n")));
    CHECK(k.find<QPushButton>(QStringLiteral("form_part_time"))
              ->text()
              .startsWith(QStringLiteral("Part-time (a few hours a day)\n")));
    // Right above them, under the question.
    k.settle();
    const auto* chips = k.find(QStringLiteral("form_seasonal"));
    const auto* prompt = k.find(QStringLiteral("filterPrompt"));
    const int noteTop = note->mapTo(k.window.get(), QPoint()).y();
    CHECK(noteTop > prompt->mapTo(k.window.get(), QPoint()).y());
    CHECK(chips->mapTo(k.window.get(), QPoint()).y() - (noteTop + note->height()) <
          KioskStyle::px(60));
    // When the pay is handed over, and how it is counted, are explained too: "by the day" is
    // not "paid daily".
    k.tap(QStringLiteral("filterSettlement"));
    CHECK(note->isVisible());
    CHECK(note->text().split(QLatin1Char('\n')) ==
          QStringList{QStringLiteral("Paid daily: the money for each day is paid the same day"),
                      QStringLiteral("Paid weekly: paid once a week"),
                      QStringLiteral("Paid monthly: paid once a month"),
                      QStringLiteral("Paid on completion: paid all at once when the work is "
                                     "finished")});
    k.tap(QStringLiteral("filterPayUnit"));
    CHECK(note->isVisible());
    CHECK(note->text()
              .split(QLatin1Char('\n'))
              .contains(QStringLiteral("By the day: a set amount for each day worked")));
    // Places need none.
    k.tap(QStringLiteral("filterDistrict"));
    CHECK_FALSE(note->isVisible());
}

TEST_CASE("kiosk: the filter buttons are never cut: two rows when one does not hold them",
          "[ui][kiosk]")
{
    Kiosk k;
    k.tap(QStringLiteral("attractStart"));
    k.tap(QStringLiteral("homeFindWork"));
    k.tap(QStringLiteral("tradesAll"));
    // A district and a pay basis chosen, so the buttons carry their longest words.
    k.tap(QStringLiteral("filterDistrict"));
    QPushButton* district = nullptr;
    for (QPushButton* b : k.window->jobList()->findChildren<QPushButton*>())
        if (b->objectName().startsWith(QStringLiteral("district_")) &&
            !b->objectName().endsWith(QStringLiteral("_all")) && b->isVisible() &&
            (!district || b->text().size() > district->text().size()))
            district = b;
    REQUIRE(district != nullptr);
    QTest::mouseClick(district, Qt::LeftButton);
    k.settle();
    const auto whole = [&k] {
        for (const char* name :
             {"filterDistrict", "filterPayUnit", "filterSettlement", "filterForm", "jobsOrder"}) {
            auto* b = k.find<QPushButton>(QString::fromLatin1(name));
            INFO(name << ": " << b->text().toStdString());
            CHECK(b->width() >= b->sizeHint().width());
        }
    };
    for (const QSize size : {QSize(1920, 1080), QSize(1080, 1920)}) {
        INFO(size.width() << "x" << size.height());
        k.window->resize(size);
        k.settle();
        whole();
        k.tap(QStringLiteral("kioskLargeText"));
        k.settle();
        whole();
        k.tap(QStringLiteral("kioskLargeText"));
        k.settle();
    }
}

TEST_CASE("kiosk: choosing in a filter never moves the filter buttons, in either language",
          "[ui][kiosk]")
{
    for (const bool zh : {false, true}) {
        std::optional<ChineseInterface> chinese;
        if (zh)
            chinese.emplace();
        Kiosk k;
        k.tap(QStringLiteral("attractStart"));
        k.tap(QStringLiteral("homeFindWork"));
        k.tap(QStringLiteral("tradesAll"));
        // The four filters, and the order chosen among them.
        const char* const buttons[] = {"filterDistrict", "filterPayUnit", "filterSettlement",
                                       "filterForm", "jobsOrder"};
        const char* const prefixes[] = {"district_", "payUnit_", "settlement_", "form_", "order_"};
        const auto places = [&] {
            QList<QRect> out;
            for (const char* name : buttons) {
                auto* b = k.find<QPushButton>(QString::fromLatin1(name));
                out << QRect(b->mapTo(k.window.get(), QPoint()), b->size());
            }
            return out;
        };
        for (const QSize size : {QSize(1920, 1080), QSize(1080, 1920)}) {
            k.window->resize(size);
            k.settle();
            const QList<QRect> before = places();
            for (int f = 0; f < 5; ++f) {
                k.tap(QString::fromLatin1(buttons[f]));
                QStringList chips;
                for (QPushButton* b : k.window->jobList()->findChildren<QPushButton*>())
                    if (b->objectName().startsWith(QLatin1String(prefixes[f])) && b->isVisible())
                        chips << b->objectName();
                REQUIRE(chips.size() >= (f == 4 ? 3 : 4));
                // Each choice in turn, the filter opened again for the next; "Any" last.
                chips.sort();
                for (const QString& chip : std::as_const(chips)) {
                    if (!k.window->jobList()->findChild<QPushButton*>(chip)->isVisible())
                        k.tap(QString::fromLatin1(buttons[f]));
                    k.tap(chip);
                    INFO((zh ? "zh " : "en ")
                         << size.width() << "x" << size.height() << " " << chip.toStdString()
                         << ": "
                         << k.find<QPushButton>(QString::fromLatin1(buttons[f]))
                                ->text()
                                .toStdString());
                    CHECK(places() == before);
                }
                const QString first = QString::fromLatin1(prefixes[f]) +
                                      (f == 4 ? QStringLiteral("newest") : QStringLiteral("all"));
                if (!k.find(first)->isVisible())
                    k.tap(QString::fromLatin1(buttons[f]));
                k.tap(first);
            }
        }
    }
}

TEST_CASE("kiosk: a list longer than the count's cap says so and still pages on, all jobs are "
          "counted whole, as the home screen counts them",
          "[ui][kiosk]")
{
    Kiosk k;
    REQUIRE(DemoData(k.t->store()).seed(2000).ok());
    const QString openJobs = QStringLiteral("status = 'published' AND deleted = 0 AND "
                                            "valid_until >= '2026-11-22'");
    REQUIRE(k.t.count(QStringLiteral("job"), openJobs) > 1000);
    const int open =
        k.t.count(QStringLiteral("job"), openJobs + QStringLiteral(" AND form = 'temporary'"));
    REQUIRE(open > 1000);
    k.tap(QStringLiteral("attractStart"));
    k.tap(QStringLiteral("homeFindWork"));
    k.tap(QStringLiteral("tradesAll"));
    KioskJobListPage* list = k.window->jobList();
    // All of them, or a trade's: the counts of open jobs by trade say the whole number.
    CHECK_FALSE(list->totalCapped());
    CHECK(list->total() == k.t.count(QStringLiteral("job"), openJobs));
    CHECK(k.text(QStringLiteral("jobsPageLabel"))
              .endsWith(QStringLiteral(" · %1 job(s)").arg(list->total())));
    // Narrowed by a filter, counting stops at the cap.
    k.tap(QStringLiteral("filterForm"));
    k.tap(QStringLiteral("form_temporary"));
    CHECK(list->totalCapped());
    CHECK(list->total() == 1000);
    // Not "1000 jobs": more than that.
    const QString label = k.text(QStringLiteral("jobsPageLabel"));
    CHECK(label.contains(QLatin1String("1000")));
    CHECK(label == KioskJobListPage::tr("Page %1 · more than %2 jobs").arg(1).arg(1000));
    REQUIRE(k.find(QStringLiteral("jobsNext"))->isEnabled());
    const QStringList first = list->visibleJobIds();
    k.tap(QStringLiteral("jobsNext"));
    CHECK(list->pageIndex() == 1);
    for (const QString& id : list->visibleJobIds())
        CHECK_FALSE(first.contains(id));
    // Paging on to the end shows every open job once and stops at the last page.
    QSet<QString> seen(first.begin(), first.end());
    qsizetype shownCount = first.size() + list->visibleJobIds().size();
    for (const QString& id : list->visibleJobIds())
        seen.insert(id);
    auto* next = k.find<QPushButton>(QStringLiteral("jobsNext"));
    for (int taps = 0; next->isEnabled() && taps < 1000; ++taps) {
        const int before = list->pageIndex();
        k.tap(QStringLiteral("jobsNext"));
        REQUIRE(list->pageIndex() == before + 1);
        REQUIRE_FALSE(list->visibleJobIds().isEmpty());
        shownCount += list->visibleJobIds().size();
        for (const QString& id : list->visibleJobIds())
            seen.insert(id);
    }
    CHECK_FALSE(next->isEnabled());
    CHECK(seen.size() == open);
    // None shown twice: as many shown, page after page, as there are.
    CHECK(shownCount == open);
}

TEST_CASE("kiosk: registration refuses a bad ID, keeps it, and stores nothing before consent",
          "[ui][kiosk]")
{
    Kiosk k;
    const int seekersBefore = k.t.count(QStringLiteral("seeker"));
    k.tap(QStringLiteral("attractStart"));
    k.tap(QStringLiteral("homeRegister"));
    REQUIRE(k.page() == QLatin1String("kioskRegister"));
    KioskRegisterPage* reg = k.window->registerPage();

    const QString id = validId(QStringLiteral("45010219580314251"));
    const QString bad = wrongCheck(id);
    // Too short: says how many are missing.
    k.type(QStringLiteral("regId"), id.left(10));
    k.tap(QStringLiteral("regNext"));
    CHECK(k.text(QStringLiteral("regError")).startsWith(QStringLiteral("8 more to go")));
    // A child of 15 has a real number but is told plainly that they cannot register.
    k.tap(QStringLiteral("regIdKeyClear"));
    const QString child =
        validId(QStringLiteral("450102") +
                k.t->clock().today().addYears(-16).addDays(1).toString(QStringLiteral("yyyyMMdd")) +
                QStringLiteral("251"));
    k.typeId(child);
    k.tap(QStringLiteral("regNext"));
    CHECK(reg->step() == KioskRegisterPage::IdStep);
    CHECK(k.text(QStringLiteral("regError")) ==
          QStringLiteral("Children under 16 cannot register for work."));
    k.tap(QStringLiteral("regIdKeyClear"));
    k.typeId(bad);
    k.tap(QStringLiteral("regNext"));
    CHECK(reg->step() == KioskRegisterPage::IdStep);
    CHECK(k.find(QStringLiteral("regError"))->isVisible());
    // Which to check, and where to go when it is the same as on the card.
    CHECK(k.text(QStringLiteral("regError")) ==
          QStringLiteral("One digit is not right: check it against your ID card. If it is the "
                         "same, register at the service window."));
    CHECK(reg->form().idNumber == bad);

    k.tap(QStringLiteral("regIdKeyBack"));
    if (id.at(17) == u'X')
        k.tap(QStringLiteral("regIdKeyX"));
    else
        k.type(QStringLiteral("regId"), id.right(1));
    k.tap(QStringLiteral("regNext"));
    REQUIRE(reg->step() == KioskRegisterPage::PhoneStep);
    k.tap(QStringLiteral("regNext"));
    CHECK(k.text(QStringLiteral("regError")) ==
          QLatin1String("Please enter your mobile number on the keypad."));
    k.type(QStringLiteral("regPhone"), QStringLiteral("12977112233"));
    k.tap(QStringLiteral("regNext"));
    CHECK(reg->step() == KioskRegisterPage::PhoneStep);
    CHECK(k.text(QStringLiteral("regError")) ==
          QLatin1String("A mobile number starts with 13 to 19. Please check the number."));
    k.tap(QStringLiteral("regPhoneKeyClear"));
    k.type(QStringLiteral("regPhone"), QStringLiteral("13977112233"));
    k.tap(QStringLiteral("regNext"));
    REQUIRE(reg->step() == KioskRegisterPage::TradesStep);
    k.tap(QStringLiteral("regTrade_家政保洁"));
    k.tap(QStringLiteral("regNext"));
    k.tap(QStringLiteral("regWhen_this_week"));
    k.tap(QStringLiteral("regNext"));
    k.tap(QStringLiteral("regPay_200"));
    k.tap(QStringLiteral("regTraining_育婴护理"));
    k.tap(QStringLiteral("regNext"));
    REQUIRE(reg->step() == KioskRegisterPage::DifficultyStep);
    // Born in 1958, a man of 68: an older worker by his ID card, which the screen says; the
    // answer is given and cannot be taken back.
    {
        auto* older = qobject_cast<QPushButton*>(k.find(QStringLiteral("regDifficulty_older")));
        CHECK(older->isChecked());
        CHECK_FALSE(older->isEnabled());
        CHECK(older->text() ==
              QStringLiteral("Older, by the age on your ID card (chosen for you)"));
    }
    k.tap(QStringLiteral("regDifficulty_low_income"));
    k.tap(QStringLiteral("regNext"));
    REQUIRE(reg->step() == KioskRegisterPage::ConsentStep);

    // Consent screen: numbers masked, nothing stored yet.
    CHECK_FALSE(k.text(QStringLiteral("regSummary")).contains(id));
    CHECK(k.text(QStringLiteral("regSummary")).contains(id.left(4) + QStringLiteral("**********")));
    // The two answers side by side, level and of one height.
    {
        QWidget* no = k.find(QStringLiteral("regConsentDecline"));
        QWidget* yes = k.find(QStringLiteral("regConsentAgree"));
        CHECK(no->mapTo(k.window.get(), QPoint()).y() == yes->mapTo(k.window.get(), QPoint()).y());
        CHECK(no->height() == yes->height());
    }
    // And the choices that will be kept with them, as they were tapped.
    const QString choices = k.text(QStringLiteral("regChoices"));
    CHECK(choices.contains(QStringLiteral("Work: ") +
                           k.t->reference().displayName(QStringLiteral("家政保洁"))));
    CHECK(choices.contains(QStringLiteral("Where: anywhere")));
    // The difficulties are counted, not named, on a screen in a public hall.
    // What the person told and what the ID card's age gave, said as such: all that is kept.
    CHECK(choices.contains(
        QStringLiteral("Difficulties: 2, one of them from the age on your ID card (only the "
                       "hall's staff")));
    CHECK_FALSE(choices.contains(QStringLiteral("I am older and finding work is harder")));
    CHECK_FALSE(choices.contains(QStringLiteral("My family's income is low at the moment")));
    // Everything else that is kept too: the pay, the training wished for, when to start.
    CHECK(choices.contains(QStringLiteral("Pay: 200 yuan or more")));
    CHECK(choices.contains(QStringLiteral("Training: ") +
                           k.t->reference().displayName(QStringLiteral("育婴护理"))));
    CHECK(choices.contains(QStringLiteral("Start: Within this week")));
    // The business answer too, "not now" as much as "yes".
    CHECK(choices.contains(QStringLiteral("Starting a business: Not now")));
    CHECK(k.t.count(QStringLiteral("seeker")) == seekersBefore);
    CHECK(k.t.count(QStringLiteral("outbox"), QStringLiteral("entity = 'seeker'")) == 0);

    k.tap(QStringLiteral("regConsentAgree"));
    REQUIRE(reg->step() == KioskRegisterPage::DoneStep);
    CHECK(k.t.count(QStringLiteral("seeker")) == seekersBefore + 1);
    CHECK(k.t.count(QStringLiteral("outbox"), QStringLiteral("entity = 'seeker'")) == 1);
    auto stored = SeekerService(k.t->store(), k.t->clock()).findByIdNumber(id);
    REQUIRE(stored.ok());
    REQUIRE(stored.value().has_value());
    const QJsonObject d = stored.value()->data;
    CHECK(d.value(QLatin1String("source")).toString() == QLatin1String("kiosk"));
    CHECK(d.value(QLatin1String("phone")).toString() == QLatin1String("13977112233"));
    CHECK(d.value(QLatin1String("tier")).toString() == QLatin1String("priority"));
    CHECK(d.value(QLatin1String("difficulties")).toArray() ==
          QJsonArray{QStringLiteral("low_income"), QStringLiteral("older")});
    CHECK(d.value(QLatin1String("wanted_occupations")).toArray() ==
          QJsonArray{QStringLiteral("家政保洁")});
    CHECK(d.value(QLatin1String("training_wishes")).toArray() ==
          QJsonArray{QStringLiteral("育婴护理")});
    CHECK(d.value(QLatin1String("availability")).toString() == QLatin1String("this_week"));
    CHECK_FALSE(d.value(QLatin1String("consent_at")).toString().isEmpty());
    CHECK_FALSE(k.text(QStringLiteral("regDoneText")).contains(id));
    // The keypads no longer hold the numbers.
    CHECK(reg->form().idNumber.isEmpty());
    CHECK(reg->form().phone.isEmpty());

    // Open jobs in the trade chosen are suggested at once; one opens with a tap, and 返回 comes
    // back here.
    {
        REQUIRE(k.find(QStringLiteral("regSuggestions"))->isVisible());
        CHECK(k.text(QStringLiteral("regSuggestionsHeading"))
                  .startsWith(QStringLiteral("Open jobs that fit what you chose.")));
        const QList<KioskJobCard*> cards =
            k.find(QStringLiteral("regSuggestions"))->findChildren<KioskJobCard*>();
        REQUIRE_FALSE(cards.isEmpty());
        CHECK(cards.size() <= 3);
        // The ones shown are whole on the screen: no card cut off at the bottom.
        const auto whole = [&k](const char* size) {
            INFO(size);
            const auto* scroll = qobject_cast<QScrollArea*>(k.find(QStringLiteral("regSuggestions"))
                                                                ->parentWidget()
                                                                ->parentWidget()
                                                                ->parentWidget());
            REQUIRE(scroll);
            int shown = 0;
            for (KioskJobCard* c :
                 k.find(QStringLiteral("regSuggestions"))->findChildren<KioskJobCard*>()) {
                if (!c->isVisible())
                    continue;
                ++shown;
                const QRect r(c->mapTo(scroll->viewport(), QPoint()), c->size());
                CHECK(scroll->viewport()->rect().contains(r));
            }
            CHECK(shown >= 1);
        };
        whole("1920x1080");
        k.window->setLargeText(true);
        k.settle();
        whole("1920x1080, large text");
        k.window->resize(1080, 1920);
        k.settle();
        whole("1080x1920, large text");
        k.window->setLargeText(false);
        k.window->resize(1920, 1080);
        k.settle();
        for (const KioskJobCard* card : cards) {
            auto job = k.t->store().get(entities::job(), card->jobId());
            REQUIRE(job.ok());
            REQUIRE(job.value().has_value());
            CHECK(job.value()->data.value(QLatin1String("occupation")).toString() ==
                  QStringLiteral("家政保洁"));
            CHECK(job.value()->data.value(QLatin1String("status")).toString() ==
                  QStringLiteral("published"));
        }
        // More of the trade chosen are a tap away; 返回 comes back here.
        k.tap(QStringLiteral("regMoreJobs"));
        REQUIRE(k.page() == QLatin1String("kioskJobList"));
        // Named for what chose them, the trade and the place (not the pay wished for).
        CHECK(k.find<KioskJobListPage>(QStringLiteral("kioskJobList"))->title() ==
              QStringLiteral("Jobs in the trades and places you chose"));
        const QStringList more =
            k.find<KioskJobListPage>(QStringLiteral("kioskJobList"))->visibleJobIds();
        REQUIRE(more.size() > 0);
        for (const QString& jobId : more)
            CHECK(jobData(k, jobId).value(QLatin1String("occupation")).toString() ==
                  QStringLiteral("家政保洁"));
        k.tap(QStringLiteral("navBack"));
        REQUIRE(k.page() == QLatin1String("kioskRegister"));
        CHECK(reg->step() == KioskRegisterPage::DoneStep);
        const QString first = cards.front()->jobId();
        k.tap(QStringLiteral("regSuggestion_1"));
        REQUIRE(k.page() == QLatin1String("kioskJobDetail"));
        CHECK(k.find<KioskJobDetailPage>(QStringLiteral("kioskJobDetail"))->jobId() == first);
        k.tap(QStringLiteral("navBack"));
        REQUIRE(k.page() == QLatin1String("kioskRegister"));
        CHECK(reg->step() == KioskRegisterPage::DoneStep);
    }

    // The same person again is told kindly that they are already registered; nothing new.
    k.tap(QStringLiteral("regFinish"));
    k.tap(QStringLiteral("homeRegister"));
    k.typeId(id);
    // Told at once, after the ID number, not after six more steps.
    k.tap(QStringLiteral("regNext"));
    REQUIRE(reg->step() == KioskRegisterPage::DoneStep);
    CHECK(k.text(QStringLiteral("regDoneHeading")) == QLatin1String("You are already registered"));
    CHECK_FALSE(k.find(QStringLiteral("regSuggestions"))->isVisible());
    CHECK(k.text(QStringLiteral("regDoneText")).contains(masking::idNumber(id)));
    CHECK_FALSE(k.text(QStringLiteral("regDoneText")).contains(id));
    CHECK(reg->form().idNumber.isEmpty());
    CHECK(k.t.count(QStringLiteral("seeker")) == seekersBefore + 1);
    // Not a dead end: the open jobs of every trade are a tap away (the person's own wishes are
    // not shown for an ID number typed).
    REQUIRE(k.find(QStringLiteral("regMoreJobs"))->isVisible());
    CHECK(k.find<QPushButton>(QStringLiteral("regMoreJobs"))->text() ==
          QLatin1String("Look at open jobs"));
    k.tap(QStringLiteral("regMoreJobs"));
    CHECK(k.page() == QLatin1String("kioskJobList"));
    k.tap(QStringLiteral("navHome"));
    REQUIRE(k.page() == QLatin1String("kioskHome"));

    // Registered elsewhere (at the window) while this person went through the steps: the save
    // finds it and says so; still nothing new.
    k.tap(QStringLiteral("homeRegister"));
    const QString other = validId(QStringLiteral("45010219620521302"));
    k.typeId(other);
    k.tap(QStringLiteral("regNext"));
    REQUIRE(reg->step() == KioskRegisterPage::PhoneStep);
    SeekerForm atWindow;
    atWindow.name = QStringLiteral("覃丽华");
    atWindow.idNumber = other;
    atWindow.phone = QStringLiteral("13977115566");
    atWindow.consent = true;
    REQUIRE(SeekerService(k.t->store(), k.t.clock()).registerSeeker(atWindow).ok());
    k.type(QStringLiteral("regPhone"), QStringLiteral("13977112233"));
    for (int i = 0; i < 5; ++i)
        k.tap(QStringLiteral("regNext"));
    REQUIRE(reg->step() == KioskRegisterPage::ConsentStep);
    k.tap(QStringLiteral("regConsentAgree"));
    CHECK(k.text(QStringLiteral("regDoneHeading")) == QLatin1String("You are already registered"));
    CHECK(k.t.count(QStringLiteral("seeker")) == seekersBefore + 2);
}

TEST_CASE("kiosk: the ID card answers the older-worker question, and only for older workers",
          "[ui][kiosk]")
{
    Kiosk k;
    k.tap(QStringLiteral("attractStart"));
    k.tap(QStringLiteral("homeRegister"));
    KioskRegisterPage* reg = k.window->registerPage();
    const QDate today = k.t->clock().today();
    // 大龄: women from 40, men from 50. The 17th digit is odd for a man, even for a woman.
    const auto born = [&](int years, int days, const char* seq) {
        return validId(QStringLiteral("450102") +
                       today.addYears(-years).addDays(days).toString(QStringLiteral("yyyyMMdd")) +
                       QLatin1String(seq));
    };
    const auto toDifficulties = [&](const QString& id) {
        k.tap(QStringLiteral("regIdKeyClear"));
        k.typeId(id);
        k.tap(QStringLiteral("regNext"));
        REQUIRE(reg->step() == KioskRegisterPage::PhoneStep);
        if (reg->form().phone.isEmpty())
            k.type(QStringLiteral("regPhone"), QStringLiteral("13977112233"));
        while (reg->step() < KioskRegisterPage::DifficultyStep)
            k.tap(QStringLiteral("regNext"));
    };
    auto* older = qobject_cast<QPushButton*>(k.find(QStringLiteral("regDifficulty_older")));
    const auto backToId = [&] {
        while (reg->step() > KioskRegisterPage::IdStep)
            k.tap(QStringLiteral("navBack"));
    };

    // A woman on her fortieth birthday.
    toDifficulties(born(40, 0, "242"));
    CHECK(older->isChecked());
    CHECK_FALSE(older->isEnabled());
    CHECK(older->text() == QStringLiteral("Older, by the age on your ID card (chosen for you)"));
    // The consent screen lists it among what is kept, from the card.
    k.tap(QStringLiteral("regNext"));
    REQUIRE(reg->step() == KioskRegisterPage::ConsentStep);
    CHECK(k.text(QStringLiteral("regChoices"))
              .contains(QStringLiteral("Difficulties: 1, from the age on your ID card")));
    // A man of 49 who turns 50 tomorrow may say so himself, or not.
    backToId();
    toDifficulties(born(50, 1, "251"));
    CHECK(older->isEnabled());
    CHECK_FALSE(older->isChecked());
    CHECK(older->text() == QStringLiteral("I am older and finding work is harder"));
    k.tap(QStringLiteral("regDifficulty_older"));
    CHECK(older->isChecked());
    // A man of 50: given; back to the man of 49 again: his own answer is back.
    backToId();
    toDifficulties(born(50, 0, "251"));
    CHECK(older->isChecked());
    CHECK_FALSE(older->isEnabled());
    backToId();
    toDifficulties(born(50, 1, "251"));
    CHECK(older->isEnabled());
    CHECK(older->isChecked());
    // The woman again, then a man of 30 who never answered: nothing is left ticked.
    k.tap(QStringLiteral("regDifficulty_older"));
    backToId();
    toDifficulties(born(40, 0, "242"));
    CHECK(older->isChecked());
    backToId();
    toDifficulties(born(30, 0, "251"));
    CHECK_FALSE(older->isChecked());
    CHECK(reg->form().difficulties.isEmpty());
}

TEST_CASE("kiosk: every registration step fits its screen, and an error moves no key",
          "[ui][kiosk]")
{
    Kiosk k;
    k.tap(QStringLiteral("attractStart"));
    k.tap(QStringLiteral("homeRegister"));
    KioskRegisterPage* reg = k.window->registerPage();
    // An older worker, whose ID card gives that answer in words of its own.
    k.typeId(validId(QStringLiteral("45010219580314251")));
    k.tap(QStringLiteral("regNext"));
    REQUIRE(reg->step() == KioskRegisterPage::PhoneStep);
    REQUIRE_FALSE(k.find(QStringLiteral("regDifficulty_older"))->isEnabled());
    // Choices made, as the consent step lists them.
    for (const char* chip : {"regTrade_电工", "regTrade_家政保洁", "regTrade_育婴护理",
                             "regDifficulty_long_unemployed"})
        k.find<QPushButton>(QString::fromUtf8(chip))->setChecked(true);
    auto check = [&k, reg] {
        for (int s = KioskRegisterPage::IdStep; s <= KioskRegisterPage::ConsentStep; ++s) {
            reg->goToStep(s);
            k.settle();
            INFO("step " << s << ", " << k.window->width() << "x" << k.window->height());
            QScrollArea* visible = nullptr;
            for (QScrollArea* area : reg->findChildren<QScrollArea*>())
                if (area->isVisible())
                    visible = area;
            REQUIRE(visible != nullptr);
            // Nothing to scroll to: every choice is in sight.
            CHECK(visible->verticalScrollBar()->maximum() == 0);
            // And every choice whole: as wide as its words, inside the screen.
            for (QPushButton* chip : visible->widget()->findChildren<QPushButton*>()) {
                if (!chip->isVisible() || !chip->property("chipKey").isValid())
                    continue;
                INFO(chip->objectName().toStdString());
                CHECK(chip->width() >= chip->sizeHint().width());
                const QRect box(chip->mapTo(visible->viewport(), QPoint()), chip->size());
                CHECK(visible->viewport()->rect().contains(box));
            }
        }
        reg->goToStep(KioskRegisterPage::IdStep);
        k.settle();
    };
    check();
    k.window->resize(1080, 1920);
    k.settle();
    check();
    k.tap(QStringLiteral("kioskLargeText"));
    check();
    k.window->resize(1920, 1080);
    k.settle();
    check();
    k.tap(QStringLiteral("kioskLargeText"));

    // Smaller screens may scroll, but every chip lies whole inside its group: none is cut off.
    for (const QSize size : {QSize(1366, 768), QSize(1280, 1024)}) {
        k.window->resize(size);
        k.settle();
        for (int s = KioskRegisterPage::TradesStep; s <= KioskRegisterPage::DifficultyStep; ++s) {
            reg->goToStep(s);
            k.settle();
            for (TouchChipGroup* g : reg->findChildren<TouchChipGroup*>()) {
                if (!g->isVisible())
                    continue;
                for (QPushButton* chip : g->findChildren<QPushButton*>()) {
                    INFO(size.width()
                         << "x" << size.height() << " " << chip->objectName().toStdString());
                    CHECK(g->rect().contains(chip->geometry()));
                }
            }
        }
    }
    reg->goToStep(KioskRegisterPage::IdStep);
    k.window->resize(1920, 1080);
    k.settle();

    // A wrong ID number: the message appears, and every key stays where the finger is.
    for (const QSize size : {QSize(1920, 1080), QSize(1080, 1920)}) {
        INFO(size.width() << "x" << size.height());
        k.window->resize(size);
        k.settle();
        auto* key = k.find<QPushButton>(QStringLiteral("regIdKey0"));
        const QRect before(key->mapTo(k.window.get(), QPoint()), key->size());
        k.type(QStringLiteral("regId"), wrongCheck(validId(QStringLiteral("45010219580314251"))));
        k.tap(QStringLiteral("regNext"));
        REQUIRE(k.find(QStringLiteral("regError"))->isVisible());
        CHECK(QRect(key->mapTo(k.window.get(), QPoint()), key->size()) == before);
        // Where the eyes are: under the keypad on a tall screen, beside 下一步 on a wide one.
        const auto onWindow = [&k](const QString& name) {
            QWidget* w = k.find(name);
            return QRect(w->mapTo(k.window.get(), QPoint()), w->size());
        };
        const QRect message = onWindow(QStringLiteral("regError"));
        const QRect keypad = onWindow(QStringLiteral("regIdKeypad"));
        const QRect next = onWindow(QStringLiteral("regNext"));
        if (size.height() > size.width()) {
            CHECK(message.top() >= keypad.bottom());
            CHECK(message.top() - keypad.bottom() < KioskStyle::px(60));
            CHECK(message.left() <= keypad.left());
            CHECK(message.bottom() < next.top());
            // The keypad has the width of 我要报名's, its keys too.
            CHECK(keypad.width() >= k.window->width() * 8 / 10);
        } else {
            CHECK(message.left() >= keypad.right());
            CHECK(message.bottom() <= next.top());
        }
        k.tap(QStringLiteral("regIdKeyBack"));
        CHECK_FALSE(k.find(QStringLiteral("regError"))->isVisible());
        CHECK(QRect(key->mapTo(k.window.get(), QPoint()), key->size()) == before);
        k.tap(QStringLiteral("regIdKeyClear"));
    }
    // A warning about leaving stays with the buttons on a tall screen, beside 下一步, and the
    // number's next message goes under the keypad again.
    k.type(QStringLiteral("regId"), QStringLiteral("4501"));
    QWidget* next = k.find(QStringLiteral("regNext"));
    const QRect nextBefore(next->mapTo(k.window.get(), QPoint()), next->size());
    k.tap(QStringLiteral("navHome"));
    REQUIRE(k.find(QStringLiteral("regError"))->isVisible());
    REQUIRE(k.text(QStringLiteral("regError")).contains(QStringLiteral("Tap Home again")));
    QWidget* message = k.find(QStringLiteral("regError"));
    // 下一步 stays where it was, however many lines the warning takes.
    CHECK(QRect(next->mapTo(k.window.get(), QPoint()), next->size()) == nextBefore);
    const int middle = message->mapTo(k.window.get(), message->rect().center()).y();
    CHECK(middle > next->mapTo(k.window.get(), QPoint()).y());
    CHECK(middle < next->mapTo(k.window.get(), QPoint(0, next->height())).y());
    k.tap(QStringLiteral("regNext"));
    CHECK(k.text(QStringLiteral("regError")).startsWith(QStringLiteral("14 more to go")));
    CHECK(message->mapTo(k.window.get(), QPoint()).y() <
          next->mapTo(k.window.get(), QPoint()).y() - KioskStyle::px(100));
}

// What a person sees of the current screen is whole: every button and label on the screen and
// inside its parent, none lying on a button or cut short, the QR code complete. Scrolled content
// may lie below the fold, never beyond the sides.
void checkWhole(Kiosk& k, const std::string& where)
{
    INFO(where << " at " << k.window->width() << "x" << k.window->height());
    QWidget* window = k.window.get();
    const auto scrollOf = [](const QWidget* w) -> const QScrollArea* {
        for (const QWidget* p = w->parentWidget(); p; p = p->parentWidget())
            if (const auto* area = qobject_cast<const QScrollArea*>(p))
                return area;
        return nullptr;
    };
    const auto onWindow = [window](const QWidget* w) {
        return QRect(w->mapTo(window, QPoint()), w->size());
    };
    const auto onScreen = [&](const QWidget* w) {
        const QRect r = onWindow(w);
        if (const QScrollArea* area = scrollOf(w)) {
            const QRect view = onWindow(area->viewport());
            CHECK(r.left() >= view.left());
            CHECK(r.right() <= view.right());
        } else {
            CHECK(window->rect().contains(r));
        }
        CHECK(w->parentWidget()->rect().contains(w->geometry()));
    };
    QList<QPushButton*> buttons;
    for (QPushButton* b : window->findChildren<QPushButton*>())
        if (b->isVisible())
            buttons << b;
    REQUIRE_FALSE(buttons.isEmpty());
    for (QPushButton* b : std::as_const(buttons)) {
        INFO(b->objectName().toStdString() << " " << b->text().toStdString());
        onScreen(b);
        // Its words whole (trade tiles fit theirs to their size themselves).
        if (!b->text().isEmpty() && !b->objectName().startsWith(QLatin1String("trade_")))
            CHECK(b->width() >= b->sizeHint().width());
    }
    for (qsizetype i = 0; i < buttons.size(); ++i) {
        for (qsizetype j = i + 1; j < buttons.size(); ++j) {
            QPushButton* a = buttons.at(i);
            QPushButton* b = buttons.at(j);
            if (a->isAncestorOf(b) || b->isAncestorOf(a) || scrollOf(a) != scrollOf(b))
                continue;
            INFO(a->objectName().toStdString() << " and " << b->objectName().toStdString());
            CHECK_FALSE(onWindow(a).intersects(onWindow(b)));
        }
    }
    for (QLabel* l : window->findChildren<QLabel*>()) {
        if (!l->isVisible() || l->text().isEmpty())
            continue;
        INFO(l->objectName().toStdString() << " " << l->text().toStdString());
        onScreen(l);
        if (l->wordWrap())
            CHECK(l->height() >= l->heightForWidth(l->width()) - 1);
        else if (l->sizePolicy().horizontalPolicy() != QSizePolicy::Ignored)
            CHECK(l->width() >= l->sizeHint().width());
        for (QPushButton* b : std::as_const(buttons)) {
            // The "more below" and "more above" lines float over a scrolling area's last and
            // first lines by design; a tap on one scrolls and does not reach what lies under it.
            if (b->isAncestorOf(l) || scrollOf(b) != scrollOf(l) ||
                qobject_cast<ScrollEdgeHint*>(l))
                continue;
            INFO("over " << b->objectName().toStdString());
            CHECK_FALSE(onWindow(l).intersects(onWindow(b)));
        }
    }
    for (const char* name : {"detailQr", "onlineQr"}) {
        auto* qr = window->findChild<QLabel*>(QLatin1String(name));
        if (!qr || !qr->isVisible())
            continue;
        INFO(name);
        const QSize code = qr->pixmap().deviceIndependentSize().toSize();
        REQUIRE_FALSE(code.isEmpty());
        CHECK(qr->width() >= code.width());
        CHECK(qr->height() >= code.height());
        CHECK(window->rect().contains(onWindow(qr)));
    }
}

TEST_CASE("kiosk: smaller panels draw every screen smaller, and every screen stays whole",
          "[ui][kiosk]")
{
    // Sizes are those of a 1080p panel, scaled down on smaller ones and never up.
    CHECK(KioskStyle::scaleFor(QSize(1920, 1080)) == 1.0);
    CHECK(KioskStyle::scaleFor(QSize(1080, 1920)) == 1.0);
    CHECK(KioskStyle::scaleFor(QSize(3840, 2160)) == 1.0);
    CHECK(KioskStyle::scaleFor(QSize(1366, 768)) == Approx(768.0 / 1080));
    CHECK(KioskStyle::scaleFor(QSize(768, 1366)) == Approx(768.0 / 1080));
    // The narrower side decides: a 5:4 panel is as narrow as a 1280x720 one.
    CHECK(KioskStyle::scaleFor(QSize(1280, 1024)) == Approx(1280.0 / 1920));
    CHECK(KioskStyle::scaleFor(QSize(640, 480)) == KioskStyle::kMinScale);

    const QSize panel = GENERATE(QSize(1920, 1080), QSize(1366, 768), QSize(1280, 1024),
                                 QSize(1280, 800), QSize(768, 1366));
    // Chinese (the kiosk's default) and English (the longest words).
    const bool chinese = GENERATE(true, false);
    INFO((chinese ? "Chinese" : "English"));
    QTranslator translator;
    if (chinese) {
        REQUIRE(translator.load(QStringLiteral(":/i18n/lingong_zh_CN.qm")));
        QCoreApplication::installTranslator(&translator);
    }
    const auto removeTranslator =
        qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
    // With a printer: 打印回执 beside 完成 on the confirmation.
    QTemporaryDir receipts;
    Config config;
    config.pdfFolder = receipts.path();
    Kiosk k(config, panel);
    REQUIRE(k.window->size() == panel);
    const double scale = KioskStyle::scaleFor(panel);
    // Drawn smaller for real: the hall's name (36 px at 1080p) and a key (92 px at least).
    auto* hall = k.find<QLabel>(QStringLiteral("kioskTitle"));
    CHECK(hall->font().pixelSize() == std::lround(36 * scale));
    // The smallest text (24 px at 1080p) never below 20 px.
    CHECK(k.find<QLabel>(QStringLiteral("kioskStatus"))->font().pixelSize() ==
          std::max(20L, std::lround(24 * scale)));
    if (panel == QSize(1366, 768)) {
        // A finger's 20 mm on an 18.5" panel of this size: about 68 of its 0.3 mm pixels.
        CHECK(KioskStyle::minTarget() == 68);
    }
    // Each walk applies with its own mobile: one applying again is told so instead.
    const auto walk = [&k](const std::string& mode, const QString& mobileEnd) {
        REQUIRE(k.page() == QLatin1String("kioskHome"));
        checkWhole(k, mode + "home");
        k.tap(QStringLiteral("homeFindWork"));
        checkWhole(k, mode + "trades");
        k.tap(QStringLiteral("tradesAll"));
        checkWhole(k, mode + "job list");
        k.tap(QStringLiteral("filterDistrict"));
        checkWhole(k, mode + "district choices");
        k.tap(QStringLiteral("filterDistrict"));
        k.tap(QStringLiteral("jobCard_1"));
        checkWhole(k, mode + "job detail");
        k.tap(QStringLiteral("detailApply"));
        k.type(QStringLiteral("apply"), QStringLiteral("1380013"));
        checkWhole(k, mode + "apply");
        k.type(QStringLiteral("apply"), mobileEnd);
        k.tap(QStringLiteral("applySubmit"));
        REQUIRE(k.find(QStringLiteral("applyConfirmationNo"))->isVisible());
        REQUIRE(k.find(QStringLiteral("applyPrint"))->isVisible());
        checkWhole(k, mode + "applied");
        k.tap(QStringLiteral("navHome"));
        k.tap(QStringLiteral("homeRegister"));
        // The number typed keeps every key where it was.
        auto* key = k.find<QPushButton>(QStringLiteral("regIdKey0"));
        const QPoint keyAt = key->mapTo(k.window.get(), QPoint());
        k.typeId(validId(QStringLiteral("45010319900307123")));
        CHECK(key->mapTo(k.window.get(), QPoint()) == keyAt);
        KioskRegisterPage* reg = k.window->registerPage();
        // Choices made, as the consent step lists them.
        for (const char* chip : {"regTrade_电工", "regTrade_家政保洁", "regTrade_酒店餐饮",
                                 "regDifficulty_older", "regDifficulty_long_unemployed"})
            k.find<QPushButton>(QString::fromUtf8(chip))->setChecked(true);
        for (int s = KioskRegisterPage::IdStep; s <= KioskRegisterPage::ConsentStep; ++s) {
            reg->goToStep(s);
            k.settle();
            checkWhole(k, mode + "registration step " + std::to_string(s));
            // Every step in sight at once, nothing to scroll to.
            for (QScrollArea* area : reg->findChildren<QScrollArea*>())
                if (area->isVisible())
                    CHECK(area->verticalScrollBar()->maximum() == 0);
        }
        // The consent step asking whether nothing is to be saved.
        k.tap(QStringLiteral("regConsentDecline"));
        REQUIRE(reg->step() == KioskRegisterPage::ConsentStep);
        checkWhole(k, mode + "declining asked");
        reg->goToStep(KioskRegisterPage::IdStep);
        // Leaving the registration in progress: 首页 asks once, and the message stays whole.
        k.tap(QStringLiteral("navHome"));
        checkWhole(k, mode + "leaving asked");
        for (const char* tile :
             {"homeTraining", "homePolicy", "homeRights", "homeMarket", "homeOnline"}) {
            k.tap(QStringLiteral("navHome"));
            k.tap(QLatin1String(tile));
            checkWhole(k, mode + tile);
        }
        k.tap(QStringLiteral("navHome"));
        k.tap(QStringLiteral("homeRights"));
        k.tap(QStringLiteral("rightsCallback"));
        checkWhole(k, mode + "call-back");
        k.tap(QStringLiteral("navHome"));
        // 我要招工: every step whole (the longer ones may scroll), and the job as sent.
        k.tap(QStringLiteral("homePost"));
        KioskPostPage* post = k.window->postPage();
        for (const char* chip :
             {"postTrade_家政保洁", "postDistrict_南宁市青秀区", "postPlace_home",
              "postAsk_experience", "postOffer_meals", "postSurname_韦", "postHonorific_ms"})
            k.find<QPushButton>(QString::fromUtf8(chip))->click();
        k.find<TouchKeypad>(QStringLiteral("postPayKeypad"))->setText(QStringLiteral("160"));
        k.find<TouchKeypad>(QStringLiteral("postPhoneKeypad"))
            ->setText(QStringLiteral("1390771") + mobileEnd);
        for (int s = KioskPostPage::TradeStep; s <= KioskPostPage::ConfirmStep; ++s) {
            post->goToStep(s);
            k.settle();
            checkWhole(k, mode + "job posting step " + std::to_string(s));
        }
        k.tap(QStringLiteral("postSubmit"));
        REQUIRE(post->step() == KioskPostPage::DoneStep);
        REQUIRE(k.find(QStringLiteral("postPrint"))->isVisible());
        checkWhole(k, mode + "job sent");
        k.tap(QStringLiteral("postFinish"));
    };
    checkWhole(k, "attract");
    k.tap(QStringLiteral("attractStart"));
    walk("", QStringLiteral("8001"));
    k.tap(QStringLiteral("kioskLargeText"));
    CHECK(hall->font().pixelSize() == std::lround(36 * scale * KioskStyle::kLargeTextFactor));
    walk("large text: ", QStringLiteral("8002"));
    k.tap(QStringLiteral("kioskLargeText"));
    k.tap(QStringLiteral("kioskContrast"));
    walk("high contrast: ", QStringLiteral("8003"));
}

TEST_CASE("kiosk: choices line up in columns when every one fits a column", "[ui][kiosk]")
{
    QTranslator chinese;
    REQUIRE(chinese.load(QStringLiteral(":/i18n/lingong_zh_CN.qm")));
    QCoreApplication::installTranslator(&chinese);
    const auto remove = qScopeGuard([&chinese] { QCoreApplication::removeTranslator(&chinese); });
    Kiosk k;
    k.tap(QStringLiteral("attractStart"));
    k.tap(QStringLiteral("homeRegister"));
    KioskRegisterPage* reg = k.window->registerPage();
    // In Chinese the difficulties and the call-back's subjects stand in two columns; in English
    // the longest do not fit a column, and the rows take each choice at its own width instead.
    const auto linedUp = [&k](const char* name) {
        INFO(name);
        auto* group = k.find<TouchChipGroup>(QLatin1String(name));
        const QList<QPushButton*> chips = group->findChildren<QPushButton*>();
        REQUIRE(chips.size() >= 5);
        QSet<int> lefts;
        QSet<int> widths;
        for (QPushButton* chip : chips) {
            lefts.insert(chip->x());
            widths.insert(chip->width());
            CHECK(chip->width() >= chip->sizeHint().width());
        }
        CHECK(widths.size() == 1);
        CHECK(lefts.size() == 2);
    };
    reg->goToStep(KioskRegisterPage::DifficultyStep);
    k.settle();
    linedUp("regDifficultyChips");
    k.tap(QStringLiteral("navHome")); // asks once: a registration is in progress
    k.tap(QStringLiteral("navHome"));
    k.tap(QStringLiteral("homeRights"));
    k.tap(QStringLiteral("rightsCallback"));
    linedUp("callbackCategoryChips");
}

TEST_CASE("kiosk: the second tap of a double tap does not reach the next screen", "[ui][kiosk]")
{
    Kiosk k;
    k.window->setTapGuardMs(KioskWindow::kTapGuardMs);
    auto waitOut = [] { QTest::qWait(KioskWindow::kTapGuardMs + 100); };
    auto tapOnce = [&k, &waitOut](const char* name) {
        waitOut();
        k.tap(QLatin1String(name));
    };
    tapOnce("attractStart");
    tapOnce("homeRegister");
    waitOut();
    k.typeId(validId(QStringLiteral("45012219850620003")));
    tapOnce("regNext");
    waitOut();
    k.type(QStringLiteral("regPhone"), QStringLiteral("13600001111"));
    tapOnce("regNext");
    KioskRegisterPage* reg = k.window->registerPage();
    REQUIRE(reg->step() == KioskRegisterPage::TradesStep);

    // A double tap on 下一步 moves one step, not two: where to work is not skipped.
    waitOut();
    doubleClick(k.find<QPushButton>(QStringLiteral("regNext")));
    k.settle();
    CHECK(reg->step() == KioskRegisterPage::WhereWhenStep);
    // A tap once the new screen is up works as always.
    tapOnce("regNext");
    CHECK(reg->step() == KioskRegisterPage::PayStep);

    // The keypad's keys take quick taps: typing is not a change of screen. (首页 asks once
    // before leaving the registration.)
    tapOnce("navHome");
    tapOnce("navHome");
    tapOnce("homeRights");
    tapOnce("rightsCallback");
    waitOut();
    const QString typed = QStringLiteral("13800002222");
    for (const QChar c : typed)
        k.tap(QStringLiteral("callbackKey") + c);
    CHECK(k.find<TouchKeypad>(QStringLiteral("callbackKeypad"))->text() == typed);
}

TEST_CASE("kiosk: a number taken is shown only in part when the person goes back to it",
          "[ui][kiosk]")
{
    Kiosk k;
    k.tap(QStringLiteral("attractStart"));
    k.tap(QStringLiteral("homeRegister"));
    const QString id = validId(QStringLiteral("45012219850620003"));
    k.typeId(id);
    CHECK(k.text(QStringLiteral("regIdDisplay")).remove(u' ') == id); // while typing: all of it
    k.tap(QStringLiteral("regNext"));
    k.type(QStringLiteral("regPhone"), QStringLiteral("13600001111"));
    k.tap(QStringLiteral("regNext"));
    KioskRegisterPage* reg = k.window->registerPage();
    REQUIRE(reg->step() == KioskRegisterPage::TradesStep);

    k.tap(QStringLiteral("navBack"));
    REQUIRE(reg->step() == KioskRegisterPage::PhoneStep);
    CHECK(k.text(QStringLiteral("regPhoneDisplay")) ==
          masking::phone(QStringLiteral("13600001111")));
    k.tap(QStringLiteral("navBack"));
    REQUIRE(reg->step() == KioskRegisterPage::IdStep);
    const QString shown = k.text(QStringLiteral("regIdDisplay"));
    CHECK(shown == masking::idNumber(id));
    CHECK_FALSE(QString(shown).remove(u' ').contains(id.mid(6, 8))); // no birth date shown
    // Nothing is lost: forward again, and the registration goes on with the numbers taken.
    k.tap(QStringLiteral("regNext"));
    k.tap(QStringLiteral("regNext"));
    CHECK(reg->step() == KioskRegisterPage::TradesStep);
    CHECK(reg->form().idNumber == id);
    CHECK(reg->form().phone == QStringLiteral("13600001111"));
    // A key pressed on a number shown in part types it again from the start.
    k.tap(QStringLiteral("navBack"));
    k.tap(QStringLiteral("regPhoneKey1"));
    CHECK(reg->form().phone == QStringLiteral("1"));
    CHECK(k.text(QStringLiteral("regPhoneDisplay")) == QStringLiteral("1"));
    k.tap(QStringLiteral("regPhoneKeyBack"));
    k.type(QStringLiteral("regPhone"), QStringLiteral("13600002222"));
    k.tap(QStringLiteral("regNext"));
    CHECK(reg->form().phone == QStringLiteral("13600002222"));
    // 退格 on a number shown in part deletes all of it, and the display says so until a key.
    k.tap(QStringLiteral("navBack"));
    REQUIRE(k.text(QStringLiteral("regPhoneDisplay")) ==
            masking::phone(QStringLiteral("13600002222")));
    k.tap(QStringLiteral("regPhoneKeyBack"));
    CHECK(reg->form().phone.isEmpty());
    CHECK(k.text(QStringLiteral("regPhoneDisplay")) == QStringLiteral("Deleted: enter it again"));
    // 退格 again: nothing to delete, the notice read; the keypad asks as it does at first.
    k.tap(QStringLiteral("regPhoneKeyBack"));
    CHECK(k.text(QStringLiteral("regPhoneDisplay")) == QStringLiteral("Mobile number"));
    k.tap(QStringLiteral("regPhoneKey1"));
    CHECK(k.text(QStringLiteral("regPhoneDisplay")) == QStringLiteral("1"));
    k.tap(QStringLiteral("regPhoneKeyBack"));
    CHECK(k.text(QStringLiteral("regPhoneDisplay")) == QStringLiteral("Mobile number"));
}

TEST_CASE("kiosk: a person whose trade has no open jobs is told so before other jobs are shown",
          "[ui][kiosk]")
{
    Kiosk k;
    const QString today = k.t.clock().today().toString(Qt::ISODate);
    auto rows = k.t->database().exec(
        QStringLiteral("SELECT name FROM occupation WHERE active = 1 AND name NOT IN (SELECT "
                       "occupation FROM job WHERE status = 'published' AND deleted = 0 AND "
                       "valid_until >= ?) ORDER BY name"),
        {today});
    REQUIRE(rows.ok());
    k.tap(QStringLiteral("attractStart"));
    k.tap(QStringLiteral("homeRegister"));
    k.typeId(validId(QStringLiteral("45012219900315004")));
    k.tap(QStringLiteral("regNext"));
    k.type(QStringLiteral("regPhone"), QStringLiteral("13977115566"));
    k.tap(QStringLiteral("regNext"));
    QString trade;
    while (trade.isEmpty() && rows.value().next()) {
        const QString name = rows.value().value(0).toString();
        if (k.window->findChild<QWidget*>(QStringLiteral("regTrade_") + name))
            trade = name;
    }
    REQUIRE_FALSE(trade.isEmpty());
    k.tap(QStringLiteral("regTrade_") + trade);
    k.tap(QStringLiteral("regNext"));
    // And the district with the most open jobs, where other work is near.
    const QString district = k.scalar(
        QStringLiteral("SELECT district FROM job WHERE status = 'published' AND deleted = 0 AND "
                       "valid_until >= '%1' GROUP BY district ORDER BY COUNT(*) DESC")
            .arg(today));
    k.tap(QStringLiteral("regDistrict_") + district);
    for (int i = 0; i < 3; ++i)
        k.tap(QStringLiteral("regNext"));
    k.tap(QStringLiteral("regConsentAgree"));
    REQUIRE(k.window->registerPage()->step() == KioskRegisterPage::DoneStep);
    REQUIRE(k.find(QStringLiteral("regSuggestions"))->isVisible());
    CHECK(k.text(QStringLiteral("regSuggestionsHeading"))
              .startsWith(QStringLiteral("No open jobs in the trades you chose right now.")));
    for (KioskJobCard* card :
         k.find(QStringLiteral("regSuggestions"))->findChildren<KioskJobCard*>())
        CHECK(jobData(k, card->jobId()).value(QLatin1String("occupation")).toString() != trade);
    // Nothing more of that trade to list: no button to an empty list.
    CHECK_FALSE(k.find(QStringLiteral("regMoreJobs"))->isVisible());
    CHECK(k.find(QStringLiteral("regFinish"))->isVisible());
}

TEST_CASE("kiosk: more jobs after registering are those of every trade and district chosen",
          "[ui][kiosk]")
{
    Kiosk k;
    const QString today = k.t.clock().today().toString(Qt::ISODate);
    // Two trades with open jobs, and a district where some of them are.
    const QString sql = QStringLiteral(
        "SELECT %1 FROM job WHERE status = 'published' AND deleted = 0 AND valid_until >= '%2' ");
    const QString tradeA = k.scalar(sql.arg(QStringLiteral("occupation"), today) +
                                    QStringLiteral("GROUP BY occupation ORDER BY COUNT(*) DESC"));
    const QString tradeB =
        k.scalar(sql.arg(QStringLiteral("occupation"), today) +
                 QStringLiteral("AND occupation <> '%1' GROUP BY occupation ORDER BY COUNT(*) "
                                "DESC")
                     .arg(tradeA));
    const QString district = k.scalar(
        sql.arg(QStringLiteral("district"), today) +
        QStringLiteral("AND occupation IN ('%1', '%2') GROUP BY district ORDER BY COUNT(*) DESC")
            .arg(tradeA, tradeB));
    REQUIRE_FALSE(tradeB.isEmpty());
    const int expected =
        k.scalar(sql.arg(QStringLiteral("COUNT(*)"), today) +
                 QStringLiteral("AND occupation IN ('%1', '%2') AND district = '%3'")
                     .arg(tradeA, tradeB, district))
            .toInt();
    REQUIRE(expected > 0);

    k.tap(QStringLiteral("attractStart"));
    k.tap(QStringLiteral("homeRegister"));
    k.typeId(validId(QStringLiteral("45012219900315004")));
    k.tap(QStringLiteral("regNext"));
    k.type(QStringLiteral("regPhone"), QStringLiteral("13977115566"));
    k.tap(QStringLiteral("regNext"));
    k.tap(QStringLiteral("regTrade_") + tradeA);
    k.tap(QStringLiteral("regTrade_") + tradeB);
    k.tap(QStringLiteral("regNext"));
    k.tap(QStringLiteral("regDistrict_") + district);
    for (int i = 0; i < 3; ++i)
        k.tap(QStringLiteral("regNext"));
    k.tap(QStringLiteral("regConsentAgree"));
    REQUIRE(k.window->registerPage()->step() == KioskRegisterPage::DoneStep);

    k.tap(QStringLiteral("regMoreJobs"));
    REQUIRE(k.page() == QLatin1String("kioskJobList"));
    auto* list = k.find<KioskJobListPage>(QStringLiteral("kioskJobList"));
    CHECK(list->total() == expected);
    // The district filter says which districts the list holds, and offers those where the
    // trades chosen have open jobs.
    CHECK(k.find<QPushButton>(QStringLiteral("filterDistrict"))->text() ==
          QStringLiteral("Where: ") + KioskText::shortDistrict(district, k.t->config().district));
    QStringList offered = k.find<TouchChipGroup>(QStringLiteral("districtChips"))->keys();
    offered.removeFirst(); // "where you chose"
    QStringList withJobs;
    auto rows = k.t->database().exec(sql.arg(QStringLiteral("DISTINCT district"), today) +
                                         QStringLiteral("AND occupation IN (?, ?)"),
                                     {tradeA, tradeB});
    REQUIRE(rows.ok());
    while (rows.value().next())
        withJobs << rows.value().value(0).toString();
    offered.sort();
    withJobs.sort();
    CHECK(offered == withJobs);
    for (const QString& id : list->visibleJobIds()) {
        const QJsonObject d = jobData(k, id);
        CHECK(
            QStringList{tradeA, tradeB}.contains(d.value(QLatin1String("occupation")).toString()));
        CHECK(d.value(QLatin1String("location"))
                  .toObject()
                  .value(QLatin1String("district"))
                  .toString() == district);
    }
}

TEST_CASE("kiosk: an ID number giving a birth date over a hundred years ago is refused at once",
          "[ui][kiosk]")
{
    Kiosk k;
    k.tap(QStringLiteral("attractStart"));
    k.tap(QStringLiteral("homeRegister"));
    k.typeId(validId(QStringLiteral("45012219000101003")));
    k.tap(QStringLiteral("regNext"));
    CHECK(k.window->registerPage()->step() == KioskRegisterPage::IdStep);
    CHECK(k.text(QStringLiteral("regError")).contains(QStringLiteral("check it against")));
}

TEST_CASE("kiosk: declining consent stores nothing", "[ui][kiosk]")
{
    Kiosk k;
    const int seekersBefore = k.t.count(QStringLiteral("seeker"));
    k.tap(QStringLiteral("attractStart"));
    k.tap(QStringLiteral("homeRegister"));
    const QString id = validId(QStringLiteral("45012219850620003"));
    k.typeId(id);
    k.tap(QStringLiteral("regNext"));
    k.type(QStringLiteral("regPhone"), QStringLiteral("13600001111"));
    for (int i = 0; i < 5; ++i)
        k.tap(QStringLiteral("regNext"));
    // A tap beside 同意 loses nothing: the first tap asks, a double tap counts once.
    KioskRegisterPage* reg = k.window->registerPage();
    auto* decline = k.find<QPushButton>(QStringLiteral("regConsentDecline"));
    const QRect declineAt(decline->mapTo(k.window.get(), QPoint()), decline->size());
    doubleClick(decline);
    k.settle();
    CHECK(reg->step() == KioskRegisterPage::ConsentStep);
    CHECK(decline->text() == QLatin1String("Tap again: do not save"));
    CHECK(QRect(decline->mapTo(k.window.get(), QPoint()), decline->size()) == declineAt);
    // Going back a step and forward again asks again.
    k.tap(QStringLiteral("navBack"));
    k.tap(QStringLiteral("regNext"));
    REQUIRE(reg->step() == KioskRegisterPage::ConsentStep);
    CHECK(decline->text() == QLatin1String("No, do not save"));
    k.tap(QStringLiteral("regConsentDecline"));
    CHECK(reg->step() == KioskRegisterPage::ConsentStep);
    QTest::qWait(QApplication::doubleClickInterval() + 50);
    k.tap(QStringLiteral("regConsentDecline"));
    CHECK(k.text(QStringLiteral("regDoneHeading")) == QLatin1String("Nothing was saved"));
    CHECK(k.find(QStringLiteral("regMoreJobs"))->isVisible());
    // The result stands in the middle of the screen, its button below it.
    {
        QWidget* heading = k.find(QStringLiteral("regDoneHeading"));
        const int middle = heading->mapTo(k.window.get(), heading->rect().center()).x();
        CHECK(std::abs(middle - k.window->width() / 2) < 60);
        CHECK(k.find(QStringLiteral("regFinish"))->mapTo(k.window.get(), QPoint()).y() >
              heading->mapTo(k.window.get(), QPoint()).y());
    }
    CHECK(k.t.count(QStringLiteral("seeker")) == seekersBefore);
    CHECK(k.t.count(QStringLiteral("outbox")) == 0);
    CHECK(k.window->registerPage()->form().idNumber.isEmpty());
}

TEST_CASE("kiosk: the ID keypad takes X only as the 18th character", "[ui][kiosk]")
{
    TouchKeypad pad(QStringLiteral("t"), TouchKeypad::Kind::IdNumber);
    auto* x = pad.findChild<QPushButton*>(QStringLiteral("tKeyX"));
    REQUIRE(x);
    CHECK_FALSE(x->isEnabled());
    pad.setText(QStringLiteral("45010219580314251"));
    CHECK(x->isEnabled());
    x->click();
    CHECK(pad.text() == QLatin1String("45010219580314251X"));
    CHECK(pad.findChild<QLabel*>(QStringLiteral("tDisplay"))->text() ==
          QLatin1String("450102 19580314 251X"));
    pad.findChild<QPushButton*>(QStringLiteral("tKey5"))->click(); // full: ignored
    CHECK(pad.text().size() == 18);
}

TEST_CASE("kiosk: a registration half done is covered at the usual time and wiped only after a "
          "longer countdown",
          "[ui][kiosk]")
{
    Config config;
    config.idleTimeoutSec = 90;
    Kiosk k(config);
    k.tap(QStringLiteral("attractStart"));
    KioskRegisterPage* reg = registerUpTo(k, KioskRegisterPage::PhoneStep);
    QWidget* overlay = k.find(QStringLiteral("kioskCountdown"));
    // Left at the usual time: the answers are covered from whoever passes...
    k.t.clock().advanceMs(89'000);
    k.window->idle().check();
    CHECK_FALSE(overlay->isVisible());
    k.t.clock().advanceMs(1'000);
    k.window->idle().check();
    REQUIRE(overlay->isVisible());
    CHECK(overlay->geometry().contains(k.find(QStringLiteral("kioskRegister"))->geometry()));
    // ...and kept for two minutes more.
    CHECK(k.text(QStringLiteral("idleSeconds")) == QLatin1String("120"));
    CHECK(k.text(QStringLiteral("idleText")).startsWith(QStringLiteral("In 120 second")));
    // A touch keeps the answers.
    k.tap(QStringLiteral("idleContinue"));
    CHECK_FALSE(overlay->isVisible());
    CHECK(reg->step() == KioskRegisterPage::PhoneStep);
    CHECK(k.page() == QLatin1String("kioskRegister"));
    // Nobody comes back: wiped after the whole wait and countdown.
    k.t.clock().advanceMs(209'000);
    k.window->idle().check();
    CHECK(k.page() == QLatin1String("kioskRegister"));
    k.t.clock().advanceMs(1'000);
    k.window->idle().check();
    k.settle();
    CHECK(k.page() == QLatin1String("kioskAttract"));
    CHECK(reg->step() == KioskRegisterPage::IdStep);
    CHECK(k.t.count(QStringLiteral("seeker"), QStringLiteral("phone = '13977112233'")) == 0);
    // The next person, with nothing half done, has the usual countdown.
    k.tap(QStringLiteral("attractStart"));
    k.t.clock().advanceMs(90'000);
    k.window->idle().check();
    CHECK(overlay->isVisible());
    CHECK(k.text(QStringLiteral("idleSeconds")) == QLatin1String("10"));
}

TEST_CASE("kiosk: idle countdown wipes entered digits and returns to the attract screen",
          "[ui][kiosk]")
{
    Config config;
    config.idleTimeoutSec = 90;
    Kiosk k(config);
    k.tap(QStringLiteral("attractStart"));
    k.tap(QStringLiteral("homeFindWork"));
    k.tap(QStringLiteral("tradesAll"));
    k.tap(QStringLiteral("jobCard_0"));
    k.tap(QStringLiteral("detailApply"));
    k.type(QStringLiteral("apply"), QStringLiteral("1390771"));
    auto* keypad = k.window->applyPage()->findChild<TouchKeypad*>();
    REQUIRE(keypad->text() == QLatin1String("1390771"));
    QWidget* overlay = k.find(QStringLiteral("kioskCountdown"));

    // 89 s: nothing yet.
    k.t.clock().advanceMs(89'000);
    k.window->idle().check();
    CHECK_FALSE(overlay->isVisible());
    // 90 s: the countdown shows, with the longer time of a number half typed (read off a phone
    // or out of a bag).
    k.t.clock().advanceMs(1'000);
    k.window->idle().check();
    CHECK(overlay->isVisible());
    const int patient = k.window->idle().patientCountdownSec();
    REQUIRE(patient > 10);
    CHECK(k.text(QStringLiteral("idleSeconds")) == QString::number(patient));
    {
        // The next person at the kiosk cannot read the digits behind it: where the question
        // does not cover the screen, it is all but black.
        const QImage shot = k.window->grab().toImage();
        QWidget* digits = k.find(QStringLiteral("applyDisplay"));
        const QRect at(digits->mapTo(k.window.get(), QPoint()), digits->size());
        const QFrame* panel = overlay->findChild<QFrame*>();
        const QRect question(panel->mapTo(k.window.get(), QPoint()), panel->size());
        int lightest = 0;
        int darkest = 255;
        for (int y = at.top(); y <= at.bottom(); ++y)
            for (int x = at.left(); x <= at.right(); ++x) {
                if (question.contains(x, y))
                    continue;
                const int l = shot.pixelColor(x, y).lightness();
                lightest = std::max(lightest, l);
                darkest = std::min(darkest, l);
            }
        CHECK(lightest - darkest < 20);
    }
    // A touch keeps the session and what was typed.
    k.tap(QStringLiteral("idleContinue"));
    CHECK_FALSE(overlay->isVisible());
    CHECK(keypad->text() == QLatin1String("1390771"));
    CHECK(k.page() == QLatin1String("kioskApply"));

    // Left alone again: countdown, then everything is wiped.
    k.t.clock().advanceMs(93'000);
    k.window->idle().check();
    CHECK(overlay->isVisible());
    CHECK(k.text(QStringLiteral("idleSeconds")) == QString::number(patient - 3));
    k.t.clock().advanceMs((patient - 3) * 1000);
    k.window->idle().check();
    k.settle();
    CHECK_FALSE(overlay->isVisible());
    CHECK(k.page() == QLatin1String("kioskAttract"));
    CHECK(keypad->text().isEmpty());
    CHECK(k.window->applyPage()->jobId().isEmpty());
    CHECK(k.window->jobDetail()->jobId().isEmpty());
    CHECK(k.t.count(QStringLiteral("application")) == 0);
}

TEST_CASE("kiosk: close, Escape and Alt+F4 are ignored, the corner and PIN let staff out",
          "[ui][kiosk]")
{
    Kiosk k;
    k.tap(QStringLiteral("attractStart"));
    k.tap(QStringLiteral("homeFindWork"));
    CHECK_FALSE(k.window->close());
    CHECK(k.window->isVisible());
    QTest::keyClick(k.window.get(), Qt::Key_Escape);
    QTest::keyClick(k.find(QStringLiteral("tradesAll")), Qt::Key_Escape);
    QTest::keyClick(k.window.get(), Qt::Key_F4, Qt::AltModifier);
    QTest::keyClick(k.window.get(), Qt::Key_W, Qt::ControlModifier);
    k.settle();
    CHECK(k.window->isVisible());
    CHECK(k.page() == QLatin1String("kioskTrades"));

    // A short press on the corner does nothing.
    auto* corner = k.find<KioskCorner>(QStringLiteral("kioskCorner"));
    QTest::mousePress(corner, Qt::LeftButton, {}, QPoint(10, 10));
    k.t.clock().advanceMs(2'000);
    corner->check();
    QTest::mouseRelease(corner, Qt::LeftButton, {}, QPoint(10, 10));
    CHECK(k.page() == QLatin1String("kioskTrades"));
    // Five seconds opens the PIN screen.
    QTest::mousePress(corner, Qt::LeftButton, {}, QPoint(10, 10));
    k.t.clock().advanceMs(5'000);
    corner->check();
    QTest::mouseRelease(corner, Qt::LeftButton, {}, QPoint(10, 10));
    REQUIRE(k.page() == QLatin1String("kioskStaffExit"));
    // On a wide screen and on a tall one every key is whole, on screen and as wide as its row.
    for (const QSize size : {QSize(1920, 1080), QSize(1080, 1920)}) {
        k.window->resize(size);
        k.settle();
        const QList<QPushButton*> keys = k.window->findChildren<QPushButton*>(
            QRegularExpression(QStringLiteral("^staffPinKey")));
        REQUIRE(keys.size() >= 12);
        const int width = k.find(QStringLiteral("staffPinKey1"))->width();
        CHECK(width >= KioskStyle::kMinTarget);
        for (QPushButton* key : keys) {
            INFO(key->objectName().toStdString() << " at " << size.width());
            const QRect r(key->mapTo(k.window.get(), QPoint(0, 0)), key->size());
            CHECK(k.window->rect().contains(r));
            // Nor beyond the keypad, where the page would cut it off.
            CHECK(key->parentWidget()->rect().contains(key->geometry()));
            if (key->text().size() == 1 && key->text() != QLatin1String("0"))
                CHECK(key->width() == width);
        }
    }
    k.type(QStringLiteral("staffPin"), QStringLiteral("1111"));
    k.tap(QStringLiteral("staffPinOk"));
    CHECK(k.find(QStringLiteral("staffPinError"))->isVisible());
    CHECK(k.window->isVisible());
    // Three wrong PINs in a row: even the right one must wait a minute, and each try is logged.
    for (const char* wrong : {"2222", "3333"}) {
        k.type(QStringLiteral("staffPin"), QLatin1String(wrong));
        k.tap(QStringLiteral("staffPinOk"));
    }
    QSignalSpy exit(k.window.get(), &KioskWindow::exitRequested);
    k.type(QStringLiteral("staffPin"), k.t->config().staffPin);
    k.tap(QStringLiteral("staffPinOk"));
    CHECK(exit.count() == 0);
    CHECK(k.t.count(QStringLiteral("audit_log"), QStringLiteral("action = 'kiosk_exit_denied'")) ==
          3);
    k.t.clock().advanceMs(61'000);
    k.type(QStringLiteral("staffPin"), k.t->config().staffPin);
    k.tap(QStringLiteral("staffPinOk"));
    CHECK(exit.count() == 1);
    CHECK_FALSE(k.window->isLockedDown());
    CHECK_FALSE(k.window->isVisible());
}

TEST_CASE("kiosk: large-text mode makes the text larger on every screen", "[ui][kiosk]")
{
    Kiosk k;
    k.tap(QStringLiteral("attractStart"));
    k.tap(QStringLiteral("homeFindWork"));
    auto* title = k.find<QLabel>(QStringLiteral("kioskTradesTitle"));
    auto* hall = k.find<QLabel>(QStringLiteral("kioskTitle"));
    auto* tile = k.find<QPushButton>(QStringLiteral("tradesAll"));
    const int titleBefore = title->font().pixelSize();
    const int hallBefore = hall->font().pixelSize();
    const int tileBefore = tile->font().pixelSize();
    CHECK(titleBefore >= 36);
    k.tap(QStringLiteral("kioskLargeText"));
    CHECK(k.window->largeText());
    CHECK(title->font().pixelSize() > titleBefore);
    CHECK(hall->font().pixelSize() > hallBefore);
    CHECK(tile->font().pixelSize() > tileBefore);
    // One more tap turns it off again.
    k.tap(QStringLiteral("kioskLargeText"));
    CHECK(title->font().pixelSize() == titleBefore);

    k.tap(QStringLiteral("kioskContrast"));
    CHECK(k.window->highContrast());
    CHECK(k.window->styleSheet().contains(QLatin1String("#ffd400")));
}

namespace {

// Share of the pixels that are clearly coloured (not white, grey or black).
double colouredShare(const QImage& image)
{
    int coloured = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > 200 && c.hsvSaturationF() > 0.4 && c.valueF() > 0.3)
                ++coloured;
        }
    }
    return double(coloured) / (image.width() * image.height());
}

} // namespace

TEST_CASE("kiosk: home tile labels wrap between words to fit their tiles", "[ui][kiosk]")
{
    Kiosk k;
    k.tap(QStringLiteral("attractStart"));
    REQUIRE(k.page() == QLatin1String("kioskHome"));
    const char* const tiles[] = {"homeFindWork", "homeRegister", "homeTraining", "homePolicy",
                                 "homeRights",   "homeMarket",   "homeOnline"};
    // A tile's words: its name, then what it offers, each on lines of its own.
    const auto words = [&k](const char* name) {
        auto* tile = k.find<QPushButton>(QString::fromLatin1(name));
        QStringList out;
        for (QLabel* l : tile->findChildren<QLabel*>())
            if (l->isVisible())
                out << l->text();
        return out;
    };
    auto check = [&k, &tiles] {
        for (const char* name : tiles) {
            auto* tile = k.find<QPushButton>(QString::fromLatin1(name));
            int height = 0;
            for (QLabel* l : tile->findChildren<QLabel*>()) {
                if (!l->isVisible())
                    continue;
                INFO(name << ": " << l->text().toStdString());
                const QFontMetrics fm(l->font());
                const QStringList lines = l->text().split(QLatin1Char('\n'));
                for (const QString& line : lines) {
                    CHECK_FALSE(line.isEmpty());
                    CHECK(fm.horizontalAdvance(line) <= l->width());
                }
                height += int(lines.size()) * fm.lineSpacing();
            }
            CHECK(height <= tile->height());
        }
    };
    // The name reads larger than what the tile offers.
    {
        auto* tile = k.find<QPushButton>(QStringLiteral("homeRegister"));
        const QList<QLabel*> labels = tile->findChildren<QLabel*>();
        REQUIRE(labels.size() == 2);
        CHECK(labels[0]->font().pixelSize() > labels[1]->font().pixelSize());
        CHECK(tile->accessibleName() ==
              QStringLiteral("Register as a job seeker: A few taps, no typing"));
    }
    // The English labels are longer than the tiles are wide.
    CHECK(words("homeTraining").join(QLatin1Char('\n')).count(QLatin1Char('\n')) > 1);
    CHECK(words("homeTraining").join(QLatin1Char(' ')).simplified() ==
          QStringLiteral("Training and starting a business Courses, subsidies, loans"));
    CHECK(words("homeFindWork").join(QLatin1Char(' ')).contains(u"open job"));
    check();
    k.tap(QStringLiteral("kioskLargeText"));
    check();
    k.window->resize(1080, 1920);
    k.settle();
    check();
    k.tap(QStringLiteral("kioskLargeText"));
    check();
}

TEST_CASE("kiosk: the trades to choose in 求职登记 and 我要招工 carry their pictures, words whole",
          "[ui][kiosk]")
{
    auto occupations = Kiosk().t->reference().occupations();
    REQUIRE(occupations.ok());
    const auto check = [&](Kiosk& k, const QString& prefix) {
        int i = 0;
        for (const Occupation& o : occupations.value()) {
            INFO(o.name.toStdString());
            auto* chip = k.find<QPushButton>(prefix + o.name);
            REQUIRE_FALSE(chip->icon().isNull());
            // The trade's own picture, as on 找工作's tile, large enough to recognise.
            CHECK(chip->iconSize().height() >= KioskStyle::px(56));
            const QImage shown = chip->icon()
                                     .pixmap(chip->iconSize(), 2.0)
                                     .toImage()
                                     .copy(0, 0, KioskStyle::px(56) * 2, KioskStyle::px(56) * 2)
                                     .convertToFormat(QImage::Format_ARGB32);
            const QImage own =
                KioskTradesPage::tradeIcon(o.name, o.icon, i++, KioskStyle::px(56), 2.0)
                    .toImage()
                    .convertToFormat(QImage::Format_ARGB32);
            CHECK(shown == own);
            // The words fit beside it.
            CHECK(chip->width() >= chip->sizeHint().width());
        }
    };
    for (const bool post : {false, true}) {
        Kiosk k;
        k.window->resize(1080, 1920);
        k.settle();
        k.tap(QStringLiteral("attractStart"));
        if (post) {
            k.tap(QStringLiteral("homePost"));
            check(k, QStringLiteral("postTrade_"));
            continue;
        }
        k.tap(QStringLiteral("homeRegister"));
        k.typeId(validId(QStringLiteral("45010219900101123")));
        k.tap(QStringLiteral("regNext"));
        k.type(QStringLiteral("regPhone"), QStringLiteral("13977112233"));
        k.tap(QStringLiteral("regNext"));
        REQUIRE(k.window->registerPage()->step() == KioskRegisterPage::TradesStep);
        check(k, QStringLiteral("regTrade_"));
    }
}

TEST_CASE("kiosk: every trade tile shows its trade's picture", "[ui][kiosk]")
{
    Kiosk k;
    k.tap(QStringLiteral("attractStart"));
    k.tap(QStringLiteral("homeFindWork"));
    auto occupations = k.t->reference().occupations();
    REQUIRE(occupations.ok());
    REQUIRE(occupations->size() > 20);
    auto check = [&k, &occupations] {
        for (const Occupation& o : occupations.value()) {
            INFO(o.name.toStdString());
            auto* tile = k.find<TradeTile>(QStringLiteral("trade_") + o.name);
            CHECK(tile->property("tradeIcon").toString() == o.icon);
            CHECK(tile->name() == o.nameEn); // the interface is English here
            CHECK(tile->text().startsWith(o.nameEn));
            CHECK_FALSE(tile->icon().isNull());
            // The words are never cut off: they fit beside the picture, inside the border and
            // padding (a long name in large text gets smaller type of its own). The picture
            // fits the tile too.
            const QRect inside = tile->contentsRect();
            const QRect words = tile->wordsRect();
            const QRect picture = tile->pictureRect();
            CHECK(inside.contains(words));
            CHECK(inside.contains(picture));
            CHECK(picture.right() < words.left());
            CHECK(words.width() >= QFontMetrics(tile->nameFont()).horizontalAdvance(o.nameEn));
            const int namePx = QFontInfo(tile->nameFont()).pixelSize();
            // The number of jobs in smaller type than the name.
            CHECK(QFontInfo(tile->countFont()).pixelSize() < namePx);
            // Every picture is large enough to recognise, even beside long English names.
            CHECK(tile->iconSize().height() >= KioskStyle::kMinTarget * 2 / 3);
            // The longest names take type at most about 10 % smaller than the style's.
            CHECK(namePx >= QFontInfo(tile->nameFont(TradeTile::StyleSize)).pixelSize() * 85 / 100);
            // Whole on the screen, above the 返回/首页 bar.
            CHECK(tile->mapTo(k.window.get(), tile->rect().bottomLeft()).y() <
                  k.find(QStringLiteral("kioskBottomBar"))->mapTo(k.window.get(), QPoint()).y());
        }
    };
    check();

    // Drawn in colour from the emoji font, not as a black outline glyph or an empty box.
    const QImage orange =
        KioskTradesPage::tradeIcon(QStringLiteral("农业采收"), QStringLiteral("🍊"), 0, 96)
            .toImage();
    const QImage badge =
        KioskTradesPage::tradeIcon(QStringLiteral("农业采收"), QString(), 0, 96).toImage();
    CHECK(orange != badge);
    CHECK(colouredShare(orange) > 0.2);

    // Portrait, large text and high contrast keep every picture whole.
    k.window->resize(1080, 1920);
    k.settle();
    check();
    // In the hall's Chinese interface the tiles carry the Chinese names, and in portrait the
    // pictures are as large as a touch target.
    const QLocale english;
    QLocale::setDefault(
        QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China));
    k.find<KioskPage>(QStringLiteral("kioskTrades"))->refresh();
    k.settle();
    for (const Occupation& o : occupations.value())
        CHECK(k.find<QPushButton>(QStringLiteral("trade_") + o.name)->text().startsWith(o.name));
    CHECK(k.find<QPushButton>(QStringLiteral("trade_木工"))->iconSize().height() >=
          KioskStyle::kMinTarget);
    QLocale::setDefault(english);
    k.find<KioskPage>(QStringLiteral("kioskTrades"))->refresh();
    k.settle();
    check();
    k.tap(QStringLiteral("kioskLargeText"));
    k.tap(QStringLiteral("kioskContrast"));
    check();
    // Large text on a tall screen: the long English names go two to a row, the Chinese three.
    {
        const auto top = [&k, &occupations](int i) {
            QWidget* w = k.find(QStringLiteral("trade_") + occupations.value()[size_t(i)].name);
            return w->mapTo(k.window.get(), QPoint()).y();
        };
        CHECK(top(1) == top(0));
        CHECK(top(2) > top(0));
        QLocale::setDefault(
            QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China));
        k.find<KioskPage>(QStringLiteral("kioskTrades"))->refresh();
        k.settle();
        CHECK(top(2) == top(0));
        CHECK(top(3) > top(0));
        QLocale::setDefault(english);
        k.find<KioskPage>(QStringLiteral("kioskTrades"))->refresh();
        k.settle();
        CHECK(top(2) > top(0));
    }
    k.window->resize(1920, 1080);
    k.settle();
    check();
    // Large text on a wide screen: five to a row, and in Chinese the pictures stay large beside
    // the larger words.
    {
        const auto top = [&k, &occupations](int i) {
            QWidget* w = k.find(QStringLiteral("trade_") + occupations.value()[size_t(i)].name);
            return w->mapTo(k.window.get(), QPoint()).y();
        };
        CHECK(top(4) == top(0));
        // Five rows fit with room between them: the rows do not run into each other.
        const int height = k.find(QStringLiteral("trade_") + occupations.value()[0].name)->height();
        CHECK(top(5) >= top(0) + height + 12);
        QLocale::setDefault(
            QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China));
        k.find<KioskPage>(QStringLiteral("kioskTrades"))->refresh();
        k.settle();
        CHECK(k.find<QPushButton>(QStringLiteral("trade_建筑搬运"))->iconSize().height() >=
              KioskStyle::kMinTarget * 3 / 4);
        QLocale::setDefault(english);
        k.find<KioskPage>(QStringLiteral("kioskTrades"))->refresh();
        k.settle();
    }

    // A trade staff added later without a picture keeps the character badge.
    REQUIRE(k.t->database()
                .exec(QStringLiteral("UPDATE occupation SET icon = '' WHERE name = '普工'"))
                .ok());
    k.find<KioskPage>(QStringLiteral("kioskTrades"))->refresh();
    k.settle();
    auto* plain = k.find<QPushButton>(QStringLiteral("trade_普工"));
    CHECK(plain->property("tradeIcon").toString().isEmpty());
    CHECK_FALSE(plain->icon().isNull());
}

TEST_CASE("kiosk: a job inserted by another connection appears in the list", "[ui][kiosk]")
{
    Kiosk k;
    k.tap(QStringLiteral("attractStart"));
    k.tap(QStringLiteral("homeFindWork"));
    k.tap(QStringLiteral("tradesAll"));
    KioskJobListPage* list = k.window->jobList();
    const int before = list->total();

    // The staff window: its own connection to the same store file.
    Database other;
    REQUIRE(other.open(k.t.path()).ok());
    EntityStore staffStore(other, k.t.clock(), QStringLiteral("staff-test"));
    QJsonObject job = DemoData(staffStore).job(0);
    job.insert(QStringLiteral("title"), QStringLiteral("新发布：物流园夜班装卸"));
    job.insert(QStringLiteral("status"), QStringLiteral("published"));
    job.insert(QStringLiteral("valid_until"), QStringLiteral("2026-12-31"));
    job.insert(QStringLiteral("created_at"), Clock::toWire(k.t.clock().now().addSecs(60)));
    const QString id = EntityStore::newId();
    REQUIRE(staffStore.save(entities::job(), id, job).ok());

    // Within a few seconds (the watcher polls every second), without touching the kiosk.
    for (int i = 0; i < 50 && !list->visibleJobIds().contains(id); ++i)
        QTest::qWait(100);
    CHECK(list->visibleJobIds().contains(id));
    CHECK(list->total() == before + 1);
    k.settle(); // new cards are shown by the layout on the next turn of the event loop

    // Withdrawn elsewhere: gone again, and an open detail page says so.
    k.tap(QStringLiteral("jobCard_0"));
    REQUIRE(k.window->jobDetail()->jobId() == id);
    job.insert(QStringLiteral("status"), QStringLiteral("withdrawn"));
    REQUIRE(staffStore.save(entities::job(), id, job).ok());
    for (int i = 0; i < 50 && k.window->jobDetail()->isOpen(); ++i)
        QTest::qWait(100);
    CHECK_FALSE(k.window->jobDetail()->isOpen());
    CHECK(k.find(QStringLiteral("detailClosed"))->isVisible());
    CHECK_FALSE(k.find(QStringLiteral("detailApply"))->isEnabled());
    // It looks it: the button is grey, not the blue of a button to press, and there is no code
    // to save the job to a phone.
    const auto blue = [](const QColor& c) {
        return c.blue() > 150 && c.red() < 60 && c.green() > 60 && c.green() < 120;
    };
    CHECK(countPixels(k.find(QStringLiteral("detailApply")), blue) == 0);
    CHECK(k.find<QLabel>(QStringLiteral("detailQr"))->pixmap().isNull());
    CHECK(list->total() == before);
    other.close();
}

TEST_CASE("kiosk: 请工作人员回电 stores a request owned by the duty window with a deadline",
          "[ui][kiosk]")
{
    Kiosk k;
    k.tap(QStringLiteral("attractStart"));
    k.tap(QStringLiteral("homeRights"));
    CHECK(k.text(QStringLiteral("rightsHotline")).contains(k.t->config().hotline));
    k.tap(QStringLiteral("rightsCallback"));
    // The empty field's hint does not look like a number already typed in.
    auto* display = k.find<QLabel>(QStringLiteral("callbackDisplay"));
    const QColor hint = display->palette().color(QPalette::WindowText);
    const int hintWeight = display->font().weight();
    // The button to send comes last: on a tall screen below the keypad; on a wide one below the
    // choices, level with the keypad's last row, so that the keypad has the whole height.
    for (const QSize size : {QSize(1920, 1080), QSize(1080, 1920)}) {
        k.window->resize(size);
        k.settle();
        INFO(size.width());
        const auto bottomOf = [&](const QString& name) {
            QWidget* w = k.find(name);
            return w->mapTo(k.window.get(), QPoint(0, w->height())).y();
        };
        const auto topOf = [&](const QString& name) {
            return k.find(name)->mapTo(k.window.get(), QPoint(0, 0)).y();
        };
        if (size.height() > size.width()) {
            CHECK(topOf(QStringLiteral("callbackSubmit")) >=
                  bottomOf(QStringLiteral("callbackKeypad")));
        } else {
            CHECK(bottomOf(QStringLiteral("callbackSubmit")) ==
                  bottomOf(QStringLiteral("callbackKeypad")));
            QWidget* send = k.find(QStringLiteral("callbackSubmit"));
            QWidget* keypad = k.find(QStringLiteral("callbackKeypad"));
            CHECK(send->mapTo(k.window.get(), QPoint(send->width(), 0)).x() <
                  keypad->mapTo(k.window.get(), QPoint()).x());
            CHECK(topOf(QStringLiteral("callbackSubmit")) >=
                  bottomOf(QStringLiteral("callbackCategoryChips")));
        }
    }
    k.window->resize(1920, 1080);
    k.settle();
    k.type(QStringLiteral("callback"), QStringLiteral("13507715566"));
    CHECK(display->palette().color(QPalette::WindowText) != hint);
    CHECK(display->font().weight() > hintWeight);
    const auto boxOf = [&k](const QString& name) {
        QWidget* w = k.find(name);
        return QRect(w->mapTo(k.window.get(), QPoint()), w->size());
    };
    const QRect chip = boxOf(QStringLiteral("callbackCategory_其他问题"));
    const QRect key = boxOf(QStringLiteral("callbackKey0"));
    const QRect button = boxOf(QStringLiteral("callbackSubmit"));
    k.tap(QStringLiteral("callbackSubmit"));
    // No category yet: asked kindly, number kept; the message squeezes no choice and moves no key,
    // nor the button: the next tap in the same place sends.
    CHECK(k.find(QStringLiteral("callbackError"))->isVisible());
    // In the hint's place, which comes back once the person taps again.
    CHECK_FALSE(k.find(QStringLiteral("callbackHint"))->isVisible());
    CHECK(k.t.count(QStringLiteral("complaint")) == 0);
    CHECK(boxOf(QStringLiteral("callbackCategory_其他问题")) == chip);
    CHECK(boxOf(QStringLiteral("callbackKey0")) == key);
    CHECK(boxOf(QStringLiteral("callbackSubmit")) == button);
    k.tap(QStringLiteral("callbackCategory_拖欠工资"));
    CHECK(k.find(QStringLiteral("callbackHint"))->isVisible());
    CHECK_FALSE(k.find(QStringLiteral("callbackError"))->isVisible());
    // A landline shows as area code and number; one without its area code is told so in
    // words for a keypad without a dash.
    k.tap(QStringLiteral("callbackKeyClear"));
    k.type(QStringLiteral("callback"), QStringLiteral("07715551234"));
    CHECK(k.text(QStringLiteral("callbackDisplay")) == QLatin1String("0771 5551234"));
    k.tap(QStringLiteral("callbackKeyClear"));
    k.type(QStringLiteral("callback"), QStringLiteral("02012345678"));
    CHECK(k.text(QStringLiteral("callbackDisplay")) == QLatin1String("020 12345678"));
    // A four-digit area code and an eight-digit number: twelve digits, none dropped; a mobile
    // stops at eleven.
    k.tap(QStringLiteral("callbackKeyClear"));
    k.type(QStringLiteral("callback"), QStringLiteral("075512345678"));
    CHECK(k.text(QStringLiteral("callbackDisplay")) == QLatin1String("0755 12345678"));
    k.tap(QStringLiteral("callbackKeyClear"));
    k.type(QStringLiteral("callback"), QStringLiteral("135077155669"));
    CHECK(k.find<TouchKeypad>(QStringLiteral("callbackKeypad"))->text() ==
          QLatin1String("13507715566"));
    k.tap(QStringLiteral("callbackKeyClear"));
    // Too short for a landline, area code or not: what one is, and how many digits were typed.
    k.type(QStringLiteral("callback"), QStringLiteral("07711234"));
    k.tap(QStringLiteral("callbackSubmit"));
    CHECK(k.text(QStringLiteral("callbackError")) ==
          QLatin1String("A landline is its area code and then a number of 7 or 8 digits, such as "
                        "0771 5551234: 8 digit(s) typed."));
    k.tap(QStringLiteral("callbackKeyClear"));
    k.type(QStringLiteral("callback"), QStringLiteral("1350771"));
    k.tap(QStringLiteral("callbackSubmit"));
    CHECK(k.text(QStringLiteral("callbackError")) ==
          QLatin1String("4 more to go: a mobile number has 11 digits."));
    CHECK(k.t.count(QStringLiteral("complaint")) == 0);
    k.tap(QStringLiteral("callbackKeyClear"));
    k.type(QStringLiteral("callback"), QStringLiteral("13507715566"));
    k.tap(QStringLiteral("callbackSubmit"));
    CHECK(k.t.count(QStringLiteral("complaint")) == 1);
    CHECK(k.scalar(QStringLiteral("SELECT owner FROM complaint")) == QLatin1String("duty"));
    CHECK(k.scalar(QStringLiteral("SELECT category FROM complaint")) == QStringLiteral("拖欠工资"));
    CHECK_FALSE(k.scalar(QStringLiteral("SELECT deadline FROM complaint")).isEmpty());
    CHECK(k.text(QStringLiteral("callbackDone")).contains(QLatin1String("135****5566")));
    // 一次性告知: everything the call will ask for about unpaid wages, on the screen in one go.
    QStringList shown;
    for (const QLabel* l : k.find<QWidget>(QStringLiteral("callbackChecklist"))
                               ->findChildren<QLabel*>(QStringLiteral("callbackChecklistItem"))) {
        CHECK(l->isVisible());
        CHECK(l->text().startsWith(QStringLiteral("• ")));
        shown << l->text().mid(2);
    }
    const QStringList wages = RequestChecklist::items(QStringLiteral("拖欠工资"));
    CHECK(wages.size() >= 4);
    CHECK(shown == wages);
    // Read aloud an item at a time, as sentences, and without the bullets.
    const QString spoken = k.window->currentPage()->spokenText();
    for (const QString& item : wages)
        CHECK(spoken.contains(item + QLatin1Char('.')));
    CHECK_FALSE(spoken.contains(QStringLiteral("•")));
    // 完成 goes home.
    k.tap(QStringLiteral("callbackFinish"));
    CHECK(k.page() == QLatin1String("kioskHome"));
}

TEST_CASE("kiosk: status line and content pages", "[ui][kiosk]")
{
    Kiosk k;
    CHECK(k.window->statusText().contains(QLatin1String("Stand-alone")));
    CHECK(
        k.window->statusText().contains(k.t->clock().localNow().toString(QStringLiteral("HH:mm"))));
    // Where the status line needs two lines (a tall screen, beside the buttons), it breaks
    // between its parts only, never inside one ("服务" above "热线").
    k.tap(QStringLiteral("attractStart"));
    k.tap(QStringLiteral("homeFindWork"));
    k.window->resize(1080, 1920);
    k.settle();
    auto* status = k.find<QLabel>(QStringLiteral("kioskStatus"));
    REQUIRE(status->isVisible());
    auto lines = [&](const QString& shown, int width) {
        QTextLayout text(shown, status->font());
        text.beginLayout();
        QStringList out;
        for (QTextLine line = text.createLine(); line.isValid(); line = text.createLine()) {
            line.setLineWidth(width);
            out << KioskText::plain(shown.mid(line.textStart(), line.textLength()));
        }
        text.endLayout();
        return out;
    };
    auto breaksAtSeparators = [&](const QString& shown, int width) {
        const QStringList l = lines(shown, width);
        INFO(l.join(QLatin1Char('|')).toStdString() << " at " << width);
        CHECK(l.join(QString()) == KioskText::plain(shown));
        for (qsizetype i = 0; i + 1 < l.size(); ++i)
            CHECK(l[i].trimmed().endsWith(QChar(u'·')));
        return l.size();
    };
    CHECK(breaksAtSeparators(status->text(), status->contentsRect().width()) >= 1);
    const QString chinese =
        QStringLiteral("数据截至 18:53 · 单机运行（离线） · 服务热线 0771-12333");
    const QFontMetrics metrics(status->font());
    for (int width = metrics.horizontalAdvance(QStringLiteral("服务热线 0771-12333 · "));
         width < metrics.horizontalAdvance(chinese); width += 7)
        CHECK(breaksAtSeparators(KioskText::wrapAtSeparators(chinese), width) >= 2);
    k.window->resize(1920, 1080);
    k.settle();
    k.tap(QStringLiteral("navHome"));
    k.tap(QStringLiteral("homePolicy"));
    // The demo set has public-welfare jobs; the button leads to exactly those.
    k.tap(QStringLiteral("policyWelfareJobs"));
    REQUIRE(k.page() == QLatin1String("kioskJobList"));
    REQUIRE_FALSE(k.window->jobList()->visibleJobIds().isEmpty());
    for (const QString& id : k.window->jobList()->visibleJobIds())
        CHECK(jobData(k, id).value(QLatin1String("public_welfare")).toBool());
    k.tap(QStringLiteral("navHome"));
    k.tap(QStringLiteral("homeTraining"));
    const QList<QFrame*> courses =
        k.window->findChildren<QFrame*>(QRegularExpression(QStringLiteral("^content_training_")));
    CHECK(courses.size() >= 1);
    // Start dates read like the other dates on the kiosk, not as 2026-12-05.
    int starts = 0;
    for (QFrame* course : courses) {
        for (QLabel* label : course->findChildren<QLabel*>()) {
            CHECK_FALSE(
                label->text().contains(QRegularExpression(QStringLiteral("\\d{4}-\\d{2}-\\d{2}"))));
            // As day and month in words: "Starts: 8 Dec".
            if (label->text().contains(
                    QRegularExpression(QStringLiteral("^Starts: \\d{1,2} [A-Z][a-z]{2}$"))))
                ++starts;
        }
    }
    CHECK(starts >= 1);
    k.tap(QStringLiteral("navHome"));
    k.tap(QStringLiteral("homeMarket"));
    CHECK(k.find(QStringLiteral("marketInfo"))->isVisible());
    {
        // The kind of market (stored as the rules name it) reads in the interface's language.
        QStringList texts;
        for (const QLabel* l : k.find(QStringLiteral("marketInfo"))->findChildren<QLabel*>())
            texts << l->text();
        INFO(texts.join(QLatin1Char('|')).toStdString());
        CHECK(texts.contains(QStringLiteral("Kind of market: Public")));
    }
    k.tap(QStringLiteral("navHome"));
    k.tap(QStringLiteral("homeOnline"));
    CHECK_FALSE(k.find<QLabel>(QStringLiteral("onlineQr"))->pixmap().isNull());
    // Its words get room to read on either screen: the address on one line, whole.
    for (const QSize size : {QSize(1920, 1080), QSize(1080, 1920)}) {
        k.window->resize(size);
        k.settle();
        auto* url = k.find<QLabel>(QStringLiteral("onlineUrl"));
        INFO(size.width());
        CHECK(url->width() >= url->fontMetrics().horizontalAdvance(url->text()));
        CHECK(url->width() >= size.width() / 3);
    }
}

TEST_CASE("kiosk: a district chosen during registration stays when its jobs go away", "[ui][kiosk]")
{
    Kiosk k;
    k.tap(QStringLiteral("attractStart"));
    k.tap(QStringLiteral("homeRegister"));
    KioskRegisterPage* reg = k.window->registerPage();
    reg->goToStep(KioskRegisterPage::TradesStep + 1);
    Kiosk::settle();
    QStringList keys;
    for (QPushButton* b : reg->findChildren<QPushButton*>()) {
        const QString n = b->objectName();
        if (n.startsWith(QStringLiteral("regDistrict_")) && b->isVisible())
            keys << n.mid(12);
    }
    REQUIRE(keys.size() >= 2);
    const QString pick = keys.last();
    k.tap(QStringLiteral("regDistrict_") + pick);
    REQUIRE(reg->form().wantedDistricts.contains(pick));
    // Every open job in that district is withdrawn elsewhere.
    auto ids =
        k.t->database().exec(QStringLiteral("SELECT id FROM job WHERE district = ?"), {pick});
    REQUIRE(ids.ok());
    QStringList list;
    while (ids.value().next())
        list << ids.value().value(0).toString();
    for (const QString& id : list) {
        auto got = k.t->store().get(entities::job(), id);
        QJsonObject d = got.value()->data;
        d.insert(QStringLiteral("status"), QStringLiteral("withdrawn"));
        REQUIRE(k.t->store().save(entities::job(), id, d).ok());
    }
    QTest::qWait(2500);
    Kiosk::settle();
    INFO("picked " << pick.toStdString() << " jobs withdrawn " << list.size());
    CHECK(reg->form().wantedDistricts.contains(pick));
}

namespace {

// A kiosk's configuration that syncs with a platform every minute.
Config syncingConfig()
{
    Config config;
    config.platformUrl = QUrl(QStringLiteral("https://platform.example.cn/lg"));
    config.syncIntervalSec = 60;
    return config;
}

} // namespace

TEST_CASE("a receipt at a kiosk that is offline says the window sees it once it is back",
          "[ui][kiosk]")
{
    Kiosk k(syncingConfig());
    const SyncState& state = k.t->syncState();
    // Applies for the job of card `card` of all the jobs; the receipt's text.
    const auto applyTo = [](Kiosk& k, int card, const QString& phone) {
        k.window->showAttract();
        k.tap(QStringLiteral("attractStart"));
        k.tap(QStringLiteral("homeFindWork"));
        k.tap(QStringLiteral("tradesAll"));
        k.tap(QStringLiteral("jobCard_%1").arg(card));
        k.tap(QStringLiteral("detailApply"));
        k.type(QStringLiteral("apply"), phone);
        k.tap(QStringLiteral("applySubmit"));
        REQUIRE(k.find(QStringLiteral("applyConfirmationNo"))->isVisible());
        return k.text(QStringLiteral("applyDoneText"));
    };
    // Never synced: offline.
    CHECK(applyTo(k, 0, QStringLiteral("13800138000"))
              .contains(QStringLiteral("the service window sees this once the kiosk is "
                                       "connected again")));
    // A registration and a job posting made offline say it too.
    const QString later = QStringLiteral("the service window sees this once the kiosk is "
                                         "connected again");
    k.window->showAttract();
    k.tap(QStringLiteral("attractStart"));
    registerUpTo(k, KioskRegisterPage::DoneStep);
    CHECK(k.text(QStringLiteral("regDoneText")).contains(later));
    k.tap(QStringLiteral("regFinish"));
    k.window->showAttract();
    KioskPostPage* post = postToPay(k);
    k.type(QStringLiteral("postPay"), QStringLiteral("200"));
    k.tap(QStringLiteral("postNext"));
    REQUIRE(post->step() == KioskPostPage::NeedsStep);
    k.tap(QStringLiteral("postNext"));
    REQUIRE(post->step() == KioskPostPage::PhoneStep);
    k.type(QStringLiteral("postPhone"), QStringLiteral("13907711234"));
    k.tap(QStringLiteral("postNext"));
    REQUIRE(post->step() == KioskPostPage::NameStep);
    k.tap(QStringLiteral("postSurname_韦"));
    k.tap(QStringLiteral("postHonorific_ms"));
    k.tap(QStringLiteral("postNext"));
    REQUIRE(post->step() == KioskPostPage::ConfirmStep);
    k.tap(QStringLiteral("postSubmit"));
    REQUIRE(post->step() == KioskPostPage::DoneStep);
    CHECK(k.text(QStringLiteral("postDoneText")).contains(later));
    k.tap(QStringLiteral("postFinish"));

    // Online: nothing more to say.
    REQUIRE(state.setValue(QStringLiteral("last_success"), Clock::toWire(k.t.clock().now())).ok());
    REQUIRE(state.setValue(QStringLiteral("online"), QStringLiteral("1")).ok());
    CHECK_FALSE(applyTo(k, 1, QStringLiteral("13800138001")).contains(QStringLiteral("connected")));

    // A stand-alone kiosk (the demo's) has no platform to wait for.
    Kiosk alone;
    CHECK_FALSE(
        applyTo(alone, 0, QStringLiteral("13800138000")).contains(QStringLiteral("connected")));
}

TEST_CASE("the status line says online only while the platform answers and the last sync is "
          "recent",
          "[ui][kiosk]")
{
    Kiosk k(syncingConfig());
    const SyncState& state = k.t->syncState();
    k.window->refreshStatus();
    CHECK(k.window->statusText().contains(QStringLiteral("Offline"))); // never synced
    CHECK(k.window->statusText().contains(QStringLiteral("not updated yet")));

    const QString synced = k.t.clock().localNow().toString(QStringLiteral("HH:mm"));
    REQUIRE(state.setValue(QStringLiteral("last_success"), Clock::toWire(k.t.clock().now())).ok());
    REQUIRE(state.setValue(QStringLiteral("online"), QStringLiteral("1")).ok());
    k.window->refreshStatus();
    CHECK(k.window->statusText().contains(QStringLiteral("Online")));

    // The engine's last exchange got no answer.
    REQUIRE(state.setValue(QStringLiteral("online"), QStringLiteral("0")).ok());
    k.window->refreshStatus();
    CHECK(k.window->statusText().contains(QStringLiteral("Offline")));

    // Answers, but refuses: the last round failed, however recent the success before it.
    REQUIRE(state.setValue(QStringLiteral("online"), QStringLiteral("1")).ok());
    REQUIRE(state.setValue(QStringLiteral("last_error"), QStringLiteral("503")).ok());
    k.window->refreshStatus();
    CHECK(k.window->statusText().contains(QStringLiteral("Offline")));
    // A refusal that stops the rounds asks for the staff.
    REQUIRE(state.setValue(QStringLiteral("waiting_for_staff"), QStringLiteral("1")).ok());
    k.window->refreshStatus();
    CHECK(k.window->statusText().contains(QStringLiteral("tell the staff")));
    REQUIRE(state.setValue(QStringLiteral("waiting_for_staff"), QStringLiteral("0")).ok());
    REQUIRE(state.setValue(QStringLiteral("last_error"), QString()).ok());
    k.window->refreshStatus();
    CHECK(k.window->statusText().contains(QStringLiteral("Online")));
    // A staff token, or another terminal's, syncs but is set up wrongly: the staff must act.
    for (const char* key : {"token_scope", "token_device"}) {
        REQUIRE(state.setValue(QLatin1String(key), QStringLiteral("staff")).ok());
        k.window->refreshStatus();
        CHECK(k.window->statusText().contains(QStringLiteral("Set up wrongly")));
        REQUIRE(state.setValue(QLatin1String(key), QString()).ok());
        k.window->refreshStatus();
        CHECK(k.window->statusText().contains(QStringLiteral("Online")));
    }

    CHECK(k.window->statusText().contains(QStringLiteral("Data as of %1").arg(synced)));

    // A clock far from the platform's puts wrong dates on applications: the staff must act.
    REQUIRE(state.setValue(QStringLiteral("clock_skew"), QStringLiteral("-3456000")).ok());
    k.window->refreshStatus();
    CHECK(k.window->statusText().contains(QStringLiteral("Set up wrongly")));
    REQUIRE(state.setValue(QStringLiteral("clock_skew"), QString()).ok());
    k.window->refreshStatus();
    CHECK(k.window->statusText().contains(QStringLiteral("Online")));

    // Answers again, but the last success is older than three sync intervals. The data is as
    // of that success, also after a change written here (an application) since.
    k.t.clock().set(k.t.clock().now().addSecs(4 * 60));
    REQUIRE(k.t->store().save(entities::job(), EntityStore::newId(), sampleJob()).ok());
    QTest::qWait(1500);
    k.window->refreshStatus();
    CHECK(k.window->statusText().contains(QStringLiteral("Offline")));
    CHECK(k.window->statusText().contains(QStringLiteral("Data as of %1").arg(synced)));
    // Offline for days: the day is said too.
    const QDateTime before = k.t.clock().localNow();
    k.t.clock().set(k.t.clock().now().addDays(2));
    k.window->refreshStatus();
    CHECK(k.window->statusText().contains(QStringLiteral("Data as of %1/%2 %3")
                                              .arg(before.date().month())
                                              .arg(before.date().day())
                                              .arg(synced)));
}

TEST_CASE("kiosk: a page of taller job cards holds fewer of them, none cut", "[ui][kiosk]")
{
    Kiosk k;
    // Public-welfare jobs, each with both badges, a place in another city and a long title.
    {
        JobQuery q;
        q.today = k.t->clock().today();
        q.publicWelfare = true;
        auto welfare = k.t->jobs().search(q);
        REQUIRE(welfare.ok());
        REQUIRE_FALSE(welfare->jobs.empty());
        QJsonObject job = welfare->jobs.front().data;
        job.insert(QStringLiteral("settlement"), QStringLiteral("daily"));
        job.insert(QStringLiteral("title"),
                   QStringLiteral("融水县城区市政公园绿化带除草及落叶清扫临时工（公益性岗位）"));
        job.insert(QStringLiteral("location"),
                   QJsonObject{{QStringLiteral("district"), QStringLiteral("柳州市融水苗族自治县")},
                               {QStringLiteral("address"), QStringLiteral("融水镇寿星路1号")}});
        for (int i = 0; i < 8; ++i)
            REQUIRE(k.t->store().save(entities::job(), EntityStore::newId(), job).ok());
    }
    // All jobs first: the list fits its page to their cards.
    k.tap(QStringLiteral("attractStart"));
    k.tap(QStringLiteral("homeFindWork"));
    k.tap(QStringLiteral("tradesAll"));
    const int allPage = k.window->jobList()->pageSize();
    k.tap(QStringLiteral("navHome"));
    k.tap(QStringLiteral("homePolicy"));
    k.tap(QStringLiteral("policyWelfareJobs"));
    REQUIRE(k.page() == QLatin1String("kioskJobList"));
    k.settle();
    CHECK(k.window->jobList()->pageSize() < allPage);
    int shown = 0;
    for (KioskJobCard* card : k.window->jobList()->findChildren<KioskJobCard*>()) {
        if (!card->isVisible())
            continue;
        ++shown;
        CHECK(card->height() >= card->heightForWidth(card->width()));
    }
    CHECK(shown == k.window->jobList()->pageSize());
    // The next list starts afresh: all jobs fill their pages again.
    k.tap(QStringLiteral("navHome"));
    k.tap(QStringLiteral("homeFindWork"));
    k.tap(QStringLiteral("tradesAll"));
    k.settle();
    CHECK(k.window->jobList()->pageSize() == allPage);
    k.tap(QStringLiteral("navHome"));
    k.tap(QStringLiteral("homePolicy"));
    k.tap(QStringLiteral("policyWelfareJobs"));
    k.settle();
    // Its details carry the same two badges, each in the colours of the card's.
    k.tap(QStringLiteral("jobCard_0"));
    REQUIRE(k.page() == QLatin1String("kioskJobDetail"));
    CHECK(k.find(QStringLiteral("detailSettlement"))->isVisible());
    CHECK(k.find(QStringLiteral("detailSettlement"))->property("role").toString() ==
          QStringLiteral("badge"));
    CHECK(k.text(QStringLiteral("detailSettlement")) ==
          KioskText::settlement(QStringLiteral("daily")));
    CHECK(k.find(QStringLiteral("detailWelfare"))->isVisible());
    CHECK(k.find(QStringLiteral("detailWelfare"))->property("role").toString() ==
          QStringLiteral("welfare"));
    // And say whom such a job is kept for, and where to ask.
    CHECK(k.find(QStringLiteral("detailWelfareNote"))->isVisible());
    CHECK(k.text(QStringLiteral("detailWelfareNote")).contains(QStringLiteral("service window")));
    // Another job says nothing of it.
    const auto other = k.t->database().scalar(QStringLiteral(
        "SELECT id FROM job WHERE public_welfare = 0 AND status = 'published' LIMIT 1"));
    REQUIRE(other.ok());
    REQUIRE(!other.value().toString().isEmpty());
    k.window->jobDetail()->showJob(other.value().toString());
    k.settle();
    CHECK_FALSE(k.window->findChild<QWidget*>(QStringLiteral("detailWelfareNote")));
}

TEST_CASE(
    "kiosk: the mobile given a moment ago, shown in part, is no number half typed to wait for",
    "[ui][kiosk]")
{
    Config config;
    config.idleTimeoutSec = 90;
    Kiosk k(config);
    k.tap(QStringLiteral("attractStart"));
    registerUpTo(k, KioskRegisterPage::DoneStep);
    REQUIRE(k.find(QStringLiteral("regSuggestion_1"))->isVisible());
    k.tap(QStringLiteral("regSuggestion_1"));
    k.tap(QStringLiteral("detailApply"));
    REQUIRE(k.text(QStringLiteral("applyDisplay")) ==
            masking::phone(QStringLiteral("13977112233")));
    // Left alone: the usual countdown, not the longer one of a number being typed.
    QWidget* overlay = k.find(QStringLiteral("kioskCountdown"));
    k.t.clock().advanceMs(90'000);
    k.window->idle().check();
    REQUIRE(overlay->isVisible());
    CHECK(k.text(QStringLiteral("idleSeconds")) == QLatin1String("10"));
}

TEST_CASE("kiosk: applying after registering starts with the mobile just given, shown in part",
          "[ui][kiosk]")
{
    Kiosk k;
    k.tap(QStringLiteral("attractStart"));
    KioskRegisterPage* reg = registerUpTo(k, KioskRegisterPage::DoneStep);
    REQUIRE(k.find(QStringLiteral("regSuggestion_1"))->isVisible());
    k.tap(QStringLiteral("regSuggestion_1"));
    k.tap(QStringLiteral("detailApply"));
    REQUIRE(k.page() == QLatin1String("kioskApply"));
    // In, and shown only in part, with a word on what to do if it is not theirs.
    CHECK(k.text(QStringLiteral("applyDisplay")) == masking::phone(QStringLiteral("13977112233")));
    CHECK(k.find(QStringLiteral("applyKnownMobile"))->isVisible());
    const int before = k.t.count(QStringLiteral("application"));
    k.tap(QStringLiteral("applySubmit"));
    CHECK(k.t.count(QStringLiteral("application"), QStringLiteral("phone = '13977112233'")) ==
          before + 1);
    // 返回 from the receipt, and another job: the mobile is in again.
    k.tap(QStringLiteral("navBack"));
    REQUIRE(k.page() == QLatin1String("kioskJobDetail"));
    k.tap(QStringLiteral("navBack"));
    REQUIRE(k.page() == QLatin1String("kioskRegister"));
    k.tap(QStringLiteral("regSuggestion_2"));
    k.tap(QStringLiteral("detailApply"));
    REQUIRE(k.page() == QLatin1String("kioskApply"));
    CHECK(k.text(QStringLiteral("applyDisplay")) == masking::phone(QStringLiteral("13977112233")));
    // Back to the home screen by 返回 is leaving too: the next person finds nothing of it.
    for (int i = 0; i < 5 && k.page() != QLatin1String("kioskHome"); ++i)
        k.tap(QStringLiteral("navBack"));
    REQUIRE(k.page() == QLatin1String("kioskHome"));
    applyFromHome(k, QStringLiteral("jobCard_0"));
    CHECK(k.window->applyPage()->findChild<TouchKeypad*>()->text().isEmpty());
    // The same after 完成.
    k.tap(QStringLiteral("navHome"));
    k.tap(QStringLiteral("homeRegister"));
    k.typeId(validId(QStringLiteral("45010219900101123")));
    k.tap(QStringLiteral("regNext"));
    REQUIRE(reg->step() == KioskRegisterPage::DoneStep); // already registered
    k.tap(QStringLiteral("regFinish"));
    REQUIRE(k.page() == QLatin1String("kioskHome"));
    applyFromHome(k, QStringLiteral("jobCard_1"));
    CHECK(k.window->applyPage()->findChild<TouchKeypad*>()->text().isEmpty());
    CHECK_FALSE(k.find(QStringLiteral("applyKnownMobile"))->isVisible());

    // A number typed to apply is not offered to whoever comes next, even by 返回 from the
    // receipt to another job.
    k.type(QStringLiteral("apply"), QStringLiteral("13700001111"));
    k.tap(QStringLiteral("applySubmit"));
    REQUIRE(k.t.count(QStringLiteral("application"), QStringLiteral("phone = '13700001111'")) == 1);
    k.tap(QStringLiteral("navBack"));
    k.tap(QStringLiteral("navBack"));
    REQUIRE(k.page() == QLatin1String("kioskJobList"));
    k.tap(QStringLiteral("jobCard_2"));
    k.tap(QStringLiteral("detailApply"));
    CHECK(k.window->applyPage()->findChild<TouchKeypad*>()->text().isEmpty());
    CHECK_FALSE(k.find(QStringLiteral("applyKnownMobile"))->isVisible());
}

TEST_CASE("kiosk: a job's details say when more lies below or above, and a tap scrolls either way",
          "[ui][kiosk]")
{
    Kiosk k;
    // A long description, in large text: more than the screen holds.
    JobQuery q;
    q.today = k.t->clock().today();
    q.limit = 1;
    auto page = k.t->jobs().search(q);
    REQUIRE(page.ok());
    REQUIRE_FALSE(page->jobs.empty());
    QJsonObject job = page->jobs.front().data;
    job.insert(QStringLiteral("description"),
               QStringLiteral("在南宁市青秀区民族大道99号上班，用工周期约29天。到岗请带身份证，"
                              "可在零工市场窗口免费登记。")
                   .repeated(6));
    REQUIRE(k.t->store().save(entities::job(), page->jobs.front().id, job).ok());
    k.tap(QStringLiteral("attractStart"));
    k.window->setLargeText(true);
    k.tap(QStringLiteral("homeFindWork"));
    k.tap(QStringLiteral("tradesAll"));
    REQUIRE(k.window->jobList()->visibleJobIds().value(0) == page->jobs.front().id);
    k.tap(QStringLiteral("jobCard_0"));
    REQUIRE(k.page() == QLatin1String("kioskJobDetail"));
    auto* scroll = k.find<QScrollArea>(QStringLiteral("detailScroll"));
    QWidget* more = k.find(QStringLiteral("detailMore"));
    REQUIRE(scroll->verticalScrollBar()->maximum() > 0);
    CHECK(more->isVisible());
    // At the foot of the details, over their last line.
    const QRect view = scroll->viewport()->geometry();
    CHECK(more->geometry().bottom() == view.bottom());
    CHECK(more->width() == view.width());
    // Read to the end: gone.
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    CHECK_FALSE(more->isVisible());
    scroll->verticalScrollBar()->setValue(0);
    CHECK(more->isVisible());
    // Nothing above yet.
    QWidget* back = k.find(QStringLiteral("detailBack"));
    CHECK_FALSE(back->isVisible());
    // A tap on it shows more, the last lines seen still in sight; it says so, as the way back
    // up does (a step of a form scrolls by taps alone).
    CHECK(k.text(QStringLiteral("detailMore")) ==
          QStringLiteral("More below: tap here to read on"));
    k.tap(QStringLiteral("detailMore"));
    const int down = scroll->verticalScrollBar()->value();
    CHECK(down > 0);
    CHECK(down < scroll->viewport()->height());
    // Then the way back up is a tap too, at the head of the details.
    REQUIRE(back->isVisible());
    CHECK(back->geometry().top() == scroll->viewport()->geometry().top());
    CHECK(back->width() == scroll->viewport()->width());
    k.tap(QStringLiteral("detailMore"));
    const int deeper = scroll->verticalScrollBar()->value();
    REQUIRE(deeper > down);
    // Most of a view back, the lines seen at the head still in sight.
    k.tap(QStringLiteral("detailBack"));
    CHECK(scroll->verticalScrollBar()->value() ==
          std::max(0, deeper - scroll->verticalScrollBar()->pageStep() * 3 / 4));
    CHECK(scroll->verticalScrollBar()->value() < deeper);
    while (back->isVisible() && scroll->verticalScrollBar()->value() > 0)
        k.tap(QStringLiteral("detailBack"));
    CHECK(scroll->verticalScrollBar()->value() == 0);
    CHECK_FALSE(back->isVisible());
    // Left read down, the next job opened is read from its head.
    k.tap(QStringLiteral("detailMore"));
    REQUIRE(scroll->verticalScrollBar()->value() > 0);
    k.tap(QStringLiteral("navBack"));
    k.tap(QStringLiteral("jobCard_0"));
    REQUIRE(k.page() == QLatin1String("kioskJobDetail"));
    CHECK(scroll->verticalScrollBar()->value() == 0);
}

TEST_CASE("kiosk: a tap on 'more below' scrolls on, also where the line lies over a button",
          "[ui][kiosk]")
{
    Kiosk k;
    k.tap(QStringLiteral("attractStart"));
    k.tap(QStringLiteral("homeTraining"));
    auto* scroll = k.window->currentPage()->findChild<QScrollArea*>();
    ScrollMoreHint* more = scroll->findChild<ScrollMoreHint*>();
    REQUIRE(more);
    // A button further down brought under the line.
    QPushButton* ask = nullptr;
    int top = 0;
    for (QPushButton* b : scroll->widget()->findChildren<QPushButton*>(
             QRegularExpression(QStringLiteral("_ask$")))) {
        top = b->mapTo(scroll->widget(), QPoint()).y();
        if (top > scroll->viewport()->height()) {
            ask = b;
            break;
        }
    }
    REQUIRE(ask);
    scroll->verticalScrollBar()->setValue(top - scroll->viewport()->height() + more->height() - 4);
    k.settle();
    REQUIRE(more->isVisible());
    const QRect line(more->mapTo(k.window.get(), QPoint()), more->size());
    const QRect button(ask->mapTo(k.window.get(), QPoint()), ask->size());
    REQUIRE(line.intersects(button));
    const int before = scroll->verticalScrollBar()->value();
    QTest::mouseClick(more, Qt::LeftButton, {},
                      more->mapFrom(k.window.get(), line.intersected(button).center()));
    k.settle();
    CHECK(k.page() == QLatin1String("kioskTraining"));
    CHECK(scroll->verticalScrollBar()->value() > before);
}

TEST_CASE("kiosk: leaving a registration with 返回 leaves no mobile for the next person",
          "[ui][kiosk]")
{
    Kiosk k;
    k.tap(QStringLiteral("attractStart"));
    registerUpTo(k, KioskRegisterPage::DoneStep);
    k.tap(QStringLiteral("navBack"));
    REQUIRE(k.page() == QLatin1String("kioskHome"));
    // The next person applies for a job.
    applyFromHome(k, QStringLiteral("jobCard_0"));
    CHECK(k.window->applyPage()->findChild<TouchKeypad*>()->text().isEmpty());
    CHECK_FALSE(k.find(QStringLiteral("applyKnownMobile"))->isVisible());
}

TEST_CASE("kiosk: 首页 during a registration asks once before the answers are deleted",
          "[ui][kiosk]")
{
    Kiosk k;
    k.tap(QStringLiteral("attractStart"));
    KioskRegisterPage* reg = registerUpTo(k, KioskRegisterPage::DifficultyStep);
    // The first tap says so and leaves nothing.
    k.tap(QStringLiteral("navHome"));
    REQUIRE(k.page() == QLatin1String("kioskRegister"));
    CHECK(reg->step() == KioskRegisterPage::DifficultyStep);
    CHECK(k.find(QStringLiteral("regError"))->isVisible());
    CHECK(k.text(QStringLiteral("regError")).contains(QStringLiteral("Tap Home again")));
    CHECK(reg->form().phone == QStringLiteral("13977112233"));
    // The second leaves, and the answers go.
    k.tap(QStringLiteral("navHome"));
    REQUIRE(k.page() == QLatin1String("kioskHome"));
    k.tap(QStringLiteral("homeRegister"));
    CHECK(reg->step() == KioskRegisterPage::IdStep);
    CHECK(reg->form().phone.isEmpty());
    // Nothing typed yet: one tap leaves.
    k.tap(QStringLiteral("navHome"));
    CHECK(k.page() == QLatin1String("kioskHome"));
}

TEST_CASE("kiosk: 返回 from the first step of a registration half done asks once before the "
          "answers are deleted",
          "[ui][kiosk]")
{
    Kiosk k;
    k.tap(QStringLiteral("attractStart"));
    KioskRegisterPage* reg = registerUpTo(k, KioskRegisterPage::DifficultyStep);
    // Back, step by step, to the first: each tap one step, nothing lost.
    while (reg->step() != KioskRegisterPage::IdStep) {
        const int was = reg->step();
        k.tap(QStringLiteral("navBack"));
        REQUIRE(reg->step() < was);
    }
    REQUIRE(k.page() == QLatin1String("kioskRegister"));
    // Once more from the first step: it says so and leaves nothing.
    k.tap(QStringLiteral("navBack"));
    REQUIRE(k.page() == QLatin1String("kioskRegister"));
    CHECK(k.find(QStringLiteral("regError"))->isVisible());
    CHECK(k.text(QStringLiteral("regError")).contains(QStringLiteral("Tap Back again")));
    CHECK(reg->form().phone == QStringLiteral("13977112233"));
    // The second leaves, and the answers go.
    k.tap(QStringLiteral("navBack"));
    REQUIRE(k.page() == QLatin1String("kioskHome"));
    k.tap(QStringLiteral("homeRegister"));
    CHECK(reg->form().phone.isEmpty());
    // Nothing typed yet: one tap leaves.
    k.tap(QStringLiteral("navBack"));
    CHECK(k.page() == QLatin1String("kioskHome"));
}

TEST_CASE("kiosk: the trade tapped first is kept as the first choice", "[ui][kiosk]")
{
    Kiosk k;
    k.tap(QStringLiteral("attractStart"));
    KioskRegisterPage* reg = registerUpTo(k, KioskRegisterPage::TradesStep);
    // 保安 is listed after 建筑搬运, but tapped first.
    k.tap(QStringLiteral("regTrade_保安"));
    k.tap(QStringLiteral("regTrade_建筑搬运"));
    CHECK(reg->form().wantedOccupations ==
          QStringList{QStringLiteral("保安"), QStringLiteral("建筑搬运")});
    // The first carries a star, so the person sees which counts as wanted most.
    const auto starred = [&k](const char* trade) {
        auto* chip = k.find<QPushButton>(QStringLiteral("regTrade_") + QString::fromUtf8(trade));
        auto* mark = chip->findChild<QLabel*>(QStringLiteral("chipMark"));
        return mark && mark->isVisible() && mark->text() == QStringLiteral("★") &&
               chip->accessibleName().startsWith(QStringLiteral("★ "));
    };
    CHECK(starred("保安"));
    CHECK_FALSE(starred("建筑搬运"));
    // The step says what the star means, and that it counts: matching offers such jobs first.
    CHECK(k.find(QStringLiteral("regTradeStar"))->isVisible());
    CHECK(k.text(QStringLiteral("regTradeStar")) ==
          QStringLiteral("The work you tap first is marked ★: the staff offer you such jobs "
                         "first."));
    // Taken back and tapped again, it comes last; the star moves.
    k.tap(QStringLiteral("regTrade_保安"));
    k.tap(QStringLiteral("regTrade_保安"));
    CHECK(starred("建筑搬运"));
    CHECK_FALSE(starred("保安"));
    CHECK(reg->form().wantedOccupations ==
          QStringList{QStringLiteral("建筑搬运"), QStringLiteral("保安")});
    while (reg->step() < KioskRegisterPage::ConsentStep)
        k.tap(QStringLiteral("regNext"));
    // The consent screen says them in that order.
    const QString choices = k.text(QStringLiteral("regChoices"));
    const qsizetype construction =
        choices.indexOf(k.t->reference().displayName(QStringLiteral("建筑搬运")));
    CHECK(construction >= 0);
    CHECK(construction < choices.indexOf(k.t->reference().displayName(QStringLiteral("保安"))));
    CHECK_FALSE(choices.contains(QStringLiteral("★")));
    k.tap(QStringLiteral("regConsentAgree"));
    REQUIRE(reg->step() == KioskRegisterPage::DoneStep);
    auto stored = SeekerService(k.t->store(), k.t->clock())
                      .findByIdNumber(validId(QStringLiteral("45010219900101123")));
    REQUIRE(stored.ok());
    REQUIRE(stored.value().has_value());
    CHECK(stored.value()->data.value(QLatin1String("wanted_occupations")).toArray() ==
          QJsonArray{QStringLiteral("建筑搬运"), QStringLiteral("保安")});
}

namespace {

// Changes the details written in the hall's market entry with `edit`.
void editMarketExtra(Kiosk& k, const std::function<void(QJsonObject&)>& edit)
{
    auto market = k.t->database().scalar(
        QStringLiteral("SELECT id FROM content WHERE kind = 'market' AND deleted = 0"));
    REQUIRE(market.ok());
    const QString id = market.value().toString();
    auto row = k.t->store().get(entities::content(), id);
    REQUIRE(row.ok());
    REQUIRE(row.value());
    QJsonObject data = row.value()->data;
    QJsonObject extra = data.value(QLatin1String("extra")).toObject();
    edit(extra);
    data.insert(QStringLiteral("extra"), extra);
    REQUIRE(k.t->store().save(entities::content(), id, data).ok());
}

} // namespace

TEST_CASE("the market's page shows the hours and telephone written in its entry, else the settings",
          "[ui][kiosk]")
{
    Kiosk k;
    editMarketExtra(k, [](QJsonObject& extra) {
        extra.insert(QStringLiteral("hours"), QStringLiteral("周一至周日 8:00-20:00"));
        extra.insert(QStringLiteral("phone"), QStringLiteral("0771-5550000"));
        extra.remove(QStringLiteral("address"));
        // A figure the platform wrote as a number.
        extra.insert(QStringLiteral("daily_placements"), 80.5);
    });
    REQUIRE(k.t->config().openingHours != QStringLiteral("周一至周日 8:00-20:00"));

    k.tap(QStringLiteral("attractStart"));
    k.tap(QStringLiteral("homeMarket"));
    // The kiosk notices the change in the store by itself.
    QStringList texts;
    const auto read = [&k, &texts] {
        texts.clear();
        for (const QLabel* l : k.find(QStringLiteral("marketInfo"))->findChildren<QLabel*>())
            texts << l->text();
        return texts.contains(QStringLiteral("Service hotline: 0771-5550000"));
    };
    CHECK(QTest::qWaitFor(read, 5000));
    INFO(texts.join(QLatin1Char('|')).toStdString());
    CHECK(texts.contains(QStringLiteral("Opening hours: 周一至周日 8:00-20:00")));
    CHECK(texts.contains(QStringLiteral("Service hotline: 0771-5550000")));
    CHECK(texts.contains(QStringLiteral("Address: ") + k.t->config().address));
    CHECK(texts.contains(QStringLiteral("Placements a day: 80.5")));
}

TEST_CASE("kiosk: the hall's name stays on one line beside three switches, in large text too",
          "[ui][kiosk]")
{
    Kiosk k(Config{}, QSize(1080, 1920));
    auto* speaker = new RecordingSpeaker;
    k.window->setSpeaker(speaker);
    speaker->becomeAvailable();
    k.tap(QStringLiteral("attractStart"));
    auto* name = k.find<QLabel>(QStringLiteral("kioskTitle"));
    const auto oneLine = [&] {
        Kiosk::settle();
        const QFontMetrics fm(name->font());
        INFO(name->text().toStdString() << " " << fm.horizontalAdvance(name->text()) << " in "
                                        << name->contentsRect().width());
        CHECK(fm.horizontalAdvance(name->text()) <= name->contentsRect().width());
        CHECK(name->height() < 2 * fm.lineSpacing());
    };
    REQUIRE(name->text() == k.t->config().hallName);
    REQUIRE(k.find(QStringLiteral("kioskVoice"))->isVisible());
    oneLine();
    // The switches are wider in large text: the name takes a smaller font, not two lines.
    k.tap(QStringLiteral("kioskLargeText"));
    oneLine();
    CHECK_FALSE(name->styleSheet().isEmpty());
    // With room to spare (landscape), the style's own size.
    k.tap(QStringLiteral("kioskLargeText"));
    k.window->resize(1920, 1080);
    Kiosk::settle();
    oneLine();
    CHECK(name->styleSheet().isEmpty());
}

TEST_CASE("kiosk: 语音朗读 reads what was tapped and what the screen then says, never the digits",
          "[ui][kiosk]")
{
    Kiosk k;
    // The screen is read a moment after the tap, once it has laid out what the tap led to.
    const auto hear = [] { QTest::qWait(KioskWindow::kSpeakAfterMs + 100); };
    QWidget* voice = k.find(QStringLiteral("kioskVoice"));
    // No engine, or one still starting: no switch.
    CHECK_FALSE(voice->isVisible());
    auto* speaker = new RecordingSpeaker;
    k.window->setSpeaker(speaker);
    CHECK_FALSE(voice->isVisible());
    speaker->becomeAvailable();
    CHECK(voice->isVisible());
    // Off: nothing is read.
    k.tap(QStringLiteral("attractStart"));
    hear();
    CHECK(speaker->said.isEmpty());

    // On: the home screen with every service on its tiles.
    k.tap(QStringLiteral("kioskVoice"));
    hear();
    CHECK(k.window->readAloud());
    REQUIRE(speaker->said.size() == 1);
    CHECK(speaker->said.last().contains(QStringLiteral("Find work")));
    CHECK(speaker->said.last().contains(QStringLiteral("Your rights: Rules, hotline, call-back.")));

    // A tile: its name, then the screen it leads to.
    k.tap(QStringLiteral("homeFindWork"));
    hear();
    REQUIRE(speaker->said.size() == 2);
    CHECK(speaker->said.last().startsWith(QStringLiteral("Find work")));
    CHECK(speaker->said.last().contains(QStringLiteral("Tap the kind of work you want.")));
    k.tap(QStringLiteral("tradesAll"));
    hear();
    k.tap(QStringLiteral("jobCard_0"));
    hear();
    // A list is read card by card, each card's words together, and the next page when paged.
    {
        k.tap(QStringLiteral("navBack"));
        hear();
        KioskJobListPage* list = k.window->jobList();
        const QString page1 = speaker->said.last();
        const auto cards = list->findChildren<KioskJobCard*>();
        QStringList titles;
        for (KioskJobCard* c : cards)
            if (c->isVisible())
                titles << c->findChild<QLabel*>()->text();
        REQUIRE(titles.size() == list->pageSize());
        for (const QString& t : std::as_const(titles))
            CHECK(page1.contains(t));
        k.tap(QStringLiteral("jobsNext"));
        hear();
        const QString page2 = speaker->said.last();
        CHECK(page2.startsWith(QStringLiteral("Next page.")));
        int shown = 0;
        for (KioskJobCard* c : list->findChildren<KioskJobCard*>()) {
            if (!c->isVisible())
                continue;
            ++shown;
            CHECK(page2.contains(c->findChild<QLabel*>()->text()));
        }
        CHECK(shown == list->pageSize());
        k.tap(QStringLiteral("jobsPrev"));
        hear();
        k.tap(QStringLiteral("jobCard_0"));
        hear();
    }
    const QString detail = speaker->said.last();
    CHECK(detail.contains(k.window->jobDetail()->title()));
    CHECK(detail.contains(KioskText::plain(k.text(QStringLiteral("detailPay")))));
    // A switch says whether it is on.
    k.tap(QStringLiteral("kioskLargeText"));
    hear();
    CHECK(speaker->said.last().startsWith(QStringLiteral("Large text, on.")));

    // Registration: the digits typed are not read out for the hall to hear; a refusal is, and
    // again when it comes back.
    k.tap(QStringLiteral("navHome"));
    hear();
    k.tap(QStringLiteral("homeRegister"));
    hear();
    CHECK(speaker->said.last().contains(QStringLiteral("Please enter your ID card number.")));
    const qsizetype before = speaker->said.size();
    k.type(QStringLiteral("regId"), QStringLiteral("4501021958"));
    hear();
    CHECK(speaker->said.size() == before);
    k.tap(QStringLiteral("regNext"));
    hear();
    CHECK(speaker->said.last().startsWith(QStringLiteral("Next.")));
    CHECK(speaker->said.last().contains(QStringLiteral("8 more to go")));
    k.tap(QStringLiteral("regNext"));
    hear();
    CHECK(speaker->said.size() == before + 2);
    CHECK(speaker->said.last().contains(QStringLiteral("8 more to go")));
    for (const QString& said : std::as_const(speaker->said))
        CHECK_FALSE(said.contains(QStringLiteral("4501")));
    // A choice says whether it is now chosen.
    k.tap(QStringLiteral("regIdKeyClear"));
    hear();
    k.typeId(validId(QStringLiteral("45010219900101123")));
    hear();
    k.tap(QStringLiteral("regNext"));
    hear();
    k.type(QStringLiteral("regPhone"), QStringLiteral("13977112233"));
    hear();
    k.tap(QStringLiteral("regNext"));
    hear();
    auto* chip = k.window->registerPage()->findChild<QPushButton*>(QStringLiteral("regTrade_") +
                                                                   QStringLiteral("电工"));
    REQUIRE(chip != nullptr);
    k.tap(chip->objectName());
    hear();
    CHECK(speaker->said.last().contains(QStringLiteral(", chosen.")));
    k.tap(chip->objectName());
    hear();
    CHECK(speaker->said.last().contains(QStringLiteral(", not chosen.")));
    // The consent screen shows the numbers in part: none of them is read, not even in part.
    while (k.window->registerPage()->step() < KioskRegisterPage::ConsentStep) {
        k.tap(QStringLiteral("regNext"));
        hear();
    }
    CHECK(speaker->said.last().contains(QStringLiteral("(number not read aloud)")));
    for (const QString& said : std::as_const(speaker->said)) {
        CHECK_FALSE(said.contains(QLatin1Char('*')));
        CHECK_FALSE(said.contains(QStringLiteral("2233")));
        CHECK_FALSE(said.contains(QStringLiteral("1990")));
    }

    // Turned off: it stops at once and reads nothing more.
    const int stops = speaker->stops;
    k.tap(QStringLiteral("kioskVoice"));
    hear();
    CHECK(speaker->stops == stops + 1);
    const qsizetype off = speaker->said.size();
    k.tap(QStringLiteral("navBack"));
    hear();
    CHECK(speaker->said.size() == off);

    // Left alone: the countdown's question is read once, then everything is wiped and the next
    // person starts without it.
    k.tap(QStringLiteral("kioskVoice"));
    hear();
    CHECK(k.window->readAloud());
    // Still in the registration, answers half given: the question at the usual time.
    REQUIRE(k.page() == QLatin1String("kioskRegister"));
    k.t.clock().advanceMs(qint64(k.t->config().idleTimeoutSec) * 1000);
    k.window->idle().check();
    CHECK(speaker->said.last().startsWith(QStringLiteral("Are you still there?")));
    const qsizetype asked = speaker->said.size();
    k.t.clock().advanceMs(1000);
    k.window->idle().check();
    CHECK(speaker->said.size() == asked);
    k.window->resetAll();
    CHECK_FALSE(k.window->readAloud());
    CHECK(speaker->stops == stops + 2);
    CHECK_FALSE(k.find<QPushButton>(QStringLiteral("kioskVoice"))->isChecked());
}

TEST_CASE("kiosk: in large text the job list's page is filled with as many cards as fit",
          "[ui][kiosk]")
{
    for (const QSize panel : {QSize(1920, 1080), QSize(1366, 768)}) {
        INFO(panel.width());
        Kiosk k({}, panel);
        k.tap(QStringLiteral("attractStart"));
        k.tap(QStringLiteral("kioskLargeText"));
        k.tap(QStringLiteral("homeFindWork"));
        k.tap(QStringLiteral("tradesAll"));
        k.settle();
        KioskJobListPage* list = k.window->jobList();
        // Page after page, also after one of taller cards. Room for another row is left only
        // when the next page's first row is taller than that room.
        int roomLeft = -1;
        for (int page = 0; page < 8 && k.find(QStringLiteral("jobsNext"))->isEnabled(); ++page) {
            INFO("page " << page);
            if (page > 0) {
                k.tap(QStringLiteral("jobsNext"));
                k.settle();
            }
            QList<KioskJobCard*> shown;
            for (KioskJobCard* card : list->findChildren<KioskJobCard*>())
                if (card->isVisible())
                    shown << card;
            REQUIRE_FALSE(shown.isEmpty());
            CHECK(shown.size() == list->pageSize());
            int bottom = 0;
            int tallest = 0;
            for (KioskJobCard* card : std::as_const(shown)) {
                bottom = std::max(bottom, card->geometry().bottom());
                tallest = std::max(tallest, card->height());
                CHECK(card->height() >= card->heightForWidth(card->width()));
            }
            const QWidget* area = shown.first()->parentWidget();
            const int room = area->height() - bottom - KioskStyle::px(16);
            UNSCOPED_INFO(list->pageSize() << " cards, tallest " << tallest << ", room " << room);
            if (roomLeft >= 0) {
                int firstRow = 0;
                for (KioskJobCard* card : std::as_const(shown))
                    if (card->geometry().top() == shown.first()->geometry().top())
                        firstRow = std::max(firstRow, card->height());
                CHECK(firstRow > roomLeft);
            }
            roomLeft = room >= tallest ? room : -1;
        }
    }
}

TEST_CASE("kiosk: a date in another year than today's says its year", "[ui][kiosk]")
{
    const QDate today(2026, 12, 6);
    CHECK(KioskText::date(QDate(2026, 12, 14), today) == QStringLiteral("14 Dec"));
    CHECK(KioskText::date(QDate(2027, 1, 8), today) == QStringLiteral("8 Jan 2027"));
    CHECK(KioskText::dateText(QStringLiteral("2025-12-30"), today) ==
          QStringLiteral("30 Dec 2025"));
    QString near;
    QString next;
    {
        const ChineseInterface zh;
        near = KioskText::date(QDate(2026, 12, 14), today);
        next = KioskText::date(QDate(2027, 1, 8), today);
    }
    CHECK(near == QStringLiteral("12月14日"));
    CHECK(next == QStringLiteral("2027年1月8日"));
}

TEST_CASE("kiosk: a job card says a start of today or tomorrow in words, and one already past",
          "[ui][kiosk]")
{
    const QDate today(2026, 12, 6);
    const auto starts = [&today](int days) {
        return KioskText::starts(today.addDays(days).toString(Qt::ISODate), today);
    };
    CHECK(starts(0) == QLatin1String("starts today"));
    CHECK(starts(1) == QLatin1String("starts tomorrow"));
    CHECK(starts(2) == QLatin1String("starts 8 Dec"));
    CHECK(starts(-5) == QLatin1String("started 1 Dec"));
    const QJsonObject job{
        {QStringLiteral("headcount"), 3},
        {QStringLiteral("start_date"), today.toString(Qt::ISODate)},
        {QStringLiteral("location"),
         QJsonObject{{QStringLiteral("district"), QStringLiteral("南宁市江南区")}}}};
    CHECK(KioskText::jobLine(job, QStringLiteral("南宁市青秀区"), today) ==
          QStringLiteral("Jiangnan · 3 worker(s) · starts today"));
    const ChineseInterface zh;
    CHECK(starts(0) == QStringLiteral("今天开工"));
    CHECK(starts(1) == QStringLiteral("明天开工"));
    CHECK(starts(2) == QStringLiteral("12月8日开工"));
    CHECK(starts(-5) == QStringLiteral("12月1日已开工"));
    CHECK(KioskText::jobLine(job, QStringLiteral("南宁市青秀区"), today) ==
          QStringLiteral("江南区 · 招 3 人 · 今天开工"));
}

TEST_CASE("kiosk: an address that begins with its district's name does not name it twice",
          "[ui][kiosk]")
{
    Kiosk k;
    const ChineseInterface zh;
    const auto shown = [&](const QString& district, const QString& address) {
        QJsonObject job = sampleJob();
        job.insert(QStringLiteral("location"), QJsonObject{{QStringLiteral("district"), district},
                                                           {QStringLiteral("address"), address}});
        const QString id = EntityStore::newId();
        REQUIRE(k.t->store().save(entities::job(), id, job).ok());
        k.window->jobDetail()->showJob(id);
        k.settle();
        return k.text(QStringLiteral("detailLocation"));
    };
    CHECK(shown(QStringLiteral("南宁市兴宁区"), QStringLiteral("兴宁区朝阳路88号")) ==
          QStringLiteral("南宁市兴宁区朝阳路88号"));
    CHECK(shown(QStringLiteral("南宁市兴宁区"), QStringLiteral("南宁市兴宁区朝阳路88号")) ==
          QStringLiteral("南宁市兴宁区朝阳路88号"));
    CHECK(shown(QStringLiteral("南宁市兴宁区"), QStringLiteral("朝阳路88号")) ==
          QStringLiteral("南宁市兴宁区 朝阳路88号"));
}

TEST_CASE("kiosk: an ID number whose birth date is no real date says so", "[ui][kiosk]")
{
    Kiosk k;
    k.tap(QStringLiteral("attractStart"));
    k.tap(QStringLiteral("homeRegister"));
    // 30 February, with the right check character for its digits.
    k.typeId(validId(QStringLiteral("45010319680230123")));
    k.tap(QStringLiteral("regNext"));
    CHECK(k.window->registerPage()->step() == KioskRegisterPage::IdStep);
    CHECK(k.text(QStringLiteral("regError")).contains(QStringLiteral("birth date")));
    // A wrong check character is still told as one digit wrong.
    k.tap(QStringLiteral("regIdKeyClear"));
    k.typeId(wrongCheck(validId(QStringLiteral("45010319680228123"))));
    k.tap(QStringLiteral("regNext"));
    CHECK(k.text(QStringLiteral("regError")).contains(QStringLiteral("One digit is not right")));
}

namespace {

// The PDF files in `folder`, oldest name first.
QStringList pdfsIn(const QString& folder)
{
    return QDir(folder).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace

TEST_CASE("kiosk: an application's receipt is printed once on request, where a printer is set up",
          "[ui][kiosk][print]")
{
    QTemporaryDir folder;
    Config config;
    config.pdfFolder = folder.filePath(QStringLiteral("receipts"));
    Kiosk k(config);
    k.tap(QStringLiteral("attractStart"));
    applyFromHome(k, QStringLiteral("jobCard_0"));
    const QString jobId = k.window->findChild<KioskApplyPage*>()->jobId();
    // Nothing to print before the application is made.
    CHECK_FALSE(k.find(QStringLiteral("applyPrint"))->isVisible());
    k.type(QStringLiteral("apply"), QStringLiteral("13800138000"));
    k.tap(QStringLiteral("applySubmit"));
    const QString number = k.text(QStringLiteral("applyConfirmationNo"));
    REQUIRE(number.size() == 6);
    CHECK_FALSE(k.find(QStringLiteral("applyPrintNote"))->isVisible());
    // Beside 完成 and as tall.
    CHECK(k.find(QStringLiteral("applyPrint"))->height() ==
          k.find(QStringLiteral("applyFinish"))->height());
    k.tap(QStringLiteral("applyPrint"));
    QStringList files = pdfsIn(config.pdfFolder);
    REQUIRE(files.size() == 1);
    CHECK(QRegularExpression(QStringLiteral("-application-%1-[0-9a-f]{4}\\.pdf$").arg(number))
              .match(files.front())
              .hasMatch());
    CHECK(fileBytes(QDir(config.pdfFolder).filePath(files.front())).startsWith("%PDF-"));
    // Handed to the printer is not yet on paper: the number stays said.
    CHECK(k.text(QStringLiteral("applyPrintNote")) ==
          QStringLiteral("Please take your receipt from the printer. If none comes out, please "
                         "write down your number: ") +
              number);
    // Once: a second tap would only waste paper.
    CHECK_FALSE(k.find<QPushButton>(QStringLiteral("applyPrint"))->isEnabled());

    // The receipt: the number, the job and where, the mobile only in part.
    const QString text =
        k.window->findChild<KioskSlipOffer*>(QStringLiteral("applySlip"))->slip().toPlainText();
    const QJsonObject job = jobData(k, jobId);
    for (const QString& part :
         {number, job.value(QLatin1String("title")).toString(),
          job.value(QLatin1String("employer_name")).toString(),
          EntitySpec::jsonAt(job, QStringLiteral("location.address")).toString(),
          QStringLiteral("Mobile: 138****8000"), k.t->config().hotline, k.t->config().hallName}) {
        INFO(part.toStdString());
        CHECK(text.contains(part));
    }
    CHECK_FALSE(text.contains(QStringLiteral("13800138000")));
    // Not a hire yet, on paper as on the screen.
    CHECK(text.contains(QStringLiteral("This is not a hire yet")));

    // The same mobile again for the same job: no number is given again, so nothing to print.
    k.tap(QStringLiteral("applyFinish"));
    k.tap(QStringLiteral("homeFindWork"));
    k.tap(QStringLiteral("tradesAll"));
    k.tap(QStringLiteral("jobCard_0"));
    k.tap(QStringLiteral("detailApply"));
    k.type(QStringLiteral("apply"), QStringLiteral("13800138000"));
    k.tap(QStringLiteral("applySubmit"));
    REQUIRE_FALSE(k.find(QStringLiteral("applyConfirmationNo"))->isVisible());
    CHECK_FALSE(k.find(QStringLiteral("applyPrint"))->isVisible());
    CHECK_FALSE(k.find(QStringLiteral("applyPrintNote"))->isVisible());

    // Another job: a new receipt to print.
    k.tap(QStringLiteral("applyFinish"));
    applyFromHome(k, QStringLiteral("jobCard_1"));
    k.type(QStringLiteral("apply"), QStringLiteral("13800138000"));
    k.tap(QStringLiteral("applySubmit"));
    REQUIRE(k.find<QPushButton>(QStringLiteral("applyPrint"))->isEnabled());
    k.tap(QStringLiteral("applyPrint"));
    CHECK(pdfsIn(config.pdfFolder).size() == 2);
}

TEST_CASE("kiosk: without a printer no receipt is offered, a printer that fails says to note the "
          "number",
          "[ui][kiosk][print]")
{
    SECTION("no printer")
    {
        Config config;
        config.printer = QStringLiteral("no-such-printer");
        Kiosk k(config);
        k.tap(QStringLiteral("attractStart"));
        applyFromHome(k, QStringLiteral("jobCard_0"));
        k.type(QStringLiteral("apply"), QStringLiteral("13800138000"));
        k.tap(QStringLiteral("applySubmit"));
        REQUIRE(k.find(QStringLiteral("applyConfirmationNo"))->isVisible());
        CHECK_FALSE(k.find(QStringLiteral("applyPrint"))->isVisible());
    }
    SECTION("the printer fails")
    {
        // The folder cannot be made: a file stands where it would be.
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        REQUIRE(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        Config config;
        config.pdfFolder = dir.filePath(QStringLiteral("file/receipts"));
        Kiosk k(config);
        k.tap(QStringLiteral("attractStart"));
        applyFromHome(k, QStringLiteral("jobCard_0"));
        k.type(QStringLiteral("apply"), QStringLiteral("13800138000"));
        k.tap(QStringLiteral("applySubmit"));
        const QString number = k.text(QStringLiteral("applyConfirmationNo"));
        k.tap(QStringLiteral("applyPrint"));
        CHECK(k.text(QStringLiteral("applyPrintNote")) ==
              QStringLiteral("The printer is not working. Please write down your number: ") +
                  number);
        CHECK(k.find(QStringLiteral("applyPrintNote"))->property("role").toString() ==
              QLatin1String("error"));
        // The application stands, and the number stays on screen.
        CHECK(k.t.count(QStringLiteral("application")) == 1);
        CHECK(k.find(QStringLiteral("applyConfirmationNo"))->isVisible());
    }
}

TEST_CASE("kiosk: a call-back request's receipt lists what to have ready, on a roll as long as the "
          "text",
          "[ui][kiosk][print]")
{
    QTemporaryDir folder;
    Config config;
    config.pdfFolder = folder.filePath(QStringLiteral("receipts"));
    config.paper = QStringLiteral("80mm");
    Kiosk k(config);
    k.tap(QStringLiteral("attractStart"));
    k.tap(QStringLiteral("homeRights"));
    k.tap(QStringLiteral("rightsCallback"));
    k.tap(QStringLiteral("callbackCategory_拖欠工资"));
    k.type(QStringLiteral("callback"), QStringLiteral("13507715566"));
    k.tap(QStringLiteral("callbackSubmit"));
    REQUIRE(k.t.count(QStringLiteral("complaint")) == 1);
    k.tap(QStringLiteral("callbackPrint"));
    const QStringList files = pdfsIn(config.pdfFolder);
    REQUIRE(files.size() == 1);
    CHECK(QRegularExpression(QStringLiteral("-callback-[0-9a-f]{4}\\.pdf$"))
              .match(files.front())
              .hasMatch());
    // 80 mm wide (226.8 points), and shorter than a sheet.
    const QByteArray pdf = fileBytes(QDir(config.pdfFolder).filePath(files.front()));
    const QRegularExpression box(QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"));
    const auto m = box.match(QString::fromLatin1(pdf));
    REQUIRE(m.hasMatch());
    CHECK(std::abs(m.captured(1).toDouble() - 80 / 25.4 * 72) < 1);
    // As long as the slip: the text's height and the margins.
    const Slip& offered =
        k.window->findChild<KioskSlipOffer*>(QStringLiteral("callbackSlip"))->slip();
    QTextDocument doc;
    SlipPrinter::layOut(doc, offered, QStringLiteral("80mm"));
    const QPageLayout page = SlipPrinter::pageLayout(doc, QStringLiteral("80mm"));
    CHECK(std::abs(m.captured(2).toDouble() - page.fullRect(QPageLayout::Point).height()) < 2);
    CHECK(m.captured(2).toDouble() < 842);
    CHECK(page.paintRect(QPageLayout::Point).height() >= doc.size().height());
    CHECK(QString::fromLatin1(pdf).count(QStringLiteral("/Type /Page\n")) +
              QString::fromLatin1(pdf).count(QStringLiteral("/Type /Page\r")) +
              QString::fromLatin1(pdf).count(QStringLiteral("/Type /Page ")) ==
          1);

    const QStringList wages = RequestChecklist::items(QStringLiteral("拖欠工资"));
    const QString due = k.text(QStringLiteral("callbackDone")).section(QStringLiteral(" by "), 1);
    const QString text = offered.toPlainText();
    CHECK(text.contains(QStringLiteral("By: ") + due.chopped(1)));
    for (const QString& item : wages)
        CHECK(text.contains(QStringLiteral("• ") + item));
    CHECK(text.contains(QStringLiteral("We call: 135****5566")));
    CHECK(text.contains(RequestChecklist::label(QStringLiteral("拖欠工资"))));
    CHECK_FALSE(text.contains(QStringLiteral("13507715566")));
    CHECK_FALSE(k.find<QPushButton>(QStringLiteral("callbackPrint"))->isEnabled());
    k.tap(QStringLiteral("callbackFinish"));
    // The next person's request has its own receipt to print.
    k.tap(QStringLiteral("homeRights"));
    k.tap(QStringLiteral("rightsCallback"));
    k.tap(QStringLiteral("callbackCategory_其他问题"));
    k.type(QStringLiteral("callback"), QStringLiteral("13907712233"));
    k.tap(QStringLiteral("callbackSubmit"));
    CHECK(k.find<QPushButton>(QStringLiteral("callbackPrint"))->isEnabled());
    CHECK_FALSE(k.find(QStringLiteral("callbackPrintNote"))->isVisible());
}

TEST_CASE("kiosk: a course or a start-up service can be asked about, by call-back with its own "
          "list",
          "[ui][kiosk]")
{
    QTemporaryDir folder;
    Config config;
    config.pdfFolder = folder.path();
    Kiosk k(config);
    k.tap(QStringLiteral("attractStart"));
    k.tap(QStringLiteral("homeTraining"));
    REQUIRE(k.page() == QLatin1String("kioskTraining"));
    auto* course = k.find<QFrame>(QStringLiteral("content_training_0"));
    const QString title = course->findChildren<QLabel*>().front()->text();
    REQUIRE_FALSE(title.isEmpty());
    // Schools carry no button: a course is what one joins.
    CHECK(k.window
              ->findChildren<QPushButton*>(
                  QRegularExpression(QStringLiteral("^content_institution_.*_ask$")))
              .isEmpty());
    CHECK(k.find<QPushButton>(QStringLiteral("content_training_0_ask"))->text() ==
          QStringLiteral("I want to join: call me"));
    k.tap(QStringLiteral("content_training_0_ask"));
    REQUIRE(k.page() == QLatin1String("kioskRights"));
    CHECK(k.text(QStringLiteral("callbackAbout")) == QStringLiteral("About: ") + title);
    // The matter is known: only the number is asked for.
    CHECK_FALSE(k.find(QStringLiteral("callbackCategoryChips"))->isVisible());
    // 返回 goes back to the course, asking nothing.
    k.tap(QStringLiteral("navBack"));
    CHECK(k.page() == QLatin1String("kioskTraining"));
    CHECK(k.t.count(QStringLiteral("complaint")) == 0);

    k.tap(QStringLiteral("content_training_0_ask"));
    k.type(QStringLiteral("callback"), QStringLiteral("13507715566"));
    k.tap(QStringLiteral("callbackSubmit"));
    REQUIRE(k.t.count(QStringLiteral("complaint")) == 1);
    CHECK(k.scalar(QStringLiteral("SELECT category FROM complaint")) == QStringLiteral("培训报名"));
    CHECK(k.scalar(QStringLiteral("SELECT description FROM complaint")) == title);
    CHECK(k.scalar(QStringLiteral("SELECT owner FROM complaint")) == QLatin1String("duty"));
    QStringList shown;
    for (const QLabel* l : k.window->findChildren<QLabel*>(QStringLiteral("callbackChecklistItem")))
        shown << l->text().mid(2);
    CHECK(shown == RequestChecklist::items(QStringLiteral("培训报名")));
    k.tap(QStringLiteral("callbackPrint"));
    REQUIRE(pdfsIn(folder.path()).size() == 1);
    {
        const QString slip = k.window->findChild<KioskSlipOffer*>(QStringLiteral("callbackSlip"))
                                 ->slip()
                                 .toPlainText();
        CHECK(slip.contains(QStringLiteral("Course or service: ") + title));
        CHECK(slip.contains(QStringLiteral("We call: 135****5566")));
        for (const QString& item : shown)
            CHECK(slip.contains(QStringLiteral("• ") + item));
    }
    // 返回 from the receipt goes back to the courses too.
    k.tap(QStringLiteral("navBack"));
    CHECK(k.page() == QLatin1String("kioskTraining"));

    // Starting a business: its own matter. Its card lies further down the page, which the store
    // watcher may build again meanwhile: the button is found by name and clicked.
    const QList<QPushButton*> business = k.window->findChildren<QPushButton*>(
        QRegularExpression(QStringLiteral("^content_business_.*_ask$")));
    REQUIRE_FALSE(business.isEmpty());
    const QString businessAsk = business.front()->objectName();
    CHECK(business.front()->text() == QStringLiteral("I want advice: call me"));
    k.find<QPushButton>(businessAsk)->click();
    k.settle();
    REQUIRE(k.page() == QLatin1String("kioskRights"));
    k.type(QStringLiteral("callback"), QStringLiteral("13507715566"));
    k.tap(QStringLiteral("callbackSubmit"));
    CHECK(k.scalar(QStringLiteral("SELECT category FROM complaint ORDER BY created_at DESC, rowid "
                                  "DESC LIMIT 1")) == QStringLiteral("创业咨询"));

    // Scrolled down here, the page starts at the top again for whoever comes next.
    {
        k.tap(QStringLiteral("callbackFinish"));
        k.tap(QStringLiteral("homeTraining"));
        auto* scroll = k.window->currentPage()->findChild<QScrollArea*>();
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        REQUIRE(scroll->verticalScrollBar()->value() > 0);
        k.tap(QStringLiteral("navHome"));
        k.tap(QStringLiteral("homeTraining"));
        CHECK(scroll->verticalScrollBar()->value() == 0);
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        k.window->resetAll();
        CHECK(scroll->verticalScrollBar()->value() == 0);
        k.tap(QStringLiteral("attractStart"));
        k.tap(QStringLiteral("homeTraining"));
        k.find<QPushButton>(businessAsk)->click();
        k.settle();
        k.type(QStringLiteral("callback"), QStringLiteral("13507715566"));
        k.tap(QStringLiteral("callbackSubmit"));
    }
    // The rights screen reached from home afterwards offers its matters again.
    k.tap(QStringLiteral("callbackFinish"));
    k.tap(QStringLiteral("homeRights"));
    CHECK(k.page() == QLatin1String("kioskRights"));
    k.tap(QStringLiteral("rightsCallback"));
    CHECK(k.find(QStringLiteral("callbackCategoryChips"))->isVisible());
    CHECK_FALSE(k.find(QStringLiteral("callbackAbout"))->isVisible());
}

TEST_CASE("kiosk: 我要招工 in large text shows how many workers before its first step is left",
          "[ui][kiosk][post]")
{
    Kiosk k;
    k.tap(QStringLiteral("attractStart"));
    k.window->setLargeText(true);
    k.tap(QStringLiteral("homePost"));
    KioskPostPage* post = k.window->postPage();
    auto* chips = k.find(QStringLiteral("postHeadcountChips"));
    QScrollArea* area = nullptr;
    for (QWidget* w = chips->parentWidget(); w && !area; w = w->parentWidget())
        area = qobject_cast<QScrollArea*>(w);
    REQUIRE(area);
    QScrollBar* bar = area->verticalScrollBar();
    const auto inSight = [&] {
        const QRect r(chips->mapTo(area->viewport(), QPoint()), chips->size());
        if (!area->viewport()->rect().contains(r))
            return false;
        // Nor under the "more below" line.
        auto* more = area->findChild<ScrollMoreHint*>();
        return !more || !more->isVisible() ||
               !QRect(area->viewport()->mapFromGlobal(more->mapToGlobal(QPoint())), more->size())
                    .intersects(r);
    };
    const auto glide = [] { QTest::qWait(KioskPostPage::kRevealGlideMs + 150); };
    // Below the trades at first: a 下一步 at once would pass it by.
    REQUIRE_FALSE(inSight());
    const QStringList trades = k.find<TouchChipGroup>(QStringLiteral("postTradeChips"))->keys();
    // A trade tapped: nothing moves under the finger.
    k.tap(QStringLiteral("postTrade_") + trades.first());
    glide();
    CHECK(bar->value() == 0);
    k.tap(QStringLiteral("postTrade_") + trades.at(1));
    glide();
    CHECK(bar->value() == 0);
    CHECK(qobject_cast<QPushButton*>(k.find(QStringLiteral("postTrade_") + trades.at(1)))
              ->isChecked());
    // 下一步 shows the question instead of leaving it unseen, and says why.
    k.tap(QStringLiteral("postNext"));
    glide();
    CHECK(post->step() == KioskPostPage::TradeStep);
    CHECK(inSight());
    CHECK(k.text(QStringLiteral("postError")) ==
          QStringLiteral("One more question on this page: how many workers? Tap the number, then "
                         "Next."));
    k.tap(QStringLiteral("postHeadcount_3"));
    // Answered: the question's message goes.
    CHECK_FALSE(k.find(QStringLiteral("postError"))->isVisible());
    k.tap(QStringLiteral("postNext"));
    CHECK(post->step() == KioskPostPage::WhereStep);
    CHECK(post->posting().headcount == 3);

    // The next person, who scrolls down to it and back up on their own: seen, 下一步 goes on.
    k.window->resetAll();
    k.tap(QStringLiteral("attractStart"));
    k.window->setLargeText(true);
    k.tap(QStringLiteral("homePost"));
    REQUIRE(bar->value() == 0);
    bar->setValue(bar->maximum());
    REQUIRE(inSight());
    bar->setValue(0);
    k.tap(QStringLiteral("postTrade_") + trades.first());
    k.tap(QStringLiteral("postNext"));
    CHECK(post->step() == KioskPostPage::WhereStep);
    CHECK(post->posting().headcount == 1);
}

TEST_CASE("kiosk: 我要招工's trade tapped moves none of the numbers of workers, its jobs come "
          "below them",
          "[ui][kiosk][post]")
{
    for (const QSize panel : {QSize(1080, 1920), QSize(1920, 1080), QSize(1366, 768)}) {
        INFO(panel.width() << "x" << panel.height());
        Kiosk k(Config{}, panel);
        k.tap(QStringLiteral("attractStart"));
        k.tap(QStringLiteral("homePost"));
        KioskPostPage* post = k.window->postPage();
        auto* numbers = k.find(QStringLiteral("postHeadcountChips"));
        const auto at = [&k](QWidget* w) { return w->mapTo(k.window.get(), QPoint()); };
        const QPoint before = at(numbers);
        // A trade with jobs of its own to choose from (厨师帮厨: 厨师, 帮厨, 洗碗工 …).
        QString trade;
        for (const QString& key : k.find<TouchChipGroup>(QStringLiteral("postTradeChips"))->keys())
            if (trade.isEmpty() && !KioskPosting::jobNames(key).isEmpty())
                trade = key;
        REQUIRE_FALSE(trade.isEmpty());
        k.tap(QStringLiteral("postTrade_") + trade);
        auto* jobs = k.find(QStringLiteral("postJobChips"));
        REQUIRE(jobs->isVisible());
        // The finger going on from the trade to 2人 finds 2人 where it was.
        CHECK(at(numbers) == before);
        CHECK(at(jobs).y() > at(numbers).y() + numbers->height());
        k.tap(QStringLiteral("postHeadcount_2"));
        CHECK(post->posting().headcount == 2);
        CHECK(post->posting().jobName.isEmpty());
    }
    // On a tall screen the numbers were in sight all along: 下一步 goes on at once.
    Kiosk k(Config{}, QSize(1080, 1920));
    k.tap(QStringLiteral("attractStart"));
    k.tap(QStringLiteral("homePost"));
    k.tap(QStringLiteral("postTrade_") +
          k.find<TouchChipGroup>(QStringLiteral("postTradeChips"))->keys().first());
    k.tap(QStringLiteral("postNext"));
    INFO(k.text(QStringLiteral("postError")).toStdString());
    CHECK(k.window->postPage()->step() == KioskPostPage::WhereStep);
}

TEST_CASE("kiosk: 我要招工 offers each day of the next week, 下周一 once", "[ui][kiosk][post]")
{
    Kiosk k;
    // Wednesday 25 November, in the hall's time.
    k.t.clock().set(QDateTime(QDate(2026, 11, 25), QTime(9, 0), QTimeZone(8 * 3600)));
    k.tap(QStringLiteral("attractStart"));
    k.tap(QStringLiteral("homePost"));
    KioskPostPage* post = k.window->postPage();
    post->reset();
    k.settle();
    k.tap(QStringLiteral("postTrade_泥瓦工"));
    k.tap(QStringLiteral("postHeadcount_1"));
    k.tap(QStringLiteral("postNext"));
    k.tap(QStringLiteral("postDistrict_南宁市青秀区"));
    k.tap(QStringLiteral("postPlace_site"));
    k.tap(QStringLiteral("postNext"));
    REQUIRE(post->step() == KioskPostPage::WhenStep);
    // Each day of the next week by its name, the Monday as 下周一; no day twice.
    CHECK(k.find<QPushButton>(QStringLiteral("postStart_in3"))->text() ==
          QLatin1String("Sat (28 Nov)"));
    CHECK(k.find<QPushButton>(QStringLiteral("postStart_in4"))->text() ==
          QLatin1String("Sun (29 Nov)"));
    CHECK(k.find<QPushButton>(QStringLiteral("postStart_in5"))->text() ==
          QLatin1String("Next Monday (30 Nov)"));
    CHECK(k.find<QPushButton>(QStringLiteral("postStart_in6"))->text() ==
          QLatin1String("Tue (1 Dec)"));
    CHECK_FALSE(k.find(QStringLiteral("postStart_next_week"))->isVisible());
    k.tap(QStringLiteral("postStart_in5"));
    CHECK(qobject_cast<QPushButton*>(k.find(QStringLiteral("postStart_in5")))->isChecked());
    k.tap(QStringLiteral("postDuration_1w"));
    k.tap(QStringLiteral("postNext"));
    CHECK(post->step() == KioskPostPage::PayStep);
    KioskPosting chosen;
    chosen.starts = QStringLiteral("in5");
    CHECK(chosen.startDate(k.t->clock().today()) == QDate(2026, 11, 30));
    // On a Monday, the next Monday is a week ahead: its own chip, after the six days.
    post->reset();
    k.t.clock().set(QDateTime(QDate(2026, 11, 30), QTime(9, 0), QTimeZone(8 * 3600)));
    // Someone is at the kiosk: five days on, the idle check must not take the clock's jump for
    // five days of nobody there.
    k.window->idle().activity();
    post->reset();
    k.settle();
    k.tap(QStringLiteral("postTrade_泥瓦工"));
    k.tap(QStringLiteral("postHeadcount_1"));
    k.tap(QStringLiteral("postNext"));
    k.tap(QStringLiteral("postDistrict_南宁市青秀区"));
    k.tap(QStringLiteral("postPlace_site"));
    k.tap(QStringLiteral("postNext"));
    REQUIRE(post->step() == KioskPostPage::WhenStep);
    CHECK(k.find<QPushButton>(QStringLiteral("postStart_next_week"))->text() ==
          QLatin1String("Next Monday (7 Dec)"));
    CHECK(k.find<QPushButton>(QStringLiteral("postStart_in6"))->text() ==
          QLatin1String("Sun (6 Dec)"));
}

TEST_CASE("kiosk: 我要招工 by taps alone, refused answers say why, the posting waits for review",
          "[ui][kiosk][post]")
{
    Kiosk k;
    const int jobsBefore = k.t.count(QStringLiteral("job"));
    k.tap(QStringLiteral("attractStart"));
    k.tap(QStringLiteral("homePost"));
    REQUIRE(k.page() == QLatin1String("kioskPost"));
    KioskPostPage* post = k.window->postPage();
    REQUIRE(post->step() == KioskPostPage::TradeStep);

    // Nothing tapped: the person is told what to tap, and stays.
    k.tap(QStringLiteral("postNext"));
    CHECK(post->step() == KioskPostPage::TradeStep);
    CHECK(k.find(QStringLiteral("postError"))->isVisible());
    CHECK(k.text(QStringLiteral("postError")) == QLatin1String("Please tap the kind of work."));
    // The trade brings the pay unit it is usually paid by (家政保洁: by the hour).
    k.tap(QStringLiteral("postTrade_家政保洁"));
    CHECK(!k.find(QStringLiteral("postError"))->isVisible());
    k.tap(QStringLiteral("postHeadcount_2"));
    k.tap(QStringLiteral("postNext"));
    REQUIRE(post->step() == KioskPostPage::WhereStep);

    // Nothing chosen beforehand: an employer from elsewhere does not post the work in the
    // hall's district by tapping on. The hall's own comes first.
    auto* districts = k.find<TouchChipGroup>(QStringLiteral("postDistrictChips"));
    CHECK(districts->selectedKeys().isEmpty());
    CHECK(districts->keys().value(0) == QStringLiteral("南宁市青秀区"));
    k.tap(QStringLiteral("postNext"));
    CHECK(post->step() == KioskPostPage::WhereStep);
    CHECK(k.text(QStringLiteral("postError")) ==
          QLatin1String("Please tap the district where the work is."));
    k.tap(QStringLiteral("postDistrict_南宁市西乡塘区"));
    k.tap(QStringLiteral("postNext"));
    CHECK(post->step() == KioskPostPage::WhereStep);
    CHECK(k.text(QStringLiteral("postError")) ==
          QLatin1String("Please tap the kind of place where the work is."));
    k.tap(QStringLiteral("postPlace_home"));
    k.tap(QStringLiteral("postNext"));
    REQUIRE(post->step() == KioskPostPage::WhenStep);
    // 明天 says which day that is. On this Sunday 下周一 is tomorrow: one chip for that day.
    CHECK(k.find<QPushButton>(QStringLiteral("postStart_tomorrow"))->text() ==
          QLatin1String("Tomorrow (23 Nov)"));
    REQUIRE(k.t.clock().today().dayOfWeek() == Qt::Sunday);
    CHECK_FALSE(k.find(QStringLiteral("postStart_next_week"))->isVisible());
    {
        // The chips shown take the row between them, four to a row.
        auto* chips = k.find(QStringLiteral("postStartChips"));
        int width = 0;
        for (const char* key : {"today", "tomorrow", "day_after", "in3"}) {
            QWidget* chip = k.find(QStringLiteral("postStart_") + QLatin1String(key));
            CHECK(chip->isVisible());
            width += chip->width();
        }
        CHECK(width > chips->width() * 9 / 10);
    }
    k.tap(QStringLiteral("postDuration_3d"));
    k.tap(QStringLiteral("postNext"));
    REQUIRE(post->step() == KioskPostPage::PayStep);
    CHECK(qobject_cast<QPushButton*>(k.find(QStringLiteral("postPayUnit_hour")))->isChecked());

    // No amount: said, and the unit and settlement chosen are kept.
    k.tap(QStringLiteral("postPayUnit_day"));
    k.tap(QStringLiteral("postNext"));
    CHECK(post->step() == KioskPostPage::PayStep);
    CHECK(k.text(QStringLiteral("postError")) ==
          QLatin1String("Please enter the pay on the keypad, in yuan."));
    // No amount starts with 0; the amount shows with its unit.
    k.type(QStringLiteral("postPay"), QStringLiteral("0160"));
    CHECK(k.text(QStringLiteral("postPayDisplay")) == QLatin1String("160 yuan/day"));
    CHECK(!k.find(QStringLiteral("postError"))->isVisible());
    k.tap(QStringLiteral("postNext"));
    REQUIRE(post->step() == KioskPostPage::NeedsStep);
    k.tap(QStringLiteral("postOffer_meals"));
    k.tap(QStringLiteral("postNext"));
    REQUIRE(post->step() == KioskPostPage::PhoneStep);

    // A landline needs its area code, a mobile its 11 digits.
    k.type(QStringLiteral("postPhone"), QStringLiteral("0771"));
    k.tap(QStringLiteral("postNext"));
    CHECK(post->step() == KioskPostPage::PhoneStep);
    CHECK(k.text(QStringLiteral("postError")).startsWith(QLatin1String("A landline has 7 or 8")));
    k.tap(QStringLiteral("postPhoneKeyClear"));
    k.type(QStringLiteral("postPhone"), QStringLiteral("1390771"));
    k.tap(QStringLiteral("postNext"));
    CHECK(post->step() == KioskPostPage::PhoneStep);
    CHECK(k.find(QStringLiteral("postError"))->isVisible());
    k.type(QStringLiteral("postPhone"), QStringLiteral("5678"));
    k.tap(QStringLiteral("postNext"));
    REQUIRE(post->step() == KioskPostPage::NameStep);

    k.tap(QStringLiteral("postNext"));
    CHECK(k.text(QStringLiteral("postError")) ==
          QLatin1String("Please tap your surname, or Not listed."));
    k.tap(QStringLiteral("postSurname_韦"));
    k.tap(QStringLiteral("postNext"));
    CHECK(k.text(QStringLiteral("postError")) == QLatin1String("Please tap Mr or Ms."));
    k.tap(QStringLiteral("postHonorific_ms"));
    k.tap(QStringLiteral("postNext"));
    REQUIRE(post->step() == KioskPostPage::ConfirmStep);

    // The card as seekers will see it, and the answers in words; the number only in part.
    CHECK(k.find(QStringLiteral("postPreview"))->isVisible());
    const QString summary = k.text(QStringLiteral("postSummary"));
    CHECK(summary.contains(QLatin1String("160 yuan/day")));
    CHECK(summary.contains(QLatin1String("(Paid daily)")));
    CHECK(summary.contains(QLatin1String("Meals")));
    CHECK(summary.contains(QStringLiteral("韦女士")));
    CHECK(summary.contains(masking::phone(QStringLiteral("13907715678"))));
    CHECK(!summary.contains(QLatin1String("13907715678")));
    // Every digit checked with a tap, for a moment only.
    k.tap(QStringLiteral("postShowPhone"));
    CHECK(k.text(QStringLiteral("postSummary")).contains(QLatin1String("13907715678")));
    CHECK(k.find<QPushButton>(QStringLiteral("postShowPhone"))->text() ==
          QLatin1String("Hide my number"));
    k.tap(QStringLiteral("postShowPhone"));
    CHECK(k.text(QStringLiteral("postSummary")) == summary);
    k.tap(QStringLiteral("postShowPhone"));
    REQUIRE(k.text(QStringLiteral("postSummary")).contains(QLatin1String("13907715678")));
    // Ten seconds, then in part again by itself (the wait cut short here).
    auto* shown = post->findChild<QTimer*>(QStringLiteral("postPhoneTimer"));
    REQUIRE(shown != nullptr);
    CHECK(shown->isActive());
    CHECK(shown->interval() == 10'000);
    shown->start(1);
    CHECK(QTest::qWaitFor([&] { return k.text(QStringLiteral("postSummary")) == summary; }, 2000));
    CHECK(k.find<QPushButton>(QStringLiteral("postShowPhone"))->text() ==
          QLatin1String("Show my whole number"));
    CHECK(k.t.count(QStringLiteral("job")) == jobsBefore);

    const auto openJobs = [&k] {
        auto counts = k.t->jobs().openCountsByOccupation(k.t->clock().today());
        REQUIRE(counts.ok());
        int n = 0;
        for (const OccupationCount& c : counts.value())
            n += c.jobs;
        return n;
    };
    const int openBefore = openJobs();
    // The hall's hours as its staff wrote them: when the call may come.
    editMarketExtra(k, [](QJsonObject& extra) {
        extra.insert(QStringLiteral("hours"), QStringLiteral("周一至周日 8:00-20:00"));
    });
    k.tap(QStringLiteral("postSubmit"));
    REQUIRE(post->step() == KioskPostPage::DoneStep);
    CHECK(k.text(QStringLiteral("postDoneText"))
              .contains(masking::phone(QStringLiteral("13907715678"))));
    CHECK(k.text(QStringLiteral("postDoneText"))
              .contains(QStringLiteral("in opening hours (周一至周日 8:00-20:00)")));
    // On disk and queued for the platform before the screen says so, waiting for a clerk.
    CHECK(k.t.count(QStringLiteral("job")) == jobsBefore + 1);
    CHECK(k.t.count(QStringLiteral("outbox"), QStringLiteral("entity = 'job'")) == 1);
    JobService jobs(k.t->store(), k.t->clock(), k.t->audit());
    auto queue = jobs.reviewQueue();
    REQUIRE(queue.ok());
    const auto mine =
        std::find_if(queue->jobs.begin(), queue->jobs.end(), [](const StoredEntity& e) {
            return e.data.value(QLatin1String("source")).toString() == QLatin1String("kiosk");
        });
    REQUIRE(mine != queue->jobs.end());
    const QJsonObject& d = mine->data;
    CHECK(d.value(QLatin1String("title")).toString() == QStringLiteral("家政保洁（日结）"));
    CHECK(d.value(QLatin1String("headcount")).toInt() == 2);
    CHECK(
        d.value(QLatin1String("location")).toObject().value(QLatin1String("district")).toString() ==
        QStringLiteral("南宁市西乡塘区"));
    CHECK(d.value(QLatin1String("pay")).toObject().value(QLatin1String("min")).toInt() == 160);
    CHECK(d.value(QLatin1String("contact")).toObject().value(QLatin1String("phone")).toString() ==
          QLatin1String("13907715678"));
    CHECK(d.value(QLatin1String("status")).toString() == QLatin1String("pending_review"));
    CHECK(d.value(QLatin1String("description")).toString() ==
          QStringLiteral("家政保洁的活，在居民家中干，共2至3天。招工方提供：管饭。"));
    // The window's tables name the person hiring, there being no employer.
    CHECK(StaffLabels::jobEmployer(d) == QStringLiteral("Individual: 韦女士"));
    // The receipt offered says what was sent, the number in part.
    auto* offer = k.window->findChild<KioskSlipOffer*>(QStringLiteral("postSlip"));
    REQUIRE(offer != nullptr);
    const QString slip = offer->slip().toPlainText();
    CHECK(slip.contains(QStringLiteral("家政保洁（日结）")));
    CHECK(slip.contains(QLatin1String("2 worker")));
    CHECK(slip.contains(QLatin1String("160 yuan/day")));
    CHECK(slip.contains(masking::phone(QStringLiteral("13907715678"))));
    // A number to ask after it by, on the screen and the receipt, as the window finds it.
    const QString reference = k.text(QStringLiteral("postReference"));
    CHECK(QRegularExpression(QStringLiteral("^[0-9]{6}$")).match(reference).hasMatch());
    CHECK(reference == JobService::reference(mine->id));
    CHECK(offer->slip().number == reference);
    CHECK(slip.contains(QStringLiteral("Reference number, to ask about this job\n") + reference));
    CHECK(k.text(QStringLiteral("postDoneText")).contains(QStringLiteral("give this number")));
    auto found = jobs.list(reference, {});
    REQUIRE(found.ok());
    REQUIRE(found->jobs.size() == 1);
    CHECK(found->jobs.front().id == mine->id);
    CHECK_FALSE(slip.contains(QLatin1String("13907715678")));
    CHECK(slip.contains(QStringLiteral("in opening hours (周一至周日 8:00-20:00)")));
    // The same hours at its foot, not the terminal's setting.
    CHECK(offer->slip().footer.contains(QStringLiteral("Opening hours: 周一至周日 8:00-20:00")));
    CHECK_FALSE(slip.contains(k.t->config().openingHours));
    // Not among the open jobs seekers see until a clerk publishes it.
    CHECK(openJobs() == openBefore);
    k.tap(QStringLiteral("postFinish"));
    CHECK(k.page() == QLatin1String("kioskHome"));
    // Nothing of it is left for the next person, shown or hidden.
    CHECK(post->step() == KioskPostPage::TradeStep);
    CHECK(post->posting().occupation.isEmpty());
    CHECK(post->posting().phone.isEmpty());
    CHECK(post->posting().surname.isEmpty());
    CHECK(post->posting().pay == 0);
    CHECK(k.text(QStringLiteral("postSummary")).isEmpty());
    CHECK(post->findChild<KioskJobCard*>(QStringLiteral("postPreview")) == nullptr);
    CHECK(post->findChild<KioskJobCard*>(QStringLiteral("postSent")) == nullptr);
}

TEST_CASE("kiosk: 首页 asks once before leaving a job posting half done", "[ui][kiosk][post]")
{
    Kiosk k;
    k.tap(QStringLiteral("attractStart"));
    k.tap(QStringLiteral("homePost"));
    KioskPostPage* post = k.window->postPage();
    // Nothing chosen yet: nothing to lose, 首页 leaves at once.
    k.tap(QStringLiteral("navHome"));
    CHECK(k.page() == QLatin1String("kioskHome"));
    k.tap(QStringLiteral("homePost"));
    k.tap(QStringLiteral("postTrade_电工"));
    k.tap(QStringLiteral("postHeadcount_1"));
    k.tap(QStringLiteral("postNext"));
    k.tap(QStringLiteral("navHome"));
    CHECK(k.page() == QLatin1String("kioskPost"));
    CHECK(post->step() == KioskPostPage::WhereStep);
    CHECK(
        k.text(QStringLiteral("postError")).startsWith(QLatin1String("Your job is not sent yet")));
    // 返回 steps back inside the page, keeping the answer; the warning goes, and so 首页
    // asks again instead of leaving.
    k.tap(QStringLiteral("navBack"));
    CHECK(post->step() == KioskPostPage::TradeStep);
    CHECK(post->posting().occupation == QStringLiteral("电工"));
    CHECK_FALSE(k.find(QStringLiteral("postError"))->isVisible());
    k.tap(QStringLiteral("navHome"));
    CHECK(k.page() == QLatin1String("kioskPost"));
    CHECK(
        k.text(QStringLiteral("postError")).startsWith(QLatin1String("Your job is not sent yet")));
    // Home again, as the warning said, leaves and forgets.
    k.tap(QStringLiteral("navHome"));
    CHECK(k.page() == QLatin1String("kioskHome"));
    k.tap(QStringLiteral("homePost"));
    CHECK(post->posting().occupation.isEmpty());

    // In large text the first step scrolls, and says so; the next person starts at its top.
    k.tap(QStringLiteral("kioskLargeText"));
    QScrollArea* area = nullptr;
    for (QScrollArea* a : post->findChildren<QScrollArea*>())
        if (a->isVisible())
            area = a;
    REQUIRE(area != nullptr);
    QScrollBar* bar = area->verticalScrollBar();
    REQUIRE(bar->maximum() > 0);
    const auto hints = area->findChildren<ScrollMoreHint*>();
    REQUIRE(hints.size() == 1);
    CHECK(hints.first()->isVisible());
    bar->setValue(bar->maximum());
    k.settle();
    CHECK_FALSE(hints.first()->isVisible());
    k.tap(QStringLiteral("navHome"));
    k.tap(QStringLiteral("homePost"));
    CHECK(bar->value() == 0);
    CHECK(hints.first()->isVisible());
}

TEST_CASE("kiosk: 我要招工 keeps the pay unit chosen, takes a landline and an unlisted surname, "
          "and loses nothing when the store fails",
          "[ui][kiosk][post]")
{
    Kiosk k;
    KioskPostPage* post = postToPay(k);
    // 泥瓦工 is paid by the day. 9 yuan a day is asked about once, and taken at a second tap.
    CHECK(post->posting().payUnit == QLatin1String("day"));
    k.type(QStringLiteral("postPay"), QStringLiteral("9"));
    k.tap(QStringLiteral("postNext"));
    CHECK(post->step() == KioskPostPage::PayStep);
    // Said to be under the lowest pay the law allows, and that the staff will ask about it.
    CHECK(k.text(QStringLiteral("postError"))
              .startsWith(QLatin1String("Please check: 9 yuan/day is less than 15 yuan an hour, "
                                        "below the lowest pay the law allows here.")));
    CHECK(k.text(QStringLiteral("postError")).contains(QLatin1String("the staff will ask you")));
    k.tap(QStringLiteral("postNext"));
    REQUIRE(post->step() == KioskPostPage::NeedsStep);
    k.tap(QStringLiteral("navBack"));
    // So is a day's pay left under 按小时 by a slip of the finger, and 900 yuan an hour; not
    // 60 yuan an hour.
    k.tap(QStringLiteral("postPayKeyClear"));
    k.type(QStringLiteral("postPay"), QStringLiteral("150"));
    k.tap(QStringLiteral("postPayUnit_hour"));
    k.tap(QStringLiteral("postNext"));
    CHECK(k.text(QStringLiteral("postError"))
              .startsWith(QLatin1String("Please check: 150 yuan/hour. Is the amount right")));
    CHECK(post->step() == KioskPostPage::PayStep);
    k.tap(QStringLiteral("postPayKeyClear"));
    k.type(QStringLiteral("postPay"), QStringLiteral("900"));
    k.tap(QStringLiteral("postNext"));
    CHECK(k.text(QStringLiteral("postError")).startsWith(QLatin1String("Please check")));
    CHECK(post->step() == KioskPostPage::PayStep);
    k.tap(QStringLiteral("postPayKeyClear"));
    k.type(QStringLiteral("postPay"), QStringLiteral("60"));
    k.tap(QStringLiteral("postNext"));
    REQUIRE(post->step() == KioskPostPage::NeedsStep);
    k.tap(QStringLiteral("navBack"));
    // This person pays for the whole job, and says so: not judged.
    k.tap(QStringLiteral("postPayKeyClear"));
    k.tap(QStringLiteral("postPayUnit_project"));
    k.type(QStringLiteral("postPay"), QStringLiteral("3000"));
    k.tap(QStringLiteral("postSettlement_on_completion"));
    // Back to the trade and the same trade (or another) tapped again: the unit stays theirs.
    k.tap(QStringLiteral("navBack"));
    k.tap(QStringLiteral("navBack"));
    k.tap(QStringLiteral("navBack"));
    REQUIRE(post->step() == KioskPostPage::TradeStep);
    k.tap(QStringLiteral("postTrade_泥瓦工"));
    k.tap(QStringLiteral("postTrade_家政保洁"));
    CHECK(post->posting().payUnit == QLatin1String("project"));
    CHECK(post->posting().pay == 3000);
    k.tap(QStringLiteral("postHeadcount_1"));
    k.tap(QStringLiteral("postTrade_泥瓦工"));
    for (int i = 0; i < 3; ++i)
        k.tap(QStringLiteral("postNext"));
    REQUIRE(post->step() == KioskPostPage::PayStep);
    k.tap(QStringLiteral("postNext"));
    REQUIRE(post->step() == KioskPostPage::NeedsStep);
    // No choice limits who may apply, and the step says why: the law does not allow it.
    REQUIRE(k.find<QLabel>(QStringLiteral("postFairHiring")));
    CHECK(k.find<QLabel>(QStringLiteral("postFairHiring"))->isVisible());
    CHECK(k.text(QStringLiteral("postFairHiring")).contains(QStringLiteral("hepatitis B")));
    // 不需要经验 and asking for experience exclude each other.
    k.tap(QStringLiteral("postAsk_experience"));
    k.tap(QStringLiteral("postAsk_heavy"));
    k.tap(QStringLiteral("postAsk_no_experience"));
    CHECK(post->posting().asks ==
          QStringList({QStringLiteral("heavy"), QStringLiteral("no_experience")}));
    k.tap(QStringLiteral("postAsk_certificate"));
    CHECK(post->posting().asks ==
          QStringList({QStringLiteral("heavy"), QStringLiteral("certificate")}));
    // The health certificate is no experience: both may be asked.
    k.tap(QStringLiteral("postAsk_health_cert"));
    k.tap(QStringLiteral("postAsk_no_experience"));
    CHECK(post->posting().asks ==
          QStringList({QStringLiteral("heavy"), QStringLiteral("health_cert"),
                       QStringLiteral("no_experience")}));
    k.tap(QStringLiteral("postAsk_certificate"));
    k.tap(QStringLiteral("postAsk_health_cert"));
    CHECK(post->posting().asks ==
          QStringList({QStringLiteral("heavy"), QStringLiteral("certificate")}));
    // Tools brought and tools provided, likewise.
    k.tap(QStringLiteral("postAsk_own_tools"));
    k.tap(QStringLiteral("postOffer_tools"));
    CHECK_FALSE(post->posting().asks.contains(QStringLiteral("own_tools")));
    k.tap(QStringLiteral("postAsk_own_tools"));
    CHECK(post->posting().offers.isEmpty());
    k.tap(QStringLiteral("postNext"));
    REQUIRE(post->step() == KioskPostPage::PhoneStep);

    // Nothing typed, a landline without its area code, an area code alone: each said plainly.
    k.tap(QStringLiteral("postNext"));
    CHECK(k.text(QStringLiteral("postError")) ==
          QLatin1String("Please enter a mobile number, or a landline with its area code, on the "
                        "keypad."));
    k.type(QStringLiteral("postPhone"), QStringLiteral("5551234"));
    k.tap(QStringLiteral("postNext"));
    CHECK(k.text(QStringLiteral("postError")) ==
          QLatin1String("Please put the area code in front of a landline, for example 0771."));
    k.tap(QStringLiteral("postPhoneKeyClear"));
    k.type(QStringLiteral("postPhone"), QStringLiteral("0771"));
    k.tap(QStringLiteral("postNext"));
    CHECK(k.text(QStringLiteral("postError")).startsWith(QLatin1String("A landline has 7 or 8")));
    k.type(QStringLiteral("postPhone"), QStringLiteral("5551234"));
    k.tap(QStringLiteral("postNext"));
    REQUIRE(post->step() == KioskPostPage::NameStep);
    // A surname not on the grid: no 先生 or 女士 is asked for, and the clerk asks the name.
    k.tap(QStringLiteral("postSurname_other"));
    k.tap(QStringLiteral("postNext"));
    REQUIRE(post->step() == KioskPostPage::ConfirmStep);
    CHECK(k.text(QStringLiteral("postSummary")).contains(QStringLiteral("负责人")));
    CHECK(k.text(QStringLiteral("postSummary")).contains(QLatin1String("0771-***1234")));

    // The store refuses the write: the person is told in plain words, stays on the step with
    // every answer, and nothing half-written remains; the next tap goes through.
    const int jobs = k.t.count(QStringLiteral("job"));
    k.t->database().setFaultInjector([](const QString& sql) -> std::optional<Error> {
        if (sql.contains(QLatin1String("INSERT"), Qt::CaseInsensitive))
            return makeError(QStringLiteral("database"), QStringLiteral("disk I/O error"));
        return std::nullopt;
    });
    k.tap(QStringLiteral("postSubmit"));
    CHECK(post->step() == KioskPostPage::ConfirmStep);
    CHECK(k.text(QStringLiteral("postError")) == KioskText::notSavedNow());
    CHECK_FALSE(k.text(QStringLiteral("postError")).contains(QLatin1String("disk")));
    CHECK(k.t.count(QStringLiteral("job")) == jobs);
    CHECK(k.t.count(QStringLiteral("outbox")) == 0);
    CHECK(post->posting().pay == 3000);
    k.t->database().setFaultInjector({});
    k.tap(QStringLiteral("postSubmit"));
    REQUIRE(post->step() == KioskPostPage::DoneStep);
    CHECK(k.text(QStringLiteral("postDoneText")).contains(QLatin1String("0771-***1234")));
    auto queue = JobService(k.t->store(), k.t->clock(), k.t->audit()).reviewQueue();
    REQUIRE(queue.ok());
    const auto mine =
        std::find_if(queue->jobs.begin(), queue->jobs.end(), [](const StoredEntity& e) {
            return e.data.value(QLatin1String("source")).toString() == QLatin1String("kiosk");
        });
    REQUIRE(mine != queue->jobs.end());
    const QJsonObject contact = mine->data.value(QLatin1String("contact")).toObject();
    CHECK(contact.value(QLatin1String("phone")).toString() == QLatin1String("0771-5551234"));
    CHECK(contact.value(QLatin1String("name")).toString() == QStringLiteral("负责人"));
    CHECK(
        mine->data.value(QLatin1String("pay")).toObject().value(QLatin1String("unit")).toString() ==
        QLatin1String("project"));
}

TEST_CASE("kiosk: a registration the store cannot take says so plainly and keeps the answers",
          "[ui][kiosk]")
{
    Kiosk k;
    k.tap(QStringLiteral("attractStart"));
    const int seekers = k.t.count(QStringLiteral("seeker"));
    KioskRegisterPage* reg = registerUpTo(k, KioskRegisterPage::ConsentStep);
    k.t->database().setFaultInjector([](const QString& sql) -> std::optional<Error> {
        if (sql.contains(QLatin1String("INSERT"), Qt::CaseInsensitive))
            return makeError(QStringLiteral("database"), QStringLiteral("disk I/O error"));
        return std::nullopt;
    });
    k.tap(QStringLiteral("regConsentAgree"));
    CHECK(reg->step() == KioskRegisterPage::ConsentStep);
    CHECK(k.text(QStringLiteral("regError")) == KioskText::notSavedNow());
    CHECK(k.t.count(QStringLiteral("seeker")) == seekers);
    CHECK(reg->form().phone == QLatin1String("13977112233"));
    k.t->database().setFaultInjector({});
    k.tap(QStringLiteral("regConsentAgree"));
    CHECK(reg->step() == KioskRegisterPage::DoneStep);
    CHECK(k.t.count(QStringLiteral("seeker")) == seekers + 1);
}

TEST_CASE("kiosk: an answer takes the warning before 首页 away, and 首页 asks again",
          "[ui][kiosk][post]")
{
    Kiosk k;
    k.tap(QStringLiteral("attractStart"));
    KioskRegisterPage* reg = registerUpTo(k, KioskRegisterPage::TradesStep);
    k.tap(QStringLiteral("navHome"));
    REQUIRE(k.find(QStringLiteral("regError"))->isVisible());
    k.tap(QStringLiteral("regTrade_电工"));
    CHECK_FALSE(k.find(QStringLiteral("regError"))->isVisible());
    k.tap(QStringLiteral("navHome"));
    CHECK(k.page() == QLatin1String("kioskRegister"));
    CHECK(reg->form().wantedOccupations == QStringList{QStringLiteral("电工")});
    k.tap(QStringLiteral("navHome"));
    CHECK(k.page() == QLatin1String("kioskHome"));
}

TEST_CASE("kiosk: 我要招工 keeps the unit of an amount typed and judges pay by the hours chosen",
          "[ui][kiosk][post]")
{
    Kiosk k;
    KioskPostPage* post = postToPay(k);
    k.type(QStringLiteral("postPay"), QStringLiteral("200"));
    CHECK(post->posting().payUnit == QLatin1String("day"));
    // Another trade, usually paid by the hour, tapped after the amount: 200 stays a day's pay.
    for (int i = 0; i < 3; ++i)
        k.tap(QStringLiteral("navBack"));
    k.tap(QStringLiteral("postTrade_家政保洁"));
    CHECK(post->posting().payUnit == QLatin1String("day"));
    CHECK(post->posting().pay == 200);

    // 100 yuan for a morning's work is 25 an hour: no question. For a whole day it is asked.
    k.tap(QStringLiteral("postNext"));
    k.tap(QStringLiteral("postNext"));
    REQUIRE(post->step() == KioskPostPage::WhenStep);
    k.tap(QStringLiteral("postHours_morning"));
    k.tap(QStringLiteral("postNext"));
    k.tap(QStringLiteral("postPayKeyClear"));
    k.type(QStringLiteral("postPay"), QStringLiteral("100"));
    k.tap(QStringLiteral("postNext"));
    CHECK(post->step() == KioskPostPage::NeedsStep);
    k.tap(QStringLiteral("navBack"));
    k.tap(QStringLiteral("navBack"));
    k.tap(QStringLiteral("postHours_day"));
    k.tap(QStringLiteral("postNext"));
    k.tap(QStringLiteral("postNext"));
    CHECK(post->step() == KioskPostPage::PayStep);
    CHECK(k.text(QStringLiteral("postError")).startsWith(QLatin1String("Please check")));
}

TEST_CASE("kiosk: an urgent notice from the window is on every screen while it is active and "
          "read aloud once",
          "[ui][kiosk]")
{
    Kiosk k;
    KioskUrgentBar* bar = k.window->urgentBar();
    // The demo's notice is for tomorrow: nothing yet.
    CHECK(bar->isHidden());
    const QTimeZone hall(8 * 3600);
    const QDateTime now = k.t.clock().now().toTimeZone(hall); // 10:00 hall time
    const auto notice = [&](const QString& title, const QDateTime& from, const QDateTime& until,
                            const QString& phone = QStringLiteral("0771-5550000")) {
        QJsonObject d{{QStringLiteral("kind"), QStringLiteral("urgent")},
                      {QStringLiteral("title"), title},
                      {QStringLiteral("body"), QStringLiteral("Use the east stairs.")},
                      {QStringLiteral("extra"),
                       QJsonObject{{QStringLiteral("contact"), QStringLiteral("Window 3")},
                                   {QStringLiteral("phone"), phone}}},
                      {QStringLiteral("valid_until"), until.toString(Qt::ISODate)}};
        if (from.isValid())
            d.insert(QStringLiteral("valid_from"), from.toString(Qt::ISODate));
        REQUIRE(k.t->store().save(entities::content(), EntityStore::newId(), d).ok());
        k.window->storeWatcher().poll();
        Kiosk::settle();
    };
    const auto at = [&](int minutes) {
        k.t.clock().set(now.addSecs(minutes * 60));
        k.window->idle().activity(); // someone is at the kiosk
        k.window->refreshUrgent();
        Kiosk::settle();
    };
    auto* speaker = new RecordingSpeaker;
    k.window->setSpeaker(speaker);
    speaker->becomeAvailable();
    const auto hear = [] { QTest::qWait(KioskWindow::kSpeakAfterMs + 100); };

    // Saved at the window while the kiosk runs: shown at once, on the waiting screen too.
    notice(QStringLiteral("Lift out of order"), {}, now.addSecs(3600));
    REQUIRE(bar->isVisible());
    // On a wide screen, in the top bar beside the hall's name: the headline, then until when and
    // whom to ask; the text is a tap away. The screens under it keep their height.
    CHECK(bar->parentWidget()->objectName() == QLatin1String("kioskTopBar"));
    CHECK(k.text(QStringLiteral("kioskUrgentTitle")) == QLatin1String("Lift out of order"));
    CHECK(k.text(QStringLiteral("kioskUrgentPill")) == QLatin1String("Urgent notice"));
    // (In one line, cut where the room ends.)
    const auto whole = [&k](const char* label) {
        return k.find<QLabel>(QLatin1String(label))->property("fullText").toString();
    };
    CHECK(k.text(QStringLiteral("kioskUrgentBody")).startsWith(QStringLiteral("Until 11:00")));
    CHECK(whole("kioskUrgentBody").contains(QStringLiteral("Ask: Window 3 0771-5550000")));
    CHECK(k.find(QStringLiteral("kioskUrgentMore"))->isVisible());
    CHECK(k.find(QStringLiteral("kioskTitle"))->isVisible());
    // On a tall one, a band of one line of its own under the top bar.
    k.window->resize(1080, 1920);
    Kiosk::settle();
    CHECK(bar->parentWidget() == k.window.get());
    CHECK(bar->isVisible());
    CHECK(k.find(QStringLiteral("kioskUrgentBody"))->isHidden());
    CHECK(whole("kioskUrgentTitle").startsWith(QStringLiteral("Lift out of order　Until 11:00")));
    k.window->resize(1920, 1080);
    Kiosk::settle();
    CHECK(bar->parentWidget()->objectName() == QLatin1String("kioskTopBar"));

    // On every screen, as high whatever the notice says.
    k.tap(QStringLiteral("attractStart"));
    k.tap(QStringLiteral("homeFindWork"));
    k.tap(QStringLiteral("tradesAll"));
    CHECK(bar->isVisible());
    const int height = bar->height();

    // A tap on the band shows the whole notice; 知道了 closes it.
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->rect().center());
    Kiosk::settle();
    REQUIRE(k.window->urgentPanel()->isVisible());
    CHECK(k.text(QStringLiteral("urgentPanelTitle")) == QLatin1String("Lift out of order"));
    CHECK(k.text(QStringLiteral("urgentPanelWhen")).contains(QStringLiteral("Window 3")));
    k.tap(QStringLiteral("urgentClose"));
    CHECK_FALSE(k.window->urgentPanel()->isVisible());

    // Read aloud once, before the screen, and not again at the next tap.
    k.tap(QStringLiteral("kioskVoice"));
    hear();
    REQUIRE(speaker->said.size() == 1);
    CHECK(speaker->said.last().startsWith(QStringLiteral("Urgent notice. Lift out of order.")));
    CHECK(speaker->said.last().contains(QStringLiteral("All open jobs")));
    k.tap(QStringLiteral("jobCard_0"));
    hear();
    REQUIRE(speaker->said.size() == 2);
    CHECK_FALSE(speaker->said.last().contains(QStringLiteral("Lift out of order")));

    // One that starts later is not shown before its time. When it starts it is shown first and
    // read alone, the screen after it (it cut short what was being read).
    at(1);
    notice(QStringLiteral("Hall closes early"), now.addSecs(1800), now.addSecs(7200),
           QStringLiteral("13812345678"));
    CHECK(k.text(QStringLiteral("kioskUrgentTitle")) == QLatin1String("Lift out of order"));
    at(30);
    CHECK(k.text(QStringLiteral("kioskUrgentTitle")) == QLatin1String("Hall closes early"));
    CHECK(k.text(QStringLiteral("kioskUrgentPill")) == QLatin1String("Urgent notice 1/2"));
    CHECK(bar->height() == height);
    hear();
    REQUIRE(speaker->said.size() == 3);
    CHECK(speaker->said.last().startsWith(QStringLiteral("Urgent notice. Hall closes early.")));
    CHECK_FALSE(speaker->said.last().contains(QStringLiteral("Lift out of order")));
    // A mobile to ask on is shown, never said for the hall to hear.
    CHECK(whole("kioskUrgentBody").contains(QStringLiteral("13812345678")));
    CHECK_FALSE(speaker->said.last().contains(QStringLiteral("13812345678")));
    CHECK_FALSE(speaker->said.last().contains(QStringLiteral("5678")));

    // They take turns, a new one first for a whole turn; one read before is not read again.
    const QDateTime turn = k.t.clock().now();
    bar->next(turn);
    CHECK(k.text(QStringLiteral("kioskUrgentTitle")) == QLatin1String("Hall closes early"));
    bar->next(turn.addSecs(KioskUrgentBar::kTurnSec - 1));
    CHECK(k.text(QStringLiteral("kioskUrgentTitle")) == QLatin1String("Hall closes early"));
    bar->next(turn.addSecs(KioskUrgentBar::kTurnSec));
    k.window->refreshUrgent();
    Kiosk::settle();
    CHECK(k.text(QStringLiteral("kioskUrgentTitle")) == QLatin1String("Lift out of order"));
    CHECK(k.text(QStringLiteral("kioskUrgentPill")) == QLatin1String("Urgent notice 2/2"));
    hear();
    CHECK(speaker->said.size() == 3);

    // Each goes at its end, the band with the last, and nothing more is said of them.
    at(60);
    CHECK(k.text(QStringLiteral("kioskUrgentTitle")) == QLatin1String("Hall closes early"));
    CHECK(k.text(QStringLiteral("kioskUrgentPill")) == QLatin1String("Urgent notice"));
    hear();
    CHECK(speaker->said.size() == 3);
    // As the band goes, the screen moves up under the finger: a tap just then does nothing.
    k.window->setTapGuardMs(KioskWindow::kTapGuardMs);
    at(120);
    CHECK(bar->isHidden());
    QWidget* apply = k.find(QStringLiteral("detailApply"));
    QTest::mouseClick(apply, Qt::LeftButton, {}, apply->rect().center());
    Kiosk::settle();
    CHECK(k.page() == QLatin1String("kioskJobDetail"));
    k.window->setTapGuardMs(0);
    hear();
    CHECK(speaker->said.size() == 3);

    // One given a day runs through that day, and says so.
    REQUIRE(
        k.t->store()
            .save(entities::content(), EntityStore::newId(),
                  QJsonObject{{QStringLiteral("kind"), QStringLiteral("urgent")},
                              {QStringLiteral("title"), QStringLiteral("Lift out of order")},
                              {QStringLiteral("valid_until"),
                               k.t.clock().now().toTimeZone(hall).date().toString(Qt::ISODate)}})
            .ok());
    k.window->storeWatcher().poll();
    Kiosk::settle();
    REQUIRE(bar->isVisible());
    CHECK(k.text(QStringLiteral("kioskUrgentBody")).startsWith(QStringLiteral("Until today")));
}

TEST_CASE("kiosk: the whole urgent notice holds all its text, 知道了 inside the panel's edge",
          "[ui][kiosk]")
{
    const QTimeZone hall(8 * 3600);
    for (const QSize size : {QSize(1920, 1080), QSize(1080, 1920)}) {
        for (const bool large : {false, true}) {
            Kiosk k(Config{}, size);
            k.window->setLargeText(large);
            const QDateTime now = k.t.clock().now().toTimeZone(hall);
            // A body of several lines, as a fire drill's notice runs.
            QString body;
            for (int i = 0; i < 6; ++i)
                body += QStringLiteral("Leave by the east stairs and wait in the square. ");
            REQUIRE(k.t->store()
                        .save(entities::content(), EntityStore::newId(),
                              QJsonObject{{QStringLiteral("kind"), QStringLiteral("urgent")},
                                          {QStringLiteral("title"), QStringLiteral("Fire drill")},
                                          {QStringLiteral("body"), body},
                                          {QStringLiteral("valid_until"),
                                           now.addSecs(3600).toString(Qt::ISODate)}})
                        .ok());
            k.window->storeWatcher().poll();
            Kiosk::settle();
            KioskUrgentBar* bar = k.window->urgentBar();
            REQUIRE(bar->isVisible());
            QTest::mouseClick(bar, Qt::LeftButton, {}, bar->rect().center());
            Kiosk::settle();
            REQUIRE(k.window->urgentPanel()->isVisible());
            auto* close = k.find<QPushButton>(QStringLiteral("urgentClose"));
            auto* frame = qobject_cast<QFrame*>(close->parentWidget());
            REQUIRE(frame);
            INFO(size.width() << "x" << size.height() << " large text " << large);
            // Every line of the text has its room, and the button its margin under it.
            for (QLabel* label : frame->findChildren<QLabel*>()) {
                if (label->isVisible())
                    CHECK(label->height() >= label->heightForWidth(label->width()));
            }
            const int bottom = frame->layout()->contentsMargins().bottom();
            CHECK(close->geometry().bottom() + bottom < frame->height());
            CHECK(frame->geometry().bottom() < k.window->urgentPanel()->height());
            k.tap(QStringLiteral("urgentClose"));
            CHECK_FALSE(k.window->urgentPanel()->isVisible());
        }
    }
}

TEST_CASE("kiosk: every button on every screen is at least a touch target, on every panel and in "
          "large text",
          "[ui][kiosk]")
{
    for (const QSize panel : {QSize(1920, 1080), QSize(1080, 1920), QSize(1366, 768)}) {
        Kiosk k(Config{}, panel);
        // 20 mm on the panel: 96 px at 1080p, fewer on a smaller panel (rounded down there).
        const int target = KioskStyle::minTarget() - 1;
        const auto check = [&](const char* screen) {
            Kiosk::settle();
            for (QPushButton* b : k.window->findChildren<QPushButton*>()) {
                if (!b->isVisible())
                    continue;
                INFO(panel.width()
                     << "x" << panel.height() << " large text " << k.window->largeText() << " "
                     << screen << ": " << b->objectName().toStdString() << " "
                     << b->text().toStdString() << " " << b->width() << "x" << b->height());
                CHECK(b->width() >= target);
                CHECK(b->height() >= target);
            }
        };
        for (const bool large : {false, true}) {
            k.window->showAttract();
            k.window->setLargeText(large);
            check("attract");
            k.window->goHome();
            check("home");
            k.window->openService(QStringLiteral("jobs"));
            check("trades");
            k.tap(QStringLiteral("tradesAll"));
            check("jobs");
            k.tap(QStringLiteral("jobCard_0"));
            check("job");
            k.tap(QStringLiteral("detailApply"));
            check("apply");
            k.window->goHome();
            k.window->openService(QStringLiteral("register"));
            for (int s = KioskRegisterPage::IdStep; s <= KioskRegisterPage::ConsentStep; ++s) {
                k.window->registerPage()->goToStep(s);
                check("register");
            }
            k.window->goHome();
            k.window->openService(QStringLiteral("post"));
            for (int s = KioskPostPage::TradeStep; s <= KioskPostPage::ConfirmStep; ++s) {
                k.window->postPage()->goToStep(s);
                check("post");
            }
            // A refusal beside 下一步 leaves the surnames their size.
            k.window->postPage()->goToStep(KioskPostPage::NameStep);
            k.tap(QStringLiteral("postNext"));
            REQUIRE(k.find(QStringLiteral("postError"))->isVisible());
            check("post refused");
            for (const char* service : {"training", "policy", "rights", "market", "online"}) {
                k.window->goHome();
                k.window->openService(QString::fromLatin1(service));
                check(service);
            }
            k.window->goHome();
            k.window->openService(QStringLiteral("rights"));
            k.tap(QStringLiteral("rightsCallback"));
            check("call-back");
        }
    }
}

TEST_CASE("kiosk: the star of the first trade chosen moves no chip and changes no chip's size",
          "[ui][kiosk]")
{
    for (const QSize panel : {QSize(1920, 1080), QSize(1080, 1920), QSize(1366, 768),
                              QSize(1280, 1024), QSize(768, 1366)}) {
        for (const bool large : {false, true}) {
            INFO(panel.width() << "x" << panel.height() << " large text " << large);
            Kiosk k(Config{}, panel);
            k.window->setLargeText(large);
            k.tap(QStringLiteral("attractStart"));
            registerUpTo(k, KioskRegisterPage::TradesStep);
            auto* group = k.find<TouchChipGroup>(QStringLiteral("regTradeChips"));
            const auto places = [&] {
                std::vector<QRect> out;
                for (QPushButton* b : group->findChildren<QPushButton*>())
                    out.push_back(b->geometry());
                return out;
            };
            const std::vector<QRect> before = places();
            // Each trade in turn as the first choice: no chip moves or changes its size (the
            // room for the star is kept on every chip), and the star's chip shows its whole
            // label.
            const QList<QPushButton*> chips = group->findChildren<QPushButton*>();
            for (QPushButton* b : chips) {
                if (!b->isVisible())
                    continue;
                INFO(b->objectName().toStdString());
                k.tap(b->objectName());
                auto* mark = b->findChild<QLabel*>(QStringLiteral("chipMark"));
                REQUIRE(mark);
                REQUIRE(mark->isVisible());
                // In the corner, clear of the chip's words, inside it.
                CHECK(b->rect().contains(mark->geometry()));
                const QSize words(b->fontMetrics().horizontalAdvance(b->text()) +
                                      (b->icon().isNull() ? 0 : b->iconSize().width() + 4),
                                  std::max(b->fontMetrics().tightBoundingRect(b->text()).height(),
                                           b->icon().isNull() ? 0 : b->iconSize().height()));
                QRect content(QPoint(), words);
                content.moveCenter(b->rect().center());
                CHECK_FALSE(content.intersects(mark->geometry()));
                CHECK(b->width() >= b->sizeHint().width());
                const std::vector<QRect> after = places();
                for (size_t i = 0; i < after.size(); ++i) {
                    INFO(chips.at(int(i))->objectName().toStdString());
                    CHECK(after[i] == before[i]);
                }
                k.tap(b->objectName());
            }
        }
    }
}

TEST_CASE("a message under the pay keypad is brought into sight in large text, on any screen",
          "[ui][kiosk]")
{
    for (const QSize size : {QSize(1080, 1920), QSize(1920, 1080), QSize(1366, 768)}) {
        INFO(size.width() << "x" << size.height());
        Kiosk k(Config{}, size);
        k.window->setLargeText(true);
        Kiosk::settle();
        KioskPostPage* post = postToPay(k);
        k.tap(QStringLiteral("postNext")); // no amount
        Kiosk::settle();
        REQUIRE(post->step() == KioskPostPage::PayStep);
        QWidget* error = k.find(QStringLiteral("postError"));
        REQUIRE(error->isVisible());
        // Whole within what the screen shows of it: its scroll area's viewport, if it is in one.
        QRect seen = k.window->rect();
        for (QWidget* w = error->parentWidget(); w; w = w->parentWidget()) {
            if (auto* area = qobject_cast<QScrollArea*>(w)) {
                seen = QRect(area->viewport()->mapTo(k.window.get(), QPoint(0, 0)),
                             area->viewport()->size());
                break;
            }
        }
        const QRect at(error->mapTo(k.window.get(), QPoint(0, 0)), error->size());
        CHECK(seen.contains(at));
    }
}
