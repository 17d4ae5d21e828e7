// Private: recognising file types from their first bytes. sniffImageFormat()
// (public, image_decoder.h) answers for the four formats we read; this names
// the common ones we refuse, so the message can say what the file really is.
#pragma once

#include <QByteArray>
#include <QString>

namespace hires {

// "GIF image", "BMP image", ...; empty when the bytes are not recognised.
QString describeUnsupportedType(const QByteArray& head);

// The error text for a file we do not read: "GIF image: format not supported;
// supported: PNG, JPEG, WebP, TIFF" (or "unrecognised data: ..." / "empty file").
QString unsupportedFormatMessage(const QByteArray& head);

} // namespace hires
