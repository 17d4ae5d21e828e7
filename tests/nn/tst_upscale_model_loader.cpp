// loadUpscaleNetwork(): every format the model library lists becomes a
// network that computes what the published architecture computes, and every
// bad file becomes an error naming the file.
#include "core/nn/upscale_model_loader_p.h"
#include "support/ncnn_files.h"
#include "support/python_reference.h"
#include "support/raw_tensor_fixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <c10/core/InferenceMode.h>

using namespace hires;

class TestUpscaleModelLoader : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const test::PythonRun python =
            test::runPythonReference(QStringLiteral("make_model_files.py"), {m_dir.path()});
        QVERIFY2(python.error.isEmpty(), qPrintable(python.error));
    }

    void loadsPyTorchFiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("architecture");
        QTest::addColumn<int>("scale");
        QTest::newRow("zip .pth with 'params'") << "srvgg_x2"
                                                << "SRVGGNetCompact" << 2;
        QTest::newRow("legacy .pth with 'params_ema'") << "rrdb_x4_legacy"
                                                       << "RRDBNet" << 4;
    }

    void loadsPyTorchFiles()
    {
        QFETCH(QString, name);
        QFETCH(QString, architecture);
        QFETCH(int, scale);
        Result<std::unique_ptr<UpscaleNetwork>> network =
            loadUpscaleNetwork(m_dir.filePath(QStringLiteral("upscalers/%1.pth").arg(name)));
        QVERIFY2(network.ok(), network.ok() ? "" : qPrintable(network.error().message));
        QVERIFY((*network)->describe().startsWith(architecture));
        QCOMPARE((*network)->scale(), scale);
        QCOMPARE((*network)->dtype(), at::kFloat);
        QVERIFY((*network)->device().is_cpu());
        const QString ref = m_dir.filePath(QStringLiteral("refs/") + name);
        std::vector<float> input = test::readFloats(ref + "/input.bin");
        std::vector<float> expected = test::readFloats(ref + "/output.bin");
        const auto inShape = test::readShape(ref + "/case.json", QStringLiteral("input"));
        const auto outShape = test::readShape(ref + "/case.json", QStringLiteral("output"));
        c10::InferenceMode guard;
        const at::Tensor y =
            (*network)->forward(at::from_blob(input.data(), inShape, at::kFloat)).contiguous();
        QCOMPARE(y.sizes().vec(), outShape);
        const double diff =
            (y - at::from_blob(expected.data(), outShape, at::kFloat)).abs().max().item<double>();
        QVERIFY2(diff < 1e-5, qPrintable(QStringLiteral("max difference %1").arg(diff)));
    }

    void loadsAnNcnnGraph()
    {
        // conv + pixel shuffle x2: no native network has this shape, the executor runs it.
        const QString path = test::writeNcnn(
            m_dir.filePath(QStringLiteral("ncnn")), QStringLiteral("tiny_x2"),
            "7767517\n3 3\nInput in 0 1 data\n"
            "Convolution c 1 1 data f 0=12 1=3 4=1 5=1 6=324\n"
            "PixelShuffle ps 1 1 f output 0=2\n",
            test::convWeights(std::vector<float>(324, 0.02f), std::vector<float>(12, 0.25f)));
        Result<std::unique_ptr<UpscaleNetwork>> network = loadUpscaleNetwork(path);
        QVERIFY2(network.ok(), network.ok() ? "" : qPrintable(network.error().message));
        QVERIFY2((*network)->describe().contains(QLatin1String("ncnn graph")),
                 qPrintable((*network)->describe()));
        QCOMPARE((*network)->scale(), 2);
        c10::InferenceMode guard;
        // Constant input 1: every output = 27 * 0.02 + 0.25 away from the border.
        const at::Tensor y = (*network)->forward(at::ones({1, 3, 4, 4}));
        QCOMPARE(y.sizes().vec(), (std::vector<int64_t>{1, 3, 8, 8}));
        QVERIFY(std::abs(y[0][1][3][4].item<double>() - (27 * 0.02 + 0.25)) < 1e-5);
        // Also reachable through the .bin of the pair.
        QVERIFY(loadUpscaleNetwork(
                    QString(path).replace(QLatin1String(".param"), QLatin1String(".bin")))
                    .ok());
    }

    void errorsNameTheFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing") << "missing.pth" << QByteArray() << "no such model file";
        QTest::newRow("garbage") << "garbage.pth" << QByteArray(300, 'x') << "garbage.pth";
        QTest::newRow("truncated zip")
            << "truncated.pth" << QByteArray("PK\x03\x04\x14\x00", 6) << "truncated.pth";
        QTest::newRow("unsupported ncnn layer")
            << "pool.param"
            << QByteArray("7767517\n2 2\nInput in 0 1 data\nPooling my_pool 1 1 data output 0=1\n")
            << "my_pool";
        QTest::newRow("not an upscaler") << "unrelated.pth" << QByteArray() << "unrelated.pth";
    }

    void errorsNameTheFile()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QString path = m_dir.filePath(QStringLiteral("bad/") + file);
        if (file == QLatin1String("unrelated.pth")) {
            path = m_dir.filePath(QStringLiteral("others/unrelated.pth"));
        } else if (!content.isEmpty()) {
            if (file.endsWith(QLatin1String(".param")))
                path = test::writeNcnn(m_dir.filePath(QStringLiteral("bad")),
                                       QStringLiteral("pool"), content);
            else {
                QDir().mkpath(m_dir.filePath(QStringLiteral("bad")));
                QFile f(path);
                QVERIFY(f.open(QIODevice::WriteOnly));
                f.write(content);
            }
        }
        Result<std::unique_ptr<UpscaleNetwork>> network = loadUpscaleNetwork(path);
        QVERIFY(!network.ok());
        QVERIFY2(network.error().message.contains(expected), qPrintable(network.error().message));
        if (file != QLatin1String("missing.pth"))
            QVERIFY2(network.error().message.contains(file), qPrintable(network.error().message));
    }
};

QTEST_GUILESS_MAIN(TestUpscaleModelLoader)
#include "tst_upscale_model_loader.moc"
