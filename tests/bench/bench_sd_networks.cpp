// Benchmark: one sampling step's UNet evaluation with classifier-free guidance
// (batch 2: cond + uncond) and one VAE decode of the real SD 1.5 (512x512) and
// SDXL base (768x768) architectures on deterministic random fp32 weights, ours
// against the PyTorch eager reference (tests/python/bench_sd_reference.py) on
// the same weight bytes (one file, memory-mapped by both processes, so that
// SDXL's 10.3 GB are in RAM once), inputs and thread count (2), in one run.
// The runs alternate, ours then the reference, HIRES_BENCH_REPEATS times (3
// for SD 1.5, 2 for SDXL by default), and the best of each side counts: fair
// on a machine whose load changes. Prints seconds, GFLOP/s (multiply-adds x 2
// of every convolution, linear layer and attention product), peak resident
// memory (VmHWM, mapped weights included) and the speed ratio (reference time
// / ours: above 1 is faster); fails only if the outputs disagree.
//
// HIRES_BENCH_SD=sd15 or sdxl limits the run to one model (default: both).
//
// Measured 2026-11-25 on the 2-core build machine under load 14-25, 2 threads,
// best of 2 (docs/diffusion-performance.md has the full table):
//   SD 1.5 UNet 512 CFG: ours 124.6 s, eager 150.8 s, ratio 1.21 (1606 GFLOP)
//   SD 1.5 VAE decode 512: ours 163.7 s, eager 186.8 s, ratio 1.14 (2515 GFLOP)
// and 2026-12-04 on a 2-core AVX2 EPYC under load 4-6, best of 2, all channels-last:
//   SDXL UNet 768 CFG: ours 281.8 s, eager 273.8 s, ratio 0.97 (7282 GFLOP), peak 12.3 GB
//   SDXL VAE decode 768: ours 102.3 s, eager 89.9 s, ratio 0.88, peak 13.5 GB (fits in 24 GB)
// and with the VAE in NCHW on that CPU (docs/diffusion-performance.md), idle, best of 2:
//   SDXL UNet 768 CFG: ours 66.0 s, eager 81.7 s, ratio 1.24; VAE decode 48.1 s / 59.1 s, 1.23
//   SD 1.5 UNet 512 CFG: ours 16.35 s, eager 32.87 s, ratio 2.01; VAE 19.94 s / 21.19 s, 1.06
//   peak resident memory of the SDXL run: 14.0 GB (fits in 24 GB).
#include "core/diffusion/nets/attention_p.h"
#include "core/diffusion/nets/module_inventory_p.h"
#include "core/diffusion/nets/sd_networks_p.h"
#include "core/diffusion/nets/unet_p.h"
#include "core/diffusion/nets/vae_p.h"
#include "core/jobs/compute_device.h"
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

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

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

// The raw float32 layout bench_sd_reference.py reads: dir/weights.bin (the
// tensors back to back) and dir/weights.json (name -> shape, offset in floats).
class RawWriter
{
public:
    explicit RawWriter(const QString& dir)
        : m_dir(dir)
        , m_blob(dir + QStringLiteral("/weights.bin"))
    {
        QDir().mkpath(dir);
        m_ok = m_blob.open(QIODevice::WriteOnly);
    }

    void add(const std::string& name, const at::Tensor& tensor)
    {
        const at::Tensor t = tensor.to(at::kFloat).contiguous();
        QJsonArray shape;
        for (int64_t d : t.sizes())
            shape.append(qint64(d));
        m_index.insert(QString::fromStdString(name),
                       QJsonObject{{QStringLiteral("shape"), shape},
                                   {QStringLiteral("offset"), qint64(m_offset)}});
        m_ok = m_ok && m_blob.write(static_cast<const char*>(t.data_ptr()), qint64(t.nbytes())) ==
                           qint64(t.nbytes());
        m_offset += t.numel();
    }

    // Closes both files; false if anything failed to be written.
    bool finish()
    {
        m_blob.close();
        QFile json(m_dir + QStringLiteral("/weights.json"));
        return m_ok && json.open(QIODevice::WriteOnly) &&
               json.write(QJsonDocument(m_index).toJson(QJsonDocument::Compact)) > 0;
    }

    QString blobPath() const { return m_blob.fileName(); }
    int64_t floats() const { return m_offset; }

private:
    QString m_dir;
    QFile m_blob;
    QJsonObject m_index;
    int64_t m_offset = 0;
    bool m_ok = false;
};

