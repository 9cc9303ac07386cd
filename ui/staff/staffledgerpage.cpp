#include "staffledgerpage.h"

#include "applicationrepository.h"
#include "common/stafflabels.h"
#include "common/stafftablemodel.h"
#include "ledgerrepository.h"
#include "masking.h"
#include "staffreport.h"
#include "staffui.h"

#include "common/datefield.h"
#include <QCheckBox>
#include <QComboBox>

#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace lingong {

using staffui::str;
using staffui::Tone;

StaffLedgerPage::StaffLedgerPage(StaffContext& ctx, QWidget* parent)
    : StaffPage(ctx, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 8);
    auto* head = new QHBoxLayout;
    head->addWidget(staffui::makeTitle(tr("Work ledger"), this));
    head->addSpacing(16);
    head->addWidget(new QLabel(tr("Day"), this));
    m_day = new DateField(this);
    m_day->setObjectName(QStringLiteral("ledgerDay"));
    m_day->setDate(ctx.today());
    head->addWidget(m_day);
    auto* today = new QPushButton(tr("Today"), this);
    today->setObjectName(QStringLiteral("ledgerToday"));
    head->addWidget(today);
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("ledgerPeriod"));
    m_period->addItem(tr("That day"), QStringLiteral("day"));
    m_period->addItem(tr("Its whole month"), QStringLiteral("month"));
    head->addWidget(m_period);
    head->addSpacing(12);
    head->addWidget(new QLabel(tr("Kind"), this));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("ledgerKind"));
    m_kind->addItem(tr("All kinds"), QString());
    for (const QString& k : StaffLabels::ledgerKinds())
        m_kind->addItem(StaffLabels::ledgerKind(k), k);
    head->addWidget(m_kind);
    head->addStretch(1);
    auto* owed = new QPushButton(tr("Follow-ups owed…"), this);
    owed->setObjectName(QStringLiteral("ledgerFollowUps"));
    head->addWidget(owed);
    auto* save = new QPushButton(tr("Save ledger (CSV)"), this);
    save->setObjectName(QStringLiteral("ledgerSave"));
    head->addWidget(save);
    layout->addLayout(head);
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("ledgerTotals"));
    m_totals->setWordWrap(true);
    m_totals->setProperty("role", QStringLiteral("hint"));
    layout->addWidget(m_totals);

    m_model = new StaffTableModel(this);
    m_model->setColumns({
        {tr("Time"), [](const StoredEntity& e) { return staffui::localTime(str(e.data, "at")); }},
        {tr("Kind"),
         [](const StoredEntity& e) {
             return StaffLabels::ledgerKind(LedgerRepository::kindOf(e.data));
         }},
        {tr("Who"), [](const StoredEntity& e) { return str(e.data, "_who"); }},
        {tr("Clerk"), [this](const StoredEntity& e) { return clerkName(str(e.data, "staff")); }},
        {tr("What"),
         [](const StoredEntity& e) {
             const QString struck = str(e.data, "struck_reason");
             return struck.isEmpty()
                        ? str(e.data, "summary")
                        : tr("%1 (struck out: %2)").arg(str(e.data, "summary"), struck);
         }},
    });
    // A struck-out entry stays in view, greyed and struck through.
    m_model->setRowStyle([](const StoredEntity& e, int role) -> QVariant {
        if (str(e.data, "struck_reason").isEmpty())
            return {};
        if (role == Qt::ForegroundRole)
            return QColor(0x6b, 0x77, 0x85);
        if (role == Qt::FontRole) {
            QFont f;
            f.setStrikeOut(true);
            return f;
        }
        return {};
    });
    m_table = staffui::makeTable(m_model, QStringLiteral("ledgerTable"), this);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    m_message = staffui::makeMessage(QStringLiteral("ledgerMessage"), this);
    layout->addWidget(m_message);
    auto* strike = new QHBoxLayout;
    // From an entry to the person or posting it is about (also by double-click or Enter):
    // a recommendation's outcome is recorded there.
    m_open = new QPushButton(tr("Open the case"), this);
    m_open->setObjectName(QStringLiteral("ledgerOpen"));
    strike->addWidget(m_open);
    strike->addSpacing(16);
    strike->addWidget(new QLabel(tr("Entry added by hand in error:"), this));
    m_strikeReason = new QLineEdit(this);
    m_strikeReason->setObjectName(QStringLiteral("ledgerStrikeReason"));
    m_strikeReason->setPlaceholderText(tr("why it is struck out"));
    m_strikeReason->setMaxLength(100);
    strike->addWidget(m_strikeReason, 1);
    m_strike = new QPushButton(tr("Strike out"), this);
    m_strike->setObjectName(QStringLiteral("ledgerStrike"));
    strike->addWidget(m_strike);
    layout->addLayout(strike);
    auto* add = new QHBoxLayout;
    add->addWidget(new QLabel(tr("Add by hand:"), this));
    m_newKind = new QComboBox(this);
    m_newKind->setObjectName(QStringLiteral("ledgerNewKind"));
    for (const QString& k : StaffDesk::manualLedgerKinds())
        m_newKind->addItem(StaffLabels::ledgerKind(k), k);
    add->addWidget(m_newKind);
    m_summary = new QLineEdit(this);
    m_summary->setObjectName(QStringLiteral("ledgerSummary"));
    m_summary->setPlaceholderText(
        tr("what it was about, e.g. asked about social insurance subsidy (no names or numbers)"));
    add->addWidget(m_summary, 1);
    auto* button = new QPushButton(tr("Add"), this);
    button->setObjectName(QStringLiteral("ledgerAdd"));
    button->setProperty("primary", true);
    add->addWidget(button);
    layout->addLayout(add);

    connect(m_day, &QDateEdit::dateChanged, this, &StaffLedgerPage::refresh);
    connect(
        static_cast<DateField*>(m_day), &DateField::refused, this,
        [this](const QString& message) { staffui::setMessage(m_message, message, Tone::Error); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &StaffLedgerPage::refresh);
    connect(m_period, &QComboBox::currentIndexChanged, this, &StaffLedgerPage::refresh);
    connect(save, &QPushButton::clicked, this, [this] {
        const QString text = csv();
        StaffReport::save(this, QStringLiteral("ledgerSaveDialog"), tr("Save the work ledger"),
                          reportPath(), m_ctx.terminal.database().path(), &m_ctx.reportFolder,
                          m_message, [text] { return text; });
    });
    connect(today, &QPushButton::clicked, this, [this] { m_day->setDate(m_ctx.today()); });
    connect(button, &QPushButton::clicked, this, &StaffLedgerPage::add);
    connect(m_strike, &QPushButton::clicked, this, &StaffLedgerPage::strike);
    connect(m_strikeReason, &QLineEdit::returnPressed, this, &StaffLedgerPage::strike);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &StaffLedgerPage::updateStrike);
    connect(m_summary, &QLineEdit::returnPressed, this, &StaffLedgerPage::add);
    connect(m_open, &QPushButton::clicked, this, &StaffLedgerPage::openCase);
    connect(owed, &QPushButton::clicked, this, &StaffLedgerPage::showFollowUpsOwed);
    connect(m_table, &QTableView::activated, this, &StaffLedgerPage::openCase);
    refresh();
}

