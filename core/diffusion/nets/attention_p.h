// Private: scaled dot-product attention computed in slices, for libtorch 1.13
// (no fused kernel) and 2.x alike.
//
// Why slices: at SDXL's 1024x1024 the VAE's mid attention has 16384 tokens and
// a full score matrix would take 1 GiB per head. On the CPU the work is cut
// into blocks of queries for one (batch, head) whose scores fit in the cache
// and the blocks run in parallel; elsewhere (CUDA) query slices of all heads
// at once stay under a memory budget.
#pragma once

#include <ATen/ATen.h>

namespace hires::nets {

struct AttentionBudget
{
    // Bytes of one block of scores on the CPU (sized for a per-core L2 cache).
    int64_t cpuBlockBytes = 512 * 1024;
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