// Deterministic weights for `module`, written to dir/weights.{bin,json} in the
// raw layout bench_sd_reference.py maps, then mapped back shared and read-only
// as the module's parameters. The rule: parameters sorted by name; 1-D weights
// 1, biases 0; others N(0, 1/fan_in) from a generator seeded 1234 + index. The
// parameters' own (untouched, never resident) storage is released.
void shareDeterministicWeights(torch::nn::Module& module, const QString& dir)
{
    std::map<std::string, at::Tensor> sorted;
    for (const auto& item : module.named_parameters(/*recurse=*/true))
        sorted.emplace(item.key(), item.value());
    RawWriter writer(dir);
    int64_t seed = 1234;
    for (const auto& [name, p] : sorted) {
        at::Tensor t = at::empty(p.sizes(), at::kFloat);
        if (t.dim() == 1) {
            const bool weight = name.size() > 7 && name.compare(name.size() - 7, 7, ".weight") == 0;
            t.fill_(weight ? 1.0 : 0.0);
        } else {
            at::Generator g = at::detail::createCPUGenerator(uint64_t(seed));
            t.normal_(0.0, 1.0 / std::sqrt(double(t[0].numel())), g);
        }
        ++seed;
        writer.add(name, t);
    }
    QVERIFY(writer.finish());

    const int fd = ::open(qPrintable(writer.blobPath()), O_RDONLY);
    QVERIFY(fd >= 0);
    int64_t offset = writer.floats();
    const size_t bytes = size_t(offset) * sizeof(float);
    void* base = ::mmap(nullptr, bytes, PROT_READ, MAP_SHARED, fd, 0);
    ::close(fd);
    QVERIFY(base != MAP_FAILED);
    const at::Tensor all = at::from_blob(
        base, {offset}, [bytes](void* ptr) { ::munmap(ptr, bytes); }, at::kFloat);
    offset = 0;
    for (auto& [name, p] : sorted) {
        p.set_data(all.narrow(0, offset, p.numel()).view(p.sizes()));
        offset += p.numel();
    }
}

void writeRaw(const QString& dir, const std::map<std::string, at::Tensor>& tensors)
{
    RawWriter writer(dir);
    for (const auto& [name, tensor] : tensors)
        writer.add(name, tensor);
    QVERIFY(writer.finish());
}

struct Timing
{
    double seconds = 1e30; // best of the runs
    double peakMb = 0;     // largest of the runs
    double flops = 0;      // reference side only
    double relDiff = 0;    // reference side only: worst of the runs

    void add(double s, double mb)
    {
        seconds = std::min(seconds, s);
        peakMb = std::max(peakMb, mb);
    }
};

