#include "kioskhomepage.h"

#include "common/kioskstyle.h"
#include "kiosktext.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace lingong {

namespace {

struct Tile
{
    const char* key;
    const char* objectName;
};

const Tile kTiles[] = {{"jobs", "homeFindWork"},     {"post", "homePost"},
                       {"register", "homeRegister"}, {"training", "homeTraining"},
                       {"policy", "homePolicy"},     {"rights", "homeRights"},
                       {"market", "homeMarket"},     {"online", "homeOnline"}};

} // namespace

KioskHomePage::KioskHomePage(Terminal& terminal, QWidget* parent)
    : KioskPage(terminal, QStringLiteral("kioskHome"), QString(), parent)
{
    m_texts = QStringList{
        tr("Find work"),
        tr("Post a job\nHiring? Tap here"),
        tr("Register as a job seeker\nA few taps, no typing"),
        tr("Training and starting a business\nCourses, subsidies, loans"),
        tr("Employment policies\nSubsidies, public-welfare jobs"),
        tr("Your rights\nRules, hotline, call-back"),
        tr("About this market\nAddress, hours, services"),
        tr("Online services\nScan with your phone"),
    };
    m_grid = new QGridLayout;
    m_grid->setSpacing(KioskStyle::px(24));
    body()->addLayout(m_grid, 1);
    int i = 0;
    for (const Tile& t : kTiles) {
        ++i;
        auto* b = KioskStyle::button(QString(), "tile", QString::fromLatin1(t.objectName), this);
        // The words are two labels on the tile, so that its name reads larger than what it
        // offers; they let every tap through to the tile.
        auto* words = new QVBoxLayout(b);
        words->setSizeConstraint(QLayout::SetNoConstraint);
        const int margin = KioskStyle::px(20);
        words->setContentsMargins(margin, margin, margin, margin);
        words->setSpacing(KioskStyle::px(6));
        words->addStretch(1);
        for (const char* role : {"tileTitle", "tileSubtitle"}) {
            QLabel* l = KioskStyle::label(QString(), role, b);
            l->setWordWrap(false);
            l->setAlignment(Qt::AlignCenter);
            l->setAttribute(Qt::WA_TransparentForMouseEvents);
            l->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
            l->installEventFilter(this);
            words->addWidget(l);
            (QLatin1String(role) == QLatin1String("tileTitle") ? m_titles : m_subtitles) << l;
        }
        words->addStretch(1);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        b->setMinimumHeight(KioskStyle::px(160));
        // Long (English) labels must not widen the window beyond the screen.
        b->setMinimumWidth(KioskStyle::px(200));
        const QString key = QString::fromLatin1(t.key);
        connect(b, &QPushButton::clicked, this, [this, key] { emit chosen(key); });
        b->installEventFilter(this);
        m_tiles << b;
    }
    m_jobs = m_tiles.first();
    relayout();
    refresh();
}

void KioskHomePage::refresh()
{
    auto counts = m_terminal.jobs().openCountsByOccupation(m_terminal.clock().today());
    int jobs = 0;
    if (counts.ok()) {
        for (const OccupationCount& c : counts.value())
            jobs += c.jobs;
    }
    m_texts[0] = tr("Find work\n%n open job(s) today", nullptr, jobs);
    fitText(0);
}

bool KioskHomePage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize || event->type() == QEvent::FontChange) {
        int i = m_tiles.indexOf(qobject_cast<QPushButton*>(watched));
        if (i < 0)
            i = std::max(m_titles.indexOf(qobject_cast<QLabel*>(watched)),
                         m_subtitles.indexOf(qobject_cast<QLabel*>(watched)));
        if (i >= 0)
            fitText(i);
    }
    return KioskPage::eventFilter(watched, event);
}

void KioskHomePage::fitText(int tile)
{
    QPushButton* b = m_tiles.at(tile);
    const QString& text = m_texts.at(tile);
    const qsizetype cut = text.indexOf(QLatin1Char('\n'));
    const QString parts[] = {cut < 0 ? text : text.left(cut),
                             cut < 0 ? QString() : text.mid(cut + 1)};
    // A margin keeps words off the rounded corners.
    const int width = b->width() - 2 * KioskStyle::px(20);
    for (int k = 0; k < 2; ++k) {
        QLabel* l = (k == 0 ? m_titles : m_subtitles).at(tile);
        const QString wrapped =
            width > 0 ? KioskText::wrapWords(parts[k], l->fontMetrics(), width) : parts[k];
        if (l->text() != wrapped)
            l->setText(wrapped);
        l->setVisible(!parts[k].isEmpty());
    }
    // Read out as one: what a screen reader says for the tile.
    b->setAccessibleName(QString(text).replace(QLatin1Char('\n'), QLatin1String(": ")));
}

void KioskHomePage::setPortrait(bool portrait)
{
    const bool changed = portrait != isPortrait();
    KioskPage::setPortrait(portrait);
    if (changed)
        relayout();
}

void KioskHomePage::relayout()
{
    for (QPushButton* b : std::as_const(m_tiles))
        m_grid->removeWidget(b);
    for (int c = 0; c < 4; ++c)
        m_grid->setColumnStretch(c, 0);
    for (int r = 0; r < 4; ++r)
        m_grid->setRowStretch(r, 0);
    // The market's two sides first: 找工作 and 我要招工.
    if (isPortrait()) {
        // Side by side across the top, the other six in three rows of two.
        for (int i = 0; i < m_tiles.size(); ++i)
            m_grid->addWidget(m_tiles.at(i), i / 2, i % 2);
        for (int c = 0; c < 2; ++c)
            m_grid->setColumnStretch(c, 1);
        for (int r = 0; r < 4; ++r)
            m_grid->setRowStretch(r, 1);
    } else {
        // One above the other on the left, the other six in two rows of three.
        m_grid->addWidget(m_tiles.at(0), 0, 0);
        m_grid->addWidget(m_tiles.at(1), 1, 0);
        for (int i = 2; i < m_tiles.size(); ++i)
            m_grid->addWidget(m_tiles.at(i), (i - 2) / 3, 1 + (i - 2) % 3);
        for (int c = 0; c < 4; ++c)
            m_grid->setColumnStretch(c, 1);
        for (int r = 0; r < 2; ++r)
            m_grid->setRowStretch(r, 1);
    }
}

} // namespace lingong
