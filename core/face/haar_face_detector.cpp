#include "core/face/haar_face_detector.h"

#include "core/face/face_alignment.h"
#include "core/face/face_tr_p.h"

#include <QDir>
#include <QFileInfo>

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace hires {

namespace {

constexpr const char* kFaceCascade = "haarcascade_frontalface_alt2.xml";
constexpr const char* kEyeCascade = "haarcascade_eye.xml";
// Eyes are searched on the face resized to this width, so that the eye
// cascade's size limits are the same for every face.
constexpr int kEyeSearchWidth = 192;

Result<void> loadCascade(cv::CascadeClassifier& cascade, const QString& folder, const char* file)
{
    const QString path = QDir(folder).filePath(QString::fromLatin1(file));
    bool ok = false;
    if (QFileInfo(path).isFile()) {
        try {
            ok = cascade.load(QFile::encodeName(path).toStdString());
        } catch (const cv::Exception&) {
            ok = false;
        }
    }
    if (!ok)
        return makeError(ErrorCode::NotFound,
                         FaceTr::tr("cannot read the face detector's cascade %1 (is Debian's "
                                    "opencv-data package installed?)")
                             .arg(QDir::toNativeSeparators(path)));
    return {};
}

cv::Point2f centre(const cv::Rect& r)
{
    return {r.x + r.width * 0.5f, r.y + r.height * 0.5f};
}

} // namespace

Result<std::unique_ptr<HaarFaceDetector>> HaarFaceDetector::create(const QString& cascadeFolder)
{
    std::unique_ptr<HaarFaceDetector> detector(new HaarFaceDetector());
    detector->m_folder = cascadeFolder;
    if (auto r = loadCascade(detector->m_faces, cascadeFolder, kFaceCascade); !r)
        return r.error();
    if (auto r = loadCascade(detector->m_eyes, cascadeFolder, kEyeCascade); !r)
        return r.error();
    return detector;
}

bool HaarFaceDetector::findEyes(const cv::Mat& gray, const cv::Rect& face, cv::Point2f* left,
                                cv::Point2f* right)
{
    // The eyes lie in the upper part of an alt2 box; searching only there keeps
    // nostrils and mouth corners out of the candidates.
    const cv::Rect band =
        cv::Rect(face.x, face.y + face.height * 15 / 100, face.width, face.height * 45 / 100) &
        cv::Rect(0, 0, gray.cols, gray.rows);
    if (band.width < 8 || band.height < 4)
        return false;
    const double scale = double(kEyeSearchWidth) / face.width;
    cv::Mat crop;
    cv::resize(gray(band), crop, cv::Size(), scale, scale,
               scale < 1 ? cv::INTER_AREA : cv::INTER_LINEAR);
    cv::equalizeHist(crop, crop);
    std::vector<cv::Rect> eyes;
    m_eyes.detectMultiScale(crop, eyes, 1.05, 3, 0,
                            cv::Size(kEyeSearchWidth / 10, kEyeSearchWidth / 10),
                            cv::Size(kEyeSearchWidth * 2 / 5, kEyeSearchWidth * 2 / 5));
    const float w = kEyeSearchWidth;
    double bestCost = 1e9;
    for (size_t i = 0; i < eyes.size(); ++i) {
        for (size_t j = 0; j < eyes.size(); ++j) {
            const cv::Point2f a = centre(eyes[i]);
            const cv::Point2f b = centre(eyes[j]);
            if (a.x >= b.x)
                continue;
            const float dx = b.x - a.x, dy = std::abs(b.y - a.y);
            const float mid = (a.x + b.x) * 0.5f;
            // Plausible pair: tilted by less than 35 degrees, apart by a quarter to
            // two thirds of the face, either side of its middle.
            if (dy > 0.7f * dx || dx < 0.25f * w || dx > 0.65f * w || a.x > w / 2 || b.x < w / 2)
                continue;
            const double cost = std::abs(mid - w / 2) / w + std::abs(dx / w - 0.37) + dy / dx;
            if (cost < bestCost) {
                bestCost = cost;
                *left = cv::Point2f(band.x + a.x / scale, band.y + a.y / scale);
                *right = cv::Point2f(band.x + b.x / scale, band.y + b.y / scale);
            }
        }
    }
    return bestCost < 1e9;
}

Result<std::vector<DetectedFace>> HaarFaceDetector::detect(const cv::Mat& bgr)
{
    if (bgr.type() != CV_8UC3 || bgr.empty())
        return makeError(ErrorCode::InvalidArgument,
                         FaceTr::tr("face detection needs an 8-bit BGR image"));
    std::vector<DetectedFace> found;
    try {
        cv::Mat gray;
        cv::cvtColor(bgr, gray, cv::COLOR_BGR2GRAY);
        cv::equalizeHist(gray, gray);
        std::vector<cv::Rect> boxes;
        std::vector<int> neighbours;
        m_faces.detectMultiScale(gray, boxes, neighbours, 1.1, 3, 0, cv::Size(20, 20));
        for (size_t i = 0; i < boxes.size(); ++i) {
            const cv::Rect& r = boxes[i];
            DetectedFace face;
            face.box = cv::Rect2f(r);
            face.score = float(neighbours[i]) / float(neighbours[i] + 4);
            cv::Point2f left, right;
            if (findEyes(gray, r, &left, &right)) {
                face.landmarkSource = DetectedFace::Landmarks::EyesMeasured;
            } else {
                // Without eyes only a box many raw detections agree on is trusted.
                if (face.score < kMinScoreWithoutEyes)
                    continue;
                left = cv::Point2f(r.x + kLeftEyeX * r.width, r.y + kEyeY * r.height);
                right = cv::Point2f(r.x + kRightEyeX * r.width, r.y + kEyeY * r.height);
                face.landmarkSource = DetectedFace::Landmarks::Estimated;
            }
            face.landmarks = landmarksFromEyes(left, right);
            found.push_back(face);
        }
    } catch (const cv::Exception& e) {
        return makeError(ErrorCode::Internal, QString::fromStdString(e.what()));
    }
    return found;
}

} // namespace hires
