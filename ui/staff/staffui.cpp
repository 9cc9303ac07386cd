#include "staffui.h"

#include "accounts.h"

#include "clock.h"
#include "common/stafflabels.h"
#include "masking.h"
#include "places.h"
#include "staffreport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFocusEvent>
#include <QHash>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace lingong::staffui {

namespace {

// A list the keyboard enters without choosing a row: Qt makes the first row current on Tab, and
// the pages open the current row, so tabbing past a list would open someone else's record. An
// arrow key, Space or a click chooses.
class StaffTable final : public QTableView
{
public:
    using QTableView::QTableView;

protected:
    void focusInEvent(QFocusEvent* event) override
    {
        if (event->reason() != Qt::MouseFocusReason && !currentIndex().isValid()) {
            QAbstractScrollArea::focusInEvent(event);
            viewport()->update();
            return;
        }
        QTableView::focusInEvent(event);
    }
};

// The words shown in an empty list, kept across the viewport's width as it changes.
class EmptyNote final : public QLabel
{
public:
    EmptyNote(QTableView* view)
        : QLabel(view->viewport())
        , m_view(view)
    {
        setObjectName(view->objectName() + QStringLiteral("Empty"));
        setWordWrap(true);
        setAlignment(Qt::AlignLeft | Qt::AlignTop);
        setProperty("role", QStringLiteral("hint"));
        setAttribute(Qt::WA_TransparentForMouseEvents);
        view->viewport()->installEventFilter(this);
        QAbstractItemModel* model = view->model();
        connect(model, &QAbstractItemModel::modelReset, this, &EmptyNote::follow);
        connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyNote::follow);
        connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyNote::follow);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyNote::follow);
        hide();
    }

    void follow()
    {
        const bool show = !text().isEmpty() && m_view->model()->rowCount() == 0;
        if (show) {
            const QRect room = m_view->viewport()->rect().adjusted(12, 10, -12, -10);
            setGeometry(room.x(), room.y(), room.width(), heightForWidth(room.width()));
        }
        setVisible(show);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Resize)
            follow();
        return QLabel::eventFilter(watched, event);
    }

private:
    QTableView* m_view;
};

class FormScroll final : public QScrollArea
{
public:
    using QScrollArea::QScrollArea;

    QSize minimumSizeHint() const override
    {
        QSize s = QScrollArea::minimumSizeHint();
        if (widget())
            s.setWidth(std::max(s.width(), widget()->minimumSizeHint().width() + 2 * frameWidth() +
                                               verticalScrollBar()->sizeHint().width()));
        return s;
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        // The form grew (a section shown): the splitter asks again.
        if (watched == widget() && event->type() == QEvent::LayoutRequest)
            updateGeometry();
        return QScrollArea::eventFilter(watched, event);
    }
};

} // namespace

QScrollArea* makeFormScroll(QWidget* parent)
{
    auto* scroll = new FormScroll(parent);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return scroll;
}

QTableView* makeTable(StaffTableModel* model, const QString& objectName, QWidget* parent)
{
    auto* view = new StaffTable(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setDefaultSectionSize(30);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->setTabKeyNavigation(false);
    return view;
}

void makeSortable(QTableView* view)
{
    view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    view->horizontalHeader()->setSortIndicatorClearable(true);
    view->setSortingEnabled(true);
    // The chosen row stays in sight wherever the sort puts it.
    QObject::connect(view->model(), &QAbstractItemModel::layoutChanged, view, [view] {
        if (view->currentIndex().isValid())
            view->scrollTo(view->currentIndex());
    });
}

void fitColumns(QTableView* view, const QList<int>& stretching)
{
    QHeaderView* header = view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int column : stretching)
        header->setSectionResizeMode(column, QHeaderView::Stretch);
}

