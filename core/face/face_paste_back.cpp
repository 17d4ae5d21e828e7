#include "core/face/face_paste_back.h"

#include "core/face/face_alignment.h"
#include "core/face/face_pixels.h"
#include "core/face/face_tr_p.h"

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace hires {

FacePlacement placeFace(const cv::Matx23d& affine, int faceSize, cv::Size imageSize)
{
    FacePlacement placement;
    cv::Matx23d inverse;
    cv::invertAffineTransform(affine, inverse);
    // 2 px margin: bilinear spill of the warped square. The feathering stays
    // inside the square, so nothing else can reach further.
    placement.region = mappedSquareBounds(inverse, faceSize, imageSize, 2);
    placement.toRegion = inverse;
    placement.toRegion(0, 2) -= placement.region.x;
    placement.toRegion(1, 2) -= placement.region.y;
    return placement;
}

cv::Mat featheredFaceMask(const FacePlacement& placement, int faceSize, cv::Mat* hard)
{
    const cv::Mat square = cv::Mat::ones(faceSize, faceSize, CV_32F);
    cv::Mat warped;
    cv::warpAffine(square, warped, placement.toRegion, placement.region.size());
    // erode's default border counts as "inside": a face cut by the image edge
    // keeps its mask up to the edge, as in upstream's whole-image computation.
    cv::Mat eroded;
    cv::erode(warped, eroded, cv::Mat::ones(2, 2, CV_8U));
    if (hard)
        *hard = eroded;
    const int edge = int(std::sqrt(cv::sum(eroded)[0])) / 20;
    if (edge < 1)
        return eroded; // a face under 20 px: nothing left to feather
    cv::Mat centre, soft;
    cv::erode(eroded, centre, cv::Mat::ones(2 * edge, 2 * edge, CV_8U));
    cv::GaussianBlur(centre, soft, cv::Size(2 * edge + 1, 2 * edge + 1), 0);
    return soft;
}

Result<void> pasteFace(cv::Mat& pixels, const cv::Mat& face, const cv::Matx23d& affine,
                       double weight)
{
    if (face.type() != CV_32FC3 || face.rows != face.cols)
        return makeError(ErrorCode::InvalidArgument,
                         FaceTr::tr("a restored face must be a square CV_32FC3 image"));
    if (weight <= 0.0)
        return {};
    try {
        const FacePlacement placement = placeFace(affine, face.cols, pixels.size());
        if (placement.region.empty())
            return {};
        cv::Mat hard;
        const cv::Mat soft = featheredFaceMask(placement, face.cols, &hard);
        cv::Mat warped;
        cv::warpAffine(face, warped, placement.toRegion, placement.region.size(), cv::INTER_LINEAR,
                       cv::BORDER_CONSTANT, cv::Scalar::all(0));
        cv::Mat hard3;
        cv::merge(std::vector<cv::Mat>{hard, hard, hard}, hard3);
        const cv::Mat pasted = warped.mul(hard3);
        cv::Mat target = pixels(placement.region);
        blendIntoPixels(target, pasted, soft * weight);
        return {};
    } catch (const cv::Exception& e) {
        return makeError(ErrorCode::Internal, QString::fromStdString(e.what()));
    } catch (const std::bad_alloc&) {
        return makeError(ErrorCode::OutOfMemory,
                         FaceTr::tr("not enough memory to paste a face back"));
    }
}

} // namespace hires
