// DetectedFace: one face found in an image, in that image's pixel coordinates.
//
// Contract: plain value type. Landmarks are in the order of the FFHQ
// alignment template: the eye on the image's left, the eye on the image's
// right, the nose tip, the mouth corner on the image's left, the mouth corner
// on the image's right (for a frontal face: the person's right eye first).
#pragma once

#include <QString>

#include <opencv2/core/types.hpp>

#include <array>

namespace hires {

using FaceLandmarks = std::array<cv::Point2f, 5>;

struct DetectedFace
{
    cv::Rect2f box;          // axis-aligned, may reach past the image border
    FaceLandmarks landmarks; // see the order above
    float score = 0;         // detector confidence in [0, 1]; comparable within one detector
    // Which landmarks the detector measured: YuNet measures all five; the Haar
    // detector measures the eyes (when its eye cascade finds them) and places
    // the rest from the FFHQ template (haar_face_detector.h says how).
    enum class Landmarks
    {
        Measured,
        EyesMeasured,
        Estimated
    } landmarkSource = Landmarks::Measured;
    int rotationDegrees = 0; // the image rotation under which the detector found it

    double eyeDistance() const;
};

QString landmarkSourceName(DetectedFace::Landmarks source); // "measured", "eyes", "estimated"

} // namespace hires
