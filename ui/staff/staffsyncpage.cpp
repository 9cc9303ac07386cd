#include "staffsyncpage.h"

#include "common/stafflabels.h"

#include "staffui.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lingong {

using staffui::Tone;

namespace {

QTableWidget* makeList(const QString& objectName, const QStringList& headers, QWidget* parent)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(objectName);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return t;
}

void setRow(QTableWidget* t, int row, qint64 key, const QStringList& cells)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells[c]);
        if (c == 0)
            item->setData(Qt::UserRole, key);
        t->setItem(row, c, item);
    }
}

qint64 selectedKey(const QTableWidget* t)
{
    const auto rows = t->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return t->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong();
}

} // namespace

StaffSyncPage::StaffSyncPage(StaffContext& ctx, QWidget* parent)
    : StaffPage(ctx, parent)
    , m_desk(ctx.terminal.store(), ctx.terminal.audit())
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 8);
    auto* head = new QHBoxLayout;
    head->addWidget(staffui::makeTitle(tr("Sync with the platform"), this));
    head->addSpacing(16);
    auto* hint = new QLabel(tr("Everything saved here is kept and sent when the network is up; "
                               "nothing needs to be typed twice."),
                            this);
    hint->setProperty("role", QStringLiteral("hint"));
    head->addWidget(hint, 1);
    m_syncNow = new QPushButton(tr("Sync now"), this);
    m_syncNow->setObjectName(QStringLiteral("syncNow"));
    connect(m_syncNow, &QPushButton::clicked, this, [this] {
        if (m_ctx.sync) {
            m_syncing = tr("Syncing…");
            staffui::setMessage(m_message, m_syncing, Tone::Info);
            connect(m_ctx.sync, &SyncEngine::roundFinished, this, &StaffSyncPage::roundDone,
                    Qt::UniqueConnection);
            m_ctx.sync->syncNow();
            refresh();
        }
    });
    head->addWidget(m_syncNow);
    layout->addLayout(head);

    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("syncState"));
    m_state->setTextFormat(Qt::RichText);
    m_state->setWordWrap(true);
    layout->addWidget(m_state);
    m_behindDone = new QPushButton(tr("The administrator has dealt with it"), this);
    m_behindDone->setObjectName(QStringLiteral("syncBehindDismiss"));
    auto* behindRow = new QHBoxLayout;
    behindRow->addWidget(m_behindDone);
    behindRow->addStretch(1);
    layout->addLayout(behindRow);
    connect(m_behindDone, &QPushButton::clicked, this, [this] {
        report(m_desk.dismissPlatformBehind(m_ctx.user().actor()),
               tr("The warning about the platform's log is dismissed."));
    });
    m_message = staffui::makeMessage(QStringLiteral("syncMessage"), this);
    layout->addWidget(m_message);
    // What the terminal's setup got wrong at start: the hall's technician reads it here.
    if (const QStringList& problems = ctx.terminal.startupProblems(); !problems.isEmpty()) {
        auto* setup = staffui::makeMessage(QStringLiteral("syncSetupProblems"), this);
        staffui::setMessage(setup,
                            tr("When this program started, its configuration had these "
                               "problems (correct them and start it again):") +
                                QStringLiteral("\n• ") + problems.join(QStringLiteral("\n• ")),
                            staffui::Tone::Warning);
        layout->addWidget(setup);
    }

    auto* conflicts = new QGroupBox(
        tr("Edits the platform did not take: the record was changed there in the meantime"), this);
    auto* cl = new QVBoxLayout(conflicts);
    m_conflicts = makeList(QStringLiteral("syncConflicts"),
                           {tr("Noticed"), tr("Kind"), tr("Edited here"),
                            tr("The platform's version"), tr("They differ in")},
                           conflicts);
    cl->addWidget(m_conflicts, 2);
    m_conflictFields =
        makeList(QStringLiteral("syncConflictFields"),
                 {tr("Field"), tr("Edited here"), tr("The platform's version"), tr("Sent again")},
                 conflicts);
    m_conflictFields->setSelectionMode(QAbstractItemView::NoSelection);
    m_conflictFields->setToolTip(tr("The selected record's differing fields, both versions"));
    cl->addWidget(m_conflictFields, 3);
    auto* cb = new QHBoxLayout;
    m_keep = new QPushButton(tr("Keep the platform's version"), conflicts);
    m_keep->setObjectName(QStringLiteral("syncKeepPlatform"));
    m_resend = new QPushButton(tr("Send this window's edit again"), conflicts);
    m_resend->setObjectName(QStringLiteral("syncSendAgain"));
    cb->addWidget(m_keep);
    cb->addWidget(m_resend);
    cb->addStretch(1);
    cl->addLayout(cb);
    // The conflicts and the field view of one are read together: they get the more room.
    layout->addWidget(conflicts, 2);
    connect(m_keep, &QPushButton::clicked, this, &StaffSyncPage::keepPlatform);
    connect(m_resend, &QPushButton::clicked, this, &StaffSyncPage::sendAgain);

    auto* rejected = new QGroupBox(tr("Changes the platform refused"), this);
    auto* rl = new QVBoxLayout(rejected);
    m_rejected = makeList(QStringLiteral("syncRejected"),
                          {tr("Saved"), tr("Kind"), tr("Record"), tr("Reason given")}, rejected);
    // A few rows show; more scroll, leaving the room to the conflicts' field view.
    m_rejected->setMaximumHeight(m_rejected->fontMetrics().height() * 8);
    rl->addWidget(m_rejected, 1);
    auto* rb = new QHBoxLayout;
    auto* rhint = new QLabel(tr("Correct the record on its page and save it: the corrected "
                                "version is sent as a new change. Then dismiss the refusal."),
                             rejected);
    rhint->setProperty("role", QStringLiteral("hint"));
    rhint->setWordWrap(true);
    rb->addWidget(rhint, 1);
    m_dismiss = new QPushButton(tr("Dismiss"), rejected);
    m_dismiss->setObjectName(QStringLiteral("syncDismiss"));
    rb->addWidget(m_dismiss);
    rl->addLayout(rb);
    layout->addWidget(rejected, 1);
    connect(m_dismiss, &QPushButton::clicked, this, &StaffSyncPage::dismiss);

    for (QTableWidget* t : {m_conflicts, m_rejected}) {
        connect(t->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
            m_keep->setEnabled(selectedConflict() != 0);
            m_resend->setEnabled(selectedConflict() != 0);
            m_dismiss->setEnabled(selectedRejected() != 0);
            showConflictFields();
        });
    }
    showConflictFields();
}

