// Paste-back: a restored 512x512 face returned into the image through the
// inverse of its alignment transform, under a feathered mask.
//
// The mask is facexlib's variant without face parsing (its ParseNet weights
// are a separate download we do not have): the crop square warped into the
// image, eroded by 2 px, then eroded again and Gaussian-blurred by an edge
// width of sqrt(face area) / 20 pixels. Upstream computes this on the whole
// image; we compute it on the face's bounding box only (identical values,
// bounded memory), blend in float and round (upstream truncates).
//
// Contract: pure functions, thread-safe; errors as Result, nothing throws.
#pragma once

#include "core/base/result.h"

#include <opencv2/core/mat.hpp>
#include <opencv2/core/matx.hpp>

namespace hires {

struct FacePlacement
{
    cv::Rect region;      // the part of the image the face can touch (clipped)
    cv::Matx23d toRegion; // crop -> region coordinates (inverse affine, shifted)
};

// Where a crop of `faceSize` aligned by `affine` (image -> crop) lands in an
// image of `imageSize`. region is empty when the face lies outside the image.
FacePlacement placeFace(const cv::Matx23d& affine, int faceSize, cv::Size imageSize);

// The soft mask of the placement, CV_32FC1 in [0, 1], region-sized; `hard`
// (may be null) receives the 2-px-eroded warped square that the restored
// face is multiplied by before blending, as upstream does.
cv::Mat featheredFaceMask(const FacePlacement& placement, int faceSize, cv::Mat* hard = nullptr);

// pixels (Image contract) becomes pixels + weight * mask * (face - pixels)
// inside the face's region; face: CV_32FC3 BGR in [0, 1], square.
// weight 0 leaves every pixel bit-identical.
Result<void> pasteFace(cv::Mat& pixels, const cv::Mat& face, const cv::Matx23d& affine,
                       double weight);

} // namespace hires
