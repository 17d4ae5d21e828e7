// The difference map: where and how much two renderings of the same picture
// differ, so a user sees what a model invented or removed.
//
// Contract: pure functions, any thread, never throwing. Both images have the
// same size (align them first, see image_alignment.h); they are compared in
// 8-bit BGR (toBgr8). The magnitude of a pixel is the largest of its three
// channel differences |A - B| multiplied by `gain` and clipped to 255, so a
// change in any one channel shows. The colour map is OpenCV's "inferno":
// identical pixels are near-black, small differences dark purple, large ones
// orange to pale yellow — readable by people with the common colour-vision
// deficiencies and monotonic in brightness.
#pragma once

#include "core/base/result.h"

#include <opencv2/core/mat.hpp>

namespace hires {

struct DifferenceStats
{
    double meanAbs = 0;         // mean of the per-pixel magnitude before the gain (0..255)
    int maxAbs = 0;             // its maximum
    double changedFraction = 0; // share of pixels whose magnitude (before gain) is > kChangedAbove
    static constexpr int kChangedAbove = 8;
};

// 8-bit, 1 channel: min(255, round(gain * max_c |a_c - b_c|)).
Result<cv::Mat> differenceMagnitude(const cv::Mat& a, const cv::Mat& b, double gain);
// 8-bit BGR: the magnitude through the colour map.
cv::Mat colourMapDifference(const cv::Mat& magnitude);
// Both steps.
Result<cv::Mat> differenceMap(const cv::Mat& a, const cv::Mat& b, double gain);
Result<DifferenceStats> differenceStats(const cv::Mat& a, const cv::Mat& b);

} // namespace hires
