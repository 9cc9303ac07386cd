#pragma once

#include "common/slip.h"
#include "common/stafftablemodel.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <map>

class QBoxLayout;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QScrollArea;
class QVBoxLayout;
class QDialog;
class QPushButton;
class QTableView;
class QWidget;

namespace lingong {
class Accounts;
}

namespace lingong::staffui {

// Small building blocks shared by the service window's pages.

// A read-only, row-selecting table over `model`.
QTableView* makeTable(StaffTableModel* model, const QString& objectName, QWidget* parent);
// A click on a heading of `view` (over a StaffTableModel) sorts by its column, a second click the
// other way, a third back to the order the list came in (the best fit first).
void makeSortable(QTableView* view);
// Columns of short values (status, dates, codes) as wide as their contents, so they are never
// cut; the columns listed in `stretching` (titles, names) share the rest and are the ones elided.
void fitColumns(QTableView* view, const QList<int>& stretching);
// Like fitColumns, but the listed columns share the rest by weight (a title 3, an employer 1), and
// none is made wider than its longest value while another is still cut. However narrow the list,
// the first keeps seven characters (or its longest value) before the others.
void shareColumns(QTableView* view, const QList<QPair<int, int>>& weights);
// Ctrl+F on `page` puts the cursor in `search`, its text selected.
void bindFind(QWidget* page, QLineEdit* search);
// Runs `run` a moment after typing in `search` pauses (kSearchPauseMs), and at once on Enter.
constexpr int kSearchPauseMs = 300;
void searchAsTyped(QLineEdit* search, std::function<void()> run);
// Says in the list itself, in `text`, why it is empty (a search that found nothing): shown while
// the list has no rows, in a label named after the list with "Empty" added. An empty `text` says
// nothing.
void setEmptyText(QTableView* view, const QString& text);
// The selected row's entity id, or empty.
QString selectedId(const QTableView* view);
// Selects the row with `id` when listed; returns whether it did.
bool selectId(QTableView* view, const QString& id);

enum class Tone
{
    Info,
    Success,
    Warning,
    Error
};
// Shows `text` in a message label coloured by `tone` (empty text hides it).
void setMessage(QLabel* label, const QString& text, Tone tone);
// A question asked once before a press saves: what it was about, by which button, when.
struct AskedOnce
{
    enum class Press
    {
        Ask,      // not asked about this yet: asked now
        Held,     // the second click of a double click on the button that asked
        Answered, // pressed again: the clerk has asked, it goes through
    };
    // The press of `button` for a question about `about`; an empty `button` is a key pressed
    // (no double click), whose next press answers.
    Press press(const QString& about, const QString& button);
    void clear() { m_about.clear(); }

private:
    QString m_about;
    QString m_by;
    QElapsedTimer m_at;
};
// Where a sheet kept as a PDF is offered: the folder chosen last (`last`, which a save updates;
// shared with the reports), or `fallback` before any.
struct SaveFolder
{
    QString* last = nullptr;
    QString fallback;
    QString store; // the window's store, never written over
};
// Asks where to save `slip` as a PDF (A4), offering `folder` and a name without the time
// (statistics-2026-12.pdf), and saves it there, saying so in `message`.
void savePdfAs(QLabel* message, const Slip& slip, bool fileNameOnly, const SaveFolder& folder);
// Prints `slip` where the configuration says (D1), or says why it is not, in `message`:
// `failed` takes the reason, `sent` the printer's name, `saved` the file written (its whole
// path, or with `fileNameOnly` its name). With no printer, offers to save it as a PDF in
// `folder`.
void printSlip(QLabel* message, const Config& config, const Result<Slip>& slip,
               const QString& failed, const QString& sent, const QString& saved,
               const SaveFolder& folder, bool fileNameOnly = false);
QLabel* makeMessage(const QString& objectName, QWidget* parent);
// Keeps `row` as high as a one-line `message` whether one shows or not: what lies below does not
// move when a message comes or goes.
void keepMessageLine(QBoxLayout* row, QLabel* message);
QLabel* makeTitle(const QString& text, QWidget* parent);
// Lays out `pane` as a form's side of a page: the scrolling form, then its message line, in sight
// however far the form is scrolled and moving no field when it appears. Returns the pane's
// layout, for what stays below them (the form's buttons).
QVBoxLayout* formPane(QWidget* pane, QScrollArea* scroll, QLabel* message);

// Disables `widgets` for a moment after an action, then enables them again (where `enable`, if
// given, still agrees): the second click of a double click, or a press meant for what was just
// done, must not act on what has come up in its place. A held widget that has the keyboard
// keeps it (Qt would pass it on to the next field, whose text the next keys would replace).
// `ms`: how long; 0 is as long as a double click lasts, so that a deliberate second press comes
// after it. What cannot be undone (deletion, merging) holds longer.
void holdBriefly(const QList<QWidget*>& widgets, const std::function<bool()>& enable = {},
                 int ms = 0);
// How long a press that cannot be undone holds its button.
inline constexpr int kLongHoldMs = 1200;

// Marks an input as the one at fault (red frame) or clears the mark.
void markInvalid(QWidget* input, bool invalid);
// Marks `input` at fault with `text` in `message`; both go as soon as the clerk edits the input
// (pages that check while typing mark their fields themselves instead).
void markUntilEdited(QWidget* input, QLabel* message, const QString& text);
// Marks each input of `problems` at fault, with all their texts in `message`: each mark goes as
// soon as the clerk edits that input (types, ticks, chooses), and its text with it; the message
// says what is left, and goes with the last mark an edit can take away (a spin box, or a problem
// with no input, stays marked until the next save).
void markAllUntilEdited(const QList<std::pair<QWidget*, QString>>& problems, QLabel* message);

QString str(const QJsonObject& o, const char* key);
// Each staff account's user name → the name shown for it ("Wang" rather than "admin"). Empty when
// the accounts cannot be read: callers show the user name then.
std::map<QString, QString> staffNames(Accounts& accounts);
// "11-22 10:05" in hall time for an RFC 3339 UTC stamp; empty for empty.
QString localTime(const QString& wire);
// "150-180 元/天".
QString payText(const QJsonObject& job);

// A wrapping list of check boxes: (code, label) pairs; codes are what gets stored.
QListWidget* makeChecklist(const QString& objectName, const QList<QPair<QString, QString>>& items,
                           QWidget* parent);
// The codes ticked, in the order they were ticked (or given to setCheckedCodes): the first is the
// one wanted most.
QStringList checkedCodes(const QListWidget* list);
// Calls `changed` after the codes ticked or their order may have changed (by a tick or by
// setCheckedCodes).
void onChecksChanged(QListWidget* list, const std::function<void()>& changed);
// Checks exactly `codes`, in that order; codes not listed yet are added (data from elsewhere stays
// visible).
void setCheckedCodes(QListWidget* list, const QStringList& codes);

// Districts offered in forms: the hall's own first, then the other places of its city, then
// (`wholeRegion`, for a choice list that can take any) those of the rest of Guangxi.
QStringList districtChoices(const QString& hallDistrict, bool wholeRegion = false);
// An editable list whose suggestions match anywhere in a choice: 青秀 offers 南宁市青秀区.
void suggestAnywhere(QComboBox* box);
// Offers `places` (stored forms) in an editable list, each read in the interface's language
// (Places::displayName) and holding its stored form.
void addPlaces(QComboBox* box, const QStringList& places);
// The place in an editable list of places as stored: the choice's stored form, or what was typed,
// in its stored form where the list of places knows it (also typed in English).
QString placeIn(const QComboBox* box);
// Shows the stored place `district` in an editable list of places: its choice, else as written.
void showPlace(QComboBox* box, const QString& district);

// A scrolling form pane that asks a splitter for the room its form needs across: the list
// beside it gives way rather than the form's right edge being cut (it scrolls only downwards).
QScrollArea* makeFormScroll(QWidget* parent = nullptr);
// Placements (applications) with what a clerk calls about: `_person` the person's name (their
// masked mobile for someone not registered), `_title` the job's title and `_employer` its
// employer.
void namePlacements(const EntityStore& store, std::vector<StoredEntity>& placements);
// A dialog listing rows to act on: `hint` above a table of `model`'s rows, under it a primary
// button `action` (off until a row is chosen) and Close. Deleted when closed; the caller
// connects the action and opens it. Object names: `prefix` + "Dialog", "Hint", "Table", "Close",
// and `actionName` for the action.
struct ListDialog
{
    QDialog* dialog = nullptr;
    StaffTableModel* model = nullptr;
    QTableView* table = nullptr;
    QPushButton* action = nullptr;
};
ListDialog makeListDialog(QWidget* parent, const QString& prefix, const QString& title,
                          const QString& hint, const QString& action, const QString& actionName);

// The style sheet of the service window.
QString styleSheet();

} // namespace lingong::staffui
