// HaarFaceDetector: a face detector that needs no download, built on the Haar
// cascades of Debian's opencv-data (/usr/share/opencv4/haarcascades).
//
// Faces come from haarcascade_frontalface_alt2 (frontal faces only: the
// profile cascade gives no landmarks worth aligning). The two eye centres come
// from haarcascade_eye, run inside the upper part of each face box; the nose
// tip and mouth corners are not measured (opencv-data ships no nose or mouth
// cascade): they are the FFHQ template's points placed by the similarity that
// maps the template's eyes onto the measured eyes. When the eye cascade finds
// no plausible pair, both eyes are placed where the eyes sit inside an alt2
// face box (kEyeY, kLeftEyeX, kRightEyeX below), and all five
// landmarks are estimates (and the box is kept only when it is a strong one).
// DetectedFace::landmarkSource says which case it was.
//
// Scores: the number of overlapping raw detections n that OpenCV merged into
// the box, mapped to n / (n + 4) (0.5 at the cascade's acceptance level).
//
// Contract: one thread at a time (cv::CascadeClassifier is not re-entrant).
#pragma once

#include "core/face/face_detector.h"

#include <opencv2/objdetect.hpp>

namespace hires {

class HaarFaceDetector final : public FaceDetector
{
public:
    // Fails with NotFound naming the folder when a cascade file is missing or unreadable.
    static Result<std::unique_ptr<HaarFaceDetector>> create(const QString& cascadeFolder);

    QString name() const override { return QStringLiteral("haar"); }
    QString modelFile() const override { return m_folder; }
    Result<std::vector<DetectedFace>> detect(const cv::Mat& bgr) override;

    // Where the eye centres sit inside an alt2 face box, as fractions of its
    // size (measured: the astronaut portrait's eyes in its 92 px box).
    static constexpr float kEyeY = 0.365f;
    static constexpr float kLeftEyeX = 0.265f;
    static constexpr float kRightEyeX = 0.735f;
    // A box whose eyes the eye cascade cannot find is kept only with this
    // score or more (12 merged raw detections): weaker ones are mostly texture.
    static constexpr float kMinScoreWithoutEyes = 0.75f;

private:
    HaarFaceDetector() = default;
    // Eye centres in image coordinates, or false when no plausible pair is found.
    bool findEyes(const cv::Mat& gray, const cv::Rect& face, cv::Point2f* left, cv::Point2f* right);

    QString m_folder;
    cv::CascadeClassifier m_faces;
    cv::CascadeClassifier m_eyes;
};

} // namespace hires
