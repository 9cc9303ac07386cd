#include "staffcontentpage.h"

#include "common/stafflabels.h"
#include "common/stafftablemodel.h"
#include "displayfeed.h"
#include "staffui.h"
#include "statistics.h"

#include <QColor>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace lingong {

using staffui::str;
using staffui::Tone;

StaffContentPage::StaffContentPage(StaffContext& ctx, QWidget* parent)
    : StaffPage(ctx, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 8);
    auto* head = new QHBoxLayout;
    head->addWidget(staffui::makeTitle(tr("Content for kiosks and the wall"), this));
    head->addSpacing(16);
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("contentFilter"));
    m_filter->addItem(tr("All kinds"), QString());
    for (const QString& k : ContentService::kinds())
        m_filter->addItem(StaffLabels::contentKind(k), k);
    head->addWidget(m_filter);
    head->addStretch(1);
    auto* fresh = new QPushButton(tr("New item (Ctrl+N)"), this);
    fresh->setObjectName(QStringLiteral("contentNew"));
    head->addWidget(fresh);
    layout->addLayout(head);

    auto* split = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(split, 1);
    m_model = new StaffTableModel(this);
    m_model->setColumns({
        {tr("Kind"),
         [](const StoredEntity& e) { return StaffLabels::contentKind(str(e.data, "kind")); }},
        {tr("Title"), [](const StoredEntity& e) { return str(e.data, "title"); }},
        {tr("Order"),
         [](const StoredEntity& e) {
             return QString::number(e.data.value(QLatin1String("sort_order")).toInt());
         }},
        {tr("Shown until"),
         [this](const StoredEntity& e) {
             const QString until = ContentService::boundText(str(e.data, "valid_until"));
             return ended(e) ? tr("%1 (ended)").arg(until) : until;
         }},
    });
    // What is no longer shown anywhere is greyed.
    m_model->setRowStyle([this](const StoredEntity& e, int role) -> QVariant {
        if (role == Qt::ForegroundRole && ended(e))
            return QColor(0x6b, 0x77, 0x85);
        return {};
    });
    m_table = staffui::makeTable(m_model, QStringLiteral("contentTable"), split);
    staffui::fitColumns(m_table, {1});
    split->addWidget(m_table);

    auto* scroll = staffui::makeFormScroll(split);
    m_formScroll = scroll;
    auto* host = new QWidget(scroll);
    auto* rl = new QVBoxLayout(host);
    rl->setContentsMargins(10, 0, 6, 0);
    m_formTitle = new QLabel(host);
    m_formTitle->setProperty("role", QStringLiteral("section"));
    m_formTitle->setObjectName(QStringLiteral("contentFormTitle"));
    // A long title wraps: the list beside the form keeps its width.
    m_formTitle->setWordWrap(true);
    rl->addWidget(m_formTitle);
    auto* form = new QFormLayout;
    m_form = form;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_kind = new QComboBox(host);
    m_kind->setObjectName(QStringLiteral("contentKind"));
    for (const QString& k : ContentService::kinds())
        m_kind->addItem(StaffLabels::contentKind(k), k);
    form->addRow(tr("Kind"), m_kind);
    m_title = new QLineEdit(host);
    m_title->setObjectName(QStringLiteral("contentTitle"));
    form->addRow(tr("Title"), m_title);
    m_body = new QPlainTextEdit(host);
    m_body->setObjectName(QStringLiteral("contentBody"));
    m_body->setTabChangesFocus(true);
    m_body->setMinimumHeight(140);
    form->addRow(tr("Text"), m_body);
    const auto line = [&](const char* name) {
        auto* e = new QLineEdit(host);
        e->setObjectName(QLatin1String(name));
        return e;
    };
    m_institution = line("contentInstitution");
    form->addRow(tr("Institution"), m_institution);
    m_start = line("contentStart");
    m_cost = line("contentCost");
    auto* trainRow = new QHBoxLayout;
    trainRow->addWidget(m_start);
    trainRow->addWidget(new QLabel(tr("Cost"), host));
    trainRow->addWidget(m_cost, 1);
    form->addRow(tr("Starts"), trainRow);
    m_trainRow = trainRow;
    m_phone = line("contentPhone");
    form->addRow(tr("Phone"), m_phone);
    // Whom to ask about an urgent notice (e.g. 一号服务窗口), said beside it on wall and kiosk.
    m_contact = line("contentContact");
    m_contact->setPlaceholderText(tr("e.g. Window 1"));
    form->addRow(tr("Whom to ask"), m_contact);
    m_address = line("contentAddress");
    form->addRow(tr("Address"), m_address);
    // The market's own directory entry (L4): its kind, and the figures the directory asks for,
    // which the store can give.
    m_nature = new QComboBox(host);
    m_nature->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_nature->setObjectName(QStringLiteral("contentNature"));
    auto* natureRow = new QHBoxLayout;
    natureRow->addWidget(m_nature);
    natureRow->addStretch(1);
    auto* fill = new QPushButton(tr("Fill in this hall's figures"), host);
    fill->setObjectName(QStringLiteral("contentFillFigures"));
    natureRow->addWidget(fill);
    form->addRow(tr("Kind of market"), natureRow);
    m_natureRow = natureRow;
    m_hours = line("contentHours");
    form->addRow(tr("Opening hours"), m_hours);
    m_services = line("contentServices");
    form->addRow(tr("Services"), m_services);
    m_trades = line("contentTrades");
    form->addRow(tr("Main trades"), m_trades);
    m_seekerScale = line("contentSeekerScale");
    form->addRow(tr("Job seekers"), m_seekerScale);
    m_placements = line("contentPlacements");
    form->addRow(tr("Placements a day"), m_placements);
    // The kind-specific fields the form offers; other keys of `extra` are kept as they are.
    m_extraFields = {{"phone", m_phone},
                     {"contact", m_contact},
                     {"address", m_address},
                     {"institution", m_institution},
                     {"start", m_start},
                     {"cost", m_cost},
                     {"hours", m_hours},
                     {"services", m_services},
                     {"occupations", m_trades},
                     {"seeker_scale", m_seekerScale},
                     {"daily_placements", m_placements}};
    m_from = line("contentFrom");
    m_from->setPlaceholderText(QStringLiteral("YYYY-MM-DD HH:MM"));
    m_until = line("contentUntil");
    m_until->setPlaceholderText(QStringLiteral("YYYY-MM-DD HH:MM"));
    m_order = new QSpinBox(host);
    m_order->setObjectName(QStringLiteral("contentOrder"));
    m_order->setRange(0, 9999);
    auto* dateRow = new QHBoxLayout;
    dateRow->addWidget(m_from);
    dateRow->addWidget(new QLabel(tr("to"), host));
    dateRow->addWidget(m_until);
    dateRow->addWidget(new QLabel(tr("Order"), host));
    dateRow->addWidget(m_order);
    form->addRow(tr("Shown from"), dateRow);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &StaffContentPage::showKindRows);
    rl->addLayout(form);
    m_datesHint = new QLabel(host);
    m_datesHint->setObjectName(QStringLiteral("contentDatesHint"));
    m_datesHint->setProperty("role", QStringLiteral("hint"));
    m_datesHint->setWordWrap(true);
    rl->addWidget(m_datesHint);
    showKindRows();
    rl->addStretch(1);
    scroll->setWidget(host);
    // Messages and the buttons stay in sight below the scrolling form: a message appearing never
    // moves a field or button under the clerk's mouse.
    auto* pane = new QWidget(split);
    m_message = staffui::makeMessage(QStringLiteral("contentMessage"), pane);
    QVBoxLayout* pl = staffui::formPane(pane, scroll, m_message);
    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(10, 4, 6, 0);
    auto* save = new QPushButton(tr("Save (Ctrl+S)"), pane);
    save->setObjectName(QStringLiteral("contentSave"));
    save->setProperty("primary", true);
    m_remove = new QPushButton(tr("Remove"), pane);
    m_remove->setObjectName(QStringLiteral("contentRemove"));
    m_remove->setProperty("danger", true);
    // Throws away what was typed over the item (kept aside or not): it is shown as stored.
    m_discard = new QPushButton(tr("Discard changes"), pane);
    m_discard->setObjectName(QStringLiteral("contentDiscard"));
    connect(m_discard, &QPushButton::clicked, this, &StaffContentPage::discardChanges);
    buttons->addWidget(save);
    buttons->addWidget(m_discard);
    buttons->addStretch(1);
    buttons->addWidget(m_remove);
    pl->addLayout(buttons);
    split->addWidget(pane);
    split->setSizes({520, 660});

    connect(m_filter, &QComboBox::currentIndexChanged, this, &StaffContentPage::refresh);
    connect(fresh, &QPushButton::clicked, this, &StaffContentPage::startNew);
    connect(save, &QPushButton::clicked, this, [this] { StaffContentPage::save(); });
    connect(m_remove, &QPushButton::clicked, this, &StaffContentPage::remove);
    connect(fill, &QPushButton::clicked, this, &StaffContentPage::fillFigures);
    auto* saveKey = new QShortcut(QKeySequence::Save, this);
    // Ctrl+S held down saves once: its repeats answer no question.
    saveKey->setAutoRepeat(false);
    connect(saveKey, &QShortcut::activated, this, [this] { StaffContentPage::save(QString()); });
    auto* newKey = new QShortcut(QKeySequence::New, this);
    connect(newKey, &QShortcut::activated, this, &StaffContentPage::startNew);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& index) {
                const StoredEntity* e = m_model->entity(index.row());
                if (e && e->id != m_currentId)
                    openItem(e->id);
            });
    startNew();
}

