#pragma once

#include <QColor>
#include <QImage>
#include <QWidget>

namespace lingong::test {

// How many pixels of the widget, drawn as it is now, match `pick`: a way to ask what a style
// sheet made of a button (red or grey, bright or dim) without reading the sheet.
template <typename Pick>
int countPixels(QWidget* widget, Pick pick)
{
    const QImage image = widget->grab().toImage();
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += pick(image.pixelColor(x, y)) ? 1 : 0;
    return n;
}

} // namespace lingong::test
