// Default output names: "<stem>_<method>_<scale>x.<ext>" next to the input or
// in a chosen folder, never an existing file: "_2", "_3", ... on collision.
#pragma once

#include "core/image/image.h"

#include <QString>

namespace hires {

// method: "realesrgan-x4plus", "lanczos", ... (sanitised to [A-Za-z0-9._-]);
// scale printed without trailing zeros ("2", "1.5"). Returns the file name only.
QString defaultOutputName(const QString& inputPath, const QString& method, double scale,
                          ImageFormat format);

// The default name in `folder` (empty: the input's folder), made unique.
QString defaultOutputPath(const QString& inputPath, const QString& method, double scale,
                          ImageFormat format, const QString& folder = {});

// The first of path, path_2, path_3, ... (before the extension) that does not exist.
QString uniqueOutputPath(const QString& desiredPath);

} // namespace hires
