#include "core/face/face_detection.h"

#include <algorithm>
#include <cmath>

#include <opencv2/imgproc.hpp>

#include "core/face/face_tr_p.h"
#include "core/image/bgr8.h"

namespace hires {

namespace {

constexpr int kRotations[] = {30, -30, 90, -90};

cv::Point2f apply(const cv::Matx23d& m, cv::Point2f p)
{
    return {float(m(0, 0) * p.x + m(0, 1) * p.y + m(0, 2)),
            float(m(1, 0) * p.x + m(1, 1) * p.y + m(1, 2))};
}

// Maps a face found in a transformed image back through `back`.
DetectedFace mapFace(const DetectedFace& face, const cv::Matx23d& back)
{
    DetectedFace out = face;
    for (auto& p : out.landmarks)
        p = apply(back, p);
    const cv::Rect2f& b = face.box;
    float x0 = 1e30f, y0 = 1e30f, x1 = -1e30f, y1 = -1e30f;
    for (const cv::Point2f c :
         {b.tl(), cv::Point2f(b.x + b.width, b.y), cv::Point2f(b.x, b.y + b.height), b.br()}) {
        const cv::Point2f q = apply(back, c);
        x0 = std::min(x0, q.x), y0 = std::min(y0, q.y);
        x1 = std::max(x1, q.x), y1 = std::max(y1, q.y);
    }
    out.box = cv::Rect2f(x0, y0, x1 - x0, y1 - y0);
    return out;
}

Result<std::vector<DetectedFace>> detectRotated(FaceDetector& detector, const cv::Mat& bgr,
                                                int degrees, float minScore)
{
    cv::Size canvas;
    const cv::Matx23d rotation = rotationOnCanvas(bgr.size(), degrees, &canvas);
    cv::Mat turned;
    cv::warpAffine(bgr, turned, rotation, canvas, cv::INTER_LINEAR, cv::BORDER_REPLICATE);
    auto found = detector.detect(turned);
    if (!found)
        return found;
    cv::Matx23d back;
    cv::invertAffineTransform(rotation, back);
    std::vector<DetectedFace> mapped;
    for (const DetectedFace& face : found.value()) {
        // Under rotation only faces with measured eyes count: turned textures
        // (coins, coffee foam) fool the face cascade far more often than faces do.
        if (face.landmarkSource == DetectedFace::Landmarks::Estimated || face.score < minScore)
            continue;
        mapped.push_back(mapFace(face, back));
        mapped.back().rotationDegrees = degrees;
    }
    return mapped;
}

} // namespace

cv::Matx23d rotationOnCanvas(cv::Size size, double degrees, cv::Size* canvas)
{
    const cv::Point2f centre(size.width * 0.5f - 0.5f, size.height * 0.5f - 0.5f);
    cv::Mat m = cv::getRotationMatrix2D(centre, degrees, 1.0);
    const double c = std::abs(m.at<double>(0, 0)), s = std::abs(m.at<double>(0, 1));
    *canvas = cv::Size(int(std::ceil(size.width * c + size.height * s)),
                       int(std::ceil(size.width * s + size.height * c)));
    m.at<double>(0, 2) += canvas->width * 0.5 - 0.5 - centre.x;
    m.at<double>(1, 2) += canvas->height * 0.5 - 0.5 - centre.y;
    return cv::Matx23d(m.ptr<double>());
}

std::vector<DetectedFace> suppressOverlaps(std::vector<DetectedFace> faces, double maxIou)
{
    std::stable_sort(faces.begin(), faces.end(), [](const DetectedFace& a, const DetectedFace& b) {
        if (a.score != b.score)
            return a.score > b.score;
        return a.box.x < b.box.x;
    });
    std::vector<DetectedFace> kept;
    for (const DetectedFace& face : faces) {
        bool overlaps = false;
        for (const DetectedFace& k : kept) {
            const float inter = (face.box & k.box).area();
            const float uni = face.box.area() + k.box.area() - inter;
            if (uni > 0 && inter / uni > maxIou) {
                overlaps = true;
                break;
            }
        }
        if (!overlaps)
            kept.push_back(face);
    }
    return kept;
}

Result<std::vector<DetectedFace>> detectFaces(FaceDetector& detector, const cv::Mat& pixels,
                                              const FaceDetectionOptions& options)
{
    if (pixels.empty())
        return std::vector<DetectedFace>();
    try {
        // Reduce first, convert after: a huge 16-bit image is never copied whole.
        const int longSide = std::max(pixels.cols, pixels.rows);
        const double scale = longSide > options.maxSide ? double(options.maxSide) / longSide : 1.0;
        cv::Mat reduced = pixels;
        if (scale < 1.0)
            cv::resize(pixels, reduced, cv::Size(), scale, scale, cv::INTER_AREA);
        const cv::Mat work = toBgr8(reduced);
        auto found = detector.detect(work);
        if (!found)
            return found.error();
        std::vector<DetectedFace> faces = std::move(found.value());
        if (faces.empty() && options.tryRotations) {
            for (int degrees : kRotations) {
                auto turned = detectRotated(detector, work, degrees, options.minRotatedScore);
                if (!turned)
                    return turned.error();
                faces.insert(faces.end(), turned->begin(), turned->end());
            }
        }
        // Back to the original image's pixels (centres of resized pixels).
        const double sx = double(work.cols) / pixels.cols, sy = double(work.rows) / pixels.rows;
        const cv::Matx23d toOriginal(1 / sx, 0, 0.5 / sx - 0.5, 0, 1 / sy, 0.5 / sy - 0.5);
        std::vector<DetectedFace> kept;
        for (const DetectedFace& face : faces) {
            DetectedFace mapped = scale < 1.0 ? mapFace(face, toOriginal) : face;
            if (mapped.eyeDistance() >= options.minEyeDistance)
                kept.push_back(mapped);
        }
        return suppressOverlaps(std::move(kept), options.nmsIou);
    } catch (const cv::Exception& e) {
        return makeError(ErrorCode::Internal, QString::fromStdString(e.what()));
    } catch (const std::bad_alloc&) {
        return makeError(ErrorCode::OutOfMemory,
                         FaceTr::tr("not enough memory for face detection"));
    }
}

} // namespace hires
