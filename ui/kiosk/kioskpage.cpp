#include "kioskpage.h"

#include "common/kioskstyle.h"

#include "kiosktext.h"

#include <QAbstractButton>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

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

QStringList visibleParts(const QWidget* page, bool errorsOnly)
{
    std::vector<std::pair<QPoint, QString>> found;
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
        if (!text.isEmpty())
            found.emplace_back(w->mapTo(page, QPoint()), text);
    }
    std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
        return a.first.y() != b.first.y() ? a.first.y() < b.first.y() : a.first.x() < b.first.x();
    });
    QStringList parts;
    for (const auto& [at, text] : found)
        parts << text;
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
    for (QString part : parts) {
        part = part.simplified();
        if (part.isEmpty())
            continue;
        if (!ends.contains(part.back()))
            part += tr(".", "the end of a sentence read aloud");
        out << part;
    }
    return out.join(QLatin1Char(' '));
}

QString KioskPage::spokenLabel(const QAbstractButton* button)
{
    QString text = button->accessibleName();
    if (text.isEmpty())
        text = button->text();
    // A button's text doubles "&" (a single one marks a shortcut key, which no kiosk has).
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    text.replace(QLatin1Char('\n'), QStringLiteral(", "));
    return KioskText::plain(text).trimmed();
}

} // namespace lingong
