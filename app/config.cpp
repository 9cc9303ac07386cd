#include "config.h"

#include "playlist.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>

namespace lingong {

namespace {

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(lingong::Reader)

public:
    Reader(const QJsonObject& root, QStringList& problems)
        : m_root(root)
        , m_problems(problems)
    {}

    void text(const char* section, const char* key, QString& out)
    {
        const QJsonValue v = value(section, key);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isString()) {
            bad(section, key, tr("expected text"));
            return;
        }
        out = v.toString();
    }

    void integer(const char* section, const char* key, int& out, int min, int max)
    {
        const QJsonValue v = value(section, key);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isDouble() || v.toDouble() != double(qint64(v.toDouble()))) {
            bad(section, key, tr("expected a whole number"));
            return;
        }
        const qint64 n = qint64(v.toDouble());
        if (n < min || n > max) {
            bad(section, key, tr("must be between %1 and %2").arg(min).arg(max));
            return;
        }
        out = int(n);
    }

    void url(const char* section, const char* key, QUrl& out, bool allowEmpty)
    {
        QString s;
        const QString before = out.toString();
        text(section, key, s);
        if (s.isEmpty()) {
            if (allowEmpty && value(section, key).isString())
                out = QUrl();
            return;
        }
        const QUrl u(s, QUrl::StrictMode);
        if (!u.isValid() ||
            (u.scheme() != QLatin1String("http") && u.scheme() != QLatin1String("https")) ||
            u.host().isEmpty()) {
            bad(section, key, tr("expected an http:// or https:// address"));
            out = QUrl(before);
            return;
        }
        out = u;
    }

    // A list of days: "2027-10-01", or a span "2027-10-01/2027-10-07". An entry that is not
    // one is said and left out; the others are kept.
    void days(const char* section, const char* key, QList<QDate>& out, bool weekendsOnly)
    {
        const QJsonValue v = value(section, key);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isArray()) {
            bad(section, key, tr("expected a list of dates such as \"2027-10-01\""));
            return;
        }
        for (const QJsonValue& entry : v.toArray()) {
            const QStringList ends = entry.toString().split(QLatin1Char('/'));
            const QDate first = QDate::fromString(ends.value(0).trimmed(), Qt::ISODate);
            const QDate last =
                ends.size() == 2 ? QDate::fromString(ends.value(1).trimmed(), Qt::ISODate) : first;
            if (!entry.isString() || ends.size() > 2 || !first.isValid() || !last.isValid() ||
                last < first || first.daysTo(last) > 31) {
                m_problems << tr("Setting %1.%2: \"%3\" left out (expected a date such as "
                                 "\"2027-10-01\" or a span such as \"2027-10-01/2027-10-07\").")
                                  .arg(QLatin1String(section), QLatin1String(key),
                                       entry.isString()
                                           ? entry.toString()
                                           : QString::fromUtf8(QJsonDocument(QJsonArray{entry})
                                                                   .toJson(QJsonDocument::Compact))
                                                 .chopped(1)
                                                 .mid(1));
                continue;
            }
            for (QDate d = first; d <= last; d = d.addDays(1)) {
                if (weekendsOnly && d.dayOfWeek() <= 5) {
                    m_problems << tr("Setting %1.%2: %3 left out (it is not a Saturday or "
                                     "Sunday).")
                                      .arg(QLatin1String(section), QLatin1String(key),
                                           d.toString(Qt::ISODate));
                    continue;
                }
                out << d;
            }
        }
    }

    QJsonValue value(const char* section, const char* key) const
    {
        const QJsonValue sec = m_root.value(QLatin1String(section));
        if (sec.isUndefined())
            return QJsonValue(QJsonValue::Undefined);
        if (!sec.isObject())
            return QJsonValue(QJsonValue::Undefined);
        return sec.toObject().value(QLatin1String(key));
    }

    void bad(const char* section, const char* key, const QString& why)
    {
        m_problems << tr("Setting %1.%2 ignored (%3); the default is used.")
                          .arg(QLatin1String(section), QLatin1String(key), why);
    }

private:
    const QJsonObject& m_root;
    QStringList& m_problems;
};

} // namespace

QString ConfigLoader::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/lingong.json");
}

ConfigLoad ConfigLoader::load(const QString& path, bool required)
{
    QFile f(path);
    if (!f.exists()) {
        ConfigLoad out;
        if (required) {
            out.problems
                << tr("The configuration file %1 does not exist; defaults are used.").arg(path);
            out.unread = true;
        }
        return out;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        ConfigLoad out;
        out.problems << tr("The configuration file %1 cannot be read (%2); defaults are used.")
                            .arg(path, f.errorString());
        out.unread = true;
        return out;
    }
    ConfigLoad out = parse(f.readAll());
    const QDir folder = QFileInfo(path).absoluteDir();
    for (QString* file : {&out.config.occupationsFile, &out.config.discriminationRulesFile,
                          &out.config.pdfFolder}) {
        if (!file->isEmpty())
            *file = QDir::cleanPath(folder.absoluteFilePath(*file));
    }
    return out;
}

