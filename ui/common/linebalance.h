#pragma once

#include <QFont>
#include <QStringList>
#include <QTextOption>

namespace lingong::LineBalance {

// The lines `text` breaks into at `width` in `font` (newlines break too), as QPainter::drawText
// and QTextLayout break it with `mode`.
QStringList lines(const QString& text, const QFont& font, double width,
                  QTextOption::WrapMode mode = QTextOption::WordWrap);

// The width to break `text` at so that its last line is not one or two characters standing alone
// (a Chinese sentence broken before "下。"): `width` itself, or up to four characters less where
// that brings more characters down and keeps the number of lines (so nothing grows taller).
double width(const QString& text, const QFont& font, double width,
             QTextOption::WrapMode mode = QTextOption::WordWrap);

// `text` with a word joiner (U+2060) between the characters of what is read as one: a date
// (12月14日), a number with its signs (136****1234, 0771-5551234, 8:00-17:00, 180–190 元/天), so
// that no line breaks inside it. Paint it only where it takes no more lines than `text`.
QString keepTogether(const QString& text);

} // namespace lingong::LineBalance
