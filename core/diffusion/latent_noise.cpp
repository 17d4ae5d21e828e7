#include "core/diffusion/latent_noise_p.h"

#include <ATen/CPUGeneratorImpl.h>

#include <stdexcept>

namespace hires {

LatentNoise::LatentNoise(std::vector<uint64_t> seeds)
{
    m_generators.reserve(seeds.size());
    for (uint64_t seed : seeds)
        m_generators.push_back(at::detail::createCPUGenerator(seed));
}

at::Tensor LatentNoise::next(const at::Tensor& like)
{
    return next(like.sizes(), like.options());
}

at::Tensor LatentNoise::next(at::IntArrayRef shape, const at::TensorOptions& options)
{
    if (shape.empty() || shape[0] != int64_t(m_generators.size()))
        throw std::invalid_argument(
            "LatentNoise: the batch size does not match the number of seeds");
    const at::IntArrayRef perImage = shape.slice(1);
    std::vector<at::Tensor> rows;
    rows.reserve(m_generators.size());
    for (at::Generator& generator : m_generators)
        rows.push_back(at::randn(perImage, generator, at::TensorOptions().dtype(at::kFloat)));
    return at::stack(rows).to(options.device(), options.dtype().toScalarType());
}

at::Tensor LatentNoise::randn(uint64_t seed, at::IntArrayRef shape)
{
    at::Generator generator = at::detail::createCPUGenerator(seed);
    return at::randn(shape, generator, at::TensorOptions().dtype(at::kFloat));
}

} // namespace hires
