// Face restoration speed on the CPU: GFPGAN v1.4 per face at full size
// (512x512, random weights from a real torch.save file) against our
// independent PyTorch eager implementation of the same network
// (tests/python/gfpgan_reference.py) measured in the same run; plus the Haar
// detector and the whole restore() of the astronaut photo. Prints the
// numbers and the ratio; never fails on speed.
#include "core/face/face_detection.h"
#include "core/face/face_restoration_session.h"
#include "core/face/face_restorer.h"
#include "core/face/gfpgan_enhancer.h"
#include "core/jobs/compute_device.h"
#include "face/face_test_support.h"
#include "support/python_reference.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>
#include <vector>

using namespace hires;

namespace {

double medianSeconds(int repeats, const std::function<void()>& work)
{
    std::vector<double> times;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e9);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

class BenchFaceRestore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void gfpganPerFace()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const test::PythonRun fixture =
            test::runPythonReference(QStringLiteral("make_gfpgan_fixtures.py"),
                                     {QStringLiteral("checkpoint"), dir.path()}, {}, 600000);
        QVERIFY2(fixture.error.isEmpty(), qPrintable(fixture.error));
        auto enhancer = loadGfpganEnhancer(dir.filePath(QStringLiteral("gfpgan_random.pth")),
                                           DevicePreference::Cpu);
        QVERIFY2(enhancer.ok(), test::errorText(enhancer).constData());
        cv::Mat face(512, 512, CV_32FC3);
        cv::randu(face, 0.0f, 1.0f);
        bool ok = enhancer.value()->enhance(face).ok(); // warm-up
        const double ours =
            medianSeconds(3, [&] { ok = ok && enhancer.value()->enhance(face).ok(); });
        QVERIFY(ok);
        const test::PythonRun reference =
            test::runPythonReference(QStringLiteral("make_gfpgan_fixtures.py"),
                                     {QStringLiteral("bench"), QStringLiteral("3")}, {}, 900000);
        QVERIFY2(reference.error.isEmpty(), qPrintable(reference.error));
        const double eager = reference.output.trimmed().toDouble();
        qInfo("GFPGAN v1.4 per face, 512x512, CPU (%d threads): ours %.2f s, PyTorch eager %.2f s, "
              "ours/eager %.2f",
              runtimeInfo().cpuThreads, ours, eager, eager > 0 ? ours / eager : 0.0);

        // The whole pipeline on the astronaut photo (one face).
        FaceRestoreOptions options;
        options.modelPath = dir.filePath(QStringLiteral("gfpgan_random.pth"));
        options.detector.choice = FaceDetectorChoice::Haar;
        options.device = DevicePreference::Cpu;
        FaceRestorer restorer(options);
        Image photo;
        photo.pixels = test::readPhoto("astronaut.png");
        QVERIFY(restorer.restore(photo).ok());
        const double pipeline = medianSeconds(3, [&] { ok = ok && restorer.restore(photo).ok(); });
        qInfo("restore(): astronaut.png 512x512, 1 face, detection + GFPGAN + paste-back: %.2f s "
              "(network share %.0f %%)",
              pipeline, 100.0 * ours / pipeline);
    }

    // The comparison view's live weight slider: one re-blend of a face in a
    // FaceRestorationSession against a full compositeFaces() of the image,
    // on the astronaut upscaled x4 (2048x2048); no network in either.
    void sessionReblend()
    {
        cv::Mat large;
        cv::resize(test::readPhoto("astronaut.png"), large, cv::Size(2048, 2048), 0, 0,
                   cv::INTER_LANCZOS4);
        FaceRestorer restorer(test::haarOptions(1.0));
        restorer.setEnhancer(std::make_shared<test::InvertingEnhancer>());
        auto session = FaceRestorationSession::run(restorer, test::imageOf(large));
        QVERIFY2(session.ok(), test::errorText(session).constData());
        QVERIFY(session->faceCount() >= 1);
        int step = 0;
        bool ok = true;
        const double reblend =
            medianSeconds(9, [&] { ok = ok && session->setWeight(0, (++step % 10) / 10.0).ok(); });
        const std::vector<double> weights = session->effectiveWeights();
        std::vector<FaceRecord> faces;
        for (int i = 0; i < session->faceCount(); ++i)
            faces.push_back(*session->face(i));
        const double full =
            medianSeconds(5, [&] { ok = ok && compositeFaces(large, faces, weights).ok(); });
        QVERIFY(ok);
        qInfo("weight slider, 2048x2048, %d face(s): session re-blend %.1f ms, full composite "
              "%.1f ms, full/session %.1f",
              session->faceCount(), reblend * 1e3, full * 1e3, reblend > 0 ? full / reblend : 0.0);
    }

    void detector()
    {
        FaceDetectorSetup setup;
        setup.choice = FaceDetectorChoice::Haar;
        auto detector = createFaceDetector(setup);
        QVERIFY(detector.ok());
        const cv::Mat photo = test::readPhoto("astronaut.png");
        cv::Mat large;
        cv::resize(photo, large, cv::Size(4000, 4000));
        for (const auto& [name, image] :
             {std::pair{"astronaut 512x512", photo}, std::pair{"astronaut 4000x4000", large}}) {
            const double t = medianSeconds(5, [&] { (void)detectFaces(*detector.value(), image); });
            qInfo("Haar detection (%s): %.3f s", name, t);
        }
        const cv::Mat coffee = test::readPhoto("coffee.png");
        const double none = medianSeconds(3, [&] { (void)detectFaces(*detector.value(), coffee); });
        qInfo("Haar detection, no face (coffee.png 600x400, with the rotation search): %.3f s",
              none);
    }
};

QTEST_GUILESS_MAIN(BenchFaceRestore)
#include "bench_face_restore.moc"
