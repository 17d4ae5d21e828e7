// FaceRestorer (core/face/face_restorer.h) and the post-processing step
// (face_restore_step.h) on real photographs: the geometry round trip with
// the identity restorer, the weight's exact meaning, per-face re-blending,
// bit depths and alpha, a missing or corrupt model, aligned input,
// cancellation and the provenance a job records.
#include "core/face/face_restore_step.h"
#include "core/face/face_restorer.h"
#include "core/jobs/job.h"
#include "face_test_support.h"
#include "support/python_reference.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgproc.hpp>

#include <atomic>

using namespace hires;

class TestFaceRestorer : public QObject
{
    Q_OBJECT
private:
    cv::Mat m_astronaut;

private Q_SLOTS:
    void initTestCase()
    {
        m_astronaut = test::readPhoto("astronaut.png");
        QVERIFY(!m_astronaut.empty());
    }

    void identityRoundTripReproducesThePhoto_data()
    {
        QTest::addColumn<QString>("layout");
        QTest::newRow("8-bit BGR") << "bgr8";
        QTest::newRow("16-bit BGR") << "bgr16";
        QTest::newRow("8-bit BGRA") << "bgra8";
        QTest::newRow("8-bit gray") << "gray8";
    }

    void identityRoundTripReproducesThePhoto()
    {
        QFETCH(QString, layout);
        cv::Mat input = m_astronaut.clone();
        if (layout == QLatin1String("bgr16"))
            m_astronaut.convertTo(input, CV_16U, 257.0);
        if (layout == QLatin1String("bgra8")) {
            cv::cvtColor(m_astronaut, input, cv::COLOR_BGR2BGRA);
            std::vector<cv::Mat> planes;
            cv::split(input, planes);
            cv::randu(planes[3], 0, 256);
            cv::merge(planes, input);
        }
        if (layout == QLatin1String("gray8"))
            cv::cvtColor(m_astronaut, input, cv::COLOR_BGR2GRAY);
        FaceRestorer restorer(test::haarOptions(1.0));
        restorer.setEnhancer(std::make_shared<IdentityFaceEnhancer>());
        auto result = restorer.restore(test::imageOf(input));
        QVERIFY2(result.ok(), test::errorText(result).constData());
        QCOMPARE(result->faces.size(), size_t(1));
        QCOMPARE(result->image.pixels.type(), input.type());
        QCOMPARE(result->image.metadata.text.at(QStringLiteral("parameters")),
                 QStringLiteral("kept"));
        const double value = test::psnr(result->image.pixels, input, test::astronautFace());
        qInfo("%s: align -> identity -> paste-back PSNR %.1f dB in the face region",
              qPrintable(layout), value);
        QVERIFY2(value > 40.0, qPrintable(QString::number(value)));
        QVERIFY(value < 999.0); // the face really went through the warps
        if (layout == QLatin1String("bgra8")) {
            std::vector<cv::Mat> a, b;
            cv::split(result->image.pixels, a);
            cv::split(input, b);
            QCOMPARE(cv::norm(a[3], b[3], cv::NORM_INF), 0.0);
        }
        const FaceRecord& face = result->faces.front();
        QCOMPARE(face.before.size(), cv::Size(512, 512));
        QCOMPARE(face.after.type(), CV_32FC3);
    }

    void weightZeroIsBitIdentical()
    {
        auto inverting = std::make_shared<test::InvertingEnhancer>();
        FaceRestorer restorer(test::haarOptions(0.0));
        restorer.setEnhancer(inverting);
        auto result = restorer.restore(test::imageOf(m_astronaut));
        QVERIFY(result.ok());
        QCOMPARE(inverting->calls, 1); // the network ran: the records hold before/after
        QCOMPARE(result->faces.size(), size_t(1));
        QVERIFY(!result->faces.front().after.empty());
        QCOMPARE(cv::norm(result->image.pixels, m_astronaut, cv::NORM_INF), 0.0);
    }

    void weightIsTheBlendOfOriginalAndRestored()
    {
        FaceRestorer full(test::haarOptions(1.0)), half(test::haarOptions(0.5)),
            some(test::haarOptions(0.25));
        for (FaceRestorer* r : {&full, &half, &some})
            r->setEnhancer(std::make_shared<test::InvertingEnhancer>());
        auto a = full.restore(test::imageOf(m_astronaut));
        auto b = half.restore(test::imageOf(m_astronaut));
        auto c = some.restore(test::imageOf(m_astronaut));
        QVERIFY(a.ok() && b.ok() && c.ok());
        QVERIFY(cv::norm(a->image.pixels, m_astronaut, cv::NORM_INF) > 100);
        cv::Mat original, restored;
        m_astronaut.convertTo(original, CV_32F);
        a->image.pixels.convertTo(restored, CV_32F);
        for (const auto& [result, w] : {std::pair{&b, 0.5}, std::pair{&c, 0.25}}) {
            cv::Mat got, expected = original + (restored - original) * w;
            result->value().image.pixels.convertTo(got, CV_32F);
            // One rounding in each of `full` and this result.
            QVERIFY(cv::norm(got, expected, cv::NORM_INF) <= 1.0);
        }
    }