bool StaffLedgerPage::wholeMonth() const
{
    return m_period->currentData().toString() == QLatin1String("month");
}

Result<std::vector<StoredEntity>> StaffLedgerPage::entries(const QString& kind) const
{
    auto rows = wholeMonth() ? m_ctx.desk.ledgerOfMonth(m_day->date(), kind)
                             : m_ctx.desk.ledger(m_day->date(), kind);
    if (rows.ok())
        nameWho(rows.value());
    return rows;
}

void StaffLedgerPage::nameWho(std::vector<StoredEntity>& rows) const
{
    const EntityStore& store = m_ctx.terminal.store();
    QHash<QString, QString> seekers;
    // An employer's name, and whether it is a person's (a household hiring: 王女士家).
    QHash<QString, std::pair<QString, bool>> employers;
    const auto seekerName = [&](const QString& id) {
        if (id.isEmpty())
            return QString();
        if (auto it = seekers.constFind(id); it != seekers.constEnd())
            return *it;
        auto s = store.get(entities::seeker(), id);
        const QString name = s.ok() && s.value() ? str(s.value()->data, "name") : QString();
        seekers.insert(id, name);
        return name;
    };
    const auto employer = [&](const QString& id) -> std::pair<QString, bool> {
        if (id.isEmpty())
            return {};
        if (auto it = employers.constFind(id); it != employers.constEnd())
            return *it;
        auto e = store.get(entities::employer(), id);
        const std::pair<QString, bool> found =
            e.ok() && e.value()
                ? std::pair{str(e.value()->data, "name"),
                            str(e.value()->data, "kind") == QLatin1String("household")}
                : std::pair<QString, bool>{};
        employers.insert(id, found);
        return found;
    };
    const auto byEmployer = [&](const QString& id, QString& who, QString& whoMasked) {
        const auto [name, person] = employer(id);
        who = name;
        whoMasked = person ? masking::name(name) : name;
    };
    for (StoredEntity& row : rows) {
        const QString entity = str(row.data, "ref_entity");
        const QString id = str(row.data, "ref_id");
        QString who;
        // A person's name leaves the window only masked (in a saved report).
        QString whoMasked;
        if (entity == QLatin1String("seeker")) {
            who = seekerName(id);
            whoMasked = masking::name(who);
        } else if (entity == QLatin1String("application")) {
            if (auto a = store.get(entities::application(), id); a.ok() && a.value()) {
                who = seekerName(str(a.value()->data, "seeker_id"));
                whoMasked = masking::name(who);
                if (who.isEmpty())
                    who = whoMasked = masking::phone(str(a.value()->data, "phone"));
            }
        } else if (entity == QLatin1String("employer")) {
            byEmployer(id, who, whoMasked);
        } else if (entity == QLatin1String("job")) {
            if (auto j = store.get(entities::job(), id); j.ok() && j.value()) {
                const QJsonObject& d = j.value()->data;
                if (!str(d, "employer_id").isEmpty()) {
                    byEmployer(str(d, "employer_id"), who, whoMasked);
                } else {
                    // Hired by a person with no employer on record: named by the contact.
                    who = StaffLabels::jobEmployer(d);
                    QJsonObject masked = d;
                    QJsonObject contact = d.value(QLatin1String("contact")).toObject();
                    contact.insert(QStringLiteral("name"), masking::name(str(contact, "name")));
                    masked.insert(QStringLiteral("contact"), contact);
                    whoMasked = StaffLabels::jobEmployer(masked);
                }
            }
        }
        row.data.insert(QStringLiteral("_who"), who);
        row.data.insert(QStringLiteral("_who_masked"), whoMasked.isEmpty() ? who : whoMasked);
    }
}

