// GenerateJob: one Stable Diffusion generation (txt2img, img2img, hires fix
// and face restoration) run as a hires::Job on the runner's worker thread.
//
// Output (JobOutput::images, by role):
//   "result"      the final image (BGR 8-bit), with the AUTOMATIC1111-style
//                 "parameters" PNG text in its metadata (saved with it);
//   "first_pass"  the first pass at the base size (equal to the result
//                 when hires fix is off);
//   "upscaled"    hires fix with an image upscaler: what Real-ESRGAN /
//                 LANCZOS made of the first pass, before the second pass;
//   "before_face_restoration"  when face restoration ran: the image it got.
// Provenance: task "generate"; requested / used = the hires upscaler asked
// for and the one that really ran ("realesrgan-x4fast", "lanczos",
// "latent"; empty without hires fix) with every fallback and its reason;
// modelFile, device, precision; timings per stage; details (keys below).
//
// Progress: done / total count sampling steps over the whole job (first
// pass + second pass), so a bar moves monotonically; `stage` names what runs
// now: "loading model", "encoding prompt", "first pass", "upscaling",
// "encoding image", "second pass", "decoding", "face restoration", "saving".
// The cancel flag is checked before every sampling step and between stages;
// a cancelled job returns ErrorCode::Cancelled and writes no file. A preview
// (a cheap latent -> RGB projection, 1/8 of the size, BGR 8-bit) is sent
// every `previewEvery` steps.
//
// Contract: construct on any thread; run() once on the worker thread. Models
// (networks, tokenizer, upscaler) are kept in the JobContext's ModelCache
// between jobs. Nothing throws.
#pragma once

#include "core/diffusion/generation_request.h"
#include "core/jobs/job.h"

#include <QString>

#include <functional>
#include <optional>

namespace hires {

// Provenance::details keys written by GenerateJob.
namespace GenerationDetail {
inline constexpr const char* kSeed = "seed";            // the seed actually used
inline constexpr const char* kRequest = "request";      // GenerationRequest::toJson
inline constexpr const char* kModelKind = "model_kind"; // "Stable Diffusion XL base", ...
inline constexpr const char* kTokenizer = "tokenizer";  // the vocabulary folder used
inline constexpr const char* kTokenizerSource = "tokenizer_source";  // see TokenizerSource
inline constexpr const char* kFirstPassSteps = "first_pass_steps";   // sampling steps run
inline constexpr const char* kSecondPassSteps = "second_pass_steps"; // 0 without hires fix
inline constexpr const char* kUpscalerReason = "upscaler_reason";    // why that upscaler ran
inline constexpr const char* kFaceRestoration = "face_restoration";  // "applied", "skipped", "off"
inline constexpr const char* kFaceRestorationReason = "face_restoration_reason";
inline constexpr const char* kFaceRestorationWeight = "face_restoration_weight";
inline constexpr const char* kSecondPassOnly = "second_pass_only"; // re-run from a kept first pass
} // namespace GenerationDetail

// Face restoration as the job calls it: the image (BGR 8-bit) and the blend
// weight -> the restored image, or an error (recorded, the job continues with
// the unrestored image). nullopt from the callee: nothing to restore (no face).
using FaceRestoreFn = std::function<Result<std::optional<Image>>(const Image& image, double weight,
                                                                 const std::atomic<bool>* cancel)>;

struct GenerateOptions
{
    // A vocabulary folder (vocab.json + merges.txt, or bpe_simple_vocab_16e6.txt[.gz]);
    // empty: next to the checkpoint, then the model folders (see TokenizerLocator).
    QString tokenizerDir;
    // Extra folders searched for checkpoints named by id and for tokenizers.
    QStringList modelFolders;
    // The Real-ESRGAN model hires fix uses (.param of an ncnn pair, .pth,
    // .safetensors); empty: realesrgan-x4fast / -x4plus from the model folders.
    QString realesrganModel;
    QString device = QStringLiteral("auto"); // "auto", "cpu", "cuda"
    int previewEvery = 5;                    // 0: no previews
    // When set, the result is saved there (PNG with "parameters"; format by
    // extension) atomically: a cancelled or failed job leaves no file.
    QString outputFile;
    // Face restoration; empty: the project's default restorer (core/face).
    FaceRestoreFn faceRestorer;
};

class GenerateJob : public Job
{
public:
    explicit GenerateJob(GenerationRequest request, GenerateOptions options = {});

    // Re-runs only the second pass of hires fix from a kept first pass (the
    // "first_pass" image of an earlier result) with other hires settings in
    // `request` (its prompt, seed and sizes should be the first run's; the
    // seed must not be random). A latent upscale then starts from the first
    // pass encoded again. request.hiresFix must be on.
    static GenerateJob secondPassOnly(GenerationRequest request, Image firstPass,
                                      GenerateOptions options = {});

    QString kind() const override;  // "generate"
    QString title() const override; // the prompt, shortened
    Result<JobOutput> run(JobContext& context) override;

    const GenerationRequest& request() const { return m_request; }
    const GenerateOptions& options() const { return m_options; }

private:
    GenerationRequest m_request;
    GenerateOptions m_options;
    std::optional<Image> m_firstPass; // set for secondPassOnly
};

} // namespace hires
