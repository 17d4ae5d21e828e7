#include "core/face/face_pixels.h"

#include <opencv2/imgproc.hpp>

namespace hires {

double pixelMaxValue(const cv::Mat& pixels)
{
    return pixels.depth() == CV_16U ? 65535.0 : 255.0;
}

cv::Mat toFloatBgr(const cv::Mat& pixels)
{
    cv::Mat bgr;
    if (pixels.channels() == 1)
        cv::cvtColor(pixels, bgr, cv::COLOR_GRAY2BGR);
    else if (pixels.channels() == 4)
        cv::cvtColor(pixels, bgr, cv::COLOR_BGRA2BGR);
    else
        bgr = pixels;
    cv::Mat out;
    bgr.convertTo(out, CV_32F, 1.0 / pixelMaxValue(pixels));
    return out;
}

void blendIntoPixels(cv::Mat& target, const cv::Mat& colour, const cv::Mat& alpha)
{
    const int colourChannels = target.channels() == 1 ? 1 : 3;
    // The colour channels of the target as float, in the target's units.
    cv::Mat current(target.size(), CV_MAKETYPE(target.depth(), colourChannels));
    const int toColour[] = {0, 0, 1, 1, 2, 2};
    cv::mixChannels(&target, 1, &current, 1, toColour, colourChannels);
    cv::Mat base;
    current.convertTo(base, CV_32F);

    cv::Mat wanted;
    if (colourChannels == 1)
        cv::cvtColor(colour, wanted, cv::COLOR_BGR2GRAY);
    else
        wanted = colour;
    wanted = wanted * pixelMaxValue(target);

    cv::Mat alphaN;
    if (colourChannels == 3)
        cv::merge(std::vector<cv::Mat>{alpha, alpha, alpha}, alphaN);
    else
        alphaN = alpha;
    // base + alpha * (wanted - base): exactly base where alpha == 0.
    cv::Mat blended = base + alphaN.mul(wanted - base);
    blended.convertTo(current, target.depth()); // rounds to nearest, saturates
    cv::mixChannels(&current, 1, &target, 1, toColour, colourChannels);
}

} // namespace hires
