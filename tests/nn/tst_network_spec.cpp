// Architecture detection from names and shapes alone (no weights needed).
#include "core/nn/network_spec.h"

#include <QTest>

using namespace hires;

namespace {

void add(StateDict& d, const std::string& name, std::vector<int64_t> shape)
{
    TensorRef t;
    t.shape = std::move(shape);
    t.strides = TensorRef::contiguousStrides(t.shape);
    t.storage = std::make_shared<HeapStorage>(std::vector<std::byte>{});
    d.insert(name, t);
}

void addConv(StateDict& d, const std::string& name, int64_t out, int64_t in)
{
    add(d, name + ".weight", {out, in, 3, 3});
    add(d, name + ".bias", {out});
}

StateDict rrdb(int64_t inChannels, int blocks, int64_t nf = 64, int64_t gc = 32)
{
    StateDict d;
    addConv(d, "conv_first", nf, inChannels);
    for (int b = 0; b < blocks; ++b)
        for (int r = 1; r <= 3; ++r)
            for (int c = 1; c <= 5; ++c)
                addConv(d,
                        "body." + std::to_string(b) + ".rdb" + std::to_string(r) + ".conv" +
                            std::to_string(c),
                        c == 5 ? nf : gc, nf + (c - 1) * gc);
    for (const char* n : {"conv_body", "conv_up1", "conv_up2", "conv_hr"})
        addConv(d, n, nf, nf);
    addConv(d, "conv_last", 3, nf);
    return d;
}

StateDict srvgg(int numConv, int64_t nf, int scale, bool prelu = true)
{
    StateDict d;
    int i = 0;
    addConv(d, "body." + std::to_string(i++), nf, 3);
    for (int k = 0; k <= numConv; ++k) {
        if (prelu)
            add(d, "body." + std::to_string(i) + ".weight", {nf});
        ++i;
        if (k < numConv)
            addConv(d, "body." + std::to_string(i++), nf, nf);
    }
    addConv(d, "body." + std::to_string(i), 3 * scale * scale, nf);
    return d;
}

} // namespace

class TestNetworkSpec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rrdbScalesFromFirstConv_data()
    {
        QTest::addColumn<int>("inChannels");
        QTest::addColumn<int>("scale");
        QTest::addColumn<int>("multiple");
        QTest::newRow("x4plus") << 3 << 4 << 1;
        QTest::newRow("x2plus") << 12 << 2 << 2;
        QTest::newRow("x1") << 48 << 1 << 4;
    }
    void rrdbScalesFromFirstConv()
    {
        QFETCH(int, inChannels);
        QFETCH(int, scale);
        QFETCH(int, multiple);
        auto spec = detectUpscaleNetwork(rrdb(inChannels, 2));
        QVERIFY2(spec.ok(), spec.ok() ? "" : qPrintable(spec.error().message));
        QCOMPARE(spec->kind, NetworkKind::RRDBNet);
        QCOMPARE(spec->scale, scale);
        QCOMPARE(spec->numBlock, 2);
        QCOMPARE(spec->numFeat, 64);
        QCOMPARE(spec->numGrowCh, 32);
        QCOMPARE(spec->inputMultiple(), multiple);
    }

    void animeSixBlocks()
    {
        auto spec = detectUpscaleNetwork(rrdb(3, 6));
        QVERIFY(spec.ok());
        QCOMPARE(spec->numBlock, 6);
        QCOMPARE(spec->describe(), QStringLiteral("RRDBNet x4, 6 blocks, 64 features"));
    }

    void srvggVariants_data()
    {
        QTest::addColumn<int>("numConv");
        QTest::addColumn<int>("scale");
        QTest::newRow("animevideov3") << 16 << 4;
        QTest::newRow("general-x4v3") << 32 << 4;
        QTest::newRow("x2") << 4 << 2;
    }
    void srvggVariants()
    {
        QFETCH(int, numConv);
        QFETCH(int, scale);
        auto spec = detectUpscaleNetwork(srvgg(numConv, 64, scale));
        QVERIFY2(spec.ok(), spec.ok() ? "" : qPrintable(spec.error().message));
        QCOMPARE(spec->kind, NetworkKind::SRVGGNetCompact);
        QCOMPARE(spec->numConv, numConv);
        QCOMPARE(spec->scale, scale);
    }

    void refusals_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("wrong conv5 shape") << 0 << "body.1.rdb2.conv5.weight";
        QTest::newRow("missing conv_up2") << 1 << "conv_up2";
        QTest::newRow("x8 model") << 2 << "x8";
        QTest::newRow("srvgg without prelu") << 3 << "PReLU";
        QTest::newRow("no known network") << 4 << "no RRDBNet or SRVGGNetCompact";
        QTest::newRow("odd first conv") << 5 << "conv_first";
    }
    void refusals()
    {
        QFETCH(int, which);
        QFETCH(QString, fragment);
        StateDict d;
        switch (which) {
        case 0:
            d = rrdb(3, 2);
            add(d, "body.1.rdb2.conv5.weight", {64, 191, 3, 3});
            break;
        case 1:
            d = rrdb(3, 2);
            d.remove("conv_up2.weight");
            break;
        case 2:
            d = rrdb(3, 1);
            addConv(d, "conv_up3", 64, 64);
            break;
        case 3:
            d = srvgg(4, 16, 4, false);
            break;
        case 4:
            addConv(d, "encoder.conv", 8, 3);
            break;
        case 5:
            d = rrdb(7, 1);
            break;
        }
        auto spec = detectUpscaleNetwork(d);
        QVERIFY(!spec.ok());
        QVERIFY2(spec.error().message.contains(fragment), qPrintable(spec.error().message));
    }
};

QTEST_GUILESS_MAIN(TestNetworkSpec)
#include "tst_network_spec.moc"
