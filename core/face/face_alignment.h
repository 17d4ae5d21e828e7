// Face alignment: the similarity transform from an image to the 512x512 FFHQ
// crop GFPGAN (and CodeFormer) were trained on, and the crop itself.
//
// Matches facexlib's FaceRestoreHelper: the five-point FFHQ template,
// cv::estimateAffinePartial2D with LMedS (rotation, uniform scale,
// translation), bilinear cv::warpAffine with the constant border colour
// (135, 133, 132) BGR. Differences, on purpose: we work in float from any bit
// depth (upstream reads 8-bit only and rescales 16-bit input to it), and a
// face larger than the crop is first reduced with area averaging, so the
// bilinear warp does not alias (upstream warps the full-size face directly).
//
// Contract: pure functions, thread-safe, no exceptions escape.
#pragma once

#include "core/base/result.h"
#include "core/face/detected_face.h"

#include <opencv2/core/mat.hpp>
#include <opencv2/core/matx.hpp>

namespace hires {

inline constexpr int kFfhqFaceSize = 512;

// facexlib's template for 512x512 crops, scaled to faceSize.
FaceLandmarks ffhqTemplate(int faceSize = kFfhqFaceSize);

// All five landmarks from the two eye centres: the template's points moved by
// the similarity that maps the template's eyes onto these eyes.
FaceLandmarks landmarksFromEyes(cv::Point2f leftEye, cv::Point2f rightEye);

// Image -> crop. LMedS as upstream; when it cannot decide (fewer than two
// distinct points, collinear noise) the least-squares similarity is used.
Result<cv::Matx23d> estimateFaceAffine(const FaceLandmarks& landmarks,
                                       int faceSize = kFfhqFaceSize);

// The axis-aligned bounds of the square [0, size]^2 mapped by `m`, grown by
// `margin` pixels and clipped to `clip` (may be empty).
cv::Rect mappedSquareBounds(const cv::Matx23d& m, int size, cv::Size clip, int margin);

// The aligned crop of `pixels` (Image contract: 8/16-bit, 1/3/4 channels;
// alpha ignored): CV_32FC3, BGR in [0, 1], faceSize x faceSize. Only the part
// of the image under the crop is converted, so huge images cost no more than
// the face.
Result<cv::Mat> warpAlignedFace(const cv::Mat& pixels, const cv::Matx23d& affine,
                                int faceSize = kFfhqFaceSize);

} // namespace hires
