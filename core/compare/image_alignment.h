// Alignment of two images to one common size, so that they can be shown
// pixel for pixel in a slider and subtracted in a difference map.
//
// Contract: pure functions, any thread, never throwing. The common size is
// the size of the larger image (by area; the first on a tie): comparing an
// upscale with its input enlarges the input, never reduces the upscale.
// Enlarging uses nearest neighbour, so the smaller image's pixels are shown
// as they are (what a viewer's zoom shows) rather than a resampling that
// would itself be one of the methods being compared; reducing uses INTER_AREA.
// Aligned images are 8-bit BGR (toBgr8).
#pragma once

#include "core/base/result.h"

#include <opencv2/core/mat.hpp>

namespace hires {

struct AlignedPair
{
    cv::Mat a; // 8-bit BGR, `size`
    cv::Mat b; // 8-bit BGR, `size`
    cv::Size size;
    bool aResized = false;
    bool bResized = false;
    bool aspectDiffers = false; // the shapes differ by more than a pixel: one is stretched
};

cv::Size commonSize(cv::Size a, cv::Size b);
// Any pixel-contract image to 8-bit BGR at `size` (see above for the interpolation).
cv::Mat resizeForComparison(const cv::Mat& image, cv::Size size);
Result<AlignedPair> alignPair(const cv::Mat& a, const cv::Mat& b);

} // namespace hires
