#include "core/diffusion/face_restoration_step_p.h"

#include "core/diffusion/diffusion_tr_p.h"
#include "core/diffusion/model_search_p.h"
#include "core/face/face_restore_step.h"
#include "core/jobs/model_cache.h"

namespace hires {

QString FaceRestorationStep::findGfpganModel(const QString& explicitModel,
                                             const QStringList& folders)
{
    return findModelFile(
        explicitModel, folders,
        {"GFPGANv1.4.pth", "GFPGANv1.4.safetensors", "GFPGANv1.3.pth", "GFPGANv1.3.safetensors"});
}

Result<FaceStepOutcome> FaceRestorationStep::run(const Image& image, double weight,
                                                 const GenerateOptions& options, ModelCache* cache,
                                                 Provenance& provenance, const JobContext& context)
{
    FaceStepOutcome out;
    out.image = image;
    if (options.faceRestorer) {
        Image input = image; // the restorer gets its own pixels
        input.pixels = image.pixels.clone();
        Result<std::optional<Image>> restored =
            options.faceRestorer(input, weight, context.cancelFlag());
        if (!restored) {
            if (restored.error().code == ErrorCode::Cancelled)
                return restored.error();
            out.reason = restored.error().message;
        } else if (!*restored) {
            out.reason = DiffusionTr::tr("no face found");
        } else if ((**restored).pixels.size() != image.pixels.size()) {
            out.reason = DiffusionTr::tr("the restorer returned an image of another size");
        } else {
            out.image = std::move(**restored);
            out.applied = true;
        }
        return out;
    }

    FaceRestoreOptions face;
    face.weight = weight;
    face.modelPath = findGfpganModel(options.faceModel, options.modelFolders);
    face.detector.modelFolders = options.modelFolders;
    if (Result<DevicePreference> device = parseDevicePreference(options.device); device)
        face.device = *device;
    auto load = [&] {
        return Result<std::shared_ptr<FaceRestorer>>(std::make_shared<FaceRestorer>(face));
    };
    Result<std::shared_ptr<FaceRestorer>> restorer =
        cache ? cache->getOrLoad<FaceRestorer>(QStringLiteral("generate:face-restorer"), load)
              : load();
    (*restorer)->setOptions(face); // keeps the loaded model unless the file or device changed
    const size_t fallbacksBefore = provenance.fallbacks.size();
    Result<FaceRestoreStepOutput> step =
        applyFaceRestoration(**restorer, image, provenance, &context);
    if (!step)
        return step.error();
    bool restoredAny = false;
    for (const FaceRecord& record : step->faces)
        restoredAny = restoredAny || !record.after.empty();
    if (face.modelPath.isEmpty())
        out.reason = DiffusionTr::tr("no GFPGAN model found (GFPGANv1.4.pth); add one to a "
                                     "model folder");
    else if (step->faces.empty())
        out.reason = DiffusionTr::tr("no face found");
    else if (!restoredAny)
        out.reason = provenance.fallbacks.size() > fallbacksBefore
                         ? provenance.fallbacks.back().reason
                         : DiffusionTr::tr("the face model did not run");
    out.applied = restoredAny;
    out.image = std::move(step->image);
    return out;
}

} // namespace hires