void StaffContentPage::refresh()
{
    auto list = m_ctx.content.list(m_filter->currentData().toString());
    if (!list.ok()) {
        staffui::setMessage(m_message, list.error().message, Tone::Error);
        return;
    }
    m_model->setRows(std::move(list.value()));
    staffui::selectId(m_table, m_currentId);
    // Changes kept aside for an item removed elsewhere meanwhile have nothing to come back to.
    m_drafts.keepOnly([this](const QString& id) {
        if (id.isEmpty())
            return true;
        auto stored = m_ctx.terminal.store().get(entities::content(), id);
        return !stored.ok() || stored.value().has_value();
    });
}

bool StaffContentPage::ended(const StoredEntity& item) const
{
    const auto end = DisplayFeed::urgentEnd(item);
    return end && *end <= m_ctx.terminal.clock().now();
}

void StaffContentPage::showKindRows()
{
    const bool training = m_kind->currentData().toString() == QLatin1String("training") ||
                          !m_institution->text().isEmpty() || !m_start->text().isEmpty() ||
                          !m_cost->text().isEmpty();
    m_form->setRowVisible(m_institution, training);
    m_form->setRowVisible(m_trainRow, training);
    bool market = m_kind->currentData().toString() == QLatin1String("market") ||
                  !m_nature->currentData().toString().isEmpty();
    for (const QLineEdit* e : {m_hours, m_services, m_trades, m_seekerScale, m_placements})
        market = market || !e->text().isEmpty();
    m_form->setRowVisible(m_natureRow, market);
    for (QLineEdit* e : {m_hours, m_services, m_trades, m_seekerScale, m_placements})
        m_form->setRowVisible(e, market);
    const bool urgent = m_kind->currentData().toString() == QLatin1String("urgent");
    m_form->setRowVisible(m_contact, urgent || !m_contact->text().isEmpty());
    m_datesHint->setText(
        urgent ? tr("An urgent notice needs an end: until then it takes over the wall screen and "
                    "stands on every kiosk screen. A date alone runs through that day; add a time "
                    "(HH:MM) for part of a day.")
               : tr("Leave the dates empty to show it until it is removed."));
}

