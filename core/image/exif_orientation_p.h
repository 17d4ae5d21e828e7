// Private: EXIF orientation (tag 274, values 1..8). Read from the EXIF block
// of JPEG, PNG and WebP files (or the TIFF file's own first IFD), applied to
// the pixels once, and reset to 1 in the EXIF block we keep so that no viewer
// turns the output a second time.
#pragma once

#include <QByteArray>

#include <opencv2/core/mat.hpp>

namespace hires {

// 1..8 from a TIFF-structured EXIF block; 1 when absent or invalid.
int exifOrientation(const QByteArray& exif);

// Rewrites the orientation value to 1 in place (same size, same layout).
// Returns false when the block has no orientation entry to patch.
bool resetExifOrientation(QByteArray& exif);

// The upright image for an image stored with `orientation` (1 = as is):
// 2 mirror, 3 rotate 180, 4 flip, 5 transpose, 6 rotate 90 clockwise,
// 7 transverse, 8 rotate 90 counter-clockwise.
cv::Mat applyOrientation(const cv::Mat& pixels, int orientation);

// Whether this OpenCV build already turns TIFF images by their Orientation
// tag when decoding with IMREAD_UNCHANGED (OpenCV 4.6 does; it is measured
// once on a tiny TIFF, so "exactly once" holds with other versions too).
bool opencvAppliesTiffOrientation();

} // namespace hires
