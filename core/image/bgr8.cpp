#include "core/image/bgr8.h"

#include <opencv2/imgproc.hpp>

namespace hires {

cv::Mat toBgr8(const cv::Mat& pixels)
{
    if (pixels.empty() || (pixels.depth() != CV_8U && pixels.depth() != CV_16U))
        return {};
    cv::Mat eight;
    if (pixels.depth() == CV_16U)
        pixels.convertTo(eight, CV_8U, 255.0 / 65535.0);
    else
        eight = pixels;
    cv::Mat bgr;
    switch (eight.channels()) {
    case 1:
        cv::cvtColor(eight, bgr, cv::COLOR_GRAY2BGR);
        return bgr;
    case 3:
        return eight;
    case 4:
        cv::cvtColor(eight, bgr, cv::COLOR_BGRA2BGR);
        return bgr;
    default:
        return {};
    }
}

} // namespace hires
