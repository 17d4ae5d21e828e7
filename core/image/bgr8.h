// toBgr8: the one conversion of a pixel-contract image (core/image/image.h:
// 8/16-bit, gray/BGR/BGRA) to 8-bit BGR, for the code that looks at colour
// only (face detection, image metrics, the generation pipeline's inputs).
//
// Contract: a pure function, safe on any thread, never throwing. Gray is
// spread to three channels, 16-bit is scaled by 255/65535 (rounded), alpha is
// dropped; an 8-bit BGR input comes back as a view, not a copy. Empty for an
// empty or unsupported Mat.
#pragma once

#include <opencv2/core/mat.hpp>

namespace hires {

cv::Mat toBgr8(const cv::Mat& pixels);

} // namespace hires