    void perFaceWeightsRecomposite()
    {
        FaceRestorer restorer(test::haarOptions(1.0));
        restorer.setEnhancer(std::make_shared<test::InvertingEnhancer>());
        auto result = restorer.restore(test::imageOf(m_astronaut));
        QVERIFY(result.ok());
        // Switching the face off gives the original back; the slider at 1 gives the result.
        auto off = compositeFaces(m_astronaut, result->faces, {0.0});
        QVERIFY(off.ok());
        QCOMPARE(cv::norm(off.value(), m_astronaut, cv::NORM_INF), 0.0);
        auto on = compositeFaces(m_astronaut, result->faces, {1.0});
        QVERIFY(on.ok());
        QCOMPARE(cv::norm(on.value(), result->image.pixels, cv::NORM_INF), 0.0);
        QVERIFY(!compositeFaces(m_astronaut, result->faces, {}).ok());
        QVERIFY(!compositeFaces(m_astronaut, result->faces, {1.5}).ok());
    }

    void missingModelLeavesTheImageAndSaysWhy_data()
    {
        QTest::addColumn<QString>("content"); // what the model file holds
        QTest::addColumn<QString>("reason");
        QTest::newRow("no model given") << "<none>"
                                        << "no face restoration model";
        QTest::newRow("file does not exist") << "<missing>"
                                             << "does not exist";
        QTest::newRow("random bytes") << "random"
                                      << "GFPGANv1.4.pth";
        QTest::newRow("truncated zip") << "PK\x03\x04truncated"
                                       << "GFPGANv1.4.pth";
        QTest::newRow("empty") << ""
                               << "GFPGANv1.4.pth";
    }

