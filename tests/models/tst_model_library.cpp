// ModelLibrary on real files in temporary folders: discovery, ids, kinds,
// errors for unreadable files, the default upscaler, and the probe cache
// (reuse, invalidation when a file changes, forgetting removed files).
#include "core/models/model_library.h"
#include "support/ncnn_files.h"
#include "support/python_reference.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hires;

namespace {

QByteArray tinyX2Param()
{
    return "7767517\n3 3\nInput in 0 1 data\n"
           "Convolution c 1 1 data f 0=12 1=3 4=1 5=1 6=324\n"
           "PixelShuffle ps 1 1 f output 0=2\n";
}

QByteArray tinyX2Bin()
{
    return test::convWeights(std::vector<float>(324, 0.01f), std::vector<float>(12, 0.0f));
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

void copyFile(const QString& from, const QString& to)
{
    QDir().mkpath(QFileInfo(to).absolutePath());
    QVERIFY2(QFile::copy(from, to), qPrintable(from));
}

} // namespace

class TestModelLibrary : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_files; // Python-written models
    QTemporaryDir m_root;
    QString m_user, m_extra, m_cache;

    ModelLibrary library(bool withExtra = true)
    {
        ModelLibrary lib(withExtra ? QStringList{m_extra, m_user} : QStringList{}, m_user, m_cache);
        lib.scan();
        return lib;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_files.isValid() && m_root.isValid());
        const test::PythonRun python =
            test::runPythonReference(QStringLiteral("make_model_files.py"), {m_files.path()});
        QVERIFY2(python.error.isEmpty(), qPrintable(python.error));
        m_user = m_root.filePath(QStringLiteral("user/models"));
        m_extra = m_root.filePath(QStringLiteral("extra"));
        m_cache = m_root.filePath(QStringLiteral("cache/model-info.json"));
        const QString f = m_files.path();
        // The user's folder: models of every kind, broken files and files to ignore.
        test::writeNcnn(m_user, QStringLiteral("realesrgan-x4fast"), tinyX2Param(), tinyX2Bin());
        copyFile(f + "/upscalers/srvgg_x2.pth", m_user + "/upscalers/srvgg_x2.pth");
        copyFile(f + "/upscalers/rrdb_x4_legacy.pth", m_user + "/upscalers/RealESRGAN_x4plus.pth");
        copyFile(f + "/others/sd15_tiny.safetensors", m_user + "/sd/SD15 Tiny.safetensors");
        copyFile(f + "/others/sdxl_tiny.safetensors", m_user + "/sd/sdxl_tiny.safetensors");
        copyFile(f + "/others/gfpgan_tiny.pth", m_user + "/faces/gfpgan_tiny.pth");
        copyFile(f + "/others/unrelated.pth", m_user + "/unrelated.pth");
        writeFile(m_user + "/corrupt.pth", QByteArray(500, '\x7f'));
        writeFile(m_user + "/empty.safetensors", {});
        test::writeNcnn(m_user, QStringLiteral("broken"), "7767517\n5 5\nInput in 0 1 data\n");
        // Not listed: other files, a .bin without .param, hidden and too-deep folders, diffusers.
        writeFile(m_user + "/notes.txt", "hello");
        writeFile(m_user + "/lonely.bin", QByteArray(64, '\0'));
        copyFile(f + "/upscalers/srvgg_x2.pth", m_user + "/.trash/hidden.pth");
        copyFile(f + "/upscalers/srvgg_x2.pth", m_user + "/a/b/c/d/e/too_deep.pth");
        copyFile(f + "/upscalers/srvgg_x2.pth", m_user + "/a/b/c/d/deep_enough.pth");
        writeFile(m_user + "/pipeline/model_index.json", "{}");
        copyFile(f + "/others/sd15_tiny.safetensors",
                 m_user + "/pipeline/unet/weights.safetensors");
        // An added folder: the preferred default and a name that clashes with the user folder.
        test::writeNcnn(m_extra, QStringLiteral("realesrgan-x4plus"), tinyX2Param(), tinyX2Bin());
        copyFile(f + "/upscalers/srvgg_x2.pth", m_extra + "/srvgg_x2.pth");
    }

    void listsModelsWithIdsKindsAndArchitectures_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("architecture");
        QTest::addColumn<int>("scale");
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("ok");
        QTest::newRow("ncnn pair") << "realesrgan-x4fast"
                                   << "upscaler"
                                   << "ncnn graph" << 2 << "ncnn" << true;
        QTest::newRow("zip .pth") << "srvgg_x2"
                                  << "upscaler"
                                  << "SRVGGNetCompact" << 2 << "pytorch-zip" << true;
        QTest::newRow("legacy .pth") << "realesrgan_x4plus"
                                     << "upscaler"
                                     << "RRDBNet" << 4 << "pytorch-legacy" << true;
        QTest::newRow("SD 1.x, spaces in the name")
            << "sd15-tiny"
            << "diffusion-checkpoint"
            << "Stable Diffusion 1.x" << 0 << "safetensors" << true;
        QTest::newRow("SDXL") << "sdxl_tiny"
                              << "diffusion-checkpoint"
                              << "Stable Diffusion XL" << 0 << "safetensors" << true;
        QTest::newRow("GFPGAN") << "gfpgan_tiny"
                                << "face-restorer"
                                << "GFPGAN" << 0 << "pytorch-zip" << true;
        QTest::newRow("unknown state dict") << "unrelated"
                                            << "unknown"
                                            << "" << 0 << "pytorch-zip" << true;
        QTest::newRow("garbage") << "corrupt"
                                 << "unknown"
                                 << "" << 0 << "" << false;
        QTest::newRow("empty") << "empty"
                               << "unknown"
                               << "" << 0 << "" << false;
        QTest::newRow("broken ncnn") << "broken"
                                     << "upscaler"
                                     << "" << 0 << "ncnn" << false;
        QTest::newRow("depth 4") << "deep_enough"
                                 << "upscaler"
                                 << "SRVGGNetCompact" << 2 << "pytorch-zip" << true;
        QTest::newRow("added folder") << "realesrgan-x4plus"
                                      << "upscaler"
                                      << "ncnn graph" << 2 << "ncnn" << true;
        QTest::newRow("id clash") << "srvgg_x2-2"
                                  << "upscaler"
                                  << "SRVGGNetCompact" << 2 << "pytorch-zip" << true;
    }

    void listsModelsWithIdsKindsAndArchitectures()
    {
        QFETCH(QString, id);
        QFETCH(QString, kind);
        QFETCH(QString, architecture);
        QFETCH(int, scale);
        QFETCH(QString, format);
        QFETCH(bool, ok);
        const ModelLibrary lib = library();
        const ModelInfo* model = lib.findById(id);
        QVERIFY2(model, qPrintable(id));
        QCOMPARE(modelKindKey(model->kind), kind);
        QCOMPARE(model->architecture, architecture);
        QCOMPARE(model->scale, scale);
        QCOMPARE(model->format, format);
        QCOMPARE(model->ok(), ok);
        QVERIFY(model->fileSize > 0 || id == QLatin1String("empty"));
        if (ok && kind != QLatin1String("unknown"))
            QVERIFY(model->parameterCount > 0);
        if (!ok)
            QVERIFY2(model->error.contains(QFileInfo(model->path).fileName()),
                     qPrintable(model->error));
    }

    void ignoresWhatIsNotAModel()
    {
        const ModelLibrary lib = library();
        QCOMPARE(lib.models().size(), size_t(13));
        for (const ModelInfo& m : lib.models()) {
            QVERIFY2(!m.path.contains(QLatin1String("/.trash/")), qPrintable(m.path));
            QVERIFY2(!m.path.contains(QLatin1String("too_deep")), qPrintable(m.path));
            QVERIFY2(!m.path.contains(QLatin1String("/pipeline/")), qPrintable(m.path));
            QVERIFY(!m.path.endsWith(QLatin1String(".bin")) &&
                    !m.path.endsWith(QLatin1String(".txt")));
        }
        // The user folder was also passed as an added folder: listed once.
        QCOMPARE(lib.folders(), (QStringList{QDir::cleanPath(m_user), QDir::cleanPath(m_extra)}));
    }

    void namesLicencesOfKnownModels()
    {
        const ModelLibrary lib = library();
        QCOMPARE(lib.findById(QStringLiteral("realesrgan_x4plus"))->licence,
                 QStringLiteral("BSD-3-Clause"));
        QCOMPARE(lib.findById(QStringLiteral("realesrgan-x4fast"))->licence,
                 QStringLiteral("BSD-3-Clause"));
        QVERIFY(lib.findById(QStringLiteral("srvgg_x2"))->licence.isEmpty());
    }

    void findsByIdAndPath()
    {
        const ModelLibrary lib = library();
        const ModelInfo* byId = lib.findById(QStringLiteral("SRVGG_X2"));
        QVERIFY(byId);
        QCOMPARE(lib.findByPath(m_user + QStringLiteral("/upscalers/../upscalers/srvgg_x2.pth")),
                 byId);
        QVERIFY(!lib.findById(QStringLiteral("nope")));
        QVERIFY(!lib.findByPath(m_user + QStringLiteral("/notes.txt")));
    }

    void choosesTheDefaultUpscaler()
    {
        QCOMPARE(library(true).defaultUpscaler()->id, QStringLiteral("realesrgan-x4plus"));
        QCOMPARE(library(false).defaultUpscaler()->id, QStringLiteral("realesrgan-x4fast"));
        ModelLibrary empty({}, m_root.filePath(QStringLiteral("nothing")), m_cache);
        empty.scan();
        QVERIFY(empty.models().empty());
        QVERIFY(!empty.defaultUpscaler());
    }

    void reusesTheCacheAndNoticesChanges()
    {
        QFile::remove(m_cache);
        const ModelLibrary first = library();
        QCOMPARE(first.probedCount(), 13);
        QVERIFY(QFile::exists(m_cache));
        const ModelLibrary second = library();
        QCOMPARE(second.probedCount(), 0);
        for (size_t i = 0; i < first.models().size(); ++i)
            QCOMPARE(second.models()[i].toJson(), first.models()[i].toJson());

        // Replace a model by another file: probed again, new facts.
        const QString path = m_extra + QStringLiteral("/srvgg_x2.pth");
        QVERIFY(QFile::remove(path));
        copyFile(m_files.filePath(QStringLiteral("others/gfpgan_tiny.pth")), path);
        QFile touched(path);
        QVERIFY(touched.open(QIODevice::ReadWrite));
        QVERIFY(touched.setFileTime(QDateTime::currentDateTime().addSecs(60),
                                    QFileDevice::FileModificationTime));
        touched.close();
        const ModelLibrary third = library();
        QCOMPARE(third.probedCount(), 1);
        QCOMPARE(third.findById(QStringLiteral("srvgg_x2-2"))->kind, ModelKind::FaceRestorer);

        // A corrupt cache file is an empty cache, not an error.
        writeFile(m_cache, "{ not json");
        QCOMPARE(library().probedCount(), 13);
        QVERIFY(library().cacheError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestModelLibrary)
#include "tst_model_library.moc"
