// Private: SDXL's conditioning (sgm GeneralConditioner with sd_xl_base.yaml):
// the cross-attention context and the 2816-wide vector y.
#pragma once

#include "core/diffusion/nets/clip_text_encoder_p.h"
#include "core/diffusion/nets/open_clip_text_encoder_p.h"

namespace hires::nets {

struct SdxlSizeConditioning
{
    // (height, width) order as upstream; A1111 uses the pass's size for both
    // original and target and (0, 0) for the crop.
    int64_t originalHeight = 1024, originalWidth = 1024;
    int64_t cropTop = 0, cropLeft = 0;
    int64_t targetHeight = 1024, targetWidth = 1024;
};

struct SdxlTextConditioning
{
    at::Tensor context; // [B, N, 2048] = cat(CLIP-L hidden[11], bigG penultimate)
    at::Tensor pooled;  // [B, 1280] bigG pooled
};

// clipTokens: [B, N] for CLIP-L (padded with 49407); openClipTokens: [B, N]
// for bigG (padded with 0). CLIP-L contributes its penultimate layer without
// final_layer_norm (layer_idx 11), bigG its penultimate output without ln_final.
SdxlTextConditioning encodeSdxlText(const ClipTextEncoderImpl& clipL,
                                    const OpenClipTextEncoderImpl& bigG,
                                    const at::Tensor& clipTokens, const at::Tensor& openClipTokens);

// The rule of sgm's force_zero_embeddings=['txt'] as A1111 applies it: for an
// empty negative prompt the unconditional context and pooled vector are
// zeros (not the encoding of ""). Returns zeros shaped like `conditioning`.
SdxlTextConditioning zeroTextConditioning(const SdxlTextConditioning& conditioning);

// y = cat(pooled, e(origH), e(origW), e(cropTop), e(cropLeft), e(targetH),
// e(targetW)) with e = 256-wide timestep embedding: [B, 1280 + 6 * 256].
at::Tensor sdxlVectorConditioning(const at::Tensor& pooled, const SdxlSizeConditioning& sizes);

} // namespace hires::nets
