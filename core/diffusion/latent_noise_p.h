// Private: seeded Gaussian noise for latents, drawn the way AUTOMATIC1111
// (with the CPU random source) and diffusers with a CPU generator draw it:
// a CPU generator per image seeded with that image's seed, standard normal
// float32 on the CPU, then moved to the latent's device and dtype. The same
// generators keep going for the per-step noise of ancestral samplers, so a
// seed reproduces a whole run on any device.
//
// Contract: not thread-safe (one per sampling run); owns its generators.
#pragma once

#include <ATen/ATen.h>

#include <cstdint>
#include <vector>

namespace hires {

class LatentNoise
{
public:
    // One generator per image of the batch.
    explicit LatentNoise(std::vector<uint64_t> seeds);

    size_t batchSize() const { return m_generators.size(); }

    // Standard normal noise shaped like `like` ([B, ...] with B ==
    // batchSize()): row i from generator i, on like's device and dtype.
    at::Tensor next(const at::Tensor& like);
    // The same for an explicit shape ([B, ...]) and options.
    at::Tensor next(at::IntArrayRef shape, const at::TensorOptions& options);

    // torch.randn(shape, generator=torch.Generator().manual_seed(seed)).
    static at::Tensor randn(uint64_t seed, at::IntArrayRef shape);

private:
    std::vector<at::Generator> m_generators;
};

} // namespace hires
