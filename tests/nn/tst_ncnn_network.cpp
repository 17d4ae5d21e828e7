// The ncnn executor layer by layer against references computed independently
// in Python (tests/python/make_ncnn_fixtures.py): PyTorch convolutions on
// explicitly padded inputs, numpy scatter for transposed convolutions, numpy
// versions of ncnn's nearest/bilinear/bicubic rules, numpy element-wise maths.
#include "core/nn/ncnn_network_p.h"
#include "core/weights/model_file.h"
#include "support/ncnn_files.h"
#include "support/python_reference.h"
#include "support/raw_tensor_fixture.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <c10/core/InferenceMode.h>

using namespace hires;

class TestNcnnNetwork : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    std::unique_ptr<NcnnNetwork> create(const QString& path, NcnnGraph::Purpose purpose)
    {
        Result<NcnnModel> model = ModelFile::loadNcnnModel(path);
        if (!model)
            return nullptr;
        Result<std::unique_ptr<NcnnNetwork>> network =
            NcnnNetwork::create(model.value(), path, purpose);
        if (!network)
            qWarning("%s", qPrintable(network.error().message));
        return network ? std::move(network.value()) : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const test::PythonRun python =
            test::runPythonReference(QStringLiteral("make_ncnn_fixtures.py"), {m_dir.path()});
        QVERIFY2(python.error.isEmpty(), qPrintable(python.error));
    }

    void matchesReference_data()
    {
        QTest::addColumn<QString>("dir");
        const QStringList cases = QDir(m_dir.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        // Every layer type and form the fixture script writes (guards against a silent partial
        // run).
        QVERIFY(cases.size() >= 60);
        for (const QString& name : cases)
            QTest::newRow(qPrintable(name)) << m_dir.filePath(name);
    }

    void matchesReference()
    {
        QFETCH(QString, dir);
        auto network = create(dir + QStringLiteral("/model.param"), NcnnGraph::Purpose::AnyShapes);
        QVERIFY(network);
        const auto inShape = test::readShape(dir + "/case.json", QStringLiteral("input"));
        const auto outShape = test::readShape(dir + "/case.json", QStringLiteral("output"));
        std::vector<float> input = test::readFloats(dir + "/input.bin");
        std::vector<float> expected = test::readFloats(dir + "/expected.bin");
        c10::InferenceMode guard;
        const at::Tensor x = at::from_blob(input.data(), inShape, at::kFloat).clone();
        const at::Tensor before = x.clone();
        const at::Tensor y = network->forward(x).contiguous();
        QCOMPARE(y.sizes().vec(), outShape);
        const at::Tensor ref = at::from_blob(expected.data(), outShape, at::kFloat);
        const double tolerance = 1e-5 * std::max(1.0, ref.abs().max().item<double>());
        const double diff = (y - ref).abs().max().item<double>();
        QVERIFY2(diff <= tolerance,
                 qPrintable(QStringLiteral("max |ours - reference| = %1").arg(diff)));
        // Layers work in place only on blobs they own: the caller's input is untouched.
        QVERIFY(at::equal(x, before));
    }

    void runsTwiceWithTheSameResult()
    {
        // In-place layers must not leave state behind (e.g. a weight overwritten).
        auto network = create(m_dir.filePath(QStringLiteral("eltwise_sum_coeffs/model.param")),
                              NcnnGraph::Purpose::AnyShapes);
        QVERIFY(network);
        c10::InferenceMode guard;
        const at::Tensor x = at::rand({1, 3, 4, 5});
        const at::Tensor first = network->forward(x).clone();
        QVERIFY(at::equal(network->forward(x), first));
    }

    void convertsDtypeAndCountsParameters()
    {
        auto network = create(m_dir.filePath(QStringLiteral("conv_fp16_pad1/model.param")),
                              NcnnGraph::Purpose::AnyShapes);
        QVERIFY(network);
        QCOMPARE(network->parameterCount(), int64_t(4 * 3 * 9 + 4));
        QCOMPARE(network->dtype(), at::kFloat);
        network->to(at::kCPU, at::kDouble);
        QCOMPARE(network->dtype(), at::kDouble);
        c10::InferenceMode guard;
        QCOMPARE(network->forward(at::rand({1, 3, 5, 5}, at::kDouble)).scalar_type(), at::kDouble);
    }

    void upscalerNetworkChecksItsInput()
    {
        const QString path = test::writeNcnn(
            m_dir.filePath(QStringLiteral("hand")), QStringLiteral("x2"),
            "7767517\n3 3\nInput in 0 1 data\n"
            "Convolution c 1 1 data f 0=12 1=3 4=1 5=1 6=324\n"
            "PixelShuffle ps 1 1 f output 0=2\n",
            test::convWeights(std::vector<float>(324, 0.05f), std::vector<float>(12, 0.1f)));
        auto network = create(path, NcnnGraph::Purpose::Upscaler);
        QVERIFY(network);
        QCOMPARE(network->scale(), 2);
        QCOMPARE(network->channels(), 3);
        c10::InferenceMode guard;
        QCOMPARE(network->forward(at::rand({2, 3, 5, 7})).sizes().vec(),
                 (std::vector<int64_t>{2, 3, 10, 14}));
        QVERIFY_THROWS_EXCEPTION(c10::Error, network->forward(at::rand({1, 4, 5, 7})));
    }
};

QTEST_GUILESS_MAIN(TestNcnnNetwork)
#include "tst_ncnn_network.moc"
