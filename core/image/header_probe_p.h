// Private: the header stage of decoding, shared by probeImage() and
// decodeImage(): format by magic bytes, then the per-format parser.
#pragma once

#include "core/base/result.h"
#include "core/image/container_info_p.h"
#include "core/image/image_decoder.h"

#include <QByteArray>
#include <QString>

namespace hires {

// Format, size and metadata from the bytes, without decoding pixels.
Result<ContainerInfo> probeContainer(const QByteArray& bytes);

// The pixel cap, checked against the header before any pixel buffer exists.
Result<void> checkDecodeLimits(const ImageInfo& info, const DecodeLimits& limits);

// The whole file, refusing files over maxBytes before reading them.
Result<QByteArray> readFileBytes(const QString& path, int64_t maxBytes);

// "photo.png" style prefix for errors about a file.
QString fileLabel(const QString& path);

} // namespace hires
