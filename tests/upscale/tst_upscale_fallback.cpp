// Every step of the fallback ladder forced on a real (small, random-weight)
// network: injected allocation failures and NaN tiles, a missing, corrupt or
// foreign model file, CUDA asked for on a CPU build, cancellation between
// tiles. Each run ends with an image and the right provenance, never a crash
// and never a mix of network and LANCZOS pixels.
#include "core/nn/upscale_network_p.h"
#include "core/upscale/lanczos_upscaler.h"
#include "core/upscale/neural_upscaler_p.h"
#include "core/upscale/upscale_engine.h"
#include "support/python_reference.h"
#include "support/raw_image_fixture.h"
#include "support/raw_tensor_fixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgproc.hpp>
#include <torch/cuda.h>

using namespace hires;

namespace {

Image randomImage(int width, int height, int type = CV_8UC3)
{
    Image image;
    image.pixels = cv::Mat(height, width, type);
    cv::randu(image.pixels, cv::Scalar::all(0), cv::Scalar::all(255));
    cv::GaussianBlur(image.pixels, image.pixels, cv::Size(5, 5), 0); // photo-like smoothness
    return image;
}

// Opens raw fixture folders as models, counting the calls; `edit` may change the
// weights first (to make them another network's).
UpscaleEngine::ModelOpener rawOpener(int* opened,
                                     std::function<StateDict(const StateDict&)> edit = {})
{
    return [opened, edit](const QString& path,
                          const QString& id) -> Result<std::unique_ptr<NeuralUpscaler>> {
        ++*opened;
        StateDict weights = test::readRawStateDict(path);
        if (edit)
            weights = edit(weights);
        auto network = createUpscaleNetwork(weights);
        if (!network)
            return network.error().withContext(path);
        return NeuralUpscalerFactory::create(std::move(*network), id, path);
    };
}

bool sameImage(const cv::Mat& a, const cv::Mat& b)
{
    return a.size() == b.size() && a.type() == b.type() && cv::norm(a, b, cv::NORM_INF) == 0;
}

} // namespace

