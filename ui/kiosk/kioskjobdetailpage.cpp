#include "kioskjobdetailpage.h"

#include "common/kioskstyle.h"
#include "common/qrcode.h"
#include "common/scrollmorehint.h"
#include "kiosktext.h"
#include "masking.h"
#include "places.h"

#include <QBoxLayout>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QScroller>
#include <QTimer>

#include <algorithm>

namespace lingong {

KioskJobDetailPage::KioskJobDetailPage(Terminal& terminal, QWidget* parent)
    : KioskPage(terminal, QStringLiteral("kioskJobDetail"), QString(), parent)
{
    auto* head = new QHBoxLayout;
    m_pay = KioskStyle::label(QString(), "pay", this);
    m_pay->setObjectName(QStringLiteral("detailPay"));
    m_pay->setWordWrap(false);
    head->addWidget(m_pay);
    // The same badges as on the job cards: 日结 green, 周结, 月结 and 完工结 outlined, 公益性岗位
    // crimson.
    m_settled = KioskStyle::label(QString(), "badge", this);
    m_settled->setObjectName(QStringLiteral("detailSettlement"));
    m_settled->setWordWrap(false);
    head->addWidget(m_settled);
    m_welfare = KioskStyle::label(tr("Public welfare"), "welfare", this);
    m_welfare->setObjectName(QStringLiteral("detailWelfare"));
    m_welfare->setWordWrap(false);
    head->addWidget(m_welfare);
    head->addStretch(1);
    body()->addLayout(head);
    m_closed = KioskStyle::label(QString(), "error", this);
    m_closed->setObjectName(QStringLiteral("detailClosed"));
    m_closed->hide();
    body()->addWidget(m_closed);
    m_appliedNote = KioskStyle::label(QString(), "success", this);
    m_appliedNote->setObjectName(QStringLiteral("detailApplied"));
    m_appliedNote->hide();
    body()->addWidget(m_appliedNote);

    m_columns = new QBoxLayout(QBoxLayout::LeftToRight);
    m_columns->setSpacing(KioskStyle::px(32));
    body()->addLayout(m_columns, 1);

    auto* scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setObjectName(QStringLiteral("detailScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QScroller::grabGesture(scroll->viewport(), QScroller::LeftMouseButtonGesture);
    auto* inner = new QWidget(scroll);
    m_fields = new QGridLayout(inner);
    m_fields->setHorizontalSpacing(KioskStyle::px(24));
    m_fields->setVerticalSpacing(KioskStyle::px(10));
    m_fields->setColumnStretch(1, 1);
    scroll->setWidget(inner);
    auto* more = new ScrollMoreHint(scroll);
    more->setObjectName(QStringLiteral("detailMore"));
    auto* back = new ScrollBackHint(scroll);
    back->setObjectName(QStringLiteral("detailBack"));
    m_columns->addWidget(scroll, 1);

    m_side = new QBoxLayout(QBoxLayout::TopToBottom);
    m_side->setSpacing(KioskStyle::px(16));
    auto* qrBlock = new QVBoxLayout;
    m_qr = new QLabel(this);
    m_qr->setObjectName(QStringLiteral("detailQr"));
    m_qr->setAlignment(Qt::AlignCenter);
    qrBlock->addWidget(m_qr, 0, Qt::AlignHCenter);
    m_qrCaption = KioskStyle::label(tr("Scan with your phone to keep this job"), "note", this);
    m_qrCaption->setAlignment(Qt::AlignCenter);
    m_qrCaption->setMinimumWidth(KioskStyle::px(360));
    // No alignment of its own: as wide as the column, and as tall as its lines need (a layout
    // item with an alignment would keep one line's height).
    qrBlock->addWidget(m_qrCaption);
    m_side->addLayout(qrBlock);
    m_side->addStretch(1);
    m_apply = KioskStyle::button(tr("Apply for this job"), "primary", QStringLiteral("detailApply"),
                                 this);
    // As wide as its longer words (after applying) from the start: it does not move then.
    m_apply->setMinimumWidth(KioskStyle::px(380));
    m_applyWords = {tr("Apply for this job"), tr("Apply with another mobile")};
    m_apply->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (m_open)
            emit applyRequested(m_jobId);
    });
    m_side->addWidget(m_apply);
    m_columns->addLayout(m_side);
}

void KioskJobDetailPage::showJob(const QString& jobId)
{
    m_jobId = jobId;
    refresh();
    // A job opened is read from its head, wherever the last one was left.
    m_scroll->verticalScrollBar()->setValue(0);
}

void KioskJobDetailPage::fitApply()
{
    const QString now = m_apply->text();
    int widest = 0;
    for (const QString& words : std::as_const(m_applyWords)) {
        m_apply->setText(words);
        widest = std::max(widest, m_apply->sizeHint().width());
    }
    m_apply->setText(now);
    m_apply->setMinimumWidth(std::max(KioskStyle::px(380), widest));
}

void KioskJobDetailPage::changeEvent(QEvent* event)
{
    KioskPage::changeEvent(event);
    // Measured once the button has its new look too (it is restyled after the page).
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::FontChange)
        QTimer::singleShot(0, this, &KioskJobDetailPage::fitApply);
}

