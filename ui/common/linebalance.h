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

} // namespace lingong::LineBalance
