#include "core/upscale/neural_upscaler.h"

#include "core/upscale/lanczos_upscaler.h"
#include "core/upscale/neural_run_p.h"
#include "core/upscale/neural_upscaler_p.h"

#if HIRES_HAVE_UPSCALE_MODEL_LOADER
#include "core/nn/upscale_model_loader_p.h"
#endif

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <ATen/Parallel.h>
#include <c10/core/InferenceMode.h>

#include <opencv2/core.hpp>

#include <cmath>
#include <limits>
#include <mutex>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace hires {

struct NeuralUpscaler::Impl
{
    std::unique_ptr<UpscaleNetwork> network;
    QString modelId;
    QString modelFile;
};

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("upscale", text);
}

// libtorch's thread count is process-wide: set it for one run, then restore it.
class ScopedCpuThreads
{
public:
    explicit ScopedCpuThreads(int threads)
        : m_previous(at::get_num_threads())
    {
        if (threads > 0)
            setCpuThreads(threads);
    }
    ~ScopedCpuThreads() { at::set_num_threads(m_previous); }

private:
    int m_previous;
};

Error cancelled()
{
    return makeError(ErrorCode::Cancelled, tr("cancelled"));
}

// A forward pass allocates and frees activation buffers of tens of megabytes
// per layer. glibc serves those with mmap and returns them to the OS at once,
// so every layer page-faults its output in again: on a 2048x2048 x4fast run
// that is ~20 million faults and a quarter of the CPU time in the kernel.
// Keeping such blocks in the heap for reuse removes 90 % of the faults (sys time
// 2.5 s -> 0.3 s on a 512x512 run) for ~150 MB more peak memory. Process-wide,
// set once when the first network is wrapped.
void keepLargeAllocationsForReuse()
{
#ifdef __GLIBC__
    static std::once_flag once;
    std::call_once(once, [] {
        mallopt(M_MMAP_THRESHOLD, 1 << 30);
        mallopt(M_TRIM_THRESHOLD, std::numeric_limits<int>::max());
    });
#endif
}

// ...and hand the kept memory back once a run is over (a long-lived GUI
// should not hold a gigabyte after one large image).
void releaseKeptMemory()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

// Calls f when leaving the scope (every return path of a run).
template <typename F> struct AtExit
{
    F f;
    ~AtExit() { f(); }
};
template <typename F> AtExit(F) -> AtExit<F>;

} // namespace

std::unique_ptr<NeuralUpscaler>
NeuralUpscalerFactory::create(std::unique_ptr<UpscaleNetwork> network, const QString& modelId,
                              const QString& modelFile)
{
    keepLargeAllocationsForReuse();
    auto impl = std::make_unique<NeuralUpscaler::Impl>();
    impl->network = std::move(network);
    impl->modelId = modelId;
    impl->modelFile = modelFile;
    return std::unique_ptr<NeuralUpscaler>(new NeuralUpscaler(std::move(impl)));
}

NeuralUpscaler::NeuralUpscaler(std::unique_ptr<Impl> impl)
    : d(std::move(impl))
{}

NeuralUpscaler::~NeuralUpscaler() = default;

Result<std::unique_ptr<NeuralUpscaler>> NeuralUpscaler::open(const QString& modelFile,
                                                             const QString& modelId)
{
    const QString id = modelId.isEmpty() ? QFileInfo(modelFile).completeBaseName() : modelId;
#if HIRES_HAVE_UPSCALE_MODEL_LOADER
    Result<std::unique_ptr<UpscaleNetwork>> network = loadUpscaleNetwork(modelFile);
    if (!network)
        return network.error();
    return NeuralUpscalerFactory::create(std::move(*network), id, modelFile);
#else
    return makeError(
        ErrorCode::Unsupported,
        tr("%1: this build cannot read model files (the model loader is missing)").arg(modelFile));
#endif
}

QString NeuralUpscaler::id() const
{
    return d->modelId;
}

