// The face step's helpers that the CLI, the server and the Upscale page share:
// faceRestoreStepOptions() (YuNet looked for next to the model first) and
// faceRestorationOutcome() read back from the provenance of real runs on the
// astronaut (one face) and the coffee cup (none): restored by the inverting
// stand-in network, a missing model file, no face, and a server's answer.
#include "core/face/face_restore_step.h"
#include "face_test_support.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hires;

namespace {

Provenance upscaleProvenance()
{
    Provenance p;
    p.task = QStringLiteral("upscale");
    p.requested = p.used = QStringLiteral("lanczos");
    return p;
}

// Runs the step on `photo` and returns the job's provenance.
Provenance runStep(const char* photo, FaceRestorer& restorer)
{
    Provenance provenance = upscaleProvenance();
    const Result<FaceRestoreStepOutput> out =
        applyFaceRestoration(restorer, test::imageOf(test::readPhoto(photo)), provenance);
    if (!out)
        qFatal("%s", qPrintable(out.error().message));
    return provenance;
}

} // namespace

class TestFaceRestoreStep : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void optionsLookForYunetNextToTheModel()
    {
        QTemporaryDir dir;
        const QString models = dir.filePath(QStringLiteral("faces"));
        QVERIFY(QDir().mkpath(models));
        const QString model = models + QStringLiteral("/GFPGANv1.4.pth");
        const QStringList folders{dir.filePath(QStringLiteral("other"))};
        const FaceRestoreOptions face =
            faceRestoreStepOptions(0.4, model, folders, DevicePreference::Cpu);
        QCOMPARE(face.weight, 0.4);
        QCOMPARE(face.modelPath, model);
        QCOMPARE(face.device, DevicePreference::Cpu);
        QCOMPARE(face.detector.modelFolders, QStringList({models}) + folders);
        // Already listed: not twice; a folder that does not exist: not added.
        QCOMPARE(faceRestoreStepOptions(1, model, {models}).detector.modelFolders,
                 QStringList{models});
        QCOMPARE(faceRestoreStepOptions(1, dir.filePath(QStringLiteral("gone/x.pth")), folders)
                     .detector.modelFolders,
                 folders);
        QCOMPARE(faceRestoreStepOptions(1, QString(), folders).detector.modelFolders, folders);
    }

    void outcomeOfARestoredFace()
    {
        FaceRestorer restorer(test::haarOptions(1.0));
        restorer.setEnhancer(std::make_shared<test::InvertingEnhancer>());
        const FaceRestorationOutcome outcome =
            faceRestorationOutcome(runStep("astronaut.png", restorer));
        QVERIFY(outcome.asked);
        QCOMPARE(outcome.restored, 1);
        QVERIFY2(outcome.skipReason.isEmpty(), qPrintable(outcome.skipReason));
    }

    void outcomeWithoutAFace()
    {
        FaceRestorer restorer(test::haarOptions(1.0));
        restorer.setEnhancer(std::make_shared<test::InvertingEnhancer>());
        const FaceRestorationOutcome outcome =
            faceRestorationOutcome(runStep("coffee.png", restorer));
        QVERIFY(outcome.asked);
        QCOMPARE(outcome.restored, 0);
        QCOMPARE(outcome.skipReason, QStringLiteral("no face found"));
    }

    void outcomeOfAMissingModel()
    {
        QTemporaryDir dir;
        FaceRestoreOptions options = test::haarOptions(1.0);
        options.modelPath = dir.filePath(QStringLiteral("GFPGANv1.4.pth"));
        FaceRestorer restorer(options);
        const FaceRestorationOutcome outcome =
            faceRestorationOutcome(runStep("astronaut.png", restorer));
        QVERIFY(outcome.asked);
        QCOMPARE(outcome.restored, 0);
        QVERIFY2(outcome.skipReason.contains(QStringLiteral("GFPGANv1.4.pth")) &&
                     outcome.skipReason.contains(QStringLiteral("does not exist")),
                 qPrintable(outcome.skipReason));
    }

    void outcomeOfAServersAnswer()
    {
        QVERIFY(!faceRestorationOutcome(upscaleProvenance()).asked); // face restoration off
        Provenance p = upscaleProvenance();
        p.details.insert(QStringLiteral("face_restoration_status"), QStringLiteral("skipped"));
        p.details.insert(QStringLiteral("face_restoration_reason"),
                         QStringLiteral("this server has no GFPGAN model"));
        const FaceRestorationOutcome skipped = faceRestorationOutcome(p);
        QVERIFY(skipped.asked);
        QCOMPARE(skipped.skipReason, QStringLiteral("this server has no GFPGAN model"));
        p.details.insert(QStringLiteral("face_restoration_status"), QStringLiteral("off"));
        p.details.remove(QStringLiteral("face_restoration_reason"));
        QVERIFY(!faceRestorationOutcome(p).asked);
    }
};

QTEST_GUILESS_MAIN(TestFaceRestoreStep)
#include "tst_face_restore_step.moc"