namespace {

// The property of a checklist that holds its codes in the order they were ticked.
constexpr const char* kCheckOrder = "checkOrder";

// The characters of a title a shared list shows however narrow it is.
constexpr int kLegibleChars = 7;

// Keeps the weighted columns of one table filling its viewport.
class ColumnSharer : public QObject
{
public:
    ColumnSharer(QTableView* view, const QList<QPair<int, int>>& weights)
        : QObject(view)
        , m_view(view)
        , m_weights(weights)
    {
        view->viewport()->installEventFilter(this);
        QHeaderView* header = view->horizontalHeader();
        connect(header, &QHeaderView::sectionResized, this, [this](int column) {
            if (!isShared(column))
                share();
        });
        connect(view->model(), &QAbstractItemModel::modelReset, this, &ColumnSharer::share);
        connect(view->model(), &QAbstractItemModel::layoutChanged, this, &ColumnSharer::share);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Resize)
            share();
        return QObject::eventFilter(watched, event);
    }

private:
    bool isShared(int column) const
    {
        for (const auto& w : m_weights)
            if (w.first == column)
                return true;
        return false;
    }

    void share()
    {
        if (m_sharing)
            return;
        m_sharing = true;
        QHeaderView* header = m_view->horizontalHeader();
        int available = m_view->viewport()->width();
        for (int c = 0; c < header->count(); ++c)
            if (!isShared(c) && !header->isSectionHidden(c))
                available -= header->sectionSize(c);
        int free = available;
        // Columns that need less than their share get what they need; the others split the rest.
        QList<QPair<int, int>> open = m_weights;
        QHash<int, int> widths;
        bool settled = false;
        while (!settled && !open.isEmpty()) {
            settled = true;
            int total = 0;
            for (const auto& w : open)
                total += w.second;
            for (qsizetype i = 0; i < open.size(); ++i) {
                const int column = open[i].first;
                const int need =
                    std::max(static_cast<QAbstractItemView*>(m_view)->sizeHintForColumn(column),
                             header->sectionSizeHint(column));
                if (need <= free * open[i].second / std::max(total, 1)) {
                    widths[column] = need;
                    free -= need;
                    open.removeAt(i);
                    settled = false;
                    break;
                }
            }
        }
        int total = 0;
        for (const auto& w : open)
            total += w.second;
        // A column is never narrower than its heading (but for the title's room, below).
        for (const auto& w : open)
            widths[w.first] = std::max(free * w.second / std::max(total, 1),
                                       std::max(40, header->sectionSizeHint(w.first)));
        int used = 0;
        for (auto it = widths.cbegin(); it != widths.cend(); ++it)
            used += it.value();
        // The leftover pixels, or those a heading needs beyond its share, are given or taken by
        // the first shared column, down to its own heading.
        const int first = m_weights.first().first;
        widths[first] = std::max(widths[first] + available - used,
                                 std::max(40, header->sectionSizeHint(first)));
        // Too little room for all: the first (a title) keeps a few characters to be read by,
        // taken from the other shared columns down to a sliver; the list scrolls sideways.
        // Seven characters and the ellipsis after them, inside the cell's margins.
        const QFontMetrics fm = m_view->fontMetrics();
        const int margins =
            2 * (m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1);
        const int legible =
            std::min(std::max(static_cast<QAbstractItemView*>(m_view)->sizeHintForColumn(first),
                              header->sectionSizeHint(first)),
                     fm.horizontalAdvance(QString(kLegibleChars, QChar(0x4E2D)) + QChar(0x2026)) +
                         margins + 1);
        for (const auto& w : m_weights) {
            const int sliver = header->minimumSectionSize();
            const int give = std::min(legible - widths[first], widths[w.first] - sliver);
            if (w.first != first && give > 0) {
                widths[w.first] -= give;
                widths[first] += give;
            }
        }
        for (auto it = widths.cbegin(); it != widths.cend(); ++it)
            header->resizeSection(it.key(), it.value());
        m_sharing = false;
    }

    QTableView* m_view;
    QList<QPair<int, int>> m_weights;
    bool m_sharing = false;
};

} // namespace

void shareColumns(QTableView* view, const QList<QPair<int, int>>& weights)
{
    QHeaderView* header = view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (const auto& w : weights)
        header->setSectionResizeMode(w.first, QHeaderView::Interactive);
    // The sliver a column that gives way to the title keeps.
    header->setMinimumSectionSize(40);
    new ColumnSharer(view, weights);
}

