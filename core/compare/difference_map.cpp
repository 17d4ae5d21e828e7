#include "core/compare/difference_map.h"

#include "core/compare/compare_tr_p.h"
#include "core/compare/image_metrics.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

namespace hires {

namespace {

// Largest channel difference per pixel, 8-bit, before any gain.
Result<cv::Mat> rawMagnitude(const cv::Mat& a, const cv::Mat& b)
{
    const cv::Mat first = toBgr8(a);
    const cv::Mat second = toBgr8(b);
    if (first.empty() || second.empty())
        return makeError(ErrorCode::InvalidArgument,
                         CompareTr::tr("A difference needs two 8- or 16-bit images with 1, 3 or "
                                       "4 channels."));
    if (first.size() != second.size())
        return makeError(ErrorCode::InvalidArgument,
                         CompareTr::tr("A difference needs images of the same size (%1x%2 and "
                                       "%3x%4).")
                             .arg(first.cols)
                             .arg(first.rows)
                             .arg(second.cols)
                             .arg(second.rows));
    cv::Mat diff;
    cv::absdiff(first, second, diff);
    cv::Mat channels[3];
    cv::split(diff, channels);
    cv::Mat magnitude;
    cv::max(channels[0], channels[1], magnitude);
    cv::max(magnitude, channels[2], magnitude);
    return magnitude;
}

} // namespace

Result<cv::Mat> differenceMagnitude(const cv::Mat& a, const cv::Mat& b, double gain)
{
    if (!(gain > 0))
        return makeError(ErrorCode::InvalidArgument,
                         CompareTr::tr("The difference gain must be positive (got %1).").arg(gain));
    Result<cv::Mat> raw = rawMagnitude(a, b);
    if (!raw)
        return raw;
    cv::Mat amplified;
    raw->convertTo(amplified, CV_8U, gain); // saturating, rounded
    return amplified;
}

cv::Mat colourMapDifference(const cv::Mat& magnitude)
{
    cv::Mat coloured;
    if (magnitude.empty() || magnitude.type() != CV_8UC1)
        return coloured;
    cv::applyColorMap(magnitude, coloured, cv::COLORMAP_INFERNO);
    return coloured;
}

Result<cv::Mat> differenceMap(const cv::Mat& a, const cv::Mat& b, double gain)
{
    Result<cv::Mat> magnitude = differenceMagnitude(a, b, gain);
    if (!magnitude)
        return magnitude;
    return colourMapDifference(*magnitude);
}

Result<DifferenceStats> differenceStats(const cv::Mat& a, const cv::Mat& b)
{
    Result<cv::Mat> raw = rawMagnitude(a, b);
    if (!raw)
        return raw.error();
    DifferenceStats stats;
    stats.meanAbs = cv::mean(*raw)[0];
    double maximum = 0;
    cv::minMaxLoc(*raw, nullptr, &maximum);
    stats.maxAbs = int(maximum);
    stats.changedFraction =
        double(cv::countNonZero(*raw > DifferenceStats::kChangedAbove)) / double(raw->total());
    return stats;
}

} // namespace hires
