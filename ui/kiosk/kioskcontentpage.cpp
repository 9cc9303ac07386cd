#include "kioskcontentpage.h"

#include "common/kioskstyle.h"
#include "common/scrollmorehint.h"
#include "contentservice.h"
#include "kioskqueries.h"
#include "kiosktext.h"

#include <QEvent>
#include <QFile>
#include <QFrame>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QScroller>
#include <QVBoxLayout>

namespace lingong {

namespace {

QString objectNameFor(KioskContentPage::Kind kind)
{
    switch (kind) {
    case KioskContentPage::Kind::Training:
        return QStringLiteral("kioskTraining");
    case KioskContentPage::Kind::Policy:
        return QStringLiteral("kioskPolicy");
    case KioskContentPage::Kind::Market:
        return QStringLiteral("kioskMarket");
    }
    return {};
}

} // namespace

KioskContentPage::KioskContentPage(Terminal& terminal, Kind kind, QWidget* parent)
    : KioskPage(terminal, objectNameFor(kind), QString(), parent)
    , m_kind(kind)
{
    switch (kind) {
    case Kind::Training:
        setTitle(tr("Training and starting a business"));
        break;
    case Kind::Policy:
        setTitle(tr("Employment policies"));
        break;
    case Kind::Market:
        setTitle(tr("About this market"));
        break;
    }
    if (kind == Kind::Policy) {
        m_welfare =
            KioskStyle::button(QString(), "primary", QStringLiteral("policyWelfareJobs"), this);
        connect(m_welfare, &QPushButton::clicked, this, &KioskContentPage::publicWelfareRequested);
        // As wide as the page, however long its words: they wrap instead (wrapWelfare).
        m_welfare->setSizePolicy(QSizePolicy::Ignored, m_welfare->sizePolicy().verticalPolicy());
        m_welfare->installEventFilter(this);
        body()->addWidget(m_welfare);
    }
    auto* scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setObjectName(objectName() + QStringLiteral("Scroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QScroller::grabGesture(scroll->viewport(), QScroller::LeftMouseButtonGesture);
    auto* inner = new QWidget(scroll);
    m_list = new QVBoxLayout(inner);
    m_list->setContentsMargins(0, 0, KioskStyle::px(12), 0);
    m_list->setSpacing(KioskStyle::px(16));
    scroll->setWidget(inner);
    new ScrollMoreHint(scroll);
    new ScrollBackHint(scroll);
    body()->addWidget(scroll, 1);
    refresh();
}

bool KioskContentPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_welfare &&
        (event->type() == QEvent::Resize || event->type() == QEvent::FontChange))
        wrapWelfare();
    return KioskPage::eventFilter(watched, event);
}

void KioskContentPage::wrapWelfare()
{
    // The style sheet's padding (18 px each side) and border (3 px).
    const int room = m_welfare->width() - 2 * (KioskStyle::px(18) + KioskStyle::px(3));
    const QString wrapped =
        room > 0 ? KioskText::wrapWords(m_welfareText, m_welfare->fontMetrics(), room)
                 : m_welfareText;
    if (m_welfare->text() != wrapped)
        m_welfare->setText(wrapped);
    m_welfare->setAccessibleName(m_welfareText);
}

void KioskContentPage::reset()
{
    // The next person starts at the top, with the section headings.
    m_scroll->verticalScrollBar()->setValue(0);
}

void KioskContentPage::refresh()
{
    while (QLayoutItem* item = m_list->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_items = 0;
    switch (m_kind) {
    case Kind::Training:
        addSection(tr("Training courses"), QStringLiteral("training"));
        addSection(tr("Training schools"), QStringLiteral("institution"));
        addSection(tr("Starting a business"), QStringLiteral("business"));
        break;
    case Kind::Policy: {
        JobQuery q;
        q.today = m_terminal.clock().today();
        q.publicWelfare = true;
        q.limit = 0;
        auto page = m_terminal.jobs().search(q);
        const int n = page.ok() ? page.value().total : 0;
        m_welfareText = tr("Public-welfare jobs: %n open now. Tap here to see them", nullptr, n);
        wrapWelfare();
        m_welfare->setEnabled(n > 0);
        addSection(QString(), QStringLiteral("policy"));
        break;
    }
    case Kind::Market:
        addMarketInfo();
        break;
    }
    m_list->addStretch(1);
}

void KioskContentPage::addSection(const QString& heading, const QString& kind)
{
    auto items = KioskQueries(m_terminal.database()).content(kind, m_terminal.clock().today());
    if (!items.ok() || items.value().empty())
        return;
    if (!heading.isEmpty())
        m_list->addWidget(KioskStyle::label(heading, "h2", m_list->parentWidget()));
    static const std::pair<const char*, const char*> detailKeys[] = {
        {"institution", QT_TR_NOOP("Run by: %1")},
        {"start", QT_TR_NOOP("Starts: %1")},
        {"cost", QT_TR_NOOP("Cost: %1")},
        {"phone", QT_TR_NOOP("Phone: %1")},
        {"source", QT_TR_NOOP("Issued by: %1")}};
    for (const StoredEntity& e : items.value()) {
        const QJsonObject extra = e.data.value(QLatin1String("extra")).toObject();
        QStringList details;
        for (const auto& [key, format] : detailKeys) {
            QString v = extra.value(QLatin1String(key)).toString();
            // A start typed as a date reads like every other date on the kiosk (12月5日).
            if (qstrcmp(key, "start") == 0 && QDate::fromString(v, Qt::ISODate).isValid())
                v = KioskText::dateText(v, m_terminal.clock().today());
            if (!v.isEmpty())
                details << tr(format).arg(v);
        }
        // A course or a start-up service: the person can ask to be called about it (T1, T2).
        const QString ask = kind == QLatin1String("training")   ? QStringLiteral("培训报名")
                            : kind == QLatin1String("business") ? QStringLiteral("创业咨询")
                                                                : QString();
        addCard(e.data.value(QLatin1String("title")).toString(),
                e.data.value(QLatin1String("body")).toString(), details,
                QStringLiteral("content_%1_%2").arg(kind).arg(m_items), ask);
    }
}

void KioskContentPage::addCard(const QString& title, const QString& text,
                               const QStringList& details, const QString& objectName,
                               const QString& askCategory)
{
    auto* card = new QFrame(m_list->parentWidget());
    card->setObjectName(objectName);
    card->setProperty("role", QStringLiteral("card"));
    auto* l = new QVBoxLayout(card);
    l->setContentsMargins(KioskStyle::px(28), KioskStyle::px(20), KioskStyle::px(28),
                          KioskStyle::px(20));
    l->setSpacing(KioskStyle::px(8));
    if (!title.isEmpty())
        l->addWidget(KioskStyle::label(title, "h2", card));
    if (!text.isEmpty())
        l->addWidget(KioskStyle::label(text, "body", card));
    for (const QString& d : details)
        l->addWidget(KioskStyle::label(d, "field", card));
    if (!askCategory.isEmpty()) {
        auto* ask = KioskStyle::button(askCategory == QStringLiteral("培训报名")
                                           ? tr("I want to join: call me")
                                           : tr("I want advice: call me"),
                                       "secondary", objectName + QStringLiteral("_ask"), card);
        ask->setMinimumHeight(KioskStyle::px(96));
        connect(ask, &QPushButton::clicked, this,
                [this, askCategory, title] { emit enquiryRequested(askCategory, title); });
        l->addSpacing(KioskStyle::px(8));
        l->addWidget(ask, 0, Qt::AlignLeft);
    }
    m_list->addWidget(card);
    ++m_items;
}

void KioskContentPage::addMarketInfo()
{
    const Config& c = m_terminal.config();
    QString text;
    QStringList more;
    QJsonObject extra;
    auto items = KioskQueries(m_terminal.database())
                     .content(QStringLiteral("market"), m_terminal.clock().today());
    if (items.ok() && !items.value().empty()) {
        const QJsonObject& d = items.value().front().data;
        extra = d.value(QLatin1String("extra")).toObject();
        text = d.value(QLatin1String("body")).toString();
        static const std::pair<const char*, const char*> keys[] = {
            {"nature", QT_TR_NOOP("Kind of market: %1")},
            {"services", QT_TR_NOOP("Services: %1")},
            {"occupations", QT_TR_NOOP("Main trades: %1")},
            {"seeker_scale", QT_TR_NOOP("Job seekers: %1")},
            {"daily_placements", QT_TR_NOOP("Placements a day: %1")}};
        for (const auto& [key, format] : keys) {
            QString v = ContentService::extraText(extra, key);
            // The kinds of market the rules name (L4) read in the person's language.
            if (QLatin1String(key) == QLatin1String("nature"))
                v = ContentService::marketNatureLabel(v);
            if (!v.isEmpty())
                more << tr(format).arg(v);
        }
    }
    // The address, hours and telephone the clerks wrote in the market's entry; the terminal's
    // settings where it says nothing.
    const QStringList details{
        tr("Address: %1").arg(ContentService::marketDetail(extra, "address", c.address)),
        tr("Opening hours: %1").arg(ContentService::marketDetail(extra, "hours", c.openingHours)),
        tr("Service hotline: %1").arg(ContentService::marketDetail(extra, "phone", c.hotline))};
    addCard(c.hallName, text, details + more, QStringLiteral("marketInfo"));

    // A map picture, if the hall configured one ("kiosk": {"map_image": "/path/map.png"}).
    const QString map =
        c.raw.value(QLatin1String("kiosk")).toObject().value(QLatin1String("map_image")).toString();
    if (!map.isEmpty() && QFile::exists(map)) {
        QPixmap pm(map);
        if (!pm.isNull()) {
            auto* picture = new QLabel(m_list->parentWidget());
            picture->setObjectName(QStringLiteral("marketMap"));
            picture->setPixmap(pm.scaled(KioskStyle::px(1000), KioskStyle::px(700),
                                         Qt::KeepAspectRatio, Qt::SmoothTransformation));
            picture->setAlignment(Qt::AlignCenter);
            m_list->addWidget(picture);
        }
    }
}

} // namespace lingong
