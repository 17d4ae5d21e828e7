#include "core/nn/ncnn_graph.h"

#include <algorithm>

#include <QCoreApplication>
#include <QFileInfo>

namespace hires {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("hires::NcnnGraph", text);
}

constexpr int kSamePadLower = -234;
constexpr int kAll = -233;

Error shapeError(const NcnnGraph::Step& step, const QString& what)
{
    return makeError(ErrorCode::Unsupported,
                     tr("layer %1 (%2): %3")
                         .arg(QString::fromStdString(step.spec.name),
                              QString::fromStdString(step.spec.type), what));
}

QString shapeText(const NcnnBlobShape& s)
{
    return QStringLiteral("%1x%2x%3").arg(s.c).arg(s.h).arg(s.w);
}

// Inputs and outputs a layer of this kind must have.
bool blobCountsFit(const NcnnLayerSpec& spec, size_t in, size_t out)
{
    if (const auto* b = std::get_if<NcnnBinaryOpSpec>(&spec.params))
        return out == 1 && in == (b->withScalar ? 1u : 2u);
    if (const auto* c = std::get_if<NcnnCropSpec>(&spec.params))
        return out == 1 && in == (c->form == NcnnCropSpec::Form::Reference ? 2u : 1u);
    if (std::holds_alternative<NcnnInputSpec>(spec.params))
        return in == 0 && out == 1;
    if (std::holds_alternative<NcnnSplitSpec>(spec.params))
        return in == 1 && out >= 1;
    if (std::holds_alternative<NcnnConcatSpec>(spec.params) ||
        std::holds_alternative<NcnnEltwiseSpec>(spec.params))
        return in >= 1 && out == 1;
    return in == 1 && out == 1;
}

// One axis of a numpy-style slice, as ncnn's Crop resolves it.
void sliceAxis(int start, int end, int64_t size, int64_t& offset, int64_t& length)
{
    if (start == kAll)
        start = 0;
    const int64_t e = end == kAll ? size : (end > 0 ? end : size + end);
    offset = start >= 0 ? start : size + start;
    length = std::min(size, e) - offset;
}

} // namespace

std::array<int64_t, 4> NcnnGraph::convPadding(const NcnnConvSpec& conv, int64_t h, int64_t w)
{
    if (conv.padLeft >= 0)
        return {conv.padLeft, conv.padRight, conv.padTop, conv.padBottom};
    const int64_t extentW = int64_t(conv.dilationW) * (conv.kernelW - 1) + 1;
    const int64_t extentH = int64_t(conv.dilationH) * (conv.kernelH - 1) + 1;
    const int64_t wpad = std::max<int64_t>(0, extentW + (w - 1) / conv.strideW * conv.strideW - w);
    const int64_t hpad = std::max<int64_t>(0, extentH + (h - 1) / conv.strideH * conv.strideH - h);
    // SAME_UPPER puts the odd pixel at the end, SAME_LOWER at the start.
    if (conv.padLeft == kSamePadLower)
        return {wpad - wpad / 2, wpad / 2, hpad - hpad / 2, hpad / 2};
    return {wpad / 2, wpad - wpad / 2, hpad / 2, hpad - hpad / 2};
}

Result<NcnnBlobShape> NcnnGraph::convOutput(const NcnnConvSpec& conv, const NcnnBlobShape& in)
{
    if (in.c != conv.inChannels)
        return makeError(ErrorCode::Unsupported,
                         tr("takes %1 channels but gets %2").arg(conv.inChannels).arg(in.c));
    const std::array<int64_t, 4> pad = convPadding(conv, in.h, in.w);
    const int64_t extentW = int64_t(conv.dilationW) * (conv.kernelW - 1) + 1;
    const int64_t extentH = int64_t(conv.dilationH) * (conv.kernelH - 1) + 1;
    NcnnBlobShape out{conv.numOutput, 0, 0};
    if (conv.transposed) {
        out.w = (in.w - 1) * conv.strideW + extentW + conv.outputPadRight - pad[0] - pad[1];
        out.h = (in.h - 1) * conv.strideH + extentH + conv.outputPadBottom - pad[2] - pad[3];
    } else {
        const int64_t w = in.w + pad[0] + pad[1], h = in.h + pad[2] + pad[3];
        if (w >= extentW && h >= extentH) {
            out.w = (w - extentW) / conv.strideW + 1;
            out.h = (h - extentH) / conv.strideH + 1;
        }
    }
    if (out.w <= 0 || out.h <= 0)
        return makeError(ErrorCode::Unsupported,
                         tr("an input of %1 is too small for the kernel").arg(shapeText(in)));
    return out;
}

