// Benchmark (not a test; label bench): our neural upscaler against the
// PyTorch eager reference and against upscayl-bin on the CPU Vulkan driver,
// measured in one run on this machine. Prints:
//  1. time and Mpx/s, ours vs the reference, for realesrgan-x4fast and
//     realesrgan-x4plus at several sizes (same weights, pixels, tile size and
//     thread count), with the ratio reference / ours (> 1: ours is faster);
//  2. achieved GFLOP/s against this machine's measured oneDNN convolution peak;
//  3. peak memory (VmHWM of a fresh process) upscaling 2048x2048 -> 8192x8192
//     with x4fast;
//  4. upscayl-bin (same npm package as the models) on lavapipe: its time on
//     the same image and model, and the PSNR of its output against ours.
// usage: bench_upscale [--quick] [--threads N]   (--quick: smaller sizes, no 2048 run;
//        threads: for ours and the reference alike, default 2)
//        bench_upscale --memory-run MODEL_RAW_DIR SIDE TILE   (internal)
#include "core/nn/upscale_network_p.h"
#include "core/upscale/lanczos_upscaler.h"
#include "core/upscale/neural_upscaler_p.h"
#include "core/upscale/tile_plan.h"
#include "support/raw_image_fixture.h"
#include "support/raw_tensor_fixture.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>

#include <ATen/ATen.h>
#include <ATen/Parallel.h>
#include <c10/core/InferenceMode.h>
#include <torch/version.h>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cstdio>
#include <map>

using namespace hires;

namespace {

int g_threads = 2; // --threads N; the same for ours and the reference
const QString kData = QStringLiteral(HIRES_TEST_DATA_DIR);

void say(const QString& text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

QString python(const QStringList& args, int timeoutMs = 3600000)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QStringLiteral(HIRES_PYTHON), args);
    if (!p.waitForFinished(timeoutMs) || p.exitCode() != 0)
        qFatal("python %s failed", qPrintable(args.join(' ')));
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

std::unique_ptr<NeuralUpscaler> openRaw(const QString& dir, const QString& id)
{
    auto network = createUpscaleNetwork(test::readRawStateDict(dir));
    if (!network)
        qFatal("%s", qPrintable(network.error().message));
    return NeuralUpscalerFactory::create(std::move(*network), id);
}

// A real photo at the requested size: the astronaut, cropped square and resized.
cv::Mat photo(int side)
{
    cv::Mat full = cv::imread((kData + QStringLiteral("/photos/astronaut.png")).toStdString());
    if (full.empty())
        qFatal("no test photos: run tests/tools/fetch_test_data.sh");
    return LanczosUpscaler::resize(full, cv::Size(side, side));
}

// Multiply-accumulates of one forward pass per input pixel, from the weights:
// RRDBNet's conv_up1 runs at 4x the pixels, conv_up2 / conv_hr / conv_last at 16x.
double macsPerPixel(const StateDict& weights)
{
    double macs = 0;
    for (const std::string& name : weights.names()) {
        const TensorRef& t = weights.at(name);
        if (t.shape.size() != 4)
            continue;
        double factor = 1;
        if (name.rfind("conv_up1", 0) == 0)
            factor = 4;
        else if (name.rfind("conv_up2", 0) == 0 || name.rfind("conv_hr", 0) == 0 ||
                 name.rfind("conv_last", 0) == 0)
            factor = 16;
        macs += factor * double(t.shape[0] * t.shape[1] * t.shape[2] * t.shape[3]);
    }
    return macs;
}

// Input pixels the network actually processes: padded image, overlaps included.
double processedPixels(int side, int tile)
{
    const int padded = side + 10;
    const TilePlan plan = TilePlan::make(padded, padded, tile, 10);
    double pixels = 0;
    for (const Tile& t : plan.tiles())
        pixels += double(t.input.width) * t.input.height;
    return pixels;
}

// The oneDNN peak: a 64 -> 64 3x3 convolution, channels-last, as our networks run it.
double convolutionPeakGflops()
{
    c10::InferenceMode guard;
    const at::Tensor x = at::rand({1, 64, 256, 256}).contiguous(at::MemoryFormat::ChannelsLast);
    const at::Tensor w = at::rand({64, 64, 3, 3}).contiguous(at::MemoryFormat::ChannelsLast);
    const at::Tensor b = at::rand({64});
    double best = 1e9;
    for (int i = 0; i < 8; ++i) {
        QElapsedTimer t;
        t.start();
        at::Tensor y = at::conv2d(x, w, b, 1, 1);
        best = std::min(best, t.nsecsElapsed() / 1e9);
    }
    return 2.0 * 64 * 64 * 9 * 256 * 256 / best / 1e9;
}

double oursSeconds(NeuralUpscaler& up, const cv::Mat& image, int tile, int repeats,
                   cv::Mat* output = nullptr, Precision precision = Precision::Auto)
{
    UpscaleOptions o;
    o.precision = precision;
    o.outScale = 4;
    o.tile = tile > 0 ? tile : UpscaleOptions::kWholeImage;
    o.cpuThreads = g_threads;
    Image in;
    in.pixels = image;
    double best = 1e9;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer t;
        t.start();
        Result<UpscaleResult> r = up.upscale(in, o);
        best = std::min(best, t.nsecsElapsed() / 1e9);
        if (!r || r->provenance.fellBack())
            qFatal("our run failed or fell back");
        if (output)
            *output = r->image.pixels;
    }
    return best;
}

