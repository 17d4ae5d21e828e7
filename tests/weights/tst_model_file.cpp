#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include "core/weights/model_file.h"
#include "ncnn_test_model.h"
#include "weights_test_support.h"

using namespace hires;
using namespace hires::test;
namespace pk = hires::test::pickle;

Q_DECLARE_METATYPE(hires::ModelFormat)
Q_DECLARE_METATYPE(hires::ErrorCode)

namespace {

// A torch.save-shaped zip (ZIP64 records, one stored storage) built in C++.
QByteArray torchZip(const QByteArray& pickle, const QByteArray& storage)
{
    return zipArchive(
        {{"archive/data.pkl", pickle}, {"archive/data/0", storage}, {"archive/version", "3\n"}},
        true);
}

QByteArray twoFloatsCheckpoint()
{
    return torchZip(
        pk::proto() +
            pk::dict({{"params_ema",
                       pk::dict({{"module.w",
                                  pk::tensor(pk::storage("FloatStorage", "0", 2), 0, {2}, {1})}})},
                      {"iter", pk::integer(7)}}) +
            pk::stop(),
        floatsLE({7.0f, 8.0f}));
}

} // namespace

class TestModelFile : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        return writeFile(path, bytes) ? path : QString();
    }

private Q_SLOTS:
    void detectsByContent_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<ModelFormat>("format");
        QByteArray tar(512, 0);
        tar.replace(257, 5, "ustar");
        QTest::newRow("zip") << QByteArray("PK\x03\x04....", 8) << ModelFormat::PytorchZip;
        QTest::newRow("legacy") << QByteArray(
                                       "\x80\x02\x8a\x0a\x6c\xfc\x9c\x46\xf9\x20\x6a\xa8\x50\x19.",
                                       15)
                                << ModelFormat::PytorchLegacy;
        QTest::newRow("safetensors") << safetensors("{}", "") << ModelFormat::Safetensors;
        QTest::newRow("ncnn") << QByteArray("7767517\n1 1\n") << ModelFormat::NcnnParam;
        QTest::newRow("ncnn crlf") << QByteArray("7767517\r\n") << ModelFormat::NcnnParam;
        QTest::newRow("tar") << tar << ModelFormat::PytorchTar;
        QTest::newRow("other pickle") << QByteArray("\x80\x02}.", 4) << ModelFormat::Unknown;
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n", 8) << ModelFormat::Unknown;
        QTest::newRow("magic prefix only") << QByteArray("77675170") << ModelFormat::Unknown;
        QTest::newRow("empty") << QByteArray() << ModelFormat::Unknown;
    }

    void detectsByContent()
    {
        QFETCH(QByteArray, head);
        QFETCH(ModelFormat, format);
        QCOMPARE(ModelFile::detectFormat(reinterpret_cast<const std::byte*>(head.constData()),
                                         size_t(head.size())),
                 format);
    }

    void loadsEachFormatFromDisk()
    {
        // The name says nothing: the content decides.
        Result<StateDict> zip = ModelFile::loadStateDict(
            write(QStringLiteral("weights.safetensors"), twoFloatsCheckpoint()));
        QVERIFY2(zip, qPrintable(zip ? QString() : zip.error().message));
        QCOMPARE(zip->format, QStringLiteral("pytorch-zip"));
        QCOMPARE(zip->wrapperKey, QStringLiteral("params_ema"));
        QCOMPARE(zip->strippedPrefix, QStringLiteral("module."));
        QCOMPARE(zip->at("w").toFloatVector(), (std::vector<float>{7.0f, 8.0f}));

        const QByteArray header = R"({"x":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}})";
        Result<StateDict> st = ModelFile::loadStateDict(
            write(QStringLiteral("x.pth"), safetensors(header, floatsLE({9}))));
        QVERIFY(st);
        QCOMPARE(st->format, QStringLiteral("safetensors"));

        const QString param = write(QStringLiteral("small.param"), smallNcnnParam());
        QVERIFY(!write(QStringLiteral("small.bin"), smallNcnnBin()).isEmpty());
        for (const QString& path : {param, m_dir.filePath(QStringLiteral("small.bin"))}) {
            Result<StateDict> ncnn = ModelFile::loadStateDict(path);
            QVERIFY2(ncnn, qPrintable(ncnn ? QString() : ncnn.error().message));
            QCOMPARE(ncnn->parameterCount(), int64_t(40));
            QVERIFY(ncnn->contains("conv0.weight"));
            QVERIFY(ModelFile::loadNcnnModel(path));
        }
    }

    void tensorsOutliveTheirLoader()
    {
        TensorRef kept;
        {
            Result<StateDict> dict =
                ModelFile::loadStateDict(write(QStringLiteral("keep.pth"), twoFloatsCheckpoint()));
            QVERIFY(dict);
            kept = dict->at("w");
        }
        QCOMPARE(kept.toFloatVector(), (std::vector<float>{7.0f, 8.0f}));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing") << "absent.pth" << QByteArray() << ErrorCode::NotFound
                                 << "no such file";
        QTest::newRow("empty") << "empty.pth" << QByteArray("") << ErrorCode::UnsupportedFormat
                               << "empty";
        QTest::newRow("an image") << "photo.pth" << QByteArray("\x89PNG\r\n\x1a\n....", 12)
                                  << ErrorCode::UnsupportedFormat
                                  << "not a safetensors, PyTorch or ncnn";
        QTest::newRow("bare pickle") << "bare.pkl" << QByteArray("\x80\x02}.", 4)
                                     << ErrorCode::UnsupportedFormat << "not a safetensors";
        QTest::newRow("param without bin")
            << "lonely.param" << smallNcnnParam() << ErrorCode::NotFound << "lonely.bin is missing";
        QTest::newRow("bin without param") << "lonely2.bin" << smallNcnnBin()
                                           << ErrorCode::UnsupportedFormat << "not a safetensors";
    }

    void refusals()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(ErrorCode, code);
        QFETCH(QString, expected);
        const QString path = m_dir.filePath(name);
        if (!bytes.isNull())
            QVERIFY(writeFile(path, bytes));
        Result<StateDict> dict = ModelFile::loadStateDict(path);
        QVERIFY(!dict);
        QCOMPARE(dict.error().code, code);
        QVERIFY2(dict.error().message.startsWith(path), qPrintable(dict.error().message));
        QVERIFY2(dict.error().message.contains(expected), qPrintable(dict.error().message));
    }

    void refusesADirectory()
    {
        Result<StateDict> dict = ModelFile::loadStateDict(m_dir.path());
        QVERIFY(!dict);
        QCOMPARE(dict.error().code, ErrorCode::UnsupportedFormat);
        QVERIFY(dict.error().message.contains(QStringLiteral("not a regular file")));
    }

    void ncnnPaths()
    {
        QCOMPARE(ModelFile::ncnnBinPath(QStringLiteral("/m/realesrgan-x4plus.param")),
                 QStringLiteral("/m/realesrgan-x4plus.bin"));
        QCOMPARE(ModelFile::ncnnBinPath(QStringLiteral("/m/a.b.param")),
                 QStringLiteral("/m/a.b.bin"));
        QCOMPARE(ModelFile::ncnnBinPath(QStringLiteral("/m/model")),
                 QStringLiteral("/m/model.bin"));
        QVERIFY(ModelFile::ncnnParamPathFor(QStringLiteral("/nowhere/x.bin")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestModelFile)
#include "tst_model_file.moc"