Result<std::vector<std::pair<QString, int>>> StaffLedgerPage::counts() const
{
    auto byKind = wholeMonth() ? m_ctx.desk.ledgerCountsOfMonth(m_day->date())
                               : m_ctx.desk.ledgerCounts(m_day->date());
    if (!byKind.ok())
        return byKind.error();
    std::map<QString, int> left = std::move(byKind.value());
    // The pairings and hires are what the ledger is read for: said even when none, unless the
    // day (month) has no entry at all.
    if (!left.empty())
        for (const char* kind : {"match", "hire"})
            left.try_emplace(QLatin1String(kind), 0);
    // In the order the kinds are chosen from; a kind this build does not know of last.
    std::vector<std::pair<QString, int>> out;
    for (const QString& kind : StaffLabels::ledgerKinds())
        if (const auto n = left.extract(kind))
            out.emplace_back(kind, n.mapped());
    for (const auto& [kind, n] : left)
        out.emplace_back(kind, n);
    return out;
}

QString StaffLedgerPage::clerkName(const QString& staff) const
{
    if (staff.isEmpty())
        return tr("(kiosk)");
    const auto it = m_staffNames.find(staff);
    return it == m_staffNames.end() ? staff : it->second;
}

void StaffLedgerPage::refresh()
{
    m_staffNames = staffui::staffNames(m_ctx.accounts);
    auto rows = entries(m_kind->currentData().toString());
    if (!rows.ok()) {
        staffui::setMessage(m_message, rows.error().message, Tone::Error);
        return;
    }
    const QString keep = staffui::selectedId(m_table);
    m_model->setRows(std::move(rows.value()));
    staffui::selectId(m_table, keep);
    updateStrike();
    auto counted = counts();
    if (counted.ok()) {
        QStringList parts;
        int total = 0;
        for (const auto& [kind, n] : counted.value()) {
            parts << QStringLiteral("%1 %2").arg(StaffLabels::ledgerKind(kind)).arg(n);
            total += n;
        }
        const QString month = m_day->date().toString(QStringLiteral("yyyy-MM"));
        // One kind chosen: how many of it first, then the whole day's (month's) counts.
        if (const QString kind = m_kind->currentData().toString(); !kind.isEmpty() && total > 0) {
            int shown = 0;
            for (const auto& [k, n] : counted.value())
                if (k == kind)
                    shown = n;
            const QString label = StaffLabels::ledgerKind(kind);
            m_totals->setText(
                wholeMonth()
                    ? tr("%1: %2 of the %n entry(ies) in %3 (%4)", nullptr, total)
                          .arg(label, QString::number(shown), month,
                               parts.join(QStringLiteral(" · ")))
                    : tr("%1: %2 of the %n entry(ies) on this day (%3)", nullptr, total)
                          .arg(label, QString::number(shown), parts.join(QStringLiteral(" · "))));
        } else if (wholeMonth())
            m_totals->setText(total == 0 ? tr("No entries in %1.").arg(month)
                                         : tr("%n entry(ies) in %1: %2", nullptr, total)
                                               .arg(month, parts.join(QStringLiteral(" · "))));
        else
            m_totals->setText(total == 0 ? tr("No entries on this day.")
                                         : tr("%n entry(ies) on this day: %1", nullptr, total)
                                               .arg(parts.join(QStringLiteral(" · "))));
    }
}

