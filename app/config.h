#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace lingong {

// Settings of one terminal, read from a JSON file (see README "Configuration"). Every field has a
// sensible default; a bad value is reported and the default kept, so a typo in the file never
// keeps a hall's screens dark.
struct Config
{
    // The hall (D3: "××市（县、区）零工市场").
    QString hallName = QStringLiteral("南宁市青秀区零工市场");
    QString district = QStringLiteral("南宁市青秀区");
    QString address = QStringLiteral("南宁市青秀区民族大道128号人力资源服务中心一楼");
    QString openingHours = QStringLiteral("周一至周六 7:00-18:00");
    QString hotline = QStringLiteral("0771-12333");
    QString deviceId; // empty: generated and kept in the store
    // Public holidays and the weekend days worked in their place (调休), for the working days of
    // the service time limits (WorkCalendar).
    QList<QDate> holidays;
    QList<QDate> workingWeekends;

    // Sync (N1).
    QUrl platformUrl; // empty: no sync
    QString platformToken;
    QString pinnedCertSha256; // optional, hex
    int syncIntervalSec = 60;

    // Kiosk.
    int idleTimeoutSec = 90;
    QString staffPin = QStringLiteral("2468");
    QUrl onlineServiceUrl = QUrl(QStringLiteral("https://gxjy.gx12333.net/"));
    QString jobUrlTemplate = QStringLiteral("https://gxjy.gx12333.net/job/{id}");

    // Staff window.
    int staffLockMinutes = 10;
    // A posting paying less than this an hour (yuan, worked out from its lowest pay) is flagged
    // for a check of the amount and the local minimum wage before it is published.
    int lowestHourlyPay = 15;

    // Display.
    int staleAfterMinutes = 30;
    QJsonArray playlist; // parsed by Playlist::parse (app/playlist.h); empty: the built-in loop

    // The hall's own lists (J5 trades, J2 discrimination rules), files of the shape of
    // resources/data/occupations.json and discrimination_rules.json; empty: the shipped ones.
    // A relative path is taken from the configuration file's folder.
    QString occupationsFile;
    QString discriminationRulesFile;

    // Printing (D1): slips (a referral to take to the employer, a kiosk's receipt) go to
    // `printer` (empty: the system's default printer) on paper of `paper` ("a4", "a5", or
    // "80mm" for a receipt roll), or, with `pdfFolder` set, into that folder as PDF files.
    QString printer;
    QString pdfFolder;
    QString paper = QStringLiteral("a4");

    QJsonObject raw; // the whole file, for sections a mode reads itself
};

struct ConfigLoad
{
    Config config;
    QStringList problems; // one readable sentence each, already translated
    // A file that could not be read: named (required) and missing, or there but unreadable or
    // not JSON. What the terminal is (standing alone, or syncing) is then not known.
    bool unread = false;
};

class ConfigLoader final
{
    Q_DECLARE_TR_FUNCTIONS(lingong::ConfigLoader)

public:
    // Reads `path`. A missing file gives the defaults (a problem only when `required`).
    static ConfigLoad load(const QString& path, bool required);
    static ConfigLoad parse(const QByteArray& json);
    static QString defaultPath();
};

} // namespace lingong
