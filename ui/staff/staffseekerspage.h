#pragma once

#include "seekerservice.h"
#include "staffdrafts.h"
#include "staffpage.h"

#include <QElapsedTimer>

#include <map>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QScrollArea;
class QTableView;

namespace lingong {

class StaffTableModel;

// 求职登记 (S1-S5): look a person up by ID number, mobile or name; register and edit with every
// field; ID numbers and phones shown masked; consent recorded; difficulty flags set the tier and
// a 困难 person's tiered-service progress (1/3/1) is shown and recorded here. Registering an ID
// number that already exists opens that person instead. A person registered twice before the
// terminals synced is shown so, listed under "Registered twice" and merged with two presses.
class StaffSeekersPage final : public StaffPage
{
    Q_OBJECT
public:
    explicit StaffSeekersPage(StaffContext& ctx, QWidget* parent = nullptr);

    void refresh() override;
    void prepareForScreenshot() override;
    void openSeeker(const QString& id);
    void startNew();
    QString currentId() const { return m_currentId; }
    // Whether the form holds changes that are not saved.
    bool hasUnsavedChanges() const;
    bool hasUnsavedWork() const override { return hasUnsavedChanges() || !m_drafts.empty(); }
    static bool sameForm(const SeekerForm& a, const SeekerForm& b);

private:
    // The search box's hint; `foundBy` (masked): what the list now shows was found by.
    void setLookupHint(const QString& foundBy);
    void lookup();
    void save();
    void load(const StoredEntity& seeker);
    // Puts what the clerk typed over the opened record; returns the record's values it replaced.
    QStringList mergeTyped(const SeekerForm& typed);
    // The form as the clerk has filled it.
    SeekerForm typedForm() const;
    // Keeps unsaved changes aside before another person is opened; restores them when that
    // person's registration (or the new one) is opened again.
    void keepDraft();
    void discardChanges();
    bool restoreDraft();
    void sayDraftKept();
    // What a look-up that found nobody typed (an ID number or a mobile) put into the field it
    // belongs to, on a new registration with nothing typed into it. False when it could not be.
    bool carryLookup();
    void showTier();
    // 大龄 follows from the birth date: while the ID number typed, or else the record's, shows an
    // older worker, the box is ticked and held. `fresh`: the boxes were just set from a record
    // or a draft, so the box's state is the one to go back to when the number changes.
    void holdOlderFromId(bool fresh);
    // A new registration's ID number, once whole and valid, already on record: said at once,
    // before the rest is typed for nothing.
    void sayIdKnown();
    void recordTier(const QString& kind);
    // Guidance on registration and insurance (S3): what was given the open person, and when.
    void showGuidance();
    void recordGuidance(const QString& kind);
    // The other records with the open person's ID number, if any, and the merge button.
    void showTwins();
    void disarmMerge();
    static QString mergeWarning();
    void mergeTwins();
    void deleteSeeker();
    void disarmDelete();
    void listTwins();
    void clearMarks();
    QWidget* fieldWidget(const QString& field) const;

    StaffTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_lookup = nullptr;
    QString m_lastLookup;
    QString m_missed; // a look-up that found nobody, for the registration of that person
    QString m_currentId;
    QString m_idKnownSaid; // the message sayIdKnown() showed, taken back when the number changes
    QJsonObject m_current;
    SeekerForm m_loaded;             // the form as it was opened
    QJsonObject m_base;              // the record the form's typing began from (saves merge on it)
    DraftShelf<SeekerForm> m_drafts; // unsaved forms by person ("" for a new registration)
    // "New registration" pressed once on an unsaved new one: the form as it was then.
    std::optional<SeekerForm> m_clearAsked;
    QElapsedTimer m_clearAskedAt; // when it was asked
    // "Discard changes" pressed once: the form as it was then (a second press throws it away).
    std::optional<SeekerForm> m_discardAsked;

    QPushButton* m_twinList = nullptr;
    bool m_listingTwins = false; // the list shows the people registered twice
    QWidget* m_twinBox = nullptr;
    QLabel* m_twins = nullptr;
    QPushButton* m_merge = nullptr;
    QWidget* m_deleteBox = nullptr;
    QLineEdit* m_deleteReason = nullptr;
    QPushButton* m_delete = nullptr;
    bool m_olderHeld = false;   // the older-worker box is ticked from the ID number
    bool m_olderBefore = false; // and was ticked before that
    bool m_deleteArmed = false; // the next press deletes
    bool m_mergeArmed = false;  // the next press merges
    QStringList m_armedTwins;   // the other records when the first press was made

    QLabel* m_formTitle = nullptr;
    QLabel* m_message = nullptr;
    QScrollArea* m_scroll = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_idNumber = nullptr;
    QLineEdit* m_phone = nullptr;
    QComboBox* m_education = nullptr;
    QLineEdit* m_skills = nullptr;
    QListWidget* m_occupations = nullptr;
    QLabel* m_firstChoice = nullptr;
    QListWidget* m_districts = nullptr;
    QComboBox* m_availability = nullptr;
    QDoubleSpinBox* m_pay = nullptr;
    QComboBox* m_payUnit = nullptr;
    QLineEdit* m_training = nullptr;
    QCheckBox* m_business = nullptr;
    QListWidget* m_difficulties = nullptr;
    QLineEdit* m_notes = nullptr;
    QCheckBox* m_consent = nullptr;
    QLabel* m_consentText = nullptr;
    QWidget* m_tierBox = nullptr;
    QLabel* m_tier = nullptr;
    QLineEdit* m_tierNote = nullptr;
    QWidget* m_guideBox = nullptr;
    QLabel* m_guide = nullptr;
    std::vector<QPushButton*> m_guideButtons;
    QPushButton* m_match = nullptr;
    QPushButton* m_discard = nullptr;
};

} // namespace lingong