void StaffContentPage::setNature(const QString& stored)
{
    const QSignalBlocker quiet(m_nature);
    m_nature->clear();
    m_nature->addItem(tr("(not stated)"), QString());
    for (const QString& n : ContentService::marketNatures())
        m_nature->addItem(ContentService::marketNatureLabel(n), n);
    // A kind written elsewhere (at the platform) is kept as it is.
    if (!stored.isEmpty() && m_nature->findData(stored) < 0)
        m_nature->addItem(stored, stored);
    m_nature->setCurrentIndex(std::max(0, m_nature->findData(stored)));
}

void StaffContentPage::fillFigures()
{
    const StatisticsService stats(m_ctx.terminal.database(), m_ctx.terminal.reference());
    auto d = stats.directory(m_ctx.today());
    if (!d.ok()) {
        staffui::setMessage(m_message, d.error().message, Tone::Error);
        return;
    }
    // Each long text shown from its start.
    const auto put = [](QLineEdit* e, const QString& value) {
        e->setText(value);
        e->setCursorPosition(0);
    };
    put(m_trades, d->tradesText());
    put(m_seekerScale, d->seekerScaleText());
    put(m_placements, d->placementsText());
    // What the terminal's own settings say of the hall, where the entry says nothing yet.
    const Config& c = m_ctx.terminal.config();
    const auto orConfig = [&put](QLineEdit* e, const QString& value) {
        if (e->text().trimmed().isEmpty())
            put(e, value);
    };
    orConfig(m_address, c.address);
    orConfig(m_phone, c.hotline);
    orConfig(m_hours, c.openingHours);
    const QString dayFormat = tr("d MMM yyyy", "date format");
    staffui::setMessage(
        m_message,
        tr("Filled in from this hall's records from %1 to %2: check them, then "
           "save.")
            .arg(QLocale().toString(d->from, dayFormat), QLocale().toString(d->through, dayFormat)),
        Tone::Info);
}

