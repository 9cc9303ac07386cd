#include "payunit.h"

#include <QRegularExpression>

namespace lingong {

double workHoursPerDay(const QString& workHours)
{
    static const QRegularExpression range(
        QStringLiteral("(\\d{1,2})[:：点](\\d{2})?\\s*[-–—~～至到]\\s*(?:次日|翌日|第二天|隔天)?(?:"
                       "凌晨|早上|早晨)?\\s*"
                       "(\\d{1,2})[:：点](\\d{2})?"));
    double total = 0;
    for (auto it = range.globalMatch(workHours); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const int fromH = m.captured(1).toInt();
        const int toH = m.captured(3).toInt();
        if (fromH > 24 || toH > 24)
            continue;
        const double from = fromH + m.captured(2).toInt() / 60.0;
        double to = toH + m.captured(4).toInt() / 60.0;
        if (to <= from)
            to += 24; // a night shift past midnight
        total += to - from;
    }
    return total > 0 && total <= 16 ? total : 0;
}

} // namespace lingong
