#pragma once

#include "staffpage.h"
#include "staffui.h"

class QLabel;
class QLineEdit;
class QTableView;

namespace lingong {

class StaffJobEditor;
class StaffTableModel;

// 岗位审核 (J3): postings from kiosks, from the platform and for unverified employers wait here.
// The clerk checks (and may correct) them, then publishes or refuses with a reason.
class StaffReviewPage final : public StaffPage
{
    Q_OBJECT
public:
    explicit StaffReviewPage(StaffContext& ctx, QWidget* parent = nullptr);

    void refresh() override;
    bool hasUnsavedWork() const override;
    QString badgeText() const override;
    void prepareForScreenshot() override;

private:
    void setStatus(const QString& text, staffui::Tone tone);
    void showDetail(bool shown);
    void open(const QString& id);
    void saveEdits();
    void publish();
    void reject();
    // After a decision the next posting opens with the decisions held for a moment, so the
    // second click of a double click, or a press meant for the posting just decided, does not
    // decide one nobody has read.
    void holdDecisions();

    StaffTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_reasons = nullptr;
    StaffJobEditor* m_editor = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_status = nullptr; // what was just decided, in place of m_hint
    QLabel* m_hint = nullptr;
    QWidget* m_detail = nullptr;
    QWidget* m_actions = nullptr; // the decision buttons, below the form's scroll area
    QList<QWidget*> m_decisions;  // publish, save, refuse and its reason
};

} // namespace lingong
