#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QFont>
#include <QImage>
#include <QRectF>
#include <QSize>
#include <QStringList>

#include <vector>

class QPainter;

namespace lingong {

// Sizes on the wall screen. Everything is designed for 1920×1080 (landscape) or 1080×1920
// (portrait) and scaled by `unit`, so a 720p panel and a 4K panel show the same picture.
struct DisplayMetrics
{
    double unit = 1.0;
    bool portrait = false;
    QSize size;

    static DisplayMetrics forSize(const QSize& size);
    double px(double designPx) const { return designPx * unit; }
    QFont font(double designPx, bool bold = false) const;
};

// Colours of the wall screen: dark background, white and gold type (contrast well above 7:1).
namespace displaycolors {
inline const QColor background{0x0A, 0x25, 0x40};
inline const QColor panel{0x12, 0x3A, 0x63};
inline const QColor panelAlt{0x0F, 0x30, 0x53};
inline const QColor text{0xFF, 0xFF, 0xFF};
inline const QColor muted{0xB8, 0xC7, 0xDB};
inline const QColor gold{0xFF, 0xC5, 0x3D};
inline const QColor green{0x3D, 0xDC, 0x97};
inline const QColor coral{0xFF, 0x8A, 0x65};
inline const QColor red{0xC6, 0x28, 0x28};
inline const QColor darkRed{0x8E, 0x1B, 0x1B};
inline const QColor amber{0xFF, 0xB3, 0x00};
inline const QColor ink{0x0A, 0x25, 0x40};
} // namespace displaycolors

// A page drawn as a flat list of shapes and single text lines, laid out once when the page
// changes and painted as often as needed. Text that does not fit is elided, never cut or spilt
// outside its box; texts() is what a person sees, for tests.
class DisplayScene final
{
public:
    void clear() { m_items.clear(); }
    bool isEmpty() const { return m_items.empty(); }

    void fill(const QRectF& r, const QColor& color, double radius = 0);
    // One line in `r`, elided at the right when too wide. Returns the width drawn.
    double text(const QRectF& r, const QString& s, const QFont& font, const QColor& color,
                Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter);
    // Wrapped text from the top of `r`, as many lines as fit (the last one elided when the text
    // goes on). Returns the height used.
    double paragraph(const QRectF& r, const QString& s, const QFont& font, const QColor& color,
                     double lineHeight = 1.35);
    // The lines paragraph() wraps `s` into at `width`.
    static int lineCount(const QString& s, const QFont& font, double width);
    void image(const QRectF& r, const QImage& image);

    void paint(QPainter& p) const;
    QStringList texts() const;
    // Each text with the box its line takes as painted (tests: nothing lies on anything else).
    std::vector<std::pair<QString, QRectF>> textBoxes() const;
    // The union of every item's box (tests: nothing leaves the page).
    QRectF bounds() const;
    // Largest pixel size of the texts drawn (tests: titles readable from afar).
    int largestFontPx() const;

private:
    enum class Kind
    {
        Fill,
        Text,
        Image
    };
    struct Item
    {
        Kind kind;
        QRectF rect;
        QColor color;
        double radius = 0;
        QString text;
        QFont font;
        int flags = 0;
        QImage image;
    };
    std::vector<Item> m_items;
};

// Texts of the wall screen that several pages share.
class DisplayFormat final
{
    Q_DECLARE_TR_FUNCTIONS(lingong::DisplayFormat)

public:
    static QString pay(double min, double max, const QString& unit);
    static QString perDay(double yuan);
    static QString settlement(const QString& code);
    static QString headcount(int n);
    // "南宁市青秀区" → "青秀区" ("Qingxiu" in English): the city is left out where it is the
    // hall's own (Places::shortName).
    static QString shortDistrict(const QString& district, const QString& hallDistrict);
    static QString date(const QDate& d);
    static QString monthDay(const QDate& d);
    static QString identity(); // 广西零工市场
};

} // namespace lingong
