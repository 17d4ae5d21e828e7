// FaceDetector: finds faces and their five landmarks in an 8-bit BGR image.
//
// Two backends: YuNet (cv::FaceDetectorYN, when a face_detection_yunet*.onnx
// file is in one of the model folders the caller passes: core never reads
// settings) and a Haar-cascade detector that needs no download (the cascades
// of Debian's opencv-data). createFaceDetector() picks one; detectFaces() in
// face_detection.h adds scaling, rotation search and suppression on top.
//
// Contract: a detector is used by one thread at a time (OpenCV's detectors
// keep state); create one per worker. detect() never throws.
#pragma once

#include "core/base/result.h"
#include "core/face/detected_face.h"

#include <QString>
#include <QStringList>

#include <opencv2/core/mat.hpp>

#include <memory>
#include <vector>

namespace hires {

enum class FaceDetectorChoice
{
    Auto, // YuNet when its model file is found, else Haar
    YuNet,
    Haar,
};

// "auto" | "yunet" | "haar" (case-insensitive).
Result<FaceDetectorChoice> parseFaceDetectorChoice(const QString& text);
QString faceDetectorChoiceName(FaceDetectorChoice choice);

class FaceDetector
{
public:
    virtual ~FaceDetector() = default;
    virtual QString name() const = 0;      // "yunet", "haar"
    virtual QString modelFile() const = 0; // the ONNX file or the cascade folder
    // bgr: CV_8UC3, any size. Faces in bgr's coordinates, unsorted, possibly overlapping.
    virtual Result<std::vector<DetectedFace>> detect(const cv::Mat& bgr) = 0;
};

// The first face_detection_yunet*.onnx (sorted by name, newest version last
// wins) in `folders`, or empty.
QString findYuNetModel(const QStringList& folders);

// Where Debian's opencv-data puts the Haar cascades.
QString defaultCascadeFolder();

struct FaceDetectorSetup
{
    FaceDetectorChoice choice = FaceDetectorChoice::Auto;
    QStringList modelFolders; // searched for YuNet's ONNX file
    QString cascadeFolder;    // empty: defaultCascadeFolder()
    float yunetScoreThreshold = 0.7f;
};

// Auto: YuNet when found and loadable, otherwise Haar; `note` (may be null)
// receives why YuNet was not used, for the provenance. An explicit YuNet
// without a usable model file is an error.
Result<std::unique_ptr<FaceDetector>> createFaceDetector(const FaceDetectorSetup& setup,
                                                         QString* note = nullptr);

} // namespace hires
