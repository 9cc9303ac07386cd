#pragma once

#include "kioskpage.h"

#include <QSet>

#include <QJsonObject>

class QBoxLayout;
class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;

namespace lingong {

// 找工作, third step: one job with every J1 field in large text, the employer, a QR code for the
// job on the online platform and the one primary action, 我要报名.
class KioskJobDetailPage final : public KioskPage
{
    Q_OBJECT
public:
    explicit KioskJobDetailPage(Terminal& terminal, QWidget* parent = nullptr);

    void showJob(const QString& jobId);
    QString jobId() const { return m_jobId; }
    QJsonObject job() const { return m_job; }
    // Still published and not expired.
    bool isOpen() const { return m_open; }

    // This person has just applied for `jobId`: the job's page says so until reset() (首页, or
    // the kiosk left idle). (The number is not shown again: see KioskApplyPage.)
    void markApplied(const QString& jobId);

    void reset() override;
    void refresh() override;
    void setPortrait(bool portrait) override;

signals:
    void applyRequested(const QString& jobId);

protected:
    void changeEvent(QEvent* event) override;

private:
    QScrollArea* m_scroll = nullptr;
    void fill();
    void addField(const QString& name, const QString& value, const QString& objectName);
    void placeFields();

    QString m_jobId;
    QJsonObject m_job;
    bool m_open = false;
    QBoxLayout* m_columns = nullptr;
    QBoxLayout* m_side = nullptr;
    QGridLayout* m_fields = nullptr;
    QLabel* m_pay = nullptr;
    QLabel* m_settled = nullptr; // 日结, 月结 …
    QLabel* m_welfare = nullptr;
    QLabel* m_closed = nullptr;
    QLabel* m_appliedNote = nullptr;
    QSet<QString> m_applied; // markApplied()
    QLabel* m_qr = nullptr;
    QLabel* m_qrCaption = nullptr;
    QPushButton* m_apply = nullptr;
    QStringList m_applyWords; // before and after applying
    // The button as wide as the longer of its words, in the font it has now.
    void fitApply();
    struct Field
    {
        QLabel* name;
        QLabel* value;
    };
    QList<Field> m_fieldLabels;
};

} // namespace lingong
