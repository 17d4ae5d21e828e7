// The neural upscaler with the real Real-ESRGAN weights of upscayl's ncnn
// models (converted by tests/python/ncnn_to_pytorch.py) on crops of real
// photos, against the independent PyTorch reference of RealESRGANer
// (tests/python/realesrgan_reference.py): colour, 16-bit, gray, alpha by the
// model and by LANCZOS, odd and tiny sizes, tiles, x2 out of a x4 model, and
// tiled against untiled.
#include "core/image/image_decoder.h"
#include "core/nn/upscale_network_p.h"
#include "core/upscale/lanczos_upscaler.h"
#include "core/upscale/neural_upscaler_p.h"
#include "support/python_reference.h"
#include "support/raw_image_fixture.h"
#include "support/raw_tensor_fixture.h"

#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgproc.hpp>

#include <map>

using namespace hires;

class TestNeuralUpscaler : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::map<QString, std::unique_ptr<NeuralUpscaler>> m_models;

    NeuralUpscaler& model(const QString& name)
    {
        auto& slot = m_models[name];
        if (!slot) {
            auto network =
                createUpscaleNetwork(test::readRawStateDict(m_dir.filePath(name + ".raw")));
            if (!network)
                qFatal("%s", qPrintable(network.error().message));
            slot = NeuralUpscalerFactory::create(std::move(*network), name);
        }
        return *slot;
    }

    static UpscaleOptions referenceOptions(const QJsonObject& meta)
    {
        UpscaleOptions o;
        o.outScale = 4;
        const int tile = meta.value(QStringLiteral("tile")).toInt();
        o.tile = tile > 0 ? tile : UpscaleOptions::kWholeImage;
        o.tilePad = meta.value(QStringLiteral("tile_pad")).toInt();
        o.prePad = meta.value(QStringLiteral("pre_pad")).toInt();
        o.alpha = meta.value(QStringLiteral("alpha")).toString() == QLatin1String("none")
                      ? AlphaMode::Lanczos
                      : AlphaMode::Model;
        return o;
    }

    Image run(const QString& name, const cv::Mat& pixels, const UpscaleOptions& options,
              Provenance* provenance = nullptr)
    {
        Image in;
        in.pixels = pixels;
        Result<UpscaleResult> r = model(name).upscale(in, options);
        if (!r) {
            qWarning("%s", qPrintable(r.error().message));
            return {};
        }
        if (provenance)
            *provenance = r->provenance;
        return r->image;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const test::PythonRun run = test::runPythonReference(
            QStringLiteral("make_upscale_references.py"),
            {m_dir.path(), QStringLiteral(HIRES_TEST_DATA_DIR)}, {}, 1200000);
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    }

    void matchesReference_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("x4fast colour") << "fast_astronaut";
        QTest::newRow("x4plus colour") << "plus_astronaut";
        QTest::newRow("x4fast tiles 48, pad 10") << "fast_chelsea_tiled";
        QTest::newRow("x4fast 16-bit") << "fast_coffee_16bit";
        QTest::newRow("x4fast gray") << "fast_camera_gray";
        QTest::newRow("x4fast alpha by the model") << "fast_rgba_model";
        QTest::newRow("x4fast odd size 37x23") << "fast_odd_37x23";
        QTest::newRow("x4fast 1x1") << "fast_tiny_1x1";
        QTest::newRow("x4fast 3x2") << "fast_tiny_3x2";
        QTest::newRow("x4plus 3x2") << "plus_tiny_3x2";
    }

    void matchesReference()
    {
        QFETCH(QString, name);
        const test::ImageCase c = test::readImageCase(m_dir.filePath(name));
        QVERIFY(!c.input.empty() && !c.expected.empty());
        Provenance p;
        const Image out = run(c.meta.value(QStringLiteral("model")).toString(), c.input,
                              referenceOptions(c.meta), &p);
        QCOMPARE(out.pixels.type(), c.expected.type()); // depth and channels kept
        QCOMPARE(out.pixels.cols, c.input.cols * 4);
        QCOMPARE(out.pixels.rows, c.input.rows * 4);
        const double db = test::psnr(out.pixels, c.expected);
        qInfo("%s: PSNR %.2f dB against the PyTorch reference", qPrintable(name), db);
        QVERIFY2(db >= 50.0, qPrintable(QStringLiteral("PSNR %1 dB").arg(db)));
        QVERIFY(!p.fellBack());
        QCOMPARE(p.used, c.meta.value(QStringLiteral("model")).toString());
        QCOMPARE(p.device, QStringLiteral("cpu"));
        QCOMPARE(p.precision, QStringLiteral("fp32"));
        QCOMPARE(p.passes, 1);
        // Sharper than LANCZOS means different from it: the network did run.
        const cv::Mat lanczos = LanczosUpscaler::resize(c.input, out.pixels.size());
        if (c.input.total() > 64)
            QVERIFY(test::psnr(out.pixels, lanczos) < 45.0);
    }

    void alphaByLanczos()
    {
        const test::ImageCase c = test::readImageCase(m_dir.filePath("fast_rgba_lanczos"));
        const Image out =
            run(QStringLiteral("realesrgan-x4fast"), c.input, referenceOptions(c.meta));
        QCOMPARE(out.pixels.channels(), 4);
        cv::Mat planes[4];
        cv::split(out.pixels, planes);
        cv::Mat color;
        cv::merge(planes, 3, color);
        QVERIFY(test::psnr(color, c.expected) >= 50.0);
        cv::Mat alpha;
        cv::extractChannel(c.input, alpha, 3);
        const cv::Mat expectedAlpha = LanczosUpscaler::resize(alpha, planes[3].size());
        QCOMPARE(cv::norm(planes[3], expectedAlpha, cv::NORM_INF), 0.0);
    }

    void x2OutOfX4Model_data()
    {
        QTest::addColumn<double>("scale");
        QTest::newRow("x2") << 2.0;
        QTest::newRow("x3.5") << 3.5;
        QTest::newRow("x1.5") << 1.5;
    }

    void x2OutOfX4Model()
    {
        // One x4 pass, then the exact LANCZOS4 resize to int(w * scale).
        QFETCH(double, scale);
        const test::ImageCase c = test::readImageCase(m_dir.filePath("fast_odd_37x23"));
        UpscaleOptions o = referenceOptions(c.meta);
        o.outScale = scale;
        Provenance p;
        const Image out = run(QStringLiteral("realesrgan-x4fast"), c.input, o, &p);
        const cv::Size size(int(37 * scale), int(23 * scale));
        QCOMPARE(out.pixels.cols, size.width);
        QCOMPARE(out.pixels.rows, size.height);
        QCOMPARE(p.passes, 1);
        const cv::Mat expected = LanczosUpscaler::resize(c.expected, size);
        QVERIFY(test::psnr(out.pixels, expected) >= 50.0);
    }

    void twoPassesForX8()
    {
        const test::ImageCase c = test::readImageCase(m_dir.filePath("fast_tiny_3x2"));
        UpscaleOptions o;
        o.outScale = 8;
        Provenance p;
        const Image out = run(QStringLiteral("realesrgan-x4fast"), c.input, o, &p);
        QCOMPARE(p.passes, 2);
        QCOMPARE(out.pixels.cols, 24);
        QCOMPARE(out.pixels.rows, 16);
        // x16 from two passes (the second on the rounded output of the first),
        // then the exact LANCZOS4 resize down to x8.
        o.outScale = 4;
        const Image second = run(QStringLiteral("realesrgan-x4fast"),
                                 run(QStringLiteral("realesrgan-x4fast"), c.input, o).pixels, o);
        QCOMPARE(second.pixels.cols, 48);
        const cv::Mat expected = LanczosUpscaler::resize(second.pixels, cv::Size(24, 16));
        QCOMPARE(cv::norm(out.pixels, expected, cv::NORM_INF), 0.0);
    }

    void allFormatsGiveTheSameResult_data()
    {
        QTest::addColumn<QString>("model");
        QTest::newRow("x4fast") << "realesrgan-x4fast";
        QTest::newRow("x4plus") << "realesrgan-x4plus";
    }

    void allFormatsGiveTheSameResult()
    {
        // The same weights as a PyTorch checkpoint (real torch.save), as
        // safetensors and as upscayl's original ncnn files, through the file loader.
        QFETCH(QString, model);
        const QString odd = model.endsWith(QLatin1String("x4fast"))
                                ? QStringLiteral("fast_odd_37x23")
                                : QStringLiteral("plus_tiny_3x2");
        const test::ImageCase c = test::readImageCase(m_dir.filePath(odd));
        std::vector<cv::Mat> outputs;
        for (const QString& file :
             {m_dir.filePath(model + ".pth"), m_dir.filePath(model + ".safetensors"),
              QStringLiteral(HIRES_TEST_DATA_DIR "/upscayl/") + model + ".param"}) {
            Result<std::unique_ptr<NeuralUpscaler>> up = NeuralUpscaler::open(file);
            if (!up && up.error().code == ErrorCode::Unsupported)
                QSKIP("this build has no model file loader yet (core/nn loadUpscaleNetwork)");
            QVERIFY2(up.ok(), up.ok() ? "" : qPrintable(up.error().message));
            QCOMPARE((*up)->id(), model);
            Image in;
            in.pixels = c.input;
            Result<UpscaleResult> r = (*up)->upscale(in, referenceOptions(c.meta));
            QVERIFY(r.ok());
            QCOMPARE(r->provenance.modelFile, file);
            QVERIFY(test::psnr(r->image.pixels, c.expected) >= 50.0);
            outputs.push_back(r->image.pixels);
        }
        QCOMPARE(cv::norm(outputs[0], outputs[1], cv::NORM_INF), 0.0); // .pth == .safetensors
        QVERIFY(test::psnr(outputs[0], outputs[2]) >= 50.0);           // ncnn graph
    }

    void tiledMatchesUntiled_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("photo");
        QTest::addColumn<int>("tile");
        QTest::addColumn<int>("pad");
        // The documented settings (docs/upscaling.md): 10 px of overlap is enough
        // for >= 40 dB with tiles of 64 and up on both architectures.
        QTest::newRow("x4fast tile 64 pad 10 (coffee)") << "realesrgan-x4fast"
                                                        << "coffee.png" << 64 << 10;
        QTest::newRow("x4fast tile 128 pad 10 (chelsea)") << "realesrgan-x4fast"
                                                          << "chelsea.png" << 128 << 10;
        QTest::newRow("x4plus tile 64 pad 10 (astronaut)") << "realesrgan-x4plus"
                                                           << "astronaut.png" << 64 << 10;
    }

    void tiledMatchesUntiled()
    {
        QFETCH(QString, model);
        QFETCH(QString, photo);
        QFETCH(int, tile);
        QFETCH(int, pad);
        Result<Image> decoded =
            readImageFile(QStringLiteral(HIRES_TEST_DATA_DIR "/photos/") + photo);
        QVERIFY(decoded.ok());
        const cv::Mat full = decoded->pixels;
        const int side = model.endsWith(QLatin1String("x4plus")) ? 112 : 200;
        const cv::Mat crop =
            full(cv::Rect(full.cols / 2 - side / 2, full.rows / 2 - side / 2, side, side)).clone();
        UpscaleOptions o;
        o.outScale = 4;
        o.tile = UpscaleOptions::kWholeImage;
        const Image whole = run(model, crop, o);
        o.tile = tile;
        o.tilePad = pad;
        Provenance p;
        const Image tiled = run(model, crop, o, &p);
        QCOMPARE(p.tileSize, tile);
        const double db = test::psnr(whole.pixels, tiled.pixels);
        qInfo("%s tile %d pad %d: %.2f dB against untiled", qPrintable(model), tile, pad, db);
        QVERIFY2(db >= 40.0, qPrintable(QStringLiteral("%1 dB").arg(db)));
        // No seam: the worst row/column band around a tile border is no worse than
        // 6 dB below the image average.
        for (int b = tile * 4; b < whole.pixels.cols; b += tile * 4) {
            const cv::Rect band(b - 4, 0, 8, whole.pixels.rows);
            const double seam = test::psnr(whole.pixels(band), tiled.pixels(band));
            QVERIFY2(seam >= 34.0,
                     qPrintable(QStringLiteral("seam at x=%1: %2 dB").arg(b).arg(seam)));
        }
    }
};

QTEST_GUILESS_MAIN(TestNeuralUpscaler)
#include "tst_neural_upscaler.moc"
