// Benchmark: one UNet evaluation with classifier-free guidance (batch 2) and one
// VAE decode of the real SD 1.5 (512x512) and SDXL base (768x768)
// architectures on deterministic random weights, ours against the PyTorch eager
// reference (tests/python/sd_reference.py) with the same weights, inputs and
// thread count, in the same run. Prints seconds, GFLOP/s, peak memory (VmHWM)
// and the speed ratio; fails only if the outputs disagree.
//
// HIRES_BENCH_SD=sd15 or sdxl limits the run to one model (default: both).
#include "core/diffusion/nets/attention_p.h"
#include "core/diffusion/nets/module_inventory_p.h"
#include "core/diffusion/nets/sd_networks_p.h"
#include "core/diffusion/nets/unet_p.h"
#include "core/diffusion/nets/vae_p.h"
#include "core/nn/conv_util_p.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <ATen/Parallel.h>
#include <c10/core/InferenceMode.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>

using namespace hires;
using namespace hires::nets;

namespace {

void resetPeakMemory()
{
    std::ofstream("/proc/self/clear_refs") << "5";
}

double peakMemoryMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

// The rule bench_sd_reference.py applies too: parameters sorted by name; 1-D
// weights 1, biases 0; others N(0, 1/fan_in) from a generator seeded 1234 + index.
void fillDeterministic(torch::nn::Module& module)
{
    std::map<std::string, at::Tensor> sorted;
    for (const auto& item : module.named_parameters(/*recurse=*/true))
        sorted.emplace(item.key(), item.value());
    int64_t index = 0;
    for (auto& [name, p] : sorted) {
        if (p.dim() == 1) {
            const bool weight = name.size() > 7 && name.compare(name.size() - 7, 7, ".weight") == 0;
            p.fill_(weight ? 1.0 : 0.0);
        } else {
            at::Generator g = at::detail::createCPUGenerator(uint64_t(1234 + index));
            p.normal_(0.0, 1.0 / std::sqrt(double(p[0].numel())), g);
        }
        ++index;
    }
}

void writeRaw(const QString& dir, const std::map<std::string, at::Tensor>& tensors)
{
    QDir().mkpath(dir);
    QJsonObject index;
    QFile blob(dir + QStringLiteral("/weights.bin"));
    QVERIFY(blob.open(QIODevice::WriteOnly));
    int64_t offset = 0;
    for (const auto& [name, tensor] : tensors) {
        const at::Tensor t = tensor.to(at::kFloat).contiguous();
        QJsonArray shape;
        for (int64_t d : t.sizes())
            shape.append(qint64(d));
        index.insert(QString::fromStdString(name),
                     QJsonObject{{QStringLiteral("shape"), shape},
                                 {QStringLiteral("offset"), qint64(offset)}});
        blob.write(static_cast<const char*>(t.data_ptr()), qint64(t.nbytes()));
        offset += t.numel();
    }
    QFile json(dir + QStringLiteral("/weights.json"));
    QVERIFY(json.open(QIODevice::WriteOnly));
    json.write(QJsonDocument(index).toJson(QJsonDocument::Compact));
}

struct Timing
{
    double seconds = 0;
    double peakMb = 0;
};

template <typename Run> Timing timeIt(int warmup, Run run, at::Tensor* out)
{
    for (int i = 0; i < warmup; ++i)
        run();
    resetPeakMemory();
    QElapsedTimer timer;
    timer.start();
    *out = run();
    return {timer.nsecsElapsed() / 1e9, peakMemoryMb()};
}

} // namespace

// F16 weights backed by one shared buffer of zeros, shaped like `module`: a
// stand-in for a memory-mapped fp16 checkpoint.
StateDict halfWeightsLike(const torch::nn::Module& module,
                          const std::shared_ptr<const Storage>& zeros)
{
    StateDict dict;
    for (const auto& [name, shape] : moduleInventory(module)) {
        TensorRef t;
        t.dtype = DType::F16;
        t.shape = shape;
        t.strides = TensorRef::contiguousStrides(shape);
        t.storage = zeros;
        dict.insert(name, t);
    }
    return dict;
}

