#include "core/face/face_restoration_session.h"

#include "core/face/face_paste_back.h"
#include "core/face/face_tr_p.h"

#include <cmath>

#include <opencv2/core.hpp>

namespace hires {

namespace {

Result<void> checkWeight(double weight)
{
    if (!std::isfinite(weight) || weight < 0.0 || weight > 1.0)
        return makeError(
            ErrorCode::InvalidArgument,
            FaceTr::tr("the face restoration weight must be between 0 and 1 (got %1)").arg(weight));
    return {};
}

} // namespace

Result<FaceRestorationSession> FaceRestorationSession::run(FaceRestorer& restorer,
                                                           const Image& original,
                                                           const JobContext* context)
{
    if (restorer.options().alignedInput)
        return makeError(ErrorCode::InvalidArgument,
                         FaceTr::tr("a face comparison needs detected faces, not an aligned "
                                    "face as input"));
    auto restored = restorer.restore(original, context);
    if (!restored)
        return restored.error();
    return fromRecords(original, std::move(restored->faces), restorer.options().weight,
                       std::move(restored->provenance));
}

Result<FaceRestorationSession> FaceRestorationSession::fromRecords(Image original,
                                                                   std::vector<FaceRecord> faces,
                                                                   double weight,
                                                                   Provenance provenance)
{
    if (auto ok = checkWeight(weight); !ok)
        return ok.error();
    FaceRestorationSession session;
    session.m_original = std::move(original);
    session.m_original.pixels = session.m_original.pixels.clone(); // ours, never the caller's
    session.m_provenance = std::move(provenance);
    session.m_faces = std::move(faces);
    const cv::Size size = session.m_original.pixels.size();
    for (const FaceRecord& record : session.m_faces) {
        if (record.before.empty() || record.before.rows != record.before.cols)
            return makeError(ErrorCode::InvalidArgument,
                             FaceTr::tr("a face record without its aligned crop"));
        session.m_regions.push_back(placeFace(record.affine, record.before.cols, size).region);
    }
    session.m_enabled.assign(session.m_faces.size(), true);
    session.m_weights.assign(session.m_faces.size(), weight);
    auto composite =
        compositeFaces(session.m_original.pixels, session.m_faces, session.effectiveWeights());
    if (!composite)
        return composite.error();
    session.m_current = session.m_original;
    session.m_current.pixels = composite.value();
    return session;
}

const FaceRecord* FaceRestorationSession::face(int index) const
{
    return checkIndex(index) ? &m_faces[size_t(index)] : nullptr;
}

bool FaceRestorationSession::restorable(int index) const
{
    return checkIndex(index) && !m_faces[size_t(index)].after.empty();
}

bool FaceRestorationSession::isEnabled(int index) const
{
    return checkIndex(index) && m_enabled[size_t(index)];
}

double FaceRestorationSession::weight(int index) const
{
    return checkIndex(index) ? m_weights[size_t(index)] : 0.0;
}

double FaceRestorationSession::effectiveWeight(int index) const
{
    return restorable(index) && isEnabled(index) ? m_weights[size_t(index)] : 0.0;
}

std::vector<double> FaceRestorationSession::effectiveWeights() const
{
    std::vector<double> weights;
    for (int i = 0; i < faceCount(); ++i)
        weights.push_back(effectiveWeight(i));
    return weights;
}

cv::Rect FaceRestorationSession::region(int index) const
{
    return checkIndex(index) ? m_regions[size_t(index)] : cv::Rect();
}

cv::Mat FaceRestorationSession::beforePixels(int index) const
{
    const cv::Rect r = region(index);
    return r.empty() ? cv::Mat() : m_original.pixels(r);
}

cv::Mat FaceRestorationSession::afterPixels(int index) const
{
    const cv::Rect r = region(index);
    return r.empty() ? cv::Mat() : m_current.pixels(r);
}

Result<void> FaceRestorationSession::setEnabled(int index, bool enabled)
{
    if (auto ok = checkIndex(index); !ok)
        return ok.error();
    if (m_enabled[size_t(index)] == enabled)
        return {};
    m_enabled[size_t(index)] = enabled;
    return refresh(index);
}

Result<void> FaceRestorationSession::setWeight(int index, double weight)
{
    if (auto ok = checkIndex(index); !ok)
        return ok.error();
    if (auto ok = checkWeight(weight); !ok)
        return ok.error();
    if (m_weights[size_t(index)] == weight)
        return {};
    m_weights[size_t(index)] = weight;
    return refresh(index);
}

Result<void> FaceRestorationSession::setAllWeights(double weight)
{
    if (auto ok = checkWeight(weight); !ok)
        return ok.error();
    for (int i = 0; i < faceCount(); ++i) {
        if (auto ok = setWeight(i, weight); !ok)
            return ok;
    }
    return {};
}

Result<void> FaceRestorationSession::checkIndex(int index) const
{
    if (index < 0 || index >= faceCount())
        return makeError(
            ErrorCode::InvalidArgument,
            FaceTr::tr("there is no face %1 (the image has %2)").arg(index + 1).arg(faceCount()));
    return {};
}

Result<void> FaceRestorationSession::refresh(int index)
{
    // The faces whose regions overlap face `index`, directly or through each
    // other: re-blending their union from the original, in the original
    // order, gives exactly the pixels of a full composite (every pasted
    // face's whole region lies inside the union, so its mask is computed
    // as it would be on the whole image).
    std::vector<bool> involved(m_faces.size(), false);
    involved[size_t(index)] = true;
    cv::Rect area = m_regions[size_t(index)];
    for (bool grew = true; grew;) {
        grew = false;
        for (size_t i = 0; i < m_faces.size(); ++i) {
            if (!involved[i] && !(m_regions[i] & area).empty()) {
                involved[i] = true;
                area |= m_regions[i];
                grew = true;
            }
        }
    }
    if (area.empty())
        return {};
    try {
        cv::Mat target = m_current.pixels(area);
        m_original.pixels(area).copyTo(target);
        // pasteFace on the whole image touches only each face's region, which
        // lies inside `area`: the same computation as the full composite.
        for (size_t i = 0; i < m_faces.size(); ++i) {
            const double w = effectiveWeight(int(i));
            if (!involved[i] || w == 0.0)
                continue;
            if (auto pasted = pasteFace(m_current.pixels, m_faces[i].after, m_faces[i].affine, w);
                !pasted)
                return pasted;
        }
    } catch (const cv::Exception& e) {
        return makeError(ErrorCode::Internal, QString::fromStdString(e.what()));
    }
    return {};
}

} // namespace hires
