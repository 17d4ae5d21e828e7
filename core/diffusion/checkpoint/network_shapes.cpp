#include "core/diffusion/checkpoint/network_shapes.h"

namespace hires {

namespace {

const std::vector<int64_t>* shapeOf(const StateDict& w, const std::string& name, size_t rank)
{
    const TensorRef* t = w.find(name);
    return t && t->shape.size() == rank ? &t->shape : nullptr;
}

// Number of consecutive indices i from 0 with `prefix + i + suffix` present.
int64_t countRun(const StateDict& w, const std::string& prefix, const std::string& suffix)
{
    int64_t n = 0;
    while (w.contains(prefix + std::to_string(n) + suffix))
        ++n;
    return n;
}

Error missing(const QString& what, const std::string& name)
{
    return makeError(ErrorCode::CorruptData,
                     QStringLiteral("%1 without %2").arg(what, QString::fromStdString(name)));
}

} // namespace

Result<nets::UNetConfig> unetConfigFromWeights(const StateDict& w, int64_t heads,
                                               int64_t headChannels)
{
    const QString what = QStringLiteral("UNet");
    const auto* convIn = shapeOf(w, "input_blocks.0.0.weight", 4);
    const auto* convOut = shapeOf(w, "out.2.weight", 4);
    const auto* crossKey = shapeOf(w, "middle_block.1.transformer_blocks.0.attn2.to_k.weight", 2);
    if (!convIn)
        return missing(what, "input_blocks.0.0.weight");
    if (!convOut)
        return missing(what, "out.2.weight");
    if (!crossKey)
        return missing(what, "middle_block.1.transformer_blocks.0.attn2.to_k.weight");
    nets::UNetConfig c;
    c.inChannels = (*convIn)[1];
    c.modelChannels = (*convIn)[0];
    c.outChannels = (*convOut)[0];
    c.contextDim = (*crossKey)[1];
    c.numHeads = heads;
    c.numHeadChannels = headChannels > 0 ? headChannels : -1;
    c.linearProjection = shapeOf(w, "middle_block.1.proj_in.weight", 2) != nullptr;
    c.middleDepth = countRun(w, "middle_block.1.transformer_blocks.", ".norm1.weight");
    if (const auto* label = shapeOf(w, "label_emb.0.0.weight", 2))
        c.admInChannels = (*label)[1];
    c.channelMult.clear();
    c.attentionResolutions.clear();
    c.transformerDepth.clear();
    // Walk input_blocks: ResBlocks (with optional transformer) per level, then a Downsample.
    c.numResBlocks = 0;
    int64_t n = 1, ds = 1, resInLevel = 0, depthInLevel = 0;
    int64_t levelChannels = c.modelChannels;
    auto closeLevel = [&] {
        c.channelMult.push_back(levelChannels / c.modelChannels);
        c.transformerDepth.push_back(depthInLevel > 0 ? depthInLevel : 1);
        if (depthInLevel > 0)
            c.attentionResolutions.push_back(ds);
        if (c.numResBlocks == 0)
            c.numResBlocks = resInLevel;
        resInLevel = depthInLevel = 0;
    };
    for (;; ++n) {
        const std::string block = "input_blocks." + std::to_string(n) + ".";
        if (const auto* out = shapeOf(w, block + "0.out_layers.3.weight", 4)) {
            levelChannels = (*out)[0];
            ++resInLevel;
            depthInLevel = countRun(w, block + "1.transformer_blocks.", ".norm1.weight");
        } else if (w.contains(block + "0.op.weight")) {
            closeLevel();
            ds *= 2;
        } else {
            break;
        }
    }
    if (resInLevel == 0)
        return missing(what, "input_blocks.*.0.out_layers.3.weight");
    closeLevel();
    if (c.middleDepth == 0)
        return missing(what, "middle_block.1.transformer_blocks.0");
    return c;
}

Result<nets::VaeConfig> vaeConfigFromWeights(const StateDict& w, double scaleFactor)
{
    const QString what = QStringLiteral("VAE");
    const auto* convIn = shapeOf(w, "encoder.conv_in.weight", 4);
    const auto* decoderIn = shapeOf(w, "decoder.conv_in.weight", 4);
    const auto* decoderOut = shapeOf(w, "decoder.conv_out.weight", 4);
    const auto* postQuant = shapeOf(w, "post_quant_conv.weight", 4);
    if (!convIn)
        return missing(what, "encoder.conv_in.weight");
    if (!decoderIn)
        return missing(what, "decoder.conv_in.weight");
    if (!decoderOut)
        return missing(what, "decoder.conv_out.weight");
    if (!postQuant)
        return missing(what, "post_quant_conv.weight");
    nets::VaeConfig c;
    c.inChannels = (*convIn)[1];
    c.ch = (*convIn)[0];
    c.outChannels = (*decoderOut)[0];
    c.zChannels = (*decoderIn)[1];
    c.embedDim = (*postQuant)[1];
    c.scaleFactor = scaleFactor;
    c.numResBlocks = countRun(w, "encoder.down.0.block.", ".conv1.weight");
    c.chMult.clear();
    for (int64_t level = 0;; ++level) {
        const auto* conv =
            shapeOf(w, "encoder.down." + std::to_string(level) + ".block.0.conv2.weight", 4);
        if (!conv)
            break;
        c.chMult.push_back((*conv)[0] / c.ch);
    }
    if (c.chMult.empty() || c.numResBlocks == 0)
        return missing(what, "encoder.down.0.block.0");
    return c;
}

} // namespace hires
