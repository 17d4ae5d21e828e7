#include "core/weights/state_dict.h"

#include <QTest>

#include <cstring>
#include <limits>

using namespace hires;

namespace {

std::shared_ptr<const Storage> bytesOf(const std::vector<uint8_t>& raw)
{
    std::vector<std::byte> bytes(raw.size());
    if (!raw.empty()) // memcpy with the null data() of an empty vector is undefined
        std::memcpy(bytes.data(), raw.data(), raw.size());
    return std::make_shared<HeapStorage>(std::move(bytes));
}

TensorRef tensor(DType dtype, std::vector<int64_t> shape, std::shared_ptr<const Storage> storage)
{
    TensorRef t;
    t.dtype = dtype;
    t.strides = TensorRef::contiguousStrides(shape);
    t.shape = std::move(shape);
    t.storage = std::move(storage);
    return t;
}

} // namespace

class TestStateDict : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void orderAndLookup()
    {
        StateDict dict;
        auto storage = bytesOf(std::vector<uint8_t>(16, 0));
        dict.insert("b.weight", tensor(DType::F32, {2, 2}, storage));
        dict.insert("a.bias", tensor(DType::F32, {2}, storage));
        QCOMPARE(dict.size(), size_t(2));
        QCOMPARE(dict.names().front(), std::string("b.weight"));
        QVERIFY(dict.contains("a.bias"));
        QCOMPARE(dict.parameterCount(), int64_t(6));
        QVERIFY(dict.remove("b.weight"));
        QVERIFY(!dict.contains("b.weight"));
        QCOMPARE(dict.names().size(), size_t(1));
    }

    void prefixStripping()
    {
        StateDict dict;
        auto storage = bytesOf(std::vector<uint8_t>(4, 0));
        dict.insert("module.conv.weight", tensor(DType::F32, {1}, storage));
        dict.insert("other", tensor(DType::F32, {1}, storage));
        const StateDict stripped = dict.withPrefixStripped("module.");
        QCOMPARE(stripped.size(), size_t(1));
        QVERIFY(stripped.contains("conv.weight"));
    }

    void fitsStorage_data()
    {
        QTest::addColumn<qint64>("storageBytes");
        QTest::addColumn<qint64>("dim0");
        QTest::addColumn<qint64>("stride0");
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<bool>("fits");
        QTest::newRow("exact") << qint64(16) << qint64(4) << qint64(1) << qint64(0) << true;
        QTest::newRow("one too many") << qint64(16) << qint64(5) << qint64(1) << qint64(0) << false;
        QTest::newRow("offset pushes out")
            << qint64(16) << qint64(4) << qint64(1) << qint64(1) << false;
        QTest::newRow("strided inside")
            << qint64(16) << qint64(2) << qint64(3) << qint64(0) << true;
        QTest::newRow("negative stride")
            << qint64(16) << qint64(2) << qint64(-1) << qint64(1) << false;
        QTest::newRow("negative offset")
            << qint64(16) << qint64(1) << qint64(1) << qint64(-1) << false;
        QTest::newRow("overflowing stride")
            << qint64(16) << qint64(3) << std::numeric_limits<qint64>::max() / 2 << qint64(0)
            << false;
        QTest::newRow("empty addresses nothing")
            << qint64(0) << qint64(0) << qint64(1) << qint64(0) << true;
    }

    void fitsStorage()
    {
        QFETCH(qint64, storageBytes);
        QFETCH(qint64, dim0);
        QFETCH(qint64, stride0);
        QFETCH(qint64, offset);
        QFETCH(bool, fits);
        TensorRef t = tensor(DType::F32, {dim0},
                             bytesOf(std::vector<uint8_t>(static_cast<size_t>(storageBytes), 0)));
        t.strides = {stride0};
        t.offset = offset;
        QCOMPARE(t.fitsStorage(), fits);
    }

    void floatConversion()
    {
        // 1.0 and -2.0 in F16 (0x3c00, 0xc000) and BF16 (0x3f80, 0xc000), little-endian.
        auto f16 = tensor(DType::F16, {2}, bytesOf({0x00, 0x3c, 0x00, 0xc0}));
        QCOMPARE(f16.toFloatVector(), (std::vector<float>{1.0f, -2.0f}));
        auto bf16 = tensor(DType::BF16, {2}, bytesOf({0x80, 0x3f, 0x00, 0xc0}));
        QCOMPARE(bf16.toFloatVector(), (std::vector<float>{1.0f, -2.0f}));
        // Transposed 2x2 view of [0,1,2,3] (I8) reads 0,2,1,3.
        auto i8 = tensor(DType::I8, {2, 2}, bytesOf({0, 1, 2, 3}));
        i8.strides = {1, 2};
        QVERIFY(!i8.isContiguous());
        QCOMPARE(i8.toFloatVector(), (std::vector<float>{0, 2, 1, 3}));
        // Smallest F16 subnormal is 2^-24.
        auto sub = tensor(DType::F16, {1}, bytesOf({0x01, 0x00}));
        QCOMPARE(sub.toFloatVector().at(0), std::ldexp(1.0f, -24));
    }
};

QTEST_GUILESS_MAIN(TestStateDict)
#include "tst_state_dict.moc"