NcnnBlobShape NcnnGraph::interpOutput(const NcnnInterpSpec& interp, const NcnnBlobShape& in)
{
    if (interp.outputHeight != 0 && interp.outputWidth != 0)
        return {in.c, interp.outputHeight, interp.outputWidth};
    // ncnn multiplies in float and truncates: int(h * height_scale).
    return {in.c, static_cast<int64_t>(static_cast<float>(in.h) * interp.heightScale),
            static_cast<int64_t>(static_cast<float>(in.w) * interp.widthScale)};
}

Result<NcnnCropRegion> NcnnGraph::cropRegion(const NcnnCropSpec& crop, const NcnnBlobShape& in,
                                             const NcnnBlobShape* reference)
{
    NcnnCropRegion r{crop.coffset, crop.hoffset, crop.woffset, in.c, in.h, in.w};
    switch (crop.form) {
    case NcnnCropSpec::Form::Slices:
        r = {0, 0, 0, in.c, in.h, in.w};
        for (size_t i = 0; i < crop.starts.size(); ++i) {
            int axis = crop.axes.empty() ? static_cast<int>(i) : crop.axes[i];
            if (axis < 0)
                axis += 3;
            if (axis == 0)
                sliceAxis(crop.starts[i], crop.ends[i], in.c, r.c, r.outc);
            else if (axis == 1)
                sliceAxis(crop.starts[i], crop.ends[i], in.h, r.h, r.outh);
            else if (axis == 2)
                sliceAxis(crop.starts[i], crop.ends[i], in.w, r.w, r.outw);
            else
                return makeError(ErrorCode::Unsupported, tr("axis %1 does not exist").arg(axis));
        }
        break;
    case NcnnCropSpec::Form::Reference:
        if (!reference)
            return makeError(ErrorCode::Unsupported, tr("needs a reference blob"));
        r.outc = reference->c;
        r.outh = reference->h;
        r.outw = reference->w;
        break;
    case NcnnCropSpec::Form::Offsets:
        r.outw = in.w - crop.woffset - crop.woffset2;
        r.outh = in.h - crop.hoffset - crop.hoffset2;
        r.outc = in.c - crop.coffset - crop.coffset2;
        if (crop.outw != kAll)
            r.outw = std::min<int64_t>(crop.outw, r.outw);
        if (crop.outh != kAll)
            r.outh = std::min<int64_t>(crop.outh, r.outh);
        if (crop.outc != kAll)
            r.outc = std::min<int64_t>(crop.outc, r.outc);
        break;
    }
    const bool inside = r.c >= 0 && r.h >= 0 && r.w >= 0 && r.outc > 0 && r.outh > 0 &&
                        r.outw > 0 && r.c + r.outc <= in.c && r.h + r.outh <= in.h &&
                        r.w + r.outw <= in.w;
    if (!inside)
        return makeError(ErrorCode::Unsupported,
                         tr("the crop window does not lie inside a %1 blob").arg(shapeText(in)));
    return r;
}

