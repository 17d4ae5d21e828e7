#include "core/diffusion/nets/sdxl_conditioning_p.h"

#include "core/diffusion/nets/timestep_embedding_p.h"

namespace hires::nets {

namespace {
constexpr int64_t kClipLLayer = 11; // sgm FrozenCLIPEmbedder(layer="hidden", layer_idx=11)
constexpr int64_t kSizeEmbedding = 256;
} // namespace

SdxlTextConditioning encodeSdxlText(const ClipTextEncoderImpl& clipL,
                                    const OpenClipTextEncoderImpl& bigG,
                                    const at::Tensor& clipTokens, const at::Tensor& openClipTokens)
{
    ClipTextOutput l = clipL.forward(clipTokens);
    OpenClipTextOutput g = bigG.forward(openClipTokens);
    TORCH_CHECK(int64_t(l.hidden.size()) > kClipLLayer, "CLIP-L has too few layers for SDXL");
    SdxlTextConditioning out;
    out.context = at::cat({l.hidden[size_t(kClipLLayer)], g.penultimate.to(l.last.scalar_type())},
                          -1); // [B, N, 768 + 1280]
    out.pooled = g.pooled;
    return out;
}

SdxlTextConditioning zeroTextConditioning(const SdxlTextConditioning& conditioning)
{
    return {at::zeros_like(conditioning.context), at::zeros_like(conditioning.pooled)};
}

at::Tensor sdxlVectorConditioning(const at::Tensor& pooled, const SdxlSizeConditioning& s)
{
    const int64_t batch = pooled.size(0);
    const at::Tensor values = at::tensor(
        std::vector<float>{float(s.originalHeight), float(s.originalWidth), float(s.cropTop),
                           float(s.cropLeft), float(s.targetHeight), float(s.targetWidth)},
        at::TensorOptions().dtype(at::kFloat).device(pooled.device()));
    // [6, 256] -> [1, 1536] in (orig h, orig w, crop top, crop left, target h, target w) order.
    at::Tensor sizes = timestepEmbedding(values, kSizeEmbedding).reshape({1, -1});
    return at::cat({pooled.to(at::kFloat), sizes.expand({batch, sizes.size(1)})}, 1)
        .to(pooled.scalar_type());
}

} // namespace hires::nets
