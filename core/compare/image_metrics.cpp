#include "core/compare/image_metrics.h"

#include "core/compare/compare_tr_p.h"

#include <opencv2/imgproc.hpp>

#include <cmath>
#include <limits>

namespace hires {

double sharpness(const cv::Mat& pixels)
{
    const cv::Mat bgr = toBgr8(pixels);
    if (bgr.empty())
        return 0.0;
    cv::Mat luma;
    cv::cvtColor(bgr, luma, cv::COLOR_BGR2GRAY);
    cv::Mat laplacian;
    cv::Laplacian(luma, laplacian, CV_64F, 1, 1.0, 0.0, cv::BORDER_REFLECT_101);
    cv::Scalar mean;
    cv::Scalar deviation;
    cv::meanStdDev(laplacian, mean, deviation);
    return deviation[0] * deviation[0];
}

Result<double> psnr(const cv::Mat& a, const cv::Mat& b)
{
    const cv::Mat first = toBgr8(a);
    const cv::Mat second = toBgr8(b);
    if (first.empty() || second.empty())
        return makeError(
            ErrorCode::InvalidArgument,
            CompareTr::tr("PSNR needs two 8- or 16-bit images with 1, 3 or 4 channels."));
    if (first.size() != second.size())
        return makeError(ErrorCode::InvalidArgument,
                         CompareTr::tr("PSNR needs images of the same size (%1x%2 and %3x%4).")
                             .arg(first.cols)
                             .arg(first.rows)
                             .arg(second.cols)
                             .arg(second.rows));
    const double squared = cv::norm(first, second, cv::NORM_L2SQR);
    if (squared == 0.0)
        return std::numeric_limits<double>::infinity();
    const double mse = squared / (double(first.total()) * first.channels());
    return 10.0 * std::log10(255.0 * 255.0 / mse);
}

Result<double> fidelityPsnr(const cv::Mat& result, const cv::Mat& input)
{
    if (result.empty() || input.empty())
        return makeError(ErrorCode::InvalidArgument,
                         CompareTr::tr("Fidelity needs a result and the input it was made from."));
    cv::Mat reduced;
    if (result.size() == input.size())
        reduced = result;
    else
        cv::resize(result, reduced, input.size(), 0, 0, cv::INTER_AREA);
    return psnr(reduced, input);
}

} // namespace hires
