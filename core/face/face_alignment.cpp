#include "core/face/face_alignment.h"

#include "core/face/face_pixels.h"
#include "core/face/face_tr_p.h"

#include <opencv2/calib3d.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <complex>

namespace hires {

namespace {

// facexlib face_template for 512x512 (x, y).
constexpr float kTemplate512[5][2] = {{192.98138f, 239.94708f},
                                      {318.90277f, 240.19360f},
                                      {256.63416f, 314.01935f},
                                      {201.26117f, 371.41043f},
                                      {313.08905f, 371.15118f}};

std::complex<double> asComplex(cv::Point2f p)
{
    return {p.x, p.y};
}

// Least-squares similarity (Umeyama without reflection) from src to dst.
cv::Matx23d leastSquaresSimilarity(const FaceLandmarks& src, const FaceLandmarks& dst)
{
    std::complex<double> meanSrc, meanDst;
    for (size_t i = 0; i < src.size(); ++i) {
        meanSrc += asComplex(src[i]);
        meanDst += asComplex(dst[i]);
    }
    meanSrc /= double(src.size());
    meanDst /= double(src.size());
    std::complex<double> num;
    double den = 0;
    for (size_t i = 0; i < src.size(); ++i) {
        const std::complex<double> s = asComplex(src[i]) - meanSrc;
        num += std::conj(s) * (asComplex(dst[i]) - meanDst);
        den += std::norm(s);
    }
    const std::complex<double> a = den > 0 ? num / den : std::complex<double>(1, 0);
    const std::complex<double> t = meanDst - a * meanSrc;
    return {a.real(), -a.imag(), t.real(), a.imag(), a.real(), t.imag()};
}

} // namespace

FaceLandmarks ffhqTemplate(int faceSize)
{
    const float s = float(faceSize) / 512.0f;
    FaceLandmarks points;
    for (size_t i = 0; i < points.size(); ++i)
        points[i] = cv::Point2f(kTemplate512[i][0] * s, kTemplate512[i][1] * s);
    return points;
}

FaceLandmarks landmarksFromEyes(cv::Point2f leftEye, cv::Point2f rightEye)
{
    const FaceLandmarks t = ffhqTemplate();
    const std::complex<double> z =
        (asComplex(rightEye) - asComplex(leftEye)) / (asComplex(t[1]) - asComplex(t[0]));
    FaceLandmarks out;
    for (size_t i = 0; i < out.size(); ++i) {
        const std::complex<double> p = asComplex(leftEye) + z * (asComplex(t[i]) - asComplex(t[0]));
        out[i] = cv::Point2f(float(p.real()), float(p.imag()));
    }
    return out;
}

Result<cv::Matx23d> estimateFaceAffine(const FaceLandmarks& landmarks, int faceSize)
{
    for (const cv::Point2f& p : landmarks) {
        if (!std::isfinite(p.x) || !std::isfinite(p.y))
            return makeError(ErrorCode::InvalidArgument,
                             FaceTr::tr("face landmarks are not finite"));
    }
    // Landmarks within a pixel of each other carry no orientation or scale.
    double spread = 0;
    for (const cv::Point2f& p : landmarks)
        spread = std::max(spread, double(cv::norm(p - landmarks[0])));
    if (spread < 1.0)
        return makeError(ErrorCode::InvalidArgument,
                         FaceTr::tr("face landmarks are degenerate (all in one point)"));
    const FaceLandmarks dst = ffhqTemplate(faceSize);
    const std::vector<cv::Point2f> from(landmarks.begin(), landmarks.end());
    const std::vector<cv::Point2f> to(dst.begin(), dst.end());
    cv::Mat estimated;
    try {
        std::vector<uchar> inliers;
        estimated = cv::estimateAffinePartial2D(from, to, inliers, cv::LMEDS);
    } catch (const cv::Exception&) {
        estimated.release();
    }
    cv::Matx23d affine = estimated.empty() ? leastSquaresSimilarity(landmarks, dst)
                                           : cv::Matx23d(estimated.ptr<double>());
    const double det = affine(0, 0) * affine(1, 1) - affine(0, 1) * affine(1, 0);
    if (!std::isfinite(det) || std::abs(det) < 1e-12)
        return makeError(ErrorCode::InvalidArgument,
                         FaceTr::tr("face landmarks are degenerate (all in one point)"));
    return affine;
}

cv::Rect mappedSquareBounds(const cv::Matx23d& m, int size, cv::Size clip, int margin)
{
    double x0 = 1e300, y0 = 1e300, x1 = -1e300, y1 = -1e300;
    for (const cv::Point2d c :
         {cv::Point2d(0, 0), cv::Point2d(size, 0), cv::Point2d(0, size), cv::Point2d(size, size)}) {
        const double x = m(0, 0) * c.x + m(0, 1) * c.y + m(0, 2);
        const double y = m(1, 0) * c.x + m(1, 1) * c.y + m(1, 2);
        x0 = std::min(x0, x), y0 = std::min(y0, y), x1 = std::max(x1, x), y1 = std::max(y1, y);
    }
    // Clamp in double first: a wild transform must not overflow int.
    auto clampTo = [](double v, int hi) { return int(std::clamp(v, -1.0, double(hi) + 1.0)); };
    const int left = clampTo(std::floor(x0) - margin, clip.width);
    const int top = clampTo(std::floor(y0) - margin, clip.height);
    const int right = clampTo(std::ceil(x1) + margin, clip.width);
    const int bottom = clampTo(std::ceil(y1) + margin, clip.height);
    return cv::Rect(cv::Point(left, top), cv::Point(right, bottom)) &
           cv::Rect(0, 0, clip.width, clip.height);
}

Result<cv::Mat> warpAlignedFace(const cv::Mat& pixels, const cv::Matx23d& affine, int faceSize)
{
    const cv::Scalar border(135.0 / 255.0, 133.0 / 255.0, 132.0 / 255.0);
    try {
        cv::Matx23d inverse;
        cv::invertAffineTransform(affine, inverse);
        const cv::Rect roi = mappedSquareBounds(inverse, faceSize, pixels.size(), 2);
        if (roi.empty())
            return cv::Mat(faceSize, faceSize, CV_32FC3, border);
        cv::Mat source = toFloatBgr(pixels(roi));
        // Image pixel x -> crop: A (x_roi + tl) + t.
        cv::Matx23d m = affine;
        m(0, 2) += affine(0, 0) * roi.x + affine(0, 1) * roi.y;
        m(1, 2) += affine(1, 0) * roi.x + affine(1, 1) * roi.y;
        const double scale =
            std::sqrt(std::abs(affine(0, 0) * affine(1, 1) - affine(0, 1) * affine(1, 0)));
        if (scale < 1.0) {
            // Area-average the face down to about the crop's resolution first.
            const cv::Size reduced(std::max(1, int(std::lround(roi.width * scale))),
                                   std::max(1, int(std::lround(roi.height * scale))));
            cv::Mat small;
            cv::resize(source, small, reduced, 0, 0, cv::INTER_AREA);
            const double sx = double(reduced.width) / roi.width;
            const double sy = double(reduced.height) / roi.height;
            // x_roi = (x_small + 0.5) / s - 0.5 (pixel centres of a resize).
            cv::Matx23d n = m;
            for (int r = 0; r < 2; ++r) {
                n(r, 0) = m(r, 0) / sx;
                n(r, 1) = m(r, 1) / sy;
                n(r, 2) = m(r, 2) + m(r, 0) * (0.5 / sx - 0.5) + m(r, 1) * (0.5 / sy - 0.5);
            }
            m = n;
            source = small;
        }
        cv::Mat crop;
        cv::warpAffine(source, crop, m, cv::Size(faceSize, faceSize), cv::INTER_LINEAR,
                       cv::BORDER_CONSTANT, border);
        return crop;
    } catch (const cv::Exception& e) {
        return makeError(ErrorCode::Internal, QString::fromStdString(e.what()));
    } catch (const std::bad_alloc&) {
        return makeError(ErrorCode::OutOfMemory, FaceTr::tr("not enough memory for a face crop"));
    }
}

} // namespace hires
