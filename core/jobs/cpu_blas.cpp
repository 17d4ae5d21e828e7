#include "core/jobs/cpu_blas.h"

#include <dlfcn.h>

#include <cstdlib>
#include <cstring>
#include <mutex>

namespace hires {

namespace {

// OpenBLAS's exported entry points, looked up at run time so that builds
// against another BLAS (MKL, Accelerate, libtorch with CUDA) need nothing.
using CoreName = char* (*)();
using DynamicInit = void (*)();

bool isGenericCore(const char* name)
{
    static const char* const kGeneric[] = {"Prescott", "Core2",  "Penryn",     "Dunnington",
                                           "Nehalem",  "Katmai", "Coppermine", "Northwood",
                                           "Banias",   "Atom",   "Sandybridge"};
    for (const char* g : kGeneric) {
        if (std::strcmp(name, g) == 0)
            return true;
    }
    return false;
}

QString selectKernels()
{
    auto coreName = reinterpret_cast<CoreName>(dlsym(RTLD_DEFAULT, "openblas_get_corename"));
    if (!coreName)
        return {};
    auto quit = reinterpret_cast<DynamicInit>(dlsym(RTLD_DEFAULT, "gotoblas_dynamic_quit"));
    auto init = reinterpret_cast<DynamicInit>(dlsym(RTLD_DEFAULT, "gotoblas_dynamic_init"));
    const char* current = coreName();
    if (!quit || !init || !current || !isGenericCore(current) || std::getenv("OPENBLAS_CORETYPE"))
        return QString::fromLatin1(current ? current : "");
#if defined(__x86_64__)
    __builtin_cpu_init();
    const char* wanted =
        __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw")
            ? "SkylakeX"
            : (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma") ? "Haswell"
                                                                               : nullptr);
    if (wanted) {
        // gotoblas_dynamic_init() reads OPENBLAS_CORETYPE once the kernel table
        // is cleared; nothing else reads the variable afterwards.
        setenv("OPENBLAS_CORETYPE", wanted, 0);
        quit();
        init();
    }
#endif
    return QString::fromLatin1(coreName());
}

} // namespace

QString ensureCpuBlasKernels()
{
    static std::once_flag once;
    static QString kernels;
    std::call_once(once, [] { kernels = selectKernels(); });
    return kernels;
}

} // namespace hires
