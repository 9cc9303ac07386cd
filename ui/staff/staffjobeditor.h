#pragma once

#include "staffcontext.h"
#include "staffdrafts.h"
#include "staffui.h"

#include <QWidget>

#include <QSet>

#include <map>
#include <optional>
#include <utility>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace lingong {

// The job posting form (J1, J2) with live validation: every change re-runs the checks; the first
// problem is named under the form (messageLabel()), the field at fault framed in red, and a
// discriminatory phrase highlighted inside the text where it was written. Nothing typed is ever
// cleared by a check.
class StaffJobEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit StaffJobEditor(StaffContext& ctx, QWidget* parent = nullptr);

    // Unsaved changes are never lost by opening another posting: load() and clear() keep them
    // aside and put them back when that posting (or a new one) is opened again, saying so.

    // An empty posting (start today, valid for a week), or the unsaved new one kept aside.
    void clear();
    // Puts the cursor in the first field.
    void focusFirst();
    // The industry as stored.
    QString industry() const;
    void load(const StoredEntity& job);
    // The posting as the form has it, in the sync-protocol shape (the loaded job's other fields
    // kept).
    QJsonObject value() const;
    // The stored posting as it was loaded (empty for a new one).
    const QJsonObject& loaded() const { return m_loaded; }
    // The stored posting the clerk's typing began from, for JobService::edit to merge on (the
    // loaded one, or an older one when unsaved changes kept aside were put back).
    const QJsonObject& base() const { return m_base; }
    // Whether the clerk changed anything since the posting was loaded.
    bool hasUnsavedChanges() const { return value() != m_valueAtLoad; }
    // The same, or unsaved changes of other postings kept aside.
    bool hasUnsavedWork() const { return hasUnsavedChanges() || !m_drafts.empty(); }
    // The form's content was saved (or deliberately left): nothing to keep aside for it.
    void markSaved();
    // Forgets what was typed into the open posting, e.g. before clearing a new one on purpose.
    void discard();
    // The postings with changes kept aside ("" for the new one).
    QStringList draftIds() const;
    // Forgets what was kept aside for postings not among `ids` (decided elsewhere, say).
    void keepDraftsOnlyFor(const QSet<QString>& ids);
    QString jobId() const { return m_id; }
    bool isNew() const { return m_id.isEmpty(); }
    void reloadEmployers();

    // The line that names the first problem or the outcome of a save. The page places it below
    // the form, outside its scroll area: a message appearing or going never moves a field under
    // the clerk's mouse, and stays in sight however far the form is scrolled.
    QLabel* messageLabel() const { return m_message; }
    // Shows a refusal (from a check or a save): message, red frame, highlighted phrase.
    // `whatElse`: everything else that stops the save is said with it.
    void showError(const Error& error, bool whatElse = true);
    void showMessage(const QString& text, bool success);
    // Pay far from what gig work pays (a day's amount typed under 元/小时, the unit having
    // followed the trade chosen), typed or changed here in a posting otherwise complete, is
    // asked about once before `button` saves it: true when it asked (the caller stops), the
    // amount framed and the cursor in it. The same pay and hours a second time go through; a
    // posting opened or begun anew is asked afresh. `publishing`: the pay is asked about even as
    // it came (a posting someone else entered, published by this press).
    bool holdForPay(const QString& button, bool publishing = false);
    // An age limit in the text (限45岁以下), typed or changed here, or in a posting published by
    // this press (`publishing`), is asked about once in the same way: the hall serves older
    // workers first, so the clerk asks the employer whether the work needs it.
    bool holdForAge(const QString& button, bool publishing = false);
    // Re-runs the live check now; `strict` marks the field at fault even if the clerk has not
    // tried to save yet.
    bool check(bool strict);
    // The phrase currently highlighted (empty when none).
    // The first phrase marked, and every one, in the order of the form's fields.
    QString highlightedPhrase() const
    {
        return m_phrases.isEmpty() ? QString() : m_phrases.first();
    }
    QStringList highlightedPhrases() const { return m_phrases; }

signals:
    void edited();

private:
    // Names every empty field a posting needs when `error` is about one of them (marked, when
    // `refused`; else said as not ready yet). False when `error` is about something else.
    bool showMissing(const Error& error, bool refused);
    // " Also: …": what else the check refuses, besides the fields in `said` and any phrase,
    // each of those fields marked.
    QString alsoWrong(const QStringList& said);
    void fill(const QJsonObject& job);
    void settle();
    void keepDraft();
    bool restoreDraft();
    void sayDraftsKept();
    QWidget* fieldWidget(const QString& field) const;
    void clearMarks();
    // Marks every discriminatory phrase in the text fields; false clears the marks.
    // Returns them by field, in the form's order.
    std::vector<std::pair<QWidget*, QStringList>> highlight(bool on);
    void employerPicked();
    void occupationPicked();

    StaffContext& m_ctx;
    QString m_id;
    QJsonObject m_loaded;
    QJsonObject m_base;
    QJsonObject m_valueAtLoad; // value() right after load(): unchanged since when equal
    bool m_loading = false;
    // The industry the last trade picked filled in: it follows the trade until the clerk
    // writes another.
    QString m_industryFromTrade;
    QString m_unitFromTrade; // the pay unit the trade (or a new form) gave, not the clerk
    bool m_strict = false;
    QStringList m_phrases;
    DraftShelf<QJsonObject> m_drafts; // the form's value, by posting id; "" is the new one
    QString m_draftsNote;             // the message last said about them

    QComboBox* m_employer = nullptr;
    QLineEdit* m_title = nullptr;
    QComboBox* m_occupation = nullptr;
    QComboBox* m_industry = nullptr;
    QPlainTextEdit* m_skills = nullptr;
    QComboBox* m_district = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_hours = nullptr;
    QLineEdit* m_payMin = nullptr;
    QLineEdit* m_payMax = nullptr;
    QComboBox* m_payUnit = nullptr;
    staffui::AskedOnce m_payAsked; // the posting, pay and hours (holdForPay)
    staffui::AskedOnce m_ageAsked; // the posting and age limits (holdForAge)
    QComboBox* m_settlement = nullptr;
    QComboBox* m_form = nullptr;
    QSpinBox* m_headcount = nullptr;
    QDateEdit* m_start = nullptr;
    QDateEdit* m_until = nullptr;
    QLineEdit* m_contactName = nullptr;
    QLineEdit* m_contactPhone = nullptr;
    QCheckBox* m_welfare = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace lingong
