// Benchmark: the generic ncnn executor against the native networks on the real
// Upscayl models, same weights, same input. Prints the executor / native time
// ratio (measured in the same run; never fails on speed). The loader runs ncnn
// files on the executor because this ratio is not above 1 (see
// core/nn/upscale_model_loader.cpp).
#include "support/ncnn_and_native.h"

#include <QElapsedTimer>
#include <QTest>

#include <c10/core/InferenceMode.h>

using namespace hires;

namespace {

double elapsedMs(UpscaleNetwork& network, const at::Tensor& x)
{
    QElapsedTimer timer;
    timer.start();
    network.forward(x);
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

} // namespace

class BenchNcnnNetwork : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void executorAgainstNative_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<int>("size");
        QTest::newRow("realesrgan-x4plus 16x16") << "realesrgan-x4plus" << 16;
        QTest::newRow("realesrgan-x4fast 64x64") << "realesrgan-x4fast" << 64;
    }

    void executorAgainstNative()
    {
        QFETCH(QString, model);
        QFETCH(int, size);
        const QString path = QStringLiteral(HIRES_TEST_DATA_DIR "/upscayl/%1.param").arg(model);
        test::NcnnAndNative nets;
        const QString failure = test::loadNcnnAndNative(path, nets);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        c10::InferenceMode guard;
        const at::Tensor x = at::rand({1, 3, size, size});
        // Alternating runs, fastest of each: robust against load from other processes.
        nets.graph->forward(x); // warm-up (oneDNN primitive creation)
        nets.native->forward(x);
        double graphMs = 1e300, nativeMs = 1e300;
        for (int i = 0; i < 9; ++i) {
            graphMs = std::min(graphMs, elapsedMs(*nets.graph, x));
            nativeMs = std::min(nativeMs, elapsedMs(*nets.native, x));
        }
        qInfo("%s %dx%d: executor %.1f ms, native %.1f ms, executor/native = %.3f",
              qPrintable(model), size, size, graphMs, nativeMs, graphMs / nativeMs);
    }
};

QTEST_GUILESS_MAIN(BenchNcnnNetwork)
#include "bench_ncnn_network.moc"
