#include "kioskstepspage.h"

#include "common/kioskstyle.h"
#include "common/scrollmorehint.h"
#include "common/touchchipgroup.h"
#include "common/touchkeypad.h"

#include <QBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimer>

#include <algorithm>

namespace lingong {

KioskStepsPage::KioskStepsPage(Terminal& terminal, const QString& objectName, const QString& title,
                               const QString& prefix, QWidget* parent)
    : KioskPage(terminal, objectName, title, parent)
{
    m_stepLabel = KioskStyle::label(QString(), "note", this);
    m_stepLabel->setObjectName(prefix + QStringLiteral("Step"));
    addBesideTitle(m_stepLabel);
    m_error = KioskStyle::label(QString(), "error", this);
    m_error->setObjectName(prefix + QStringLiteral("Error"));
    m_error->hide();
    m_stack = new QStackedWidget(this);
    m_main = new QBoxLayout(QBoxLayout::LeftToRight);
    m_main->setSpacing(KioskStyle::px(24));
    m_main->addWidget(m_stack, 1);
    m_buttons = new QBoxLayout(QBoxLayout::TopToBottom);
    m_buttons->addWidget(m_error);
    m_buttons->addStretch(1);
    m_main->addLayout(m_buttons);
    body()->addLayout(m_main, 1);
}

int KioskStepsPage::step() const
{
    return m_stack->currentIndex();
}

QVBoxLayout* KioskStepsPage::addStep(const QString& question, bool moreBelow)
{
    auto* scroll = new QScrollArea(m_stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // No kinetic scrolling here: a scroller holds back presses to tell taps from swipes, and
    // keys and chips must answer every tap at once. The wide scroll bar is finger-sized.
    auto* page = new QWidget(scroll);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, KioskStyle::px(8), 0);
    layout->setSpacing(KioskStyle::px(12));
    if (!question.isEmpty())
        layout->addWidget(KioskStyle::label(question, "h2", page));
    scroll->setWidget(page);
    m_stack->addWidget(scroll);
    if (moreBelow) {
        new ScrollMoreHint(scroll);
        new ScrollBackHint(scroll);
    }
    layout->setAlignment(Qt::AlignTop);
    return layout;
}

void KioskStepsPage::topAlignSteps()
{
    for (int i = 0; i < m_stack->count(); ++i) {
        QLayout* layout = static_cast<QScrollArea*>(m_stack->widget(i))->widget()->layout();
        layout->setAlignment(Qt::Alignment());
        static_cast<QVBoxLayout*>(layout)->addStretch(1);
    }
}

void KioskStepsPage::addKeypadRow(QVBoxLayout* step, QWidget* hint, TouchKeypad* keypad,
                                  Qt::Alignment hintAlignment)
{
    auto* row = new QBoxLayout(QBoxLayout::LeftToRight);
    row->setSpacing(KioskStyle::px(40));
    row->addWidget(hint, 1, hintAlignment);
    row->addWidget(keypad, 1);
    step->addLayout(row);
    m_keypadWidths.insert(keypad, keypad->maximumWidth());
    m_keypadRows << row;
    m_keypadRowOfStep.insert(m_stack->count() - 1, row);
    connect(keypad, &TouchKeypad::textChanged, m_error, &QWidget::hide);
}

void KioskStepsPage::showStep(int s, int count)
{
    m_stack->setCurrentIndex(s);
    arrange();
    m_error->hide();
    placeMessage(false);
    m_stepLabel->setText(s < count ? tr("Step %1 of %2").arg(s + 1).arg(count) : QString());
}

void KioskStepsPage::showError(const QString& message)
{
    m_error->setText(message);
    placeMessage(false);
    m_error->show();
    // Under a keypad that runs on below the screen (large text on a tall one), the message is
    // brought into sight, once the step is laid out with it: a tap on 下一步 that shows nothing
    // reads as a kiosk that does not answer.
    QTimer::singleShot(0, m_error, [this] {
        for (QWidget* w = m_error->parentWidget(); w; w = w->parentWidget()) {
            if (auto* area = qobject_cast<QScrollArea*>(w)) {
                area->ensureWidgetVisible(m_error, 0, KioskStyle::px(16));
                return;
            }
        }
    });
}

void KioskStepsPage::placeMessage(bool leaving)
{
    // A tall screen leaves room under a keypad, where the eyes are while typing: a number's
    // message goes there, taking only room that was empty. A warning about leaving stays by the
    // buttons, as do all messages beside the steps.
    QBoxLayout* row = isPortrait() && !leaving ? m_keypadRowOfStep.value(step()) : nullptr;
    QBoxLayout* target = row ? row : m_buttons;
    if (target->indexOf(m_error) >= 0)
        return;
    const bool shown = !m_error->isHidden();
    // Out of wherever it stands (the buttons, or another step's keypad), into its place.
    m_buttons->removeWidget(m_error);
    for (QBoxLayout* r : std::as_const(m_keypadRows))
        r->removeWidget(m_error);
    if (row) {
        row->addWidget(m_error);
        m_error->setMaximumWidth(QWIDGETSIZE_MAX);
    } else {
        m_buttons->insertWidget(0, m_error);
    }
    m_error->setVisible(shown);
    arrange();
}

void KioskStepsPage::hideMessageOnAnswers()
{
    for (TouchChipGroup* g : findChildren<TouchChipGroup*>())
        connect(g, &TouchChipGroup::chipTapped, m_error, &QWidget::hide);
}

void KioskStepsPage::warnLeaving(const QString& button)
{
    m_leaving = leavingText(button);
    m_error->setText(m_leaving);
    placeMessage(true);
    m_error->show();
}

bool KioskStepsPage::warnsLeaving() const
{
    return !m_error->isHidden() && !m_leaving.isEmpty() && m_error->text() == m_leaving;
}

void KioskStepsPage::placeButtons(bool below)
{
    m_main->setDirection(below ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    m_buttons->setDirection(below ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    // The message: beside the buttons across the width when below, above them when beside.
    // Under a keypad instead, the stretch alone keeps 下一步 in its corner.
    const bool here = m_buttons->indexOf(m_error) == 0;
    if (here)
        m_buttons->setStretch(0, below ? 1 : 0);
    m_buttons->setStretch(here ? 1 : 0, here && below ? 0 : 1);
    // Below the steps, the buttons keep to the foot of their row: a warning of more lines
    // beside them makes the row taller, not 下一步 move.
    for (int i = 0; i < m_buttons->count(); ++i)
        if (QWidget* w = m_buttons->itemAt(i)->widget(); w && w != m_error)
            m_buttons->setAlignment(w, below ? Qt::AlignBottom : Qt::Alignment());
    if (here) {
        // Beside the steps, no wider than the buttons under it: a long message wraps onto more
        // lines rather than widening the column, which would push the keypad aside.
        int buttons = 0;
        for (int i = 0; i < m_buttons->count(); ++i) {
            QWidget* w = m_buttons->itemAt(i)->widget();
            if (w && w != m_error && !w->isHidden())
                buttons = std::max({buttons, w->sizeHint().width(), w->minimumWidth()});
        }
        m_error->setMaximumWidth(
            below ? QWIDGETSIZE_MAX
                  : std::max(KioskStyle::px(300), std::min(buttons, KioskStyle::px(520))));
    }
}

void KioskStepsPage::setPortrait(bool portrait)
{
    KioskPage::setPortrait(portrait);
    arrange();
    for (QBoxLayout* row : std::as_const(m_keypadRows)) {
        row->setDirection(portrait ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
        // Tall screen: the hint takes only its own height and the keypad the whole width below,
        // its keys as wide as 我要报名's. Wide: the page's own width beside the hint.
        row->setStretch(0, portrait ? 0 : 1);
        if (QLayoutItem* item = row->itemAt(1); item && item->widget()) {
            QWidget* keypad = item->widget();
            keypad->setMaximumWidth(portrait ? QWIDGETSIZE_MAX : m_keypadWidths.value(keypad));
        }
    }
    placeMessage(warnsLeaving());
}

void KioskStepsPage::setLargeText(bool on)
{
    KioskPage::setLargeText(on);
    arrange();
    placeMessage(warnsLeaving());
}

} // namespace lingong