template <typename Run> at::Tensor timeIt(Timing* timing, Run run)
{
    resetPeakMemory();
    QElapsedTimer timer;
    timer.start();
    at::Tensor out = run();
    timing->add(timer.nsecsElapsed() / 1e9, peakMemoryMb());
    return out;
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
        QTest::addColumn<int>("repeats");
        const QString only = qEnvironmentVariable("HIRES_BENCH_SD");
        bool ok = false;
        const int repeats = qEnvironmentVariableIntValue("HIRES_BENCH_REPEATS", &ok);
        if (only.isEmpty() || only == QLatin1String("sd15"))
            QTest::newRow("SD 1.5, 512x512") << "sd15" << 512 << (ok ? repeats : 3);
        if (only.isEmpty() || only == QLatin1String("sdxl"))
            QTest::newRow("SDXL base, 768x768") << "sdxl" << 768 << (ok ? repeats : 2);
    }

    void unetAndVae()
    {
        QFETCH(QString, model);
        QFETCH(int, imageSize);
        QFETCH(int, repeats);
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

        UNet unet(config);
        AutoencoderKL vae(vaeConfig);
        shareDeterministicWeights(*unet, dir.filePath(QStringLiteral("unet")));
        shareDeterministicWeights(*vae, dir.filePath(QStringLiteral("vae")));
        applyPreferredLayout(*unet);
        applyWideConvLayout(*vae);
        qInfo("%s: weights written and mapped in %.0f s (%d threads, BLAS kernels %s, VAE in "
              "%s)",
              qPrintable(model), total.nsecsElapsed() / 1e9, threads,
              qPrintable(runtimeInfo().blasKernels), wideConvLayoutName());

        QProcess python;
        python.setProcessChannelMode(QProcess::SeparateChannels);
        // The reference inherits OPENBLAS_CORETYPE as ensureCpuBlasKernels() set
        // it: both sides run the same BLAS kernels, and the ratio measures our
        // networks, not the kernel fix (without it the reference's products run
        // Debian OpenBLAS's generic SSE kernels here, 3.4x slower).
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!runtimeInfo().blasKernels.isEmpty())
            env.insert(QStringLiteral("OPENBLAS_CORETYPE"), runtimeInfo().blasKernels);
        python.setProcessEnvironment(env);
        python.start(QStringLiteral(HIRES_PYTHON),
                     {QStringLiteral(HIRES_SOURCE_DIR "/tests/python/bench_sd_reference.py"), model,
                      dir.path(), QString::number(threads)});
        auto readLine = [&python]() -> QJsonObject {
            while (!python.canReadLine()) {
                if (!python.waitForReadyRead(3600000))
                    return {};
            }
            return QJsonDocument::fromJson(python.readLine().trimmed()).object();
        };
        const QJsonObject ready = readLine();
        QVERIFY2(!ready.isEmpty(), python.readAllStandardError().constData());

        std::map<std::string, at::Tensor> ours;
        Timing unetOurs, unetRef, vaeOurs, vaeRef;
        auto referenceRun = [&](const char* what, Timing* t) {
            python.write(QByteArray(what) + '\n');
            const QJsonObject r = readLine();
            QVERIFY2(!r.isEmpty(), python.readAllStandardError().constData());
            t->add(r[QLatin1String("s")].toDouble(), r[QLatin1String("hwm_mb")].toDouble());
            t->flops = r[QLatin1String("flops")].toDouble();
            t->relDiff = std::max(t->relDiff, r[QLatin1String("rel_diff")].toDouble());
            qInfo("%s %s run: ours %.2f s, reference %.2f s", qPrintable(model), what,
                  (std::string(what) == "unet" ? unetOurs : vaeOurs).seconds,
                  r[QLatin1String("s")].toDouble());
        };
        for (int i = 0; i < repeats; ++i) {
            ours["unet"] = timeIt(&unetOurs, [&] {
                return unet->forward(inputs["x"], inputs["t"], inputs["context"],
                                     xl ? inputs["y"] : at::Tensor());
            });
            qInfo("%s unet ours: %.2f s, peak %.0f MB", qPrintable(model), unetOurs.seconds,
                  unetOurs.peakMb);
            if (i == 0)
                writeRaw(dir.filePath(QStringLiteral("ours")), ours);
            referenceRun("unet", &unetRef);
        }
        for (int i = 0; i < repeats; ++i) {
            ours["vae"] = timeIt(&vaeOurs, [&] { return vae->decode(inputs["z"]); });
            qInfo("%s vae ours: %.2f s, peak %.0f MB", qPrintable(model), vaeOurs.seconds,
                  vaeOurs.peakMb);
            if (i == 0)
                writeRaw(dir.filePath(QStringLiteral("ours")), ours);
            referenceRun("vae", &vaeRef);
        }
        python.closeWriteChannel();
        QVERIFY(python.waitForFinished(600000));

        auto report = [&](const char* what, const Timing& t, const Timing& r) {
            qInfo(
                "%s %s (%d threads, %.1f GFLOP, best of %d): ours %.2f s %.1f GFLOP/s peak %.0f MB"
                " | reference %.2f s %.1f GFLOP/s peak %.0f MB | speed ratio %.2f | max rel "
                "diff %.2e",
                qPrintable(model), what, threads, r.flops / 1e9, repeats, t.seconds,
                r.flops / t.seconds / 1e9, t.peakMb, r.seconds, r.flops / r.seconds / 1e9, r.peakMb,
                r.seconds / t.seconds, r.relDiff);
            // Same architecture, weights and inputs: the outputs must agree.
            QVERIFY2(r.relDiff < 1e-3, what);
        };
        report("UNet step, batch 2 (CFG)", unetOurs, unetRef);
        report("VAE decode", vaeOurs, vaeRef);
        qInfo("%s: benchmark wall time %.0f s", qPrintable(model), total.nsecsElapsed() / 1e9);
    }
};

int main(int argc, char** argv)
{
    // One SDXL step in fp32 on two cores takes minutes: lift QtTest's 5-minute watchdog.
    qputenv("QTEST_FUNCTION_TIMEOUT", "7200000");
    QCoreApplication app(argc, argv);
    // Both sides on all cores (libtorch's default here is 1), BLAS kernels checked.
    setCpuThreads(0);
    BenchSdNetworks bench;
    return QTest::qExec(&bench, argc, argv);
}
#include "bench_sd_networks.moc"
