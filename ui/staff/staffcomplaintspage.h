#pragma once

#include "staffpage.h"

#include <map>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QScrollArea;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace lingong {

class StaffTableModel;

// 投诉求助 (T5, 首问负责、限时办结): every complaint and request with its owner and deadline,
// overdue ones highlighted; take one over, close it with a resolution note; record a new one.
class StaffComplaintsPage final : public StaffPage
{
    Q_OBJECT
public:
    explicit StaffComplaintsPage(StaffContext& ctx, QWidget* parent = nullptr);

    void refresh() override;
    bool hasUnsavedWork() const override;
    int badge() const override;
    void prepareForScreenshot() override;
    // Starts a complaint about the unpaid wages of placement `applicationId` (a hire followed up
    // as not paid): the matter, the person's mobile, the employer and what the placement was are
    // filled in, for the clerk to check with the person and record. A complaint being typed is
    // never overwritten. When one about that placement is open already, it is chosen in the list
    // instead, and nothing is filled in.
    void startUnpaidWages(const QString& applicationId);
    // How the complaint about placement `applicationId`'s unpaid wages stands, in a few words
    // ("open, due …", "closed …"); empty when none was recorded. `open` says whether one is open.
    static QString placementComplaint(const EntityStore& store, const QString& applicationId,
                                      bool* open = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void selectionChanged();
    void takeOver();
    void revealPhone();
    // The 一次性告知 list of the one chosen, on paper for the person at the window (D1, T5).
    void printNotice();
    void close();
    void record();
    // The employers a complaint can be about, by name.
    void reloadEmployers();
    // The chosen request's lines and the details box, in lines of the font shown.
    void fitHeights();
    // The placements whose pay is not settled, at every employer: one is chosen to record the
    // complaint about it.
    void showUnpaid();

    StaffTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QCheckBox* m_showClosed = nullptr;
    QPushButton* m_unpaid = nullptr; // the placements not paid, when there are any
    QLabel* m_message = nullptr;
    QLabel* m_detail = nullptr;
    QScrollArea* m_detailScroll = nullptr; // m_detail, at a height of its own
    QGroupBox* m_checklistBox = nullptr;   // 一次性告知 for an open record
    QLabel* m_checklist = nullptr;
    QPushButton* m_printNotice = nullptr; // 一次性告知单 on paper
    QPushButton* m_takeOver = nullptr;
    QPushButton* m_revealPhone = nullptr;
    QPlainTextEdit* m_resolution = nullptr;
    QPushButton* m_close = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_category = nullptr;
    QLineEdit* m_phone = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QComboBox* m_employer = nullptr;               // whom the matter is about
    bool m_refreshing = false;                     // the list is read again, not chosen from
    std::map<QString, QString> m_ownerNames;       // user name → the name shown
    QString m_resolutionFor;                       // the complaint whose resolution is in the box
    std::map<QString, QString> m_resolutionDrafts; // complaint → resolution typed, not yet closed
    QString m_placementId; // the placement the complaint being taken down is about, if any
    QWidget* m_placementRow = nullptr; // says which placement, with a button to unlink it
    QLabel* m_placementLabel = nullptr;
    // The complaint being taken down is about placement `id` (none when empty), as the form says.
    void linkPlacement(const QString& id, const QString& text = {});
};

} // namespace lingong
