#pragma once

#include "kioskpage.h"

#include <QStringList>

class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace lingong {

// A reading page built from published content items (the `content` table): 培训与创业
// (training, institution, business), 就业政策 (policy, with a way into the 公益性岗位 list) and
// 市场信息 (the market's directory entry and the hall's own settings). Scrolls kinetically.
class KioskContentPage final : public KioskPage
{
    Q_OBJECT
public:
    enum class Kind
    {
        Training,
        Policy,
        Market
    };

    explicit KioskContentPage(Terminal& terminal, Kind kind, QWidget* parent = nullptr);

    void refresh() override;
    // Back to the top.
    void reset() override;
    // Number of content cards shown.
    int itemCount() const { return m_items; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    // 就业政策 only: the person wants the list of public-welfare jobs.
    void publicWelfareRequested();
    // 培训与创业 only: the person wants to be called about `about` (a course's or a start-up
    // service's title), a matter of `category` (RequestChecklist).
    void enquiryRequested(const QString& category, const QString& about);

private:
    void addSection(const QString& heading, const QString& kind);
    // `askCategory`: the card has a button to be called about it, as a matter of that category.
    void addCard(const QString& title, const QString& text, const QStringList& details,
                 const QString& objectName, const QString& askCategory = {});
    void addMarketInfo();
    // The public-welfare button's words, broken between words to fit its width.
    void wrapWelfare();

    Kind m_kind;
    QVBoxLayout* m_list = nullptr;
    QScrollArea* m_scroll = nullptr;
    QPushButton* m_welfare = nullptr;
    QString m_welfareText;
    int m_items = 0;
};

} // namespace lingong
