// UpscaleEngine: the one entry point the GUI, the CLI and the server use to
// upscale an image with a model or with LANCZOS.
//
// Contract: run() is synchronous, on the caller's (worker) thread, and never
// throws. It opens the requested model once and keeps it for the following
// runs; a model that cannot be opened (missing, corrupt, unknown
// architecture) is not an error: the image is upscaled with LANCZOS and the
// provenance says why. With allowFallback off, that and every other failure
// is returned as an error instead. Not thread-safe: one engine per worker.
//
// With request.faceRestore set, the faces of the upscaled image are restored
// afterwards (core/face's applyFaceRestoration; the GFPGAN model is kept
// between runs like the upscaling model). A missing or broken face model is
// not an error either: the upscaled image comes back without restored faces
// and the provenance records the fallback and why (with allowFallback off it
// is an error). The face step's own record is in provenance.details
// ["face_restoration"].
#pragma once

#include "core/face/face_restorer.h"
#include "core/upscale/neural_upscaler.h"
#include "core/upscale/upscaler.h"

#include <functional>
#include <memory>
#include <optional>

namespace hires {

struct UpscaleRequest
{
    QString model;   // "lanczos" (or empty), or a model file path
    QString modelId; // for provenance and output names; default: the file's base name
    UpscaleOptions options;
    // Face restoration after upscaling (weight, GFPGAN file, detector, aligned input).
    std::optional<FaceRestoreOptions> faceRestore;
    // Also hand back the faces as a FaceRestorationSession (UpscaleResult::faces);
    // costs two more copies of the upscaled image.
    bool keepFaceSession = false;

    bool isLanczos() const;
    QString methodId() const; // "lanczos" or the model id
};

class UpscaleEngine
{
public:
    using ModelOpener = std::function<Result<std::unique_ptr<NeuralUpscaler>>(
        const QString& modelFile, const QString& modelId)>;

    UpscaleEngine();
    // A different way of opening models (the model library, tests).
    explicit UpscaleEngine(ModelOpener opener);
    ~UpscaleEngine();

    Result<UpscaleResult> run(const Image& input, const UpscaleRequest& request,
                              const UpscaleProgress& progress = {},
                              const std::atomic<bool>* cancel = nullptr);

    // The loaded model, or null (for the GUI's model info line).
    const NeuralUpscaler* loadedModel() const { return m_model.get(); }

private:
    Result<UpscaleResult> upscale(const Image& input, const UpscaleRequest& request,
                                  const UpscaleProgress& progress, const std::atomic<bool>* cancel);
    Result<UpscaleResult> restoreFaces(UpscaleResult upscaled, const UpscaleRequest& request,
                                       const UpscaleProgress& progress,
                                       const std::atomic<bool>* cancel);

    ModelOpener m_opener;
    std::unique_ptr<FaceRestorer> m_faces;
    QString m_modelFile;
    std::unique_ptr<NeuralUpscaler> m_model;
    std::optional<Error> m_modelError; // why m_modelFile could not be opened
    double m_loadSeconds = 0;
};

} // namespace hires