QString StaffLedgerPage::reportPath() const
{
    const QFileInfo store(m_ctx.terminal.database().path());
    QString period = m_day->date().toString(wholeMonth() ? QStringLiteral("yyyy-MM")
                                                         : QStringLiteral("yyyy-MM-dd"));
    // One kind's entries are not saved over the whole ledger of the same day (month).
    if (const QString kind = m_kind->currentData().toString(); !kind.isEmpty())
        period += QLatin1Char('-') + kind;
    return store.absoluteDir().filePath(QStringLiteral("reports/ledger-%1.csv").arg(period));
}

QString StaffLedgerPage::csv() const
{
    const QDate day = m_day->date();
    const QDate first = wholeMonth() ? QDate(day.year(), day.month(), 1) : day;
    const QDate last = wholeMonth() ? QDate(day.year(), day.month(), day.daysInMonth()) : day;
    QString out;
    out += StaffReport::line({tr("Hall"), m_ctx.terminal.config().hallName});
    out += StaffReport::line({tr("From"), first.toString(Qt::ISODate)});
    out += StaffReport::line({tr("To"), last.toString(Qt::ISODate)});
    // The entries are those listed: of the kind chosen, or all.
    const QString kind = m_kind->currentData().toString();
    out += StaffReport::line({tr("Kind"), m_kind->currentText()});
    // The counts first, as on the screen; then every entry listed, in the order they were made.
    int total = 0;
    if (auto counted = counts(); counted.ok()) {
        for (const auto& [kind, n] : counted.value()) {
            out += StaffReport::line({StaffLabels::ledgerKind(kind), QString::number(n)});
            total += n;
        }
    }
    // With one kind listed below, the total is still of every kind: said so.
    out += StaffReport::line({kind.isEmpty()
                                  ? tr("Entries (struck-out ones not counted)")
                                  : tr("Entries of all kinds (struck-out ones not counted)"),
                              QString::number(total)});
    out += StaffReport::line({});
    out += StaffReport::line({tr("Time"), tr("Kind"), tr("Who (people's names masked)"),
                              tr("Clerk"), tr("What"), tr("Struck out")});
    auto rows = entries(kind);
    if (rows.ok()) {
        for (auto it = rows.value().crbegin(); it != rows.value().crend(); ++it) {
            out += StaffReport::line(
                {StaffLabels::fieldValue(QStringLiteral("worklog"), QStringLiteral("at"),
                                         it->data.value(QLatin1String("at"))),
                 StaffLabels::ledgerKind(LedgerRepository::kindOf(it->data)),
                 str(it->data, "_who_masked"), clerkName(str(it->data, "staff")),
                 str(it->data, "summary"), str(it->data, "struck_reason")});
        }
    }
    return out;
}

