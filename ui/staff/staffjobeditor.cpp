#include "staffjobeditor.h"

#include "common/stafflabels.h"
#include "discrimination.h"
#include "editmerge.h"
#include "employerservice.h"
#include "jobservice.h"
#include "jobvalidation.h"
#include "kioskposting.h"
#include "staffui.h"

#include "common/datefield.h"
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>

#include <QDateEdit>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputMethodEvent>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTextCharFormat>
#include <QVBoxLayout>

namespace lingong {

using staffui::str;
using staffui::Tone;

namespace {

QTextCharFormat phraseFormat()
{
    QTextCharFormat f;
    f.setBackground(QColor(0xff, 0xcd, 0xd2));
    f.setForeground(QColor(0xb7, 0x1c, 0x1c));
    f.setFontUnderline(true);
    return f;
}

// A QLineEdit shows formatted ranges only through input-method attributes (positions relative to
// the cursor); an empty event clears them.
void formatLineEdit(QLineEdit* edit, const QStringList& phrases)
{
    QList<QInputMethodEvent::Attribute> attributes;
    for (const QString& phrase : phrases) {
        for (qsizetype at = edit->text().indexOf(phrase, 0, Qt::CaseInsensitive); at >= 0;
             at = edit->text().indexOf(phrase, at + phrase.size(), Qt::CaseInsensitive))
            attributes << QInputMethodEvent::Attribute(QInputMethodEvent::TextFormat,
                                                       int(at - edit->cursorPosition()),
                                                       int(phrase.size()), phraseFormat());
    }
    QInputMethodEvent event(QString(), attributes);
    QCoreApplication::sendEvent(edit, &event);
}

void formatPlainText(QPlainTextEdit* edit, const QStringList& phrases)
{
    QList<QTextEdit::ExtraSelection> marks;
    for (const QString& phrase : phrases) {
        QTextCursor c(edit->document());
        while (!(c = edit->document()->find(phrase, c)).isNull()) {
            QTextEdit::ExtraSelection s;
            s.cursor = c;
            s.format = phraseFormat();
            marks << s;
        }
    }
    edit->setExtraSelections(marks);
}

QComboBox* codeCombo(const QString& name, const QStringList& codes,
                     QString (*label)(const QString&), QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(name);
    for (const QString& c : codes)
        box->addItem(label(c), c);
    return box;
}

void selectData(QComboBox* box, const QString& value)
{
    int i = box->findData(value);
    if (i < 0 && !value.isEmpty()) {
        box->addItem(value, value);
        i = box->count() - 1;
    }
    box->setCurrentIndex(std::max(0, i));
}

// Shows `text` in an editable combo box: the item that stands for it (by its stored value, then
// by its words), or the words themselves.
void setEditableText(QComboBox* box, const QString& text)
{
    int i = text.isEmpty() ? -1 : box->findData(text);
    if (i < 0)
        i = box->findText(text);
    if (i >= 0)
        box->setCurrentIndex(i);
    else
        box->setEditText(text);
}

} // namespace

StaffJobEditor::StaffJobEditor(StaffContext& ctx, QWidget* parent)
    : QWidget(parent)
    , m_ctx(ctx)
{
    setObjectName(QStringLiteral("jobEditor"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_message = staffui::makeMessage(QStringLiteral("jobMessage"), this);
    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    layout->addLayout(form);

    m_employer = new QComboBox(this);
    m_employer->setObjectName(QStringLiteral("jobEmployer"));
    m_employer->setEditable(true);
    m_employer->setInsertPolicy(QComboBox::NoInsert);
    m_employer->completer()->setFilterMode(Qt::MatchContains);
    m_employer->completer()->setCompletionMode(QCompleter::PopupCompletion);
    form->addRow(tr("Employer"), m_employer);

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("jobTitle"));
    m_title->setPlaceholderText(tr("e.g. Estate cleaner (paid daily)"));
    form->addRow(tr("Job title"), m_title);

    m_occupation = new QComboBox(this);
    m_occupation->setObjectName(QStringLiteral("jobOccupation"));
    m_occupation->addItem(tr("(choose a trade)"), QString());
    if (auto occ = ctx.terminal.reference().occupations(); occ.ok())
        for (const Occupation& o : occ.value())
            m_occupation->addItem(ctx.terminal.reference().displayName(o.name), o.name);
    m_industry = new QComboBox(this);
    m_industry->setObjectName(QStringLiteral("jobIndustry"));
    m_industry->setEditable(true);
    m_industry->addItem(QString());
    if (auto ind = ctx.terminal.reference().industries(); ind.ok())
        for (const Industry& i : ind.value())
            m_industry->addItem(ctx.terminal.reference().displayName(i.name), i.name);
    auto* tradeRow = new QHBoxLayout;
    tradeRow->addWidget(m_occupation, 1);
    tradeRow->addWidget(new QLabel(tr("Industry"), this));
    tradeRow->addWidget(m_industry, 1);
    form->addRow(tr("Trade"), tradeRow);

    m_skills = new QPlainTextEdit(this);
    m_skills->setObjectName(QStringLiteral("jobSkills"));
    m_skills->setTabChangesFocus(true);
    m_skills->setFixedHeight(52);
    m_skills->setPlaceholderText(
        tr("Left empty: %1 (no particular skills)").arg(JobService::noSkills()));
    form->addRow(tr("Skills required"), m_skills);

    m_district = new QComboBox(this);
    m_district->setObjectName(QStringLiteral("jobDistrict"));
    m_district->setEditable(true);
    staffui::addPlaces(m_district, staffui::districtChoices(ctx.terminal.config().district, true));
    staffui::suggestAnywhere(m_district);
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("jobAddress"));
    m_address->setPlaceholderText(tr("street and number"));
    auto* placeRow = new QHBoxLayout;
    placeRow->addWidget(m_district, 1);
    placeRow->addWidget(m_address, 1);
    form->addRow(tr("Work location"), placeRow);

    m_hours = new QLineEdit(this);
    m_hours->setObjectName(QStringLiteral("jobHours"));
    m_hours->setPlaceholderText(tr("e.g. 8:00-17:00, 3 days"));
    form->addRow(tr("Working hours"), m_hours);

    auto* payValidator = new QDoubleValidator(0, 1e7, 2, this);
    payValidator->setNotation(QDoubleValidator::StandardNotation);
    m_payMin = new QLineEdit(this);
    m_payMin->setObjectName(QStringLiteral("jobPayMin"));
    m_payMin->setValidator(payValidator);
    m_payMin->setPlaceholderText(tr("from"));
    m_payMax = new QLineEdit(this);
    m_payMax->setObjectName(QStringLiteral("jobPayMax"));
    m_payMax->setValidator(payValidator);
    m_payMax->setPlaceholderText(tr("to"));
    m_payUnit = codeCombo(QStringLiteral("jobPayUnit"), StaffLabels::payUnits(),
                          &StaffLabels::payUnit, this);
    m_settlement = codeCombo(QStringLiteral("jobSettlement"), StaffLabels::settlements(),
                             &StaffLabels::settlement, this);
    auto* payRow = new QHBoxLayout;
    payRow->addWidget(m_payMin);
    payRow->addWidget(new QLabel(QStringLiteral("–"), this));
    payRow->addWidget(m_payMax);
    payRow->addWidget(m_payUnit);
    payRow->addWidget(m_settlement);
    form->addRow(tr("Pay"), payRow);

    m_form = codeCombo(QStringLiteral("jobForm"), StaffLabels::employmentForms(),
                       &StaffLabels::employmentForm, this);
    m_headcount = new QSpinBox(this);
    m_headcount->setObjectName(QStringLiteral("jobHeadcount"));
    m_headcount->setRange(1, 10000);
    // " person" or " people" as the number goes (the Chinese 人 either way).
    const auto people = [this](int n) { m_headcount->setSuffix(tr(" people", nullptr, n)); };
    people(m_headcount->value());
    connect(m_headcount, &QSpinBox::valueChanged, this, people);
    m_welfare = new QCheckBox(tr("Public-welfare post"), this);
    m_welfare->setObjectName(QStringLiteral("jobWelfare"));
    auto* formRow = new QHBoxLayout;
    formRow->addWidget(m_form);
    formRow->addWidget(new QLabel(tr("Headcount"), this));
    formRow->addWidget(m_headcount);
    formRow->addWidget(m_welfare);
    formRow->addStretch(1);
    form->addRow(tr("Employment form"), formRow);

    m_start = new DateField(this);
    m_start->setObjectName(QStringLiteral("jobStart"));
    m_until = new DateField(this);
    m_until->setObjectName(QStringLiteral("jobUntil"));
    auto* dateRow = new QHBoxLayout;
    dateRow->addWidget(m_start);
    dateRow->addWidget(new QLabel(tr("valid until"), this));
    dateRow->addWidget(m_until);
    dateRow->addStretch(1);
    form->addRow(tr("Start date"), dateRow);

    m_contactName = new QLineEdit(this);
    m_contactName->setObjectName(QStringLiteral("jobContactName"));
    m_contactPhone = new QLineEdit(this);
    m_contactPhone->setObjectName(QStringLiteral("jobContactPhone"));
    m_contactPhone->setPlaceholderText(tr("mobile or 0771-5551234"));
    auto* contactRow = new QHBoxLayout;
    contactRow->addWidget(m_contactName);
    contactRow->addWidget(m_contactPhone, 1);
    form->addRow(tr("Contact"), contactRow);

    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("jobDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(64);
    form->addRow(tr("Description"), m_description);

    reloadEmployers();
    const auto changed = [this] {
        if (m_loading)
            return;
        check(m_strict);
        emit edited();
    };
    for (QLineEdit* e :
         {m_title, m_address, m_hours, m_payMin, m_payMax, m_contactName, m_contactPhone})
        connect(e, &QLineEdit::textChanged, this, changed);
    for (QPlainTextEdit* e : {m_skills, m_description})
        connect(e, &QPlainTextEdit::textChanged, this, changed);
    for (QComboBox* c : {m_payUnit, m_settlement, m_form})
        connect(c, &QComboBox::currentIndexChanged, this, changed);
    connect(m_industry, &QComboBox::currentTextChanged, this, changed);
    connect(m_district, &QComboBox::currentTextChanged, this, changed);
    connect(m_headcount, &QSpinBox::valueChanged, this, changed);
    connect(m_start, &QDateEdit::dateChanged, this, changed);
    connect(m_until, &QDateEdit::dateChanged, this, changed);
    for (auto* field : {m_start, m_until})
        connect(static_cast<DateField*>(field), &DateField::refused, this,
                [this](const QString& message) { showMessage(message, false); });
    connect(m_welfare, &QCheckBox::toggled, this, changed);
    connect(m_occupation, &QComboBox::currentIndexChanged, this, [this, changed] {
        occupationPicked();
        changed();
    });
    connect(m_employer, &QComboBox::currentIndexChanged, this, [this, changed] {
        employerPicked();
        changed();
    });
    m_valueAtLoad = value(); // nothing typed yet
    clear();
}

void StaffJobEditor::reloadEmployers()
{
    QList<QPair<QString, QString>> items{{tr("(no registered employer: individual hiring)"), {}}};
    auto list = m_ctx.employers.search(QString());
    if (list.ok()) {
        for (const StoredEntity& e : list.value()) {
            QString label = str(e.data, "name");
            if (EmployerService::isBlacklisted(e.data))
                label += QStringLiteral(" [") + tr("blacklisted") + QLatin1Char(']');
            else if (!EmployerService::isVerified(e.data))
                label += QStringLiteral(" [") + tr("not verified") + QLatin1Char(']');
            items.append({label, e.id});
        }
    }
    // Rebuilt only when the list changed, and never under the clerk's fingers.
    bool same = m_employer->count() >= items.size();
    for (qsizetype i = 0; same && i < items.size(); ++i)
        same = m_employer->itemText(int(i)) == items[i].first &&
               m_employer->itemData(int(i)).toString() == items[i].second;
    if (same || (m_employer->hasFocus() && m_employer->count() > 1))
        return;
    const QString current = m_employer->currentData().toString();
    const bool was = m_loading;
    m_loading = true;
    m_employer->clear();
    for (const auto& [label, id] : items)
        m_employer->addItem(label, id);
    const int i = m_employer->findData(current);
    if (i < 0 && !current.isEmpty()) {
        m_employer->addItem(str(m_loaded, "employer_name") + QStringLiteral(" [") +
                                tr("not registered here") + QLatin1Char(']'),
                            current);
        m_employer->setCurrentIndex(m_employer->count() - 1);
    } else {
        m_employer->setCurrentIndex(std::max(0, i));
    }
    m_loading = was;
}

void StaffJobEditor::clear()
{
    m_payAsked.clear();
    m_ageAsked.clear();
    keepDraft();
    m_loading = true;
    m_id.clear();
    m_loaded = {};
    m_base = {};
    m_strict = false;
    m_employer->setCurrentIndex(0);
    for (QLineEdit* e :
         {m_title, m_address, m_hours, m_payMin, m_payMax, m_contactName, m_contactPhone})
        e->clear();
    m_skills->clear();
    m_description->clear();
    m_occupation->setCurrentIndex(0);
    m_industry->setCurrentIndex(0);
    m_industryFromTrade.clear();
    staffui::showPlace(m_district, m_ctx.terminal.config().district);
    m_payUnit->setCurrentIndex(0);
    m_unitFromTrade = m_payUnit->currentData().toString();
    m_settlement->setCurrentIndex(0);
    m_form->setCurrentIndex(0);
    m_headcount->setValue(1);
    m_start->setDate(m_ctx.today());
    m_until->setDate(m_ctx.today().addDays(7));
    m_welfare->setChecked(false);
    m_loading = false;
    m_valueAtLoad = value();
    clearMarks();
    highlight(false);
    staffui::setMessage(m_message, QString(), Tone::Info);
    if (!restoreDraft())
        sayDraftsKept();
}

void StaffJobEditor::load(const StoredEntity& job)
{
    if (job.id != m_id) {
        m_payAsked.clear();
        m_ageAsked.clear();
    }
    if (job.id == m_id && !m_id.isEmpty()) {
        // The same posting again (after an action on it, or changed elsewhere): shown as it now
        // stands, with whatever the clerk typed and has not saved still in the form.
        // Field by field: what the clerk changed stays, every other field shows the change made
        // elsewhere, so that a save does not put the old values back.
        const std::optional<QJsonObject> typed =
            hasUnsavedChanges() ? std::optional<QJsonObject>(value()) : std::nullopt;
        const QJsonObject before = m_valueAtLoad;
        m_loaded = job.data;
        if (!typed)
            m_base = job.data; // else the typing still began from the older one: a save tells
                               // where both changed the same field
        fill(job.data);
        m_valueAtLoad = value();
        if (typed)
            fill(mergeEdit(before, *typed, m_valueAtLoad).data);
        settle();
        return;
    }
    keepDraft();
    m_id = job.id;
    m_loaded = job.data;
    m_base = job.data;
    fill(job.data);
    m_valueAtLoad = value();
    settle();
    if (!restoreDraft())
        sayDraftsKept();
}

void StaffJobEditor::fill(const QJsonObject& d)
{
    m_loading = true;
    m_strict = false;
    const int e = m_employer->findData(str(d, "employer_id"));
    if (e < 0 && !str(d, "employer_id").isEmpty()) {
        // An employer not registered here (e.g. from the platform): keep its id and name.
        m_employer->addItem(str(d, "employer_name") + QStringLiteral(" [") +
                                tr("not registered here") + QLatin1Char(']'),
                            str(d, "employer_id"));
        m_employer->setCurrentIndex(m_employer->count() - 1);
    } else {
        m_employer->setCurrentIndex(std::max(0, e));
    }
    m_title->setText(str(d, "title"));
    selectData(m_occupation, str(d, "occupation"));
    setEditableText(m_industry, str(d, "industry"));
    // A posting whose industry is its trade's usual one lets it follow a change of trade.
    m_industryFromTrade.clear();
    if (auto occ = m_ctx.terminal.reference().occupations(); occ.ok())
        for (const Occupation& o : occ.value())
            if (o.name == str(d, "occupation") && o.industry == str(d, "industry"))
                m_industryFromTrade = o.industry;
    m_skills->setPlainText(str(d, "skills"));
    const QJsonObject loc = d.value(QLatin1String("location")).toObject();
    staffui::showPlace(m_district, str(loc, "district"));
    m_address->setText(str(loc, "address"));
    m_hours->setText(str(d, "work_hours"));
    const QJsonObject pay = d.value(QLatin1String("pay")).toObject();
    const auto amount = [&pay](const char* key) {
        const QJsonValue v = pay.value(QLatin1String(key));
        return v.isDouble() ? QString::number(v.toDouble()) : QString();
    };
    m_payMin->setText(amount("min"));
    m_payMax->setText(amount("max"));
    selectData(m_payUnit, str(pay, "unit"));
    // A posting's unit as it was saved is the clerk's choice unless it is the trade's usual one.
    m_unitFromTrade.clear();
    if (auto occ = m_ctx.terminal.reference().occupations(); occ.ok())
        for (const Occupation& o : occ.value())
            if (o.name == str(d, "occupation") && o.payUnit == str(pay, "unit"))
                m_unitFromTrade = o.payUnit;
    selectData(m_settlement, str(d, "settlement"));
    selectData(m_form, str(d, "form"));
    m_headcount->setValue(std::max(1, d.value(QLatin1String("headcount")).toInt()));
    m_start->setDate(QDate::fromString(str(d, "start_date"), Qt::ISODate));
    m_until->setDate(QDate::fromString(str(d, "valid_until"), Qt::ISODate));
    const QJsonObject contact = d.value(QLatin1String("contact")).toObject();
    m_contactName->setText(str(contact, "name"));
    m_contactPhone->setText(str(contact, "phone"));
    m_welfare->setChecked(d.value(QLatin1String("public_welfare")).toBool());
    m_description->setPlainText(str(d, "description"));
    m_loading = false;
}

void StaffJobEditor::settle()
{
    clearMarks();
    highlight(false);
    staffui::setMessage(m_message, QString(), Tone::Info);
    check(false);
}

void StaffJobEditor::markSaved()
{
    m_valueAtLoad = value();
    m_drafts.drop(m_id);
}

void StaffJobEditor::keepDraft()
{
    if (hasUnsavedChanges())
        m_drafts.keep(m_id, value(), m_base);
}

bool StaffJobEditor::restoreDraft()
{
    const auto taken = m_drafts.take(m_id, m_loaded);
    if (!taken)
        return false;
    // Changed elsewhere meanwhile: a save keeps that change wherever the clerk did not type.
    if (!m_id.isEmpty())
        m_base = taken->record;
    fill(taken->form);
    check(false);
    staffui::setMessage(
        m_message,
        taken->changedSince
            ? tr("Your unsaved changes are back. This posting was changed elsewhere in the "
                 "meantime: saving keeps that change wherever you have not typed.")
            : tr("Your unsaved changes are back. Save them when ready."),
        Tone::Warning);
    return true;
}

void StaffJobEditor::sayDraftsKept()
{
    if (m_drafts.empty())
        return;
    const QStringList which =
        m_drafts.names([](const QString& id, const QJsonObject& typed, const QJsonObject&) {
            const QString title = str(typed, "title");
            return id.isEmpty()       ? tr("the new posting")
                   : !title.isEmpty() ? tr("\"%1\"").arg(title)
                                      : tr("a posting without a title");
        });
    staffui::setMessage(
        m_message,
        (m_drafts.has(QString())
             ? tr("Unsaved changes are kept for %1: open the posting again, or press New posting "
                  "for a new one, to go back to them.")
             : tr("Unsaved changes are kept for %1: open the posting again to go back to them."))
            .arg(which.join(tr(", "))),
        Tone::Warning);
    m_draftsNote = m_message->text();
}

QStringList StaffJobEditor::draftIds() const
{
    return m_drafts.ids();
}

void StaffJobEditor::keepDraftsOnlyFor(const QSet<QString>& ids)
{
    const qsizetype dropped =
        m_drafts.keepOnly([&ids](const QString& id) { return ids.contains(id); });
    // A note about what is kept aside that no longer holds is said again, or taken away.
    if (dropped > 0 && !m_draftsNote.isEmpty() && m_message->text() == m_draftsNote) {
        m_draftsNote.clear();
        staffui::setMessage(m_message, QString(), Tone::Info);
        sayDraftsKept();
    }
}

void StaffJobEditor::discard()
{
    m_drafts.drop(m_id);
    m_valueAtLoad = value();
}

QJsonObject StaffJobEditor::value() const
{
    QJsonObject d = m_loaded;
    d.insert(QStringLiteral("title"), m_title->text().trimmed());
    d.insert(QStringLiteral("occupation"), m_occupation->currentData().toString());
    d.insert(QStringLiteral("industry"), industry());
    // Work that asks for no skill is said so, as kiosk postings say it: nothing to type for it.
    const QString skills = m_skills->toPlainText().trimmed();
    d.insert(QStringLiteral("skills"), skills.isEmpty() ? JobService::noSkills() : skills);
    d.insert(QStringLiteral("location"),
             QJsonObject{{QStringLiteral("district"), staffui::placeIn(m_district)},
                         {QStringLiteral("address"), m_address->text().trimmed()}});
    d.insert(QStringLiteral("work_hours"), m_hours->text().trimmed());
    QJsonObject pay{{QStringLiteral("unit"), m_payUnit->currentData().toString()}};
    bool ok = false;
    const double min = m_payMin->text().trimmed().toDouble(&ok);
    if (ok)
        pay.insert(QStringLiteral("min"), min);
    const double max = m_payMax->text().trimmed().toDouble(&ok);
    if (ok)
        pay.insert(QStringLiteral("max"), max);
    d.insert(QStringLiteral("pay"), pay);
    d.insert(QStringLiteral("settlement"), m_settlement->currentData().toString());
    d.insert(QStringLiteral("form"), m_form->currentData().toString());
    d.insert(QStringLiteral("headcount"), m_headcount->value());
    d.insert(QStringLiteral("start_date"), m_start->date().toString(Qt::ISODate));
    d.insert(QStringLiteral("valid_until"), m_until->date().toString(Qt::ISODate));
    const QString employerId = m_employer->currentData().toString();
    d.insert(QStringLiteral("employer_id"), employerId);
    if (employerId.isEmpty())
        d.insert(QStringLiteral("employer_name"), QString());
    d.insert(QStringLiteral("contact"),
             QJsonObject{{QStringLiteral("name"), m_contactName->text().trimmed()},
                         {QStringLiteral("phone"), m_contactPhone->text().trimmed()}});
    d.insert(QStringLiteral("public_welfare"), m_welfare->isChecked());
    d.insert(QStringLiteral("description"), m_description->toPlainText().trimmed());
    return d;
}

void StaffJobEditor::employerPicked()
{
    if (m_loading)
        return;
    const QString id = m_employer->currentData().toString();
    if (id.isEmpty())
        return;
    auto e = m_ctx.employers.get(id);
    if (!e.ok() || !e.value())
        return;
    const QJsonObject contact = e.value()->data.value(QLatin1String("contact")).toObject();
    // Fill the contact only where the clerk has not typed one.
    if (m_contactName->text().trimmed().isEmpty())
        m_contactName->setText(str(contact, "name"));
    if (m_contactPhone->text().trimmed().isEmpty())
        m_contactPhone->setText(str(contact, "phone"));
    if (m_address->text().trimmed().isEmpty() && !str(e.value()->data, "district").isEmpty()) {
        staffui::showPlace(m_district, str(e.value()->data, "district"));
        m_address->setText(str(e.value()->data, "address"));
    }
}

QString StaffJobEditor::industry() const
{
    // A listed industry is stored by its (Chinese) name whatever language it is shown in; words
    // the clerk typed are stored as typed.
    const QString text = m_industry->currentText().trimmed();
    int i = m_industry->currentIndex();
    if (i <= 0 || m_industry->itemText(i) != m_industry->currentText())
        i = text.isEmpty() ? -1 : m_industry->findText(text, Qt::MatchFixedString);
    if (i > 0)
        return m_industry->itemData(i).toString();
    return text;
}

void StaffJobEditor::focusFirst()
{
    m_employer->setFocus(Qt::ShortcutFocusReason);
}

void StaffJobEditor::occupationPicked()
{
    if (m_loading)
        return;
    auto occ = m_ctx.terminal.reference().occupations();
    if (!occ.ok())
        return;
    for (const Occupation& o : occ.value()) {
        if (o.name != m_occupation->currentData().toString())
            continue;
        const QString now = industry();
        if (now.isEmpty() || now == m_industryFromTrade) {
            setEditableText(m_industry, o.industry);
            m_industryFromTrade = o.industry;
        }
        // The trade's usual unit, while no pay is typed and the clerk has not chosen a unit.
        if (m_payMin->text().isEmpty() && m_payMax->text().isEmpty() &&
            m_payUnit->currentData().toString() == m_unitFromTrade) {
            selectData(m_payUnit, o.payUnit);
            m_unitFromTrade = o.payUnit;
        }
    }
}

QWidget* StaffJobEditor::fieldWidget(const QString& field) const
{
    static const std::pair<const char*, int> map[] = {{"title", 0},
                                                      {"occupation", 1},
                                                      {"industry", 2},
                                                      {"skills", 3},
                                                      {"location", 4},
                                                      {"location.district", 4},
                                                      {"location.address", 5},
                                                      {"work_hours", 6},
                                                      {"pay", 7},
                                                      {"pay.min", 7},
                                                      {"pay.max", 8},
                                                      {"pay.unit", 9},
                                                      {"settlement", 10},
                                                      {"form", 11},
                                                      {"headcount", 12},
                                                      {"start_date", 13},
                                                      {"valid_until", 14},
                                                      {"employer_id", 15},
                                                      {"contact", 16},
                                                      {"contact.name", 16},
                                                      {"contact.phone", 17},
                                                      {"contact_phone", 17},
                                                      {"public_welfare", 18},
                                                      {"description", 19}};
    QWidget* const widgets[] = {
        m_title,  m_occupation, m_industry,    m_skills,       m_district, m_address,    m_hours,
        m_payMin, m_payMax,     m_payUnit,     m_settlement,   m_form,     m_headcount,  m_start,
        m_until,  m_employer,   m_contactName, m_contactPhone, m_welfare,  m_description};
    for (const auto& [name, i] : map)
        if (field == QLatin1String(name))
            return widgets[i];
    return nullptr;
}

void StaffJobEditor::clearMarks()
{
    for (const char* f : {"title",          "occupation",        "industry",
                          "skills",         "location.district", "location.address",
                          "work_hours",     "pay.min",           "pay.max",
                          "pay.unit",       "settlement",        "form",
                          "headcount",      "start_date",        "valid_until",
                          "employer_id",    "contact.name",      "contact.phone",
                          "public_welfare", "description"})
        staffui::markInvalid(fieldWidget(QLatin1String(f)), false);
}

std::vector<std::pair<QWidget*, QStringList>> StaffJobEditor::highlight(bool on)
{
    m_phrases.clear();
    std::vector<std::pair<QWidget*, QStringList>> found;
    const auto phrasesIn = [this, on, &found](QWidget* field, const QString& text) {
        QStringList out;
        if (!on)
            return out;
        for (const DiscriminationFinding& f : DiscriminationChecker::active().findAll(text)) {
            out << f.phrase;
            if (!m_phrases.contains(f.phrase))
                m_phrases << f.phrase;
        }
        if (!out.isEmpty())
            found.emplace_back(field, out);
        return out;
    };
    // In the order of the form: title, skills, working hours, description.
    formatLineEdit(m_title, phrasesIn(m_title, m_title->text()));
    formatPlainText(m_skills, phrasesIn(m_skills, m_skills->toPlainText()));
    formatLineEdit(m_hours, phrasesIn(m_hours, m_hours->text()));
    formatPlainText(m_description, phrasesIn(m_description, m_description->toPlainText()));
    return found;
}

bool StaffJobEditor::showMissing(const Error& error, bool refused)
{
    // Fields left empty are named all at once, in the form's order.
    const auto missing = missingJobFields(value());
    if (!error.detail.isEmpty() || missing.size() < 2 ||
        std::none_of(missing.begin(), missing.end(),
                     [&error](const auto& m) { return m.first == error.field; }))
        return false;
    QStringList labels;
    for (const auto& m : missing)
        labels << m.second;
    const QString text = tr("Please fill in: %1.").arg(labels.join(tr(", ")));
    clearMarks();
    highlight(false);
    if (refused) {
        m_strict = true;
        QStringList said;
        for (const auto& m : missing) {
            staffui::markInvalid(fieldWidget(m.first), true);
            said << m.first;
        }
        staffui::setMessage(m_message, text + alsoWrong(said), Tone::Error);
    } else {
        staffui::setMessage(m_message, tr("Not ready to save yet. %1").arg(text), Tone::Warning);
    }
    return true;
}

QString StaffJobEditor::alsoWrong(const QStringList& said)
{
    QStringList also;
    for (const Error& e : m_ctx.jobs.checkAll(value())) {
        // Phrases are said on their own; a field once.
        if (!e.detail.isEmpty() || said.contains(e.field))
            continue;
        staffui::markInvalid(fieldWidget(e.field), true);
        also << e.message;
    }
    return also.isEmpty() ? QString() : QLatin1Char(' ') + tr("Also: %1").arg(also.join(u' '));
}

void StaffJobEditor::showError(const Error& error, bool whatElse)
{
    if (showMissing(error, true))
        return;
    m_strict = true;
    clearMarks();
    staffui::markInvalid(fieldWidget(error.field), true);
    const auto found = highlight(!error.detail.isEmpty());
    QString text = error.message;
    if (!error.detail.isEmpty()) {
        // Said in the window's own words, naming each field as the form labels it.
        const auto labelOf = [this](const QWidget* field) {
            if (field == m_title)
                return tr("Job title");
            if (field == m_skills)
                return tr("Skills required");
            if (field == m_hours)
                return tr("Working hours");
            return tr("Description");
        };
        QStringList parts;
        int phrases = 0; // counted per field: one phrase in two fields is two places to fix
        for (const auto& [field, list] : found) {
            staffui::markInvalid(field, true);
            QStringList quoted;
            for (const QString& phrase : list)
                quoted << tr("\"%1\"").arg(phrase);
            phrases += int(quoted.size());
            parts << tr("%1: %2").arg(labelOf(field), quoted.join(tr(", ")));
        }
        if (parts.isEmpty()) // the service's own finding, in a field the form does not mark
            parts << tr("\"%1\"").arg(error.detail);
        text = phrases > 1
                   ? tr("The posting contains discriminatory requirements (%1). Postings may not "
                        "exclude people for who they are (gender, ethnicity, religion, household "
                        "registration, health, pregnancy, marital status and the like). Please "
                        "remove them; everything else you "
                        "entered is kept.")
                         .arg(parts.join(tr("; ")))
                   : tr("%1 contains a discriminatory requirement: \"%2\". Postings may not "
                        "exclude people for who they are (gender, ethnicity, religion, household "
                        "registration, health, pregnancy, marital status and the like). Please "
                        "remove it; everything else you "
                        "entered is kept.")
                         .arg(labelOf(fieldWidget(error.field)), error.detail);
    }
    // What else stops the save is said now too, not one refusal after another (with a refused
    // check, not with a store error or a step such as withdrawing).
    if (whatElse && error.code == QLatin1String("invalid"))
        text += alsoWrong({error.field});
    staffui::setMessage(m_message, text, Tone::Error);
}

void StaffJobEditor::showMessage(const QString& text, bool success)
{
    m_strict = false;
    clearMarks();
    highlight(false);
    staffui::setMessage(m_message, text, success ? Tone::Success : Tone::Info);
}

bool StaffJobEditor::holdForPay(const QString& button, bool publishing)
{
    const QJsonObject job = value();
    const QJsonObject pay = job.value(QLatin1String("pay")).toObject();
    const QStringList doubts =
        JobService::payCautions(job, m_ctx.terminal.config().lowestHourlyPay) +
        m_ctx.jobs.usualPayCautions(job, m_id);
    // The hours a day count too: the same amount over other hours is another question.
    const QString asked = m_id + QLatin1Char(' ') +
                          QString::fromUtf8(QJsonDocument(pay).toJson(QJsonDocument::Compact)) +
                          str(job, "work_hours");
    // Asked once the rest is complete: what is missing is said first.
    if (doubts.isEmpty() ||
        (!publishing && pay == m_loaded.value(QLatin1String("pay")).toObject()) ||
        !m_ctx.jobs.check(job).ok())
        return false;
    if (const auto press = m_payAsked.press(asked, button); press != staffui::AskedOnce::Press::Ask)
        return press == staffui::AskedOnce::Press::Held;
    clearMarks();
    highlight(false);
    staffui::markInvalid(m_payMax, true);
    staffui::markInvalid(m_payUnit, true);
    // Published by the press, it is not published yet; else not saved yet.
    staffui::setMessage(
        m_message,
        (publishing ? tr("Not published yet. Please check: %1. If the pay is right, press %2 "
                         "again.")
                    : tr("Not saved yet. Please check: %1. If the pay is right, press %2 again."))
            .arg(StaffLabels::joinList(doubts), button),
        Tone::Warning);
    m_payMax->setFocus(Qt::OtherFocusReason);
    m_payMax->selectAll();
    return true;
}

bool StaffJobEditor::holdForAge(const QString& button, bool publishing)
{
    const QJsonObject job = value();
    const QStringList doubts = JobService::ageCautions(job);
    // Asked once the rest is complete; a limit stored as it stands is not asked about again.
    if (doubts.isEmpty() || (!publishing && JobService::ageCautions(m_loaded) == doubts) ||
        !m_ctx.jobs.check(job).ok())
        return false;
    const QString asked = m_id + QLatin1Char(' ') + doubts.join(QLatin1Char('\n'));
    if (const auto press = m_ageAsked.press(asked, button); press != staffui::AskedOnce::Press::Ask)
        return press == staffui::AskedOnce::Press::Held;
    clearMarks();
    highlight(false);
    staffui::setMessage(
        m_message,
        (publishing ? tr("Not published yet. Please check: %1. If the work needs it, press %2 "
                         "again.")
                    : tr("Not saved yet. Please check: %1. If the work needs it, press %2 "
                         "again."))
            .arg(StaffLabels::joinList(doubts), button),
        Tone::Warning);
    return true;
}

bool StaffJobEditor::check(bool strict)
{
    const Status st = m_ctx.jobs.check(value());
    if (st.ok()) {
        clearMarks();
        highlight(false);
        // Complete, yet something may want a second look before it is published.
        QStringList cautions =
            JobService::payCautions(value(), m_ctx.terminal.config().lowestHourlyPay) +
            m_ctx.jobs.usualPayCautions(value(), m_id) + JobService::ageCautions(value());
        // A kiosk's posting is complete to be kept, not yet to be published.
        if (KioskPosting::addressToAsk(value()))
            cautions << tr("the address of the work, to be asked on the phone before it is "
                           "published");
        if (cautions.isEmpty())
            staffui::setMessage(m_message, tr("All required information is there."), Tone::Info);
        else
            staffui::setMessage(m_message,
                                tr("All required information is there. Please check: %1.")
                                    .arg(StaffLabels::joinList(cautions)),
                                Tone::Warning);
        return true;
    }
    const Error& e = st.error();
    if (!strict && showMissing(e, false))
        return false;
    if (!e.detail.isEmpty() || strict) {
        // A discriminatory phrase is shown at once, wherever the clerk is.
        showError(e, strict);
        m_strict = strict;
        return false;
    }
    clearMarks();
    highlight(false);
    staffui::setMessage(m_message, tr("Not ready to save yet. %1").arg(e.message), Tone::Warning);
    return false;
}

} // namespace lingong
