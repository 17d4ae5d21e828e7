#include "core/image/pixel_layout_p.h"

#include "core/image/image_tr_p.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

namespace hires {

Result<cv::Mat> normalizeDecodedPixels(const cv::Mat& decoded, ImageFormat format)
{
    const int depth = decoded.depth();
    if (depth != CV_8U && depth != CV_16U)
        return makeError(ErrorCode::UnsupportedFormat,
                         ImageTr::tr("%1 image with samples of type %2 is not supported (only "
                                     "8- and 16-bit)")
                             .arg(imageFormatName(format),
                                  QString::fromStdString(cv::typeToString(decoded.type()))));
    switch (decoded.channels()) {
    case 1:
    case 3:
    case 4:
        return decoded;
    case 2: {
        // Gray + alpha: gray into B, G and R, alpha into A.
        cv::Mat bgra(decoded.size(), CV_MAKETYPE(depth, 4));
        const int fromTo[] = {0, 0, 0, 1, 0, 2, 1, 3};
        cv::mixChannels(&decoded, 1, &bgra, 1, fromTo, 4);
        return bgra;
    }
    default:
        return makeError(ErrorCode::UnsupportedFormat,
                         ImageTr::tr("%1 image with %2 channels is not supported")
                             .arg(imageFormatName(format))
                             .arg(decoded.channels()));
    }
}

bool isContractPixels(const cv::Mat& pixels)
{
    const int channels = pixels.channels();
    return !pixels.empty() && pixels.dims == 2 &&
           (pixels.depth() == CV_8U || pixels.depth() == CV_16U) &&
           (channels == 1 || channels == 3 || channels == 4);
}

cv::Mat toEightBit(const cv::Mat& pixels)
{
    if (pixels.depth() == CV_8U)
        return pixels;
    cv::Mat out;
    pixels.convertTo(out, CV_8U, 1.0 / 257.0);
    return out;
}

cv::Mat compositeOntoWhite(const cv::Mat& bgra8)
{
    // out = c * a + 255 * (1 - a) = 255 - (255 - c) * a, with a = alpha / 255.
    cv::Mat color;
    cv::Mat alpha;
    cv::cvtColor(bgra8, color, cv::COLOR_BGRA2BGR);
    cv::extractChannel(bgra8, alpha, 3);
    cv::Mat weight;
    alpha.convertTo(weight, CV_32F, 1.0 / 255.0);
    cv::cvtColor(weight, weight, cv::COLOR_GRAY2BGR);
    cv::Mat inverse;
    cv::subtract(cv::Scalar::all(255.0), color, inverse, cv::noArray(), CV_32F);
    cv::multiply(inverse, weight, inverse);
    cv::Mat out;
    cv::subtract(cv::Scalar::all(255.0), inverse, inverse);
    inverse.convertTo(out, CV_8U);
    return out;
}

} // namespace hires