class TestUpscaleFallback : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Image m_image = randomImage(100, 90);

    std::unique_ptr<NeuralUpscaler> upscaler(const QString& fixture = QStringLiteral("srvgg_x4"))
    {
        auto network = createUpscaleNetwork(test::readRawStateDict(m_dir.filePath(fixture)));
        if (!network)
            qFatal("%s", qPrintable(network.error().message));
        return NeuralUpscalerFactory::create(std::move(*network),
                                             QStringLiteral("tiny-") + fixture);
    }

    static UpscaleOptions tiled(int tile)
    {
        UpscaleOptions o;
        o.outScale = 4;
        o.tile = tile;
        o.minTile = 16;
        return o;
    }

    cv::Mat lanczos(const UpscaleOptions& o) const
    {
        return LanczosUpscaler::resize(m_image.pixels, *upscaledSize(m_image.pixels.size(), o));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const char* script : {"make_upscale_fixtures.py", "make_foreign_checkpoint.py"}) {
            const test::PythonRun run =
                test::runPythonReference(QLatin1String(script), {m_dir.path()});
            QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        }
    }

    void outOfMemoryAtATileHalvesTheTile()
    {
        UpscaleOptions o = tiled(32);
        o.faults.outOfMemoryAtTile = 2;
        Result<UpscaleResult> r = upscaler()->upscale(m_image, o);
        QVERIFY(r.ok());
        const Provenance& p = r->provenance;
        QCOMPARE(p.used, QStringLiteral("tiny-srvgg_x4"));
        QCOMPARE(p.fallbacks.size(), size_t(1));
        QCOMPARE(p.fallbacks[0].from, QStringLiteral("tile 32"));
        QCOMPARE(p.fallbacks[0].to, QStringLiteral("tile 16"));
        QVERIFY2(p.fallbacks[0].reason.contains(QLatin1String("out of memory at tile 3 of 16")),
                 qPrintable(p.fallbacks[0].reason));
        QCOMPARE(p.tileSize, 16);
        // The whole image was redone at the new size: identical to a clean run at 16.
        Result<UpscaleResult> clean = upscaler()->upscale(m_image, tiled(16));
        QVERIFY(sameImage(r->image.pixels, clean->image.pixels));
    }

    void outOfMemoryEverywhereEndsInLanczos()
    {
        UpscaleOptions o = tiled(32);
        o.faults.outOfMemoryAtTile = 0;
        o.faults.outOfMemoryTimes = 1000;
        Result<UpscaleResult> r = upscaler()->upscale(m_image, o);
        QVERIFY(r.ok());
        const Provenance& p = r->provenance;
        QCOMPARE(p.requested, QStringLiteral("tiny-srvgg_x4"));
        QCOMPARE(p.used, QStringLiteral("lanczos"));
        QCOMPARE(p.fallbacks.size(), size_t(2));
        QCOMPARE(p.fallbacks[0].to, QStringLiteral("tile 16"));
        QCOMPARE(p.fallbacks[1].from, QStringLiteral("tiny-srvgg_x4"));
        QCOMPARE(p.fallbacks[1].to, QStringLiteral("lanczos"));
        QVERIFY(p.fallbacks[1].reason.contains(QLatin1String("out of memory")));
        QVERIFY(sameImage(r->image.pixels, lanczos(o))); // all LANCZOS, no network tile left
    }

    void nonFiniteTileInFp32FallsBackToLanczos()
    {
        UpscaleOptions o = tiled(48);
        o.faults.nonFiniteAtTile = 1;
        int progressCalls = 0;
        Result<UpscaleResult> r =
            upscaler()->upscale(m_image, o, [&](int, int, const QString&) { ++progressCalls; });
        QVERIFY(r.ok());
        const Provenance& p = r->provenance;
        QCOMPARE(p.used, QStringLiteral("lanczos"));
        QCOMPARE(p.fallbacks.size(), size_t(1));
        QVERIFY2(p.fallbacks[0].reason.contains(
                     QLatin1String("non-finite values in the output at tile 2 of 9")),
                 qPrintable(p.fallbacks[0].reason));
        QVERIFY(sameImage(r->image.pixels, lanczos(o)));
        QCOMPARE(progressCalls, 2); // tile 1 done, tile 2 never pasted, then the LANCZOS step
    }

    void nonFiniteTileInBf16IsRetriedInFp32()
    {
        UpscaleOptions o = tiled(48);
        o.precision = Precision::Bf16;
        o.faults.nonFiniteAtTile = 1;
        Result<UpscaleResult> r = upscaler()->upscale(m_image, o);
        QVERIFY(r.ok());
        const Provenance& p = r->provenance;
        QCOMPARE(p.used, QStringLiteral("tiny-srvgg_x4"));
        QCOMPARE(p.precision, QStringLiteral("fp32"));
        QCOMPARE(p.fallbacks.size(), size_t(1));
        QCOMPARE(p.fallbacks[0].from, QStringLiteral("bf16"));
        QCOMPARE(p.fallbacks[0].to, QStringLiteral("fp32"));
        // Tiles from the failed one on ran in fp32 with the exact fp32 weights:
        // they equal a clean fp32 run; the first one (bf16) is close to it.
        Result<UpscaleResult> fp32 = upscaler()->upscale(m_image, tiled(48));
        const cv::Rect laterRows(0, 48 * 4, 400, 360 - 48 * 4);
        const cv::Rect restOfRow(48 * 4, 0, 400 - 48 * 4, 48 * 4);
        QVERIFY(sameImage(r->image.pixels(laterRows), fp32->image.pixels(laterRows)));
        QVERIFY(sameImage(r->image.pixels(restOfRow), fp32->image.pixels(restOfRow)));
        const cv::Rect first(0, 0, 48 * 4, 48 * 4);
        QVERIFY(!sameImage(r->image.pixels(first), fp32->image.pixels(first)));
        QVERIFY(test::psnr(r->image.pixels(first), fp32->image.pixels(first)) > 30.0);
    }

    void failuresAreErrorsWhenFallbackIsOff()
    {
        UpscaleOptions o = tiled(16);
        o.allowFallback = false;
        o.faults.outOfMemoryAtTile = 0;
        o.faults.outOfMemoryTimes = 1000;
        Result<UpscaleResult> r = upscaler()->upscale(m_image, o);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::OutOfMemory);
    }

    void cudaWithoutCudaRunsOnTheCpu()
    {
        if (torch::cuda::is_available())
            QSKIP("this libtorch has CUDA: nothing to fall back from");
        UpscaleOptions o = tiled(0);
        o.device = DevicePreference::Cuda;
        Result<UpscaleResult> r = upscaler()->upscale(m_image, o);
        QVERIFY(r.ok());
        QCOMPARE(r->provenance.device, QStringLiteral("cpu"));
        QCOMPARE(r->provenance.used, QStringLiteral("tiny-srvgg_x4"));
        QCOMPARE(r->provenance.fallbacks.size(), size_t(1));
        QCOMPARE(r->provenance.fallbacks[0].from, QStringLiteral("cuda"));
        QCOMPARE(r->provenance.fallbacks[0].to, QStringLiteral("cpu"));
    }

    void cancelBetweenTiles()
    {
        std::atomic<bool> cancel{false};
        int tilesDone = 0;
        Result<UpscaleResult> r = upscaler()->upscale(
            m_image, tiled(32),
            [&](int done, int total, const QString& stage) {
                QCOMPARE(total, 16);
                QCOMPARE(stage, QStringLiteral("upscale"));
                tilesDone = done;
                if (done == 3)
                    cancel = true;
            },
            &cancel);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
        QCOMPARE(tilesDone, 3);
    }

    void x2ModelWithOddSizeAndTiles()
    {
        // Mod-pad to even sides, tile and pad rounded to the input multiple.
        const Image odd = randomImage(37, 29);
        UpscaleOptions o = tiled(15);
        o.outScale = 2;
        o.tilePad = 5;
        Result<UpscaleResult> r = upscaler(QStringLiteral("rrdb_x2"))->upscale(odd, o);
        QVERIFY(r.ok());
        QCOMPARE(r->image.width(), 74);
        QCOMPARE(r->image.height(), 58);
        QCOMPARE(r->provenance.tileSize, 16);
        QVERIFY(!r->provenance.fellBack());
    }

    void engineFallsBackToLanczosForBadModels_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("missing file") << "does-not-exist.pth";
        QTest::newRow("corrupt file") << "truncated.pth";
        QTest::newRow("unknown architecture") << "classifier.pth";
    }

    void engineFallsBackToLanczosForBadModels()
    {
        QFETCH(QString, file);
        UpscaleEngine engine;
        UpscaleRequest request;
        request.model = m_dir.filePath(file);
        request.options.outScale = 3;
        Result<UpscaleResult> r = engine.run(m_image, request);
        QVERIFY(r.ok());
        const Provenance& p = r->provenance;
        QCOMPARE(p.requested, QFileInfo(file).completeBaseName());
        QCOMPARE(p.used, QStringLiteral("lanczos"));
        QCOMPARE(p.fallbacks.size(), size_t(1));
        QCOMPARE(p.fallbacks[0].to, QStringLiteral("lanczos"));
        QVERIFY2(p.fallbacks[0].reason.contains(file), qPrintable(p.fallbacks[0].reason));
        QVERIFY(sameImage(r->image.pixels, lanczos(request.options)));

        request.options.allowFallback = false;
        QVERIFY(!engine.run(m_image, request).ok());
    }

    void engineUnknownArchitectureFromWeights()
    {
        // The detection itself: a state dict of another network is refused by name.
        int opened = 0;
        UpscaleEngine engine(rawOpener(&opened, [](const StateDict& weights) {
            StateDict foreign;
            foreign.insert("features.0.weight", weights.at("body.0.weight"));
            return foreign;
        }));
        UpscaleRequest request;
        request.model = m_dir.filePath("srvgg_x4");
        request.modelId = QStringLiteral("tiny");
        Result<UpscaleResult> r = engine.run(m_image, request);
        QVERIFY(r.ok());
        QCOMPARE(r->provenance.used, QStringLiteral("lanczos"));
        QCOMPARE(r->provenance.fallbacks.size(), size_t(1));
        QVERIFY(r->provenance.fallbacks[0].reason.startsWith(request.model));
        QVERIFY(engine.run(m_image, request).ok());
        QCOMPARE(opened, 1); // a failed model is not reopened for every image
    }

    void engineKeepsTheModelLoaded()
    {
        int opened = 0;
        UpscaleEngine engine(rawOpener(&opened));
        UpscaleRequest request;
        request.model = m_dir.filePath("srvgg_x4");
        for (int i = 0; i < 2; ++i) {
            Result<UpscaleResult> r = engine.run(m_image, request);
            QVERIFY(r.ok());
            QCOMPARE(r->provenance.used, QStringLiteral("srvgg_x4"));
            QCOMPARE(r->provenance.modelFile, request.model);
            QCOMPARE(r->provenance.timings.front().first == QLatin1String("load"), i == 0);
        }
        QCOMPARE(opened, 1);
        QVERIFY(engine.loadedModel());

        request.model = QStringLiteral("lanczos");
        Result<UpscaleResult> r = engine.run(m_image, request);
        QVERIFY(r.ok());
        QCOMPARE(r->provenance.requested, QStringLiteral("lanczos"));
        QVERIFY(!r->provenance.fellBack());
    }
};

QTEST_GUILESS_MAIN(TestUpscaleFallback)
#include "tst_upscale_fallback.moc"
