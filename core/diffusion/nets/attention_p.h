// Private: scaled dot-product attention computed in slices, for libtorch 1.13
// (no fused kernel) and 2.x alike.
//
// Why slices: at SDXL's 1024x1024 the VAE's mid attention has 16384 tokens and
// a full score matrix would take 1 GiB per head. On the CPU each (batch, head)
// is a task of its own, run in parallel with single-threaded products over
// blocks of queries: few, large BLAS calls and no head-split copies (measured:
// blocks of 128 KiB, i.e. many small calls, were 18x slower than 32 MiB on a
// busy 2-core machine with Debian's OpenBLAS); by default a block may use a
// 64th of the free memory per thread (32 MiB to 512 MiB), so that SD 1.5's
// 4096 x 4096 scores of a head are one block. Elsewhere (CUDA) query slices
// of all heads at once stay under a memory budget.
#pragma once

#include <ATen/ATen.h>

namespace hires::nets {

struct AttentionBudget
{
    // Bytes of one block of scores on the CPU (one per thread at a time);
    // 0 runs the CPU like other devices, in slices of all heads. attentionBudget()
    // starts from a share of the free memory instead of this floor.
    int64_t cpuBlockBytes = int64_t(32) << 20;
    // Bytes of scores per slice on other devices.
    int64_t deviceSliceBytes = int64_t(256) << 20;
};

// Process-wide setting (benchmarks tune it); read at each call.
AttentionBudget& attentionBudget();

// Number of query rows per slice so that rows x keys x elementSize x batch stays
// under `budgetBytes` (at least 1, at most queries).
int64_t attentionSliceRows(int64_t batch, int64_t queries, int64_t keys, int64_t elementSize,
                           int64_t budgetBytes);

// softmax(q k^T / sqrt(d) + mask) v per head.
// q: [B, Nq, H*D]; k, v: [B, Nk, H*D]; mask: additive [Nq, Nk] or undefined.
// Returns [B, Nq, H*D] (heads concatenated as upstream's rearrange does).
at::Tensor attention(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v, int64_t heads,
                     const at::Tensor& mask = {});

// Additive causal mask [n, n]: 0 on and below the diagonal, -inf above.
at::Tensor causalMask(int64_t n, const at::TensorOptions& options);

} // namespace hires::nets