void StaffSyncPage::showConflictFields()
{
    m_conflictFields->setRowCount(0);
    const auto it = m_versions.find(selectedConflict());
    if (it == m_versions.end()) {
        m_conflictFields->setVisible(false);
        return;
    }
    const ConflictVersions& v = it->second;
    const QStringList keys = SyncDesk::differingFields(v.here, v.platform);
    m_conflictFields->setRowCount(int(keys.size()));
    for (int row = 0; row < keys.size(); ++row) {
        const QString& key = keys.at(row);
        setRow(m_conflictFields, row, 0,
               {SyncDesk::fieldName(key), StaffLabels::fieldValue(v.entity, key, v.here.value(key)),
                StaffLabels::fieldValue(v.entity, key, v.platform.value(key)),
                v.sentAgain.contains(key) ? tr("this window's value")
                                          : tr("the platform's stays (not edited here)")});
    }
    m_conflictFields->setVisible(!keys.isEmpty());
}

qint64 StaffSyncPage::selectedConflict() const
{
    return selectedKey(m_conflicts);
}

qint64 StaffSyncPage::selectedRejected() const
{
    return selectedKey(m_rejected);
}

int StaffSyncPage::badge() const
{
    const SyncState state(m_ctx.terminal.database());
    auto c = state.conflictCount();
    auto r = state.rejectedCount();
    return (c.ok() ? c.value() : 0) + (r.ok() ? r.value() : 0);
}

