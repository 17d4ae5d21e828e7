#include <cstring>

#include <QTest>

#include "core/weights/safetensors_reader.h"
#include "weights_test_support.h"

using namespace hires;
using namespace hires::test;

Q_DECLARE_METATYPE(hires::ErrorCode)

namespace {

const QString kName = QStringLiteral("model.safetensors");

QByteArray bytesOf(const TensorRef& t)
{
    const std::vector<std::byte> raw = t.contiguousBytes();
    return QByteArray(reinterpret_cast<const char*>(raw.data()),
                      static_cast<qsizetype>(raw.size()));
}

} // namespace

class TestSafetensorsReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsEveryDtypeBitExactly()
    {
        // Entries out of file order in the JSON; the dict follows the data order.
        const QByteArray f32 = floatsLE({1.5f, -2.0f, 0.25f, 1e-30f});
        const QByteArray f16("\x00\x3c\x00\xc0", 4);                 // 1, -2
        const QByteArray bf16("\x80\x3f\x00\xc0", 4);                // 1, -2
        const QByteArray i64("\xff\xff\xff\xff\xff\xff\xff\x7f", 8); // INT64_MAX
        const QByteArray u8("\x01\xfe", 2);
        const QByteArray flags("\x01\x00\x01", 3);
        const QByteArray header =
            R"({"b.f16":{"dtype":"F16","shape":[2],"data_offsets":[16,20]},)"
            R"("a.f32":{"dtype":"F32","shape":[2,2],"data_offsets":[0,16]},)"
            R"("c.bf16":{"dtype":"BF16","shape":[1,2],"data_offsets":[20,24]},)"
            R"("d.i64":{"dtype":"I64","shape":[],"data_offsets":[24,32]},)"
            R"("e.u8":{"dtype":"U8","shape":[2],"data_offsets":[32,34]},)"
            R"("f.bool":{"dtype":"BOOL","shape":[3],"data_offsets":[34,37]},)"
            R"("g.empty":{"dtype":"F32","shape":[0,7],"data_offsets":[37,37]},)"
            R"("__metadata__":{"format":"pt","ss_network_dim":"32"}})";
        const QByteArray data = f32 + f16 + bf16 + i64 + u8 + flags;
        Result<StateDict> dict =
            SafetensorsReader::read(storageOf(safetensors(header, data)), kName);
        QVERIFY2(dict, qPrintable(dict ? QString() : dict.error().message));
        QCOMPARE(dict->format, QStringLiteral("safetensors"));
        const std::vector<std::string> order{"a.f32", "b.f16",  "c.bf16", "d.i64",
                                             "e.u8",  "f.bool", "g.empty"};
        QCOMPARE(dict->names(), order);
        QCOMPARE(dict->at("a.f32").dtype, DType::F32);
        QCOMPARE(dict->at("a.f32").shape, (std::vector<int64_t>{2, 2}));
        QCOMPARE(bytesOf(dict->at("a.f32")), f32);
        QCOMPARE(dict->at("b.f16").toFloatVector(), (std::vector<float>{1.0f, -2.0f}));
        QCOMPARE(dict->at("c.bf16").toFloatVector(), (std::vector<float>{1.0f, -2.0f}));
        QCOMPARE(dict->at("d.i64").dtype, DType::I64);
        QCOMPARE(dict->at("d.i64").numel(), int64_t(1));
        QCOMPARE(bytesOf(dict->at("d.i64")), i64);
        QCOMPARE(bytesOf(dict->at("e.u8")), u8);
        QCOMPARE(dict->at("f.bool").dtype, DType::Bool);
        QCOMPARE(dict->at("g.empty").numel(), int64_t(0));
        QCOMPARE(dict->parameterCount(), int64_t(4 + 2 + 2 + 1 + 2 + 3));
        QCOMPARE(dict->metadata.at(QStringLiteral("ss_network_dim")), QStringLiteral("32"));
    }

    void tensorsPointIntoTheFile()
    {
        const QByteArray header = R"({"w":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}})";
        const std::shared_ptr<const Storage> file =
            storageOf(safetensors(header, floatsLE({3, 4})));
        Result<StateDict> dict = SafetensorsReader::read(file, kName);
        QVERIFY(dict);
        const std::byte* data = dict->at("w").storage->data();
        QVERIFY(data >= file->data() && data + 8 == file->data() + file->size());
    }

    void stripsModulePrefix()
    {
        const QByteArray header = R"({"module.a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},)"
                                  R"("module.b":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}})";
        Result<StateDict> dict =
            SafetensorsReader::read(storageOf(safetensors(header, floatsLE({1, 2}))), kName);
        QVERIFY(dict);
        QCOMPARE(dict->names(), (std::vector<std::string>{"a", "b"}));
        QCOMPARE(dict->strippedPrefix, QStringLiteral("module."));
    }

    void refusesBrokenFiles_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<ErrorCode>("code");
        const QByteArray eight = floatsLE({1, 2});
        auto one = [&](const QByteArray& entry, const QByteArray& data) {
            return safetensors("{\"w\":" + entry + "}", data);
        };
        QByteArray huge;
        appendLE<uint64_t>(huge, 100'000'001);
        QByteArray beyond;
        appendLE<uint64_t>(beyond, 64);
        beyond += "{}";
        const ErrorCode corrupt = ErrorCode::CorruptData;
        QTest::newRow("shorter than the length")
            << QByteArray("\x02\x00\x00", 3) << "shorter" << corrupt;
        QTest::newRow("header over 100 MB")
            << huge + QByteArray(16, ' ') << "limit" << ErrorCode::TooLarge;
        QTest::newRow("header beyond the file") << beyond << "only 2 follow" << corrupt;
        QTest::newRow("zero-length header") << safetensors("", "", false) << "'{'" << corrupt;
        QTest::newRow("not an object") << safetensors("[1, 2]", "") << "'{'" << corrupt;
        QTest::newRow("invalid JSON") << safetensors("{\"w\": {", "") << "JSON" << corrupt;
        QTest::newRow("invalid UTF-8") << safetensors("{\"\xff\xfe\": 1}", "") << "JSON" << corrupt;
        QTest::newRow("trailing garbage") << safetensors("{} x", "") << "JSON" << corrupt;
        QTest::newRow("entry not an object") << one("[]", "") << "not an object" << corrupt;
        QTest::newRow("missing dtype")
            << one(R"({"shape":[1],"data_offsets":[0,4]})", eight) << "no dtype" << corrupt;
        QTest::newRow("fp8 dtype")
            << one(R"({"dtype":"F8_E4M3","shape":[1],"data_offsets":[0,1]})", "x") << "F8_E4M3"
            << ErrorCode::UnsupportedFormat;
        QTest::newRow("negative dim")
            << one(R"({"dtype":"F32","shape":[-1],"data_offsets":[0,4]})", eight) << "non-negative"
            << corrupt;
        QTest::newRow("fractional dim")
            << one(R"({"dtype":"F32","shape":[1.5],"data_offsets":[0,4]})", eight) << "non-negative"
            << corrupt;
        QTest::newRow("one offset")
            << one(R"({"dtype":"F32","shape":[1],"data_offsets":[4]})", eight) << "data_offsets"
            << corrupt;
        QTest::newRow("end before begin")
            << one(R"({"dtype":"F32","shape":[1],"data_offsets":[8,4]})", eight) << "end before"
            << corrupt;
        QTest::newRow("size mismatch")
            << one(R"({"dtype":"F32","shape":[3],"data_offsets":[0,8]})", eight) << "needs 12 bytes"
            << corrupt;
        QTest::newRow("overflowing shape")
            << one(R"({"dtype":"F32","shape":[4294967296,4294967296,4],"data_offsets":[0,8]})",
                   eight)
            << "overflows" << corrupt;
        QTest::newRow("overlap") << safetensors(
                                        R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},)"
                                        R"("b":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}})",
                                        eight)
                                 << "overlaps" << corrupt;
        QTest::newRow("hole") << safetensors(
                                     R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},)"
                                     R"("b":{"dtype":"F32","shape":[1],"data_offsets":[8,12]}})",
                                     eight + eight)
                              << "belong to no tensor" << corrupt;
        QTest::newRow("data after the last tensor")
            << one(R"({"dtype":"F32","shape":[1],"data_offsets":[0,4]})", eight) << "after the last"
            << corrupt;
        QTest::newRow("tensor beyond the file")
            << one(R"({"dtype":"F32","shape":[4],"data_offsets":[0,16]})", eight) << "need 16 bytes"
            << corrupt;
        QTest::newRow("duplicate name")
            << safetensors(R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},)"
                           R"("a":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}})",
                           eight)
            << "belong to no tensor" << corrupt;
        QTest::newRow("metadata not strings")
            << safetensors(R"({"__metadata__":{"epoch":3}})", "") << "not a string" << corrupt;
        QTest::newRow("metadata not an object")
            << safetensors(R"({"__metadata__":"x"})", "") << "not an object" << corrupt;
    }

    void refusesBrokenFiles()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, expected);
        QFETCH(ErrorCode, code);
        Result<StateDict> dict = SafetensorsReader::read(storageOf(file), kName);
        QVERIFY(!dict);
        const QString message = dict.error().message;
        QVERIFY2(message.startsWith(kName + QStringLiteral(" (safetensors): ")),
                 qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
        QCOMPARE(dict.error().code, code);
        QVERIFY(!message.contains(QLatin1Char('\n')));
    }

    void detection()
    {
        const QByteArray empty = safetensors("{}", "");
        QVERIFY(SafetensorsReader::looksLike(reinterpret_cast<const std::byte*>(empty.constData()),
                                             static_cast<size_t>(empty.size())));
        const QByteArray zip("PK\x03\x04", 4);
        QVERIFY(
            !SafetensorsReader::looksLike(reinterpret_cast<const std::byte*>(zip.constData()), 4));
    }
};

QTEST_GUILESS_MAIN(TestSafetensorsReader)
#include "tst_safetensors_reader.moc"
