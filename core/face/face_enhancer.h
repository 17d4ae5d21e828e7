// FaceEnhancer: the network step of face restoration, on one aligned face.
//
// Contract: enhance() takes a square aligned face of faceSize() pixels,
// CV_32FC3, BGR in [0, 1] (face_alignment.h's crop) and returns a new image
// of the same size and type, finite and in [0, 1]. Implementations are
// driven by one thread at a time; enhance() never throws.
#pragma once

#include "core/base/result.h"

#include <QString>

#include <opencv2/core/mat.hpp>

namespace hires {

class FaceEnhancer
{
public:
    virtual ~FaceEnhancer() = default;
    virtual QString name() const = 0;     // for provenance: "gfpgan-v1.4", "identity"
    virtual QString describe() const = 0; // architecture, for provenance
    virtual QString device() const = 0;   // "cpu", "cuda:0"
    virtual int faceSize() const = 0;     // 512 for GFPGAN v1.4
    virtual Result<cv::Mat> enhance(const cv::Mat& face) = 0;
};

// Returns its input: with it, detection -> alignment -> paste-back can be
// checked to reproduce the image (tests), and the pipeline can be timed
// without a network.
class IdentityFaceEnhancer final : public FaceEnhancer
{
public:
    explicit IdentityFaceEnhancer(int faceSize = 512)
        : m_faceSize(faceSize)
    {}
    QString name() const override { return QStringLiteral("identity"); }
    QString describe() const override { return QStringLiteral("identity (returns its input)"); }
    QString device() const override { return QStringLiteral("cpu"); }
    int faceSize() const override { return m_faceSize; }
    Result<cv::Mat> enhance(const cv::Mat& face) override { return face.clone(); }

private:
    int m_faceSize;
};

} // namespace hires
