#include "staffseekerspage.h"

#include "common/stafflabels.h"
#include "common/stafftablemodel.h"
#include "masking.h"
#include "places.h"
#include "staffui.h"
#include "tieredservice.h"
#include "validation.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSet>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace lingong {

using staffui::str;
using staffui::Tone;

namespace {

// 黄桂兰 and 黄桂蓝: the same person's name written with one character of the given name
// corrected. The surname must match, and a two-character name must match whole (张伟, 李伟 are
// two people).
bool sameNameButForOneCharacter(const QString& a, const QString& b)
{
    if (a == b)
        return true;
    if (a.size() != b.size() || a.size() < 3 || a.at(0) != b.at(0))
        return false;
    int differ = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        differ += a.at(i) != b.at(i);
    return differ <= 1;
}

QStringList toList(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& x : v.toArray())
        out << x.toString();
    return out;
}

QStringList splitWords(const QString& text)
{
    static const QRegularExpression sep(QStringLiteral("[,，、;；\\s]+"));
    QStringList out = text.split(sep, Qt::SkipEmptyParts);
    out.removeDuplicates();
    return out;
}

} // namespace

StaffSeekersPage::StaffSeekersPage(StaffContext& ctx, QWidget* parent)
    : StaffPage(ctx, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 8);
    auto* head = new QHBoxLayout;
    head->addWidget(staffui::makeTitle(tr("Job seekers"), this));
    head->addSpacing(16);
    m_lookup = new QLineEdit(this);
    m_lookup->setObjectName(QStringLiteral("seekerLookup"));
    setLookupHint({});
    m_lookup->setClearButtonEnabled(true);
    head->addWidget(m_lookup, 1);
    auto* find = new QPushButton(tr("Find"), this);
    find->setObjectName(QStringLiteral("seekerFind"));
    head->addWidget(find);
    m_twinList = new QPushButton(this);
    m_twinList->setObjectName(QStringLiteral("seekerTwinList"));
    m_twinList->hide();
    head->addWidget(m_twinList);
    auto* fresh = new QPushButton(tr("New registration (Ctrl+N)"), this);
    fresh->setObjectName(QStringLiteral("seekerNew"));
    head->addWidget(fresh);
    layout->addLayout(head);

    auto* split = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(split, 1);

    m_model = new StaffTableModel(this);
    m_model->setColumns({
        {tr("Name"), [](const StoredEntity& e) { return str(e.data, "name"); }},
        {tr("ID number"),
         [](const StoredEntity& e) {
             const QString id = str(e.data, "id_number");
             return masking::idNumber(id.isEmpty() ? str(e.data, "id_tail") : id);
         }},
        {tr("Mobile"), [](const StoredEntity& e) { return masking::phone(str(e.data, "phone")); }},
        {tr("Tier"), [](const StoredEntity& e) { return StaffLabels::tier(str(e.data, "tier")); }},
    });
    m_model->setRowStyle([](const StoredEntity& e, int role) -> QVariant {
        if (role == Qt::ForegroundRole && str(e.data, "tier") == QLatin1String("priority"))
            return QColor(0x8a, 0x4b, 0x00);
        return {};
    });
    m_table = staffui::makeTable(m_model, QStringLiteral("seekerTable"), split);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    split->addWidget(m_table);

    // The form.
    auto* scroll = staffui::makeFormScroll(split);
    auto* formHost = new QWidget(scroll);
    auto* fl = new QVBoxLayout(formHost);
    fl->setContentsMargins(10, 0, 6, 0);
    m_formTitle = new QLabel(formHost);
    m_formTitle->setProperty("role", QStringLiteral("section"));
    fl->addWidget(m_formTitle);
    // The same person on more than one record (registered offline at two terminals).
    auto* twinBox = new QGroupBox(tr("Registered more than once"), formHost);
    m_twinBox = twinBox;
    auto* twl = new QVBoxLayout(twinBox);
    m_twins = new QLabel(twinBox);
    m_twins->setObjectName(QStringLiteral("seekerTwins"));
    m_twins->setWordWrap(true);
    twl->addWidget(m_twins);
    m_merge = new QPushButton(tr("Merge into one record"), twinBox);
    m_merge->setObjectName(QStringLiteral("seekerMerge"));
    twl->addWidget(m_merge, 0, Qt::AlignLeft);
    twinBox->hide();
    fl->addWidget(twinBox);
    connect(m_merge, &QPushButton::clicked, this, &StaffSeekersPage::mergeTwins);
    // Tiered service (S4), shown for 困难 seekers.
    m_tierBox = new QGroupBox(tr("Tiered service for a job seeker in difficulty"), formHost);
    auto* tl = new QVBoxLayout(m_tierBox);
    m_tier = new QLabel(m_tierBox);
    m_tier->setObjectName(QStringLiteral("tierProgress"));
    m_tier->setWordWrap(true);
    tl->addWidget(m_tier);
    auto* tierRow = new QHBoxLayout;
    m_tierNote = new QLineEdit(m_tierBox);
    m_tierNote->setObjectName(QStringLiteral("tierNote"));
    m_tierNote->setPlaceholderText(tr("what was done (optional)"));
    tierRow->addWidget(m_tierNote, 1);
    auto* guidance = new QPushButton(tr("Record career guidance"), m_tierBox);
    guidance->setObjectName(QStringLiteral("tierGuidance"));
    auto* training = new QPushButton(tr("Record training referral"), m_tierBox);
    training->setObjectName(QStringLiteral("tierTraining"));
    tierRow->addWidget(guidance);
    tierRow->addWidget(training);
    tl->addLayout(tierRow);
    connect(guidance, &QPushButton::clicked, this,
            [this] { recordTier(QStringLiteral("guidance")); });
    connect(training, &QPushButton::clicked, this,
            [this] { recordTier(QStringLiteral("training")); });

    fl->addWidget(m_tierBox);
    // Asked first: the notice is read out before the person's details are taken down, and the box
    // stays in sight above the fold however long the form below grows.
    m_consent = new QCheckBox(tr("Consent given"), formHost);
    m_consent->setObjectName(QStringLiteral("seekerConsent"));
    m_consentText =
        new QLabel(tr("Read out the notice: the market stores and uses this information only to "
                      "find work and services for the person; ID number and mobile are shown "
                      "masked."),
                   formHost);
    m_consentText->setObjectName(QStringLiteral("seekerConsentNotice"));
    m_consentText->setWordWrap(true);
    m_consentText->setProperty("role", QStringLiteral("hint"));
    auto* consentRow = new QHBoxLayout;
    consentRow->addWidget(m_consent, 0, Qt::AlignTop);
    consentRow->addWidget(m_consentText, 1);
    fl->addLayout(consentRow);

    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_name = new QLineEdit(formHost);
    m_name->setObjectName(QStringLiteral("seekerName"));
    m_idNumber = new QLineEdit(formHost);
    m_idNumber->setObjectName(QStringLiteral("seekerIdNumber"));
    m_idNumber->setMaxLength(18);
    m_phone = new QLineEdit(formHost);
    m_phone->setObjectName(QStringLiteral("seekerPhone"));
    m_phone->setMaxLength(20);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("ID number"), m_idNumber);
    form->addRow(tr("Mobile"), m_phone);
    m_education = new QComboBox(formHost);
    m_education->setObjectName(QStringLiteral("seekerEducation"));
    for (const QString& e : StaffLabels::educations())
        m_education->addItem(e.isEmpty() ? tr("(not given)") : e, e);
    m_skills = new QLineEdit(formHost);
    m_skills->setObjectName(QStringLiteral("seekerSkills"));
    m_skills->setPlaceholderText(tr("e.g. electrician licence, can drive, cooking"));
    auto* eduRow = new QHBoxLayout;
    eduRow->addWidget(m_education);
    eduRow->addWidget(new QLabel(tr("Skills"), formHost));
    eduRow->addWidget(m_skills, 1);
    form->addRow(tr("Education"), eduRow);

    QList<QPair<QString, QString>> trades;
    if (auto occ = ctx.terminal.reference().occupations(); occ.ok())
        for (const Occupation& o : occ.value())
            trades.append({o.name, ctx.terminal.reference().displayName(o.name)});
    m_occupations = staffui::makeChecklist(QStringLiteral("seekerOccupations"), trades, formHost);
    form->addRow(tr("Trades wanted"), m_occupations);
    // The trade ticked first is the first choice the statistics count the person under.
    m_firstChoice = new QLabel(formHost);
    m_firstChoice->setObjectName(QStringLiteral("seekerFirstChoice"));
    m_firstChoice->setProperty("role", QStringLiteral("hint"));
    m_firstChoice->setWordWrap(true);
    m_firstChoice->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->addRow(QString(), m_firstChoice);
    staffui::onChecksChanged(m_occupations, [this] {
        const QStringList codes = staffui::checkedCodes(m_occupations);
        m_firstChoice->setText(
            codes.isEmpty()
                ? tr("Tick first the trade the person wants most: it is their first choice "
                     "(第一意向), which the monthly statistics count them under.")
                : tr("First choice (第一意向): %1, ticked first; the monthly statistics count the "
                     "person under it.")
                      .arg(m_ctx.terminal.reference().displayName(codes.first())));
    });
    staffui::setCheckedCodes(m_occupations, {});
    QList<QPair<QString, QString>> places;
    for (const QString& d : staffui::districtChoices(ctx.terminal.config().district))
        places.append({d, Places::guangxi().displayName(d)});
    m_districts = staffui::makeChecklist(QStringLiteral("seekerDistricts"), places, formHost);
    form->addRow(tr("Districts wanted"), m_districts);

    m_availability = new QComboBox(formHost);
    m_availability->setObjectName(QStringLiteral("seekerAvailability"));
    for (const QString& a : StaffLabels::availabilities())
        m_availability->addItem(StaffLabels::availability(a), a);
    m_pay = new QDoubleSpinBox(formHost);
    m_pay->setObjectName(QStringLiteral("seekerPay"));
    m_pay->setRange(0, 100000);
    m_pay->setDecimals(0);
    m_pay->setSpecialValueText(tr("no expectation"));
    m_payUnit = new QComboBox(formHost);
    m_payUnit->setObjectName(QStringLiteral("seekerPayUnit"));
    for (const QString& u : StaffLabels::payUnits())
        if (u != QLatin1String("project"))
            m_payUnit->addItem(StaffLabels::payUnit(u), u);
    auto* payRow = new QHBoxLayout;
    payRow->addWidget(m_availability);
    payRow->addSpacing(12);
    payRow->addWidget(new QLabel(tr("Expected pay"), formHost));
    payRow->addWidget(m_pay);
    payRow->addWidget(m_payUnit);
    payRow->addStretch(1);
    form->addRow(tr("Can start"), payRow);

    m_training = new QLineEdit(formHost);
    m_training->setObjectName(QStringLiteral("seekerTraining"));
    m_training->setPlaceholderText(tr("trainings wanted, separated by commas"));
    m_business = new QCheckBox(tr("Interested in starting a business"), formHost);
    m_business->setObjectName(QStringLiteral("seekerBusiness"));
    auto* trainRow = new QHBoxLayout;
    trainRow->addWidget(m_training, 1);
    trainRow->addWidget(m_business);
    form->addRow(tr("Training wishes"), trainRow);

    QList<QPair<QString, QString>> hard;
    for (const QString& d : StaffLabels::difficulties())
        hard.append({d, StaffLabels::difficulty(d)});
    m_difficulties = staffui::makeChecklist(QStringLiteral("seekerDifficulties"), hard, formHost);
    form->addRow(tr("Difficulties"), m_difficulties);
    connect(m_idNumber, &QLineEdit::textChanged, this, [this] {
        holdOlderFromId(false);
        sayIdKnown();
    });
    connect(m_name, &QLineEdit::textChanged, this, [this] {
        if (!m_idKnownSaid.isEmpty())
            sayIdKnown();
    });
    m_notes = new QLineEdit(formHost);
    m_notes->setObjectName(QStringLiteral("seekerNotes"));
    form->addRow(tr("Notes"), m_notes);
    fl->addLayout(form);
    // Guidance on registration and insurance (S3), for anybody on record.
    auto* guideBox = new QGroupBox(tr("Employment registration and social insurance"), formHost);
    m_guideBox = guideBox;
    auto* gl = new QVBoxLayout(guideBox);
    auto* guideHint = new QLabel(tr("Register employment if the person wishes; encourage basic "
                                    "pension insurance; guide platform workers (delivery, "
                                    "ride-hailing) to occupational-injury cover."),
                                 guideBox);
    guideHint->setWordWrap(true);
    guideHint->setProperty("role", QStringLiteral("hint"));
    gl->addWidget(guideHint);
    m_guide = new QLabel(guideBox);
    m_guide->setObjectName(QStringLiteral("guidanceGiven"));
    m_guide->setWordWrap(true);
    gl->addWidget(m_guide);
    auto* guideRow = new QHBoxLayout;
    guideRow->addWidget(new QLabel(tr("Record guidance given:"), guideBox));
    const std::pair<const char*, QString> guides[] = {
        {"guideCareer", tr("Career guidance")},
        {"guideRegistration", tr("Employment registration")},
        {"guidePension", tr("Pension insurance")},
        {"guideInjury", tr("Injury cover")}};
    const QStringList guideKinds = TieredService::guidanceKinds();
    for (int i = 0; i < int(guideKinds.size()); ++i) {
        auto* b = new QPushButton(guides[i].second, guideBox);
        b->setObjectName(QLatin1String(guides[i].first));
        const QString kind = guideKinds.at(i);
        connect(b, &QPushButton::clicked, this, [this, kind] { recordGuidance(kind); });
        guideRow->addWidget(b);
        m_guideButtons.push_back(b);
    }
    guideRow->addStretch(1);
    gl->addLayout(guideRow);
    guideBox->hide();
    fl->addWidget(guideBox);
    // The person asks for their data to be deleted (the kiosk's consent screen says they may).
    auto* deleteBox = new QGroupBox(tr("Delete this person's data"), formHost);
    m_deleteBox = deleteBox;
    auto* dl = new QHBoxLayout(deleteBox);
    m_deleteReason = new QLineEdit(m_deleteBox);
    m_deleteReason->setObjectName(QStringLiteral("seekerDeleteReason"));
    m_deleteReason->setPlaceholderText(tr("Why, e.g. the person asked at the window"));
    m_delete = new QPushButton(tr("Delete"), m_deleteBox);
    m_delete->setObjectName(QStringLiteral("seekerDelete"));
    dl->addWidget(m_deleteReason, 1);
    dl->addWidget(m_delete);
    m_deleteBox->hide();
    fl->addWidget(m_deleteBox);
    connect(m_delete, &QPushButton::clicked, this, &StaffSeekersPage::deleteSeeker);
    connect(m_deleteReason, &QLineEdit::textEdited, this, &StaffSeekersPage::disarmDelete);

    auto* buttons = new QHBoxLayout;
    auto* save = new QPushButton(tr("Save (Ctrl+S)"), formHost);
    save->setObjectName(QStringLiteral("seekerSave"));
    save->setProperty("primary", true);
    m_match = new QPushButton(tr("Find jobs for this person"), formHost);
    m_match->setObjectName(QStringLiteral("seekerMatch"));
    // Throws away what was typed over an open registration (kept aside or not): it is shown as
    // stored.
    m_discard = new QPushButton(tr("Discard changes"), formHost);
    m_discard->setObjectName(QStringLiteral("seekerDiscard"));
    connect(m_discard, &QPushButton::clicked, this, &StaffSeekersPage::discardChanges);
    buttons->addWidget(save);
    buttons->addWidget(m_match);
    buttons->addWidget(m_discard);
    buttons->addStretch(1);
    fl->addStretch(1);
    scroll->setWidget(formHost);
    // The buttons stay in sight under the scrolling form.
    // Messages sit below the form too, outside its scroll area: one appearing or going never
    // moves a field under the clerk's mouse, and it stays in sight however far the form is
    // scrolled.
    auto* pane = new QWidget(split);
    m_message = staffui::makeMessage(QStringLiteral("seekerMessage"), pane);
    QVBoxLayout* pl = staffui::formPane(pane, scroll, m_message);
    m_scroll = scroll;
    buttons->setContentsMargins(10, 4, 6, 0);
    pl->addLayout(buttons);
    split->addWidget(pane);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({440, 700});

    connect(find, &QPushButton::clicked, this, &StaffSeekersPage::lookup);
    connect(m_lookup, &QLineEdit::returnPressed, this, &StaffSeekersPage::lookup);
    // Emptied (its clear button, or Backspace): everyone is listed again at once.
    connect(m_lookup, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.trimmed().isEmpty() && !m_lastLookup.isEmpty())
            lookup();
    });
    connect(fresh, &QPushButton::clicked, this, &StaffSeekersPage::startNew);
    connect(m_twinList, &QPushButton::clicked, this, &StaffSeekersPage::listTwins);
    connect(save, &QPushButton::clicked, this, &StaffSeekersPage::save);
    connect(m_match, &QPushButton::clicked, this, [this] {
        if (!m_currentId.isEmpty())
            emit matchSeekerRequested(m_currentId);
    });
    auto* saveKey = new QShortcut(QKeySequence::Save, this);
    connect(saveKey, &QShortcut::activated, this, &StaffSeekersPage::save);
    auto* newKey = new QShortcut(QKeySequence::New, this);
    connect(newKey, &QShortcut::activated, this, &StaffSeekersPage::startNew);
    staffui::bindFind(this, m_lookup);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& index) {
                const StoredEntity* e = m_model->entity(index.row());
                if (e && e->id != m_currentId)
                    load(*e);
            });
    m_loaded = typedForm();
    startNew();
}

