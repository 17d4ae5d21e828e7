#include "core/compare/image_alignment.h"

#include "core/compare/compare_tr_p.h"
#include "core/compare/image_metrics.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace hires {

cv::Size commonSize(cv::Size a, cv::Size b)
{
    return int64_t(b.width) * b.height > int64_t(a.width) * a.height ? b : a;
}

cv::Mat resizeForComparison(const cv::Mat& image, cv::Size size)
{
    cv::Mat bgr = toBgr8(image);
    if (bgr.empty() || bgr.size() == size || size.width <= 0 || size.height <= 0)
        return bgr;
    const bool enlarging = int64_t(size.width) * size.height > int64_t(bgr.cols) * bgr.rows;
    cv::Mat resized;
    cv::resize(bgr, resized, size, 0, 0, enlarging ? cv::INTER_NEAREST : cv::INTER_AREA);
    return resized;
}

Result<AlignedPair> alignPair(const cv::Mat& a, const cv::Mat& b)
{
    if (toBgr8(a).empty() || toBgr8(b).empty())
        return makeError(ErrorCode::InvalidArgument,
                         CompareTr::tr("Both images must be 8- or 16-bit with 1, 3 or 4 "
                                       "channels to be compared."));
    AlignedPair pair;
    pair.size = commonSize(a.size(), b.size());
    pair.a = resizeForComparison(a, pair.size);
    pair.b = resizeForComparison(b, pair.size);
    pair.aResized = a.size() != pair.size;
    pair.bResized = b.size() != pair.size;
    // The other image scaled uniformly to the common width would be this tall.
    const cv::Size& smaller = pair.aResized ? a.size() : b.size();
    const double uniformHeight = double(smaller.height) * pair.size.width / smaller.width;
    pair.aspectDiffers = std::abs(uniformHeight - pair.size.height) >
                         std::max(1.0, double(pair.size.width) / smaller.width);
    return pair;
}

} // namespace hires