void StaffLedgerPage::add()
{
    auto id = m_ctx.desk.addLedgerEntry(m_newKind->currentData().toString(), m_summary->text(),
                                        m_ctx.user());
    if (!id.ok()) {
        staffui::markInvalid(m_summary, true);
        staffui::setMessage(m_message, id.error().message, Tone::Error);
        m_summary->setFocus();
        return;
    }
    staffui::markInvalid(m_summary, false);
    m_summary->clear();
    // The ledger records work on the day it is written down; a clerk looking at another day is
    // told where the entry went.
    const bool elsewhere = m_day->date() != m_ctx.today();
    m_day->setDate(m_ctx.today());
    refresh();
    staffui::setMessage(m_message,
                        elsewhere ? tr("Added to today's ledger (%1): entries are recorded on the "
                                       "day they are written down.")
                                        .arg(m_ctx.today().toString(Qt::ISODate))
                                  : tr("Added to the ledger."),
                        Tone::Success);
    emit changed();
}

StaffLedgerPage::Case StaffLedgerPage::caseOf(const StoredEntity* entry) const
{
    if (!entry)
        return {};
    const QString ref = str(entry->data, "ref_entity");
    const QString refId = str(entry->data, "ref_id");
    const EntityStore& store = m_ctx.terminal.store();
    const auto kept = [&store](const EntitySpec& spec, const QString& id) {
        auto got = store.get(spec, id);
        return id.isEmpty() || !got.ok() ? std::optional<StoredEntity>() : got.value();
    };
    const auto person = [&](const QString& seekerId) -> Case {
        return kept(entities::seeker(), seekerId) ? Case{Case::Seeker, seekerId}
                                                  : Case{Case::Gone, {}};
    };
    if (ref == QLatin1String("seeker"))
        return person(refId);
    if (ref == QLatin1String("service_record")) {
        const auto record = kept(entities::serviceRecord(), refId);
        return record ? person(str(record->data, "seeker_id")) : Case{Case::Gone, {}};
    }
    if (ref == QLatin1String("application")) {
        const auto pairing = kept(entities::application(), refId);
        if (!pairing)
            return {Case::Gone, {}};
        const QString seekerId = str(pairing->data, "seeker_id");
        if (kept(entities::seeker(), seekerId))
            return {Case::MatchSeeker, seekerId};
        const QString jobId = str(pairing->data, "job_id");
        return kept(entities::job(), jobId) ? Case{Case::MatchJob, jobId} : Case{Case::Gone, {}};
    }
    if (ref == QLatin1String("job"))
        return kept(entities::job(), refId) ? Case{Case::Job, refId} : Case{Case::Gone, {}};
    if (ref == QLatin1String("employer"))
        return kept(entities::employer(), refId) ? Case{Case::Employer, refId}
                                                 : Case{Case::Gone, {}};
    return {};
}

void StaffLedgerPage::openCase()
{
    const Case c = caseOf(m_model->entity(m_table->currentIndex().row()));
    switch (c.kind) {
    case Case::None:
        staffui::setMessage(
            m_message, tr("This entry is about no registration or posting to open."), Tone::Info);
        return;
    case Case::Gone:
        staffui::setMessage(m_message,
                            tr("What this entry is about is no longer kept (a person's data "
                               "deleted at their request, say)."),
                            Tone::Info);
        return;
    case Case::Seeker:
        emit openSeekerRequested(c.id);
        return;
    case Case::MatchSeeker:
        emit matchSeekerRequested(c.id);
        return;
    case Case::MatchJob:
        emit matchJobRequested(c.id);
        return;
    case Case::Job:
        emit openJobRequested(c.id);
        return;
    case Case::Employer:
        emit openEmployerRequested(c.id);
        return;
    }
}

