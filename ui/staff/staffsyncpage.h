#pragma once

#include "staffpage.h"
#include "syncdesk.h"

#include <QJsonObject>

#include <map>

class QLabel;
class QPushButton;
class QTableWidget;

namespace lingong {

class SyncEngine;

// 同步 (N1, J4): the state of sync with the platform (queue length, last success, last error,
// online or not), "sync now", and what the platform did not take: conflicts (a local edit lost to
// a newer platform version) and refusals (a change the platform rejected, with its reason), each
// with the actions staff can take.
class StaffSyncPage final : public StaffPage
{
    Q_OBJECT
public:
    explicit StaffSyncPage(StaffContext& ctx, QWidget* parent = nullptr);

    void refresh() override;
    int badge() const override;

private:
    void keepPlatform();
    void sendAgain();
    void dismiss();
    qint64 selectedConflict() const;
    // Fills the field-by-field view of the selected conflict.
    void showConflictFields();
    qint64 selectedRejected() const;
    void report(const Status& st, const QString& done);
    void roundDone(bool ok);

    SyncDesk m_desk;
    QLabel* m_state = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_syncNow = nullptr;
    QPushButton* m_behindDone = nullptr; // dismisses the platform-behind warning
    QTableWidget* m_conflicts = nullptr;
    QTableWidget* m_conflictFields = nullptr; // the selected conflict's differing fields
    // What each listed conflict holds, for the field-by-field view.
    struct ConflictVersions
    {
        QString entity;
        QJsonObject here;
        QJsonObject platform;
        QStringList sentAgain; // the fields "send again" puts over the platform's
    };
    std::map<qint64, ConflictVersions> m_versions;
    QTableWidget* m_rejected = nullptr;
    QPushButton* m_keep = nullptr;
    QPushButton* m_resend = nullptr;
    QPushButton* m_dismiss = nullptr;
    QString m_syncing; // the message shown while a round asked for here runs
};

// The status bar's sync line: a coloured dot, online or offline, changes waiting, the time of the
// last sync; a click opens the sync page.
class StaffSyncStrip final : public QWidget
{
    Q_OBJECT
public:
    StaffSyncStrip(Terminal& terminal, SyncEngine* engine, QWidget* parent = nullptr);
    void refresh();
    QString text() const;

signals:
    void clicked();

protected:
    void mousePressEvent(QMouseEvent* event) override;

private:
    Terminal& m_terminal;
    SyncEngine* m_engine;
    QLabel* m_label = nullptr;
};

} // namespace lingong