void StaffSyncPage::refresh()
{
    const bool configured = !m_ctx.terminal.config().platformUrl.isEmpty();
    auto st = readSyncStatus(m_ctx.terminal.syncState(), configured);
    QStringList lines;
    if (!st.ok()) {
        lines << st.error().message.toHtmlEscaped();
    } else {
        const SyncStatus& s = st.value();
        if (!configured) {
            lines << tr("No platform is configured: this window works stand-alone and keeps "
                        "every change until one is.");
        } else {
            lines << tr("Platform: %1")
                         .arg(
                             m_ctx.terminal.config().platformUrl.toDisplayString().toHtmlEscaped());
            // The platform answering a refusal is no working connection.
            const QString online = s.waitingForStaff
                                       ? tr("<b style='color:#a4161a'>refused by the platform</b>")
                                   : s.online ? tr("<b style='color:#1e7b34'>online</b>")
                                              : tr("<b style='color:#a4161a'>offline</b>");
            lines << tr("Connection: %1%2")
                         .arg(online, m_ctx.sync && m_ctx.sync->isRunning() ? tr(" — syncing now")
                                                                            : QString());
        }
        lines << tr("Changes waiting to be sent: %1").arg(s.pending);
        lines << tr("Last successful sync: %1")
                     .arg(s.lastSuccess.isValid() ? staffui::localTime(Clock::toWire(s.lastSuccess))
                                                  : tr("never"));
        if (!s.lastError.isEmpty())
            lines << tr("<span style='color:#a4161a'>Last problem: %1</span>")
                         .arg(s.lastError.toHtmlEscaped());
        if (s.platformSeq >= 0)
            lines << tr("<span style='color:#a4161a'>The platform has lost changes: it was "
                        "restored from an older copy or replaced (its change log ends at no. %1, "
                        "this window had read up to no. %2). This window sends its own records "
                        "again by itself: nothing needs typing in again here. Changes made at "
                        "other terminals may be missing there and here: tell the administrator, "
                        "then press the button below.</span>")
                         .arg(s.platformSeq)
                         .arg(s.cursor);
        if (!s.wrongScope.isEmpty())
            lines << tr("<span style='color:#a4161a'>This window has a public token, as kiosks "
                        "and wall screens have: the platform refuses its job postings and sends "
                        "it no seekers or applications from other terminals. Ask the "
                        "administrator for a staff token.</span>");
        if (!s.tokenDevice.isEmpty())
            lines << tr("<span style='color:#a4161a'>This window calls itself %1, but its token "
                        "was issued for %2. If this window is %2, set hall.device_id to %2 in its "
                        "configuration; if not, ask the administrator for a token of its "
                        "own.</span>")
                         .arg(m_ctx.terminal.store().deviceId().toHtmlEscaped(),
                              s.tokenDevice.toHtmlEscaped());
        if (s.clockSkewSec != 0) {
            const qint64 minutes = (std::abs(s.clockSkewSec) + 30) / 60;
            lines << (s.clockSkewSec > 0
                          ? tr("<span style='color:#a4161a'>This computer's clock is %n minute(s) "
                               "ahead of the platform's: the dates this window records "
                               "(applications, ledger days, outcomes) would be wrong. Ask the "
                               "administrator to set it, or to let it follow network "
                               "time.</span>",
                               nullptr, int(minutes))
                          : tr("<span style='color:#a4161a'>This computer's clock is %n minute(s) "
                               "behind the platform's: the dates this window records "
                               "(applications, ledger days, outcomes) would be wrong. Ask the "
                               "administrator to set it, or to let it follow network "
                               "time.</span>",
                               nullptr, int(minutes)));
        }
        if (s.waitingForStaff)
            lines << tr("<span style='color:#a4161a'>Automatic retries stopped: the platform "
                        "refused this terminal. An address or token corrected in the "
                        "configuration file takes effect when this program is started again; "
                        "once the platform's side is put right, press Sync now.</span>");
    }
    m_state->setText(lines.join(QStringLiteral("<br>")));
    m_behindDone->setVisible(st.ok() && st.value().platformSeq >= 0);
    m_syncNow->setEnabled(m_ctx.sync != nullptr);

    const qint64 keepConflict = selectedConflict();
    const qint64 keepRejected = selectedRejected();
    auto conflicts = m_desk.conflicts();
    m_versions.clear();
    m_conflicts->setRowCount(0);
    if (conflicts.ok()) {
        m_conflicts->setRowCount(int(conflicts.value().size()));
        int row = 0;
        for (const SyncConflict& c : conflicts.value()) {
            const QString what = c.op == QLatin1String("delete")
                                     ? tr("deleted here")
                                     : SyncDesk::recordLabel(c.entity, c.localData);
            auto version = m_desk.platformVersion(c);
            const std::optional<QJsonObject> platform =
                version.ok() ? version.value() : std::nullopt;
            const QString there = !platform ? tr("arrives with the next sync")
                                  : platform->isEmpty()
                                      ? tr("not on the platform")
                                      : SyncDesk::recordLabel(c.entity, *platform);
            const QString differ =
                c.op == QLatin1String("delete") || !platform || platform->isEmpty()
                    ? QString()
                    : StaffLabels::joinList(SyncDesk::differences(c.localData, *platform));
            setRow(m_conflicts, row, c.id,
                   {staffui::localTime(c.createdAt), SyncDesk::entityLabel(c.entity), what, there,
                    differ});
            if (!differ.isEmpty())
                m_versions[c.id] = {c.entity, c.localData, *platform,
                                    SyncDesk::sentAgainFields(c, *platform)};
            if (c.id == keepConflict)
                m_conflicts->selectRow(row);
            ++row;
        }
    }
    auto rejected = m_desk.rejected();
    m_rejected->setRowCount(0);
    if (rejected.ok()) {
        m_rejected->setRowCount(int(rejected.value().size()));
        int row = 0;
        for (const OutboxChange& c : rejected.value()) {
            const QJsonObject data = QJsonDocument::fromJson(c.data.toUtf8()).object();
            setRow(m_rejected, row, c.seq,
                   {staffui::localTime(c.modifiedAt), SyncDesk::entityLabel(c.entity),
                    SyncDesk::recordLabel(c.entity, data), c.lastError});
            if (c.seq == keepRejected)
                m_rejected->selectRow(row);
            ++row;
        }
    }
    m_keep->setEnabled(selectedConflict() != 0);
    m_resend->setEnabled(selectedConflict() != 0);
    m_dismiss->setEnabled(selectedRejected() != 0);
    showConflictFields();
}

