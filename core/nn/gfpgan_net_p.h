// Private: GFPGANv1Clean, the network of GFPGAN v1.3 / v1.4, with the
// upstream child names so GFPGANv1.4.pth loads by lookup: conv_body_first,
// conv_body_down.N (ResBlock down), final_conv, final_linear, conv_body_up.N
// (ResBlock up), condition_scale.N / condition_shift.N (conv, lrelu, conv as
// ".0" and ".2"), toRGB.N and stylegan_decoder.* (stylegan2_decoder_p.h).
//
// Contract: forward() takes aligned faces [B, 3, outSize, outSize], RGB in
// [-1, 1], and returns the restored faces in the same layout (not clamped).
// Deterministic: the stored noise buffers are used. toRGB.N are the U-Net's
// intermediate images, used by upstream only for training losses: they are
// loaded (they are in the file) but not computed. Not thread-safe: one
// worker drives a network at a time, inside an InferenceMode guard.
#pragma once

#include "core/base/result.h"
#include "core/nn/gfpgan_spec.h"
#include "core/nn/stylegan2_decoder_p.h"

#include <torch/nn/module.h>
#include <torch/nn/modules/container/modulelist.h>
#include <torch/nn/modules/container/sequential.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/linear.h>

#include <vector>

namespace hires {

// conv3x3 -> lrelu -> bilinear resize -> conv3x3 -> lrelu, plus a resized 1x1 skip.
class GfpganResBlockImpl : public torch::nn::Module
{
public:
    GfpganResBlockImpl(int64_t in, int64_t out, double factor);
    at::Tensor forward(const at::Tensor& x); // [B, in, H, W] -> [B, out, H*f, W*f]

private:
    double m_factor;
    torch::nn::Conv2d m_conv1{nullptr}, m_conv2{nullptr}, m_skip{nullptr};
};
TORCH_MODULE(GfpganResBlock);

class GfpganNetImpl : public torch::nn::Module
{
public:
    explicit GfpganNetImpl(const GfpganSpec& spec);
    at::Tensor forward(const at::Tensor& x);
    const GfpganSpec& spec() const { return m_spec; }

private:
    GfpganSpec m_spec;
    torch::nn::Conv2d m_convFirst{nullptr}, m_finalConv{nullptr};
    torch::nn::Linear m_finalLinear{nullptr};
    std::vector<GfpganResBlock> m_down, m_up;
    std::vector<torch::nn::Sequential> m_conditionScale, m_conditionShift;
    StyleGan2Decoder m_decoder{nullptr};
};
TORCH_MODULE(GfpganNet);

struct GfpganLoadInfo
{
    GfpganSpec spec;
    int loadedTensors = 0;      // tensors copied into the network
    int unusedTensors = 0;      // known-unused tensors of the file (style_mlp.*), skipped
    int64_t parameterCount = 0; // of the network as built
};

// Detects the configuration, builds the network (CPU, fp32, eval mode) and
// loads every tensor strictly: any missing, unexpected or mismatched key
// fails with a message naming a few of them. The known-unused mapping
// network weights are skipped and counted in `info`.
Result<GfpganNet> createGfpganNet(const StateDict& weights, GfpganLoadInfo* info = nullptr);

} // namespace hires
