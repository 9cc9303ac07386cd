#include "masking.h"

namespace lingong::masking {

QString idNumber(const QString& fullOrTail)
{
    const QString v = fullOrTail.trimmed().toUpper();
    if (v.size() < 8)
        return QString(v.size(), QLatin1Char('*'));
    const int hidden = v.size() == 8 ? 10 : int(v.size()) - 8;
    return v.left(4) + QString(hidden, QLatin1Char('*')) + v.right(4);
}

QString phone(const QString& number)
{
    const QString v = number.trimmed();
    if (v.size() == 11 && v.startsWith(QLatin1Char('1')))
        return v.left(3) + QStringLiteral("****") + v.right(4);
    if (v.size() <= 4)
        return QString(v.size(), QLatin1Char('*'));
    const qsizetype dash = v.indexOf(QLatin1Char('-'));
    // A landline keyed without its dash (a kiosk's keypad) keeps its area code too, so the
    // person can check it: 010 and 020-029 have three digits, the others four.
    if (dash < 0 && v.startsWith(QLatin1Char('0')) && v.size() >= 10) {
        const qsizetype area = (v.at(1) == QLatin1Char('1') || v.at(1) == QLatin1Char('2')) ? 3 : 4;
        return v.left(area) + QLatin1Char('-') + QString(v.size() - area - 4, QLatin1Char('*')) +
               v.right(4);
    }
    const qsizetype keepFront = dash > 0 ? dash + 1 : 0;
    return v.left(keepFront) + QString(v.size() - keepFront - 4, QLatin1Char('*')) + v.right(4);
}

QString name(const QString& fullName)
{
    const QString v = fullName.trimmed();
    if (v.isEmpty())
        return v;
    return v.left(1) + QString(v.size() - 1, QLatin1Char('*'));
}

bool isNumberLookup(const QString& typed)
{
    int digits = 0;
    for (const QChar c : typed)
        digits += c.isDigit() ? 1 : 0;
    return digits >= 6;
}

QString lookupText(const QString& typed)
{
    const QString t = typed.trimmed();
    if (!isNumberLookup(t))
        return t;
    // 15 or 18 characters are an ID number; anything else with digits a phone number.
    if (t.size() == 15 || t.size() == 18)
        return idNumber(t);
    return phone(t);
}

} // namespace lingong::masking