void StaffSeekersPage::refresh()
{
    auto twice = m_ctx.desk.seekers().registeredTwice();
    // People, not records: a group of records shares one ID hash.
    QSet<QString> people;
    if (twice.ok())
        for (const StoredEntity& e : twice.value())
            people.insert(str(e.data, "id_number"));
    m_twinList->setText(tr("Registered twice: %n", nullptr, int(people.size())));
    m_twinList->setVisible(!people.isEmpty());
    if (people.isEmpty())
        m_listingTwins = false;
    auto found = m_listingTwins ? std::move(twice) : m_ctx.desk.seekers().lookup(m_lastLookup);
    if (!found.ok()) {
        staffui::setMessage(m_message, found.error().message, Tone::Error);
        return;
    }
    m_model->setRows(std::move(found.value()));
    staffui::selectId(m_table, m_currentId);
    showTwins();
    // Services recorded elsewhere meanwhile (a recommendation at 即时快招) count at once.
    showTier();
    showGuidance();
    // The registration on screen was changed elsewhere (another window, through the platform):
    // shown as it now stands when nothing is typed here; otherwise a save keeps that change
    // wherever the clerk has not typed.
    if (!m_currentId.isEmpty() && !hasUnsavedChanges()) {
        auto stored = m_ctx.terminal.store().get(entities::seeker(), m_currentId);
        if (stored.ok() && stored.value() && stored.value()->data != m_base) {
            load(*stored.value());
            staffui::setMessage(m_message,
                                tr("This registration was changed elsewhere; it is shown as it "
                                   "now stands."),
                                Tone::Info);
        }
    }
}

