#include "core/diffusion/checkpoint/diffusers_layout.h"

#include <QDir>
#include <QFileInfo>

#include <cstring>
#include <map>
#include <optional>
#include <regex>

namespace hires {

namespace {

Error unknownKey(const QString& part, const std::string& name)
{
    return makeError(ErrorCode::CorruptData, QStringLiteral("unknown key in the diffusers %1: %2")
                                                 .arg(part, QString::fromStdString(name)));
}

// Replaces a leading `from` of the remainder; returns nullopt when absent.
std::optional<std::string> renameLeaf(const std::string& rest,
                                      const std::map<std::string, std::string>& names)
{
    for (const auto& [from, to] : names) {
        if (rest.compare(0, from.size(), from) == 0 &&
            (rest.size() == from.size() || rest[from.size()] == '.'))
            return to + rest.substr(from.size());
    }
    return std::nullopt;
}

const std::map<std::string, std::string> kUNetResnet{
    {"norm1", "in_layers.0"},  {"conv1", "in_layers.2"},  {"time_emb_proj", "emb_layers.1"},
    {"norm2", "out_layers.0"}, {"conv2", "out_layers.3"}, {"conv_shortcut", "skip_connection"}};

const std::map<std::string, std::string> kVaeResnet{{"norm1", "norm1"},
                                                    {"conv1", "conv1"},
                                                    {"norm2", "norm2"},
                                                    {"conv2", "conv2"},
                                                    {"conv_shortcut", "nin_shortcut"}};

// Older diffusers used query/key/value/proj_attn, newer to_q/to_k/to_v/to_out.0.
const std::map<std::string, std::string> kVaeAttention{
    {"group_norm", "norm"},   {"to_q", "q"},  {"to_k", "k"}, {"to_v", "v"},
    {"to_out.0", "proj_out"}, {"query", "q"}, {"key", "k"},  {"value", "v"},
    {"proj_attn", "proj_out"}};

int countIndices(const StateDict& dict, const std::regex& pattern)
{
    int highest = -1;
    std::smatch m;
    for (const std::string& name : dict.names()) {
        if (std::regex_search(name, m, pattern))
            highest = std::max(highest, std::stoi(m[1].str()));
    }
    return highest + 1;
}

bool hasPrefix(const StateDict& dict, const std::string& prefix)
{
    for (const std::string& name : dict.names()) {
        if (name.compare(0, prefix.size(), prefix) == 0)
            return true;
    }
    return false;
}

// A 2-D Linear weight [C, C] seen as a 1x1 convolution [C, C, 1, 1].
TensorRef asConv1x1(TensorRef t)
{
    if (t.shape.size() == 2) {
        t.shape.push_back(1);
        t.shape.push_back(1);
        t.strides.push_back(1);
        t.strides.push_back(1);
    }
    return t;
}

TensorRef transposed(TensorRef t)
{
    std::swap(t.shape[0], t.shape[1]);
    std::swap(t.strides[0], t.strides[1]);
    return t;
}

// Rows of a, b and c stacked in one new tensor ([3R, C] from three [R, C]).
std::optional<TensorRef> stackRows(const TensorRef& a, const TensorRef& b, const TensorRef& c)
{
    const TensorRef* parts[] = {&a, &b, &c};
    for (const TensorRef* p : parts) {
        if (!p->fitsStorage() || p->shape != a.shape || p->shape.empty())
            return std::nullopt;
    }
    const bool raw = a.isContiguous() && b.isContiguous() && c.isContiguous() &&
                     a.dtype == b.dtype && a.dtype == c.dtype;
    TensorRef out;
    out.dtype = raw ? a.dtype : DType::F32;
    out.shape = a.shape;
    out.shape[0] *= 3;
    out.strides = TensorRef::contiguousStrides(out.shape);
    const size_t item = dtypeSize(out.dtype);
    const size_t bytes = size_t(a.numel()) * item;
    std::vector<std::byte> data(3 * bytes);
    for (size_t i = 0; i < 3; ++i) {
        if (raw) {
            std::memcpy(data.data() + i * bytes,
                        parts[i]->storage->data() + size_t(parts[i]->offset) * item, bytes);
        } else {
            const std::vector<float> values = parts[i]->toFloatVector();
            std::memcpy(data.data() + i * bytes, values.data(), bytes);
        }
    }
    out.storage = std::make_shared<HeapStorage>(std::move(data));
    return out;
}

} // namespace

Result<StateDict> diffusersUNetToLdm(const StateDict& unet)
{
    const int resnets = countIndices(unet, std::regex(R"(^down_blocks\.0\.resnets\.(\d+)\.)"));
    if (resnets <= 0)
        return makeError(ErrorCode::CorruptData,
                         QStringLiteral("the diffusers UNet has no down_blocks.0.resnets"));
    const int perLevel = resnets + 1;
    static const std::regex block(
        R"(^(down|up)_blocks\.(\d+)\.(resnets|attentions|downsamplers|upsamplers)\.(\d+)\.(.+)$)");
    static const std::regex mid(R"(^mid_block\.(resnets|attentions)\.(\d+)\.(.+)$)");
    const std::map<std::string, std::string> top{{"conv_in", "input_blocks.0.0"},
                                                 {"time_embedding.linear_1", "time_embed.0"},
                                                 {"time_embedding.linear_2", "time_embed.2"},
                                                 {"add_embedding.linear_1", "label_emb.0.0"},
                                                 {"add_embedding.linear_2", "label_emb.0.2"},
                                                 {"conv_norm_out", "out.0"},
                                                 {"conv_out", "out.2"}};
    StateDict out;
    std::smatch m;
    for (const std::string& name : unet.names()) {
        std::optional<std::string> mapped;
        if (std::regex_match(name, m, block)) {
            const bool down = m[1] == "down";
            const int level = std::stoi(m[2]), index = std::stoi(m[4]);
            const std::string kind = m[3], rest = m[5];
            const std::string prefix = down ? "input_blocks." : "output_blocks.";
            if (kind == "resnets") {
                const int n = down ? 1 + level * perLevel + index : level * perLevel + index;
                if (auto leaf = renameLeaf(rest, kUNetResnet))
                    mapped = prefix + std::to_string(n) + ".0." + *leaf;
            } else if (kind == "attentions") {
                const int n = down ? 1 + level * perLevel + index : level * perLevel + index;
                mapped = prefix + std::to_string(n) + ".1." + rest;
            } else if (kind == "downsamplers" && rest.compare(0, 5, "conv.") == 0) {
                mapped = "input_blocks." + std::to_string((level + 1) * perLevel) + ".0.op." +
                         rest.substr(5);
            } else if (kind == "upsamplers") {
                const bool attn =
                    hasPrefix(unet, "up_blocks." + std::to_string(level) + ".attentions.");
                mapped = "output_blocks." + std::to_string(level * perLevel + resnets) +
                         (attn ? ".2." : ".1.") + rest;
            }
        } else if (std::regex_match(name, m, mid)) {
            const int index = std::stoi(m[2]);
            if (m[1] == "attentions")
                mapped = "middle_block.1." + m[3].str();
            else if (auto leaf = renameLeaf(m[3], kUNetResnet))
                mapped = "middle_block." + std::to_string(2 * index) + "." + *leaf;
        } else {
            mapped = renameLeaf(name, top);
        }
        if (!mapped)
            return unknownKey(QStringLiteral("UNet"), name);
        out.insert(*mapped, unet.at(name));
    }
    return out;
}

Result<StateDict> diffusersVaeToLdm(const StateDict& vae)
{
    const int upLevels = countIndices(vae, std::regex(R"(^decoder\.up_blocks\.(\d+)\.)"));
    static const std::regex block(
        R"(^(encoder|decoder)\.(down|up)_blocks\.(\d+)\.(resnets|downsamplers|upsamplers)\.(\d+)\.(.+)$)");
    static const std::regex mid(
        R"(^(encoder|decoder)\.mid_block\.(resnets|attentions)\.(\d+)\.(.+)$)");
    StateDict out;
    std::smatch m;
    for (const std::string& name : vae.names()) {
        std::optional<std::string> mapped;
        bool conv1x1 = false;
        if (std::regex_match(name, m, block)) {
            const std::string coder = m[1], kind = m[4], rest = m[6];
            const int level = std::stoi(m[3]);
            // diffusers counts decoder levels from the top; LDM's up.L from the bottom.
            const int ldmLevel = coder == "decoder" ? upLevels - 1 - level : level;
            const std::string base =
                coder + (coder == "encoder" ? ".down." : ".up.") + std::to_string(ldmLevel);
            if (kind == "resnets") {
                if (auto leaf = renameLeaf(rest, kVaeResnet))
                    mapped = base + ".block." + m[5].str() + "." + *leaf;
            } else {
                mapped = base + (kind == "downsamplers" ? ".downsample." : ".upsample.") + rest;
            }
        } else if (std::regex_match(name, m, mid)) {
            const std::string base = m[1].str() + ".mid.";
            if (m[2] == "resnets") {
                if (auto leaf = renameLeaf(m[4], kVaeResnet))
                    mapped = base + (m[3] == "0" ? "block_1." : "block_2.") + *leaf;
            } else if (auto leaf = renameLeaf(m[4], kVaeAttention)) {
                mapped = base + "attn_1." + *leaf;
                conv1x1 = true;
            }
        } else {
            mapped = renameLeaf(name, {{"encoder.conv_norm_out", "encoder.norm_out"},
                                       {"decoder.conv_norm_out", "decoder.norm_out"},
                                       {"encoder.conv_in", "encoder.conv_in"},
                                       {"encoder.conv_out", "encoder.conv_out"},
                                       {"decoder.conv_in", "decoder.conv_in"},
                                       {"decoder.conv_out", "decoder.conv_out"},
                                       {"quant_conv", "quant_conv"},
                                       {"post_quant_conv", "post_quant_conv"}});
        }
        if (!mapped)
            return unknownKey(QStringLiteral("VAE"), name);
        const TensorRef& t = vae.at(name);
        out.insert(*mapped, conv1x1 ? asConv1x1(t) : t);
    }
    return out;
}

Result<StateDict> hfClipToOpenClip(const StateDict& te)
{
    static const std::regex layer(R"(^text_model\.encoder\.layers\.(\d+)\.(.+)$)");
    static const std::regex qkv(R"(^self_attn\.([qkv])_proj\.(weight|bias)$)");
    const std::map<std::string, std::string> layerNames{{"self_attn.out_proj", "attn.out_proj"},
                                                        {"layer_norm1", "ln_1"},
                                                        {"layer_norm2", "ln_2"},
                                                        {"mlp.fc1", "mlp.c_fc"},
                                                        {"mlp.fc2", "mlp.c_proj"}};
    StateDict out;
    std::smatch m, part;
    for (const std::string& name : te.names()) {
        std::optional<std::string> mapped;
        const TensorRef& t = te.at(name);
        if (std::regex_match(name, m, layer)) {
            const std::string prefix = "transformer.resblocks." + m[1].str() + ".";
            const std::string rest = m[2];
            if (std::regex_match(rest, part, qkv)) {
                if (part[1] != "q")
                    continue; // joined with q below
                const std::string kind = part[2];
                const std::string base = "text_model.encoder.layers." + m[1].str() + ".self_attn.";
                const TensorRef* k = te.find(base + "k_proj." + kind);
                const TensorRef* v = te.find(base + "v_proj." + kind);
                std::optional<TensorRef> joined = k && v ? stackRows(t, *k, *v) : std::nullopt;
                if (!joined)
                    return makeError(ErrorCode::CorruptData,
                                     QStringLiteral("cannot join q/k/v projections of %1")
                                         .arg(QString::fromStdString(base)));
                out.insert(prefix + "attn.in_proj_" + kind, *joined);
                continue;
            }
            if (auto leaf = renameLeaf(rest, layerNames))
                mapped = prefix + *leaf;
        } else if (name == "text_model.embeddings.position_ids") {
            continue;
        } else if (name == "text_model.embeddings.position_embedding.weight") {
            mapped = "positional_embedding";
        } else if (name == "text_projection.weight" && t.shape.size() == 2) {
            out.insert("text_projection", transposed(t)); // Linear W [P, W] -> open_clip P = W^T
            continue;
        } else {
            mapped = renameLeaf(name, {{"text_model.embeddings.token_embedding", "token_embedding"},
                                       {"text_model.final_layer_norm", "ln_final"}});
        }
        if (!mapped)
            return unknownKey(QStringLiteral("text encoder"), name);
        out.insert(*mapped, t);
    }
    return out;
}

Result<SdComponents> fromDiffusers(const DiffusersParts& parts)
{
    if (parts.unet.empty() || parts.vae.empty() || parts.textEncoder.empty())
        return makeError(ErrorCode::UnsupportedFormat,
                         QStringLiteral("a diffusers folder needs unet, vae and text_encoder"));
    SdComponents out;
    Result<StateDict> unet = diffusersUNetToLdm(parts.unet);
    if (!unet)
        return unet.error();
    out.unet = std::move(*unet);
    Result<StateDict> vae = diffusersVaeToLdm(parts.vae);
    if (!vae)
        return vae.error();
    out.vae = std::move(*vae);
    for (const std::string& name : parts.textEncoder.names()) {
        if (name == "text_model.embeddings.position_ids")
            out.ignored.push_back("text_encoder/" + name);
        else
            out.textEncoder.insert(name, parts.textEncoder.at(name));
    }
    // SDXL base has label_emb (add_embedding) and a second text encoder; the
    // refiner has only text_encoder_2. SD 2.x has a 1024-wide context.
    SdModelKind kind = SdModelKind::Sd1;
    if (out.unet.contains("label_emb.0.0.weight")) {
        if (parts.textEncoder2.empty())
            return makeError(ErrorCode::Unsupported,
                             QStringLiteral("an SDXL UNet without text_encoder_2 (a refiner?) "
                                            "is not supported"));
        kind = SdModelKind::SdxlBase;
        Result<StateDict> te2 = hfClipToOpenClip(parts.textEncoder2);
        if (!te2)
            return te2.error().withContext(QStringLiteral("text_encoder_2"));
        out.textEncoder2 = std::move(*te2);
    } else if (const TensorRef* k =
                   out.unet.find("middle_block.1.transformer_blocks.0.attn2.to_k.weight");
               k && k->shape.size() == 2 && k->shape[1] == 1024) {
        kind = SdModelKind::Sd2;
    }
    Result<SdModelInfo> info = describeSdModel(kind, out.unet, out.vae);
    if (!info)
        return info.error();
    out.info = *info;
    out.info.textEncoderNaming = TextEncoderNaming::HfClip;
    return out;
}

DiffusersFiles locateDiffusersFiles(const QString& folder)
{
    const QDir dir(folder);
    auto pick = [&](const QString& sub, const QString& stem) {
        for (const QString& suffix :
             {QStringLiteral(".safetensors"), QStringLiteral(".fp16.safetensors"),
              QStringLiteral(".bin"), QStringLiteral(".fp16.bin")}) {
            const QString path = dir.filePath(sub + QLatin1Char('/') + stem + suffix);
            if (QFileInfo::exists(path))
                return path;
        }
        return QString();
    };
    DiffusersFiles files;
    files.unet = pick(QStringLiteral("unet"), QStringLiteral("diffusion_pytorch_model"));
    files.vae = pick(QStringLiteral("vae"), QStringLiteral("diffusion_pytorch_model"));
    files.textEncoder = pick(QStringLiteral("text_encoder"), QStringLiteral("model"));
    files.textEncoder2 = pick(QStringLiteral("text_encoder_2"), QStringLiteral("model"));
    if (QFileInfo(dir.filePath(QStringLiteral("tokenizer"))).isDir())
        files.tokenizer = dir.filePath(QStringLiteral("tokenizer"));
    return files;
}

} // namespace hires
