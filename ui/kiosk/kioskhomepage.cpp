#include "kioskhomepage.h"

#include "common/kioskstyle.h"
#include "kiosktext.h"

#include <QEvent>
#include <QGridLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace lingong {

namespace {

constexpr int kTileMargin = 20;

struct Tile
{
    const char* key;
    const char* objectName;
};

const Tile kTiles[] = {{"jobs", "homeFindWork"},     {"register", "homeRegister"},
                       {"training", "homeTraining"}, {"policy", "homePolicy"},
                       {"rights", "homeRights"},     {"market", "homeMarket"},
                       {"online", "homeOnline"}};

} // namespace

KioskHomePage::KioskHomePage(Terminal& terminal, QWidget* parent)
    : KioskPage(terminal, QStringLiteral("kioskHome"), QString(), parent)
{
    m_texts = QStringList{
        tr("Find work"),
        tr("Register as a job seeker\nA few taps, no typing"),
        tr("Training and starting a business\nCourses, subsidies, loans"),
        tr("Employment policies\nSubsidies, public-welfare jobs"),
        tr("Your rights\nRules, hotline, call-back"),
        tr("About this market\nAddress, hours, services"),
        tr("Online services\nScan with your phone"),
    };
    m_grid = new QGridLayout;
    m_grid->setSpacing(24);
    body()->addLayout(m_grid, 1);
    int i = 0;
    for (const Tile& t : kTiles) {
        auto* b =
            KioskStyle::button(m_texts.at(i++), "tile", QString::fromLatin1(t.objectName), this);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        b->setMinimumHeight(160);
        // Long (English) labels must not widen the window beyond the screen.
        b->setMinimumWidth(200);
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
        if (const int i = m_tiles.indexOf(static_cast<QPushButton*>(watched)); i >= 0)
            fitText(i);
    }
    return KioskPage::eventFilter(watched, event);
}

void KioskHomePage::fitText(int tile)
{
    QPushButton* b = m_tiles.at(tile);
    // The style sheet gives tiles no padding; a margin keeps words off the rounded corners.
    const int width = b->width() - 2 * kTileMargin;
    const QString text = width > 0 ? KioskText::wrapWords(m_texts.at(tile), b->fontMetrics(), width)
                                   : m_texts.at(tile);
    if (b->text() != text)
        b->setText(text);
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
    if (isPortrait()) {
        // 找工作 across the top, the other six in three rows of two.
        m_grid->addWidget(m_tiles.at(0), 0, 0, 1, 2);
        for (int i = 1; i < m_tiles.size(); ++i)
            m_grid->addWidget(m_tiles.at(i), 1 + (i - 1) / 2, (i - 1) % 2);
        for (int c = 0; c < 2; ++c)
            m_grid->setColumnStretch(c, 1);
        for (int r = 0; r < 4; ++r)
            m_grid->setRowStretch(r, 1);
    } else {
        // 找工作 tall on the left, the other six in two rows of three.
        m_grid->addWidget(m_tiles.at(0), 0, 0, 2, 1);
        for (int i = 1; i < m_tiles.size(); ++i)
            m_grid->addWidget(m_tiles.at(i), (i - 1) / 3, 1 + (i - 1) % 3);
        for (int c = 0; c < 4; ++c)
            m_grid->setColumnStretch(c, 1);
        for (int r = 0; r < 2; ++r)
            m_grid->setRowStretch(r, 1);
    }
}

} // namespace lingong
