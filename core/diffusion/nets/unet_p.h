// Private: openaimodel.UNetModel (SD 1.x, SD 2.x, SDXL base) with the child
// names of the checkpoints under "model.diffusion_model.": time_embed.{0,2},
// label_emb.0.{0,2}, input_blocks.N.M, middle_block.M, output_blocks.N.M,
// out.{0,2}; Downsample "op", Upsample "conv".
//
// Contract: build with ParamOptions::meta() to list names and shapes without
// memory; load weights with loadModuleWeights(); call applyPreferredLayout()
// after loading (channels-last on the CPU). forward() is not thread-safe
// with respect to moving the module; run it under c10::InferenceMode.
#pragma once

#include "core/diffusion/nets/res_block_p.h"
#include "core/diffusion/nets/resample_p.h"
#include "core/diffusion/nets/spatial_transformer_p.h"
#include "core/diffusion/nets/unet_config.h"

#include <variant>
#include <vector>

namespace hires::nets {

// TimestepEmbedSequential: layers numbered from 0, each fed what it needs.
class UNetBlockImpl : public torch::nn::Module
{
public:
    using Layer = std::variant<Conv2d, ResBlock, SpatialTransformer, Downsample, Upsample>;
    template <typename Holder> void append(Holder layer)
    {
        register_module(std::to_string(m_layers.size()), layer.ptr());
        m_layers.emplace_back(std::move(layer));
    }
    at::Tensor forward(at::Tensor x, const at::Tensor& embSilu, const at::Tensor& context) const;

private:
    std::vector<Layer> m_layers;
};
TORCH_MODULE(UNetBlock);

class UNetImpl : public torch::nn::Module
{
public:
    explicit UNetImpl(const UNetConfig& config, const ParamOptions& options = {});
    // x: [B, 4, h, w] latents (h, w multiples of 2^(levels-1)); t: [B] float
    // timesteps (fractional allowed); context: [B, M, contextDim]; y: [B, admIn]
    // for SDXL, undefined otherwise. Returns [B, 4, h, w] (eps or v, per model).
    at::Tensor forward(const at::Tensor& x, const at::Tensor& t, const at::Tensor& context,
                       const at::Tensor& y = {}) const;
    const UNetConfig& config() const { return m_config; }

private:
    UNetConfig m_config;
    Linear m_time0{nullptr}, m_time2{nullptr}, m_label0{nullptr}, m_label2{nullptr};
    std::vector<UNetBlock> m_input, m_output;
    UNetBlock m_middle{nullptr};
    GroupNorm m_outNorm{nullptr};
    Conv2d m_outConv{nullptr};
};
TORCH_MODULE(UNet);

} // namespace hires::nets
