#include "core/upscale/neural_run_p.h"

#include "core/image/tensor_convert_p.h"
#include "core/upscale/lanczos_upscaler.h"
#include "core/upscale/tile_size_policy.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <opencv2/core.hpp>

#if __has_include(<cuda_runtime_api.h>) && __has_include(<c10/cuda/CUDAFunctions.h>)
#include <cuda_runtime_api.h>
#define HIRES_HAVE_CUDA_MEMINFO 1
#endif

namespace hires {

namespace {

int64_t freeCudaMemory()
{
#ifdef HIRES_HAVE_CUDA_MEMINFO
    size_t freeBytes = 0, totalBytes = 0;
    if (cudaMemGetInfo(&freeBytes, &totalBytes) == cudaSuccess)
        return int64_t(freeBytes);
#endif
    return -1;
}

at::ScalarType scalarType(Precision precision)
{
    switch (precision) {
    case Precision::Fp16:
        return at::kHalf;
    case Precision::Bf16:
        return at::kBFloat16;
    default:
        return at::kFloat;
    }
}

bool isOpaque(const cv::Mat& alpha)
{
    double lo = 0;
    cv::minMaxLoc(alpha, &lo);
    return lo >= (alpha.depth() == CV_16U ? 65535.0 : 255.0);
}

AttemptConfig startConfig(const UpscaleOptions& options, Provenance& record)
{
    AttemptConfig start;
    Result<ComputeDevice> device = resolveDevice(options.device);
    if (device) {
        start.cuda = device->cuda;
    } else {
        record.addFallback(devicePreferenceName(options.device), QStringLiteral("cpu"),
                           device.error().message);
    }
    start.precision = options.precision;
    if (start.precision == Precision::Auto)
        start.precision = start.cuda ? Precision::Fp16 : Precision::Fp32;
    if (start.precision == Precision::Fp16 && !start.cuda) {
        record.addFallback(QStringLiteral("fp16"), QStringLiteral("fp32"),
                           QCoreApplication::translate("upscale", "the CPU has no fp16 kernels"));
        start.precision = Precision::Fp32;
    }
    start.tile = options.tile > 0 ? options.tile : 0;
    return start;
}

} // namespace

NeuralRun::NeuralRun(UpscaleNetwork& network, const UpscaleOptions& options, Provenance& record,
                     const UpscaleProgress& progress, const std::atomic<bool>* cancel)
    : m_network(network)
    , m_options(options)
    , m_record(record)
    , m_progress(progress)
    , m_cancel(cancel)
    , m_faults(options.faults)
{
    m_ladder.emplace(startConfig(options, record), options.minTile, 0, 0, &record);
}

int NeuralRun::autoTile(int width, int height, bool cuda) const
{
    const bool half = m_ladder->current().precision != Precision::Fp32;
    const NetworkKind kind = m_network.describe().startsWith(QLatin1String("SRVGGNetCompact"))
                                 ? NetworkKind::SRVGGNetCompact
                                 : NetworkKind::RRDBNet;
    TileSizeInput in;
    in.bytesPerPixel =
        TileSizePolicy::activationBytesPerPixel(kind, m_network.scale(), 64, 32, half ? 2 : 4);
    int64_t available = cuda ? freeCudaMemory() : TileSizePolicy::availableHostMemory();
    if (available <= 0)
        available = int64_t(4) << 30;
    // Half of what is free: the input, the output canvas and the allocator's slack live there too.
    in.budgetBytes = available / 2;
    in.width = width;
    in.height = height;
    in.tilePad = m_options.tilePad;
    in.multiple = m_network.inputMultiple();
    in.minTile = m_options.minTile;
    in.maxTile = cuda ? 0 : TileSizePolicy::kCpuMaxTile;
    return TileSizePolicy::chooseTile(in);
}

bool NeuralRun::prepareNetwork(const AttemptConfig& config, AttemptFailure* failure)
{
    const at::Device device = config.cuda ? at::Device(at::kCUDA, 0) : at::Device(at::kCPU);
    const at::ScalarType dtype = scalarType(config.precision);
    if (m_network.device() == device && m_network.dtype() == dtype)
        return true;
    try {
        m_network.to(device, dtype);
        return true;
    } catch (const std::exception& e) {
        *failure = classifyException(e);
        return false;
    }
}

RunOutcome NeuralRun::planes(const cv::Mat& image, const QString& stage)
{
    Result<ImageTensor> tensor = matToTensor(image);
    if (!tensor)
        return {RunStatus::GaveUp, {}, {FailureKind::Error, tensor.error().message, -1, 0}};
    const int s = m_network.scale();
    const int multiple = m_network.inputMultiple();
    const InputPadding pad =
        InputPadding::compute(image.cols, image.rows, m_options.prePad, multiple);
    at::Tensor padded = reflectPadRightBottom(tensor->rgb, pad.right, pad.bottom);
    tensor->rgb = at::Tensor();
    const int pw = int(padded.size(3)), ph = int(padded.size(2));
    m_ladder->setSides(std::max(pw, ph), autoTile(pw, ph, false));
    if (m_options.tile == 0 && !m_ladder->tileChosenByLadder())
        m_ladder->setTile(autoTile(pw, ph, m_ladder->current().cuda));
    if (m_options.tile == UpscaleOptions::kWholeImage && !m_ladder->tileChosenByLadder())
        m_ladder->setTile(0);

    const bool gray = image.channels() == 1;
    cv::Mat output(image.rows * s, image.cols * s, CV_MAKETYPE(image.depth(), gray ? 1 : 3));
    const PassTarget target{&output, image.depth() == CV_16U ? 16 : 8, gray};
    auto onTile = [&](int done, int total) {
        if (m_progress)
            m_progress(done, total, stage);
    };
    int first = 0;
    for (;;) {
        const AttemptConfig config = m_ladder->current();
        AttemptFailure failure;
        if (prepareNetwork(config, &failure)) {
            const TilePlan plan = TilePlan::make(pw, ph, config.tile, m_options.tilePad, multiple);
            NeuralPass pass(m_network, padded, image.size(), plan, target, m_faults);
            const PassOutcome outcome = pass.run(first, onTile, m_cancel);
            if (outcome.status == PassStatus::Done) {
                m_record.device = config.deviceName();
                m_record.precision = precisionName(config.precision);
                m_record.tileSize = plan.tileSize();
                return {RunStatus::Done, output, {}};
            }
            if (outcome.status == PassStatus::Cancelled)
                return {RunStatus::Cancelled, {}, {}};
            failure = outcome.failure;
        }
        const std::optional<AttemptConfig> next = m_ladder->next(failure);
        if (!next)
            return {RunStatus::GaveUp, {}, failure};
        // A precision change keeps the plan: resume at the tile that failed.
        const bool samePlan = next->tile == config.tile && next->cuda == config.cuda;
        first = samePlan ? std::max(0, failure.tileIndex) : 0;
    }
}

RunOutcome NeuralRun::pass(const cv::Mat& image, int pass, int passes)
{
    const QString suffix =
        passes > 1 ? QStringLiteral(" %1/%2").arg(pass + 1).arg(passes) : QString();
    cv::Mat color = image;
    cv::Mat alpha;
    if (image.channels() == 4) {
        cv::Mat planes[4];
        cv::split(image, planes);
        cv::merge(planes, 3, color);
        alpha = planes[3];
    }
    QElapsedTimer timer;
    timer.start();
    RunOutcome out = planes(color, QStringLiteral("upscale") + suffix);
    m_record.addTiming(QStringLiteral("upscale"), timer.nsecsElapsed() / 1e9);
    if (out.status != RunStatus::Done || alpha.empty())
        return out;

    timer.restart();
    const cv::Size size = out.pixels.size();
    cv::Mat upAlpha;
    if (isOpaque(alpha)) {
        // Fully opaque: the network would return (almost) 1 everywhere; skip it.
        upAlpha =
            cv::Mat(size, alpha.type(), cv::Scalar::all(alpha.depth() == CV_16U ? 65535 : 255));
        m_record.details.insert(QStringLiteral("alpha"), QStringLiteral("opaque"));
    } else if (m_options.alpha == AlphaMode::Lanczos) {
        upAlpha = LanczosUpscaler::resize(alpha, size);
        m_record.details.insert(QStringLiteral("alpha"), QStringLiteral("lanczos"));
    } else {
        RunOutcome a = planes(alpha, QStringLiteral("alpha") + suffix);
        if (a.status != RunStatus::Done)
            return a;
        upAlpha = a.pixels;
        m_record.details.insert(QStringLiteral("alpha"), QStringLiteral("model"));
    }
    m_record.addTiming(QStringLiteral("alpha"), timer.nsecsElapsed() / 1e9);
    cv::Mat planes[2] = {out.pixels, upAlpha};
    cv::merge(planes, 2, out.pixels);
    return out;
}

} // namespace hires
