// Private: what a per-format header parser (png_chunks, jpeg_segments,
// webp_chunks, tiff_directory) learns from a file without decoding pixels.
#pragma once

#include "core/image/image.h"
#include "core/image/image_decoder.h"

namespace hires {

struct ContainerInfo
{
    ImageInfo info;
    // EXIF exactly as stored (orientation not yet reset), ICC, PNG text.
    ImageMetadata metadata;
};

} // namespace hires
