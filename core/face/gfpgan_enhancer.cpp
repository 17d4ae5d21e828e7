#include "core/face/gfpgan_enhancer.h"

#include "core/face/face_tr_p.h"
#include "core/nn/builtin_architectures.h"
#include "core/weights/architecture_registry.h"
#include "core/nn/gfpgan_net_p.h"
#include "core/weights/model_file.h"

#include <QDir>
#include <QFileInfo>

#include <cstring>

namespace hires {

namespace {

class GfpganEnhancer final : public FaceEnhancer
{
public:
    GfpganEnhancer(GfpganNet net, ComputeDevice device)
        : m_net(std::move(net))
        , m_device(std::move(device))
    {}

    QString name() const override { return QStringLiteral("gfpgan-v1.4"); }
    QString describe() const override { return m_net->spec().describe(); }
    QString device() const override { return m_device.name; }
    int faceSize() const override { return m_net->spec().outSize; }

    Result<cv::Mat> enhance(const cv::Mat& face) override
    {
        const int size = faceSize();
        if (face.type() != CV_32FC3 || face.rows != size || face.cols != size)
            return makeError(ErrorCode::InvalidArgument,
                             FaceTr::tr("GFPGAN needs a %1x%1 CV_32FC3 face").arg(size));
        try {
            c10::InferenceMode guard;
            const cv::Mat input = face.isContinuous() ? face : face.clone();
            // HWC BGR [0, 1] -> NCHW RGB [-1, 1]
            at::Tensor x =
                at::from_blob(const_cast<float*>(input.ptr<float>()), {size, size, 3}, at::kFloat)
                    .flip({2})
                    .permute({2, 0, 1})
                    .unsqueeze(0)
                    .mul(2.0)
                    .sub_(1.0);
            x = x.to(m_net->parameters().front().device()).contiguous();
            at::Tensor y = m_net->forward(x); // [1, 3, S, S] RGB, about [-1, 1]
            y = at::nan_to_num(y, 0.0, 1.0, -1.0).clamp_(-1.0, 1.0).add_(1.0).mul_(0.5);
            y = y.squeeze(0).permute({1, 2, 0}).flip({2}).to(at::kCPU).contiguous(); // HWC BGR
            cv::Mat out(size, size, CV_32FC3);
            std::memcpy(out.ptr<float>(), y.data_ptr<float>(),
                        size_t(size) * size * 3 * sizeof(float));
            return out;
        } catch (const std::bad_alloc&) {
            return makeError(
                ErrorCode::OutOfMemory,
                FaceTr::tr("not enough memory to run GFPGAN on %1").arg(m_device.name));
        } catch (const std::exception& e) {
            return makeError(ErrorCode::Internal,
                             FaceTr::tr("GFPGAN failed: %1").arg(QString::fromUtf8(e.what())));
        }
    }

private:
    GfpganNet m_net;
    ComputeDevice m_device;
};

} // namespace

Result<std::unique_ptr<FaceEnhancer>>
createGfpganEnhancer(const StateDict& weights, DevicePreference preference, GfpganModelInfo* info)
{
    GfpganLoadInfo load;
    Result<GfpganNet> net = createGfpganNet(weights, &load);
    if (!net)
        return net.error();
    Result<ComputeDevice> device = resolveDevice(preference);
    if (!device)
        return device.error();
    try {
        if (device->cuda)
            net.value()->to(at::Device(at::kCUDA, static_cast<c10::DeviceIndex>(device->index)));
    } catch (const std::exception& e) {
        return makeError(ErrorCode::Unsupported,
                         FaceTr::tr("cannot move GFPGAN to %1: %2")
                             .arg(device->name, QString::fromUtf8(e.what())));
    }
    if (info) {
        info->architecture = load.spec.describe();
        info->loadedTensors = load.loadedTensors;
        info->unusedTensors = load.unusedTensors;
        info->parameterCount = load.parameterCount;
        info->wrapperKey = weights.wrapperKey;
    }
    return std::unique_ptr<FaceEnhancer>(
        new GfpganEnhancer(std::move(net.value()), device.value()));
}

Result<std::unique_ptr<FaceEnhancer>>
loadGfpganEnhancer(const QString& path, DevicePreference device, GfpganModelInfo* info)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (path.isEmpty() || !QFileInfo(path).isFile())
        return makeError(ErrorCode::NotFound,
                         FaceTr::tr("face restoration model %1 does not exist").arg(shown));
    Result<StateDict> weights = ModelFile::loadStateDict(path);
    if (!weights)
        return weights.error();
    auto enhancer = createGfpganEnhancer(weights.value(), device, info);
    if (!enhancer) {
        // Say what the file is when the model library would call it something
        // else (CodeFormer, GFPGAN v1's original layout, an upscaler, ...).
        registerBuiltinArchitectures();
        const std::optional<ArchitectureMatch> match =
            ArchitectureRegistry::detect(weights.value());
        if (match && match->name != kGfpganArchitecture)
            return makeError(
                ErrorCode::UnsupportedFormat,
                FaceTr::tr("%1 holds %2, not GFPGAN v1.4 (GFPGANv1Clean)").arg(shown, match->name));
        return enhancer.error().withContext(shown);
    }
    return enhancer;
}

} // namespace hires
