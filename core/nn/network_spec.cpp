#include "core/nn/network_spec.h"

#include <QRegularExpression>

#include <cmath>
#include <map>
#include <set>

namespace hires {

namespace {

Error notRecognised(const QString& why)
{
    return makeError(ErrorCode::Unsupported,
                     QStringLiteral("not a recognised upscaling network: %1").arg(why));
}

std::vector<int64_t> shapeOf(const StateDict& w, const std::string& name)
{
    const TensorRef* t = w.find(name);
    return t ? t->shape : std::vector<int64_t>{};
}

bool hasShape(const StateDict& w, const std::string& name, const std::vector<int64_t>& shape)
{
    return shapeOf(w, name) == shape;
}

QString shapeText(const std::vector<int64_t>& shape)
{
    QStringList parts;
    for (int64_t d : shape)
        parts << QString::number(d);
    return QLatin1Char('[') + parts.join(QLatin1String(", ")) + QLatin1Char(']');
}

// Renames "from" prefixes to BasicSR names; first matching rule wins.
StateDict renamePrefixes(const StateDict& weights,
                         const std::vector<std::pair<QRegularExpression, QString>>& rules)
{
    StateDict out;
    out.format = weights.format;
    out.wrapperKey = weights.wrapperKey;
    out.metadata = weights.metadata;
    for (const std::string& name : weights.names()) {
        QString renamed = QString::fromStdString(name);
        for (const auto& [pattern, replacement] : rules) {
            QRegularExpressionMatch m = pattern.match(renamed);
            if (m.hasMatch()) {
                QString target = replacement;
                for (int i = 1; i <= m.lastCapturedIndex(); ++i)
                    target.replace(QStringLiteral("\\%1").arg(i), m.captured(i));
                renamed = target;
                break;
            }
        }
        out.insert(renamed.toStdString(), weights.at(name));
    }
    return out;
}

StateDict esrganToBasicsr(const StateDict& weights)
{
    static const std::vector<std::pair<QRegularExpression, QString>> rules = {
        {QRegularExpression(QStringLiteral("^RRDB_trunk\\.(\\d+)\\.RDB(\\d)\\.(.*)$")),
         QStringLiteral("body.\\1.rdb\\2.\\3")},
        {QRegularExpression(QStringLiteral("^trunk_conv\\.(.*)$")),
         QStringLiteral("conv_body.\\1")},
        {QRegularExpression(QStringLiteral("^upconv1\\.(.*)$")), QStringLiteral("conv_up1.\\1")},
        {QRegularExpression(QStringLiteral("^upconv2\\.(.*)$")), QStringLiteral("conv_up2.\\1")},
        {QRegularExpression(QStringLiteral("^HRconv\\.(.*)$")), QStringLiteral("conv_hr.\\1")},
    };
    return renamePrefixes(weights, rules);
}

// The original ESRGAN "old arch": one nn.Sequential named model.
StateDict oldArchToBasicsr(const StateDict& weights, int numBlock)
{
    const std::vector<std::pair<QRegularExpression, QString>> rules = {
        {QRegularExpression(QStringLiteral("^model\\.0\\.(weight|bias)$")),
         QStringLiteral("conv_first.\\1")},
        {QRegularExpression(QStringLiteral(
             "^model\\.1\\.sub\\.(\\d+)\\.RDB(\\d)\\.conv(\\d)\\.0\\.(weight|bias)$")),
         QStringLiteral("body.\\1.rdb\\2.conv\\3.\\4")},
        {QRegularExpression(QStringLiteral("^model\\.1\\.sub\\.%1\\.(weight|bias)$").arg(numBlock)),
         QStringLiteral("conv_body.\\1")},
        {QRegularExpression(QStringLiteral("^model\\.3\\.(weight|bias)$")),
         QStringLiteral("conv_up1.\\1")},
        {QRegularExpression(QStringLiteral("^model\\.6\\.(weight|bias)$")),
         QStringLiteral("conv_up2.\\1")},
        {QRegularExpression(QStringLiteral("^model\\.8\\.(weight|bias)$")),
         QStringLiteral("conv_hr.\\1")},
        {QRegularExpression(QStringLiteral("^model\\.10\\.(weight|bias)$")),
         QStringLiteral("conv_last.\\1")},
    };
    return renamePrefixes(weights, rules);
}

// Highest N + 1 for names "<prefix>N.<rest>", or 0.
int countIndexed(const StateDict& weights, const QString& prefix)
{
    const QRegularExpression re(QLatin1Char('^') + QRegularExpression::escape(prefix) +
                                QStringLiteral("(\\d+)\\."));
    int count = 0;
    for (const std::string& name : weights.names()) {
        QRegularExpressionMatch m = re.match(QString::fromStdString(name));
        if (m.hasMatch())
            count = std::max(count, m.captured(1).toInt() + 1);
    }
    return count;
}

Result<NetworkSpec> detectRrdb(const StateDict& w, const QString& layout)
{
    NetworkSpec spec;
    spec.kind = NetworkKind::RRDBNet;
    spec.keyLayout = layout;
    const auto first = shapeOf(w, "conv_first.weight");
    const auto last = shapeOf(w, "conv_last.weight");
    if (first.size() != 4 || last.size() != 4)
        return notRecognised(QStringLiteral("RRDBNet without 4-D conv_first/conv_last weights"));
    if (w.contains("conv_up3.weight"))
        return makeError(
            ErrorCode::Unsupported,
            QStringLiteral("RRDBNet x8 (conv_up3) is not supported; use an x4 or x2 model"));
    spec.numFeat = static_cast<int>(first[0]);
    spec.outChannels = static_cast<int>(last[0]);
    spec.inChannels = spec.outChannels;
    const int64_t ratio = spec.outChannels > 0 ? first[1] / spec.outChannels : 0;
    if (ratio * spec.outChannels != first[1])
        return notRecognised(QStringLiteral("conv_first takes %1 channels, not a multiple of %2")
                                 .arg(first[1])
                                 .arg(spec.outChannels));
    if (ratio == 1)
        spec.scale = 4;
    else if (ratio == 4)
        spec.scale = 2;
    else if (ratio == 16)
        spec.scale = 1;
    else
        return notRecognised(
            QStringLiteral("conv_first input channels %1 fit no scale").arg(first[1]));

    spec.numBlock = countIndexed(w, QStringLiteral("body."));
    if (spec.numBlock == 0)
        return notRecognised(QStringLiteral("RRDBNet without body blocks"));
    const auto grow = shapeOf(w, "body.0.rdb1.conv1.weight");
    spec.numGrowCh = grow.empty() ? 0 : static_cast<int>(grow[0]);
    const int64_t nf = spec.numFeat;
    const int64_t gc = spec.numGrowCh;
    // Every block and every conv must be there with the shape the architecture implies.
    for (int b = 0; b < spec.numBlock; ++b) {
        for (int r = 1; r <= 3; ++r) {
            for (int c = 1; c <= 5; ++c) {
                const std::string base = "body." + std::to_string(b) + ".rdb" + std::to_string(r) +
                                         ".conv" + std::to_string(c);
                const std::vector<int64_t> expected = {c == 5 ? nf : gc, nf + (c - 1) * gc, 3, 3};
                if (!hasShape(w, base + ".weight", expected))
                    return notRecognised(QStringLiteral("%1.weight is %2, expected %3")
                                             .arg(QString::fromStdString(base),
                                                  shapeText(shapeOf(w, base + ".weight")),
                                                  shapeText(expected)));
            }
        }
    }
    for (const char* name : {"conv_body", "conv_up1", "conv_up2", "conv_hr"}) {
        if (!hasShape(w, std::string(name) + ".weight", {nf, nf, 3, 3}))
            return notRecognised(QStringLiteral("%1.weight missing or not [%2, %2, 3, 3]")
                                     .arg(QLatin1String(name))
                                     .arg(nf));
    }
    if (last[1] != nf)
        return notRecognised(
            QStringLiteral("conv_last takes %1 channels, expected %2").arg(last[1]).arg(nf));
    return spec;
}

Result<NetworkSpec> detectSrvgg(const StateDict& w)
{
    NetworkSpec spec;
    spec.kind = NetworkKind::SRVGGNetCompact;
    spec.keyLayout = QStringLiteral("realesrgan");
    const int modules = countIndexed(w, QStringLiteral("body."));
    // body = conv, act, (conv, act) x num_conv, conv  ->  2 * num_conv + 3 modules.
    if (modules < 3 || modules % 2 == 0)
        return notRecognised(QStringLiteral("SRVGGNetCompact body has %1 modules").arg(modules));
    spec.numConv = (modules - 3) / 2;
    const auto first = shapeOf(w, "body.0.weight");
    const auto last = shapeOf(w, "body." + std::to_string(modules - 1) + ".weight");
    if (first.size() != 4 || last.size() != 4)
        return notRecognised(QStringLiteral("SRVGGNetCompact convs are not 4-D"));
    spec.numFeat = static_cast<int>(first[0]);
    spec.inChannels = static_cast<int>(first[1]);
    spec.outChannels = spec.inChannels;
    const double s = std::sqrt(static_cast<double>(last[0]) / spec.outChannels);
    spec.scale = static_cast<int>(std::lround(s));
    if (spec.scale < 1 || int64_t(spec.scale) * spec.scale * spec.outChannels != last[0])
        return notRecognised(
            QStringLiteral("last conv has %1 outputs, not channels x scale^2").arg(last[0]));

    const bool prelu = hasShape(w, "body.1.weight", {spec.numFeat});
    if (!prelu)
        return makeError(ErrorCode::Unsupported,
                         QStringLiteral("SRVGGNetCompact without PReLU weights: its activation "
                                        "(ReLU or LeakyReLU) cannot be told from the file"));
    spec.activation = Activation::PReLU;
    const int64_t nf = spec.numFeat;
    for (int i = 0; i < modules; ++i) {
        const std::string name = "body." + std::to_string(i) + ".weight";
        std::vector<int64_t> expected;
        if (i % 2 == 1)
            expected = {nf};
        else if (i == 0)
            expected = {nf, spec.inChannels, 3, 3};
        else if (i == modules - 1)
            expected = {last[0], nf, 3, 3};
        else
            expected = {nf, nf, 3, 3};
        if (!hasShape(w, name, expected))
            return notRecognised(QStringLiteral("%1 is %2, expected %3")
                                     .arg(QString::fromStdString(name), shapeText(shapeOf(w, name)),
                                          shapeText(expected)));
    }
    return spec;
}

} // namespace

QString NetworkSpec::architectureName() const
{
    return kind == NetworkKind::RRDBNet ? QStringLiteral("RRDBNet")
                                        : QStringLiteral("SRVGGNetCompact");
}

QString NetworkSpec::describe() const
{
    if (kind == NetworkKind::RRDBNet)
        return QStringLiteral("RRDBNet x%1, %2 blocks, %3 features")
            .arg(scale)
            .arg(numBlock)
            .arg(numFeat);
    return QStringLiteral("SRVGGNetCompact x%1, %2 convs, %3 features")
        .arg(scale)
        .arg(numConv)
        .arg(numFeat);
}

int NetworkSpec::inputMultiple() const
{
    if (kind == NetworkKind::RRDBNet && scale == 2)
        return 2;
    if (kind == NetworkKind::RRDBNet && scale == 1)
        return 4;
    return 1;
}

Result<NetworkSpec> detectUpscaleNetwork(const StateDict& weights)
{
    if (weights.contains("conv_first.weight") && weights.contains("body.0.rdb1.conv1.weight"))
        return detectRrdb(weights, QStringLiteral("basicsr"));
    if (weights.contains("conv_first.weight") && weights.contains("RRDB_trunk.0.RDB1.conv1.weight"))
        return detectRrdb(esrganToBasicsr(weights), QStringLiteral("esrgan"));
    if (weights.contains("model.0.weight") &&
        weights.contains("model.1.sub.0.RDB1.conv1.0.weight")) {
        const int blocks = countIndexed(weights, QStringLiteral("model.1.sub.")) - 1;
        return detectRrdb(oldArchToBasicsr(weights, blocks), QStringLiteral("esrgan-old-arch"));
    }
    if (weights.contains("body.0.weight") && weights.contains("body.1.weight"))
        return detectSrvgg(weights);
    if (weights.contains("body.0.weight"))
        return detectSrvgg(weights);
    return notRecognised(QStringLiteral("no RRDBNet or SRVGGNetCompact weights found (%1 tensors)")
                             .arg(weights.size()));
}

StateDict normalizeUpscaleKeys(const StateDict& weights, const NetworkSpec& spec)
{
    if (spec.keyLayout == QLatin1String("esrgan"))
        return esrganToBasicsr(weights);
    if (spec.keyLayout == QLatin1String("esrgan-old-arch"))
        return oldArchToBasicsr(weights, spec.numBlock);
    return weights;
}

} // namespace hires
