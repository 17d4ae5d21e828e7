// The samplers a generation can use, with the names the CLI, the HTTP API
// and saved settings use ("euler_a", "euler", "dpmpp_2m", "dpmpp_2m_karras",
// "ddim") and the labels people know from AUTOMATIC1111 ("Euler a", ...).
//
// Contract: pure functions, thread-safe; torch-free (for ui/ and app/).
#pragma once

#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

namespace hires {

enum class SamplerKind
{
    EulerAncestral, // k-diffusion sample_euler_ancestral, eta 1
    Euler,          // sample_euler, no churn
    DpmPP2M,        // sample_dpmpp_2m on the default schedule
    DpmPP2MKarras,  // sample_dpmpp_2m on the Karras schedule
    Ddim,           // CompVis DDIM, eta 0, uniform timesteps
};

// Which sigmas a sampler walks (see NoiseSchedule).
enum class ScheduleKind
{
    Default,     // k-diffusion get_sigmas(n): t evenly spaced from T-1 to 0
    Karras,      // Karras et al., rho 7, between the model's sigma_min and sigma_max
    DdimUniform, // CompVis "uniform": t = 1, 1 + T/n, ... down to alphas_cumprod[0]
};

std::vector<SamplerKind> allSamplerKinds();
// "euler_a", ...: stable, never translated.
QString samplerKindId(SamplerKind kind);
// "Euler a", "DPM++ 2M Karras", ...: for people, translated.
QString samplerDisplayName(SamplerKind kind);
// "Euler a", ...: A1111's label untranslated, for files ("parameters" PNG text).
QString samplerA1111Label(SamplerKind kind);
// Accepts the id or the A1111 label, case-insensitively ("DPM++ 2M Karras").
std::optional<SamplerKind> parseSamplerKind(QStringView name);

ScheduleKind scheduleKindOf(SamplerKind kind);
// Whether the sampler draws fresh noise at each step (needs a LatentNoise).
bool isAncestral(SamplerKind kind);

} // namespace hires
