#include "core/face/face_restorer.h"

#include "core/face/face_alignment.h"
#include "core/face/face_paste_back.h"
#include "core/face/face_pixels.h"
#include "core/face/face_tr_p.h"
#include "core/face/gfpgan_enhancer.h"
#include "core/jobs/job.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace hires {

namespace {

constexpr const char* kGfpganName = "gfpgan-v1.4";

bool cancelled(const JobContext* context)
{
    return context && context->cancelled();
}

void progress(const JobContext* context, int done, int total, const QString& stage)
{
    if (context)
        context->progress(done, total, stage);
}

double seconds(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

QJsonArray pointJson(const FaceLandmarks& points)
{
    QJsonArray out;
    for (const cv::Point2f& p : points)
        out.append(QJsonArray{double(p.x), double(p.y)});
    return out;
}

QJsonObject faceJson(const FaceRecord& record)
{
    const cv::Rect2f& b = record.face.box;
    return QJsonObject{
        {QStringLiteral("box"),
         QJsonArray{double(b.x), double(b.y), double(b.width), double(b.height)}},
        {QStringLiteral("score"), double(record.face.score)},
        {QStringLiteral("landmarks"), pointJson(record.face.landmarks)},
        {QStringLiteral("landmark_source"), landmarkSourceName(record.face.landmarkSource)},
        {QStringLiteral("rotation_searched"), record.face.rotationDegrees},
        {QStringLiteral("restored"), !record.after.empty()}};
}

Result<void> checkInput(const Image& input, double weight)
{
    if (!std::isfinite(weight) || weight < 0.0 || weight > 1.0)
        return makeError(
            ErrorCode::InvalidArgument,
            FaceTr::tr("the face restoration weight must be between 0 and 1 (got %1)").arg(weight));
    const cv::Mat& p = input.pixels;
    if (p.empty() || (p.depth() != CV_8U && p.depth() != CV_16U) ||
        (p.channels() != 1 && p.channels() != 3 && p.channels() != 4))
        return makeError(
            ErrorCode::InvalidArgument,
            FaceTr::tr("face restoration needs an 8- or 16-bit gray, BGR or BGRA image"));
    return {};
}

} // namespace

FaceRestorer::FaceRestorer(FaceRestoreOptions options)
    : m_options(std::move(options))
{}

FaceRestorer::~FaceRestorer() = default;

void FaceRestorer::setOptions(FaceRestoreOptions options)
{
    if (options.modelPath != m_options.modelPath || options.device != m_options.device) {
        m_enhancer.reset();
        m_modelTried = false;
        m_modelError.clear();
        m_modelDetails = {};
    }
    const FaceDetectorSetup& a = options.detector;
    const FaceDetectorSetup& b = m_options.detector;
    if (a.choice != b.choice || a.modelFolders != b.modelFolders ||
        a.cascadeFolder != b.cascadeFolder || a.yunetScoreThreshold != b.yunetScoreThreshold) {
        m_detector.reset();
        m_detectorNote.clear();
    }
    m_options = std::move(options);
}

void FaceRestorer::setEnhancer(std::shared_ptr<FaceEnhancer> enhancer)
{
    m_enhancer = std::move(enhancer);
    m_modelTried = true;
    m_modelError.clear();
    m_modelDetails = {};
}

void FaceRestorer::ensureEnhancer(Provenance& provenance)
{
    if (!m_modelTried) {
        m_modelTried = true;
        QElapsedTimer timer;
        timer.start();
        if (m_options.modelPath.isEmpty()) {
            m_modelError = FaceTr::tr("no face restoration model was given");
        } else {
            GfpganModelInfo info;
            auto loaded = loadGfpganEnhancer(m_options.modelPath, m_options.device, &info);
            if (loaded) {
                m_enhancer = std::move(loaded.value());
                m_modelDetails = {{QStringLiteral("unused_tensors"), info.unusedTensors},
                                  {QStringLiteral("loaded_tensors"), info.loadedTensors},
                                  {QStringLiteral("parameters"), qint64(info.parameterCount)},
                                  {QStringLiteral("wrapper_key"), info.wrapperKey}};
            } else {
                m_modelError = loaded.error().message;
            }
        }
        provenance.addTiming(QStringLiteral("load model"), seconds(timer));
    }
    provenance.requested = m_enhancer ? m_enhancer->name() : QString::fromLatin1(kGfpganName);
    if (m_enhancer) {
        provenance.used = m_enhancer->name();
        provenance.modelFile = m_options.modelPath;
        provenance.architecture = m_enhancer->describe();
        provenance.device = m_enhancer->device();
        provenance.precision = QStringLiteral("fp32");
        for (auto it = m_modelDetails.begin(); it != m_modelDetails.end(); ++it)
            provenance.details[QStringLiteral("model_") + it.key()] = it.value();
    } else {
        provenance.used = QStringLiteral("none");
        provenance.addFallback(QString::fromLatin1(kGfpganName), QStringLiteral("unchanged"),
                               m_modelError);
    }
}

Result<void> FaceRestorer::ensureDetector(Provenance& provenance)
{
    if (!m_detector) {
        auto detector = createFaceDetector(m_options.detector, &m_detectorNote);
        if (!detector)
            return detector.error();
        m_detector = std::move(detector.value());
    }
    provenance.details[QStringLiteral("detector")] = m_detector->name();
    provenance.details[QStringLiteral("detector_file")] = m_detector->modelFile();
    if (!m_detectorNote.isEmpty() && m_detector->name() != QLatin1String("yunet"))
        provenance.details[QStringLiteral("detector_note")] = m_detectorNote;
    return {};
}

Result<FaceRestoreResult> FaceRestorer::restore(const Image& input, const JobContext* context)
{
    if (auto ok = checkInput(input, m_options.weight); !ok)
        return ok.error();
    Provenance provenance;
    provenance.task = QStringLiteral("face-restore");
    provenance.details[QStringLiteral("weight")] = m_options.weight;
    provenance.details[QStringLiteral("aligned_input")] = m_options.alignedInput;
    progress(context, 0, 1, FaceTr::tr("Loading the face restoration model"));
    ensureEnhancer(provenance);
    if (m_options.alignedInput)
        return restoreAligned(input, std::move(provenance));

    provenance.details[QStringLiteral("mask")] =
        QStringLiteral("square, feathered (no face parsing)");
    if (auto ok = ensureDetector(provenance); !ok)
        return ok.error();
    QElapsedTimer timer;
    timer.start();
    progress(context, 0, 1, FaceTr::tr("Detecting faces"));
    auto detected = detectFaces(*m_detector, input.pixels, m_options.detection);
    if (!detected)
        return detected.error();
    provenance.addTiming(QStringLiteral("detect faces"), seconds(timer));

    FaceRestoreResult result;
    const int faceSize = m_enhancer ? m_enhancer->faceSize() : kFfhqFaceSize;
    const int total = int(detected->size());
    QJsonArray faces;
    timer.restart();
    for (int i = 0; i < total; ++i) {
        if (cancelled(context))
            return makeError(ErrorCode::Cancelled, FaceTr::tr("face restoration was cancelled"));
        progress(context, i, total, FaceTr::tr("Restoring face %1 of %2").arg(i + 1).arg(total));
        FaceRecord record;
        record.face = detected.value()[size_t(i)];
        auto affine = estimateFaceAffine(record.face.landmarks, faceSize);
        if (!affine)
            continue; // degenerate landmarks: not a face we can align
        record.affine = affine.value();
        auto crop = warpAlignedFace(input.pixels, record.affine, faceSize);
        if (!crop)
            return crop.error();
        record.before = crop.value();
        if (m_enhancer) {
            auto restored = m_enhancer->enhance(record.before);
            if (!restored)
                return restored.error();
            record.after = restored.value();
        }
        faces.append(faceJson(record));
        result.faces.push_back(std::move(record));
    }
    provenance.addTiming(QStringLiteral("restore faces"), seconds(timer));
    timer.restart();
    auto composite = compositeFaces(input.pixels, result.faces,
                                    std::vector<double>(result.faces.size(), m_options.weight));
    if (!composite)
        return composite.error();
    provenance.addTiming(QStringLiteral("paste back"), seconds(timer));
    progress(context, total, total, FaceTr::tr("Faces restored"));

    int restored = 0;
    for (const FaceRecord& r : result.faces)
        restored += r.after.empty() ? 0 : 1;
    provenance.details[QStringLiteral("faces_detected")] = total;
    provenance.details[QStringLiteral("faces_restored")] = restored;
    provenance.details[QStringLiteral("faces")] = faces;
    result.image = input;
    result.image.pixels = composite.value();
    result.provenance = std::move(provenance);
    return result;
}

Result<FaceRestoreResult> FaceRestorer::restoreAligned(const Image& input, Provenance provenance)
{
    FaceRestoreResult result;
    result.image = input;
    result.image.pixels = input.pixels.clone();
    provenance.details[QStringLiteral("faces_detected")] = 0;
    provenance.details[QStringLiteral("faces_restored")] = 0;
    if (!m_enhancer) {
        result.provenance = std::move(provenance);
        return result;
    }
    QElapsedTimer timer;
    timer.start();
    try {
        // The whole input is the face: resized to the network's size and back.
        const int size = m_enhancer->faceSize();
        const cv::Size inputSize = input.pixels.size();
        FaceRecord record;
        record.face.box = cv::Rect2f(0, 0, float(inputSize.width), float(inputSize.height));
        record.affine = cv::Matx23d(double(size) / inputSize.width, 0, 0, 0,
                                    double(size) / inputSize.height, 0);
        cv::Mat face = toFloatBgr(input.pixels);
        if (inputSize != cv::Size(size, size)) {
            provenance.details[QStringLiteral("aligned_resized_from")] =
                QStringLiteral("%1x%2").arg(inputSize.width).arg(inputSize.height);
            cv::resize(face, face, cv::Size(size, size), 0, 0,
                       inputSize.width > size ? cv::INTER_AREA : cv::INTER_LINEAR);
        }
        record.before = face;
        auto restored = m_enhancer->enhance(face);
        if (!restored)
            return restored.error();
        record.after = restored.value();
        cv::Mat back = record.after;
        if (inputSize != cv::Size(size, size))
            cv::resize(back, back, inputSize, 0, 0,
                       inputSize.width < size ? cv::INTER_AREA : cv::INTER_LINEAR);
        if (m_options.weight > 0)
            blendIntoPixels(result.image.pixels, back,
                            cv::Mat(inputSize, CV_32F, cv::Scalar(m_options.weight)));
        result.faces.push_back(std::move(record));
    } catch (const cv::Exception& e) {
        return makeError(ErrorCode::Internal, QString::fromStdString(e.what()));
    } catch (const std::bad_alloc&) {
        return makeError(ErrorCode::OutOfMemory, FaceTr::tr("not enough memory for the face"));
    }
    provenance.addTiming(QStringLiteral("restore faces"), seconds(timer));
    provenance.details[QStringLiteral("faces_restored")] = 1;
    result.provenance = std::move(provenance);
    return result;
}

Result<cv::Mat> compositeFaces(const cv::Mat& original, const std::vector<FaceRecord>& faces,
                               const std::vector<double>& weights)
{
    if (weights.size() != faces.size())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("compositeFaces: %1 weights for %2 faces")
                             .arg(weights.size())
                             .arg(faces.size()));
    cv::Mat out = original.clone();
    for (size_t i = 0; i < faces.size(); ++i) {
        const double w = weights[i];
        if (!std::isfinite(w) || w < 0.0 || w > 1.0)
            return makeError(
                ErrorCode::InvalidArgument,
                FaceTr::tr("the face restoration weight must be between 0 and 1 (got %1)").arg(w));
        if (faces[i].after.empty() || w == 0.0)
            continue;
        if (auto pasted = pasteFace(out, faces[i].after, faces[i].affine, w); !pasted)
            return pasted.error();
    }
    return out;
}

} // namespace hires
