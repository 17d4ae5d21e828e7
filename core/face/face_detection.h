// detectFaces: a FaceDetector made usable on any image: converted to 8-bit
// BGR, reduced to a working size, searched again under rotation when nothing
// is found upright, overlapping boxes suppressed, tiny faces dropped, sorted.
//
// Contract: pure function over the detector (one thread at a time per
// detector); never throws.
#pragma once

#include "core/base/result.h"
#include "core/face/face_detector.h"

#include <opencv2/core/matx.hpp>

#include <vector>

namespace hires {

struct FaceDetectionOptions
{
    // The detector sees a copy whose long side is at most this (faces smaller
    // than about 20 px in that copy are not found); landmarks are mapped back.
    int maxSide = 1600;
    // When nothing is found upright, the image is tried turned by +-30 and
    // +-90 degrees (each face keeps the angle it was found at); faces found
    // turned must have measured landmarks (Haar: the eyes) and a score of at
    // least minRotatedScore. Faces tilted by less than about 35 degrees are
    // found upright.
    bool tryRotations = true;
    float minRotatedScore = 0.75f;
    // Faces whose eyes are closer than this many pixels of the original image
    // are dropped (facexlib's eye_dist_threshold).
    double minEyeDistance = 5.0;
    // Boxes overlapping a better one by more than this IoU are dropped.
    double nmsIou = 0.4;
};

// pixels: Image contract (8/16-bit, 1/3/4 channels). Faces sorted by score,
// best first (ties: left to right).
Result<std::vector<DetectedFace>> detectFaces(FaceDetector& detector, const cv::Mat& pixels,
                                              const FaceDetectionOptions& options = {});

// The rotation by `degrees` (counter-clockwise) about the centre of an image
// of `size` onto a canvas grown to hold it whole (its size in *canvas): how
// the rotation search turns the image.
cv::Matx23d rotationOnCanvas(cv::Size size, double degrees, cv::Size* canvas);

// Non-maximum suppression on the boxes, best score kept; returns them sorted.
std::vector<DetectedFace> suppressOverlaps(std::vector<DetectedFace> faces, double maxIou);

} // namespace hires