double referenceSeconds(const QString& pth, const QString& arch, const cv::Mat& image, int tile,
                        int repeats, const QString& dir)
{
    const QString raw = dir + QStringLiteral("/input.raw");
    QFile f(raw);
    f.open(QIODevice::WriteOnly);
    f.write(reinterpret_cast<const char*>(image.data), qint64(image.total() * image.elemSize()));
    f.close();
    const QString json =
        python({QStringLiteral(HIRES_SOURCE_DIR "/tests/bench/bench_reference.py"), pth, arch, raw,
                QString::number(image.rows), QString::number(image.cols), QString::number(tile),
                QString::number(g_threads), QString::number(repeats)});
    double best = 1e9;
    for (const QJsonValue& v :
         QJsonDocument::fromJson(json.toUtf8()).object().value(QStringLiteral("seconds")).toArray())
        best = std::min(best, v.toDouble());
    return best;
}

int memoryRun(const QString& rawDir, int side, int tile)
{
    auto up = openRaw(rawDir, QStringLiteral("realesrgan-x4fast"));
    const cv::Mat image = photo(side);
    UpscaleOptions o;
    o.outScale = 4;
    o.tile = tile;
    o.cpuThreads = g_threads;
    Image in;
    in.pixels = image;
    QElapsedTimer t;
    t.start();
    Result<UpscaleResult> r = up->upscale(in, o);
    const double seconds = t.nsecsElapsed() / 1e9;
    if (!r)
        qFatal("%s", qPrintable(r.error().message));
    QFile status(QStringLiteral("/proc/self/status"));
    status.open(QIODevice::ReadOnly);
    QString hwm;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            hwm = QString::fromLatin1(line.mid(6).trimmed());
    say(QStringLiteral("%1 %2 %3 %4 %5")
            .arg(hwm.split(' ').value(0))
            .arg(seconds)
            .arg(r->image.width())
            .arg(r->image.height())
            .arg(r->provenance.tileSize));
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == QLatin1String("--memory-run"))
        return memoryRun(args.value(2), args.value(3).toInt(), args.value(4).toInt());
    const bool quick = args.contains(QStringLiteral("--quick"));
    if (const int i = int(args.indexOf(QStringLiteral("--threads"))); i > 0)
        g_threads = std::max(1, args.value(i + 1).toInt());
    at::set_num_threads(g_threads);

    QTemporaryDir dir;
    for (const char* m : {"realesrgan-x4fast", "realesrgan-x4plus"})
        python({QStringLiteral(HIRES_SOURCE_DIR "/tests/python/ncnn_to_pytorch.py"),
                kData + QStringLiteral("/upscayl/%1.param").arg(QLatin1String(m)),
                dir.filePath(QLatin1String(m))});
    say(QStringLiteral("bench_upscale: %1 threads, libtorch %2.%3, %4")
            .arg(g_threads)
            .arg(TORCH_VERSION_MAJOR)
            .arg(TORCH_VERSION_MINOR)
            .arg(QString::fromStdString(at::get_parallel_info())
                     .section(QLatin1Char('\n'), 1, 1)
                     .trimmed()));

    const double peak = convolutionPeakGflops();
    say(QStringLiteral("oneDNN 3x3 conv peak (64->64, 256x256, channels-last): %1 GFLOP/s")
            .arg(peak, 0, 'f', 1));

    struct Case
    {
        const char* model;
        const char* arch;
        int side;
        int tile;
        int repeats;
    };
    std::vector<Case> cases = {
        {"realesrgan-x4fast", "x4fast", 64, 0, 3},    {"realesrgan-x4fast", "x4fast", 128, 0, 3},
        {"realesrgan-x4fast", "x4fast", 256, 128, 2}, {"realesrgan-x4plus", "x4plus", 32, 0, 2},
        {"realesrgan-x4plus", "x4plus", 64, 0, 1},    {"realesrgan-x4plus", "x4plus", 96, 48, 1},
    };
    if (quick)
        cases = {{"realesrgan-x4fast", "x4fast", 64, 0, 2},
                 {"realesrgan-x4plus", "x4plus", 32, 0, 1}};
    say(QStringLiteral("\nmodel               size     tile  ours s   ref s    ours Mpx/s  ratio  "
                       "GFLOP/s  of peak"));
    std::map<QString, std::unique_ptr<NeuralUpscaler>> models;
    for (const Case& c : cases) {
        const QString name = QString::fromLatin1(c.model);
        auto& up = models[name];
        if (!up)
            up = openRaw(dir.filePath(name + QStringLiteral(".raw")), name);
        const cv::Mat image = photo(c.side);
        // Alternate ours and the reference and keep the best of each: on a shared
        // machine a single pair measures the neighbours' load as much as the code.
        double ours = 1e9, ref = 1e9;
        for (int r = 0; r < c.repeats; ++r) {
            ours = std::min(ours, oursSeconds(*up, image, c.tile, 1));
            ref = std::min(ref, referenceSeconds(dir.filePath(name + QStringLiteral(".pth")),
                                                 QString::fromLatin1(c.arch), image, c.tile, 1,
                                                 dir.path()));
        }
        const double mpx = double(c.side) * c.side / 1e6;
        const double gflops =
            2.0 *
            macsPerPixel(test::readRawStateDict(dir.filePath(name + QStringLiteral(".raw")))) *
            processedPixels(c.side, c.tile) / ours / 1e9;
        say(QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9%")
                .arg(name, -19)
                .arg(QStringLiteral("%1x%1").arg(c.side), -8)
                .arg(c.tile, 5)
                .arg(ours, 7, 'f', 3)
                .arg(ref, 7, 'f', 3)
                .arg(mpx / ours, 11, 'f', 4)
                .arg(ref / ours, 6, 'f', 2)
                .arg(gflops, 8, 'f', 1)
                .arg(100.0 * gflops / peak, 7, 'f', 1));
    }

    // bf16 (opt-in): speed and PSNR against fp32 on the same image.
    {
        auto& fast = models[QStringLiteral("realesrgan-x4fast")];
        if (!fast)
            fast =
                openRaw(dir.filePath("realesrgan-x4fast.raw"), QStringLiteral("realesrgan-x4fast"));
        const cv::Mat image = photo(quick ? 64 : 128);
        cv::Mat fp32, bf16;
        const double t32 = oursSeconds(*fast, image, 0, 2, &fp32);
        const double t16 = oursSeconds(*fast, image, 0, 2, &bf16, Precision::Bf16);
        say(QStringLiteral("\nbf16 (opt-in) x4fast %1x%1: %2 s vs fp32 %3 s (speed-up %4x), "
                           "PSNR bf16 vs fp32 %5 dB")
                .arg(image.cols)
                .arg(t16, 0, 'f', 3)
                .arg(t32, 0, 'f', 3)
                .arg(t32 / t16, 0, 'f', 2)
                .arg(test::psnr(bf16, fp32), 0, 'f', 2));
    }

    // Peak memory in a fresh process (this one has held other images).
    if (!quick) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(app.applicationFilePath(),
                    {QStringLiteral("--memory-run"), dir.filePath("realesrgan-x4fast.raw"),
                     QStringLiteral("2048"), QStringLiteral("0")});
        if (!child.waitForStarted() || !child.waitForFinished(-1) || child.exitCode() != 0)
            say(QStringLiteral("\nmemory run failed: %1").arg(child.errorString()));
        const QStringList v = QString::fromUtf8(child.readAllStandardOutput()).trimmed().split(' ');
        say(QStringLiteral("\npeak memory 2048x2048 -> %1x%2 with x4fast (auto tile %3): %4 MiB "
                           "(VmHWM), %5 s (target <= 1536 MiB)")
                .arg(v.value(2), v.value(3), v.value(4))
                .arg(v.value(0).toDouble() / 1024.0, 0, 'f', 0)
                .arg(v.value(1).toDouble(), 0, 'f', 1));
    }

    // upscayl-bin, the CPU peer: Vulkan on lavapipe.
    const QString icd = QStringLiteral("/usr/share/vulkan/icd.d/lvp_icd.x86_64.json");
    const QString bin = kData + QStringLiteral("/upscayl/upscayl-bin");
    if (!QFile::exists(icd)) {
        say(QStringLiteral(
            "\nupscayl-bin: skipped, no lavapipe (apt-get install mesa-vulkan-drivers)"));
        return 0;
    }
    const int side = quick ? 64 : 128;
    const cv::Mat image = photo(side);
    QDir(dir.path()).mkpath(QStringLiteral("models"));
    for (const char* ext : {".param", ".bin"})
        QFile::copy(kData + QStringLiteral("/upscayl/realesrgan-x4fast") + QLatin1String(ext),
                    dir.filePath(QStringLiteral("models/realesrgan-x4fast") + QLatin1String(ext)));
    cv::imwrite(dir.filePath("peer_in.png").toStdString(), image);
    QProcess peer;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("VK_ICD_FILENAMES"), icd);
    peer.setProcessEnvironment(env);
    peer.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer t;
    t.start();
    peer.start(bin, {QStringLiteral("-i"), dir.filePath("peer_in.png"), QStringLiteral("-o"),
                     dir.filePath("peer_out.png"), QStringLiteral("-m"), dir.filePath("models"),
                     QStringLiteral("-n"), QStringLiteral("realesrgan-x4fast"),
                     QStringLiteral("-s"), QStringLiteral("4"), QStringLiteral("-g"),
                     QStringLiteral("0"), QStringLiteral("-f"), QStringLiteral("png")});
    peer.waitForFinished(-1);
    const double peerSeconds = t.nsecsElapsed() / 1e9;
    const cv::Mat peerOut = cv::imread(dir.filePath("peer_out.png").toStdString());
    if (peer.exitCode() != 0 || peerOut.empty()) {
        say(QStringLiteral("\nupscayl-bin failed (exit %1): %2")
                .arg(peer.exitCode())
                .arg(QString::fromUtf8(peer.readAll()).right(600)));
        return 0;
    }
    cv::Mat ours;
    const double oursTime =
        oursSeconds(*models[QStringLiteral("realesrgan-x4fast")], image, 0, 2, &ours);
    say(QStringLiteral("\nupscayl-bin (lavapipe) x4fast %1x%1: %2 s (whole process); ours %3 s; "
                       "ours is %4x faster; PSNR upscayl-bin vs ours %5 dB")
            .arg(side)
            .arg(peerSeconds, 0, 'f', 2)
            .arg(oursTime, 0, 'f', 3)
            .arg(peerSeconds / oursTime, 0, 'f', 1)
            .arg(test::psnr(peerOut, ours), 0, 'f', 2));
    return 0;
}
