// Pixel plumbing shared by alignment, paste-back and the restorer: the
// Image contract (8/16-bit; gray, BGR or BGRA) to float BGR and back.
//
// Contract: pure functions on the caller's Mats, thread-safe; OpenCV may throw
// cv::Exception / std::bad_alloc, which the callers catch at their boundary.
#pragma once

#include <opencv2/core/mat.hpp>

namespace hires {

// 255 for 8-bit, 65535 for 16-bit.
double pixelMaxValue(const cv::Mat& pixels);

// CV_32FC3, BGR in [0, 1]; gray is repeated into three channels, alpha dropped.
cv::Mat toFloatBgr(const cv::Mat& pixels);

// target (a view into an Image's pixels, changed in place) becomes
// target + alpha * (colour - target), per pixel, computed in float in the
// target's own units and rounded to the nearest value (upstream truncates).
// colour: CV_32FC3 BGR in [0, 1] (turned into luma for gray targets); alpha:
// CV_32FC1; both target-sized. Alpha channels of the target are not touched,
// and where alpha is 0 the target keeps its exact values.
void blendIntoPixels(cv::Mat& target, const cv::Mat& colour, const cv::Mat& alpha);

} // namespace hires