void StaffSeekersPage::listTwins()
{
    m_listingTwins = true;
    m_lookup->clear();
    m_lastLookup.clear();
    setLookupHint({});
    refresh();
    staffui::setMessage(m_message,
                        tr("These people were registered more than once before the terminals "
                           "synced. Open one to merge the records."),
                        Tone::Info);
}

void StaffSeekersPage::disarmMerge()
{
    if (m_mergeArmed && m_message->text() == mergeWarning())
        staffui::setMessage(m_message, QString(), Tone::Info);
    m_mergeArmed = false;
    m_armedTwins.clear();
    m_merge->setText(tr("Merge into one record"));
}

QString StaffSeekersPage::mergeWarning()
{
    return tr("Merging cannot be undone. Check with the person that the records are theirs, "
              "then press \"Press again to merge\".");
}

void StaffSeekersPage::showTwins()
{
    auto twins = m_currentId.isEmpty()
                     ? Result<std::vector<StoredEntity>>(std::vector<StoredEntity>())
                     : m_ctx.desk.seekers().twinsOf(m_currentId);
    if (!twins.ok() || twins.value().empty()) {
        disarmMerge();
        m_twinBox->hide();
        return;
    }
    // A second press merges what the first one was asked about, nothing that came since.
    QStringList ids;
    for (const StoredEntity& e : twins.value())
        ids << e.id;
    if (m_mergeArmed && ids != m_armedTwins)
        disarmMerge();
    QStringList others;
    for (const StoredEntity& e : twins.value()) {
        const QString where = str(e.data, "source") == QLatin1String("kiosk")
                                  ? tr("at a self-service kiosk")
                                  : tr("at a service window");
        const QString name =
            str(e.data, "name").isEmpty() ? tr("no name given") : str(e.data, "name");
        others << tr("%1, registered %2 %3, mobile %4")
                      .arg(name, staffui::localTime(str(e.data, "created_at")), where,
                           masking::phone(str(e.data, "phone")));
    }
    m_twins->setText(
        tr("The same ID number is on %n other record(s): %1. Merge them into one: the oldest "
           "record stays with the answers changed last, lists are put together, and "
           "applications and services move with it.",
           nullptr, int(others.size()))
            .arg(others.join(tr("; "))));
    m_twinBox->show();
}

void StaffSeekersPage::disarmDelete()
{
    m_deleteArmed = false;
    m_delete->setText(tr("Delete"));
}

