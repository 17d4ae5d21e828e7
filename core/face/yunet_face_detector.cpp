#include "core/face/yunet_face_detector.h"

#include "core/face/face_tr_p.h"

#include <QDir>
#include <QFile>

namespace hires {

Result<std::unique_ptr<YuNetFaceDetector>> YuNetFaceDetector::create(const QString& onnxPath,
                                                                     float scoreThreshold)
{
    std::unique_ptr<YuNetFaceDetector> detector(new YuNetFaceDetector());
    detector->m_path = onnxPath;
    try {
        detector->m_detector =
            cv::FaceDetectorYN::create(QFile::encodeName(onnxPath).toStdString(), std::string(),
                                       cv::Size(320, 320), scoreThreshold, 0.3f, 5000);
    } catch (const cv::Exception& e) {
        return makeError(
            ErrorCode::CorruptData,
            FaceTr::tr("cannot load the YuNet face detector %1: %2")
                .arg(QDir::toNativeSeparators(onnxPath), QString::fromStdString(e.err).trimmed()));
    }
    if (detector->m_detector.empty())
        return makeError(ErrorCode::CorruptData,
                         FaceTr::tr("cannot load the YuNet face detector %1")
                             .arg(QDir::toNativeSeparators(onnxPath)));
    return detector;
}

Result<std::vector<DetectedFace>> YuNetFaceDetector::detect(const cv::Mat& bgr)
{
    if (bgr.type() != CV_8UC3 || bgr.empty())
        return makeError(ErrorCode::InvalidArgument,
                         FaceTr::tr("face detection needs an 8-bit BGR image"));
    std::vector<DetectedFace> found;
    try {
        m_detector->setInputSize(bgr.size());
        cv::Mat rows; // [N, 15] float: x, y, w, h, 5 x (x, y) landmarks, score
        m_detector->detect(bgr, rows);
        for (int i = 0; i < rows.rows; ++i) {
            const float* r = rows.ptr<float>(i);
            DetectedFace face;
            face.box = cv::Rect2f(r[0], r[1], r[2], r[3]);
            // YuNet's order (right eye, left eye, nose, right and left mouth
            // corner, from the person's view) is the template's image-left-first order.
            for (int k = 0; k < 5; ++k)
                face.landmarks[size_t(k)] = cv::Point2f(r[4 + 2 * k], r[5 + 2 * k]);
            face.score = r[14];
            face.landmarkSource = DetectedFace::Landmarks::Measured;
            found.push_back(face);
        }
    } catch (const cv::Exception& e) {
        return makeError(ErrorCode::CorruptData, FaceTr::tr("the YuNet face detector %1 failed: %2")
                                                     .arg(QDir::toNativeSeparators(m_path),
                                                          QString::fromStdString(e.err).trimmed()));
    }
    return found;
}

} // namespace hires