void StaffLedgerPage::showFollowUpsOwed()
{
    const QDateTime before = m_ctx.terminal.clock().now().addDays(-kFollowUpAfterDays);
    auto owed = ApplicationRepository(m_ctx.terminal.store()).followUpsOwed(Clock::toWire(before));
    if (!owed.ok()) {
        staffui::setMessage(m_message, owed.error().message, Tone::Error);
        return;
    }
    // Each hire with whom to call: the person, the job and its employer.
    std::vector<StoredEntity> rows = std::move(owed.value());
    staffui::namePlacements(m_ctx.terminal.store(), rows);
    const staffui::ListDialog list = staffui::makeListDialog(
        this, QStringLiteral("followUps"), tr("Follow-ups owed"),
        rows.empty()
            ? tr("Every hire of %n or more day(s) ago has had its pay followed up.", nullptr,
                 kFollowUpAfterDays)
            : tr("Hires of %n or more day(s) ago whose pay nobody has followed up yet, the one "
                 "waiting longest first. Call the person, then record what they say under the "
                 "hire in Matching.",
                 nullptr, kFollowUpAfterDays),
        tr("Open in Matching"), QStringLiteral("followUpsOpen"));
    list.model->setColumns({
        {tr("Person"), [](const StoredEntity& e) { return str(e.data, "_person"); }},
        {tr("Job"), [](const StoredEntity& e) { return str(e.data, "_title"); }},
        {tr("Hired"),
         [](const StoredEntity& e) { return staffui::localTime(str(e.data, "outcome_at")); }},
        {tr("Employer"), [](const StoredEntity& e) { return str(e.data, "_employer"); }},
    });
    list.model->setRows(std::move(rows));
    connect(list.table->selectionModel(), &QItemSelectionModel::selectionChanged, list.action,
            [list] { list.action->setEnabled(!staffui::selectedId(list.table).isEmpty()); });
    const auto openHire = [this, list] {
        const StoredEntity* e =
            list.model->entity(list.model->rowOf(staffui::selectedId(list.table)));
        if (!e)
            return;
        const QString seekerId = str(e->data, "seeker_id");
        const QString jobId = str(e->data, "job_id");
        list.dialog->accept();
        // The person's pairings; a kiosk applicant with no registration, the posting's.
        auto seeker = m_ctx.terminal.store().get(entities::seeker(), seekerId);
        if (!seekerId.isEmpty() && seeker.ok() && seeker.value())
            emit matchSeekerRequested(seekerId);
        else
            emit matchJobRequested(jobId);
    };
    connect(list.action, &QPushButton::clicked, list.dialog, openHire);
    connect(list.table, &QTableView::activated, list.dialog, openHire);
    list.dialog->resize(std::min(900, window()->width() - 80), 420);
    staffui::fitColumns(list.table, {1, 3});
    list.dialog->open();
}

void StaffLedgerPage::updateStrike()
{
    const StoredEntity* e = m_model->entity(m_table->currentIndex().row());
    m_open->setEnabled(caseOf(e).kind != Case::None);
    // Only an entry added by hand, not struck out yet.
    m_strike->setEnabled(e && str(e->data, "ref_entity").isEmpty() &&
                         StaffDesk::manualLedgerKinds().contains(str(e->data, "kind")) &&
                         str(e->data, "struck_reason").isEmpty());
}

void StaffLedgerPage::strike()
{
    const QString id = staffui::selectedId(m_table);
    if (id.isEmpty() || !m_strike->isEnabled())
        return;
    if (Status st = m_ctx.desk.strikeLedgerEntry(id, m_strikeReason->text(), m_ctx.user());
        !st.ok()) {
        staffui::markInvalid(m_strikeReason, st.error().field == QLatin1String("struck_reason"));
        staffui::setMessage(m_message, st.error().message, Tone::Error);
        m_strikeReason->setFocus();
        return;
    }
    staffui::markInvalid(m_strikeReason, false);
    m_strikeReason->clear();
    refresh();
    staffui::setMessage(m_message, tr("Struck out: it stays listed, and leaves the day's counts."),
                        Tone::Success);
    emit changed();
}

bool StaffLedgerPage::hasUnsavedWork() const
{
    return !m_summary->text().trimmed().isEmpty();
}

} // namespace lingong
