#include "core/diffusion/nets/attention_p.h"

#include <ATen/Parallel.h>

#if defined(__linux__)
#include <unistd.h>
#endif

#include <algorithm>
#include <cmath>
#include <limits>
#include <thread>
#include <vector>

namespace hires::nets {

namespace {

// CPU float32: blocks of (batch b, head h, query rows) run in parallel, each
// single-threaded on strided views of q, k, v (no head-split copies), with a
// per-thread score buffer reused from block to block.
at::Tensor attentionCpu(const at::Tensor& qIn, const at::Tensor& k, const at::Tensor& v,
                        int64_t heads, const at::Tensor& mask)
{
    const int64_t batch = qIn.size(0), nq = qIn.size(1), nk = k.size(1);
    const int64_t dim = qIn.size(2) / heads;
    const at::Tensor q = qIn * (1.0 / std::sqrt(double(dim)));
    at::Tensor out = at::empty({batch, nq, heads * dim}, q.options());
    const int64_t threads = at::get_num_threads();
    const int64_t tasksPerSlice = batch * heads;
    const int64_t budgetRows =
        attentionSliceRows(1, nq, nk, sizeof(float), attentionBudget().cpuBlockBytes);
    int64_t slices = (nq + budgetRows - 1) / budgetRows;
    // Few tasks (the VAE's single head): split the queries further so that
    // every thread gets the same number of blocks.
    while (tasksPerSlice * slices < 4 * threads && (tasksPerSlice * slices) % threads != 0 &&
           slices < nq)
        ++slices;
    const int64_t rows = (nq + slices - 1) / slices;
    slices = (nq + rows - 1) / rows;
    std::vector<at::Tensor> scratch(static_cast<size_t>(threads));
    for (auto& s : scratch)
        s = at::empty({rows * nk}, q.options());
    const at::Tensor kc = k.contiguous(), vc = v.contiguous();
    at::parallel_for(0, batch * heads * slices, 1, [&](int64_t begin, int64_t end) {
        at::Tensor& buffer = scratch[static_cast<size_t>(at::get_thread_num())];
        for (int64_t task = begin; task < end; ++task) {
            const int64_t slice = task % slices, bh = task / slices;
            const int64_t b = bh / heads, h = bh % heads;
            const int64_t start = slice * rows, count = std::min(rows, nq - start);
            at::Tensor qb = q[b].narrow(0, start, count).narrow(1, h * dim, dim); // [count, D]
            at::Tensor kb = kc[b].narrow(1, h * dim, dim);                        // [Nk, D]
            at::Tensor vb = vc[b].narrow(1, h * dim, dim);                        // [Nk, D]
            at::Tensor scores = buffer.narrow(0, 0, count * nk).view({count, nk});
            at::mm_out(scores, qb, kb.t());
            if (mask.defined())
                scores.add_(mask.narrow(0, start, count));
            at::_softmax_out(scores, scores, 1, false);
            at::Tensor target = out[b].narrow(0, start, count).narrow(1, h * dim, dim);
            at::mm_out(target, scores, vb);
        }
    });
    return out;
}

// Other devices and dtypes: all heads of a slice of queries at once.
at::Tensor attentionBatched(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v,
                            int64_t heads, const at::Tensor& mask)
{
    const int64_t batch = q.size(0), nq = q.size(1), nk = k.size(1);
    const int64_t dim = q.size(2) / heads;
    auto splitHeads = [&](const at::Tensor& t, int64_t n) { // -> [B*H, n, D]
        return t.view({batch, n, heads, dim}).transpose(1, 2).reshape({batch * heads, n, dim});
    };
    const at::Tensor qh =
        splitHeads(q, nq).mul(1.0 / std::sqrt(double(dim))); // never in place: may alias q
    const at::Tensor kt = splitHeads(k, nk).transpose(1, 2); // [B*H, D, Nk]
    const at::Tensor vh = splitHeads(v, nk);
    at::Tensor out = at::empty({batch, nq, heads, dim}, q.options());
    const int64_t rows = attentionSliceRows(batch * heads, nq, nk, q.element_size(),
                                            attentionBudget().deviceSliceBytes);
    for (int64_t start = 0; start < nq; start += rows) {
        const int64_t count = std::min(rows, nq - start);
        at::Tensor scores = at::bmm(qh.narrow(1, start, count), kt); // [B*H, count, Nk]
        if (mask.defined())
            scores.add_(mask.narrow(0, start, count));
        scores = scores.softmax(-1);
        at::Tensor o = at::bmm(scores, vh); // [B*H, count, D]
        out.narrow(1, start, count).copy_(o.view({batch, heads, count, dim}).transpose(1, 2));
    }
    return out.view({batch, nq, heads * dim});
}

// A 64th of the memory available at first use, shared by the threads, within
// [32 MiB, 512 MiB]: SD 1.5's 4096 x 4096 scores of one head (64 MiB) in one
// block when the machine has room, i.e. few large BLAS calls.
int64_t defaultCpuBlockBytes()
{
    const int64_t floor = int64_t(32) << 20, ceiling = int64_t(512) << 20;
#if defined(__linux__)
    const long pages = sysconf(_SC_AVPHYS_PAGES), pageSize = sysconf(_SC_PAGESIZE);
#else
    const long pages = 0, pageSize = 0;
#endif
    if (pages <= 0 || pageSize <= 0)
        return floor;
    const int64_t threads = std::max<int64_t>(1, std::thread::hardware_concurrency());
    return std::clamp<int64_t>(int64_t(pages) * pageSize / 64 / threads, floor, ceiling);
}

} // namespace

AttentionBudget& attentionBudget()
{
    static AttentionBudget budget = [] {
        AttentionBudget b;
        b.cpuBlockBytes = defaultCpuBlockBytes();
        return b;
    }();
    return budget;
}

int64_t attentionSliceRows(int64_t batch, int64_t queries, int64_t keys, int64_t elementSize,
                           int64_t budgetBytes)
{
    const int64_t perRow = std::max<int64_t>(1, batch * keys * elementSize);
    return std::clamp<int64_t>(budgetBytes / perRow, 1, std::max<int64_t>(1, queries));
}

at::Tensor attention(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v, int64_t heads,
                     const at::Tensor& mask)
{
    if (q.device().is_cpu() && q.scalar_type() == at::kFloat && attentionBudget().cpuBlockBytes > 0)
        return attentionCpu(q, k, v, heads, mask);
    return attentionBatched(q, k, v, heads, mask);
}

at::Tensor causalMask(int64_t n, const at::TensorOptions& options)
{
    return at::full({n, n}, -std::numeric_limits<float>::infinity(), options).triu_(1);
}

} // namespace hires::nets
