#include "kioskrightspage.h"

#include "common/kioskstyle.h"
#include "common/scrollmorehint.h"
#include "common/touchchipgroup.h"
#include "common/touchkeypad.h"
#include "kioskqueries.h"
#include "kioskslips.h"
#include "kiosktext.h"
#include "masking.h"
#include "requestchecklist.h"
#include "validation.h"

#include <QBoxLayout>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScroller>
#include <QStackedWidget>

namespace lingong {

KioskRightsPage::KioskRightsPage(Terminal& terminal, QWidget* parent)
    : KioskPage(terminal, QStringLiteral("kioskRights"), tr("Your rights"), parent)
    , m_service(terminal.store(), terminal.clock())
{
    m_stack = new QStackedWidget(this);
    body()->addWidget(m_stack, 1);

    // View 0: rules, hotline, channels.
    auto* info = new QWidget(m_stack);
    auto* il = new QVBoxLayout(info);
    il->setContentsMargins(0, 0, 0, 0);
    il->setSpacing(KioskStyle::px(16));
    auto* top = new QHBoxLayout;
    auto* hotline =
        KioskStyle::label(tr("Service hotline: %1").arg(terminal.config().hotline), "pay", info);
    hotline->setObjectName(QStringLiteral("rightsHotline"));
    top->addWidget(hotline, 1);
    auto* callback = KioskStyle::button(tr("Ask the staff to call me back"), "primary",
                                        QStringLiteral("rightsCallback"), info);
    callback->setMinimumWidth(KioskStyle::px(520));
    connect(callback, &QPushButton::clicked, this, [this] { m_stack->setCurrentIndex(1); });
    top->addWidget(callback);
    il->addLayout(top);
    auto* scroll = new QScrollArea(info);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QScroller::grabGesture(scroll->viewport(), QScroller::LeftMouseButtonGesture);
    auto* inner = new QWidget(scroll);
    m_rules = new QVBoxLayout(inner);
    m_rules->setContentsMargins(0, 0, KioskStyle::px(12), 0);
    m_rules->setSpacing(KioskStyle::px(16));
    scroll->setWidget(inner);
    new ScrollMoreHint(scroll);
    new ScrollBackHint(scroll);
    il->addWidget(scroll, 1);
    m_stack->addWidget(info);

    // View 1: the call-back request.
    auto* request = new QWidget(m_stack);
    // The choices beside the keypad on a wide screen, above it on a tall one. The button comes
    // last whichever way round: below the choices beside the keypad, which then has the whole
    // height, or below both (setPortrait).
    m_requestLayout = new QVBoxLayout(request);
    m_requestLayout->setContentsMargins(0, 0, 0, 0);
    m_requestLayout->setSpacing(KioskStyle::px(16));
    m_callbackLayout = new QBoxLayout(QBoxLayout::LeftToRight);
    m_callbackLayout->setSpacing(KioskStyle::px(40));
    m_requestLayout->addLayout(m_callbackLayout, 1);
    auto* left = new QVBoxLayout;
    m_left = left;
    left->setSpacing(KioskStyle::px(16));
    // Asked from a course or a start-up service: what the person was reading.
    m_about = KioskStyle::label(QString(), "h2", request);
    m_about->setObjectName(QStringLiteral("callbackAbout"));
    m_about->hide();
    left->addWidget(m_about);
    m_categoryHeading = KioskStyle::label(tr("What is it about?"), "h2", request);
    left->addWidget(m_categoryHeading);
    m_category = new TouchChipGroup(QStringLiteral("callbackCategory"), true, 2, request);
    // Stored as the hall records them (Chinese); shown in the person's language.
    for (const QString& category : RequestChecklist::categories())
        m_category->addChip(category, RequestChecklist::label(category));
    left->addWidget(m_category);
    // The hint and a message share one place beside the button: a message replaces the hint
    // while it shows. The place keeps the room of the larger, so that the button stays under
    // the finger and nothing squeezes the choices or moves the keys.
    auto* words = new QWidget(request);
    auto* wordsLayout = new QGridLayout(words);
    wordsLayout->setContentsMargins(0, 0, 0, 0);
    m_hint = KioskStyle::label(tr("Enter your phone number on the keypad. A member of staff will "
                                  "call you back by the end of the next working day."),
                               "body", words);
    m_hint->setObjectName(QStringLiteral("callbackHint"));
    m_error = KioskStyle::label(QString(), "error", words);
    m_error->setObjectName(QStringLiteral("callbackError"));
    for (QLabel* l : {m_hint, m_error}) {
        QSizePolicy keep = l->sizePolicy();
        keep.setRetainSizeWhenHidden(true);
        l->setSizePolicy(keep);
        wordsLayout->addWidget(l, 0, 0, Qt::AlignBottom);
    }
    m_error->hide();
    m_error->installEventFilter(this);
    left->addStretch(1);
    m_callbackLayout->addLayout(left, 1);
    m_phone = new TouchKeypad(QStringLiteral("callback"), TouchKeypad::Kind::Phone, request);
    m_phone->setPlaceholder(tr("Mobile or landline"));
    m_phone->setMinimumWidth(KioskStyle::px(560));
    m_phone->setMaximumWidth(KioskStyle::px(760));
    connect(m_phone, &TouchKeypad::textChanged, m_error, &QWidget::hide);
    connect(m_category, &TouchChipGroup::selectionChanged, m_error, &QWidget::hide);
    m_callbackLayout->addWidget(m_phone, 1);
    auto* send = KioskStyle::button(tr("Send my request"), "primary",
                                    QStringLiteral("callbackSubmit"), request);
    send->setMinimumWidth(KioskStyle::px(360));
    connect(send, &QPushButton::clicked, this, &KioskRightsPage::submit);
    send->setSizePolicy(QSizePolicy::Fixed, send->sizePolicy().verticalPolicy());
    m_bottom = new QHBoxLayout;
    m_bottom->setSpacing(KioskStyle::px(24));
    m_bottom->addWidget(words, 1);
    m_bottom->addWidget(send, 0, Qt::AlignBottom);
    m_requestLayout->addLayout(m_bottom);
    m_stack->addWidget(request);

    // View 2: received.
    auto* done = new QWidget(m_stack);
    auto* dl = new QVBoxLayout(done);
    auto* heading = KioskStyle::label(tr("Your request has been received"), "success", done);
    heading->setAlignment(Qt::AlignCenter);
    dl->addWidget(heading);
    m_done = KioskStyle::label(QString(), "h2", done);
    m_done->setObjectName(QStringLiteral("callbackDone"));
    m_done->setAlignment(Qt::AlignCenter);
    dl->addWidget(m_done);
    // 一次性告知: everything the staff will ask for, told now; an item to a line, each read
    // aloud as a sentence of its own, its bullet not read.
    m_checklist = new QWidget(done);
    m_checklist->setObjectName(QStringLiteral("callbackChecklist"));
    m_checklistLayout = new QVBoxLayout(m_checklist);
    m_checklistLayout->setContentsMargins(KioskStyle::px(120), 0, KioskStyle::px(120), 0);
    m_checklistLayout->setSpacing(KioskStyle::px(8));
    dl->addSpacing(KioskStyle::px(24));
    dl->addWidget(m_checklist);
    dl->addStretch(1);
    m_slip = new KioskSlipOffer(terminal, QStringLiteral("callback"), done);
    dl->addWidget(m_slip->note());
    auto* finish =
        KioskStyle::button(tr("Done"), "primary", QStringLiteral("callbackFinish"), done);
    finish->setMinimumWidth(KioskStyle::px(360));
    connect(finish, &QPushButton::clicked, this, &KioskRightsPage::finished);
    m_slip->addButtonRow(dl, finish);
    m_stack->addWidget(done);
    refresh();
}

void KioskRightsPage::refresh()
{
    while (QLayoutItem* item = m_rules->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto items = KioskQueries(m_terminal.database())
                     .content(QStringLiteral("rights"), m_terminal.clock().today());
    if (items.ok()) {
        for (const StoredEntity& e : items.value()) {
            auto* card = new QFrame(m_rules->parentWidget());
            card->setProperty("role", QStringLiteral("card"));
            auto* l = new QVBoxLayout(card);
            l->setContentsMargins(KioskStyle::px(28), KioskStyle::px(20), KioskStyle::px(28),
                                  KioskStyle::px(20));
            l->addWidget(
                KioskStyle::label(e.data.value(QLatin1String("title")).toString(), "h2", card));
            l->addWidget(
                KioskStyle::label(e.data.value(QLatin1String("body")).toString(), "body", card));
            m_rules->addWidget(card);
        }
    }
    if (!items.ok() || items.value().empty()) {
        // The rules hold even when no content was published (§29).
        m_rules->addWidget(KioskStyle::label(
            tr("First person asked is responsible; matters are settled within the time limit; "
               "everything you need to bring is told to you at once."),
            "body", m_rules->parentWidget()));
    }
    m_rules->addStretch(1);
}

void KioskRightsPage::reset()
{
    m_phone->clear();
    m_category->clearSelection();
    m_error->hide();
    m_done->clear();
    showChecklist({});
    m_slip->clear();
    m_askCategory.clear();
    m_aboutText.clear();
    m_about->clear();
    m_about->hide();
    m_categoryHeading->show();
    m_category->show();
    setTitle(tr("Your rights"));
    m_stack->setCurrentIndex(0);
}

void KioskRightsPage::askAbout(const QString& category, const QString& about)
{
    reset();
    // The matter is known: no choice to make, only the number to give.
    m_askCategory = category;
    m_aboutText = about;
    m_about->setText(tr("About: %1").arg(about));
    m_about->setVisible(!about.isEmpty());
    m_categoryHeading->hide();
    m_category->hide();
    setTitle(tr("Ask the staff to call me back"));
    m_stack->setCurrentIndex(1);
}

bool KioskRightsPage::back()
{
    // Asked from another screen: 返回 goes back there.
    if (!m_askCategory.isEmpty() && m_stack->currentIndex() > 0) {
        reset();
        return false;
    }
    if (m_stack->currentIndex() == 1) {
        m_phone->clear();
        m_error->hide();
        m_stack->setCurrentIndex(0);
        return true;
    }
    if (m_stack->currentIndex() == 2) {
        reset();
        return true;
    }
    return false;
}

void KioskRightsPage::showChecklist(const QStringList& items)
{
    while (QLayoutItem* item = m_checklistLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (items.isEmpty())
        return;
    auto* heading = KioskStyle::label(tr("When we call, have these ready:"), "body", m_checklist);
    heading->setObjectName(QStringLiteral("callbackChecklistHeading"));
    m_checklistLayout->addWidget(heading);
    for (const QString& item : items) {
        auto* line = KioskStyle::label(QStringLiteral("• ") + item, "body", m_checklist);
        line->setObjectName(QStringLiteral("callbackChecklistItem"));
        m_checklistLayout->addWidget(line);
    }
}

bool KioskRightsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_error &&
        (event->type() == QEvent::ShowToParent || event->type() == QEvent::HideToParent))
        m_hint->setVisible(event->type() == QEvent::HideToParent);
    return KioskPage::eventFilter(watched, event);
}

void KioskRightsPage::setPortrait(bool portrait)
{
    KioskPage::setPortrait(portrait);
    m_callbackLayout->setDirection(portrait ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    // Tall screen: the choices take only their own height and the keypad sits centred below.
    m_callbackLayout->setStretch(0, portrait ? 0 : 1);
    m_callbackLayout->setAlignment(m_phone, portrait ? Qt::AlignHCenter : Qt::Alignment());
    QBoxLayout* home = portrait ? m_requestLayout : m_left;
    if (m_bottom->parent() != home) {
        if (auto* from = qobject_cast<QLayout*>(m_bottom->parent()))
            from->removeItem(m_bottom);
        m_bottom->setParent(nullptr);
        home->addLayout(m_bottom);
    }
}

void KioskRightsPage::submit()
{
    const QString category = m_askCategory.isEmpty() ? m_category->selectedKey() : m_askCategory;
    if (category.isEmpty()) {
        m_error->setText(tr("Please tap what your request is about."));
        m_error->show();
        return;
    }
    // Said for a keypad of digits: a landline is its area code and number, with no dash.
    const QString typed = m_phone->text();
    if (!validation::checkContactPhone(typed).ok()) {
        m_error->setText(
            typed.startsWith(QLatin1Char('0'))
                ? tr("A landline is its area code and then a number of 7 or 8 digits, such as "
                     "0771 5551234: %n digit(s) typed.",
                     nullptr, int(typed.size()))
                : KioskText::mobileProblem(typed));
        m_error->show();
        return;
    }
    auto id = m_service.requestCallback(typed, category, m_aboutText);
    if (!id.ok()) {
        m_error->setText(id.error().message);
        m_error->show();
        return;
    }
    QString due;
    if (auto c = m_terminal.store().get(entities::complaint(), id.value()); c.ok() && c.value()) {
        const QDateTime deadline =
            Clock::fromWire(c.value()->data.value(QLatin1String("deadline")).toString())
                .toOffsetFromUtc(8 * 3600);
        due = deadline.toString(tr("d MMM HH:mm", "deadline, QDateTime format"));
    }
    m_done->setText(tr("We will call %1 by %2.").arg(masking::phone(m_phone->text()), due));
    const QStringList checklist = RequestChecklist::items(category);
    showChecklist(checklist);
    m_slip->offer(KioskSlips::callback(m_terminal, category, typed, due, checklist, m_aboutText));
    m_phone->clear();
    m_stack->setCurrentIndex(2);
}

} // namespace lingong
