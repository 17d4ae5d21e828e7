// The "parameters" text AUTOMATIC1111 writes into its PNGs (tEXt chunk
// "parameters"), written from a GenerationRequest and parsed back so that a
// dropped PNG restores its settings:
//
//   a castle on a hill, (masterpiece:1.2)
//   Negative prompt: blurry
//   Steps: 25, Sampler: Euler a, CFG scale: 7, Seed: 1234, Size: 768x768,
//   Model: sdxl_base, Denoising strength: 0.7, Hires upscale: 2,
//   Hires steps: 10, Hires upscaler: R-ESRGAN 4x+, Face restoration: GFPGAN,
//   Face restoration weight: 0.6
//
// (the last line is one line). Keys follow A1111 ("Hires upscaler" values
// "R-ESRGAN 4x+", "Lanczos", "Latent"); "Face restoration weight", "Init
// image" and "Strength" are ours. Values with a comma, colon or quote are
// quoted as A1111 quotes them. Parsing accepts A1111's own files: unknown
// keys are kept aside, never an error; the prompt may span several lines.
//
// Contract: pure functions, thread-safe; torch-free.
#pragma once

#include "core/base/result.h"
#include "core/diffusion/generation_request.h"

#include <QString>

#include <map>

namespace hires {

struct ParsedGenerationParameters
{
    GenerationRequest request;
    std::map<QString, QString> otherKeys; // "Model hash", "VAE", ... as written
};

class GenerationParameters
{
public:
    static inline const QString kPngKey = QStringLiteral("parameters");

    // `seed`: the seed actually used (the request may say -1); `modelName`
    // goes into "Model" (empty: left out).
    static QString format(const GenerationRequest& request, int64_t seed,
                          const QString& modelName = {});
    // An error only when the text has no settings line at all.
    static Result<ParsedGenerationParameters> parse(const QString& text);
};

} // namespace hires
