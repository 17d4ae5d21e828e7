#include "core/jobs/compute_device.h"

#include "core/jobs/cpu_blas.h"
#include "core/nn/conv_util_p.h"

#include <torch/cuda.h>
#include <ATen/Parallel.h>
#include <torch/version.h>

#include <opencv2/core/version.hpp>

#include <algorithm>
#include <thread>

namespace hires {

Result<DevicePreference> parseDevicePreference(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("auto"))
        return DevicePreference::Auto;
    if (t == QLatin1String("cpu"))
        return DevicePreference::Cpu;
    if (t == QLatin1String("cuda") || t == QLatin1String("gpu"))
        return DevicePreference::Cuda;
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("unknown device '%1' (use auto, cpu or cuda)").arg(text));
}

QString devicePreferenceName(DevicePreference preference)
{
    switch (preference) {
    case DevicePreference::Auto:
        return QStringLiteral("auto");
    case DevicePreference::Cpu:
        return QStringLiteral("cpu");
    case DevicePreference::Cuda:
        return QStringLiteral("cuda");
    }
    return QStringLiteral("auto");
}

RuntimeInfo runtimeInfo()
{
    RuntimeInfo info;
    info.torchVersion = QStringLiteral("%1.%2.%3")
                            .arg(TORCH_VERSION_MAJOR)
                            .arg(TORCH_VERSION_MINOR)
                            .arg(TORCH_VERSION_PATCH);
    info.openCvVersion = QString::fromLatin1(CV_VERSION);
    info.cudaDeviceCount = static_cast<int>(torch::cuda::device_count());
    info.cudaAvailable = info.cudaDeviceCount > 0;
    info.cpuThreads = at::get_num_threads();
    info.mkldnnAvailable = at::hasMKLDNN();
    info.blasKernels = ensureCpuBlasKernels();
    info.vaeCpuLayout = QString::fromLatin1(wideConvLayoutName());
    return info;
}

Result<ComputeDevice> resolveDevice(DevicePreference preference)
{
    const bool cuda = torch::cuda::is_available();
    if (preference == DevicePreference::Cuda && !cuda)
        return makeError(ErrorCode::Unsupported,
                         QStringLiteral("CUDA was requested but this build of libtorch (%1) "
                                        "has no usable CUDA device")
                             .arg(runtimeInfo().torchVersion));
    if (preference != DevicePreference::Cpu && cuda)
        return ComputeDevice{true, 0, QStringLiteral("cuda:0")};
    return ComputeDevice{false, 0, QStringLiteral("cpu")};
}

void setCpuThreads(int threads)
{
    ensureCpuBlasKernels();
    const int cores = std::max(1u, std::thread::hardware_concurrency());
    at::set_num_threads(threads > 0 ? std::min(threads, 4 * cores) : cores);
}

} // namespace hires
