// NcnnGraph: execution order, blob lifetimes, pruning, the scale and input
// multiple derived from the graph, and clear errors for what the executor
// does not run. Pure logic on hand-written .param/.bin files.
#include "core/nn/ncnn_graph.h"
#include "core/weights/model_file.h"
#include "support/ncnn_files.h"

#include <QTemporaryDir>
#include <QTest>

using namespace hires;

namespace {

// A conv from `in` to `out` channels, 3x3, pad 1, bias, fused act 0.
QByteArray convLine(const char* name, const char* from, const char* to, int in, int out,
                    const char* extra = "")
{
    return QStringLiteral("Convolution %1 1 1 %2 %3 0=%4 1=3 4=1 5=1 6=%5 %6\n")
        .arg(QLatin1String(name), QLatin1String(from), QLatin1String(to))
        .arg(out)
        .arg(out * in * 9)
        .arg(QLatin1String(extra))
        .toUtf8();
}

QByteArray convBin(int in, int out)
{
    return test::convWeights(std::vector<float>(size_t(out * in * 9), 0.01f),
                             std::vector<float>(size_t(out), 0.0f));
}

int blobIndex(const NcnnModel& model, const std::string& name)
{
    const auto& names = model.blobNames();
    return static_cast<int>(std::find(names.begin(), names.end(), name) - names.begin());
}

} // namespace

class TestNcnnGraph : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    NcnnModel load(const QString& path)
    {
        Result<NcnnModel> model = ModelFile::loadNcnnModel(path);
        if (!model)
            qFatal("%s", qPrintable(model.error().message));
        return std::move(model.value());
    }

