#include "kioskpage.h"

#include "common/kioskstyle.h"

#include "kiosktext.h"
#include "sync/syncengine.h"
#include "terminal.h"

#include <QAbstractButton>
#include <QHBoxLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <algorithm>
#include <tuple>

Q_LOGGING_CATEGORY(lcKiosk, "lingong.ui.kiosk")

namespace lingong {

KioskPage::KioskPage(Terminal& terminal, const QString& objectName, const QString& title,
                     QWidget* parent)
    : QWidget(parent)
    , m_terminal(terminal)
{
    setObjectName(objectName);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(KioskStyle::px(40), KioskStyle::px(24), KioskStyle::px(40),
                              KioskStyle::px(16));
    outer->setSpacing(KioskStyle::px(16));
    m_title = KioskStyle::label(title, "h1", this);
    m_title->setObjectName(objectName + QStringLiteral("Title"));
    m_title->setVisible(!title.isEmpty());
    m_titleRow = new QHBoxLayout;
    m_titleRow->setSpacing(KioskStyle::px(32));
    m_titleRow->addWidget(m_title);
    m_titleRow->addStretch(1);
    outer->addLayout(m_titleRow);
    m_body = new QVBoxLayout;
    m_body->setSpacing(KioskStyle::px(16));
    outer->addLayout(m_body, 1);
}

void KioskPage::addBesideTitle(QWidget* widget)
{
    m_titleRow->addWidget(widget, 0, Qt::AlignBottom);
}

void KioskPage::setTitle(const QString& title)
{
    m_title->setText(title);
    m_title->setVisible(!title.isEmpty());
}

QString KioskPage::title() const
{
    return m_title->text();
}

namespace {

// The roles of labels and buttons read aloud (kioskstyle.cpp's sheet gives them their looks).
bool spokenRole(const QWidget* w)
{
    static const QStringList roles = {
        QStringLiteral("h1"),    QStringLiteral("h2"),      QStringLiteral("success"),
        QStringLiteral("error"), QStringLiteral("big"),     QStringLiteral("pay"),
        QStringLiteral("body"),  QStringLiteral("welfare"), QStringLiteral("field"),
        QStringLiteral("tile"),  QStringLiteral("trade")};
    return roles.contains(w->property("role").toString());
}

QString labelText(const QWidget* w)
{
    if (const auto* l = qobject_cast<const QLabel*>(w))
        return KioskText::plain(l->text());
    if (const auto* b = qobject_cast<const QAbstractButton*>(w))
        return KioskPage::spokenLabel(b);
    return {};
}

// The card a widget is on (a job card, a content item), or null.
const QWidget* cardOf(const QWidget* w, const QWidget* page)
{
    for (const QWidget* p = w->parentWidget(); p && p != page; p = p->parentWidget())
        if (p->property("role").toString() == QLatin1String("card"))
            return p;
    return nullptr;
}

struct Part
{
    QPoint at;     // of its card, else of itself
    QPoint within; // inside its card
    QString text;
};

QStringList visibleParts(const QWidget* page, bool errorsOnly)
{
    std::vector<Part> found;
    for (const QWidget* w : page->findChildren<QWidget*>()) {
        if (!w->isVisible() || !spokenRole(w))
            continue;
        if (errorsOnly && w->property("role").toString() != QLatin1String("error"))
            continue;
        // Words on a tile are read with the tile.
        if (qobject_cast<const QLabel*>(w) && w->parentWidget() &&
            qobject_cast<const QAbstractButton*>(w->parentWidget()))
            continue;
        QString text = labelText(w).trimmed();
        // A field's name leads into its value.
        if (!text.isEmpty() && w->property("role").toString() == QLatin1String("field") &&
            !text.endsWith(QLatin1Char(':')) && !text.endsWith(QChar(0xff1a)))
            text += KioskPage::tr(":", "after the name of a field read aloud");
        text = KioskPage::withoutNumbers(text);
        if (text.isEmpty())
            continue;
        // Read card by card: the words of two cards side by side are not interleaved.
        if (const QWidget* card = cardOf(w, page))
            found.push_back({card->mapTo(page, QPoint()), w->mapTo(card, QPoint()), text});
        else
            found.push_back({w->mapTo(page, QPoint()), QPoint(), text});
    }
    const auto key = [](const Part& p) {
        return std::make_tuple(p.at.y(), p.at.x(), p.within.y(), p.within.x());
    };
    std::stable_sort(found.begin(), found.end(),
                     [&key](const Part& a, const Part& b) { return key(a) < key(b); });
    QStringList parts;
    for (const Part& p : found)
        parts << p.text;
    return parts;
}

} // namespace

QString KioskPage::spokenText() const
{
    return joinSpoken(visibleParts(this, false));
}

QString KioskPage::spokenErrors() const
{
    return joinSpoken(visibleParts(this, true));
}

QString KioskPage::joinSpoken(const QStringList& parts)
{
    static const QString ends = QStringLiteral(".!?:;。！？：；");
    QStringList out;
    // A list's bullets are seen, not said.
    static const QRegularExpression bullet(QStringLiteral("^[•·]\\s*"));
    for (QString part : parts) {
        part = part.simplified().remove(bullet);
        if (part.isEmpty())
            continue;
        if (!ends.contains(part.back()))
            part += tr(".", "the end of a sentence read aloud");
        out << part;
    }
    return out.join(QLatin1Char(' '));
}

bool KioskPage::online(const Terminal& terminal)
{
    if (terminal.config().platformUrl.isEmpty())
        return false;
    // The sync engine's last exchange got an answer, the last round worked and its success is
    // recent.
    auto status = readSyncStatus(terminal.syncState(), true);
    return status.ok() && online(terminal, status.value());
}

bool KioskPage::online(const Terminal& terminal, const SyncStatus& s)
{
    return !terminal.config().platformUrl.isEmpty() && s.online && s.lastError.isEmpty() &&
           !s.waitingForStaff && s.lastSuccess.isValid() &&
           s.lastSuccess.secsTo(terminal.clock().now()) <=
               3 * qint64(terminal.config().syncIntervalSec);
}

QString KioskPage::offlineNote(const Terminal& terminal)
{
    if (terminal.config().platformUrl.isEmpty() || online(terminal))
        return {};
    return tr("This kiosk is not connected right now: the service window sees this once the "
              "kiosk is connected again. Your details are kept here safely.");
}

QString KioskPage::withoutNumbers(QString text)
{
    // A masked number (4501**********1231, 139****2233), a mobile or an ID number is someone's:
    // not for the hall to hear, even in part. A hotline is read.
    static const QRegularExpression number(QStringLiteral(
        "[0-9Xx]*\\*{2,}[0-9Xx*]*|(?<!\\d)(1[3-9]\\d{9}|\\d{17}[\\dXx]|\\d{15})(?!\\d)"));
    return text.replace(number, tr("(number not read aloud)"));
}

QString KioskPage::spokenLabel(const QAbstractButton* button)
{
    QString text = button->accessibleName();
    if (text.isEmpty())
        text = button->text();
    // A button's text doubles "&" (a single one marks a shortcut key, which no kiosk has).
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    text.replace(QLatin1Char('\n'), QStringLiteral(", "));
    return withoutNumbers(KioskText::plain(text).trimmed());
}

} // namespace lingong