void StaffSeekersPage::deleteSeeker()
{
    if (m_currentId.isEmpty())
        return;
    if (m_deleteReason->text().trimmed().isEmpty()) {
        staffui::markUntilEdited(m_deleteReason, m_message,
                                 tr("Say why the data is deleted (for example: the person asked "
                                    "at the window)."));
        m_deleteReason->setFocus();
        return;
    }
    if (!m_deleteArmed) {
        m_deleteArmed = true;
        m_delete->setText(tr("Press again to delete"));
        QString text = tr("The registration is deleted here and, at the next sync, at every "
                          "terminal and the platform; nothing of the person's data is kept, and "
                          "their mobile number leaves their applications, complaints and "
                          "call-back requests. This cannot be undone.");
        if (auto open = m_ctx.desk.openRequestsOf(m_currentId); open.ok() && open.value() > 0)
            text += QLatin1Char(' ') +
                    tr("%n open request(s) made with their mobile will have no number to call "
                       "back: answer them first if they still need an answer.",
                       nullptr, open.value());
        staffui::setMessage(m_message, text + QLatin1Char(' ') + tr("Press again to delete."),
                            Tone::Warning);
        // A double click is one press, not a confirmation. While the button is held the cursor
        // waits in the reason beside it, not in some field further down that the form would
        // scroll to; and the warning takes room from the form: the button stays in sight.
        m_deleteReason->setFocus(Qt::OtherFocusReason);
        staffui::holdBriefly({m_delete}, {}, staffui::kLongHoldMs);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        m_scroll->ensureWidgetVisible(m_delete);
        return;
    }
    const QString id = m_currentId;
    const QString number = str(m_current, "id_number").trimmed().toUpper();
    const QString mobile = str(m_current, "phone").trimmed();
    Status st = m_ctx.desk.deleteSeeker(id, m_deleteReason->text(), m_ctx.user());
    disarmDelete();
    if (!st.ok()) {
        staffui::setMessage(m_message, st.error().message, Tone::Error);
        return;
    }
    m_drafts.drop(id);
    // So do forms typed with their ID number or mobile and kept aside (a registration begun
    // again and found to be theirs): nothing of theirs stays to be saved again.
    m_drafts.dropIf([&](const QString&, const SeekerForm& f) {
        return (!number.isEmpty() && f.idNumber.trimmed().toUpper() == number) ||
               (!mobile.isEmpty() && f.phone.trimmed() == mobile);
    });
    m_loaded = typedForm(); // what was on screen goes with the record
    // The cursor leaves the reason's field before it goes, so that the form does not scroll
    // down after it: the empty form is shown from its head.
    m_name->setFocus(Qt::OtherFocusReason);
    startNew();
    refresh();
    staffui::setMessage(m_message,
                        tr("Deleted: the person's data is gone from this window, and from the "
                           "others and the platform at the next sync."),
                        Tone::Success);
    emit changed();
}

void StaffSeekersPage::mergeTwins()
{
    if (m_currentId.isEmpty())
        return;
    if (hasUnsavedChanges()) {
        staffui::setMessage(m_message,
                            tr("Save the changes first, or change them back: merging takes what "
                               "is saved."),
                            Tone::Warning);
        return;
    }
    auto twins = m_ctx.desk.seekers().twinsOf(m_currentId);
    if (twins.ok()) {
        // Changes kept aside for another of the records would be lost with it.
        for (const StoredEntity& e : twins.value()) {
            if (m_drafts.has(e.id)) {
                staffui::setMessage(
                    m_message,
                    tr("Unsaved changes are kept for another of these records: open it and "
                       "save them, or change them back, before merging."),
                    Tone::Warning);
                return;
            }
        }
    }
    QStringList ids;
    if (twins.ok())
        for (const StoredEntity& e : twins.value())
            ids << e.id;
    // Records that came or went since the first press are asked about again.
    if (m_mergeArmed && ids != m_armedTwins)
        m_mergeArmed = false;
    if (!m_mergeArmed) {
        m_mergeArmed = true;
        m_armedTwins = ids;
        m_merge->setText(tr("Press again to merge"));
        staffui::setMessage(m_message, mergeWarning(), Tone::Warning);
        // A double click is one press, not a confirmation.
        staffui::holdBriefly({m_merge}, {}, staffui::kLongHoldMs);
        return;
    }
    auto merged = m_ctx.desk.mergeSeekerTwins(m_currentId, m_ctx.user());
    if (!merged.ok()) {
        disarmMerge();
        showTwins();
        staffui::setMessage(m_message, merged.error().message, Tone::Error);
        return;
    }
    // Nothing typed for the records merged away is kept: they are gone.
    if (twins.ok())
        for (const StoredEntity& e : twins.value())
            m_drafts.drop(e.id);
    m_drafts.drop(m_currentId);
    refresh();
    openSeeker(merged->id);
    staffui::setMessage(m_message,
                        tr("Merged: %n record(s) joined into this one.", nullptr,
                           int(twins.ok() ? twins.value().size() : 0)),
                        Tone::Success);
    emit changed();
}

void StaffSeekersPage::setLookupHint(const QString& foundBy)
{
    m_lookup->setPlaceholderText(
        foundBy.isEmpty()
            ? tr("ID number, mobile (or its last 4 digits) or part of the name")
            : tr("Listed: found by %1. Type another ID number, mobile or name").arg(foundBy));
}

void StaffSeekersPage::lookup()
{
    setLookupHint({});
    m_listingTwins = false;
    m_lastLookup = m_lookup->text().trimmed();
    auto found = m_ctx.desk.seekers().lookup(m_lastLookup);
    if (!found.ok()) {
        staffui::markInvalid(m_lookup, true);
        staffui::setMessage(m_message, found.error().message, Tone::Error);
        return;
    }
    staffui::markInvalid(m_lookup, false);
    const bool none = found.value().empty();
    m_model->setRows(std::move(found.value()));
    m_missed = none ? m_lastLookup : QString();
    if (none && !m_lastLookup.isEmpty() && carryLookup()) {
        // Not typed twice: what was looked up starts the person's registration.
        staffui::setMessage(m_message,
                            tr("Nobody registered matches \"%1\". It is filled in below for "
                               "a new registration.")
                                .arg(masking::lookupText(m_lastLookup)),
                            Tone::Info);
    } else if (none && !m_lastLookup.isEmpty()) {
        QString text =
            tr("Nobody registered matches \"%1\".").arg(masking::lookupText(m_lastLookup));
        // The person opened before is still in the form: not the one looked for.
        if (!m_currentId.isEmpty())
            text += QLatin1Char(' ') +
                    tr("The form below still shows %1, opened before; press New registration to "
                       "register the person looked for.")
                        .arg(m_name->text().trimmed().isEmpty() ? tr("the person")
                                                                : m_name->text().trimmed());
        staffui::setMessage(m_message, text, m_currentId.isEmpty() ? Tone::Info : Tone::Warning);
    } else {
        // Found: what an earlier look-up said (nobody matched) is no longer so.
        staffui::setMessage(m_message, QString(), Tone::Info);
        // The one person found is opened; everyone listed again (the box emptied) is no search,
        // even when the store holds one person: the form stays as it was.
        if (m_model->rowCount() == 1 && !m_lastLookup.isEmpty())
            m_table->selectRow(0);
    }
    // An ID or phone number typed does not stay on the screen for the next person at the
    // window to read: the list shows whom it found, masked.
    if (!none && masking::isNumberLookup(m_lastLookup)) {
        const QSignalBlocker quiet(m_lookup);
        m_lookup->clear();
        setLookupHint(masking::lookupText(m_lastLookup));
    }
}