class BenchSdNetworks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The attention of SD 1.5's first level at 512x512 (2 x 8 heads x 4096
    // tokens x 40): our default, smaller CPU blocks, and batched products of
    // all heads (the non-CPU path) with a 256 MiB and a 1 GiB budget.
    void attentionBlocks()
    {
        c10::InferenceMode guard;
        const AttentionBudget saved = attentionBudget();
        const at::Tensor q = at::randn({2, 4096, 320}), k = at::randn({2, 4096, 320}),
                         v = at::randn({2, 4096, 320});
        at::Tensor reference;
        const std::vector<std::pair<int64_t, int64_t>> settings{
            {saved.cpuBlockBytes, 0}, {int64_t(512) << 10, 0}, {int64_t(8) << 20, 0},
            {0, int64_t(256) << 20},  {0, int64_t(1) << 30},   {saved.cpuBlockBytes, 0}};
        for (const auto& [block, slice] : settings) {
            attentionBudget() = {block, slice};
            QElapsedTimer timer;
            timer.start();
            at::Tensor out = attention(q, k, v, 8);
            const double seconds = timer.nsecsElapsed() / 1e9;
            if (!reference.defined())
                reference = out;
            qInfo("attention 2x8x4096x40, CPU blocks %lld KiB / batched slices %lld KiB: %.3f s, "
                  "%.1f GFLOP/s, max diff %.1e",
                  (long long)(block >> 10), (long long)(slice >> 10), seconds,
                  4.0 * 2 * 4096 * 4096 * 320 / seconds / 1e9,
                  (out - reference).abs().max().item<double>());
        }
        attentionBudget() = saved;
    }

    // Peak memory of loading a whole fp16 model into fp32 networks, against the
    // size of the fp32 parameters: the conversion adds one tensor, not a copy.
    void loadingPeak_data()
    {
        QTest::addColumn<QString>("model");
        const QString only = qEnvironmentVariable("HIRES_BENCH_SD");
        if (only.isEmpty() || only == QLatin1String("sd15"))
            QTest::newRow("SD 1.5") << "sd15";
        if (only == QLatin1String("sdxl"))
            QTest::newRow("SDXL base") << "sdxl";
    }

    void loadingPeak()
    {
        QFETCH(QString, model);
        const bool xl = model == QLatin1String("sdxl");
        c10::InferenceMode guard;
        SdComponents parts;
        parts.info.kind = xl ? SdModelKind::SdxlBase : SdModelKind::Sd1;
        parts.info.unet = xl ? UNetConfig::sdxlBase() : UNetConfig::sd15();
        parts.info.vae = xl ? VaeConfig::sdxl() : VaeConfig::sd();
        // 49408 x 1280 halves: the largest tensor of either model.
        std::vector<std::byte> zeroBytes(size_t(49408) * 1280 * 2);
        auto zeros = std::make_shared<HeapStorage>(std::move(zeroBytes));
        const ParamOptions meta = ParamOptions::meta();
        parts.unet = halfWeightsLike(*UNet(parts.info.unet, meta), zeros);
        parts.vae = halfWeightsLike(*AutoencoderKL(parts.info.vae, meta), zeros);
        parts.textEncoder =
            halfWeightsLike(*ClipTextEncoder(ClipTextConfig::vitL14(), meta), zeros);
        if (xl)
            parts.textEncoder2 =
                halfWeightsLike(*OpenClipTextEncoder(OpenClipTextConfig::vitBigG14(), meta), zeros);
        const double fp32Mb =
            4.0 *
            double(parts.unet.parameterCount() + parts.vae.parameterCount() +
                   parts.textEncoder.parameterCount() + parts.textEncoder2.parameterCount()) /
            (1024.0 * 1024.0);
        resetPeakMemory();
        const double before = peakMemoryMb();
        QElapsedTimer timer;
        timer.start();
        Result<SdNetworks> nets = loadSdNetworks(parts);
        QVERIFY2(nets.ok(), nets.ok() ? "" : qPrintable(nets.error().message));
        qInfo("%s: loaded F16 -> F32 in %.1f s; fp32 parameters %.0f MB, peak growth %.0f MB "
              "(overhead %.0f MB)",
              qPrintable(model), timer.nsecsElapsed() / 1e9, fp32Mb, peakMemoryMb() - before,
              peakMemoryMb() - before - fp32Mb);
    }

    void unetAndVae_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<int>("imageSize");
        QTest::addColumn<int>("warmup");
        const QString only = qEnvironmentVariable("HIRES_BENCH_SD");
        if (only.isEmpty() || only == QLatin1String("sd15"))
            QTest::newRow("SD 1.5, 512x512") << "sd15" << 512 << 0;
        if (only.isEmpty() || only == QLatin1String("sdxl"))
            QTest::newRow("SDXL base, 768x768") << "sdxl" << 768 << 0;
    }

    void unetAndVae()
    {
        QFETCH(QString, model);
        QFETCH(int, imageSize);
        QFETCH(int, warmup);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const bool xl = model == QLatin1String("sdxl");
        const UNetConfig config = xl ? UNetConfig::sdxlBase() : UNetConfig::sd15();
        const VaeConfig vaeConfig = xl ? VaeConfig::sdxl() : VaeConfig::sd();
        const int threads = at::get_num_threads();
        const int64_t latent = imageSize / 8;
        QElapsedTimer total;
        total.start();

        c10::InferenceMode guard;
        auto gen = [](uint64_t seed) { return at::detail::createCPUGenerator(seed); };
        std::map<std::string, at::Tensor> inputs{
            {"x", at::randn({2, 4, latent, latent}, gen(1))},
            {"t", at::full({2}, 999.0)},
            {"context", at::randn({2, 77, config.contextDim}, gen(2))},
            {"z",
             at::randn({1, 4, latent, latent}, gen(3)).mul_(1.0 / vaeConfig.scaleFactor * 0.2)}};
        if (xl)
            inputs["y"] = at::randn({2, config.admInChannels}, gen(4));
        writeRaw(dir.filePath(QStringLiteral("inputs")), inputs);

        std::map<std::string, at::Tensor> ours;
        Timing unetTime, vaeTime;
        QElapsedTimer init;
        init.start();
        {
            UNet unet(config);
            fillDeterministic(*unet);
            applyPreferredLayout(*unet);
            const double initSeconds = init.nsecsElapsed() / 1e9;
            qInfo("%s: our UNet built and filled in %.1f s", qPrintable(model), initSeconds);
            at::Tensor out;
            unetTime = timeIt(
                warmup,
                [&] {
                    return unet->forward(inputs["x"], inputs["t"], inputs["context"],
                                         xl ? inputs["y"] : at::Tensor());
                },
                &out);
            ours["unet"] = out;
        }
        {
            AutoencoderKL vae(vaeConfig);
            fillDeterministic(*vae);
            applyPreferredLayout(*vae);
            at::Tensor out;
            vaeTime = timeIt(
                warmup, [&] { return vae->decode(inputs["z"]); }, &out);
            ours["vae"] = out;
        }
        writeRaw(dir.filePath(QStringLiteral("ours")), ours);
        // Ours first, so a reference run cut short still leaves our numbers.
        qInfo("%s ours: UNet eval batch 2 %.2f s (peak %.0f MB), VAE decode %.2f s (peak %.0f MB)",
              qPrintable(model), unetTime.seconds, unetTime.peakMb, vaeTime.seconds,
              vaeTime.peakMb);

        QProcess python;
        python.start(QStringLiteral(HIRES_PYTHON),
                     {QStringLiteral(HIRES_SOURCE_DIR "/tests/python/bench_sd_reference.py"), model,
                      dir.path(), QString::number(threads), QString::number(warmup)});
        QVERIFY(python.waitForFinished(6600000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        const QJsonObject ref =
            QJsonDocument::fromJson(python.readAllStandardOutput().trimmed()).object();
        QVERIFY(!ref.isEmpty());

        auto report = [&](const char* what, const Timing& t, const QJsonObject& r) {
            const double flops = r[QLatin1String("flops")].toDouble();
            const double refSeconds = r[QLatin1String("s")].toDouble();
            qInfo(
                "%s %s (%d threads, %.1f GFLOP): ours %.2f s %.1f GFLOP/s peak %.0f MB | "
                "reference %.2f s %.1f GFLOP/s peak %.0f MB | speed ratio %.2f | max rel diff %.2e",
                qPrintable(model), what, threads, flops / 1e9, t.seconds, flops / t.seconds / 1e9,
                t.peakMb, refSeconds, flops / refSeconds / 1e9,
                r[QLatin1String("hwm_mb")].toDouble(), refSeconds / t.seconds,
                r[QLatin1String("rel_diff")].toDouble());
            // Same architecture, weights and inputs: the outputs must agree.
            QVERIFY2(r[QLatin1String("rel_diff")].toDouble() < 1e-3, what);
        };
        report("UNet eval, batch 2 (CFG)", unetTime, ref[QLatin1String("unet")].toObject());
        report("VAE decode", vaeTime, ref[QLatin1String("vae")].toObject());
        qInfo("%s: benchmark wall time %.0f s", qPrintable(model), total.nsecsElapsed() / 1e9);
    }
};

int main(int argc, char** argv)
{
    // One SDXL step in fp32 on two cores takes minutes: lift QtTest's 5-minute watchdog.
    qputenv("QTEST_FUNCTION_TIMEOUT", "7200000");
    QCoreApplication app(argc, argv);
    BenchSdNetworks bench;
    return QTest::qExec(&bench, argc, argv);
}
#include "bench_sd_networks.moc"
