#include "core/diffusion/nets/unet_p.h"

#include "core/diffusion/nets/timestep_embedding_p.h"
#include "core/nn/conv_util_p.h"

namespace hires::nets {

at::Tensor UNetBlockImpl::forward(at::Tensor x, const at::Tensor& embSilu,
                                  const at::Tensor& context) const
{
    for (const Layer& layer : m_layers) {
        std::visit(
            [&](const auto& m) {
                using T = std::decay_t<decltype(m)>;
                if constexpr (std::is_same_v<T, ResBlock>)
                    x = m->forward(x, embSilu);
                else if constexpr (std::is_same_v<T, SpatialTransformer>)
                    x = m->forward(x, context);
                else
                    x = m->forward(x);
            },
            layer);
    }
    return x;
}

UNetImpl::UNetImpl(const UNetConfig& c, const ParamOptions& options)
    : m_config(c)
{
    const int64_t embDim = c.timeEmbedDim();
    auto& time = addIndexedChild(*this, "time_embed");
    m_time0 = addAt(time, 0, Linear(c.modelChannels, embDim, true, options));
    m_time2 = addAt(time, 2, Linear(embDim, embDim, true, options));
    if (c.admInChannels > 0) {
        auto& label = addIndexedChild(addIndexedChild(*this, "label_emb"), "0");
        m_label0 = addAt(label, 0, Linear(c.admInChannels, embDim, true, options));
        m_label2 = addAt(label, 2, Linear(embDim, embDim, true, options));
    }
    auto transformer = [&](int64_t ch, int64_t depth) {
        return SpatialTransformer(ch, c.headsAt(ch), c.headDimAt(ch), depth, c.contextDim,
                                  c.linearProjection, options);
    };

    auto& inputs = addIndexedChild(*this, "input_blocks");
    auto newBlock = [](torch::nn::Module& list, std::vector<UNetBlock>& blocks) -> UNetBlockImpl& {
        blocks.push_back(addAt(list, int(blocks.size()), UNetBlock()));
        return *blocks.back();
    };
    newBlock(inputs, m_input).append(Conv2d(c.inChannels, c.modelChannels, 3, 1, 1, options));
    std::vector<int64_t> skipChannels{c.modelChannels};
    int64_t ch = c.modelChannels, ds = 1;
    const int64_t levels = int64_t(c.channelMult.size());
    for (int64_t level = 0; level < levels; ++level) {
        for (int64_t i = 0; i < c.numResBlocks; ++i) {
            UNetBlockImpl& block = newBlock(inputs, m_input);
            const int64_t out = c.channelMult[level] * c.modelChannels;
            block.append(ResBlock(ch, embDim, out, options));
            ch = out;
            if (c.hasAttention(ds))
                block.append(transformer(ch, c.transformerDepth[level]));
            skipChannels.push_back(ch);
        }
        if (level != levels - 1) {
            newBlock(inputs, m_input).append(Downsample(ch, options));
            skipChannels.push_back(ch);
            ds *= 2;
        }
    }

    m_middle = register_module("middle_block", UNetBlock());
    m_middle->append(ResBlock(ch, embDim, ch, options));
    m_middle->append(transformer(ch, c.middleDepth));
    m_middle->append(ResBlock(ch, embDim, ch, options));

    auto& outputs = addIndexedChild(*this, "output_blocks");
    for (int64_t level = levels - 1; level >= 0; --level) {
        for (int64_t i = 0; i <= c.numResBlocks; ++i) {
            UNetBlockImpl& block = newBlock(outputs, m_output);
            const int64_t out = c.channelMult[level] * c.modelChannels;
            block.append(ResBlock(ch + skipChannels.back(), embDim, out, options));
            skipChannels.pop_back();
            ch = out;
            if (c.hasAttention(ds))
                block.append(transformer(ch, c.transformerDepth[level]));
            if (level > 0 && i == c.numResBlocks) {
                block.append(Upsample(ch, options));
                ds /= 2;
            }
        }
    }
    auto& outLayers = addIndexedChild(*this, "out");
    m_outNorm = addAt(outLayers, 0, GroupNorm(32, ch, 1e-5, options));
    m_outConv = addAt(outLayers, 2, Conv2d(ch, c.outChannels, 3, 1, 1, options));
}

at::Tensor UNetImpl::forward(const at::Tensor& x, const at::Tensor& t, const at::Tensor& context,
                             const at::Tensor& y) const
{
    const auto dtype = m_time0->weight().scalar_type();
    at::Tensor emb = timestepEmbedding(t, m_config.modelChannels).to(dtype); // [B, 320]
    at::Tensor hidden = m_time0->forward(emb);
    emb = m_time2->forward(at::silu_(hidden)); // [B, 1280]
    if (m_label0) {
        TORCH_CHECK(y.defined(), "this UNet needs the vector conditioning y");
        at::Tensor label = m_label0->forward(y.to(dtype));
        emb.add_(m_label2->forward(at::silu_(label)));
    }
    // Every ResBlock starts its emb_layers with SiLU: apply it once.
    const at::Tensor embSilu = at::silu(emb);
    const at::Tensor ctx = context.to(dtype);

    std::vector<at::Tensor> skips;
    at::Tensor h = preferredLayout(x.to(dtype));
    for (const auto& block : m_input) {
        h = block->forward(h, embSilu, ctx);
        skips.push_back(h);
    }
    h = m_middle->forward(h, embSilu, ctx);
    for (const auto& block : m_output) {
        h = at::cat({h, skips.back()}, 1);
        skips.pop_back();
        h = block->forward(h, embSilu, ctx);
    }
    return m_outConv->forward(m_outNorm->forwardSilu(h)).contiguous(); // [B, 4, h, w]
}

} // namespace hires::nets
