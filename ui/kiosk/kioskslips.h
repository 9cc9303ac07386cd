#pragma once

#include "common/slip.h"

#include <QCoreApplication>
#include <QObject>

class QBoxLayout;
class QLabel;
class QPushButton;

namespace lingong {

class Terminal;

// The receipts a kiosk prints (D1), in the interface's language. Mobile numbers are printed in
// part, as on screen: a slip left behind tells a stranger nothing.
class KioskSlips final
{
    Q_DECLARE_TR_FUNCTIONS(lingong::KioskSlips)

public:
    // 报名回执: the application number, the job and where it is, and what to do next.
    static Slip application(Terminal& terminal, const QString& jobId, const QString& confirmationNo,
                            const QString& phone);
    // 招工登记回执: the job sent for checking, as stored (`job`), its reference number (when
    // stored), and what happens next.
    static Slip posting(Terminal& terminal, const QJsonObject& job, const QString& reference = {});
    // 回电登记回执: the matter, the number called and by when, and what to have ready.
    // `about`: the course or service asked about, if any.
    static Slip callback(Terminal& terminal, const QString& category, const QString& phone,
                         const QString& due, const QStringList& checklist,
                         const QString& about = {});
    // The hall's opening hours as its staff wrote them in the market's entry, or the terminal's
    // setting where the entry says nothing: when a call from the hall can come.
    static QString openingHours(Terminal& terminal);

private:
    // The hall's address, hours (openingHours) and hotline, and when the slip was printed.
    static QStringList footer(Terminal& terminal, const QDateTime& printedAt);
};

// 打印回执 on a kiosk's confirmation: a button shown only while a printer is there, that prints
// the slip offered once (a second tap would only waste paper), and a line saying what came of it.
class KioskSlipOffer final : public QObject
{
    Q_OBJECT
public:
    // Named `name`Slip. The button and the line are made on `parent` and named `name`Print and
    // `name`PrintNote; the page lays them out.
    KioskSlipOffer(Terminal& terminal, const QString& name, QWidget* parent);

    QPushButton* button() const { return m_button; }
    QLabel* note() const { return m_note; }
    // The slip offered now (empty after clear()).
    const Slip& slip() const { return m_slip; }

    // Adds a row to `layout`: the button and then `done`, centred.
    void addButtonRow(QBoxLayout* layout, QPushButton* done);

    // Offers `slip`: the button shows if a printer is there.
    void offer(const Slip& slip);
    // Nothing to offer: the button and the line go.
    void clear();

private:
    void print();

    Terminal& m_terminal;
    Slip m_slip;
    QPushButton* m_button = nullptr;
    QLabel* m_note = nullptr;
};

} // namespace lingong
