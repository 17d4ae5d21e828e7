// Private: the face restoration step of a generation — core/face's
// FaceRestorer (detection, alignment, GFPGAN, paste-back, weight blend) on
// the final image, or a caller's FaceRestoreFn (GenerateOptions) instead.
//
// Contract: runs on the worker thread and never throws. A missing model, no
// face or any error of the step leaves the image as it was and is recorded
// (status "skipped" with the reason); only a cancel is returned as an error.
#pragma once

#include "core/diffusion/generate_job.h"

namespace hires {

class ModelCache;

struct FaceStepOutcome
{
    Image image; // restored, or the input unchanged
    bool applied = false;
    QString reason; // why not, when not applied
};

class FaceRestorationStep
{
public:
    // `explicitModel` when given, else GFPGANv1.4 / v1.3 (.pth, .safetensors)
    // in `folders`; empty when none is there.
    static QString findGfpganModel(const QString& explicitModel, const QStringList& folders);

    // Restores with `options.faceRestorer` when set, else with a FaceRestorer
    // kept in `cache` (may be null). The core/face record goes into
    // provenance.details["face_restoration"] and its fallbacks.
    static Result<FaceStepOutcome> run(const Image& image, double weight,
                                       const GenerateOptions& options, ModelCache* cache,
                                       Provenance& provenance, const JobContext& context);
};

} // namespace hires
