#pragma once

#include "kioskpage.h"

#include <QHash>

class QBoxLayout;
class QLabel;
class QStackedWidget;
class QVBoxLayout;

namespace lingong {

class TouchKeypad;

// A page asking one thing at a time (求职登记, 我要招工): "Step 2 of 7" beside the title, each step
// in a scroll area of its own and, beside the steps on a wide screen (below them on a tall one),
// a column for the page's buttons under the message of refusal, so that showing the message
// never moves a key under the finger. The message goes when the person answers.
class KioskStepsPage : public KioskPage
{
    Q_OBJECT
public:
    int step() const;
    void warnLeaving(const QString& button) override;
    bool warnsLeaving() const override;
    void setPortrait(bool portrait) override;
    void setLargeText(bool on) override;

protected:
    // `prefix` names the parts: <prefix>Step (the step's number), <prefix>Error (the message).
    KioskStepsPage(Terminal& terminal, const QString& objectName, const QString& title,
                   const QString& prefix, QWidget* parent);

    // A new step with `question` (if any) at its top; widgets made with the page as parent are
    // moved into it by the layout. `moreBelow`: a step that may scroll says so at its foot.
    QVBoxLayout* addStep(const QString& question, bool moreBelow);
    // The steps made so far stand at the top of their pages. (A stretch below them, not a top
    // alignment: an aligned layout is only as tall as its size hint, which undercounts wrapped
    // words and squeezes what lies under them.)
    void topAlignSteps();
    // A number's step: the hint and the keypad side by side on a wide screen, the keypad
    // centred below the hint on a tall one. Typing hides the message. `hintAlignment`: the
    // hint's place in its half (at the top by default; none: the whole height).
    void addKeypadRow(QVBoxLayout* step, QWidget* hint, TouchKeypad* keypad,
                      Qt::Alignment hintAlignment = Qt::AlignTop);
    // Step `s`, numbered out of `count` (no number beyond them), without a message.
    void showStep(int s, int count);
    void showError(const QString& message);
    // Every chip of the page hides the message when tapped: an answer given, the message (and a
    // warning before 首页) is no longer the person's. Called once the chips are made.
    void hideMessageOnAnswers();
    // The column the page puts its buttons in, under the message.
    QBoxLayout* buttonColumn() const { return m_buttons; }
    // The buttons below the steps, in a row with the message beside them, or beside the steps
    // in a column; 下一步 stays in the bottom right corner either way.
    void placeButtons(bool below);
    // Places the buttons for the step, turn and text size now (calls placeButtons()).
    virtual void arrange() = 0;
    // The words of warnLeaving(): `button` tapped again leaves.
    virtual QString leavingText(const QString& button) const = 0;

    QStackedWidget* m_stack = nullptr;
    QLabel* m_error = nullptr;
    QString m_leaving; // the warning of warnLeaving() last shown

private:
    // The message under the current step's keypad on a tall screen (not `leaving`), else with
    // the buttons.
    void placeMessage(bool leaving);

    QLabel* m_stepLabel = nullptr;
    QBoxLayout* m_main = nullptr;
    QBoxLayout* m_buttons = nullptr;
    QList<QBoxLayout*> m_keypadRows;
    QHash<int, QBoxLayout*> m_keypadRowOfStep;
    QHash<QWidget*, int> m_keypadWidths; // each keypad's greatest width beside its hint
};

} // namespace lingong
