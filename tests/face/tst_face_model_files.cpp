// Face models in the model library (core/models) agree with core/face's
// loaders: a clean GFPGAN file (torch.save, params_ema) is listed as a GFPGAN
// face restorer and loads; GFPGAN v1's original layout is recognised but
// listed with an error and refused by the loader; YuNet's ONNX file is listed
// as a face detector, other ONNX files are not used; the catalogue names the
// licences (GFPGAN Apache-2.0, YuNet MIT, CodeFormer non-commercial, never a
// default).
#include "core/face/gfpgan_enhancer.h"
#include "core/models/model_catalogue.h"
#include "core/models/model_library.h"
#include "core/models/model_probe.h"
#include "core/nn/builtin_architectures.h"
#include "support/python_reference.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hires;

class TestFaceModelFiles : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString file(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const test::PythonRun run =
            test::runPythonReference(QStringLiteral("make_gfpgan_fixtures.py"),
                                     {QStringLiteral("model-files"), m_dir.path()});
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        // The catalogue's file name, so the library attaches the licence.
        QVERIFY(QFile::copy(file("gfpgan_small.pth"), file("GFPGANv1.4.pth")));
    }

    void cleanGfpganIsListedAndLoads()
    {
        const ModelInfo info = ModelProbe::probe(file("GFPGANv1.4.pth"));
        QVERIFY2(info.ok(), qPrintable(info.error));
        QCOMPARE(info.kind, ModelKind::FaceRestorer);
        QCOMPARE(info.architecture, kGfpganArchitecture);
        QCOMPARE(info.licence, QStringLiteral("Apache-2.0"));
        GfpganModelInfo loaded;
        auto enhancer = loadGfpganEnhancer(info.path, DevicePreference::Cpu, &loaded);
        QVERIFY2(enhancer.ok(), test::errorText(enhancer).constData());
        QCOMPARE(enhancer.value()->faceSize(), 64);
        QCOMPARE(loaded.wrapperKey, QStringLiteral("params_ema"));
        QCOMPARE(loaded.unusedTensors, 16); // style_mlp, listed by the library, skipped here
        QVERIFY(loaded.parameterCount > 0 && loaded.parameterCount < info.parameterCount);
    }

    void originalGfpganLayoutIsRecognisedNotLoaded()
    {
        const ModelInfo info = ModelProbe::probe(file("gfpgan_v1_original.pth"));
        QCOMPARE(info.kind, ModelKind::FaceRestorer);
        QCOMPARE(info.architecture, kGfpganV1Architecture);
        QVERIFY(!info.ok());
        QVERIFY2(info.error.contains(QLatin1String("original layout")), qPrintable(info.error));
        auto enhancer = loadGfpganEnhancer(info.path, DevicePreference::Cpu);
        QVERIFY(!enhancer.ok());
        const QString message = enhancer.error().message;
        QVERIFY2(message.contains(QLatin1String("gfpgan_v1_original.pth")) &&
                     message.contains(kGfpganV1Architecture),
                 qPrintable(message));
    }

    void yunetOnnxIsAFaceDetector()
    {
        const ModelInfo yunet = ModelProbe::probe(file("face_detection_yunet_2022mar.onnx"));
        QVERIFY2(yunet.ok(), qPrintable(yunet.error));
        QCOMPARE(yunet.kind, ModelKind::FaceDetector);
        QCOMPARE(yunet.architecture, QStringLiteral("YuNet"));
        QCOMPARE(yunet.format, QStringLiteral("onnx"));
        QCOMPARE(yunet.licence, QStringLiteral("MIT"));
        QCOMPARE(modelKindFromKey(modelKindKey(yunet.kind)), ModelKind::FaceDetector);
        QCOMPARE(ModelInfo::fromJson(yunet.toJson()).kind, ModelKind::FaceDetector);

        const ModelInfo other = ModelProbe::probe(file("other.onnx"));
        QVERIFY(!other.ok());
        QCOMPARE(other.kind, ModelKind::Unknown);

        const QString fake = file("fake/face_detection_yunet_2023mar.onnx");
        QVERIFY(QDir().mkpath(file("fake")));
        QFile bytes(fake);
        QVERIFY(bytes.open(QIODevice::WriteOnly));
        bytes.write(QByteArray(300, 'x'));
        bytes.close();
        const ModelInfo garbage = ModelProbe::probe(fake);
        QVERIFY(!garbage.ok());
        QVERIFY2(garbage.error.contains(QLatin1String("not an ONNX")), qPrintable(garbage.error));
    }

    void libraryListsTheFaceModels()
    {
        ModelLibrary library({m_dir.path()}, file("user"), file("cache/model-info.json"));
        library.scan();
        const ModelInfo* gfpgan = library.findById(QStringLiteral("gfpganv1.4"));
        QVERIFY(gfpgan);
        QCOMPARE(gfpgan->kind, ModelKind::FaceRestorer);
        const ModelInfo* yunet = library.findById(QStringLiteral("face_detection_yunet_2022mar"));
        QVERIFY(yunet);
        QCOMPARE(yunet->kind, ModelKind::FaceDetector);
    }

    void libraryPicksTheDefaultFaceModel()
    {
        // Only readable GFPGAN files, GFPGANv1.4 first though "a-faces" sorts before it.
        const QString folder = file("pick");
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::copy(file("gfpgan_small.pth"), folder + QStringLiteral("/a-faces.pth")));
        QVERIFY(QFile::copy(file("gfpgan_small.pth"), folder + QStringLiteral("/GFPGANv1.4.pth")));
        QVERIFY(QFile::copy(file("gfpgan_v1_original.pth"),
                            folder + QStringLiteral("/b-original.pth")));
        QVERIFY(QFile::copy(file("face_detection_yunet_2022mar.onnx"),
                            folder + QStringLiteral("/face_detection_yunet_2022mar.onnx")));
        ModelLibrary library({folder}, file("pick-user"), file("cache/pick.json"));
        library.scan();
        QStringList ids;
        for (const ModelInfo& m : library.faceRestorers())
            ids << m.id;
        QCOMPARE(ids, QStringList({"gfpganv1.4", "a-faces"}));
        QVERIFY(library.defaultFaceRestorer());
        QCOMPARE(library.defaultFaceRestorer()->id, QStringLiteral("gfpganv1.4"));
        QVERIFY(QFile::remove(folder + QStringLiteral("/GFPGANv1.4.pth")));
        library.scan();
        QCOMPARE(library.defaultFaceRestorer()->id, QStringLiteral("a-faces"));
        ModelLibrary empty({file("pick-user")}, file("pick-user"), file("cache/empty.json"));
        empty.scan();
        QVERIFY(empty.faceRestorers().empty());
        QVERIFY(!empty.defaultFaceRestorer());
    }

    void catalogueNamesTheLicences()
    {
        const KnownModel* gfpgan = ModelCatalogue::find(QStringLiteral("GFPGANv1.4.pth"));
        QVERIFY(gfpgan);
        QCOMPARE(gfpgan->licence, QStringLiteral("Apache-2.0"));
        QCOMPARE(gfpgan->architecture, kGfpganArchitecture);
        const KnownModel* yunet =
            ModelCatalogue::find(QStringLiteral("face_detection_yunet_2022mar.onnx"));
        QVERIFY(yunet);
        QCOMPARE(yunet->licence, QStringLiteral("MIT"));
        QCOMPARE(yunet->kind, ModelKind::FaceDetector);
        QVERIFY(!yunet->isDefault);
        const KnownModel* codeformer = ModelCatalogue::find(QStringLiteral("codeformer"));
        QVERIFY(codeformer);
        QVERIFY(!codeformer->commercialUse);
        QVERIFY(!codeformer->isDefault);
    }
};

QTEST_GUILESS_MAIN(TestFaceModelFiles)
#include "tst_face_model_files.moc"