void StaffSeekersPage::startNew()
{
    if (m_currentId.isEmpty() && hasUnsavedChanges()) {
        // Pressed on a new registration that is not saved: a second press clears it, unless
        // more was typed in between (then it asks again).
        // The second click of a double click is not a second press.
        if (m_clearAskedAt.isValid() &&
            m_clearAskedAt.elapsed() < QApplication::doubleClickInterval() + 200)
            return;
        if (!m_clearAsked || !sameForm(*m_clearAsked, typedForm())) {
            m_clearAsked = typedForm();
            m_clearAskedAt.start();
            staffui::setMessage(m_message,
                                tr("This new registration is not saved. Save it, or press New "
                                   "registration again to clear the form."),
                                Tone::Warning);
            // Whatever is typed next goes into the form, not into the search box.
            m_name->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    } else {
        keepDraft();
    }
    m_clearAsked.reset();
    m_currentId.clear();
    m_current = {};
    m_base = {};
    m_table->clearSelection();
    // No current row either: a click on the person who was open opens them again.
    m_table->selectionModel()->clearCurrentIndex();
    m_formTitle->setText(tr("New registration"));
    m_scroll->ensureVisible(0, 0);
    clearMarks();
    staffui::setMessage(m_message, QString(), Tone::Info);
    for (QLineEdit* e : {m_name, m_idNumber, m_phone, m_skills, m_training, m_notes, m_tierNote})
        e->clear();
    m_idNumber->setPlaceholderText(tr("18 characters"));
    m_phone->setPlaceholderText(tr("11-digit mobile"));
    m_education->setCurrentIndex(0);
    staffui::setCheckedCodes(m_occupations, {});
    staffui::setCheckedCodes(m_districts, {});
    staffui::setCheckedCodes(m_difficulties, {});
    holdOlderFromId(true);
    m_availability->setCurrentIndex(0);
    m_pay->setValue(0);
    m_payUnit->setCurrentIndex(0);
    m_business->setChecked(false);
    m_consent->setChecked(false);
    m_consent->setEnabled(true);
    m_consent->setText(tr("Consent given"));
    m_consentText->show();
    m_match->setEnabled(false);
    m_deleteBox->hide();
    disarmDelete();
    m_discardAsked.reset();
    showTier();
    showGuidance();
    disarmMerge();
    showTwins();
    focusIfShown(m_name);
    m_loaded = typedForm();
    if (restoreDraft()) {
        // A registration begun and left unsaved is back, for the person it was begun for; with
        // someone else in front of the window, the next press of New registration clears it.
        m_clearAsked = typedForm();
        m_clearAskedAt.start();
        const QString name = m_name->text().trimmed();
        staffui::setMessage(
            m_message,
            name.isEmpty()
                ? tr("A new registration begun earlier and not saved is back. For someone else, "
                     "press New registration again to clear the form.")
                : tr("The new registration begun for %1 and not saved is back. For someone else, "
                     "press New registration again to clear the form.")
                      .arg(name),
            Tone::Warning);
        return;
    }
    const QString missed = m_missed;
    if (carryLookup())
        staffui::setMessage(
            m_message,
            tr("\"%1\", looked up before, is filled in.").arg(masking::lookupText(missed)),
            Tone::Info);
    else
        sayDraftKept();
}

bool StaffSeekersPage::carryLookup()
{
    const QString typed = m_missed.trimmed();
    if (typed.isEmpty() || !m_currentId.isEmpty() || hasUnsavedChanges())
        return false;
    m_missed.clear();
    // Numbers only: a name looked up may be part of one.
    if (auto id = validation::checkIdNumber(typed, m_ctx.today()); id.ok())
        m_idNumber->setText(id.value().normalised);
    else if (auto mobile = validation::checkMobile(typed); mobile.ok())
        m_phone->setText(mobile.value());
    else
        return false;
    // Not typed into the form: alone, it is no unsaved work to keep aside or warn of, and the
    // next look-up in vain may put another number in its place.
    m_loaded = typedForm();
    return true;
}

void StaffSeekersPage::sayDraftKept()
{
    if (m_drafts.empty())
        return;
    // A person on record by the name on record (the form may hold another one typed over it);
    // a new registration by the name typed.
    const QStringList who =
        m_drafts.names([](const QString& id, const SeekerForm& form, const QJsonObject& record) {
            const QString recorded = str(record, "name").trimmed();
            const QString typed = form.name.trimmed();
            return id.isEmpty()          ? tr("the new registration")
                   : !recorded.isEmpty() ? recorded
                   : typed.isEmpty()     ? tr("a registration without a name")
                                         : typed;
        });
    staffui::setMessage(m_message,
                        tr("Unsaved changes are kept for %1: open the person again, or press "
                           "New registration for a new one, to go back to them.")
                            .arg(who.join(tr(", "))),
                        Tone::Warning);
}

void StaffSeekersPage::openSeeker(const QString& id)
{
    // Another person now: the one looked up in vain is not carried into a later registration.
    m_missed.clear();
    auto e = m_ctx.terminal.store().get(entities::seeker(), id);
    if (e.ok() && !e.value()) {
        // Merged into another record of the same person (here or at another window): that one.
        if (auto kept = m_ctx.desk.seekers().mergedInto(id); kept.ok() && !kept.value().isEmpty())
            e = m_ctx.terminal.store().get(entities::seeker(), kept.value());
    }
    if (!e.ok() || !e.value())
        return;
    const QString opened = e.value()->id;
    if (m_model->rowOf(opened) < 0) {
        std::vector<StoredEntity> rows = m_model->rows();
        rows.insert(rows.begin(), *e.value());
        m_model->setRows(std::move(rows));
    }
    load(*e.value());
    staffui::selectId(m_table, opened);
}

void StaffSeekersPage::load(const StoredEntity& seeker)
{
    keepDraft();
    m_clearAsked.reset();
    m_currentId = seeker.id;
    m_current = seeker.data;
    m_base = seeker.data;
    const QJsonObject& d = seeker.data;
    m_scroll->ensureVisible(0, 0);
    clearMarks();
    staffui::setMessage(m_message, QString(), Tone::Info);
    m_formTitle->setText(
        tr("Registration of %1")
            .arg(str(d, "name").isEmpty() ? tr("(name not given)") : str(d, "name")));
    m_name->setText(str(d, "name"));
    // Numbers are never shown in full: the field stays empty (= unchanged) under a masked hint.
    m_idNumber->clear();
    const QString id = str(d, "id_number");
    m_idNumber->setPlaceholderText(
        tr("%1 (leave empty to keep)")
            .arg(masking::idNumber(id.isEmpty() ? str(d, "id_tail") : id)));
    m_phone->clear();
    m_phone->setPlaceholderText(
        tr("%1 (leave empty to keep)").arg(masking::phone(str(d, "phone"))));
    const int edu = m_education->findData(str(d, "education"));
    if (edu < 0 && !str(d, "education").isEmpty())
        m_education->addItem(str(d, "education"), str(d, "education"));
    m_education->setCurrentIndex(std::max(0, m_education->findData(str(d, "education"))));
    m_skills->setText(str(d, "skills"));
    staffui::setCheckedCodes(m_occupations, toList(d.value(QLatin1String("wanted_occupations"))));
    staffui::setCheckedCodes(m_districts, toList(d.value(QLatin1String("wanted_districts"))));
    staffui::setCheckedCodes(m_difficulties, toList(d.value(QLatin1String("difficulties"))));
    holdOlderFromId(true);
    m_availability->setCurrentIndex(std::max(0, m_availability->findData(str(d, "availability"))));
    const QJsonObject pay = d.value(QLatin1String("expected_pay")).toObject();
    m_pay->setValue(pay.value(QLatin1String("min")).toDouble());
    m_payUnit->setCurrentIndex(std::max(0, m_payUnit->findData(str(pay, "unit"))));
    m_training->setText(
        toList(d.value(QLatin1String("training_wishes"))).join(QStringLiteral("、")));
    m_business->setChecked(d.value(QLatin1String("business_interest")).toBool());
    m_notes->setText(str(d, "notes"));
    const bool consented = !str(d, "consent_at").isEmpty();
    m_consent->setChecked(consented);
    m_consent->setEnabled(!consented);
    // Once given, a line saying when: the notice is not read out again.
    // With its year: a consent may be from a year before.
    const QDateTime consentAt = Clock::fromWire(str(d, "consent_at"));
    m_consent->setText(consentAt.isValid() ? tr("Consent given on %1")
                                                 .arg(consentAt.toOffsetFromUtc(8 * 3600).toString(
                                                     QStringLiteral("yyyy-MM-dd HH:mm")))
                                           : tr("Consent given"));
    m_consentText->setVisible(!consented);
    m_match->setEnabled(true);
    m_deleteBox->show();
    m_deleteReason->clear();
    disarmDelete();
    m_discardAsked.reset();
    showTier();
    showGuidance();
    disarmMerge();
    showTwins();
    m_loaded = typedForm();
    if (!restoreDraft())
        sayDraftKept();
}

void StaffSeekersPage::holdOlderFromId(bool fresh)
{
    QListWidgetItem* older = nullptr;
    for (int i = 0; i < m_difficulties->count() && !older; ++i)
        if (m_difficulties->item(i)->data(Qt::UserRole).toString() == QLatin1String("older"))
            older = m_difficulties->item(i);
    if (!older)
        return;
    if (fresh)
        m_olderHeld = false;
    const QDate today = m_ctx.terminal.clock().today();
    validation::IdNumberInfo info;
    if (const QString typed = m_idNumber->text().trimmed(); !typed.isEmpty()) {
        if (auto id = validation::checkIdNumber(typed, today); id.ok())
            info = id.value();
    } else if (!m_currentId.isEmpty()) {
        info.birthDate = QDate::fromString(str(m_current, "birth_date"), Qt::ISODate);
        info.gender = str(m_current, "gender");
    }
    const bool hold = validation::isOlderWorker(info, today);
    if (hold && !m_olderHeld) {
        // A record or draft just opened holds the tick its ID number gave: nobody's own answer.
        m_olderBefore = !fresh && older->checkState() == Qt::Checked;
        older->setCheckState(Qt::Checked);
        older->setFlags(Qt::ItemIsEnabled);
        older->setToolTip(tr("From the birth date in the ID number: women from %1 and men from %2 "
                             "count as older workers.")
                              .arg(validation::kOlderWorkerAgeWomen)
                              .arg(validation::kOlderWorkerAgeMen));
    } else if (!hold) {
        if (m_olderHeld)
            older->setCheckState(m_olderBefore ? Qt::Checked : Qt::Unchecked);
        older->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        older->setToolTip(QString());
    }
    m_olderHeld = hold;
}

void StaffSeekersPage::sayIdKnown()
{
    QString text;
    if (m_currentId.isEmpty()) {
        const QString typed = m_idNumber->text().trimmed();
        if (validation::checkIdNumber(typed, m_ctx.terminal.clock().today()).ok()) {
            auto known = m_ctx.desk.seekers().findByIdNumber(typed);
            if (known.ok() && known.value()) {
                const QJsonObject& d = known.value()->data;
                const QString name = str(d, "name").trimmed();
                const QString typedName = m_name->text().trimmed();
                // As save() will take it: the same person (or a name one character off, or none
                // typed yet) opens with what was typed; another name is most likely a wrong digit.
                if (!name.isEmpty() && !typedName.isEmpty() &&
                    !sameNameButForOneCharacter(name, typedName))
                    text = tr("This ID number is already registered, for %1 (%2), not %3: check "
                              "the number on the ID card.")
                               .arg(name, masking::phone(str(d, "phone")), typedName);
                else
                    text = tr("This ID number is already registered, for %1 (%2). Press Save to "
                              "open that registration with what you typed.")
                               .arg(name.isEmpty() ? tr("a person without a name") : name,
                                    masking::phone(str(d, "phone")));
            }
        }
    }
    if (!text.isEmpty()) {
        staffui::setMessage(m_message, text, Tone::Warning);
        m_idKnownSaid = text;
    } else if (!m_idKnownSaid.isEmpty()) {
        if (m_message->text() == m_idKnownSaid)
            staffui::setMessage(m_message, QString(), Tone::Info);
        m_idKnownSaid.clear();
    }
}

void StaffSeekersPage::showTier()
{
    const bool priority = str(m_current, "tier") == QLatin1String("priority");
    const bool shown = !m_currentId.isEmpty() && priority;
    m_tierBox->setVisible(shown);
    if (!shown)
        return;
    auto p = m_ctx.tiered.progress(m_currentId);
    if (!p.ok()) {
        m_tier->setText(p.error().message);
        return;
    }
    const auto part = [](const QString& label, int done, int target) {
        return QStringLiteral("%1 %2/%3%4")
            .arg(label)
            .arg(done)
            .arg(target)
            .arg(done >= target ? QStringLiteral(" ✓") : QString());
    };
    QStringList why;
    for (const QJsonValue& v : m_current.value(QLatin1String("difficulties")).toArray())
        why << StaffLabels::difficulty(v.toString());
    m_tier->setText(tr("%1. Package: %2 · %3 · %4")
                        .arg(StaffLabels::joinList(why),
                             part(StaffLabels::serviceKind(QStringLiteral("guidance")), p->guidance,
                                  TierProgress::kGuidanceTarget),
                             part(StaffLabels::serviceKind(QStringLiteral("recommendation")),
                                  p->recommendations, TierProgress::kRecommendationTarget),
                             part(StaffLabels::serviceKind(QStringLiteral("training")), p->training,
                                  TierProgress::kTrainingTarget)) +
                    (p->complete() ? QStringLiteral("  ") + tr("Package complete.") : QString()));
}

void StaffSeekersPage::showGuidance()
{
    // Nobody to guide on a new registration, nor on a record deleted or merged into another
    // elsewhere since it was opened.
    bool onRecord = !m_currentId.isEmpty();
    if (onRecord) {
        auto stored = m_ctx.terminal.store().get(entities::seeker(), m_currentId);
        onRecord = stored.ok() && stored.value();
    }
    m_guideBox->setVisible(onRecord);
    if (!onRecord)
        return;
    auto last = m_ctx.tiered.lastGiven(m_currentId);
    if (!last.ok()) {
        m_guide->setText(last.error().message);
        return;
    }
    // A seeker in difficulty has career guidance in the tiered service's box, where it counts
    // towards the package.
    const bool priority = str(m_current, "tier") == QLatin1String("priority");
    findChild<QWidget*>(QStringLiteral("guideCareer"))->setVisible(!priority);
    QStringList parts;
    for (const QString& kind : TieredService::guidanceKinds()) {
        if (priority && kind == QLatin1String("career_guidance"))
            continue;
        const auto it = last->find(kind);
        parts << (it == last->end()
                      ? tr("%1: not yet").arg(StaffLabels::serviceKind(kind))
                      : tr("%1: given %2")
                            .arg(StaffLabels::serviceKind(kind), staffui::localTime(it->second)));
    }
    m_guide->setText(parts.join(QStringLiteral("\n")));
}

void StaffSeekersPage::recordGuidance(const QString& kind)
{
    if (m_currentId.isEmpty())
        return;
    auto r = m_ctx.tiered.record(m_currentId, kind, QString(), m_ctx.user());
    if (!r.ok()) {
        staffui::setMessage(m_message, r.error().message, Tone::Error);
        return;
    }
    // The second click of a double click records nothing more.
    staffui::holdBriefly({m_guideButtons.begin(), m_guideButtons.end()});
    staffui::setMessage(m_message, tr("Recorded: %1.").arg(StaffLabels::serviceKind(kind)),
                        Tone::Success);
    showGuidance();
    emit changed();
}

void StaffSeekersPage::recordTier(const QString& kind)
{
    if (m_currentId.isEmpty())
        return;
    auto r = m_ctx.tiered.record(m_currentId, kind, m_tierNote->text(), m_ctx.user());
    if (!r.ok()) {
        staffui::setMessage(m_message, r.error().message, Tone::Error);
        return;
    }
    m_tierNote->clear();
    // The cursor waits in the note for the next one. The second click of a double click records
    // nothing more.
    m_tierNote->setFocus(Qt::OtherFocusReason);
    staffui::holdBriefly({findChild<QWidget*>(QStringLiteral("tierGuidance")),
                          findChild<QWidget*>(QStringLiteral("tierTraining"))});
    staffui::setMessage(m_message, tr("Recorded: %1.").arg(StaffLabels::serviceKind(kind)),
                        Tone::Success);
    showTier();
    showGuidance();
    emit changed();
}

QWidget* StaffSeekersPage::fieldWidget(const QString& field) const
{
    if (field == QLatin1String("name"))
        return m_name;
    if (field == QLatin1String("id_number"))
        return m_idNumber;
    if (field == QLatin1String("phone"))
        return m_phone;
    if (field == QLatin1String("availability"))
        return m_availability;
    if (field == QLatin1String("expected_pay"))
        return m_pay;
    if (field == QLatin1String("difficulties"))
        return m_difficulties;
    if (field == QLatin1String("consent"))
        return m_consent;
    return nullptr;
}

void StaffSeekersPage::clearMarks()
{
    for (QWidget* w : {static_cast<QWidget*>(m_name), static_cast<QWidget*>(m_idNumber),
                       static_cast<QWidget*>(m_phone), static_cast<QWidget*>(m_availability),
                       static_cast<QWidget*>(m_pay), static_cast<QWidget*>(m_difficulties),
                       static_cast<QWidget*>(m_consent)})
        staffui::markInvalid(w, false);
}

SeekerForm StaffSeekersPage::typedForm() const
{
    SeekerForm f;
    f.name = m_name->text();
    f.idNumber = m_idNumber->text();
    f.phone = m_phone->text();
    f.education = m_education->currentData().toString();
    f.skills = m_skills->text().trimmed();
    f.wantedOccupations = staffui::checkedCodes(m_occupations);
    f.wantedDistricts = staffui::checkedCodes(m_districts);
    f.availability = m_availability->currentData().toString();
    f.expectedPayMin = m_pay->value();
    f.expectedPayUnit = m_payUnit->currentData().toString();
    f.trainingWishes = splitWords(m_training->text());
    f.businessInterest = m_business->isChecked();
    f.difficulties = staffui::checkedCodes(m_difficulties);
    f.notes = m_notes->text().trimmed();
    f.consent = m_consent->isChecked();
    return f;
}

bool StaffSeekersPage::hasUnsavedChanges() const
{
    return !sameForm(typedForm(), m_loaded);
}

bool StaffSeekersPage::sameForm(const SeekerForm& a, const SeekerForm& b)
{
    return a.name.trimmed() == b.name.trimmed() && a.idNumber.trimmed() == b.idNumber.trimmed() &&
           a.phone.trimmed() == b.phone.trimmed() && a.education == b.education &&
           a.skills == b.skills && a.wantedOccupations == b.wantedOccupations &&
           a.wantedDistricts == b.wantedDistricts && a.availability == b.availability &&
           a.expectedPayMin == b.expectedPayMin && a.expectedPayUnit == b.expectedPayUnit &&
           a.trainingWishes == b.trainingWishes && a.businessInterest == b.businessInterest &&
           a.difficulties == b.difficulties && a.notes == b.notes && a.consent == b.consent;
}

void StaffSeekersPage::discardChanges()
{
    // What was typed goes on a second press, not a slip of the hand; typing more asks again.
    // The question must still be on the screen: a message since (a save refused) asks again.
    const QString question =
        m_currentId.isEmpty()
            ? tr("What was typed for this new registration is not saved. Press Discard changes "
                 "again to clear the form.")
            : tr("The changes typed here are not saved. Press Discard changes again to throw "
                 "them away and show the registration as stored.");
    if (hasUnsavedChanges() && (!m_discardAsked || !sameForm(*m_discardAsked, typedForm()) ||
                                m_message->text() != question)) {
        m_discardAsked = typedForm();
        staffui::setMessage(m_message, question, Tone::Warning);
        // A double click is one press, not a confirmation.
        staffui::holdBriefly({m_discard});
        return;
    }
    m_discardAsked.reset();
    if (m_currentId.isEmpty()) {
        // A new registration begun: cleared, nothing kept aside, nor carried from a look-up.
        const bool typed = hasUnsavedChanges();
        m_drafts.drop(QString());
        m_missed.clear();
        m_loaded = typedForm();
        startNew();
        if (typed)
            staffui::setMessage(m_message, tr("Changes discarded: the form is empty again."),
                                Tone::Info);
        return;
    }
    auto stored = m_ctx.terminal.store().get(entities::seeker(), m_currentId);
    if (!stored.ok() || !stored.value())
        return;
    m_drafts.drop(m_currentId);
    m_loaded = typedForm(); // nothing to keep aside
    load(*stored.value());
    staffui::setMessage(m_message, tr("Changes discarded: the registration is shown as stored."),
                        Tone::Info);
}

void StaffSeekersPage::keepDraft()
{
    if (!hasUnsavedChanges())
        return;
    m_drafts.keep(m_currentId, typedForm(), m_base);
}

bool StaffSeekersPage::restoreDraft()
{
    const auto taken = m_drafts.take(m_currentId, m_current);
    if (!taken)
        return false;
    // The form exactly as it was left.
    const SeekerForm& f = taken->form;
    // Somebody else (another window, a sync) changed the registration in the meantime: the
    // form goes on from what it was typed over, and a save keeps their change wherever the clerk
    // did not type.
    const bool changedSince = taken->changedSince;
    if (!m_currentId.isEmpty())
        m_base = taken->record;
    m_name->setText(f.name);
    m_idNumber->setText(f.idNumber);
    m_phone->setText(f.phone);
    m_education->setCurrentIndex(std::max(0, m_education->findData(f.education)));
    m_skills->setText(f.skills);
    staffui::setCheckedCodes(m_occupations, f.wantedOccupations);
    staffui::setCheckedCodes(m_districts, f.wantedDistricts);
    m_availability->setCurrentIndex(std::max(0, m_availability->findData(f.availability)));
    m_pay->setValue(f.expectedPayMin);
    m_payUnit->setCurrentIndex(std::max(0, m_payUnit->findData(f.expectedPayUnit)));
    m_training->setText(f.trainingWishes.join(QStringLiteral("、")));
    m_business->setChecked(f.businessInterest);
    staffui::setCheckedCodes(m_difficulties, f.difficulties);
    holdOlderFromId(true);
    m_notes->setText(f.notes);
    if (m_consent->isEnabled())
        m_consent->setChecked(f.consent);
    staffui::setMessage(
        m_message,
        changedSince ? tr("Your unsaved changes are back. This registration was changed "
                          "elsewhere in the meantime: saving keeps that change wherever you have "
                          "not typed. Check the details with the person before you save.")
                     : tr("Your unsaved changes are back. Save them when ready."),
        Tone::Warning);
    return true;
}

void StaffSeekersPage::save()
{
    clearMarks();
    SeekerForm f = typedForm();
    if (!m_currentId.isEmpty()) {
        if (f.idNumber.trimmed().isEmpty())
            f.idNumber = str(m_base, "id_number");
        if (f.phone.trimmed().isEmpty())
            f.phone = str(m_base, "phone");
    }

    const bool creating = m_currentId.isEmpty();
    auto saved = creating ? m_ctx.desk.registerSeeker(f, m_ctx.user())
                          : m_ctx.desk.updateSeeker(m_currentId, f, m_ctx.user(), m_base);
    if (!saved.ok()) {
        QWidget* at = fieldWidget(saved.error().field);
        // The numbers are checked both at once, so that one save shows everything to fix. Each
        // mark goes when its field is corrected, and its words with it.
        QList<std::pair<QWidget*, QString>> problems{{at, saved.error().message}};
        const auto also = [&](const auto& checked) {
            if (checked.ok() || checked.error().field == saved.error().field)
                return;
            problems.append({fieldWidget(checked.error().field), checked.error().message});
        };
        // The name is asked only of a person not on record (an ID number alone opens them).
        const auto known = m_ctx.desk.seekers().findByIdNumber(f.idNumber);
        if (creating && f.name.trimmed().isEmpty() &&
            saved.error().field != QLatin1String("name") && !(known.ok() && known.value()))
            problems.append({m_name, StaffDesk::tr("Please enter the person's name.")});
        also(validation::checkWorkingAgeId(f.idNumber, m_ctx.terminal.clock().today()));
        also(validation::checkMobile(f.phone));
        if (creating && !f.consent && saved.error().field != QLatin1String("consent"))
            problems.append(
                {m_consent, tr("The person has not agreed to the use of their information yet.")});
        staffui::markAllUntilEdited(problems, m_message);
        if (at) {
            at->setFocus();
            m_scroll->ensureWidgetVisible(at);
        }
        return;
    }
    // What is open now was just saved (or is taken into the matching record): not a draft.
    m_loaded = typedForm();
    m_clearAsked.reset();
    if (saved->existing) {
        const QString recorded = str(saved->data, "name").trimmed();
        if (!recorded.isEmpty() && !f.name.trimmed().isEmpty() &&
            !sameNameButForOneCharacter(recorded, f.name.trimmed())) {
            // On record under another name (not a one-character correction such as 兰 for 蓝):
            // most likely a mistyped ID number, or someone else's card. Nothing is typed over that
            // person; what was typed stays as the new registration, to correct and save.
            m_drafts.keep(QString(), f, {});
            openSeeker(saved->id);
            // The clerk was typing: the next keys must land neither in this other person's record
            // nor in the list (whose type-ahead would open yet another person).
            findChild<QWidget*>(QStringLiteral("seekerNew"))->setFocus();
            staffui::setMessage(
                m_message,
                tr("This ID number is already registered, for %1, not %2. Nothing was changed "
                   "or created. Check the number on the ID card: what you typed is kept as the "
                   "new registration (press New registration to go back to it).")
                    .arg(recorded, f.name.trimmed()),
                Tone::Warning);
            return;
        }
        // Somebody (e.g. a kiosk) registered this ID number before: open that person with what
        // the clerk just typed over it, unsaved, so nothing has to be typed twice; the message
        // names what it replaced, so nothing on record goes unseen either.
        openSeeker(saved->id);
        const QStringList replaced = mergeTyped(f);
        QString text = tr("This ID number is already registered (for example at a kiosk). That "
                          "person's registration is open now, with what you typed filled in; "
                          "nothing new was created. Check the details with the person and save.");
        if (!replaced.isEmpty())
            text += QLatin1Char(' ') + tr("On record before: %1.").arg(replaced.join(tr("; ")));
        staffui::setMessage(m_message, text, Tone::Warning);
        emit changed();
        return;
    }
    // A mobile on another person's record too (a relative's, shared): a call back or a text
    // may reach the other person. Said when the number is new here.
    const QString savedPhone = str(saved->data, "phone");
    QStringList sharing;
    if (!savedPhone.isEmpty() && (creating || savedPhone != str(m_base, "phone"))) {
        if (auto same = m_ctx.desk.seekers().lookup(savedPhone); same.ok())
            for (const StoredEntity& other : same.value())
                if (other.id != saved->id && str(other.data, "phone") == savedPhone)
                    sharing << (str(other.data, "name").isEmpty() ? tr("a person without a name")
                                                                  : str(other.data, "name"));
    }
    m_lastLookup.clear();
    m_lookup->clear();
    setLookupHint({});
    refresh();
    openSeeker(saved->id);
    const QString merged = StaffLabels::savedOverChanges(saved->keptTheirs, saved->overTheirs);
    QString said = creating           ? tr("Registered and saved.")
                   : merged.isEmpty() ? tr("Changes saved.")
                                      : tr("Changes saved.") + QLatin1Char(' ') + merged;
    // The older-worker difficulty came from the ID number, not from a tick: said at the
    // registration, as it makes the person one in difficulty.
    if (creating && m_olderHeld)
        said += QLatin1Char(' ') +
                tr("By the birth date in the ID number the person counts as an older worker "
                   "(women from %1, men from %2), and so as in difficulty: offer them the "
                   "services for workers in difficulty.")
                    .arg(validation::kOlderWorkerAgeWomen)
                    .arg(validation::kOlderWorkerAgeMen);
    // Saved, but with no trade wanted: matching then offers any work, and the person counts in
    // no trade's figures.
    const bool noTrade = f.wantedOccupations.isEmpty();
    if (noTrade)
        said += QLatin1Char(' ') + tr("No trade wanted is ticked: ask the person which work they "
                                      "look for, so that matching and the figures count it.");
    if (!sharing.isEmpty())
        said += QLatin1Char(' ') +
                tr("This mobile is on the record of %1 too: ask whose phone it is, and write it in "
                   "the notes, so that a call reaches the right person.")
                    .arg(StaffLabels::joinList(sharing));
    staffui::setMessage(m_message, said,
                        saved->overTheirs.isEmpty() && !noTrade && sharing.isEmpty()
                            ? Tone::Success
                            : Tone::Warning);
    emit changed();
}

QStringList StaffSeekersPage::mergeTyped(const SeekerForm& f)
{
    auto unite = [](QListWidget* list, const QStringList& typed) {
        QStringList codes = staffui::checkedCodes(list);
        for (const QString& c : typed) {
            if (!codes.contains(c))
                codes << c;
        }
        staffui::setCheckedCodes(list, codes);
    };
    // What was typed wins where something was typed: the person is at the window now. The
    // record's own value is reported where it differs.
    QStringList replaced;
    auto take = [&replaced](QLineEdit* edit, const QString& typed, const QString& label,
                            const QString& shown) {
        const QString t = typed.trimmed();
        if (t.isEmpty())
            return;
        if (!edit->text().trimmed().isEmpty() && edit->text().trimmed() != t)
            replaced
                << tr("%1 \"%2\"").arg(label, shown.isEmpty() ? edit->text().trimmed() : shown);
        edit->setText(t);
    };
    take(m_name, f.name, tr("name"), QString());
    const QString phone = str(m_current, "phone");
    if (!f.phone.trimmed().isEmpty() && !phone.isEmpty() && phone != f.phone.trimmed())
        replaced << tr("%1 \"%2\"").arg(tr("mobile"), masking::phone(phone));
    if (!f.phone.trimmed().isEmpty())
        m_phone->setText(f.phone.trimmed());
    if (!f.education.isEmpty())
        m_education->setCurrentIndex(std::max(0, m_education->findData(f.education)));
    take(m_skills, f.skills, tr("skills"), QString());
    unite(m_occupations, f.wantedOccupations);
    unite(m_districts, f.wantedDistricts);
    unite(m_difficulties, f.difficulties);
    take(m_training, f.trainingWishes.join(QLatin1Char(' ')), tr("training wanted"), QString());
    if (f.businessInterest)
        m_business->setChecked(true);
    take(m_notes, f.notes, tr("notes"), QString());
    if (f.consent)
        m_consent->setChecked(true);
    return replaced;
}

void StaffSeekersPage::prepareForScreenshot()
{
    refresh();
    for (const StoredEntity& e : m_model->rows()) {
        if (str(e.data, "tier") == QLatin1String("priority")) {
            openSeeker(e.id);
            return;
        }
    }
}

} // namespace lingong