void StaffSyncPage::roundDone(bool ok)
{
    // "Syncing…" stays only while the round it announced runs.
    if (m_syncing.isEmpty() || m_message->text() != m_syncing)
        return;
    // Pressed while a round ran: the round asked for is the one queued after it.
    if (ok && m_ctx.sync && m_ctx.sync->roundQueued())
        return;
    m_syncing.clear();
    if (ok)
        staffui::setMessage(m_message, tr("Sync done."), Tone::Success);
    else
        staffui::setMessage(m_message, QString(), Tone::Info); // the problem is named above
    refresh();
}

void StaffSyncPage::report(const Status& st, const QString& done)
{
    if (!st.ok())
        staffui::setMessage(m_message, st.error().message, Tone::Error);
    else
        staffui::setMessage(m_message, done, Tone::Success);
    refresh();
    emit changed();
}

void StaffSyncPage::keepPlatform()
{
    if (const qint64 id = selectedConflict())
        report(m_desk.keepPlatform(id, m_ctx.user().actor()),
               tr("The platform's version stays; this window's edit is closed."));
}

void StaffSyncPage::sendAgain()
{
    if (const qint64 id = selectedConflict()) {
        // Said as the field view showed it: whether some fields keep the platform's values.
        const auto it = m_versions.find(id);
        const bool keepsSome =
            it != m_versions.end() &&
            it->second.sentAgain.size() <
                SyncDesk::differingFields(it->second.here, it->second.platform).size();
        report(m_desk.sendAgain(id, m_ctx.user().actor()),
               keepsSome ? tr("This window's edit is saved again over the platform's version and "
                              "will be sent; the fields not edited here stay as the platform has "
                              "them.")
                         : tr("This window's version is saved again and will be sent."));
        if (m_ctx.sync)
            m_ctx.sync->syncNow();
    }
}