private Q_SLOTS:
    void releasesEachBlobAfterItsLastReader()
    {
        const QString path = test::writeNcnn(m_dir.path(), QStringLiteral("lifetimes"),
                                             "7767517\n5 6\n"
                                             "Input in 0 1 data\n"
                                             "Split split 1 2 data a b\n"
                                             "ReLU relu 1 1 a c\n"
                                             "Sigmoid sig 1 1 b d\n"
                                             "BinaryOp add 2 1 c d output\n");
        const NcnnModel model = load(path);
        Result<NcnnGraph> graph = NcnnGraph::analyse(model, path, NcnnGraph::Purpose::AnyShapes);
        QVERIFY2(graph.ok(), graph.ok() ? "" : qPrintable(graph.error().message));
        const auto& steps = graph->steps();
        QCOMPARE(steps.size(), size_t(5));
        auto released = [&](size_t step) {
            std::vector<int> r = steps[step].release;
            std::sort(r.begin(), r.end());
            return r;
        };
        QCOMPARE(released(1), std::vector<int>{blobIndex(model, "data")});
        QCOMPARE(released(2), std::vector<int>{blobIndex(model, "a")});
        QCOMPARE(released(3), std::vector<int>{blobIndex(model, "b")});
        std::vector<int> last{blobIndex(model, "c"), blobIndex(model, "d")};
        std::sort(last.begin(), last.end());
        QCOMPARE(released(4), last);
        // The output is handed to the caller, never freed.
        QCOMPARE(graph->outputBlob(), blobIndex(model, "output"));
        for (const auto& step : steps)
            QVERIFY(std::find(step.release.begin(), step.release.end(), graph->outputBlob()) ==
                    step.release.end());
    }

    void prunesLayersTheOutputDoesNotNeed()
    {
        // The Pooling branch is dead: the graph runs without it.
        const QString path = test::writeNcnn(m_dir.path(), QStringLiteral("dead"),
                                             "7767517\n4 5\n"
                                             "Input in 0 1 data\n"
                                             "Split split 1 2 data a b\n"
                                             "Pooling pool 1 1 b unused 0=1\n"
                                             "ReLU relu 1 1 a output\n");
        const NcnnModel model = load(path);
        Result<NcnnGraph> graph = NcnnGraph::analyse(model, path);
        QVERIFY2(graph.ok(), graph.ok() ? "" : qPrintable(graph.error().message));
        QCOMPARE(graph->steps().size(), size_t(3));
        for (const auto& step : graph->steps())
            QVERIFY(step.spec.type != "Pooling");
        QCOMPARE(graph->scale(), 1);
    }

    void unsupportedLayerIsNamed()
    {
        const QString path = test::writeNcnn(m_dir.path(), QStringLiteral("pooling"),
                                             "7767517\n3 3\n"
                                             "Input in 0 1 data\n"
                                             "Pooling downscale_7 1 1 data p 0=1 1=2 2=2\n"
                                             "ReLU relu 1 1 p output\n");
        Result<NcnnGraph> graph = NcnnGraph::analyse(load(path), path);
        QVERIFY(!graph.ok());
        const QString message = graph.error().message;
        QVERIFY2(message.contains(QLatin1String("Pooling")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("downscale_7")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("pooling.param")), qPrintable(message));
        QCOMPARE(graph.error().code, ErrorCode::Unsupported);
    }

    void unsupportedFormOfAKnownLayerIsNamed()
    {
        const QString path =
            test::writeNcnn(m_dir.path(), QStringLiteral("interp"),
                            "7767517\n2 2\n"
                            "Input in 0 1 data\n"
                            "Interp area_resize 1 1 data output 0=4 1=2.0 2=2.0\n");
        Result<NcnnGraph> graph = NcnnGraph::analyse(load(path), path);
        QVERIFY(!graph.ok());
        QVERIFY2(graph.error().message.contains(QLatin1String("area_resize")),
                 qPrintable(graph.error().message));
        QVERIFY2(graph.error().message.contains(QLatin1String("resize type 4")),
                 qPrintable(graph.error().message));
    }

    void derivesScaleFromTheGraph_data()
    {
        QTest::addColumn<QByteArray>("param");
        QTest::addColumn<QByteArray>("bin");
        QTest::addColumn<int>("scale");
        QTest::addColumn<int>("multiple");
        QTest::addColumn<int>("channels");
        QTest::newRow("conv + pixel shuffle x2")
            << QByteArray("7767517\n3 3\nInput in 0 1 data\n" + convLine("c", "data", "f", 3, 12) +
                          "PixelShuffle ps 1 1 f output 0=2\n")
            << convBin(3, 12) << 2 << 1 << 3;
        QTest::newRow("x4 network then bicubic x0.75 (animevideov3-x3 shape)")
            << QByteArray("7767517\n4 4\nInput in 0 1 data\n" + convLine("c", "data", "f", 3, 48) +
                          "PixelShuffle ps 1 1 f g 0=4\n"
                          "Interp down 1 1 g output 0=3 1=7.500000e-01 2=7.500000e-01\n")
            << convBin(3, 48) << 3 << 1 << 3;
        QTest::newRow("stride-2 conv needs even sizes")
            << QByteArray("7767517\n3 3\nInput in 0 1 data\n" +
                          convLine("c", "data", "f", 3, 12, "3=2") +
                          "PixelShuffle ps 1 1 f output 0=2\n")
            << convBin(3, 12) << 1 << 2 << 3;
        QTest::newRow("gray image model")
            << QByteArray("7767517\n3 3\nInput in 0 1 data\n" + convLine("c", "data", "f", 1, 4) +
                          "PixelShuffle ps 1 1 f output 0=2\n")
            << convBin(1, 4) << 2 << 1 << 1;
    }

    void derivesScaleFromTheGraph()
    {
        QFETCH(QByteArray, param);
        QFETCH(QByteArray, bin);
        QFETCH(int, scale);
        QFETCH(int, multiple);
        QFETCH(int, channels);
        const QString path = test::writeNcnn(m_dir.path(), QStringLiteral("scale"), param, bin);
        Result<NcnnGraph> graph = NcnnGraph::analyse(load(path), path);
        QVERIFY2(graph.ok(), graph.ok() ? "" : qPrintable(graph.error().message));
        QCOMPARE(graph->scale(), scale);
        QCOMPARE(graph->inputMultiple(), multiple);
        QCOMPARE(graph->channels(), channels);
        Result<NcnnBlobShape> out = graph->outputShape({channels, 10L * multiple, 6L * multiple});
        QVERIFY(out.ok());
        QCOMPARE(out->h, 10L * multiple * scale);
        QCOMPARE(out->w, 6L * multiple * scale);
    }

    void refusesGraphsThatAreNotUpscalers()
    {
        const QString path = test::writeNcnn(m_dir.path(), QStringLiteral("features"),
                                             "7767517\n2 2\nInput in 0 1 data\n" +
                                                 convLine("c", "data", "output", 3, 8),
                                             convBin(3, 8));
        Result<NcnnGraph> graph = NcnnGraph::analyse(load(path), path);
        QVERIFY(!graph.ok());
        QVERIFY2(graph.error().message.contains(QLatin1String("3 channels into 8")),
                 qPrintable(graph.error().message));
    }

    void shapeErrorsNameTheLayer()
    {
        // Concat of blobs of different heights.
        const QString path = test::writeNcnn(m_dir.path(), QStringLiteral("concat"),
                                             "7767517\n4 5\n"
                                             "Input in 0 1 data\n"
                                             "Split split 1 2 data a b\n"
                                             "Interp up 1 1 b c 0=1 1=2.0 2=2.0\n"
                                             "Concat join_9 2 1 a c output\n");
        Result<NcnnGraph> graph = NcnnGraph::analyse(load(path), path);
        QVERIFY(!graph.ok());
        QVERIFY2(graph.error().message.contains(QLatin1String("join_9")),
                 qPrintable(graph.error().message));
    }
};

QTEST_GUILESS_MAIN(TestNcnnGraph)
#include "tst_ncnn_graph.moc"
