#include "core/nn/module_loading_p.h"

#include "core/weights/tensor_bridge_p.h"

#include <QStringList>

#include <set>

namespace hires {

namespace {

QString shapeText(at::IntArrayRef shape)
{
    QStringList parts;
    for (int64_t d : shape)
        parts << QString::number(d);
    return QLatin1Char('[') + parts.join(QLatin1String(", ")) + QLatin1Char(']');
}

QString firstFew(const std::vector<std::string>& names, const QString& label)
{
    if (names.empty())
        return {};
    QStringList shown;
    for (size_t i = 0; i < names.size() && i < 4; ++i)
        shown << QString::fromStdString(names[i]);
    QString text =
        QStringLiteral("%1 %2 (%3").arg(names.size()).arg(label, shown.join(QLatin1String(", ")));
    if (names.size() > 4)
        text += QStringLiteral(", ...");
    return text + QLatin1Char(')');
}

} // namespace

QString LoadReport::summary() const
{
    QStringList parts;
    for (const QString& part : {firstFew(missing, QStringLiteral("missing")),
                                firstFew(unexpected, QStringLiteral("unexpected")),
                                firstFew(mismatched, QStringLiteral("mismatched"))}) {
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(QLatin1String("; "));
}

Result<void> loadModuleWeights(torch::nn::Module& module, const StateDict& weights, bool strict,
                               LoadReport* reportOut)
{
    LoadReport report;
    std::set<std::string> used;
    at::NoGradGuard noGrad;
    auto copyInto = [&](const std::string& name, at::Tensor& target) -> Result<void> {
        const TensorRef* ref = weights.find(name);
        if (!ref) {
            report.missing.push_back(name);
            return {};
        }
        used.insert(name);
        if (!ref->fitsStorage())
            return makeError(ErrorCode::CorruptData,
                             QStringLiteral("tensor %1 does not fit its storage")
                                 .arg(QString::fromStdString(name)));
        if (ref->shape != target.sizes().vec()) {
            report.mismatched.push_back(name + ": file " + shapeText(ref->shape).toStdString() +
                                        " vs network " + shapeText(target.sizes()).toStdString());
            return {};
        }
        try {
            at::Tensor source = toTensorCopy(*ref, target.scalar_type());
            target.copy_(source);
        } catch (const std::exception& e) {
            return makeError(ErrorCode::CorruptData,
                             QStringLiteral("tensor %1: %2")
                                 .arg(QString::fromStdString(name), QString::fromUtf8(e.what())));
        }
        return {};
    };
    try {
        for (auto& item : module.named_parameters(/*recurse=*/true)) {
            if (auto r = copyInto(item.key(), item.value()); !r)
                return r;
        }
        for (auto& item : module.named_buffers(/*recurse=*/true)) {
            if (auto r = copyInto(item.key(), item.value()); !r)
                return r;
        }
    } catch (const std::exception& e) {
        return makeError(ErrorCode::Internal, QString::fromUtf8(e.what()));
    }
    for (const std::string& name : weights.names()) {
        if (!used.count(name))
            report.unexpected.push_back(name);
    }
    if (reportOut)
        *reportOut = report;
    if (strict && !report.clean())
        return makeError(
            ErrorCode::CorruptData,
            QStringLiteral("weights do not match the network: %1").arg(report.summary()));
    return {};
}

} // namespace hires
