#pragma once

#include "kioskpage.h"

#include <array>
#include <optional>

class QGridLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace lingong {

struct JobQuery;
class KioskJobCard;
class TouchChipGroup;

// 找工作, second step: the open jobs of a trade (or all, or the public-welfare ones) as large
// cards, six to a page, with tap filters for district, pay unit, settlement and employment form,
// and a choice of which come first (newest, starting soonest, best paid).
class KioskJobListPage final : public KioskPage
{
    Q_OBJECT
public:
    static constexpr int kMaxPageSize = 8;

    explicit KioskJobListPage(Terminal& terminal, QWidget* parent = nullptr);

    // An occupation name, or empty for every trade. The filters chosen for the list shown before
    // stay: a person who looks near home, or for pay by the day, does so in every trade.
    void showTrade(const QString& occupation);
    void showPublicWelfare();
    // The open jobs in any of these trades and, unless another district is picked with the
    // filter, these districts (empty: any): what a person chose when registering.
    void showChoices(const QStringList& occupations, const QStringList& districts);

    void reset() override;
    void refresh() override;
    bool back() override;
    void setPortrait(bool portrait) override;
    void setLargeText(bool on) override;

    // Matching jobs counted; with totalCapped() more than that match.
    int total() const { return m_total; }
    bool totalCapped() const { return m_capped; }
    // The page shown: how many were paged through to reach it.
    int pageIndex() const { return int(m_earlier.size()); }
    // Cards per page: as many as fit the screen (fewer in 大字模式), at most kMaxPageSize.
    int pageSize() const { return m_pageSize; }
    QStringList visibleJobIds() const;

signals:
    void jobChosen(const QString& jobId);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void arrangeFilters();
    enum Filter
    {
        District,
        PayUnit,
        Settlement,
        Form,
        FilterCount,
        // Not a filter: which jobs come first. Its choices follow the filters' in the stack.
        Order = FilterCount
    };
    // The first page, with the filters cleared unless `keepFilters`.
    void start(bool keepFilters = false);
    void load();
    // The list's query: its trade and places, and the filters chosen but `except`.
    void fillQuery(JobQuery& q, int except = -1) const;
    void openFilter(int which);
    // Each of filter `which`'s choices says how many open jobs it would show with the other
    // filters as they are; one that would show none cannot be tapped.
    void showCounts(int which);
    void rebuildDistricts();
    void updateFilterButtons();
    // Filter `f`'s button with `key` chosen (none: empty).
    QString filterText(int f, const QString& key) const;
    // The order's button with order `key` chosen.
    QString orderText(const QString& key) const;
    void layoutCards();
    // As many cards a page as fit. `mayGrow` false (after a page is shown): only fewer, where
    // its cards are taller than thought, so that no line of one is cut.
    void fitPageSize(bool mayGrow = true);
    // The height at `width` of a card with both badges and a long place of the hall's city.
    int fullCardHeight(int width);
    bool hasNextPage() const;

    QString m_occupation;
    QStringList m_chosenOccupations; // showChoices()
    QStringList m_chosenDistricts;
    bool m_welfareOnly = false;
    std::array<QString, FilterCount> m_filters; // empty = any
    QString m_order;                            // a key of the order's choices
    int m_offset = 0;                           // of the first card shown
    QList<std::pair<int, int>> m_earlier; // offset and size of the pages before, for 上一页
    int m_pageSize = 6;
    int m_total = 0;
    bool m_capped = false; // more than m_total match
    // The whole number of a list by trade alone, read with its first page (see load()).
    std::optional<int> m_wholeCount;
    bool m_more = false; // a next page has jobs
    bool m_fitPending = false;
    bool m_fitMayGrow = false;

    std::array<QPushButton*, FilterCount> m_filterButtons{};
    QVBoxLayout* m_filterRows = nullptr;
    int m_filterShape = 0; // how the buttons stand now (see arrangeFilters)
    std::array<TouchChipGroup*, FilterCount> m_groups{};
    QPushButton* m_orderButton = nullptr;
    QWidget* m_orderSlot = nullptr; // beside the title
    TouchChipGroup* m_orderGroup = nullptr;
    QStackedWidget* m_stack = nullptr;
    QWidget* m_cardsView = nullptr;
    QGridLayout* m_cardGrid = nullptr;
    QList<KioskJobCard*> m_cards;
    QLabel* m_empty = nullptr;
    QPushButton* m_clearFilters = nullptr;
    QLabel* m_filterPrompt = nullptr;
    QLabel* m_filterNote = nullptr; // what the kinds of work mean
    QStackedWidget* m_groupStack = nullptr;
    QPushButton* m_prev = nullptr;
    QPushButton* m_next = nullptr;
    QLabel* m_pageLabel = nullptr;
};

} // namespace lingong
