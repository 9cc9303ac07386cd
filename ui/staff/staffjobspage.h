#pragma once

#include "staffpage.h"

#include <QElapsedTimer>
#include <QJsonObject>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace lingong {

class StaffJobEditor;
class StaffTableModel;

// 岗位管理 (J1-J4): every posting with its status; post and edit with live validation; withdraw,
// mark filled, publish again; open matching for a posting.
class StaffJobsPage final : public StaffPage
{
    Q_OBJECT
public:
    explicit StaffJobsPage(StaffContext& ctx, QWidget* parent = nullptr);

    void refresh() override;
    bool hasUnsavedWork() const override;
    void prepareForScreenshot() override;
    // Fills a new posting with a discriminatory requirement and tries to save it (screenshot).
    void prepareDiscriminationExample();
    void startNew();
    void openJob(const QString& id);
    StaffJobEditor* editor() const { return m_editor; }

private:
    void save();
    void act(const QString& what);
    void updateButtons();

    StaffTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_status = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_formTitle = nullptr;
    StaffJobEditor* m_editor = nullptr;
    QPushButton* m_withdraw = nullptr;
    QPushButton* m_filled = nullptr;
    QPushButton* m_publish = nullptr;
    QPushButton* m_match = nullptr;
    // "New posting" pressed once on an unsaved new one: the form as it was then.
    std::optional<QJsonObject> m_clearAsked;
    QElapsedTimer m_clearAskedAt; // when it was asked
};

} // namespace lingong
