// mapNcnnToBasicsr: ncnn weights in layer order onto BasicSR names — the
// RRDBNet and SRVGGNetCompact orders, and refusals for anything else.
#include "core/nn/ncnn_to_basicsr.h"

#include <QTest>

using namespace hires;

namespace {

// An ncnn-style dict: "<layer>.weight"/".bias" for convs, "<layer>.slope" for PReLUs.
class NcnnDict
{
public:
    NcnnDict() { m_dict.format = QStringLiteral("ncnn"); }
    void conv(int64_t out, int64_t in)
    {
        const std::string layer = "Conv_" + std::to_string(m_layers++);
        add(layer + ".weight", {out, in, 3, 3});
        add(layer + ".bias", {out});
    }
    void prelu(int64_t n) { add("PRelu_" + std::to_string(m_layers++) + ".slope", {n}); }
    void add(const std::string& name, std::vector<int64_t> shape)
    {
        TensorRef t;
        t.dtype = DType::F32;
        t.shape = shape;
        t.strides = TensorRef::contiguousStrides(shape);
        t.storage = std::make_shared<HeapStorage>(
            std::vector<std::byte>(size_t(t.numel()) * sizeof(float)));
        t.offset = 0;
        m_dict.insert(name, t);
    }
    const StateDict& dict() const { return m_dict; }

private:
    StateDict m_dict;
    int m_layers = 0;
};

NcnnDict rrdb(int blocks, int64_t nf, int64_t gc)
{
    NcnnDict d;
    d.conv(nf, 3);
    for (int b = 0; b < blocks * 3; ++b) {
        for (int64_t c = 0; c < 4; ++c)
            d.conv(gc, nf + c * gc);
        d.conv(nf, nf + 4 * gc);
    }
    for (int i = 0; i < 4; ++i)
        d.conv(nf, nf);
    d.conv(3, nf);
    return d;
}

NcnnDict srvgg(int numConv, int64_t nf, int scale)
{
    NcnnDict d;
    d.conv(nf, 3);
    d.prelu(nf);
    for (int i = 0; i < numConv; ++i) {
        d.conv(nf, nf);
        d.prelu(nf);
    }
    d.conv(3 * scale * scale, nf);
    return d;
}

} // namespace

class TestNcnnToBasicsr : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mapsRrdbByLayerOrder()
    {
        const NcnnDict d = rrdb(2, 16, 8);
        Result<BasicsrWeights> mapped = mapNcnnToBasicsr(d.dict());
        QVERIFY2(mapped.ok(), mapped.ok() ? "" : qPrintable(mapped.error().message));
        QCOMPARE(mapped->spec.architectureName(), QStringLiteral("RRDBNet"));
        QCOMPARE(mapped->spec.numBlock, 2);
        QCOMPARE(mapped->spec.numFeat, 16);
        QCOMPARE(mapped->spec.numGrowCh, 8);
        QCOMPARE(mapped->spec.scale, 4);
        const StateDict& w = mapped->weights;
        QCOMPARE(w.size(), d.dict().size());
        // Order: conv_first, body.0.rdb1.conv1 ... body.1.rdb3.conv5, conv_body, ..., conv_last.
        QCOMPARE(w.names()[0], std::string("conv_first.weight"));
        QCOMPARE(w.names()[2], std::string("body.0.rdb1.conv1.weight"));
        QCOMPARE(w.at("body.1.rdb3.conv5.weight").shape, (std::vector<int64_t>{16, 48, 3, 3}));
        QCOMPARE(w.names().back(), std::string("conv_last.bias"));
        // The same tensors, shared (a mapping, not a copy).
        QCOMPARE(w.at("conv_first.weight").storage, d.dict().at("Conv_0.weight").storage);
        QCOMPARE(w.at("conv_hr.weight").storage,
                 d.dict().at("Conv_" + std::to_string(1 + 30 + 3) + ".weight").storage);
    }

    void mapsSrvggByLayerOrder()
    {
        const NcnnDict d = srvgg(3, 16, 4);
        Result<BasicsrWeights> mapped = mapNcnnToBasicsr(d.dict());
        QVERIFY2(mapped.ok(), mapped.ok() ? "" : qPrintable(mapped.error().message));
        QCOMPARE(mapped->spec.architectureName(), QStringLiteral("SRVGGNetCompact"));
        QCOMPARE(mapped->spec.numConv, 3);
        QCOMPARE(mapped->spec.scale, 4);
        QVERIFY(mapped->weights.contains("body.0.bias"));
        QCOMPARE(mapped->weights.at("body.1.weight").storage, d.dict().at("PRelu_1.slope").storage);
        QCOMPARE(mapped->weights.at("body.8.weight").shape, (std::vector<int64_t>{48, 16, 3, 3}));
    }

    void refusesOtherLayouts_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("one conv short of an RRDBNet") << 0;
        QTest::newRow("PReLU out of place") << 1;
        QTest::newRow("a weight that is neither conv nor PReLU") << 2;
        QTest::newRow("RRDBNet count but wrong shapes") << 3;
    }

    void refusesOtherLayouts()
    {
        QFETCH(int, which);
        NcnnDict d;
        if (which == 0) {
            d = rrdb(1, 8, 4);
            d.add("Conv_extra.weight", {3, 3, 3, 3});
        } else if (which == 1) {
            d.conv(8, 3);
            d.conv(8, 8);
            d.prelu(8);
            d.conv(12, 8);
        } else if (which == 2) {
            d = srvgg(1, 8, 2);
            d.add("BatchNorm_9.mean", {8});
        } else {
            for (int i = 0; i < 21; ++i)
                d.conv(8, 8);
        }
        Result<BasicsrWeights> mapped = mapNcnnToBasicsr(d.dict());
        QVERIFY(!mapped.ok());
        QCOMPARE(mapped.error().code, ErrorCode::Unsupported);
    }
};

QTEST_GUILESS_MAIN(TestNcnnToBasicsr)
#include "tst_ncnn_to_basicsr.moc"