void StaffContentPage::startNew()
{
    m_endAsked.clear();
    // New on a new item already typed in: a second press clears it.
    if (m_currentId.isEmpty() && !m_loaded.isEmpty() && typed() != m_loaded) {
        if (!m_clearArmed) {
            m_clearArmed = true;
            staffui::setMessage(m_message, tr("Press New again to clear what was typed."),
                                Tone::Warning);
            return;
        }
        m_loaded = typed();
    }
    m_clearArmed = false;
    m_discardAsked.reset();
    keepDraft();
    disarmRemove();
    staffui::markInvalid(m_kind, false);
    m_currentId.clear();
    m_record = {};
    m_table->clearSelection();
    m_table->selectionModel()->clearCurrentIndex();
    m_formTitle->setText(tr("New item"));
    const int kind = m_kind->findData(m_filter->currentData());
    m_kind->setCurrentIndex(std::max(0, kind));
    m_title->clear();
    for (const auto& [key, e] : m_extraFields)
        e->clear();
    m_from->clear();
    m_until->clear();
    setNature(QString());
    m_body->clear();
    m_order->setValue(0);
    showKindRows();
    m_remove->setEnabled(false);
    staffui::setMessage(m_message, QString(), Tone::Info);
    m_loaded = typed();
    restoreDraft();
}

void StaffContentPage::openItem(const QString& id)
{
    auto e = m_ctx.terminal.store().get(entities::content(), id);
    if (!e.ok() || !e.value())
        return;
    if (id != m_currentId)
        keepDraft();
    disarmRemove();
    m_clearArmed = false;
    // A question about another item's end is no longer on the screen.
    m_endAsked.clear();
    m_discardAsked.reset();
    staffui::markInvalid(m_kind, false);
    m_currentId = id;
    m_record = e.value()->data;
    const ContentForm f = ContentService::fromData(e.value()->data);
    m_formTitle->setText(f.title);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(f.kind)));
    m_title->setText(f.title);
    m_body->setPlainText(f.body);
    for (const auto& [key, e] : m_extraFields) {
        e->setText(ContentService::extraText(f.extra, key));
        e->setCursorPosition(0);
    }
    setNature(ContentService::extraText(f.extra, "nature"));
    m_from->setText(ContentService::boundText(f.validFrom));
    m_until->setText(ContentService::boundText(f.validUntil));
    m_order->setValue(f.sortOrder);
    showKindRows();
    m_remove->setEnabled(true);
    staffui::setMessage(m_message, QString(), Tone::Info);
    staffui::selectId(m_table, id);
    m_loaded = typed();
    restoreDraft();
}

void StaffContentPage::setTyped(const QStringList& t)
{
    // In typed()'s order.
    qsizetype i = 0;
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(t.value(i++))));
    m_body->setPlainText(t.value(i++));
    m_order->setValue(t.value(i++).toInt());
    const QString nature = t.value(i++);
    if (m_nature->findData(nature) < 0)
        m_nature->addItem(nature, nature);
    m_nature->setCurrentIndex(m_nature->findData(nature));
    for (QLineEdit* e : {m_title, m_from, m_until})
        e->setText(t.value(i++));
    for (const auto& [key, e] : m_extraFields) {
        e->setText(t.value(i++));
        e->setCursorPosition(0);
    }
    showKindRows();
}

void StaffContentPage::keepDraft()
{
    // (Nothing is loaded yet while the page is being made.)
    if (!m_loaded.isEmpty() && typed() != m_loaded)
        m_drafts.keep(m_currentId, typed(), m_record);
}