Result<NcnnBlobShape> NcnnGraph::stepOutput(const Step& step,
                                            const std::vector<NcnnBlobShape>& in) const
{
    const NcnnLayerParams& p = step.spec.params;
    if (const auto* conv = std::get_if<NcnnConvSpec>(&p)) {
        Result<NcnnBlobShape> out = convOutput(*conv, in[0]);
        return out ? out : shapeError(step, out.error().message);
    }
    if (const auto* prelu = std::get_if<NcnnPReLUSpec>(&p)) {
        if (prelu->slopes != 1 && prelu->slopes != in[0].c)
            return shapeError(step,
                              tr("has %1 slopes for %2 channels").arg(prelu->slopes).arg(in[0].c));
        return in[0];
    }
    if (const auto* concat = std::get_if<NcnnConcatSpec>(&p)) {
        NcnnBlobShape out = in[0];
        int64_t* total = concat->axis == 0 ? &out.c : concat->axis == 1 ? &out.h : &out.w;
        for (size_t i = 1; i < in.size(); ++i) {
            NcnnBlobShape s = in[i];
            const int64_t extra = concat->axis == 0 ? s.c : concat->axis == 1 ? s.h : s.w;
            (concat->axis == 0 ? s.c : concat->axis == 1 ? s.h : s.w) = *total;
            if (!(s == out))
                return shapeError(step, tr("cannot join %1 and %2 along axis %3")
                                            .arg(shapeText(out), shapeText(in[i]))
                                            .arg(concat->axis));
            *total += extra;
        }
        return out;
    }
    if (std::holds_alternative<NcnnEltwiseSpec>(p)) {
        for (const NcnnBlobShape& s : in) {
            if (!(s == in[0]))
                return shapeError(
                    step, tr("inputs %1 and %2 differ").arg(shapeText(in[0]), shapeText(s)));
        }
        return in[0];
    }
    if (std::holds_alternative<NcnnBinaryOpSpec>(p) && in.size() == 2) {
        // Broadcasting: each dimension equal, or 1 on one side.
        auto dim = [](int64_t a, int64_t b) {
            return a == b || a == 1 || b == 1 ? std::max(a, b) : -1;
        };
        const NcnnBlobShape out{dim(in[0].c, in[1].c), dim(in[0].h, in[1].h),
                                dim(in[0].w, in[1].w)};
        if (out.c < 0 || out.h < 0 || out.w < 0)
            return shapeError(
                step, tr("cannot combine %1 with %2").arg(shapeText(in[0]), shapeText(in[1])));
        return out;
    }
    if (const auto* interp = std::get_if<NcnnInterpSpec>(&p)) {
        const NcnnBlobShape out = interpOutput(*interp, in[0]);
        if (out.h <= 0 || out.w <= 0)
            return shapeError(step, tr("resizes %1 to nothing").arg(shapeText(in[0])));
        return out;
    }
    if (const auto* shuffle = std::get_if<NcnnPixelShuffleSpec>(&p)) {
        const int64_t r = shuffle->factor;
        if (in[0].c % (r * r) != 0)
            return shapeError(step, tr("%1 channels do not divide by %2").arg(in[0].c).arg(r * r));
        return NcnnBlobShape{in[0].c / (r * r), in[0].h * r, in[0].w * r};
    }
    if (const auto* crop = std::get_if<NcnnCropSpec>(&p)) {
        Result<NcnnCropRegion> r = cropRegion(*crop, in[0], in.size() > 1 ? &in[1] : nullptr);
        if (!r)
            return shapeError(step, r.error().message);
        return NcnnBlobShape{r->outc, r->outh, r->outw};
    }
    return in[0]; // element-wise layers and Split keep the shape
}

Result<NcnnBlobShape> NcnnGraph::outputShape(const NcnnBlobShape& input) const
{
    std::vector<NcnnBlobShape> shapes(static_cast<size_t>(m_blobCount));
    shapes[static_cast<size_t>(m_inputBlob)] = input;
    for (const Step& step : m_steps) {
        if (std::holds_alternative<NcnnInputSpec>(step.spec.params))
            continue;
        std::vector<NcnnBlobShape> in;
        for (int blob : step.inputs)
            in.push_back(shapes[static_cast<size_t>(blob)]);
        Result<NcnnBlobShape> out = stepOutput(step, in);
        if (!out)
            return out.error();
        for (int blob : step.outputs)
            shapes[static_cast<size_t>(blob)] = out.value();
    }
    return shapes[static_cast<size_t>(m_outputBlob)];
}

Result<void> NcnnGraph::findScale(const QString& fileName)
{
    // The image channels: the first count the graph accepts.
    std::optional<Error> firstError;
    m_channels = 0;
    for (int c : {3, 1, 4}) {
        Result<NcnnBlobShape> out = outputShape({c, 64, 64});
        if (out && out->c == c) {
            m_channels = c;
            break;
        }
        if (!firstError)
            firstError = out ? makeError(ErrorCode::Unsupported,
                                         tr("the graph turns %1 channels into %2, not an image "
                                            "upscaler")
                                             .arg(c)
                                             .arg(out->c))
                             : out.error();
    }
    if (m_channels == 0)
        return firstError->withContext(fileName);
    // The smallest input multiple for which every size maps to a fixed whole multiple.
    for (int multiple : {1, 2, 4, 8, 16, 32, 64}) {
        int scale = 0;
        bool fits = true;
        for (const auto& [h, w] : {std::pair{7, 9}, std::pair{8, 8}, std::pair{9, 11}}) {
            const int64_t ih = int64_t(h) * multiple, iw = int64_t(w) * multiple;
            Result<NcnnBlobShape> out = outputShape({m_channels, ih, iw});
            if (!out || out->h % ih != 0 || out->w % iw != 0 || out->h / ih != out->w / iw ||
                (scale != 0 && out->h / ih != scale)) {
                fits = false;
                break;
            }
            scale = static_cast<int>(out->h / ih);
        }
        if (fits && scale >= 1) {
            m_scale = scale;
            m_inputMultiple = multiple;
            return {};
        }
    }
    return makeError(ErrorCode::Unsupported,
                     tr("%1: the graph does not enlarge images by a whole factor")
                         .arg(QFileInfo(fileName).fileName()));
}

