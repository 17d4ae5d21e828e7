#include "core/upscale/neural_pass_p.h"

#include "core/image/tensor_convert_p.h"

#include <QCoreApplication>

#include <opencv2/core.hpp>

#include <limits>
#include <new>

namespace hires {

namespace {

// A failure with its tile, so the ladder can say where it happened.
struct TileFailure
{
    AttemptFailure failure;
};

at::Tensor reflectIndex(int64_t size, int64_t pad)
{
    at::Tensor index = at::arange(size + pad, at::kLong);
    if (pad == 0)
        return index;
    const int64_t period = 2 * (size - 1);
    auto* p = index.data_ptr<int64_t>();
    for (int64_t i = size; i < size + pad; ++i) {
        const int64_t j = period > 0 ? i % period : 0;
        p[i] = j < size ? j : period - j;
    }
    return index;
}

} // namespace

at::Tensor reflectPadRightBottom(const at::Tensor& x, int right, int bottom)
{
    at::Tensor out = x;
    if (right > 0)
        out = out.index_select(3, reflectIndex(x.size(3), right));
    if (bottom > 0)
        out = out.index_select(2, reflectIndex(x.size(2), bottom));
    return out;
}

AttemptFailure classifyException(const std::exception& e)
{
    AttemptFailure f;
    f.message = QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0);
    if (dynamic_cast<const std::bad_alloc*>(&e)) {
        f.kind = FailureKind::OutOfMemory;
        if (f.message == QLatin1String("std::bad_alloc"))
            f.message = QCoreApplication::translate("upscale", "an allocation failed");
        return f;
    }
    // c10::Error texts: "CUDA out of memory. Tried to allocate ...",
    // "DefaultCPUAllocator: can't allocate memory: you tried to allocate ...".
    const QString text = QString::fromUtf8(e.what()).toLower();
    if (text.contains(QLatin1String("out of memory")) ||
        text.contains(QLatin1String("can't allocate memory")) ||
        text.contains(QLatin1String("failed to allocate")))
        f.kind = FailureKind::OutOfMemory;
    else
        f.kind = FailureKind::Error;
    return f;
}

FaultCounter::FaultCounter(const UpscaleFaults& faults)
    : m_faults(faults)
{}

bool FaultCounter::takeOutOfMemory(int tileIndex)
{
    if (tileIndex != m_faults.outOfMemoryAtTile || m_faults.outOfMemoryTimes <= 0)
        return false;
    --m_faults.outOfMemoryTimes;
    return true;
}

bool FaultCounter::takeNonFinite(int tileIndex)
{
    if (tileIndex != m_faults.nonFiniteAtTile || m_faults.nonFiniteTimes <= 0)
        return false;
    --m_faults.nonFiniteTimes;
    return true;
}

NeuralPass::NeuralPass(UpscaleNetwork& network, const at::Tensor& padded, cv::Size croppedSize,
                       const TilePlan& plan, PassTarget target, FaultCounter& faults)
    : m_network(network)
    , m_padded(padded)
    , m_cropped(croppedSize)
    , m_plan(plan)
    , m_target(target)
    , m_faults(faults)
{}

void NeuralPass::runTile(const Tile& tile)
{
    const int s = m_network.scale();
    if (m_faults.takeOutOfMemory(tile.index))
        throw std::bad_alloc();
    // [1, 3, h, w] crop with its overlap, on the network's device and dtype.
    at::Tensor crop = m_padded.narrow(2, tile.input.y, tile.input.height)
                          .narrow(3, tile.input.x, tile.input.width)
                          .to(m_network.device(), m_network.dtype());
    at::Tensor result = m_network.forward(crop); // [1, 3, h*s, w*s]
    crop = at::Tensor();
    if (m_faults.takeNonFinite(tile.index))
        result.fill_(std::numeric_limits<float>::quiet_NaN());

    // Only the part of the core that survives the final crop is pasted.
    const TileRect core = tile.core.scaled(s);
    const TileRect inOut = tile.coreInOutput(s);
    const int w = std::min(core.right(), m_cropped.width * s) - core.x;
    const int h = std::min(core.bottom(), m_cropped.height * s) - core.y;
    if (w <= 0 || h <= 0)
        return;
    at::Tensor piece = result.narrow(2, inOut.y, h).narrow(3, inOut.x, w).to(at::kCPU, at::kFloat);
    result = at::Tensor();
    if (!at::isfinite(piece).all().item<bool>()) {
        throw TileFailure{{FailureKind::NonFinite, {}, tile.index, m_plan.count()}};
    }
    piece.clamp_(0.0, 1.0);
    Result<cv::Mat> pixels = tensorToMat(piece, at::Tensor(), m_target.bitDepth, m_target.gray);
    if (!pixels)
        throw TileFailure{{FailureKind::Error, pixels.error().message, tile.index, m_plan.count()}};
    pixels->copyTo((*m_target.output)(cv::Rect(core.x, core.y, w, h)));
}

PassOutcome NeuralPass::run(int firstTile, const std::function<void(int, int)>& progress,
                            const std::atomic<bool>* cancel)
{
    const int count = m_plan.count();
    for (int i = std::max(0, firstTile); i < count; ++i) {
        if (cancel && cancel->load())
            return {PassStatus::Cancelled, {}};
        try {
            runTile(m_plan.tiles()[size_t(i)]);
        } catch (const TileFailure& f) {
            return {PassStatus::Failed, f.failure};
        } catch (const std::exception& e) {
            AttemptFailure f = classifyException(e);
            f.tileIndex = i;
            f.tileCount = count;
            return {PassStatus::Failed, f};
        }
        if (progress)
            progress(i + 1, count);
    }
    return {PassStatus::Done, {}};
}

} // namespace hires
