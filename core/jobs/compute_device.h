// The device choice: which processor a job runs on, and what this build of
// libtorch offers. Thread-safe; cheap to call.
#pragma once

#include "core/base/result.h"

#include <QString>

namespace hires {

enum class DevicePreference
{
    Auto,
    Cpu,
    Cuda
};

// "auto" | "cpu" | "cuda" (case-insensitive).
Result<DevicePreference> parseDevicePreference(const QString& text);
QString devicePreferenceName(DevicePreference preference);

struct ComputeDevice
{
    bool cuda = false;
    int index = 0; // CUDA device ordinal
    QString name;  // "cpu" or "cuda:0"
};

// What the libtorch this program runs with offers.
struct RuntimeInfo
{
    QString torchVersion;
    QString openCvVersion;
    bool cudaAvailable = false;
    int cudaDeviceCount = 0;
    int cpuThreads = 0; // libtorch intra-op threads now in use
    bool mkldnnAvailable = false;
    QString blasKernels;  // OpenBLAS kernel set ("SkylakeX"); empty for another BLAS
    QString vaeCpuLayout; // the VAE's CPU layout, "channels-last" or "NCHW" (conv_util_p.h)
};
RuntimeInfo runtimeInfo();

// Auto picks CUDA when this libtorch has a usable device, else CPU; Cuda on a
// build without one is an error (the caller's fallback ladder decides what next).
Result<ComputeDevice> resolveDevice(DevicePreference preference);

// Sets libtorch's CPU thread count; 0 means "all cores". Also makes sure the
// BLAS uses the CPU's vector kernels (ensureCpuBlasKernels()).
void setCpuThreads(int threads);

} // namespace hires
