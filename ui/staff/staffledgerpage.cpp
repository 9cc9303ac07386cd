#include "staffledgerpage.h"

#include "common/stafflabels.h"
#include "common/stafftablemodel.h"
#include "staffui.h"

#include "common/datefield.h"
#include <QCheckBox>
#include <QComboBox>

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
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
    head->addSpacing(12);
    head->addWidget(new QLabel(tr("Kind"), this));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("ledgerKind"));
    m_kind->addItem(tr("All kinds"), QString());
    for (const QString& k : StaffLabels::ledgerKinds())
        m_kind->addItem(StaffLabels::ledgerKind(k), k);
    head->addWidget(m_kind);
    head->addStretch(1);
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
         [](const StoredEntity& e) { return StaffLabels::ledgerKind(str(e.data, "kind")); }},
        {tr("Clerk"),
         [this](const StoredEntity& e) {
             const QString staff = str(e.data, "staff");
             if (staff.isEmpty())
                 return tr("(kiosk)");
             const auto it = m_staffNames.find(staff);
             return it == m_staffNames.end() ? staff : it->second;
         }},
        {tr("What"), [](const StoredEntity& e) { return str(e.data, "summary"); }},
    });
    m_table = staffui::makeTable(m_model, QStringLiteral("ledgerTable"), this);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    m_message = staffui::makeMessage(QStringLiteral("ledgerMessage"), this);
    layout->addWidget(m_message);
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
    connect(today, &QPushButton::clicked, this, [this] { m_day->setDate(m_ctx.today()); });
    connect(button, &QPushButton::clicked, this, &StaffLedgerPage::add);
    connect(m_summary, &QLineEdit::returnPressed, this, &StaffLedgerPage::add);
    refresh();
}

void StaffLedgerPage::refresh()
{
    m_staffNames = staffui::staffNames(m_ctx.accounts);
    auto rows = m_ctx.desk.ledger(m_day->date(), m_kind->currentData().toString());
    if (!rows.ok()) {
        staffui::setMessage(m_message, rows.error().message, Tone::Error);
        return;
    }
    m_model->setRows(std::move(rows.value()));
    auto counts = m_ctx.desk.ledgerCounts(m_day->date());
    if (counts.ok()) {
        QStringList parts;
        int total = 0;
        for (const auto& [kind, n] : counts.value()) {
            parts << QStringLiteral("%1 %2").arg(StaffLabels::ledgerKind(kind)).arg(n);
            total += n;
        }
        m_totals->setText(total == 0 ? tr("No entries on this day.")
                                     : tr("%n entry(ies) on this day: %1", nullptr, total)
                                           .arg(parts.join(QStringLiteral(" · "))));
    }
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

bool StaffLedgerPage::hasUnsavedWork() const
{
    return !m_summary->text().trimmed().isEmpty();
}

} // namespace lingong