void StaffSyncPage::dismiss()
{
    if (const qint64 seq = selectedRejected())
        report(m_desk.dismissRejected(seq, m_ctx.user().actor()), tr("The refusal is dismissed."));
}

StaffSyncStrip::StaffSyncStrip(Terminal& terminal, SyncEngine* engine, QWidget* parent)
    : QWidget(parent)
    , m_terminal(terminal)
    , m_engine(engine)
{
    setObjectName(QStringLiteral("staffSyncStrip"));
    setCursor(Qt::PointingHandCursor);
    auto* l = new QHBoxLayout(this);
    l->setContentsMargins(0, 0, 8, 0);
    m_label = new QLabel(this);
    m_label->setTextFormat(Qt::RichText);
    l->addWidget(m_label);
    if (m_engine)
        connect(m_engine, &SyncEngine::statusChanged, this, &StaffSyncStrip::refresh);
    refresh();
}

void StaffSyncStrip::refresh()
{
    const bool configured = !m_terminal.config().platformUrl.isEmpty();
    auto st = readSyncStatus(m_terminal.syncState(), configured);
    if (!st.ok()) {
        m_label->setText(st.error().message.toHtmlEscaped());
        return;
    }
    const SyncStatus& s = st.value();
    QString dot;
    QString state;
    if (!configured) {
        dot = QStringLiteral("#6b7785");
        state = tr("Stand-alone");
    } else if (m_engine && m_engine->isRunning()) {
        dot = QStringLiteral("#1f5fa8");
        state = tr("Syncing");
    } else if (s.online && s.lastError.isEmpty() && s.platformSeq < 0 && !s.setupProblem()) {
        dot = QStringLiteral("#1e7b34");
        state = tr("Online");
    } else {
        dot = QStringLiteral("#a4161a");
        state = s.online ? tr("Sync problem") : tr("Offline");
    }
    QStringList parts{state};
    // Stand-alone, nothing is sent until a platform is set up: said so, not as if on its way.
    if (s.pending > 0)
        parts << (configured ? tr("%n change(s) waiting", nullptr, s.pending)
                             : tr("%n change(s) kept here until a platform is set up", nullptr,
                                  s.pending));
    if (s.conflicts + s.rejected > 0)
        parts << tr("%n need(s) attention", nullptr, s.conflicts + s.rejected);
    if (s.lastSuccess.isValid())
        parts << tr("last sync %1").arg(staffui::localTime(Clock::toWire(s.lastSuccess)));
    m_label->setText(QStringLiteral("<span style='color:%1'>●</span> %2")
                         .arg(dot, parts.join(QStringLiteral(" · ")).toHtmlEscaped()));
    m_label->setToolTip(s.lastError);
}

QString StaffSyncStrip::text() const
{
    return m_label->text();
}

void StaffSyncStrip::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton)
        emit clicked();
    QWidget::mousePressEvent(event);
}

} // namespace lingong
