#include "linebalance.h"

#include <QFontMetricsF>
#include <QRegularExpression>
#include <QTextLayout>

namespace lingong::LineBalance {

QStringList lines(const QString& text, const QFont& font, double width, QTextOption::WrapMode mode)
{
    QString body = text;
    body.replace(QLatin1Char('\n'), QChar::LineSeparator);
    QTextLayout layout(body, font);
    QTextOption option;
    option.setWrapMode(mode);
    layout.setTextOption(option);
    layout.beginLayout();
    QStringList out;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        out << body.mid(line.textStart(), line.textLength());
    }
    layout.endLayout();
    return out;
}

namespace {

bool lonely(const QString& line)
{
    int n = 0;
    for (const QChar c : line)
        n += c.isSpace() || c == QChar::LineSeparator ? 0 : 1;
    return n <= 2;
}

} // namespace

double width(const QString& text, const QFont& font, double width, QTextOption::WrapMode mode)
{
    const QStringList plain = lines(text, font, width, mode);
    if (plain.size() < 2 || !lonely(plain.back()))
        return width;
    const double em = QFontMetricsF(font).horizontalAdvance(QChar(0x4E2D));
    for (int chars = 1; chars <= 4 && width - chars * em >= width * 0.6; ++chars) {
        const QStringList narrower = lines(text, font, width - chars * em, mode);
        if (narrower.size() != plain.size())
            break;
        if (!lonely(narrower.back()))
            return width - chars * em;
    }
    return width;
}

QString keepTogether(const QString& text)
{
    static const QRegularExpression runs(QString::fromUtf8(
        "(?:[0-9０-９]{4}年)?[0-9０-９]{1,2}月[0-9０-９]{1,2}日"
        "|[0-9０-９][0-9０-９*\\-–—~～:：.]*[0-9０-９](?:[ \\x{00A0}]?元(?:/(?:小时|天|日|件|月|次|"
        "项目))?)?"));
    static const QChar joiner(0x2060);
    QString out;
    out.reserve(text.size() + text.size() / 4);
    qsizetype at = 0;
    auto it = runs.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(at, m.capturedStart() - at);
        const QString run = m.captured(0);
        for (qsizetype i = 0; i < run.size(); ++i) {
            if (i > 0 && !run.at(i).isLowSurrogate())
                out += joiner;
            out += run.at(i);
        }
        at = m.capturedEnd();
    }
    return at == 0 ? text : out + text.mid(at);
}

} // namespace lingong::LineBalance