ConfigLoad ConfigLoader::parse(const QByteArray& json)
{
    ConfigLoad out;
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        out.problems
            << tr("The configuration file is not valid JSON (%1 at byte %2); defaults are used.")
                   .arg(err.errorString())
                   .arg(err.offset);
        out.unread = true;
        return out;
    }
    const QJsonObject root = doc.object();
    Config& c = out.config;
    c.raw = root;
    for (const char* section : {"hall", "sync", "kiosk", "staff", "display", "lists", "printing"}) {
        const QJsonValue v = root.value(QLatin1String(section));
        if (!v.isUndefined() && !v.isObject())
            out.problems << tr("Section %1 ignored (expected an object); defaults are used.")
                                .arg(QLatin1String(section));
    }
    Reader r(root, out.problems);
    r.text("hall", "name", c.hallName);
    r.text("hall", "district", c.district);
    r.text("hall", "address", c.address);
    r.text("hall", "opening_hours", c.openingHours);
    r.text("hall", "hotline", c.hotline);
    r.text("hall", "device_id", c.deviceId);
    r.days("hall", "holidays", c.holidays, false);
    r.days("hall", "working_weekends", c.workingWeekends, true);
    r.url("sync", "url", c.platformUrl, true);
    r.text("sync", "token", c.platformToken);
    r.text("sync", "pinned_sha256", c.pinnedCertSha256);
    r.integer("sync", "interval_s", c.syncIntervalSec, 5, 86400);
    r.integer("kiosk", "idle_timeout_s", c.idleTimeoutSec, 15, 3600);
    r.text("kiosk", "staff_pin", c.staffPin);
    r.url("kiosk", "online_service_url", c.onlineServiceUrl, false);
    r.text("kiosk", "job_url_template", c.jobUrlTemplate);
    r.integer("staff", "lock_minutes", c.staffLockMinutes, 1, 240);
    r.integer("staff", "lowest_hourly_pay", c.lowestHourlyPay, 1, 1000);
    r.integer("display", "stale_after_min", c.staleAfterMinutes, 1, 1440);
    r.text("lists", "occupations", c.occupationsFile);
    r.text("lists", "discrimination_rules", c.discriminationRulesFile);
    r.text("printing", "printer", c.printer);
    r.text("printing", "pdf_folder", c.pdfFolder);
    QString paper = c.paper;
    r.text("printing", "paper", paper);
    if (const QString p = paper.trimmed().toLower();
        p == QLatin1String("a4") || p == QLatin1String("a5") || p == QLatin1String("80mm"))
        c.paper = p;
    else
        r.bad("printing", "paper", tr("expected a4, a5 or 80mm"));
    const QJsonValue pl = r.value("display", "playlist");
    if (pl.isArray()) {
        c.playlist = pl.toArray();
        out.problems << Playlist::parse(c.playlist).problems;
    } else if (!pl.isUndefined())
        r.bad("display", "playlist", tr("expected a list of pages"));
    // A pin that cannot be a SHA-256 is said now, not only at each sync; it is kept, so that it
    // goes on refusing every certificate rather than trusting any the system would.
    static const QRegularExpression sha256(QStringLiteral("^[0-9A-Fa-f]{64}$"));
    if (!c.pinnedCertSha256.isEmpty() &&
        !sha256.match(QString(c.pinnedCertSha256).remove(QLatin1Char(':')).remove(QLatin1Char(' ')))
             .hasMatch()) {
        out.problems << tr("Setting sync.pinned_sha256 is not a certificate's SHA-256 fingerprint "
                           "(64 hexadecimal digits, with or without colons): the platform's "
                           "certificate is refused until it is corrected.");
    }
    if (c.hallName.trimmed().isEmpty()) {
        r.bad("hall", "name", tr("must not be empty"));
        c.hallName = Config().hallName;
    }
    // A file that names a hall of its own but not how to reach it would put the demo hall's
    // street and telephone on another city's screens and slips. The address gives way to the
    // hall's district, the hotline to 12333 (the human-resources service line, answered locally
    // everywhere), and each is said, for whoever sets the terminal up.
    const Config defaults;
    const QJsonObject hall = root.value(QLatin1String("hall")).toObject();
    // A terminal set up to sync is a hall's own, not the demo: without a name of its own it would
    // still show the demo hall's name, street and telephone.
    if (!c.platformUrl.isEmpty() && !hall.contains(QLatin1String("name"))) {
        const bool address = hall.contains(QLatin1String("address"));
        const bool hotline = hall.contains(QLatin1String("hotline"));
        out.problems << (address && hotline
                             ? tr("Setting hall.name is not set: this terminal syncs with a "
                                  "platform but shows the demo hall's name, %1, until it is.")
                         : address ? tr("Setting hall.name is not set: this terminal syncs with a "
                                        "platform but shows the demo hall, %1, with its telephone, "
                                        "until the hall's own are set.")
                         : hotline
                             ? tr("Setting hall.name is not set: this terminal syncs with a "
                                  "platform but shows the demo hall, %1, with its address, until "
                                  "the hall's own are set.")
                             : tr("Setting hall.name is not set: this terminal syncs with a "
                                  "platform but shows the demo hall, %1, with its address and "
                                  "telephone, until the hall's own are set."))
                            .arg(c.hallName);
    }
    if (c.hallName != defaults.hallName || c.district != defaults.district) {
        if (!hall.contains(QLatin1String("address"))) {
            c.address = c.district;
            out.problems << tr("Setting hall.address is not set: the screens and slips give the "
                               "hall's district, %1, until it is.")
                                .arg(c.district);
        }
        if (!hall.contains(QLatin1String("hotline"))) {
            c.hotline = QStringLiteral("12333");
            out.problems << tr("Setting hall.hotline is not set: the screens and slips give 12333, "
                               "the human-resources service line, until it is.");
        }
        if (!hall.contains(QLatin1String("opening_hours")))
            out.problems << tr("Setting hall.opening_hours is not set: the screens and slips give "
                               "%1 until it is.")
                                .arg(c.openingHours);
    }
    return out;
}

} // namespace lingong