QString NeuralUpscaler::modelFile() const
{
    return d->modelFile;
}

QString NeuralUpscaler::architecture() const
{
    return d->network->describe();
}

int NeuralUpscaler::modelScale() const
{
    return d->network->scale();
}

int64_t NeuralUpscaler::parameterCount() const
{
    return d->network->parameterCount();
}

int NeuralUpscaler::passesFor(int modelScale, double outScale)
{
    if (modelScale <= 1)
        return 1;
    int passes = 1;
    double reached = modelScale;
    while (reached + 1e-9 < outScale && passes < 8) {
        reached *= modelScale;
        ++passes;
    }
    return passes;
}

Result<UpscaleResult> NeuralUpscaler::upscale(const Image& input, const UpscaleOptions& options,
                                              const UpscaleProgress& progress,
                                              const std::atomic<bool>* cancel)
{
    const cv::Mat& pixels = input.pixels;
    if (pixels.empty() || (pixels.depth() != CV_8U && pixels.depth() != CV_16U) ||
        (pixels.channels() != 1 && pixels.channels() != 3 && pixels.channels() != 4))
        return makeError(ErrorCode::InvalidArgument,
                         tr("the image must be 8- or 16-bit gray, BGR or BGRA"));
    Result<cv::Size> target = upscaledSize(pixels.size(), options);
    if (!target)
        return target.error();

    UpscaleResult result;
    Provenance& p = result.provenance;
    p.task = QStringLiteral("upscale");
    p.requested = p.used = d->modelId;
    p.modelId = d->modelId;
    p.modelFile = d->modelFile;
    p.architecture = d->network->describe();

    const AtExit release{releaseKeptMemory};
    ScopedCpuThreads threads(options.cpuThreads);
    p.threads = at::get_num_threads();
    c10::InferenceMode inference;

    NeuralRun run(*d->network, options, p, progress, cancel);
    const int passes = passesFor(d->network->scale(), options.outScale);
    cv::Mat current = pixels;
    for (int pass = 0; pass < passes; ++pass) {
        RunOutcome outcome = run.pass(current, pass, passes);
        if (outcome.status == RunStatus::Cancelled)
            return cancelled();
        if (outcome.status == RunStatus::GaveUp) {
            if (!options.allowFallback)
                return makeError(outcome.failure.kind == FailureKind::OutOfMemory
                                     ? ErrorCode::OutOfMemory
                                     : ErrorCode::Internal,
                                 FallbackLadder::describe(outcome.failure));
            run.ladder().recordLanczos(d->modelId, outcome.failure);
            LanczosUpscaler lanczos;
            Result<UpscaleResult> fallback = lanczos.upscale(input, options, progress, cancel);
            if (!fallback)
                return fallback.error();
            // Keep what was asked for and every step taken; the pixels are LANCZOS'.
            Provenance used = std::move(fallback->provenance);
            p.used = used.used;
            p.device = used.device;
            p.precision.clear();
            p.tileSize = 0;
            p.passes = used.passes;
            for (const auto& [stage, seconds] : used.timings)
                p.addTiming(stage, seconds);
            fallback->provenance = std::move(p);
            return fallback;
        }
        current = std::move(outcome.pixels);
    }

    if (current.size() != *target) {
        QElapsedTimer timer;
        timer.start();
        try {
            current = LanczosUpscaler::resize(current, *target);
        } catch (const std::exception& e) {
            return makeError(ErrorCode::OutOfMemory, QString::fromUtf8(e.what()));
        }
        p.addTiming(QStringLiteral("resize"), timer.nsecsElapsed() / 1e9);
    }
    if (cancel && cancel->load())
        return cancelled();
    p.passes = passes;
    result.image.pixels = std::move(current);
    result.image.metadata = input.metadata;
    result.image.sourceFormat = input.sourceFormat;
    return result;
}

} // namespace hires
