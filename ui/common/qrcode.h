#pragma once

#include <QImage>
#include <QString>

namespace lingong {

// A QR code (libqrencode, error correction level M) as a black-on-white image with a quiet zone
// of four modules, each module `moduleSize` pixels. A null image when the text cannot be encoded.
QImage qrCodeImage(const QString& text, int moduleSize = 8);

} // namespace lingong
