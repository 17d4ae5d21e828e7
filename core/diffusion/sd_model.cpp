#include "core/diffusion/sd_model_p.h"

#include "core/diffusion/checkpoint/sd_checkpoint_reader.h"
#include "core/diffusion/diffusion_tr_p.h"
#include "core/diffusion/latent_noise_p.h"
#include "core/diffusion/nets/sdxl_conditioning_p.h"
#include "core/image/tensor_convert_p.h"

#include <QDir>

#include <opencv2/imgproc.hpp>

namespace hires {

namespace {

at::Tensor tokensOf(const PromptChunk& chunk, at::Device device)
{
    std::vector<int64_t> ids(chunk.ids.begin(), chunk.ids.end());
    return at::tensor(ids, at::TensorOptions().dtype(at::kLong)).reshape({1, -1}).to(device);
}

// A1111 process_tokens: z * weights, then rescaled to the unweighted mean.
at::Tensor applyWeights(const at::Tensor& z, const std::vector<double>& multipliers)
{
    const at::Tensor original = z.to(at::kFloat);
    const at::Tensor weights = at::tensor(multipliers, at::TensorOptions().dtype(at::kDouble))
                                   .to(original.device(), at::kFloat)
                                   .reshape({1, -1, 1});
    const at::Tensor originalMean = original.mean();
    at::Tensor weighted = original * weights;
    weighted = weighted * (originalMean / weighted.mean());
    return weighted;
}

} // namespace

Result<std::shared_ptr<SdModel>> SdModel::load(const QString& checkpoint,
                                               const TokenizerLocation& tokenizer,
                                               at::Device device, bool halfPrecision)
{
    Result<SdComponents> parts = SdCheckpointReader::read(checkpoint);
    if (!parts)
        return parts.error();
    Result<ClipTokenizer> tok = ClipTokenizer::load(tokenizer.path);
    if (!tok)
        return tok.error();
    Result<nets::SdNetworks> nets = nets::loadSdNetworks(*parts, {device, halfPrecision});
    if (!nets)
        return nets.error().withContext(QDir::toNativeSeparators(checkpoint));

    const int64_t vocab = nets->clip ? nets->clip->config().vocab : nets->openClip->config().vocab;
    if (tok->vocabularySize() > vocab)
        return makeError(ErrorCode::InvalidArgument,
                         DiffusionTr::tr("The tokenizer at %1 has %2 tokens but the text encoder "
                                         "of %3 knows only %4: it belongs to another model")
                             .arg(QDir::toNativeSeparators(tokenizer.path))
                             .arg(tok->vocabularySize())
                             .arg(QDir::toNativeSeparators(checkpoint))
                             .arg(vocab));

    std::shared_ptr<SdModel> model(new SdModel());
    model->m_nets = std::move(*nets);
    model->m_checkpoint = checkpoint;
    model->m_tokenizer = tokenizer;
    model->m_device = device;
    model->m_chunker.emplace(*tok, tok->eosId());
    model->m_openChunker.emplace(*tok, ClipTokenizer::kOpenClipPadId);
    return model;
}

at::Tensor SdModel::encodeChunks(const std::vector<PromptChunk>& chunks,
                                 const std::vector<PromptChunk>& openChunks, int clipSkip,
                                 at::Tensor* pooled) const
{
    std::vector<at::Tensor> parts;
    const SdModelKind kind = m_nets.info.kind;
    for (size_t i = 0; i < chunks.size(); ++i) {
        const at::Tensor tokens = tokensOf(chunks[i], m_device);
        if (kind == SdModelKind::SdxlBase) {
            const nets::SdxlTextConditioning c = nets::encodeSdxlText(
                *m_nets.clip, *m_nets.openClip, tokens, tokensOf(openChunks[i], m_device));
            // Each encoder's half is weighted on its own, as A1111 runs two embedders.
            const int64_t widthL = m_nets.clip->config().width;
            const int64_t widthG = c.context.size(-1) - widthL;
            parts.push_back(at::cat(
                {applyWeights(c.context.narrow(-1, 0, widthL), chunks[i].multipliers),
                 applyWeights(c.context.narrow(-1, widthL, widthG), openChunks[i].multipliers)},
                -1));
            if (i == 0 && pooled)
                *pooled = c.pooled.to(at::kFloat);
        } else if (m_nets.openClip) { // SD 2.x single file: ln_final(penultimate)
            const at::Tensor open = tokensOf(openChunks[i], m_device);
            const at::Tensor z =
                m_nets.openClip->finalNorm(m_nets.openClip->forward(open).penultimate);
            parts.push_back(applyWeights(z, openChunks[i].multipliers));
        } else {
            const int skip = kind == SdModelKind::Sd2 ? 2 : clipSkip;
            parts.push_back(
                applyWeights(m_nets.clip->encodeWithSkip(tokens, skip), chunks[i].multipliers));
        }
    }
    return at::cat(parts, 1);
}

Result<GuidanceConditioning> SdModel::encodePrompts(const QString& prompt, const QString& negative,
                                                    int clipSkip) const
{
    Result<ChunkedPrompt> cond = m_chunker->chunk(prompt);
    Result<ChunkedPrompt> uncond = m_chunker->chunk(negative);
    Result<ChunkedPrompt> openCond = m_openChunker->chunk(prompt);
    Result<ChunkedPrompt> openUncond = m_openChunker->chunk(negative);
    for (const auto* r : {&cond, &uncond, &openCond, &openUncond})
        if (!*r)
            return r->error();
    // The shorter side gets chunks of the empty prompt (A1111 pads with them).
    const size_t chunks = std::max(cond->chunks.size(), uncond->chunks.size());
    const PromptChunk empty = m_chunker->chunk(std::vector<WeightedText>{}).chunks.front();
    const PromptChunk openEmpty = m_openChunker->chunk(std::vector<WeightedText>{}).chunks.front();
    for (ChunkedPrompt* p : {&*cond, &*uncond})
        p->chunks.resize(chunks, empty);
    for (ChunkedPrompt* p : {&*openCond, &*openUncond})
        p->chunks.resize(chunks, openEmpty);

    GuidanceConditioning out;
    out.cond.context = encodeChunks(cond->chunks, openCond->chunks, clipSkip, &out.cond.pooled);
    out.uncond.context =
        encodeChunks(uncond->chunks, openUncond->chunks, clipSkip, &out.uncond.pooled);
    if (m_nets.info.kind == SdModelKind::SdxlBase && negative.isEmpty()) {
        out.uncond.context = at::zeros_like(out.uncond.context);
        out.uncond.pooled = at::zeros_like(out.uncond.pooled);
    }
    return out;
}

NetworkFunction SdModel::pairNetwork(const GuidanceConditioning& c, int64_t height,
                                     int64_t width) const
{
    const at::ScalarType dtype = m_nets.dtype;
    const at::Tensor context = at::cat({c.cond.context, c.uncond.context}).to(dtype);
    at::Tensor y;
    if (m_nets.info.kind == SdModelKind::SdxlBase) {
        // A1111: the pass's own size as original and target, no crop.
        const nets::SdxlSizeConditioning sizes{height, width, 0, 0, height, width};
        y = at::cat({nets::sdxlVectorConditioning(c.cond.pooled, sizes),
                     nets::sdxlVectorConditioning(c.uncond.pooled, sizes)})
                .to(dtype);
    }
    nets::UNet unet = m_nets.unet;
    return [unet, context, y, dtype](const at::Tensor& x, const at::Tensor& t) {
        const int64_t repeat = x.size(0) / context.size(0);
        const at::Tensor ctx = repeat > 1 ? context.repeat_interleave(repeat, 0) : context;
        const at::Tensor yy = y.defined() && repeat > 1 ? y.repeat_interleave(repeat, 0) : y;
        return unet->forward(x.to(dtype), t.to(at::kFloat), ctx, yy).to(x.scalar_type());
    };
}

at::Tensor bgrToUnitRange(const cv::Mat& bgr)
{
    Result<ImageTensor> t = matToTensor(bgr);
    TORCH_CHECK(t.ok(), "cannot convert the image to a tensor");
    return t->rgb * 2.0 - 1.0;
}

at::Tensor SdModel::encodeImage(const cv::Mat& bgr, uint64_t seed) const
{
    const at::Tensor image = bgrToUnitRange(bgr).to(m_device);
    const at::Tensor moments = m_nets.vae->moments(image);
    const int64_t c = m_nets.info.vae.embedDim;
    const at::Tensor mean = moments.narrow(1, 0, c);
    const at::Tensor std = moments.narrow(1, c, c).clamp(-30.0, 20.0).mul(0.5).exp();
    // CPU noise so that a seed gives the same latent on every device.
    const at::Tensor noise = LatentNoise::randn(seed, mean.sizes()).to(mean.device());
    return ((mean + std * noise) * m_nets.info.vae.scaleFactor).to(at::kFloat);
}

cv::Mat SdModel::decodeLatent(const at::Tensor& latent) const
{
    const at::Tensor image = m_nets.vae->decodeTiled(latent.to(m_device, at::kFloat));
    // [1, 3, H, W] -> H x W x 3 uint8, truncated like A1111's astype(np.uint8).
    const at::Tensor hwc = nets::vaeOutputToUnit(image)
                               .mul(255.0)
                               .to(at::kCPU)
                               .squeeze(0)
                               .permute({1, 2, 0})
                               .flip({2}) // RGB -> BGR
                               .to(at::kByte)
                               .contiguous();
    cv::Mat out(int(hwc.size(0)), int(hwc.size(1)), CV_8UC3);
    std::memcpy(out.data, hwc.data_ptr<uint8_t>(), size_t(hwc.numel()));
    return out;
}

cv::Mat latentPreview(const at::Tensor& latent, SdModelKind kind)
{
    // Rows: latent channels; columns: R, G, B (A1111 sd_vae_approx "cheap").
    static const float kSd[4][3] = {{0.3512f, 0.2297f, 0.3227f},
                                    {0.3250f, 0.4974f, 0.2350f},
                                    {-0.2829f, 0.1762f, 0.2721f},
                                    {-0.2120f, -0.2616f, -0.7177f}};
    static const float kSdxl[4][3] = {{0.3920f, 0.4054f, 0.4549f},
                                      {-0.2634f, -0.0196f, 0.0653f},
                                      {0.0568f, 0.1687f, -0.0755f},
                                      {-0.3112f, -0.2359f, -0.2076f}};
    const auto& factors = kind == SdModelKind::SdxlBase ? kSdxl : kSd;
    const at::Tensor matrix =
        at::from_blob(const_cast<float*>(&factors[0][0]), {4, 3}, at::kFloat).clone();
    const at::Tensor z = latent.detach().to(at::kCPU, at::kFloat)[0]; // [4, h, w]
    if (z.size(0) != 4)
        return {};
    const at::Tensor rgb = at::einsum("chw,cr->hwr", {z, matrix});
    const at::Tensor bgr =
        rgb.add(1.0).mul(127.5).clamp(0.0, 255.0).flip({2}).to(at::kByte).contiguous();
    cv::Mat out(int(bgr.size(0)), int(bgr.size(1)), CV_8UC3);
    std::memcpy(out.data, bgr.data_ptr<uint8_t>(), size_t(bgr.numel()));
    return out;
}

} // namespace hires