    void missingModelLeavesTheImageAndSaysWhy()
    {
        QFETCH(QString, content);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        FaceRestoreOptions options = test::haarOptions(1.0);
        if (content != QLatin1String("<none>"))
            options.modelPath = dir.filePath(QStringLiteral("GFPGANv1.4.pth"));
        if (!content.startsWith(QLatin1Char('<'))) {
            QFile file(options.modelPath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray bytes = content.toLatin1();
            if (content == QLatin1String("random")) {
                bytes.resize(100000);
                cv::Mat noise(1, int(bytes.size()), CV_8U, bytes.data());
                cv::randu(noise, 0, 256);
            }
            file.write(bytes);
        }
        FaceRestorer restorer(options);
        auto result = restorer.restore(test::imageOf(m_astronaut));
        QVERIFY2(result.ok(), test::errorText(result).constData());
        QCOMPARE(cv::norm(result->image.pixels, m_astronaut, cv::NORM_INF), 0.0);
        const Provenance& p = result->provenance;
        QCOMPARE(p.used, QStringLiteral("none"));
        QVERIFY(p.fellBack());
        QVERIFY2(p.fallbacks.front().reason.contains(reason),
                 qPrintable(p.fallbacks.front().reason));
        // The faces were still found and aligned (the comparison view can show them).
        QCOMPARE(p.details.value(QStringLiteral("faces_detected")).toInt(), 1);
        QCOMPARE(p.details.value(QStringLiteral("faces_restored")).toInt(), 0);
        QCOMPARE(result->faces.size(), size_t(1));
        QVERIFY(result->faces.front().after.empty());
    }

    void photoWithoutFaces()
    {
        const cv::Mat coffee = test::readPhoto("coffee.png");
        auto inverting = std::make_shared<test::InvertingEnhancer>();
        FaceRestorer restorer(test::haarOptions(1.0));
        restorer.setEnhancer(inverting);
        auto result = restorer.restore(test::imageOf(coffee));
        QVERIFY(result.ok());
        QCOMPARE(inverting->calls, 0);
        QVERIFY(result->faces.empty());
        QCOMPARE(cv::norm(result->image.pixels, coffee, cv::NORM_INF), 0.0);
        QCOMPARE(result->provenance.details.value(QStringLiteral("faces_detected")).toInt(), 0);
    }

    void alignedInputRunsTheNetworkAlone()
    {
        cv::Mat face;
        cv::resize(m_astronaut(cv::Rect(120, 20, 220, 220)), face, cv::Size(512, 512));
        FaceRestoreOptions options;
        options.weight = 0.5;
        options.alignedInput = true;
        FaceRestorer restorer(options);
        restorer.setEnhancer(std::make_shared<test::InvertingEnhancer>());
        auto result = restorer.restore(test::imageOf(face));
        QVERIFY(result.ok());
        QCOMPARE(result->faces.size(), size_t(1));
        QVERIFY(!result->provenance.details.contains(QStringLiteral("detector")));
        // 0.5 * x + 0.5 * (255 - x) = 127.5 everywhere -> 127 or 128.
        double lo = 0, hi = 0;
        cv::minMaxLoc(result->image.pixels.reshape(1), &lo, &hi);
        QVERIFY(lo >= 127 && hi <= 128);

        // Another size is resized to the network and back.
        cv::Mat small;
        cv::resize(face, small, cv::Size(256, 256), 0, 0, cv::INTER_AREA);
        auto resized = restorer.restore(test::imageOf(small));
        QVERIFY(resized.ok());
        QCOMPARE(resized->image.pixels.size(), cv::Size(256, 256));
        QCOMPARE(
            resized->provenance.details.value(QStringLiteral("aligned_resized_from")).toString(),
            QStringLiteral("256x256"));
    }

    void hugeImageKeepsMemoryBounded()
    {
        // 8000x8000 (192 MB) with the portrait enlarged 6x in it.
        cv::Mat huge(8000, 8000, CV_8UC3, cv::Scalar(200, 190, 180));
        const cv::Rect placed(3000, 2500, 3072, 3072);
        cv::resize(m_astronaut, huge(placed), placed.size(), 0, 0, cv::INTER_LINEAR);
        const Image input = test::imageOf(huge);
        const qint64 before = test::peakResidentBytes();
        FaceRestorer restorer(test::haarOptions(1.0));
        restorer.setEnhancer(std::make_shared<IdentityFaceEnhancer>());
        auto result = restorer.restore(input);
        QVERIFY2(result.ok(), test::errorText(result).constData());
        QCOMPARE(result->faces.size(), size_t(1));
        const qint64 grown = test::peakResidentBytes() - before;
        qInfo("8000x8000: peak memory grew by %lld MB (the output copy alone is 192 MB)",
              static_cast<long long>(grown >> 20));
        QVERIFY(grown < (qint64(700) << 20));
        const cv::Rect face(3000 + 165 * 6, 2500 + 50 * 6, 130 * 6, 150 * 6);
        const double value = test::psnr(result->image.pixels, huge, face);
        qInfo("8000x8000: round trip PSNR %.1f dB in the face region", value);
        QVERIFY(value > 35.0);
        // Far from the face every pixel is the input's.
        const cv::Rect far(0, 0, 8000, 2500);
        QCOMPARE(cv::norm(result->image.pixels(far), huge(far), cv::NORM_INF), 0.0);
    }

    void badInput()
    {
        FaceRestorer restorer(test::haarOptions(1.5));
        auto tooStrong = restorer.restore(test::imageOf(m_astronaut));
        QVERIFY(!tooStrong.ok());
        QCOMPARE(tooStrong.error().code, ErrorCode::InvalidArgument);
        FaceRestorer ok(test::haarOptions(1.0));
        QVERIFY(!ok.restore(test::imageOf(cv::Mat())).ok());
        QVERIFY(!ok.restore(test::imageOf(cv::Mat(10, 10, CV_32FC3))).ok());
    }

    void cancelAndProgress()
    {
        std::atomic<bool> cancel{true};
        int reports = 0;
        JobContext context(1, &cancel, nullptr, [&](int, int, const QString&) { ++reports; }, {});
        FaceRestorer restorer(test::haarOptions(1.0));
        restorer.setEnhancer(std::make_shared<IdentityFaceEnhancer>());
        auto cancelled = restorer.restore(test::imageOf(m_astronaut), &context);
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
        cancel = false;
        reports = 0;
        QVERIFY(restorer.restore(test::imageOf(m_astronaut), &context).ok());
        QVERIFY(reports >= 3);
    }

    void stepRecordsIntoTheJobsProvenance()
    {
        Provenance upscale;
        upscale.task = QStringLiteral("upscale");
        upscale.used = QStringLiteral("realesrgan-x4plus");
        FaceRestorer missing(test::haarOptions(0.6));
        auto step = applyFaceRestoration(missing, test::imageOf(m_astronaut), upscale);
        QVERIFY(step.ok());
        QCOMPARE(cv::norm(step->image.pixels, m_astronaut, cv::NORM_INF), 0.0);
        QCOMPARE(upscale.used, QStringLiteral("realesrgan-x4plus"));
        QCOMPARE(upscale.fallbacks.size(), size_t(1));
        QCOMPARE(upscale.fallbacks.front().from, QStringLiteral("gfpgan-v1.4"));
        const QJsonObject face =
            upscale.details.value(QStringLiteral("face_restoration")).toObject();
        QCOMPARE(face.value(QStringLiteral("task")).toString(), QStringLiteral("face-restore"));
        bool timed = false;
        for (const auto& [stage, secs] : upscale.timings)
            timed = timed || stage.startsWith(QStringLiteral("face restoration: detect"));
        QVERIFY(timed);

        // Bad options do not fail the job either: the step is skipped and says why.
        Provenance other;
        FaceRestorer wrong(test::haarOptions(-1));
        auto skipped = applyFaceRestoration(wrong, test::imageOf(m_astronaut), other);
        QVERIFY(skipped.ok());
        QCOMPARE(other.fallbacks.size(), size_t(1));
        QVERIFY(other.fallbacks.front().reason.contains(QStringLiteral("weight")));
    }
};

QTEST_GUILESS_MAIN(TestFaceRestorer)
#include "tst_face_restorer.moc"
