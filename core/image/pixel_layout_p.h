// Private: conversions between what decoders and encoders produce or accept
// and the Image pixel contract (8/16-bit; 1, 3 or 4 channels in BGR order).
#pragma once

#include "core/base/result.h"
#include "core/image/image.h"

#include <opencv2/core/mat.hpp>

namespace hires {

// What cv::imdecode(IMREAD_UNCHANGED) returned, in the contract: gray+alpha
// (2 channels) becomes BGRA; other depths or channel counts are refused.
Result<cv::Mat> normalizeDecodedPixels(const cv::Mat& decoded, ImageFormat format);

// Checks the contract for images handed to the encoder.
bool isContractPixels(const cv::Mat& pixels);

// 16-bit to 8-bit with rounding (65535 -> 255); 8-bit is returned as is.
cv::Mat toEightBit(const cv::Mat& pixels);

// 8-bit BGRA over an opaque white background -> 8-bit BGR.
cv::Mat compositeOntoWhite(const cv::Mat& bgra8);

} // namespace hires
