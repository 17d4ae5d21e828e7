// LANCZOS vs the real realesrgan-x4fast (upscayl's ncnn model) on crops of a
// real photo: the whole-image comparison, the region preview (the model's
// pixels exactly where the user looked, LANCZOS elsewhere), the job runner
// path, the errors, an upscaler hook that replaces the model run (what the
// remote server uses) and side B rebuilt from new face pixels.
#include "core/compare/upscale_comparison_job.h"
#include "compare/comparison_job_support.h"

#include "core/image/image_decoder.h"
#include "core/jobs/job_runner.h"
#include "core/upscale/lanczos_upscaler.h"
#include "core/upscale/upscale_engine.h"

#include <QSignalSpy>
#include <QTest>

#include <opencv2/core.hpp>

#include <cmath>

using namespace hires;

namespace {

QString dataFile(const QString& relative)
{
    return QString::fromUtf8(HIRES_TEST_DATA_DIR) + u'/' + relative;
}

QString modelFile()
{
    return dataFile(QStringLiteral("upscayl/realesrgan-x4fast.param"));
}

Image chelseaCrop(cv::Rect rect)
{
    Result<Image> photo = readImageFile(dataFile(QStringLiteral("photos/chelsea.png")));
    if (!photo)
        return {};
    Image crop = *photo;
    crop.pixels = photo->pixels(rect).clone();
    return crop;
}

UpscaleComparisonRequest request(const Image& input, cv::Rect region = {})
{
    UpscaleComparisonRequest r;
    r.input = input;
    r.model.model = modelFile();
    r.model.modelId = QStringLiteral("realesrgan-x4fast");
    r.model.options.outScale = 4.0;
    r.model.options.tile = UpscaleOptions::kWholeImage;
    r.region = region;
    r.margin = 8;
    return r;
}

Result<Comparison> runDirect(const UpscaleComparisonRequest& r)
{
    UpscaleComparisonJob job(r);
    return test::runComparisonJob(job);
}

} // namespace

class TstUpscaleComparisonJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (!QFile::exists(modelFile()))
            QFAIL("test data missing: run tests/tools/fetch_test_data.sh");
        m_input = chelseaCrop(cv::Rect(180, 60, 48, 40)); // the cat's eye
        QVERIFY(!m_input.pixels.empty());
    }

    void lanczosVsModelAtTheSameSize()
    {
        const Result<Comparison> c = runDirect(request(m_input));
        QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().message));
        QCOMPARE(c->a.image.pixels.size(), cv::Size(192, 160));
        QCOMPARE(c->b.image.pixels.size(), cv::Size(192, 160));
        QCOMPARE(c->a.provenance.used, QStringLiteral("lanczos"));
        QCOMPARE(c->b.provenance.used, QStringLiteral("realesrgan-x4fast"));
        QVERIFY(!c->b.provenance.fellBack());
        QCOMPARE(c->b.label, QStringLiteral("realesrgan-x4fast"));

        // Side A is exactly LANCZOS, side B exactly the engine's model run.
        const cv::Mat lanczos = LanczosUpscaler::resize(m_input.pixels, cv::Size(192, 160));
        QCOMPARE(cv::norm(c->a.image.pixels, lanczos, cv::NORM_INF), 0.0);
        UpscaleEngine engine;
        const Result<UpscaleResult> model = engine.run(m_input, request(m_input).model);
        QVERIFY(model.ok());
        QCOMPARE(cv::norm(c->b.image.pixels, model->image.pixels, cv::NORM_INF), 0.0);

        // Both numbers exist; the model is visibly different from LANCZOS.
        QVERIFY(c->a.fidelityDb && c->b.fidelityDb);
        QVERIFY(*c->a.fidelityDb > 25.0 && *c->b.fidelityDb > 20.0);
        QVERIFY(c->meanDifference > 0.5);
        QVERIFY(c->region.empty());
    }

    void regionPreviewIsTheCropsUpscale()
    {
        const cv::Rect region(16, 12, 20, 16);
        const Result<Comparison> c = runDirect(request(m_input, region));
        QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().message));
        const cv::Rect out(64, 48, 80, 64);
        QCOMPARE(c->region, out);
        QCOMPARE(c->b.image.pixels.size(), cv::Size(192, 160));

        // Inside the region: the model's upscale of the region with 8 px of context.
        const cv::Rect context(8, 4, 36, 32);
        QCOMPARE(UpscaleComparisonJob::contextRect(region, 8, m_input.pixels.size()), context);
        Image crop = m_input;
        crop.pixels = m_input.pixels(context).clone();
        UpscaleEngine engine;
        const Result<UpscaleResult> model = engine.run(crop, request(m_input).model);
        QVERIFY(model.ok());
        const cv::Mat expected = model->image.pixels(cv::Rect(32, 32, 80, 64));
        QCOMPARE(cv::norm(c->b.image.pixels(out), expected, cv::NORM_INF), 0.0);

        // Outside it: LANCZOS, identical to side A.
        cv::Mat outside = c->b.image.pixels.clone();
        c->a.image.pixels(out).copyTo(outside(out));
        QCOMPARE(cv::norm(outside, c->a.image.pixels, cv::NORM_INF), 0.0);
        QVERIFY(cv::norm(c->b.image.pixels(out), c->a.image.pixels(out), cv::NORM_INF) > 0);

        // With context the region is close to the whole-image run (the network sees neighbours).
        const Result<UpscaleResult> whole = engine.run(m_input, request(m_input).model);
        const double maxAbs =
            cv::norm(c->b.image.pixels(out), whole->image.pixels(out), cv::NORM_L1) /
            (80.0 * 64 * 3);
        QVERIFY2(maxAbs < 2.0, qPrintable(QString::number(maxAbs)));
        QVERIFY(c->b.provenance.details.contains(QStringLiteral("preview_region")));
        // Metrics are measured on the region against the region of the input.
        QVERIFY(c->b.fidelityDb && std::isfinite(*c->b.fidelityDb));
    }

    void scaleRectRounds_data()
    {
        QTest::addColumn<double>("scale");
        QTest::addColumn<cv::Rect>("expected");
        QTest::newRow("x4") << 4.0 << cv::Rect(40, 20, 60, 32);
        QTest::newRow("x2.5") << 2.5 << cv::Rect(25, 13, 38, 20); // 12.5 and 62.5 round up
    }
    void scaleRectRounds()
    {
        QFETCH(double, scale);
        QFETCH(cv::Rect, expected);
        QCOMPARE(
            UpscaleComparisonJob::scaleRect(cv::Rect(10, 5, 15, 8), scale, cv::Size(1000, 1000)),
            expected);
    }

    void runsOnTheRunnerAndKeepsTheModel()
    {
        JobRunner runner;
        QSignalSpy finished(&runner, &JobRunner::finished);
        QSignalSpy failed(&runner, &JobRunner::failed);
        QSignalSpy progress(&runner, &JobRunner::progress);
        UpscaleComparisonRequest r = request(m_input, cv::Rect(0, 0, 16, 16));
        r.input = {};
        // A file path: decoded on the worker.
        r.inputFile = dataFile(QStringLiteral("photos/chelsea.png"));
        r.region = cv::Rect(200, 80, 24, 16);
        runner.submit(std::make_unique<UpscaleComparisonJob>(r));
        runner.submit(std::make_unique<UpscaleComparisonJob>(r));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count() + failed.count(), 2, 120000);
        QCOMPARE(failed.count(), 0);
        QVERIFY(progress.count() > 0);
        const Result<Comparison> first =
            Comparison::fromJobOutput(finished.at(0).at(1).value<JobOutput>());
        const Result<Comparison> second =
            Comparison::fromJobOutput(finished.at(1).at(1).value<JobOutput>());
        QVERIFY(first.ok() && second.ok());
        QCOMPARE(first->a.image.pixels.size(), cv::Size(451 * 4, 300 * 4));
        QCOMPARE(first->region, cv::Rect(800, 320, 96, 64));
        QCOMPARE(first->inputFile, r.inputFile);
        // The second run found the model already open: no "load" stage.
        bool secondLoaded = false;
        for (const auto& [stage, seconds] : second->b.provenance.timings)
            secondLoaded |= stage == QStringLiteral("load");
        QVERIFY(!secondLoaded);
    }

    // The hook gets the image (or the region's context crop) and the request;
    // its pixels and provenance become side B; LANCZOS still runs here.
    void upscalerHookReplacesTheModelRun()
    {
        std::vector<cv::Size> seen;
        auto hook = [&seen](const Image& image, const UpscaleRequest& r,
                            JobContext&) -> Result<UpscaleResult> {
            seen.push_back(image.pixels.size());
            Result<UpscaleResult> done = LanczosUpscaler().upscale(image, r.options);
            if (done) {
                cv::bitwise_not(done->image.pixels, done->image.pixels); // unmistakably not LANCZOS
                done->provenance.details.insert(QStringLiteral("server"),
                                                QStringLiteral("gpu-host:7860"));
            }
            return done;
        };
        UpscaleComparisonJob whole(request(m_input));
        whole.setUpscaler(hook);
        const Result<Comparison> c = test::runComparisonJob(whole);
        QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().message));
        QCOMPARE(seen, std::vector<cv::Size>{m_input.pixels.size()});
        QCOMPARE(c->b.provenance.details.value(QStringLiteral("server")).toString(),
                 QStringLiteral("gpu-host:7860"));
        cv::Mat inverted;
        cv::bitwise_not(c->a.image.pixels, inverted);
        QCOMPARE(cv::norm(c->b.image.pixels, inverted, cv::NORM_INF), 0.0);
        QVERIFY(!c->faces);

        UpscaleComparisonJob region(request(m_input, cv::Rect(16, 12, 20, 16)));
        region.setUpscaler(hook);
        const Result<Comparison> r = test::runComparisonJob(region);
        QVERIFY(r.ok());
        QCOMPARE(seen.back(), cv::Size(36, 32)); // the region with 8 px of context
        QCOMPARE(r->region, cv::Rect(64, 48, 80, 64));
        QCOMPARE(cv::norm(r->b.image.pixels(r->region), inverted(r->region), cv::NORM_INF), 0.0);
    }

    // withFaceImage puts the given pixels where the model's lie in B, and
    // everything that depends on B follows; an image that does not fit is refused.
    void sideBRebuiltFromFacePixels()
    {
        const Result<Comparison> c = runDirect(request(m_input, cv::Rect(16, 12, 20, 16)));
        QVERIFY(c.ok());
        Comparison placed = *c;
        placed.facesFrom = cv::Rect(32, 32, 80, 64); // the region in the context crop's output
        placed.facesAt = c->region.tl();
        Image faces;
        faces.pixels = cv::Mat(144, 128, CV_8UC3, cv::Scalar(10, 200, 30));
        const Result<Comparison> rebuilt = placed.withFaceImage(faces);
        QVERIFY2(rebuilt.ok(), rebuilt.ok() ? "" : qPrintable(rebuilt.error().message));
        const cv::Rect out = c->region;
        QCOMPARE(
            cv::norm(rebuilt->b.image.pixels(out), faces.pixels(placed.facesFrom), cv::NORM_INF),
            0.0);
        cv::Mat outside = rebuilt->b.image.pixels.clone();
        c->b.image.pixels(out).copyTo(outside(out));
        QCOMPARE(cv::norm(outside, c->b.image.pixels, cv::NORM_INF), 0.0);
        QCOMPARE(cv::norm(rebuilt->alignedB, rebuilt->b.image.pixels, cv::NORM_INF), 0.0);
        QVERIFY(rebuilt->meanDifference > c->meanDifference);
        QVERIFY(rebuilt->b.sharpness != c->b.sharpness);
        QCOMPARE(rebuilt->region, c->region);
        QCOMPARE(rebuilt->facesAt, placed.facesAt);
        // The original comparison's pixels are untouched.
        QVERIFY(cv::norm(c->b.image.pixels(out), faces.pixels(placed.facesFrom), cv::NORM_INF) > 0);
        // Through a JobOutput the reference and placement survive.
        const Result<Comparison> back = Comparison::fromJobOutput(placed.toJobOutput());
        QVERIFY(back.ok());
        QCOMPARE(cv::norm(back->reference, c->reference, cv::NORM_INF), 0.0);

        Image small;
        small.pixels = cv::Mat(40, 40, CV_8UC3, cv::Scalar::all(0));
        QVERIFY(!placed.withFaceImage(small).ok());
    }

    void missingModelFallsBackAndSaysSo()
    {
        UpscaleComparisonRequest r = request(m_input);
        r.model.model = QStringLiteral("/nonexistent/model.param");
        r.model.modelId = QStringLiteral("ghost");
        const Result<Comparison> c = runDirect(r);
        QVERIFY(c.ok());
        QVERIFY(c->b.provenance.fellBack());
        QCOMPARE(c->b.provenance.used, QStringLiteral("lanczos"));
        QCOMPARE(c->meanDifference, 0.0);

        r.model.options.allowFallback = false;
        QVERIFY(!runDirect(r).ok());
    }

    void unreadableInputIsAnError()
    {
        UpscaleComparisonRequest r = request(Image{});
        r.inputFile = dataFile(QStringLiteral("photos/truncated.jpg"));
        const Result<Comparison> c = runDirect(r);
        QVERIFY(!c.ok());
        QVERIFY(c.error().message.contains(QStringLiteral("truncated.jpg")));
        QVERIFY(!runDirect(request(Image{})).ok());
    }

    void cancelStopsTheJob()
    {
        std::atomic<bool> cancel{true};
        UpscaleComparisonJob job(request(m_input));
        JobContext context(1, &cancel, nullptr, {}, {});
        const Result<JobOutput> output = job.run(context);
        QVERIFY(!output.ok());
        QCOMPARE(output.error().code, ErrorCode::Cancelled);
    }

private:
    Image m_input;
};

QTEST_GUILESS_MAIN(TstUpscaleComparisonJob)
#include "tst_upscale_comparison_job.moc"
