// The real Upscayl ncnn models (realesrgan-x4plus: RRDBNet, realesrgan-x4fast:
// SRVGGNetCompact, fp16 weights) run by the generic ncnn executor give the same
// image as our native networks loaded with the same weights mapped by layer
// order — on a crop of a real photograph, in fp32.
#include "core/nn/upscale_model_loader_p.h"
#include "support/ncnn_and_native.h"

#include <QTest>

#include <c10/core/InferenceMode.h>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace hires;

namespace {

// A [1, 3, size, size] RGB crop in [0, 1] of a photo (BGR file -> RGB tensor).
at::Tensor photoCrop(const QString& file, int x, int y, int size)
{
    cv::Mat bgr = cv::imread(file.toStdString(), cv::IMREAD_COLOR);
    if (bgr.empty())
        return {};
    cv::Mat rgb;
    cv::cvtColor(bgr(cv::Rect(x, y, size, size)), rgb, cv::COLOR_BGR2RGB);
    rgb.convertTo(rgb, CV_32FC3, 1.0 / 255.0);
    return at::from_blob(rgb.data, {1, size, size, 3}, at::kFloat).permute({0, 3, 1, 2}).clone();
}

QString dataFile(const char* relative)
{
    return QStringLiteral(HIRES_TEST_DATA_DIR "/") + QLatin1String(relative);
}

} // namespace

class TestNcnnParity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void executorMatchesNativeNetwork_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("architecture");
        QTest::addColumn<qlonglong>("parameters");
        QTest::newRow("realesrgan-x4plus")
            << dataFile("upscayl/realesrgan-x4plus.param") << "RRDBNet" << 16697987LL;
        QTest::newRow("realesrgan-x4fast")
            << dataFile("upscayl/realesrgan-x4fast.param") << "SRVGGNetCompact" << 1213296LL;
    }

    void executorMatchesNativeNetwork()
    {
        QFETCH(QString, model);
        QFETCH(QString, architecture);
        QFETCH(qlonglong, parameters);
        test::NcnnAndNative nets;
        const QString failure = test::loadNcnnAndNative(model, nets);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(nets.graph->scale(), 4);
        QCOMPARE(nets.graph->inputMultiple(), 1);
        QCOMPARE(nets.graph->channels(), 3);
        QCOMPARE(nets.graph->parameterCount(), parameters);
        QCOMPARE(nets.spec.architectureName(), architecture);
        QCOMPARE(nets.spec.scale, 4);
        QCOMPARE(nets.native->parameterCount(), parameters);

        c10::InferenceMode guard;
        // The astronaut's face and its surroundings: real texture, edges and flat areas.
        const at::Tensor x = photoCrop(dataFile("photos/astronaut.png"), 180, 90, 40);
        QVERIFY(x.defined());
        const at::Tensor fromGraph = nets.graph->forward(x).contiguous();
        const at::Tensor fromNative = nets.native->forward(x).contiguous();
        QCOMPARE(fromGraph.sizes().vec(), (std::vector<int64_t>{1, 3, 160, 160}));
        const double diff = (fromGraph - fromNative).abs().max().item<double>();
        qInfo("%s: max |executor - native| = %.3g", qPrintable(architecture), diff);
        QVERIFY2(diff < 1e-4, qPrintable(QStringLiteral("max difference %1").arg(diff)));
        // A real upscale, not an identity or a blank image: far from nearest-neighbour.
        const at::Tensor nearest = at::upsample_nearest2d(x, {160, 160});
        QVERIFY((fromGraph - nearest).abs().mean().item<double>() > 0.005);
        QVERIFY(fromGraph.max().item<double>() > 0.5);
    }

    void loaderRunsTheGraph_data() { executorMatchesNativeNetwork_data(); }

    void loaderRunsTheGraph()
    {
        QFETCH(QString, model);
        Result<std::unique_ptr<UpscaleNetwork>> loaded = loadUpscaleNetwork(model);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
        QVERIFY2((*loaded)->describe().startsWith(QLatin1String("ncnn graph x4")),
                 qPrintable((*loaded)->describe()));
        QCOMPARE((*loaded)->scale(), 4);
        test::NcnnAndNative nets;
        const QString failure = test::loadNcnnAndNative(model, nets);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        c10::InferenceMode guard;
        const at::Tensor x = photoCrop(dataFile("photos/coffee.png"), 250, 120, 24);
        QVERIFY(x.defined());
        const double diff =
            ((*loaded)->forward(x) - nets.native->forward(x)).abs().max().item<double>();
        QVERIFY2(diff < 1e-4, qPrintable(QStringLiteral("max difference %1").arg(diff)));
    }
};

QTEST_GUILESS_MAIN(TestNcnnParity)
#include "tst_ncnn_parity.moc"