void bindFind(QWidget* page, QLineEdit* search)
{
    auto* key = new QShortcut(QKeySequence::Find, page);
    QObject::connect(key, &QShortcut::activated, search, [search] {
        search->setFocus(Qt::ShortcutFocusReason);
        search->selectAll();
    });
}

void searchAsTyped(QLineEdit* search, std::function<void()> run)
{
    auto* pause = new QTimer(search);
    pause->setObjectName(search->objectName() + QStringLiteral("Pause"));
    pause->setSingleShot(true);
    pause->setInterval(kSearchPauseMs);
    QObject::connect(search, &QLineEdit::textChanged, pause, qOverload<>(&QTimer::start));
    QObject::connect(pause, &QTimer::timeout, search, run);
    QObject::connect(search, &QLineEdit::returnPressed, search, [pause, run] {
        pause->stop();
        run();
    });
}

void setEmptyText(QTableView* view, const QString& text)
{
    auto* note = static_cast<EmptyNote*>(view->viewport()->findChild<QLabel*>(
        view->objectName() + QStringLiteral("Empty"), Qt::FindDirectChildrenOnly));
    if (!note)
        note = new EmptyNote(view);
    note->setText(text);
    note->follow();
}

QString selectedId(const QTableView* view)
{
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return rows.first().data(Qt::UserRole).toString();
}