void StaffContentPage::restoreDraft()
{
    std::optional<DraftShelf<QStringList>::Taken> draft = m_drafts.take(m_currentId, m_record);
    if (!draft)
        return;
    setTyped(draft->form);
    staffui::setMessage(m_message,
                        draft->changedSince
                            ? tr("Your changes not yet saved are back. The item was changed "
                                 "elsewhere meanwhile: check it before saving.")
                            : tr("Your changes not yet saved are back."),
                        draft->changedSince ? Tone::Warning : Tone::Info);
}

void StaffContentPage::disarmRemove()
{
    m_removeArmed = false;
    m_remove->setText(tr("Remove"));
}

void StaffContentPage::discardChanges()
{
    // What was typed goes on a second press, not a slip of the hand; typing more asks again.
    // The question must still be on the screen: a message since (a save refused) asks again.
    const QStringList now = typed();
    const QString question =
        m_currentId.isEmpty()
            ? tr("What was typed for this new item is not saved. Press Discard changes again to "
                 "clear the form.")
            : tr("The changes typed here are not saved. Press Discard changes again to throw "
                 "them away and show the item as stored.");
    if (now != m_loaded && (m_discardAsked != now || m_message->text() != question)) {
        m_discardAsked = now;
        staffui::setMessage(m_message, question, Tone::Warning);
        // A double click is one press, not a confirmation.
        staffui::holdBriefly({m_discard});
        return;
    }
    const bool thrown = now != m_loaded;
    m_discardAsked.reset();
    m_drafts.drop(m_currentId);
    m_loaded = typed();
    // An item removed at another window meanwhile is not there to be shown: a new one begins.
    if (!m_currentId.isEmpty()) {
        auto stored = m_ctx.terminal.store().get(entities::content(), m_currentId);
        if (stored.ok() && !stored.value()) {
            m_currentId.clear();
            m_record = {};
        }
    }
    if (m_currentId.isEmpty())
        startNew();
    else
        openItem(m_currentId);
    if (thrown)
        staffui::setMessage(m_message,
                            m_currentId.isEmpty()
                                ? tr("Changes discarded: the form is empty again.")
                                : tr("Changes discarded: the item is shown as stored."),
                            Tone::Info);
}

QStringList StaffContentPage::typed() const
{
    QStringList out{m_kind->currentData().toString(), m_body->toPlainText(),
                    QString::number(m_order->value()), m_nature->currentData().toString()};
    for (const QLineEdit* e : {m_title, m_from, m_until})
        out << e->text();
    for (const auto& [key, e] : m_extraFields)
        out << e->text();
    return out;
}

bool StaffContentPage::hasUnsavedWork() const
{
    return typed() != m_loaded || !m_drafts.empty();
}