void KioskJobDetailPage::markApplied(const QString& jobId)
{
    m_applied.insert(jobId);
    if (jobId == m_jobId)
        fill();
}

void KioskJobDetailPage::reset()
{
    m_applied.clear();
    m_jobId.clear();
    m_job = {};
    m_open = false;
    fill();
}

void KioskJobDetailPage::refresh()
{
    m_job = {};
    m_open = false;
    if (!m_jobId.isEmpty()) {
        auto got = m_terminal.store().get(entities::job(), m_jobId);
        if (got.ok() && got.value()) {
            m_job = got.value()->data;
            m_open =
                m_job.value(QLatin1String("status")).toString() == QLatin1String("published") &&
                m_job.value(QLatin1String("valid_until")).toString() >=
                    m_terminal.clock().today().toString(Qt::ISODate);
        }
    }
    fill();
}

void KioskJobDetailPage::setPortrait(bool portrait)
{
    KioskPage::setPortrait(portrait);
    m_columns->setDirection(portrait ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    m_side->setDirection(portrait ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    placeFields();
}

void KioskJobDetailPage::addField(const QString& name, const QString& value,
                                  const QString& objectName)
{
    auto* n = KioskStyle::label(name, "field", m_fields->parentWidget());
    n->setAlignment(Qt::AlignRight | Qt::AlignTop);
    auto* v = KioskStyle::label(value.isEmpty() ? tr("not given") : value, "body",
                                m_fields->parentWidget());
    v->setObjectName(objectName);
    // A value beside a taller neighbour stays on its label's line.
    v->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_fieldLabels.append(Field{n, v});
}

void KioskJobDetailPage::placeFields()
{
    for (const Field& f : std::as_const(m_fieldLabels)) {
        m_fields->removeWidget(f.name);
        m_fields->removeWidget(f.value);
    }
    for (int c = 0; c < 4; ++c)
        m_fields->setColumnStretch(c, 0);
    if (m_fieldLabels.isEmpty())
        return;
    // The last field (the description) runs across the whole width; the others fill one column
    // on a tall screen and two side by side on a wide one, so everything shows without scrolling.
    const int columns = isPortrait() ? 1 : 2;
    const int n = int(m_fieldLabels.size()) - 1;
    const int rows = (n + columns - 1) / columns;
    for (int i = 0; i < n; ++i) {
        const int col = (i / rows) * 2;
        m_fields->addWidget(m_fieldLabels[i].name, i % rows, col);
        m_fields->addWidget(m_fieldLabels[i].value, i % rows, col + 1);
    }
    const Field& last = m_fieldLabels.last();
    m_fields->addWidget(last.name, rows, 0);
    m_fields->addWidget(last.value, rows, 1, 1, columns * 2 - 1);
    m_fields->setColumnStretch(1, 1);
    if (columns == 2)
        m_fields->setColumnStretch(3, 1);
    for (int r = 0; r <= rows + 1; ++r)
        m_fields->setRowStretch(r, r == rows + 1 ? 1 : 0);
}

void KioskJobDetailPage::fill()
{
    for (const Field& f : std::as_const(m_fieldLabels)) {
        delete f.name;
        delete f.value;
    }
    m_fieldLabels.clear();
    const QJsonObject& d = m_job;
    if (d.isEmpty()) {
        setTitle(tr("This job is no longer shown"));
        m_pay->clear();
        m_settled->hide();
        m_welfare->hide();
        m_qr->clear();
        m_closed->setText(tr("The employer has withdrawn this job or it has been filled. Please "
                             "go back and choose another one."));
        m_closed->setVisible(!m_jobId.isEmpty());
        m_appliedNote->hide();
        m_apply->setText(m_applyWords.at(0));
        m_apply->setEnabled(false);
        return;
    }
    auto at = [&d](const char* path) {
        return EntitySpec::jsonAt(d, QLatin1String(path)).toVariant().toString();
    };
    setTitle(at("title"));
    m_pay->setText(KioskText::pay(d));
    const QString settlement = at("settlement");
    m_settled->setText(KioskText::settlement(settlement));
    KioskStyle::setRole(m_settled, settlement == QLatin1String("daily") ? "badge" : "settle");
    m_settled->setVisible(!KioskText::settlementMeaning(settlement).isEmpty());
    m_welfare->setVisible(d.value(QLatin1String("public_welfare")).toBool());

    addField(tr("Trade"), m_terminal.reference().displayName(at("occupation")),
             QStringLiteral("detailOccupation"));
    // Who a public-welfare job is for, in the words of the policy page.
    if (d.value(QLatin1String("public_welfare")).toBool())
        addField(tr("Public welfare"),
                 tr("Kept first for people who find work hardest: older workers, those long out of "
                    "work, households with nobody in work. Ask at the service window whether you "
                    "can take it."),
                 QStringLiteral("detailWelfareNote"));
    addField(tr("Skills needed"), at("skills"), QStringLiteral("detailSkills"));
    const QString district = at("location.district");
    const QString address = at("location.address");
    // The place in the interface's language, then the address as it was written.
    const QString place = Places::guangxi().displayName(district);
    // An address that begins with the district's own name (兴宁区朝阳路88号) gets only the city
    // before it, not the district twice.
    const QString own = Places::guangxi().shortName(district);
    const bool named =
        !own.isEmpty() && own != district && district.endsWith(own) && address.startsWith(own);
    addField(tr("Place of work"),
             place != district              ? place + QLatin1Char('\n') + address
             : address.startsWith(district) ? address
             : named                        ? district.chopped(own.size()) + address
                                            : district + QLatin1Char(' ') + address,
             QStringLiteral("detailLocation"));
    addField(tr("Working time"), at("work_hours"), QStringLiteral("detailHours"));
    const QString perDay = KioskText::payPerDay(d);
    addField(tr("Pay"),
             perDay.isEmpty() ? KioskText::pay(d) : KioskText::pay(d) + QLatin1Char('\n') + perDay,
             QStringLiteral("detailPayField"));
    addField(tr("Pay counted"), KioskText::payUnitShort(at("pay.unit")),
             QStringLiteral("detailPayUnit"));
    addField(tr("Pay settled"), KioskText::settlement(at("settlement")),
             QStringLiteral("detailSettlement"));
    // The legal term, and under it what it means.
    const QString meaning = KioskText::formMeaning(at("form"));
    addField(tr("Kind of work"),
             meaning.isEmpty() ? KioskText::form(at("form"))
                               : KioskText::form(at("form")) + QLatin1Char('\n') + meaning,
             QStringLiteral("detailForm"));
    addField(tr("Workers wanted"),
             tr("%n worker(s)", nullptr, d.value(QLatin1String("headcount")).toInt()),
             QStringLiteral("detailHeadcount"));
    addField(tr("Start date"), KioskText::dateText(at("start_date"), m_terminal.clock().today()),
             QStringLiteral("detailStart"));
    addField(tr("Open until"), KioskText::dateText(at("valid_until"), m_terminal.clock().today()),
             QStringLiteral("detailValidUntil"));
    // A person hiring for themselves (我要招工 at a kiosk) has no employer on record.
    addField(tr("Employer"),
             at("employer_name").isEmpty() && at("employer_id").isEmpty() ? tr("A private person")
                                                                          : at("employer_name"),
             QStringLiteral("detailEmployer"));
    const QString contactName = at("contact.name");
    const QString contactPhone = at("contact.phone");
    addField(tr("Contact"),
             contactPhone.isEmpty()
                 ? contactName
                 : tr("%1 %2 (apply here and the window staff will put you in touch)")
                       .arg(contactName, masking::phone(contactPhone)),
             QStringLiteral("detailContact"));
    addField(tr("Industry"), m_terminal.reference().displayName(at("industry")),
             QStringLiteral("detailIndustry"));
    addField(tr("About the work"), at("description"), QStringLiteral("detailDescription"));
    placeFields();

    const QString url =
        QString(m_terminal.config().jobUrlTemplate).replace(QLatin1String("{id}"), m_jobId);
    // A job no longer open is not saved to a phone either: the code goes with the button.
    if (m_open)
        m_qr->setPixmap(QPixmap::fromImage(qrCodeImage(url, std::max(3, KioskStyle::px(7)))));
    else
        m_qr->clear();
    m_qrCaption->setVisible(m_open);
    m_closed->setText(tr("This job is no longer open. Please go back and choose another one."));
    m_closed->setVisible(!m_open);
    m_apply->setEnabled(m_open);
    // Just applied: said, so that nobody applies twice wondering. Not the number: whoever stands
    // here now may be the next person. Another person (a partner, a workmate) still may apply,
    // with their own mobile.
    const bool done = m_open && m_applied.contains(m_jobId);
    m_appliedNote->setText(
        done ? tr("This job was just applied for at this kiosk. The staff will phone about it.")
             : QString());
    m_appliedNote->setVisible(done);
    m_apply->setText(done ? m_applyWords.at(1) : m_applyWords.at(0));
    fitApply();
}

} // namespace lingong
