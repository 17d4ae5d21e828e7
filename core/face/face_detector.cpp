#include "core/face/face_detector.h"

#include "core/face/face_tr_p.h"
#include "core/face/haar_face_detector.h"
#include "core/face/yunet_face_detector.h"

#include <QDir>

#include <cmath>

namespace hires {

double DetectedFace::eyeDistance() const
{
    const cv::Point2f d = landmarks[1] - landmarks[0];
    return std::hypot(d.x, d.y);
}

QString landmarkSourceName(DetectedFace::Landmarks source)
{
    switch (source) {
    case DetectedFace::Landmarks::Measured:
        return QStringLiteral("measured");
    case DetectedFace::Landmarks::EyesMeasured:
        return QStringLiteral("eyes");
    case DetectedFace::Landmarks::Estimated:
        break;
    }
    return QStringLiteral("estimated");
}

Result<FaceDetectorChoice> parseFaceDetectorChoice(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("auto"))
        return FaceDetectorChoice::Auto;
    if (t == QLatin1String("yunet"))
        return FaceDetectorChoice::YuNet;
    if (t == QLatin1String("haar"))
        return FaceDetectorChoice::Haar;
    return makeError(ErrorCode::InvalidArgument,
                     FaceTr::tr("unknown face detector '%1' (use auto, yunet or haar)").arg(text));
}

QString faceDetectorChoiceName(FaceDetectorChoice choice)
{
    switch (choice) {
    case FaceDetectorChoice::YuNet:
        return QStringLiteral("yunet");
    case FaceDetectorChoice::Haar:
        return QStringLiteral("haar");
    case FaceDetectorChoice::Auto:
        break;
    }
    return QStringLiteral("auto");
}

QString findYuNetModel(const QStringList& folders)
{
    for (const QString& folder : folders) {
        const QDir dir(folder);
        const QStringList files = dir.entryList({QStringLiteral("face_detection_yunet*.onnx")},
                                                QDir::Files | QDir::Readable, QDir::Name);
        if (!files.isEmpty())
            return dir.filePath(files.last());
    }
    return {};
}

QString defaultCascadeFolder()
{
    return QStringLiteral("/usr/share/opencv4/haarcascades");
}

Result<std::unique_ptr<FaceDetector>> createFaceDetector(const FaceDetectorSetup& setup,
                                                         QString* note)
{
    if (setup.choice != FaceDetectorChoice::Haar) {
        const QString onnx = findYuNetModel(setup.modelFolders);
        if (!onnx.isEmpty()) {
            auto yunet = YuNetFaceDetector::create(onnx, setup.yunetScoreThreshold);
            if (yunet)
                return std::unique_ptr<FaceDetector>(std::move(yunet.value()));
            if (setup.choice == FaceDetectorChoice::YuNet)
                return yunet.error();
            if (note)
                *note = yunet.error().message;
        } else if (setup.choice == FaceDetectorChoice::YuNet) {
            return makeError(ErrorCode::NotFound,
                             FaceTr::tr("no face_detection_yunet*.onnx in the model folders (%1)")
                                 .arg(setup.modelFolders.join(QStringLiteral(", "))));
        } else if (note) {
            *note = FaceTr::tr("no YuNet model file in the model folders");
        }
    }
    auto haar = HaarFaceDetector::create(setup.cascadeFolder.isEmpty() ? defaultCascadeFolder()
                                                                       : setup.cascadeFolder);
    if (!haar)
        return haar.error();
    return std::unique_ptr<FaceDetector>(std::move(haar.value()));
}

} // namespace hires
