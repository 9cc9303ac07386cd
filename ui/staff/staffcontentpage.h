#pragma once

#include "staffpage.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QLayout;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace lingong {

class StaffTableModel;

// 信息发布: the policies, trainings, training institutions, entrepreneurship services, notices,
// rights channels and market information that kiosks and the wall show.
class StaffContentPage final : public StaffPage
{
    Q_OBJECT
public:
    explicit StaffContentPage(StaffContext& ctx, QWidget* parent = nullptr);

    void refresh() override;
    bool hasUnsavedWork() const override;
    void prepareForScreenshot() override;
    void startNew();
    void openItem(const QString& id);

private:
    // What the form holds, to tell whether anything was typed since.
    QStringList typed() const;
    void save();
    void remove();
    // The training rows (provider, start, cost) show for training, or when they hold something.
    void showKindRows();

    StaffTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QComboBox* m_filter = nullptr;
    QString m_currentId;
    QJsonObject m_extra;
    QStringList m_loaded; // typed() when the item was opened or begun
    QLabel* m_formTitle = nullptr;
    QLabel* m_message = nullptr;
    QComboBox* m_kind = nullptr;
    QFormLayout* m_form = nullptr;
    QLayout* m_trainRow = nullptr; // start and cost
    QLineEdit* m_title = nullptr;
    QPlainTextEdit* m_body = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_institution = nullptr;
    QLineEdit* m_start = nullptr;
    QLineEdit* m_cost = nullptr;
    QLineEdit* m_from = nullptr;
    QLineEdit* m_until = nullptr;
    QSpinBox* m_order = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace lingong