QString NcnnGraph::describe() const
{
    return tr("ncnn graph x%1 (%2 layers)").arg(m_scale).arg(m_steps.size());
}

Result<NcnnGraph> NcnnGraph::analyse(const NcnnModel& model, const QString& fileName,
                                     Purpose purpose)
{
    const QString name = QFileInfo(fileName).fileName();
    NcnnGraph graph;
    const std::vector<NcnnLayer>& layers = model.layers();
    graph.m_blobCount = static_cast<int>(model.blobNames().size());
    for (size_t i = 0; i < layers.size(); ++i) {
        if (layers[i].type != "Input")
            continue;
        if (graph.m_inputBlob >= 0 || layers[i].outputs.size() != 1)
            return makeError(
                ErrorCode::Unsupported,
                tr("%1: an upscaler graph has exactly one Input layer with one blob").arg(name));
        graph.m_inputBlob = layers[i].outputs.front();
    }
    if (graph.m_inputBlob < 0 || layers.empty())
        return makeError(ErrorCode::Unsupported, tr("%1: the graph has no Input layer").arg(name));
    const std::vector<std::string>& blobs = model.blobNames();
    auto named = std::find(blobs.begin(), blobs.end(), "output");
    graph.m_outputBlob = named != blobs.end() ? static_cast<int>(named - blobs.begin())
                                              : layers.back().outputs.front();
    // Keep only the layers the output depends on (walking back from it).
    std::vector<bool> needed(blobs.size(), false), live(layers.size(), false);
    needed[static_cast<size_t>(graph.m_outputBlob)] = true;
    for (size_t i = layers.size(); i-- > 0;) {
        for (int out : layers[i].outputs)
            live[i] = live[i] || needed[static_cast<size_t>(out)];
        if (live[i]) {
            for (int in : layers[i].inputs)
                needed[static_cast<size_t>(in)] = true;
        }
    }
    std::vector<int> lastUse(blobs.size(), -1);
    for (size_t i = 0; i < layers.size(); ++i) {
        if (!live[i])
            continue;
        Result<NcnnLayerSpec> spec = parseNcnnLayer(layers[i]);
        if (!spec)
            return spec.error().withContext(name);
        if (!blobCountsFit(spec.value(), layers[i].inputs.size(), layers[i].outputs.size()))
            return makeError(ErrorCode::Unsupported,
                             tr("%1: layer %2 (%3) has %4 inputs and %5 outputs")
                                 .arg(name, QString::fromStdString(layers[i].name),
                                      QString::fromStdString(layers[i].type))
                                 .arg(layers[i].inputs.size())
                                 .arg(layers[i].outputs.size()));
        const int index = static_cast<int>(graph.m_steps.size());
        for (int in : layers[i].inputs)
            lastUse[static_cast<size_t>(in)] = index;
        for (int out : layers[i].outputs)
            lastUse[static_cast<size_t>(out)] = std::max(lastUse[static_cast<size_t>(out)], index);
        graph.m_steps.push_back({static_cast<int>(i),
                                 std::move(spec.value()),
                                 layers[i].inputs,
                                 layers[i].outputs,
                                 {}});
    }
    // Free each blob after its last reader (the output is handed to the caller).
    for (size_t blob = 0; blob < blobs.size(); ++blob) {
        if (lastUse[blob] >= 0 && static_cast<int>(blob) != graph.m_outputBlob)
            graph.m_steps[static_cast<size_t>(lastUse[blob])].release.push_back(
                static_cast<int>(blob));
    }
    if (purpose == Purpose::Upscaler) {
        if (Result<void> scaled = graph.findScale(name); !scaled)
            return scaled.error();
    }
    return graph;
}

} // namespace hires
