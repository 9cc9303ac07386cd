#pragma once

#include "staffdrafts.h"
#include "staffpage.h"
#include "staffui.h"

#include <optional>
#include <utility>
#include <vector>

class QComboBox;
class QFormLayout;
class QLabel;
class QLayout;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QTableView;

namespace lingong {

struct ContentForm;

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
    // Its end (valid_until) is past: no kiosk or wall shows it any more.
    bool ended(const StoredEntity& item) const;
    // What the form holds, to tell whether anything was typed since.
    QStringList typed() const;
    void setTyped(const QStringList& typed);
    // Unsaved changes are kept aside while another item (or a new one) is open, and come back
    // when it is opened again.
    void keepDraft();
    void restoreDraft();
    void disarmRemove();
    // 放弃修改: what was typed over the item, kept aside or not, goes; it shows as stored.
    void discardChanges();
    // `by`: the button pressed, empty for Ctrl+S (see AskedOnce::press).
    void save(const QString& by = QStringLiteral("button"));
    // Before saving a notice without an end: asks once whether it is to be shown until removed
    // (true: the save waits).
    bool holdForEnd(const ContentForm& f, const QString& by);
    void remove();
    // The training rows (provider, start, cost) show for training, the directory rows for the
    // market's entry, or either when they hold something.
    void showKindRows();
    // The kinds of market to choose from, `stored` chosen.
    void setNature(const QString& stored);
    // 填入本市场数据: the directory figures of the last twelve months (DirectoryFigures) into
    // the form, and the address, hotline and hours of the terminal's settings where the form has
    // none; nothing is saved until the clerk saves.
    void fillFigures();

    StaffTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QComboBox* m_filter = nullptr;
    QString m_currentId;
    QStringList m_loaded; // typed() when the item was opened or begun
    QJsonObject m_record; // the item as stored when opened; {} for a new one
    DraftShelf<QStringList> m_drafts;
    bool m_removeArmed = false;
    // A notice saved without an end: asked once (holdForEnd).
    staffui::AskedOnce m_endAsked;
    QScrollArea* m_formScroll = nullptr;
    bool m_clearArmed = false; // New was pressed once on a new item typed in
    QPushButton* m_discard = nullptr;
    std::optional<QStringList> m_discardAsked; // typed() when Discard changes was pressed once
    QLabel* m_formTitle = nullptr;
    QLabel* m_message = nullptr;
    QComboBox* m_kind = nullptr;
    QFormLayout* m_form = nullptr;
    QLayout* m_trainRow = nullptr; // start and cost
    QLineEdit* m_title = nullptr;
    QPlainTextEdit* m_body = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_contact = nullptr; // extra.contact: whom to ask about an urgent notice
    QLabel* m_datesHint = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_institution = nullptr;
    QLineEdit* m_start = nullptr;
    QLineEdit* m_cost = nullptr;
    QComboBox* m_nature = nullptr;
    QLayout* m_natureRow = nullptr; // kind of market and the fill-in button
    QLineEdit* m_hours = nullptr;
    QLineEdit* m_services = nullptr;
    QLineEdit* m_trades = nullptr;
    QLineEdit* m_seekerScale = nullptr;
    QLineEdit* m_placements = nullptr;
    // Each key of `extra` the form offers, with its field.
    std::vector<std::pair<const char*, QLineEdit*>> m_extraFields;
    QLineEdit* m_from = nullptr;
    QLineEdit* m_until = nullptr;
    QSpinBox* m_order = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace lingong