void StaffContentPage::save(const QString& by)
{
    for (QWidget* w : {static_cast<QWidget*>(m_title), static_cast<QWidget*>(m_body),
                       static_cast<QWidget*>(m_from), static_cast<QWidget*>(m_until),
                       static_cast<QWidget*>(m_kind)})
        staffui::markInvalid(w, false);
    ContentForm f;
    f.kind = m_kind->currentData().toString();
    f.title = m_title->text();
    f.body = m_body->toPlainText();
    // The item's other keys of `extra` are kept as they are.
    const QJsonObject stored = ContentService::fromData(m_record).extra;
    f.extra = stored;
    // Only what the clerk changed is written: a field left as shown keeps its stored value,
    // whatever its type.
    const auto put = [&f, &stored](const char* key, const QString& shown) {
        if (shown == ContentService::extraText(stored, key))
            return;
        const QString value = shown.trimmed();
        if (value.isEmpty())
            f.extra.remove(QLatin1String(key));
        else
            f.extra.insert(QLatin1String(key), value);
    };
    for (const auto& [key, e] : m_extraFields)
        put(key, e->text());
    put("nature", m_nature->currentData().toString());
    f.validFrom = m_from->text().trimmed();
    f.validUntil = m_until->text().trimmed();
    f.sortOrder = m_order->value();
    if (holdForEnd(f, by))
        return;
    auto id = m_ctx.content.save(m_currentId, f, m_ctx.user());
    if (!id.ok()) {
        const auto widgetOf = [this](const QString& field) -> QWidget* {
            return field == QLatin1String("title")         ? static_cast<QWidget*>(m_title)
                   : field == QLatin1String("body")        ? static_cast<QWidget*>(m_body)
                   : field == QLatin1String("valid_from")  ? static_cast<QWidget*>(m_from)
                   : field == QLatin1String("valid_until") ? static_cast<QWidget*>(m_until)
                   : field == QLatin1String("kind")        ? static_cast<QWidget*>(m_kind)
                                                           : nullptr;
        };
        QWidget* at = widgetOf(id.error().field);
        staffui::markInvalid(at, true);
        // Every other problem of the form at once, each field marked.
        QStringList also;
        for (const Error& e : m_ctx.content.checkAll(f)) {
            if (e.field == id.error().field)
                continue;
            staffui::markInvalid(widgetOf(e.field), true);
            also << e.message;
        }
        staffui::setMessage(m_message,
                            also.isEmpty() ? id.error().message
                                           : id.error().message + QLatin1Char(' ') +
                                                 tr("Also: %1").arg(also.join(u' ')),
                            Tone::Error);
        if (at)
            at->setFocus();
        return;
    }
    // What was typed is saved: nothing to keep aside when the saved item opens.
    m_loaded = typed();
    refresh();
    openItem(id.value());
    m_endAsked.clear();
    // Its end typed in the past (a wrong year, a notice kept for the record): saved, and the
    // clerk told that nobody sees it.
    StoredEntity saved;
    saved.id = id.value();
    saved.data = m_record;
    if (ended(saved))
        staffui::setMessage(m_message,
                            tr("Saved, but its end (%1) has passed: the kiosks and the wall screen "
                               "do not show it. Correct the date after \"to\" in Shown from if "
                               "it should be shown.")
                                .arg(ContentService::boundText(str(m_record, "valid_until"))),
                            Tone::Warning);
    else
        staffui::setMessage(m_message, tr("Saved: %1").arg(m_ctx.whenShownPublicly()),
                            Tone::Success);
    emit changed();
}

bool StaffContentPage::holdForEnd(const ContentForm& f, const QString& by)
{
    // A notice with no end stays on the wall screen and the kiosks until it is removed, still
    // read months after a deadline it names. Asked once the rest is complete; a notice stored
    // without an end is not asked about again.
    const bool storedOpen = !m_currentId.isEmpty() &&
                            str(m_record, "kind") == QLatin1String("notice") &&
                            str(m_record, "valid_until").isEmpty();
    if (f.kind != QLatin1String("notice") || !f.validUntil.isEmpty() || storedOpen ||
        !m_ctx.content.checkAll(f).empty())
        return false;
    const auto press = m_endAsked.press(m_currentId + QLatin1Char('\n') + f.title, by);
    if (press != staffui::AskedOnce::Press::Ask)
        return press == staffui::AskedOnce::Press::Held;
    staffui::setMessage(m_message,
                        tr("This notice has no end: the wall screen and the kiosks show it until "
                           "it is removed, even after a date it names. Type when it ends after "
                           "\"to\" in Shown from, or press Save again to show it until it is "
                           "removed."),
                        Tone::Warning);
    m_until->setFocus();
    m_formScroll->ensureWidgetVisible(m_until);
    return true;
}

void StaffContentPage::remove()
{
    if (m_currentId.isEmpty())
        return;
    // A second press removes: kiosks and the wall stop showing it at once.
    if (!m_removeArmed) {
        m_removeArmed = true;
        m_remove->setText(tr("Press again to remove"));
        staffui::setMessage(m_message,
                            tr("Kiosks and the wall stop showing \"%1\". Press again to remove it.")
                                .arg(m_title->text()),
                            Tone::Warning);
        // A double click is one press, not a confirmation.
        staffui::holdBriefly({m_remove}, [this] { return !m_currentId.isEmpty(); });
        return;
    }
    const Status st = m_ctx.content.remove(m_currentId, m_ctx.user());
    disarmRemove();
    if (!st.ok()) {
        staffui::setMessage(m_message, st.error().message, Tone::Error);
        return;
    }
    m_drafts.drop(m_currentId);
    m_loaded = typed();
    startNew();
    refresh();
    staffui::setMessage(m_message, tr("Removed."), Tone::Success);
    emit changed();
}

void StaffContentPage::prepareForScreenshot()
{
    refresh();
    for (const StoredEntity& e : m_model->rows()) {
        if (str(e.data, "kind") == QLatin1String("training")) {
            openItem(e.id);
            return;
        }
    }
}

} // namespace lingong
