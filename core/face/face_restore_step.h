// Face restoration as a post-processing step of another job: what the
// upscale pipeline calls after upscaling (`upscale --face-restore WEIGHT
// --face-model FILE`), and what `restore-faces` is made of.
//
// Contract: never fails the surrounding job for face-restoration reasons: a
// missing or broken model, a missing detector or any other error of the step
// leaves the image as it was and is recorded in `provenance` as a fallback
// ("face restoration" -> "skipped", reason; details["face_restoration"] holds
// it too). Only a cancel is returned as an
// error (ErrorCode::Cancelled). Same thread rules as FaceRestorer.
#pragma once

#include "core/base/result.h"
#include "core/face/face_restorer.h"
#include "core/image/image.h"
#include "core/jobs/provenance.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace hires {

// The GFPGAN file looked for when none is named: GFPGANv1.4.pth (.safetensors)
// in the model folders.
inline constexpr const char* kDefaultFaceModel = "GFPGANv1.4";

class JobContext;

struct FaceRestoreStepOutput
{
    Image image;
    std::vector<FaceRecord> faces; // for the comparison view
};

// provenance (the job's own, e.g. task "upscale") gains:
//  - details["face_restoration"]: the step's provenance as JSON (model, weight,
//    faces with boxes and landmarks, detector, timings);
//  - timings "face restoration: <stage>" for each stage of the step;
//  - the step's fallbacks (e.g. "gfpgan-v1.4" -> "unchanged", model missing).
Result<FaceRestoreStepOutput> applyFaceRestoration(FaceRestorer& restorer, const Image& image,
                                                   Provenance& provenance,
                                                   const JobContext* context = nullptr);

// The same step in one call: restore the faces of `image` with the GFPGAN
// file options.modelPath at options.weight (0..1), detector and device from
// `options`, and record it in `provenance`. It loads the model for this call;
// a job that restores many images keeps a FaceRestorer and calls the overload
// above (UpscaleEngine does).
Result<FaceRestoreStepOutput> applyFaceRestoration(const Image& image,
                                                   const FaceRestoreOptions& options,
                                                   Provenance& provenance,
                                                   const JobContext* context = nullptr);

// The step's options for the GFPGAN file `modelPath` at `weight` (0..1) on
// `device`: YuNet's ONNX file is looked for next to the model, then in
// `modelFolders`. What the CLI, the server and the upscale page all use.
FaceRestoreOptions faceRestoreStepOptions(double weight, const QString& modelPath,
                                          const QStringList& modelFolders,
                                          DevicePreference device = DevicePreference::Auto);

// What the step did, read back from a result's provenance: local (the step's
// record in details["face_restoration"] and its fallbacks) or from a server
// (details "face_restoration_status" / "face_restoration_reason").
struct FaceRestorationOutcome
{
    bool asked = false; // the job had face restoration on
    int restored = 0;   // faces pasted back
    QString skipReason; // why nothing was restored ("no face found", model missing, ...)
};
FaceRestorationOutcome faceRestorationOutcome(const Provenance& provenance);

// The merge used above, exposed for jobs that call FaceRestorer directly.
void mergeFaceProvenance(Provenance& into, const Provenance& face);

// What the face step recorded in a result's provenance (details
// ["face_restoration"]), for status lines and the comparison view: `asked` is
// false when no face step ran; `fallbacks` are the step's own, which are also
// the last ones of the result's fallbacks.
struct FaceStepSummary
{
    bool asked = false;
    int detected = 0;
    int restored = 0;
    QString used; // what restored them ("gfpgan-v1.4"), "none" without a model
    std::vector<FallbackEvent> fallbacks;
};
FaceStepSummary summarizeFaceStep(const Provenance& provenance);

} // namespace hires
