// `hires-studio inspect` run as a user runs it: the built executable, real
// files (Upscayl's ncnn models, torch.save checkpoints, a safetensors file)
// and hostile ones.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "weights_test_support.h"

using namespace hires::test;
namespace pk = hires::test::pickle;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run inspect(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(HIRES_EXECUTABLE),
                  QStringList{QStringLiteral("inspect")} + arguments);
    Run run;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QJsonObject inspectJson(const QString& path)
{
    const Run run = inspect({path, QStringLiteral("--json")});
    if (run.exitCode != 0)
        qWarning("inspect %s: %s", qPrintable(path), qPrintable(run.err));
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

QString upscayl(const char* file)
{
    return QStringLiteral(HIRES_TEST_DATA_DIR "/upscayl/") + QLatin1String(file);
}

} // namespace

class TestInspectCommand : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(runPython(QStringLiteral("make_checkpoints.py"),
                          {m_dir.filePath(QStringLiteral("checkpoints"))}));
    }

    void ncnnModelAsJson()
    {
        const QJsonObject json = inspectJson(upscayl("realesrgan-x4plus.param"));
        QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("ncnn"));
        QCOMPARE(json.value(QStringLiteral("parameter_count")).toInteger(), qint64(16697987));
        QCOMPARE(json.value(QStringLiteral("tensor_count")).toInt(), 702);
        QCOMPARE(
            json.value(QStringLiteral("dtypes")).toObject().value(QStringLiteral("F16")).toInt(),
            351);
        const QJsonObject ncnn = json.value(QStringLiteral("ncnn")).toObject();
        QCOMPARE(ncnn.value(QStringLiteral("layer_count")).toInt(), 999);
        QCOMPARE(ncnn.value(QStringLiteral("blob_count")).toInt(), 1782);
        QCOMPARE(ncnn.value(QStringLiteral("layer_types"))
                     .toObject()
                     .value(QStringLiteral("Convolution"))
                     .toInt(),
                 351);
        // ncnn layer names are not PyTorch's: the weights are matched by layer
        // order and shape onto RRDBNet, and the graph gives the scale.
        QCOMPARE(json.value(QStringLiteral("architecture")).toString(), QStringLiteral("RRDBNet"));
        QCOMPARE(json.value(QStringLiteral("scale")).toInt(), 4);
    }

    void ncnnModelAsText()
    {
        const Run run = inspect({upscayl("realesrgan-x4fast.bin")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("1,213,296")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("ncnn model")));
        QVERIFY(run.out.contains(QStringLiteral("PReLU x 33")));
        QVERIFY(run.err.isEmpty());
    }

    void checkpoints_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("wrapper");
        QTest::addColumn<int>("tensors");
        QTest::addColumn<QString>("architecture"); // empty: not recognised
        QTest::newRow("params_ema") << "params_ema.pth"
                                    << "pytorch-zip"
                                    << "params_ema" << 9 << QString();
        QTest::newRow("lightning ckpt") << "lightning.ckpt"
                                        << "pytorch-zip"
                                        << "state_dict" << 2 << "Stable Diffusion 1.x";
        QTest::newRow("legacy") << "fp16_legacy.pth"
                                << "pytorch-legacy"
                                << "" << 9 << QString();
    }

    void checkpoints()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFETCH(QString, wrapper);
        QFETCH(int, tensors);
        QFETCH(QString, architecture);
        const QJsonObject json = inspectJson(m_dir.filePath(QStringLiteral("checkpoints/") + file));
        QCOMPARE(json.value(QStringLiteral("format")).toString(), format);
        QCOMPARE(json.value(QStringLiteral("wrapper_key")).toString(), wrapper);
        QCOMPARE(json.value(QStringLiteral("tensor_count")).toInt(), tensors);
        QVERIFY(json.value(QStringLiteral("parameter_count")).toInteger() > 0);
        if (architecture.isEmpty()) {
            QVERIFY(json.value(QStringLiteral("architecture")).isNull());
            QVERIFY(!json.value(QStringLiteral("architecture_error")).toString().isEmpty());
        } else {
            QCOMPARE(json.value(QStringLiteral("architecture")).toString(), architecture);
        }
    }

    void recognisesAnUpscaler()
    {
        // SRVGGNetCompact's key layout under "params", as realesr-general-x4v3.pth.
        const QJsonObject json =
            inspectJson(m_dir.filePath(QStringLiteral("checkpoints/srvgg_x4.pth")));
        QCOMPARE(json.value(QStringLiteral("wrapper_key")).toString(), QStringLiteral("params"));
        QCOMPARE(json.value(QStringLiteral("architecture")).toString(),
                 QStringLiteral("SRVGGNetCompact"));
        QCOMPARE(json.value(QStringLiteral("scale")).toInt(), 4);
        const Run text = inspect({m_dir.filePath(QStringLiteral("checkpoints/srvgg_x4.pth"))});
        QVERIFY2(text.out.contains(QStringLiteral("SRVGGNetCompact x4")), qPrintable(text.out));
    }

    void safetensorsWithTensorList()
    {
        const QString path = m_dir.filePath(QStringLiteral("lora.safetensors"));
        QVERIFY(writeFile(
            path,
            safetensors(R"({"__metadata__":{"ss_network_dim":"16"},)"
                        R"("up.weight":{"dtype":"BF16","shape":[2,3],"data_offsets":[0,12]}})",
                        QByteArray(12, 0))));
        const Run run = inspect({path, QStringLiteral("--json"), QStringLiteral("--tensors")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("metadata"))
                     .toObject()
                     .value(QStringLiteral("ss_network_dim"))
                     .toString(),
                 QStringLiteral("16"));
        const QJsonObject tensor = json.value(QStringLiteral("tensors")).toArray().at(0).toObject();
        QCOMPARE(tensor.value(QStringLiteral("name")).toString(), QStringLiteral("up.weight"));
        QCOMPARE(tensor.value(QStringLiteral("dtype")).toString(), QStringLiteral("BF16"));
        QCOMPARE(tensor.value(QStringLiteral("shape")).toArray().at(1).toInt(), 3);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        const QByteArray exploit = pk::proto() + pk::global("os", "system") +
                                   pk::tuple({pk::text("touch CANARY")}) + "R" + pk::stop();
        QTest::newRow("code execution")
            << "exploit.pth"
            << zipArchive({{"archive/data.pkl", exploit}, {"archive/version", "3\n"}})
            << "'os.system' is forbidden";
        QTest::newRow("broken safetensors")
            << "broken.safetensors"
            << safetensors(R"({"w":{"dtype":"F32","shape":[9],"data_offsets":[0,8]}})",
                           QByteArray(8, 0))
            << "needs 36 bytes";
        QTest::newRow("not a model")
            << "notes.txt" << QByteArray("hello") << "not a safetensors, PyTorch or ncnn";
        QTest::newRow("missing") << "missing.pth" << QByteArray() << "no such file";
    }

    void refusals()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const QString path = m_dir.filePath(name);
        if (!bytes.isNull())
            QVERIFY(writeFile(path, bytes));
        for (const QStringList& extra : {QStringList{}, QStringList{QStringLiteral("--json")}}) {
            const Run run = inspect(QStringList{path} + extra);
            QCOMPARE(run.exitCode, 1);
            QVERIFY(run.out.isEmpty());
            QCOMPARE(run.err.count(QLatin1Char('\n')), 1); // one line
            QVERIFY2(run.err.contains(path) && run.err.contains(reason), qPrintable(run.err));
        }
        QVERIFY(!QFile::exists(QStringLiteral("CANARY")));
    }

    void usage()
    {
        QCOMPARE(inspect({}).exitCode, 2);
        QCOMPARE(inspect({QStringLiteral("a"), QStringLiteral("b")}).exitCode, 2);
        QCOMPARE(inspect({QStringLiteral("--bogus")}).exitCode, 2);
        const Run help = inspect({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("--json")));
        QVERIFY(help.out.startsWith(QStringLiteral("Usage: hires-studio inspect")));
    }
};

QTEST_GUILESS_MAIN(TestInspectCommand)
#include "tst_inspect_command.moc"
