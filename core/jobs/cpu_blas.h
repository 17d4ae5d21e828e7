// The CPU BLAS kernels behind libtorch's matrix products (linear layers,
// attention). Thread-safe; call before heavy CPU work, typically once at startup.
//
// Why: Debian's OpenBLAS 0.3.21 (DYNAMIC_ARCH) picks its kernels from the
// CPU model at load time and does not know newer cores (e.g. Sapphire
// Rapids under a hypervisor): it falls back to "Prescott", an SSE3 kernel
// measured 3.4x slower than its AVX-512 one on this project's build machine.
#pragma once

#include <QString>

namespace hires {

// If the BLAS libtorch runs with is a DYNAMIC_ARCH OpenBLAS that chose a
// generic SSE kernel while the CPU has AVX-512 (or AVX2), re-selects
// "SkylakeX" (or "Haswell"). A kernel the user forced with OPENBLAS_CORETYPE
// is kept. Runs once per process; later calls return the same answer.
// Returns the kernel in use ("SkylakeX"), or an empty string for another BLAS.
QString ensureCpuBlasKernels();

} // namespace hires
