// YuNetFaceDetector: OpenCV's YuNet face detector (cv::FaceDetectorYN of the
// objdetect module), used when its ONNX file (face_detection_yunet_2022mar.onnx
// from the OpenCV model zoo, MIT licence) is in a model folder. It measures all
// five landmarks.
//
// Contract: one thread at a time (the network keeps its input size).
#pragma once

#include "core/face/face_detector.h"

#include <opencv2/objdetect.hpp>

namespace hires {

class YuNetFaceDetector final : public FaceDetector
{
public:
    // Fails with CorruptData naming the file when OpenCV cannot load it.
    static Result<std::unique_ptr<YuNetFaceDetector>> create(const QString& onnxPath,
                                                             float scoreThreshold);

    QString name() const override { return QStringLiteral("yunet"); }
    QString modelFile() const override { return m_path; }
    Result<std::vector<DetectedFace>> detect(const cv::Mat& bgr) override;

private:
    YuNetFaceDetector() = default;
    QString m_path;
    cv::Ptr<cv::FaceDetectorYN> m_detector;
};

} // namespace hires