bool selectId(QTableView* view, const QString& id)
{
    auto* model = static_cast<StaffTableModel*>(view->model());
    const int row = id.isEmpty() ? -1 : model->rowOf(id);
    if (row < 0)
        return false;
    view->selectionModel()->setCurrentIndex(
        model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollTo(model->index(row, 0));
    return true;
}

void setMessage(QLabel* label, const QString& text, Tone tone)
{
    static const char* const tones[] = {"info", "success", "warning", "error"};
    label->setProperty("tone", QString::fromLatin1(tones[int(tone)]));
    label->setText(text);
    label->setVisible(!text.isEmpty());
    label->style()->unpolish(label);
    label->style()->polish(label);
}

void printSlip(QLabel* message, const Config& config, const Result<Slip>& slip,
               const QString& failed, const QString& sent, const QString& saved,
               const SaveFolder& folder, bool fileNameOnly)
{
    if (!slip.ok()) {
        setMessage(message, slip.error().message, Tone::Error);
        return;
    }
    QString where;
    if (Status printed = SlipPrinter(config).print(slip.value(), &where); !printed.ok()) {
        // No printer here: the clerk may keep the sheet as a PDF, where they choose (a USB
        // stick, say), to print elsewhere or send on. Nothing is kept unasked.
        if (printed.error().code == QLatin1String("print.printer")) {
            setMessage(message,
                       failed.arg(printed.error().message) + QLatin1Char(' ') +
                           SlipPrinter::tr("Choose where to save it as a PDF instead, to print "
                                           "elsewhere or send on, or cancel."),
                       Tone::Warning);
            savePdfAs(message, slip.value(), fileNameOnly, folder);
            return;
        }
        setMessage(message, failed.arg(printed.error().message), Tone::Error);
        return;
    }
    setMessage(message,
               config.pdfFolder.isEmpty() ? sent.arg(where)
               : fileNameOnly             ? saved.arg(QFileInfo(where).fileName())
                                          : saved.arg(QDir::toNativeSeparators(where)),
               Tone::Success);
}

void savePdfAs(QLabel* message, const Slip& slip, bool fileNameOnly, const SaveFolder& folder)
{
    QWidget* page = message->parentWidget();
    // The folder chosen last while it is there (a USB stick may have been taken out), else the
    // reports' own, made when first needed.
    QString where = folder.last && QFileInfo(*folder.last).isDir() ? *folder.last : QString();
    if (where.isEmpty()) {
        where = folder.fallback.isEmpty() ? SlipPrinter::fallbackFolder() : folder.fallback;
        QDir().mkpath(where);
    }
    // A sheet of a period is named as its report is (statistics-2026-12), and offered over the
    // last one saved, which the dialog asks about; one of a person or a case (a referral
    // letter) keeps the time it was printed, so that the next person's does not replace it.
    const QString name = slip.number.isEmpty() ? SlipPrinter::fileName(slip)
                                               : slip.kind + QLatin1Char('-') + slip.number;
    auto* dialog = new QFileDialog(page, SlipPrinter::tr("Save as PDF"),
                                   QDir(where).filePath(name + QStringLiteral(".pdf")),
                                   SlipPrinter::tr("PDF files (*.pdf)"));
    dialog->setObjectName(QStringLiteral("slipSaveDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // On sheets of A4, whatever paper this window's printer would take.
    const QByteArray pdf = SlipPrinter::pdf(slip, QStringLiteral("a4"));
    QString* last = folder.last;
    QObject::connect(dialog, &QFileDialog::fileSelected, message,
                     [message, pdf, fileNameOnly, last, store = folder.store](const QString& path) {
                         if (path.isEmpty())
                             return;
                         if (StaffReport::isStoreFile(path, store)) {
                             setMessage(message,
                                        SlipPrinter::tr("The sheet cannot be saved as %1: that "
                                                        "file belongs to this window's store of "
                                                        "records. Choose another name.")
                                            .arg(QDir::toNativeSeparators(path)),
                                        Tone::Error);
                             return;
                         }
                         if (Status st = SlipPrinter::writePdf(pdf, path); !st.ok()) {
                             setMessage(message, st.error().message, Tone::Error);
                             return;
                         }
                         if (last)
                             *last = QFileInfo(path).absolutePath();
                         setMessage(message,
                                    SlipPrinter::tr("Saved as a PDF: %1")
                                        .arg(fileNameOnly ? QFileInfo(path).fileName()
                                                          : QDir::toNativeSeparators(path)),
                                    Tone::Success);
                     });
    dialog->open();
}

void namePlacements(const EntityStore& store, std::vector<StoredEntity>& placements)
{
    for (StoredEntity& a : placements) {
        auto job = store.get(entities::job(), str(a.data, "job_id"));
        const QJsonObject j = job.ok() && job.value() ? job.value()->data : QJsonObject();
        auto seeker = store.get(entities::seeker(), str(a.data, "seeker_id"));
        const QString name =
            seeker.ok() && seeker.value() ? str(seeker.value()->data, "name") : QString();
        a.data.insert(QStringLiteral("_person"),
                      name.isEmpty() ? masking::phone(str(a.data, "phone")) : name);
        a.data.insert(QStringLiteral("_title"), str(j, "title"));
        a.data.insert(QStringLiteral("_employer"), StaffLabels::jobEmployer(j));
    }
}

ListDialog makeListDialog(QWidget* parent, const QString& prefix, const QString& title,
                          const QString& hint, const QString& action, const QString& actionName)
{
    ListDialog d;
    d.dialog = new QDialog(parent);
    d.dialog->setObjectName(prefix + QStringLiteral("Dialog"));
    d.dialog->setAttribute(Qt::WA_DeleteOnClose);
    d.dialog->setWindowTitle(title);
    auto* layout = new QVBoxLayout(d.dialog);
    auto* label = new QLabel(hint, d.dialog);
    label->setObjectName(prefix + QStringLiteral("Hint"));
    label->setWordWrap(true);
    layout->addWidget(label);
    d.model = new StaffTableModel(d.dialog);
    d.table = makeTable(d.model, prefix + QStringLiteral("Table"), d.dialog);
    layout->addWidget(d.table, 1);
    auto* buttons = new QDialogButtonBox(d.dialog);
    d.action = buttons->addButton(action, QDialogButtonBox::AcceptRole);
    d.action->setObjectName(actionName);
    d.action->setProperty("primary", true);
    d.action->setEnabled(false);
    buttons
        ->addButton(QCoreApplication::translate("lingong::staffui", "Close"),
                    QDialogButtonBox::RejectRole)
        ->setObjectName(prefix + QStringLiteral("Close"));
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::rejected, d.dialog, &QDialog::reject);
    return d;
}

QLabel* makeMessage(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setProperty("role", QStringLiteral("message"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setVisible(false);
    return label;
}

void keepMessageLine(QBoxLayout* row, QLabel* message)
{
    setMessage(message, QStringLiteral("X"), Tone::Info);
    message->ensurePolished();
    row->addStrut(message->sizeHint().height());
    setMessage(message, QString(), Tone::Info);
}

QVBoxLayout* formPane(QWidget* pane, QScrollArea* scroll, QLabel* message)
{
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addWidget(message);
    return layout;
}

QLabel* makeTitle(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setProperty("role", QStringLiteral("title"));
    return label;
}

void holdBriefly(const QList<QWidget*>& widgets, const std::function<bool()>& enable, int ms)
{
    if (widgets.isEmpty())
        return;
    QPointer<QWidget> focused;
    for (QWidget* w : widgets) {
        if (w && w->hasFocus()) {
            focused = w;
            w->clearFocus(); // nowhere while held, rather than in the next field
        }
        if (w)
            w->setEnabled(false);
    }
    QTimer::singleShot(
        ms > 0 ? ms : QApplication::doubleClickInterval(), widgets.first(),
        [widgets, enable, focused] {
            const bool on = !enable || enable();
            for (QWidget* w : widgets)
                if (w)
                    w->setEnabled(on);
            // Back where it was, unless the clerk has gone on to another field meanwhile.
            if (on && focused && focused->isVisible() && focused->window()->isActiveWindow() &&
                (!QApplication::focusWidget() || QApplication::focusWidget() == focused->window()))
                focused->setFocus(Qt::OtherFocusReason);
        });
}

void markInvalid(QWidget* input, bool invalid)
{
    if (!input || input->property("invalid").toBool() == invalid)
        return;
    input->setProperty("invalid", invalid);
    input->style()->unpolish(input);
    input->style()->polish(input);
    // Line and text edits get a red frame from the style sheet. Combo boxes, spin boxes and date
    // fields would lose their arrows to a style-sheet frame: they turn light red through their
    // palette instead.
    if (!qobject_cast<QLineEdit*>(input) && !qobject_cast<QPlainTextEdit*>(input)) {
        QPalette palette; // nothing set: the widget follows its parent again
        if (invalid) {
            palette = input->palette();
            for (const QPalette::ColorRole role : {QPalette::Base, QPalette::Button})
                palette.setColor(role, QColor(0xff, 0xdd, 0xdd));
        }
        input->setPalette(palette);
    }
    input->update();
}

void markUntilEdited(QWidget* input, QLabel* message, const QString& text)
{
    markAllUntilEdited({{input, text}}, message);
}

void markAllUntilEdited(const QList<std::pair<QWidget*, QString>>& problems, QLabel* message)
{
    // An input the clerk types in, ticks or chooses from: its mark goes with an edit. Others
    // (none, or a spin box) stay marked until the next save, and their words go with the last
    // edit that takes a mark away.
    const auto editable = [](QWidget* w) {
        return qobject_cast<QLineEdit*>(w) || qobject_cast<QPlainTextEdit*>(w) ||
               qobject_cast<QAbstractButton*>(w) || qobject_cast<QComboBox*>(w);
    };
    // What is still to fix, and the message as last set from it (a newer one is left alone).
    struct Left
    {
        QList<std::pair<QWidget*, QString>> problems;
        QString said;
    };
    auto left = std::make_shared<Left>();
    // Each problem's words once, in order.
    const auto text = [left] {
        QStringList parts;
        for (const auto& [input, part] : std::as_const(left->problems))
            if (!parts.contains(part))
                parts << part;
        return parts.join(QLatin1Char(' '));
    };
    left->problems = problems;
    left->said = text();
    setMessage(message, left->said, Tone::Error);
    QList<QWidget*> marked;
    for (const auto& [input, part] : problems)
        if (input && !marked.contains(input))
            marked << input;
    for (QWidget* input : std::as_const(marked)) {
        markInvalid(input, true);
        if (!editable(input))
            continue;
        auto connection = std::make_shared<QMetaObject::Connection>();
        const auto edited = [input, message, connection, left, text, editable] {
            QObject::disconnect(*connection);
            markInvalid(input, false);
            left->problems.removeIf([input](const auto& p) { return p.first == input; });
            if (message->text() != left->said)
                return;
            const bool open = std::any_of(left->problems.begin(), left->problems.end(),
                                          [&](const auto& p) { return editable(p.first); });
            left->said = open ? text() : QString();
            setMessage(message, left->said, left->said.isEmpty() ? Tone::Info : Tone::Error);
        };
        if (auto* line = qobject_cast<QLineEdit*>(input))
            *connection = QObject::connect(line, &QLineEdit::textEdited, line, edited);
        else if (auto* plain = qobject_cast<QPlainTextEdit*>(input))
            *connection = QObject::connect(plain, &QPlainTextEdit::textChanged, plain, edited);
        else if (auto* button = qobject_cast<QAbstractButton*>(input))
            *connection = QObject::connect(button, &QAbstractButton::toggled, button, edited);
        else if (auto* combo = qobject_cast<QComboBox*>(input); combo && combo->isEditable())
            *connection = QObject::connect(combo, &QComboBox::editTextChanged, combo, edited);
        else if (combo)
            *connection = QObject::connect(combo, &QComboBox::currentIndexChanged, combo, edited);
    }
}

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

std::map<QString, QString> staffNames(Accounts& accounts)
{
    std::map<QString, QString> names;
    if (auto list = accounts.list(); list.ok()) {
        for (const StaffAccount& a : list.value())
            names.emplace(a.actor(), a.label());
    }
    return names;
}

QString localTime(const QString& wire)
{
    const QDateTime t = Clock::fromWire(wire);
    if (!t.isValid())
        return {};
    return t.toOffsetFromUtc(8 * 3600).toString(QStringLiteral("MM-dd HH:mm"));
}

QString payText(const QJsonObject& job)
{
    const QJsonObject pay = job.value(QLatin1String("pay")).toObject();
    const double min = pay.value(QLatin1String("min")).toDouble();
    const double max = pay.value(QLatin1String("max")).toDouble();
    const QString range =
        min == max || min <= 0
            ? QString::number(max)
            : QStringLiteral("%1-%2").arg(QString::number(min), QString::number(max));
    return range + QLatin1Char(' ') + StaffLabels::payUnit(str(pay, "unit"));
}

namespace {

// A wrapping checklist as tall as its rows at its width: every choice in sight, none behind a
// scroll bar of its own (the form around it scrolls).
class FittingChecklist final : public QListWidget
{
public:
    using QListWidget::QListWidget;

protected:
    void updateGeometries() override
    {
        QListWidget::updateGeometries();
        const int wanted = contentsSize().height() + 2 * frameWidth() + 2 * spacing();
        if (contentsSize().height() > 0 && wanted != height() && !m_fitting) {
            m_fitting = true;
            setFixedHeight(wanted);
            m_fitting = false;
        }
    }

    // A click on a choice's words ticks it as a click on its box does (the list alone ticks only
    // at the box). Once a click: the second click of a double click does not take it back.
    void mousePressEvent(QMouseEvent* event) override
    {
        m_pressed =
            event->button() == Qt::LeftButton ? itemAt(event->position().toPoint()) : nullptr;
        m_stateAtPress = m_pressed ? m_pressed->checkState() : Qt::Unchecked;
        QListWidget::mousePressEvent(event);
    }

    void mouseReleaseEvent(QMouseEvent* event) override
    {
        QListWidgetItem* pressed = std::exchange(m_pressed, nullptr);
        QListWidget::mouseReleaseEvent(event);
        if (pressed && event->button() == Qt::LeftButton &&
            itemAt(event->position().toPoint()) == pressed &&
            pressed->checkState() == m_stateAtPress &&
            (pressed->flags() & Qt::ItemIsUserCheckable) && (pressed->flags() & Qt::ItemIsEnabled))
            pressed->setCheckState(m_stateAtPress == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    }

private:
    bool m_fitting = false;
    QListWidgetItem* m_pressed = nullptr;
    Qt::CheckState m_stateAtPress = Qt::Unchecked;
};

} // namespace

QListWidget* makeChecklist(const QString& objectName, const QList<QPair<QString, QString>>& items,
                           QWidget* parent)
{
    auto* list = new FittingChecklist(parent);
    list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setObjectName(objectName);
    list->setFlow(QListView::LeftToRight);
    list->setWrapping(true);
    list->setResizeMode(QListView::Adjust);
    list->setSpacing(2);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    for (const auto& [code, label] : items) {
        auto* item = new QListWidgetItem(label, list);
        item->setData(Qt::UserRole, code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    // The codes in the order they were ticked.
    QObject::connect(list, &QListWidget::itemChanged, list, [list](QListWidgetItem* item) {
        const QString code = item->data(Qt::UserRole).toString();
        QStringList order = list->property(kCheckOrder).toStringList();
        const bool listed = order.contains(code);
        if (item->checkState() == Qt::Checked && !listed)
            order << code;
        else if (item->checkState() != Qt::Checked && listed)
            order.removeAll(code);
        else
            return;
        list->setProperty(kCheckOrder, order);
    });
    return list;
}

QStringList checkedCodes(const QListWidget* list)
{
    QStringList checked;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            checked << list->item(i)->data(Qt::UserRole).toString();
    QStringList out;
    for (const QString& code : list->property(kCheckOrder).toStringList())
        if (checked.contains(code))
            out << code;
    for (const QString& code : std::as_const(checked))
        if (!out.contains(code))
            out << code;
    return out;
}

namespace {

// Calls back when a checklist's order of ticks is set or changes.
class CheckOrderWatch : public QObject
{
public:
    CheckOrderWatch(QListWidget* list, std::function<void()> changed)
        : QObject(list)
        , m_changed(std::move(changed))
    {
        list->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::DynamicPropertyChange &&
            static_cast<QDynamicPropertyChangeEvent*>(event)->propertyName() == kCheckOrder)
            m_changed();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_changed;
};

} // namespace

void onChecksChanged(QListWidget* list, const std::function<void()>& changed)
{
    QObject::connect(list, &QListWidget::itemChanged, list, [changed] { changed(); });
    new CheckOrderWatch(list, changed);
}

void setCheckedCodes(QListWidget* list, const QStringList& codes)
{
    list->setProperty(kCheckOrder, codes);
    QStringList missing = codes;
    for (int i = 0; i < list->count(); ++i) {
        const QString code = list->item(i)->data(Qt::UserRole).toString();
        list->item(i)->setCheckState(codes.contains(code) ? Qt::Checked : Qt::Unchecked);
        missing.removeAll(code);
    }
    for (const QString& code : std::as_const(missing)) {
        auto* item = new QListWidgetItem(code, list);
        item->setData(Qt::UserRole, code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
}

QStringList districtChoices(const QString& hallDistrict, bool wholeRegion)
{
    return Places::guangxi().near(hallDistrict, !wholeRegion);
}

void addPlaces(QComboBox* box, const QStringList& places)
{
    // As wide as a usual name; the longest English ones would crowd out the address beside it.
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(18);
    for (const QString& d : places)
        box->addItem(Places::guangxi().displayName(d), d);
}

QString placeIn(const QComboBox* box)
{
    const QString typed = box->currentText().trimmed();
    const int i = box->findText(typed);
    if (i >= 0 && !box->itemData(i).toString().isEmpty())
        return box->itemData(i).toString();
    return Places::guangxi().knows(typed) ? Places::guangxi().canonical(typed) : typed;
}

void showPlace(QComboBox* box, const QString& district)
{
    const int i = district.isEmpty() ? -1 : box->findData(Places::guangxi().canonical(district));
    if (i >= 0)
        box->setCurrentIndex(i);
    else
        box->setEditText(district);
}

void suggestAnywhere(QComboBox* box)
{
    if (!box->completer())
        return;
    box->completer()->setFilterMode(Qt::MatchContains);
    box->completer()->setCompletionMode(QCompleter::PopupCompletion);
    box->completer()->setCaseSensitivity(Qt::CaseInsensitive);
}

QString styleSheet()
{
    return QStringLiteral(R"(
QWidget { font-family: "Noto Sans CJK SC"; font-size: 15px; }
QWidget#staffWorkspace, QWidget#staffLoginPage { background: #f4f6f8; }
QLabel#staffHall { font-size: 18px; font-weight: bold; }
QFrame#staffTopBar { background: #0b5394; }
QFrame#staffTopBar QLabel { color: white; }
QFrame#staffTopBar QPushButton { background: #1c6bb8; color: white; border: 1px solid #5b9bd5;
    border-radius: 4px; padding: 4px 12px; }
QFrame#staffTopBar QPushButton:hover { background: #2a7ccc; }
QListWidget#staffNav { background: #ffffff; border: none; border-right: 1px solid #d0d7de;
    outline: none; }
QListWidget#staffNav::item { padding: 9px 12px; border-left: 4px solid transparent; }
QListWidget#staffNav::item:selected { background: #e3eefa; color: #0b5394;
    border-left: 4px solid #0b5394; font-weight: bold; }
QLabel[role="title"] { font-size: 20px; font-weight: bold; color: #1f2d3d; }
QLabel[role="section"] { font-weight: bold; color: #0b5394; padding-top: 4px; }
QLabel[role="hint"] { color: #5f6b7a; }
QLabel[role="message"] { padding: 6px 10px; border-radius: 4px; }
QLabel[role="message"][tone="info"] { background: #e8f1fb; color: #0b3d70; }
QLabel[role="message"][tone="success"] { background: #e6f4ea; color: #1e5e2f; }
QLabel[role="message"][tone="warning"] { background: #fff4e5; color: #7a4a00; }
QLabel[role="message"][tone="error"] { background: #fdecea; color: #a4161a; font-weight: bold; }
QLabel#payState[unsettled="true"] { color: #a4161a; font-weight: bold; }
QLabel#tierProgress { background: #fff8e1; border: 1px solid #f0c36d; border-radius: 4px;
    padding: 6px 10px; color: #6b4e00; }
QLineEdit, QPlainTextEdit {
    background: white; border: 1px solid #b8c2cc; border-radius: 3px; padding: 3px 5px; }
QLineEdit:focus, QPlainTextEdit:focus { border: 1px solid #0b5394; }
QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"] { border: 2px solid #c62828;
    padding: 2px 4px; background: #fff5f5; }
QPushButton { padding: 5px 14px; border: 1px solid #a9b4c0; border-radius: 4px;
    background: #ffffff; }
QPushButton:hover { background: #eef3f8; }
QPushButton:disabled { color: #9aa5b1; background: #f1f3f5; }
QPushButton[primary="true"] { background: #0b5394; color: white; border: 1px solid #0b5394;
    font-weight: bold; }
QPushButton[primary="true"]:hover { background: #0d62ae; }
QPushButton[primary="true"]:disabled { background: #e4e8ec; border: 1px solid #cfd6dd;
    color: #9aa5b1; font-weight: normal; }
QPushButton:checked { background: #0b5394; color: white; border: 1px solid #0b5394; }
QPushButton[danger="true"] { color: #a4161a; border: 1px solid #e0a3a3; }
QPushButton[danger="true"]:disabled { color: #9aa5b1; border: 1px solid #a9b4c0; }
QTableView { background: white; alternate-background-color: #f7f9fb; border: 1px solid #d0d7de;
    selection-background-color: #cfe2f7; selection-color: #102a43; gridline-color: #e6eaee; }
QTableView:focus { border: 1px solid #0b5394; }
QHeaderView::section { background: #eef2f6; border: none; border-bottom: 1px solid #d0d7de;
    border-right: 1px solid #e1e6eb; padding: 4px 6px; font-weight: bold; }
QGroupBox { border: 1px solid #d0d7de; border-radius: 4px; margin-top: 12px; background: white; }
QGroupBox::title { subcontrol-origin: margin; left: 8px; padding: 0 4px; color: #0b5394;
    font-weight: bold; }
QScrollArea { border: none; background: transparent; }
QScrollArea > QWidget > QWidget { background: transparent; }
)");
}

AskedOnce::Press AskedOnce::press(const QString& about, const QString& button)
{
    if (m_about == about) {
        // The second click of a double click on the button that asked is no answer to the
        // question just asked; another button pressed meanwhile was.
        const bool doubleClick = !button.isEmpty() && button == m_by && m_at.isValid() &&
                                 m_at.elapsed() < QApplication::doubleClickInterval() + 200;
        m_at.invalidate();
        return doubleClick ? Press::Held : Press::Answered;
    }
    m_about = about;
    m_by = button;
    m_at.start();
    return Press::Ask;
}

} // namespace lingong::staffui
