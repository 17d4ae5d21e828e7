#include <QTest>

#include "core/weights/ncnn_model.h"
#include "ncnn_test_model.h"
#include "weights_test_support.h"

using namespace hires;
using namespace hires::test;

namespace {

Result<NcnnModel> read(const QByteArray& param, const QByteArray& bin)
{
    return NcnnModel::read(reinterpret_cast<const std::byte*>(param.constData()),
                           static_cast<size_t>(param.size()), storageOf(bin),
                           QStringLiteral("m.param"), QStringLiteral("m.bin"));
}

QByteArray header(int layers, int blobs)
{
    return "7767517\n" + QByteArray::number(layers) + " " + QByteArray::number(blobs) + "\n";
}

} // namespace

class TestNcnnModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsGraphParamsAndWeights()
    {
        Result<NcnnModel> model = read(smallNcnnParam(), smallNcnnBin());
        QVERIFY2(model, qPrintable(model ? QString() : model.error().message));
        QCOMPARE(model->layers().size(), size_t(5));
        QCOMPARE(model->blobNames(),
                 (std::vector<std::string>{"data", "c0", "p0", "s0", "s1", "out"}));
        const NcnnLayer& add = model->layers()[4];
        QCOMPARE(add.type, std::string("BinaryOp"));
        QCOMPARE(add.inputs, (std::vector<int>{3, 4}));
        QCOMPARE(add.outputs, (std::vector<int>{5}));

        const NcnnLayer& conv = model->layers()[1];
        QCOMPARE(conv.intParam(0, 0), std::optional<int32_t>(2));
        QCOMPARE(conv.intParam(11, 7), std::optional<int32_t>(7)); // absent: the default
        QCOMPARE(conv.intParam(9, 0), std::optional<int32_t>(2));
        const NcnnParam* activation = conv.param(10);
        QVERIFY(activation && activation->isArray);
        QCOMPARE(activation->values.size(), size_t(1));
        QVERIFY(activation->values[0].isFloat);
        QCOMPARE(activation->values[0].f, 0.2f);
        QVERIFY(!conv.intParam(10, 0)); // an array is not an int

        QCOMPARE(conv.weights.size(), size_t(2));
        const TensorRef& weight = conv.weights[0].second;
        QCOMPARE(conv.weights[0].first, std::string("weight"));
        QCOMPARE(weight.dtype, DType::F16);
        QCOMPARE(weight.shape, (std::vector<int64_t>{2, 2, 3, 3}));
        const std::vector<float> values = weight.toFloatVector();
        for (int i = 0; i < 36; ++i)
            QCOMPARE(values[size_t(i)], float(i));
        QCOMPARE(conv.weights[1].second.toFloatVector(), (std::vector<float>{0.5f, -0.5f}));
        QCOMPARE(model->layers()[2].weights[0].first, std::string("slope"));
        QCOMPARE(model->layers()[2].weights[0].second.toFloatVector(),
                 (std::vector<float>{0.25f, 0.125f}));
        QCOMPARE(model->parameterCount(), int64_t(40));

        const StateDict dict = model->toStateDict();
        QCOMPARE(dict.format, QStringLiteral("ncnn"));
        QCOMPARE(dict.names(),
                 (std::vector<std::string>{"conv0.weight", "conv0.bias", "prelu0.slope"}));
        QCOMPARE(dict.parameterCount(), int64_t(40));
        const std::map<std::string, int> types = model->layerTypeCounts();
        QCOMPARE(types.at("Convolution"), 1);
        QCOMPARE(types.at("Split"), 1);
    }

    void readsEveryStorageTag()
    {
        // Four 1x1 convolutions, 2 weights each, one per ModelBin tag.
        const QByteArray param = header(5, 5) + "Input in 0 1 d\n"
                                                "Convolution a 1 1 d a 0=2 1=1 6=2\n"
                                                "Convolution b 1 1 a b 0=2 1=1 6=2\n"
                                                "Convolution c 1 1 b c 0=2 1=1 6=2\n"
                                                "Convolution e 1 1 c e 0=2 1=1 6=2\n";
        QByteArray bin;
        appendLE<uint32_t>(bin, 0); // raw fp32
        bin += floatsLE({1.5f, -1.5f});
        appendLE<uint32_t>(bin, 0x000D4B38); // int8, padded to 4 bytes
        bin += QByteArray("\x05\xfb\x00\x00", 4);
        appendLE<uint32_t>(bin, 0x0002C056); // fp32 with extra scaling
        bin += floatsLE({3.0f, 4.0f});
        appendLE<uint32_t>(bin, 0x00000101); // any other tag: 256-entry lookup table
        QByteArray table;
        for (int i = 0; i < 256; ++i)
            table += floatsLE({float(i) * 0.5f});
        bin += table + QByteArray("\x02\x09\x00\x00", 4);
        Result<NcnnModel> model = read(param, bin);
        QVERIFY2(model, qPrintable(model ? QString() : model.error().message));
        auto weightOf = [&](int layer) { return model->layers()[size_t(layer)].weights[0].second; };
        QCOMPARE(weightOf(1).dtype, DType::F32);
        QCOMPARE(weightOf(1).toFloatVector(), (std::vector<float>{1.5f, -1.5f}));
        QCOMPARE(weightOf(2).dtype, DType::I8);
        QCOMPARE(weightOf(2).toFloatVector(), (std::vector<float>{5.0f, -5.0f}));
        QCOMPARE(weightOf(3).toFloatVector(), (std::vector<float>{3.0f, 4.0f}));
        QCOMPARE(weightOf(4).dtype, DType::F32);
        QCOMPARE(weightOf(4).toFloatVector(), (std::vector<float>{1.0f, 4.5f}));
    }

    void weightLayoutsOfOtherLayers()
    {
        const QByteArray param = header(5, 5) +
                                 "Input in 0 1 d\n"
                                 "InnerProduct fc 1 1 d f 0=3 1=1 2=6\n"
                                 "BatchNorm bn 1 1 f b 0=3\n"
                                 "Scale sc 1 1 b s 0=3 1=1\n"
                                 "ConvolutionDepthWise dw 1 1 s w 0=4 1=3 5=0 6=36 7=4\n";
        QByteArray bin;
        appendLE<uint32_t>(bin, 0);
        bin += QByteArray(6 * 4, 0) + QByteArray(3 * 4, 0); // fc weight, bias
        bin += QByteArray(4 * 3 * 4, 0) +
               QByteArray(2 * 3 * 4, 0); // bn slope/mean/var/bias, scale + bias
        appendLE<uint32_t>(bin, 0);
        bin += QByteArray(36 * 4, 0);
        Result<NcnnModel> model = read(param, bin);
        QVERIFY2(model, qPrintable(model ? QString() : model.error().message));
        QCOMPARE(model->layers()[1].weights[0].second.shape, (std::vector<int64_t>{3, 2}));
        QCOMPARE(model->layers()[2].weights.size(), size_t(4));
        QCOMPARE(model->layers()[2].weights[3].first, std::string("bias"));
        QCOMPARE(model->layers()[3].weights.size(), size_t(2));
        QCOMPARE(model->layers()[4].weights[0].second.shape, (std::vector<int64_t>{4, 1, 3, 3}));
        QCOMPARE(model->parameterCount(), int64_t(6 + 3 + 12 + 6 + 36));
    }

    void refusesBrokenModels_data()
    {
        QTest::addColumn<QByteArray>("param");
        QTest::addColumn<QByteArray>("bin");
        QTest::addColumn<QString>("expected");
        const QByteArray param = smallNcnnParam();
        const QByteArray bin = smallNcnnBin();
        auto replaced = [&](const char* from, const char* to) {
            return QByteArray(param).replace(from, to);
        };
        const QString p = QStringLiteral("m.param (ncnn .param): ");
        const QString b = QStringLiteral("m.bin (ncnn .bin): ");
        QTest::newRow("no magic (too old)")
            << QByteArray(param).remove(0, 8) << bin << p + "line 1: the file does not";
        QTest::newRow("wrong magic") << replaced("7767517", "7767518") << bin << p + "line 1";
        QTest::newRow("no counts") << replaced("5 6\n", "5\n") << bin << p + "line 2";
        QTest::newRow("more layers than declared")
            << replaced("5 6", "4 6") << bin << "more layers follow";
        QTest::newRow("fewer layers than declared")
            << replaced("5 6", "6 6") << bin << "declares 6 layers";
        QTest::newRow("wrong blob count") << replaced("5 6", "5 7") << bin << "declares 7 blobs";
        QTest::newRow("dangling blob") << replaced("1 1 c0 p0", "1 1 cX p0") << bin
                                       << "reads blob 'cX', which no earlier layer produces";
        QTest::newRow("blob produced twice")
            << replaced("s0 s1", "s0 s0") << bin << "produced twice";
        QTest::newRow("duplicate layer name") << replaced("prelu0", "conv0") << bin << "used twice";
        QTest::newRow("missing blob names")
            << replaced("Split            split   1 2 p0 s0 s1", "Split split 1 2 p0") << bin
            << "fewer blobs";
        QTest::newRow("negative blob count")
            << replaced("1 2 p0", "1 -2 p0") << bin << "a layer line must read";
        QTest::newRow("bad int") << replaced("0=2 1=3", "0=2x 1=3") << bin
                                 << "malformed value for param 0";
        QTest::newRow("bad float")
            << replaced("2.000000e-01", "2.0.0") << bin << "malformed value for param 10";
        QTest::newRow("array length mismatch")
            << replaced("-23310=1,", "-23310=2,") << bin << "malformed value";
        QTest::newRow("key out of range") << replaced("5=1", "40=1") << bin << "param key 40";
        QTest::newRow("array key out of range")
            << replaced("-23310", "-23340") << bin << "param key -23340";
        QTest::newRow("not id=value") << replaced("5=1", "5") << bin << "not id=value";
        QTest::newRow("param twice") << replaced("5=1", "5=1 5=0") << bin << "sets param 5 twice";
        QTest::newRow("float count") << replaced("0=2 1=3", "0=2.5 1=3") << bin
                                     << b + "layer 'conv0': param 0 must be an integer";
        QTest::newRow("negative count")
            << replaced("PReLU            prelu0  1 1 c0 p0 0=2", "PReLU prelu0 1 1 c0 p0 0=-2")
            << bin << "negative";
        QTest::newRow("weight size not a multiple")
            << replaced("6=36", "6=35") << bin << "not a multiple";
        QTest::newRow("unknown weighted layer")
            << replaced("PReLU ", "Frobnicate ") << bin << "layer type Frobnicate is unknown";
        QTest::newRow("short bin")
            << param << bin.left(bin.size() - 4) << b + "layer 'prelu0': the .bin ends inside";
        QTest::newRow("no tag") << param << QByteArray(2, 0) << "storage tag";
        QTest::newRow("trailing bytes")
            << param << bin + QByteArray(4, 0) << "4 bytes are left over";
        QTest::newRow("binary param") << QByteArray("7767517\n\0", 9) << bin << "not text";
    }

    void refusesBrokenModels()
    {
        QFETCH(QByteArray, param);
        QFETCH(QByteArray, bin);
        QFETCH(QString, expected);
        Result<NcnnModel> model = read(param, bin);
        QVERIFY(!model);
        QVERIFY2(model.error().message.contains(expected), qPrintable(model.error().message));
    }
};

QTEST_GUILESS_MAIN(TestNcnnModel)
#include "tst_ncnn_model.moc"
