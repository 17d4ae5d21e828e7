// GenerationRequest: what one image generation asks for, with the field
// names of the service it grows from, so the GUI, the CLI and the HTTP API
// agree (JSON keys in snake_case: "prompt", "negative_prompt", "seed",
// "num_inference_steps", "guidance_scale", "width", "height", "sampler",
// "hires_fix", "use_realesrgan", "hires_scale", "denoising_strength",
// "hires_steps", "use_face_restoration", "face_restoration_weight", plus
// "model", "init_image", "strength", "hires_upscaler", "clip_skip").
//
// Sizes of 0 mean "the model's default" (SD 1.x 512, SDXL 768); the hires
// target is the first-pass size times hires_scale (512 -> 1024, 768 -> 1536),
// as AUTOMATIC1111 computes it (int(w * scale), int(h * scale)), rounded down
// to a multiple of 8 as the latent needs.
//
// Contract: plain copyable value type; pure functions, thread-safe;
// torch-free (for ui/, app/ and the server).
#pragma once

#include "core/base/result.h"
#include "core/diffusion/checkpoint/sd_model_info.h"
#include "core/diffusion/sampler_kind.h"

#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <optional>

namespace hires {

// How hires fix enlarges the first pass.
enum class HiresUpscaler
{
    RealEsrgan, // through UpscaleEngine (LANCZOS when the model cannot run; recorded)
    Lanczos,    // image-space LANCZOS
    Latent,     // bilinear resize of the latent, no decode / encode (A1111 "Latent")
};

QString hiresUpscalerId(HiresUpscaler upscaler); // "realesrgan", "lanczos", "latent"
std::optional<HiresUpscaler> parseHiresUpscaler(QStringView id);

struct GenerationDefaults
{
    int width = 512;
    int height = 512;
    int hiresWidth = 1024;
    int hiresHeight = 1024;
    int steps = 25;
    double guidanceScale = 7.0;
};
// SD 1.x / 2.x: 512 -> 1024; SDXL: 768 -> 1536 (the service's sizes).
GenerationDefaults generationDefaults(SdModelKind kind);

struct GenerationRequest
{
    static constexpr int64_t kRandomSeed = -1;
    static constexpr int64_t kMaxSeed = 9007199254740991; // 2^53 - 1: exact in JSON
    static constexpr int kMaxSteps = 500;
    static constexpr int kMaxSide = 4096; // first pass; the hires target may reach 8192
    static constexpr int kMaxHiresSide = 8192;

    QString prompt;
    QString negativePrompt;
    int64_t seed = kRandomSeed; // -1: a random seed, drawn when the job starts and recorded
    int numInferenceSteps = 25;
    double guidanceScale = 7.0;
    int width = 0; // 0: the model's default; otherwise a multiple of 8
    int height = 0;
    SamplerKind sampler = SamplerKind::EulerAncestral;
    int clipSkip = 1; // 1: last layer (SDXL always uses the penultimate, as trained)

    // Hires fix (AUTOMATIC1111 semantics, reference-facts section 9).
    bool hiresFix = false;
    bool useRealesrgan = true;  // false: LANCZOS
    bool latentUpscale = false; // overrides useRealesrgan: A1111's "Latent" upscaler
    double hiresScale = 2.0;
    double denoisingStrength = 0.7;
    int hiresSteps = 0; // 0: the same as numInferenceSteps

    bool useFaceRestoration = false;
    double faceRestorationWeight = 0.5; // 0: the original face, 1: the restored one

    QString model; // checkpoint file, diffusers folder or model library id; empty: the default
    // img2img: the start image (a file), and how much of it is re-noised.
    QString initImage;
    double strength = 0.6;

    HiresUpscaler hiresUpscaler() const;
    bool isImg2Img() const { return !initImage.isEmpty(); }
    int effectiveHiresSteps() const { return hiresSteps > 0 ? hiresSteps : numInferenceSteps; }

    // Fills width/height of 0 with the model's defaults.
    GenerationRequest withModelDefaults(SdModelKind kind) const;
    // The hires target for a first pass of w x h.
    static int hiresSide(int side, double scale);
    int hiresWidth() const { return hiresSide(width, hiresScale); }
    int hiresHeight() const { return hiresSide(height, hiresScale); }

    // Every out-of-range field is named in the message ("width must be a
    // multiple of 8 between 64 and 4096, got 500"). Sizes of 0 are valid
    // (model default).
    Result<void> validate() const;

    QJsonObject toJson() const;
    // Missing fields keep their defaults; a field of the wrong type or an
    // unknown sampler is an error naming the field; the result is validated.
    static Result<GenerationRequest> fromJson(const QJsonObject& json);
};

} // namespace hires
