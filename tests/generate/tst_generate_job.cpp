// GenerateJob end to end on tiny random-weight models written as real
// checkpoints: txt2img, img2img, hires fix (Real-ESRGAN, LANCZOS, latent),
// face restoration hook, re-running the second pass, cancel, seeds, metadata.
#include "core/diffusion/generate_job.h"

#include "core/diffusion/generation_parameters.h"
#include "core/diffusion/generation_schedule.h"
#include "core/image/image_decoder.h"
#include "core/image/image_encoder.h"
#include "core/jobs/job_runner.h"
#include "generate_fixture.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

#include <opencv2/core.hpp>

using namespace hires;
using namespace hires::test;

namespace D = GenerationDetail;

class TestGenerateJob : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<GenerateFixture> m_fixture;
    ModelCache m_cache{4};

    GenerationRequest request(int steps = 4) const
    {
        GenerationRequest r;
        r.prompt = QStringLiteral("a photo of a (castle:1.3) on a hill");
        r.negativePrompt = QStringLiteral("blurry");
        r.seed = 1234;
        r.numInferenceSteps = steps;
        r.width = 64;
        r.height = 64;
        r.model = m_fixture->sd1();
        return r;
    }
    GenerateOptions options() const
    {
        GenerateOptions o;
        o.tokenizerDir = m_fixture->tokenizer();
        o.previewEvery = 2;
        return o;
    }
    JobRun generate(const GenerationRequest& r, const GenerateOptions& o, int cancelAfter = 0)
    {
        GenerateJob job(r, o);
        return runJob(job, &m_cache, cancelAfter);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_fixture = std::make_unique<GenerateFixture>(m_dir);
        QVERIFY2(m_fixture->error.isEmpty(), qPrintable(m_fixture->error));
    }

    void txt2img()
    {
        const JobRun run = generate(request(), options());
        QVERIFY2(run.output.ok(), errorText(run.output).constData());
        const JobOutput& out = *run.output;
        QCOMPARE(out.image(QStringLiteral("result"))->width(), 64);
        QCOMPARE(out.image(QStringLiteral("result"))->height(), 64);
        QCOMPARE(out.image(QStringLiteral("result"))->pixels.type(), CV_8UC3);
        QVERIFY(sameImage(out.image(QStringLiteral("first_pass"))->pixels,
                          out.image(QStringLiteral("result"))->pixels));
        QVERIFY(!out.image(QStringLiteral("upscaled")));
        // Not a flat image: the networks really ran.
        cv::Scalar mean, stddev;
        cv::meanStdDev(out.image(QStringLiteral("result"))->pixels, mean, stddev);
        QVERIFY(stddev[0] > 1.0);
        QCOMPARE(run.lastTotal, 4);
        QCOMPARE(run.lastDone, 4);
        QCOMPARE(run.previews, 1); // after step 2 (none after the last step)
        QVERIFY(run.stages.contains(QStringLiteral("first pass")));
        QVERIFY(run.stages.contains(QStringLiteral("decoding")));
        const Provenance& p = out.provenance;
        QCOMPARE(p.task, QStringLiteral("generate"));
        QCOMPARE(p.details.value(QLatin1String(D::kSeed)).toDouble(), 1234.0);
        QCOMPARE(p.details.value(QLatin1String(D::kFirstPassSteps)).toInt(), 4);
        QCOMPARE(p.details.value(QLatin1String(D::kSecondPassSteps)).toInt(), 0);
        QCOMPARE(p.details.value(QLatin1String(D::kTokenizerSource)).toString(),
                 QStringLiteral("user"));
        QCOMPARE(p.details.value(QLatin1String(D::kFaceRestoration)).toString(),
                 QStringLiteral("off"));
        QCOMPARE(p.precision, QStringLiteral("fp32"));
        QVERIFY(p.architecture.contains(QStringLiteral("1.x")));
        QVERIFY(p.totalSeconds() > 0);
    }

    void sameSeedSameImage()
    {
        const JobRun a = generate(request(), options());
        const JobRun b = generate(request(), options());
        GenerationRequest other = request();
        other.seed = 1235;
        const JobRun c = generate(other, options());
        QVERIFY(a.output.ok() && b.output.ok() && c.output.ok());
        const cv::Mat& pa = a.output->image(QStringLiteral("result"))->pixels;
        QVERIFY(sameImage(pa, b.output->image(QStringLiteral("result"))->pixels));
        QVERIFY(!sameImage(pa, c.output->image(QStringLiteral("result"))->pixels));
        // A random seed is drawn once and recorded; replaying it gives the same image.
        GenerationRequest random = request();
        random.seed = GenerationRequest::kRandomSeed;
        const JobRun r = generate(random, options());
        QVERIFY(r.output.ok());
        GenerationRequest replay = request();
        replay.seed =
            int64_t(r.output->provenance.details.value(QLatin1String(D::kSeed)).toDouble());
        const JobRun again = generate(replay, options());
        QVERIFY(sameImage(r.output->image(QStringLiteral("result"))->pixels,
                          again.output->image(QStringLiteral("result"))->pixels));
    }

    void diffusersFolderGivesTheSameImage()
    {
        // The same weights in the diffusers layout, with the folder's own tokenizer.
        GenerationRequest r = request();
        r.sampler = SamplerKind::Euler;
        const JobRun single = generate(r, options());
        r.model = m_fixture->sd1Diffusers();
        GenerateOptions o = options();
        o.tokenizerDir.clear();
        const JobRun folder = generate(r, o);
        QVERIFY2(folder.output.ok(), errorText(folder.output).constData());
        QCOMPARE(
            folder.output->provenance.details.value(QLatin1String(D::kTokenizerSource)).toString(),
            QStringLiteral("diffusers"));
        const cv::Mat a = single.output->image(QStringLiteral("result"))->pixels;
        const cv::Mat b = folder.output->image(QStringLiteral("result"))->pixels;
        QVERIFY(cv::norm(a, b, cv::NORM_INF) <= 1.0); // fp32 rounding at most
    }

    void sdxlSingleFile()
    {
        GenerationRequest r = request(3);
        r.model = m_fixture->sdxl();
        r.negativePrompt.clear(); // SDXL: zero unconditional
        r.sampler = SamplerKind::DpmPP2MKarras;
        r.width = 64;
        r.height = 96;
        const JobRun run = generate(r, options());
        QVERIFY2(run.output.ok(), errorText(run.output).constData());
        QCOMPARE(run.output->image(QStringLiteral("result"))->width(), 64);
        QCOMPARE(run.output->image(QStringLiteral("result"))->height(), 96);
        QVERIFY(run.output->provenance.architecture.contains(QStringLiteral("XL")));
    }

    void hiresFixWithRealEsrgan()
    {
        const QString model = GenerateFixture::upscayl(QStringLiteral("realesrgan-x4fast.param"));
        if (!QFileInfo::exists(model))
            QSKIP("the upscayl models are not fetched (fetch_test_data)");
        GenerationRequest r = request(3);
        r.hiresFix = true;
        r.denoisingStrength = 0.5;
        GenerateOptions o = options();
        o.modelFolders = {QFileInfo(model).absolutePath()};
        const JobRun run = generate(r, o);
        QVERIFY2(run.output.ok(), errorText(run.output).constData());
        const JobOutput& out = *run.output;
        QCOMPARE(out.image(QStringLiteral("first_pass"))->width(), 64);
        QCOMPARE(out.image(QStringLiteral("upscaled"))->width(), 128);
        QCOMPARE(out.image(QStringLiteral("result"))->width(), 128);
        QCOMPARE(out.image(QStringLiteral("result"))->height(), 128);
        QCOMPARE(out.provenance.used, QStringLiteral("realesrgan-x4fast"));
        QCOMPARE(out.provenance.requested, QStringLiteral("realesrgan-x4fast"));
        QVERIFY(!out.provenance.fellBack());
        // Exactly the requested steps run in the second pass (A1111 hires semantics).
        QCOMPARE(out.provenance.details.value(QLatin1String(D::kSecondPassSteps)).toInt(), 3);
        QCOMPARE(run.lastTotal, 6);
        QVERIFY(run.stages.contains(QStringLiteral("upscaling")));
        QVERIFY(run.stages.contains(QStringLiteral("second pass")));
        // Real-ESRGAN's pixels differ from LANCZOS's.
        r.useRealesrgan = false;
        const JobRun lanczos = generate(r, o);
        QVERIFY(lanczos.output.ok());
        QCOMPARE(lanczos.output->provenance.used, QStringLiteral("lanczos"));
        QVERIFY(!sameImage(lanczos.output->image(QStringLiteral("upscaled"))->pixels,
                           out.image(QStringLiteral("upscaled"))->pixels));
        QVERIFY(sameImage(lanczos.output->image(QStringLiteral("first_pass"))->pixels,
                          out.image(QStringLiteral("first_pass"))->pixels));
    }

    void realEsrganMissingFallsBackToLanczosRecorded()
    {
        GenerationRequest r = request(2);
        r.hiresFix = true;
        r.hiresScale = 1.5;
        GenerateOptions o = options();
        o.modelFolders = {m_dir.path()}; // no upscaler there
        const JobRun run = generate(r, o);
        QVERIFY2(run.output.ok(), errorText(run.output).constData());
        const Provenance& p = run.output->provenance;
        QCOMPARE(p.used, QStringLiteral("lanczos"));
        QCOMPARE(p.requested, QStringLiteral("realesrgan"));
        QVERIFY(p.fellBack());
        QCOMPARE(p.fallbacks.front().to, QStringLiteral("lanczos"));
        QVERIFY(p.fallbacks.front().reason.contains(QStringLiteral("Real-ESRGAN")));
        QCOMPARE(run.output->image(QStringLiteral("result"))->width(), 96);
        // A model file that cannot be opened: the engine's LANCZOS fallback, recorded.
        o.realesrganModel = m_fixture->tokenizer() + QStringLiteral("/vocab.json");
        const JobRun broken = generate(r, o);
        QVERIFY2(broken.output.ok(), errorText(broken.output).constData());
        QCOMPARE(broken.output->provenance.used, QStringLiteral("lanczos"));
        QVERIFY(broken.output->provenance.fellBack());
    }

    void latentUpscale()
    {
        GenerationRequest r = request(2);
        r.hiresFix = true;
        r.latentUpscale = true;
        r.hiresSteps = 3;
        const JobRun run = generate(r, options());
        QVERIFY2(run.output.ok(), errorText(run.output).constData());
        QCOMPARE(run.output->provenance.used, QStringLiteral("latent"));
        QVERIFY(!run.output->image(QStringLiteral("upscaled")));
        QCOMPARE(run.output->image(QStringLiteral("result"))->width(), 128);
        QCOMPARE(run.output->provenance.details.value(QLatin1String(D::kSecondPassSteps)).toInt(),
                 3);
        QCOMPARE(run.lastTotal, 5);
    }

    void secondPassOnlyReproducesTheHiresRun()
    {
        GenerationRequest r = request(2);
        r.hiresFix = true;
        r.useRealesrgan = false;
        r.denoisingStrength = 0.6;
        const JobRun full = generate(r, options());
        QVERIFY(full.output.ok());
        GenerateJob again = GenerateJob::secondPassOnly(
            r, *full.output->image(QStringLiteral("first_pass")), options());
        const JobRun rerun = runJob(again, &m_cache);
        QVERIFY2(rerun.output.ok(), errorText(rerun.output).constData());
        QVERIFY(sameImage(rerun.output->image(QStringLiteral("result"))->pixels,
                          full.output->image(QStringLiteral("result"))->pixels));
        QCOMPARE(rerun.lastTotal, 2); // only the second pass runs
        QVERIFY(rerun.output->provenance.details.value(QLatin1String(D::kSecondPassOnly)).toBool());
        // Other hires settings change only the second pass.
        r.denoisingStrength = 0.3;
        GenerateJob other = GenerateJob::secondPassOnly(
            r, *full.output->image(QStringLiteral("first_pass")), options());
        const JobRun changed = runJob(other, &m_cache);
        QVERIFY(changed.output.ok());
        QVERIFY(!sameImage(changed.output->image(QStringLiteral("result"))->pixels,
                           full.output->image(QStringLiteral("result"))->pixels));
        // A random seed cannot reproduce anything.
        r.seed = GenerationRequest::kRandomSeed;
        GenerateJob bad = GenerateJob::secondPassOnly(
            r, *full.output->image(QStringLiteral("first_pass")), options());
        QVERIFY(!runJob(bad, &m_cache).output.ok());
    }

    void img2img()
    {
        // The start image: a first pass saved as a file, at another size.
        const QString start = m_dir.filePath(QStringLiteral("start.png"));
        GenerateOptions save = options();
        save.outputFile = start;
        QVERIFY(generate(request(2), save).output.ok());
        GenerationRequest r = request(4);
        r.initImage = start;
        r.strength = 0.5;
        r.width = r.height = 0; // the init image's size
        const JobRun run = generate(r, options());
        QVERIFY2(run.output.ok(), errorText(run.output).constData());
        QCOMPARE(run.output->image(QStringLiteral("result"))->width(), 64);
        // A1111 proportional steps: int(0.5 * 4) + 1.
        QCOMPARE(run.output->provenance.details.value(QLatin1String(D::kFirstPassSteps)).toInt(),
                 3);
        QCOMPARE(run.lastTotal, 3);
        // The start image matters: another one (flipped) gives another result.
        const Result<Image> startImage = readImageFile(start);
        QVERIFY(startImage.ok());
        Image flipped = *startImage;
        cv::flip(startImage->pixels, flipped.pixels, 1);
        const QString other = m_dir.filePath(QStringLiteral("start-flipped.png"));
        QVERIFY(saveImage(flipped, other, EncodeOptions{}).ok());
        r.initImage = other;
        const JobRun fromOther = generate(r, options());
        QVERIFY(fromOther.output.ok());
        QVERIFY(!sameImage(fromOther.output->image(QStringLiteral("result"))->pixels,
                           run.output->image(QStringLiteral("result"))->pixels));
        // A size given explicitly resizes the start image (A1111 "just resize").
        r.width = 96;
        const JobRun resized = generate(r, options());
        QVERIFY(resized.output.ok());
        QCOMPARE(resized.output->image(QStringLiteral("result"))->width(), 96);
        QCOMPARE(resized.output->image(QStringLiteral("result"))->height(), 64);
        // A missing init image is a clear error naming it.
        r.initImage = m_dir.filePath(QStringLiteral("missing.png"));
        const JobRun missing = generate(r, options());
        QVERIFY(!missing.output.ok());
        QVERIFY(missing.output.error().message.contains(QStringLiteral("missing.png")));
    }

    void cancelMidStepLeavesNoFile()
    {
        GenerationRequest r = request(6);
        r.hiresFix = true;
        r.useRealesrgan = false;
        GenerateOptions o = options();
        QTemporaryDir out;
        o.outputFile = out.filePath(QStringLiteral("cancelled.png"));
        const JobRun first = generate(r, o, 3);
        QVERIFY(!first.output.ok());
        QCOMPARE(first.output.error().code, ErrorCode::Cancelled);
        QVERIFY(first.lastDone < 12);
        const JobRun second = generate(r, o, 8); // in the second pass
        QCOMPARE(second.output.error().code, ErrorCode::Cancelled);
        QVERIFY(second.lastDone >= 8 && second.lastDone < 12);
        QVERIFY(QDir(out.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    void savedPngCarriesParameters()
    {
        GenerationRequest r = request(2);
        r.hiresFix = true;
        r.useRealesrgan = false;
        r.hiresSteps = 2;
        r.useFaceRestoration = true;
        r.faceRestorationWeight = 0.6;
        GenerateOptions o = options();
        QTemporaryDir out;
        o.outputFile = out.filePath(QStringLiteral("castle.png"));
        const JobRun run = generate(r, o);
        QVERIFY2(run.output.ok(), errorText(run.output).constData());
        QCOMPARE(run.output->savedFiles, QStringList{QFileInfo(o.outputFile).absoluteFilePath()});
        const Result<Image> saved = readImageFile(o.outputFile);
        QVERIFY(saved.ok());
        QCOMPARE(saved->width(), 128);
        QVERIFY(sameImage(saved->pixels, run.output->image(QStringLiteral("result"))->pixels));
        const auto text = saved->metadata.text.find(GenerationParameters::kPngKey);
        QVERIFY(text != saved->metadata.text.end());
        const Result<ParsedGenerationParameters> parsed = GenerationParameters::parse(text->second);
        QVERIFY(parsed.ok());
        GenerationRequest expected = r;
        expected.model = QStringLiteral("tiny-sd1");
        QCOMPARE(parsed->request.toJson(), expected.toJson());
    }

    void faceRestorationWithItsWeight()
    {
        GenerationRequest r = request(2);
        r.useFaceRestoration = true;
        r.faceRestorationWeight = 0.25;
        double seenWeight = -1;
        GenerateOptions o = options();
        // A restorer that blends towards white by the weight, so its effect is measurable.
        o.faceRestorer = [&](const Image& image, double weight,
                             const std::atomic<bool>*) -> Result<std::optional<Image>> {
            seenWeight = weight;
            Image out;
            cv::addWeighted(image.pixels, 1.0 - weight,
                            cv::Mat(image.pixels.size(), CV_8UC3, cv::Scalar::all(255)), weight,
                            0.0, out.pixels);
            return std::optional<Image>(out);
        };
        const JobRun run = generate(r, o);
        QVERIFY2(run.output.ok(), errorText(run.output).constData());
        QCOMPARE(seenWeight, 0.25);
        const Provenance& p = run.output->provenance;
        QCOMPARE(p.details.value(QLatin1String(D::kFaceRestoration)).toString(),
                 QStringLiteral("applied"));
        QCOMPARE(p.details.value(QLatin1String(D::kFaceRestorationWeight)).toDouble(), 0.25);
        const cv::Mat before = run.output->image(QStringLiteral("before_face_restoration"))->pixels;
        QVERIFY(sameImage(before, run.output->image(QStringLiteral("first_pass"))->pixels));
        QVERIFY(cv::mean(run.output->image(QStringLiteral("result"))->pixels)[0] >
                cv::mean(before)[0]);
        // The project's restorer: recorded as skipped, with the reason, image kept.
        const JobRun plain = generate(r, options());
        QVERIFY(plain.output.ok());
        QCOMPARE(
            plain.output->provenance.details.value(QLatin1String(D::kFaceRestoration)).toString(),
            QStringLiteral("skipped"));
        QVERIFY(!plain.output->provenance.details.value(QLatin1String(D::kFaceRestorationReason))
                     .toString()
                     .isEmpty());
    }

    void clearErrors()
    {
        GenerateOptions o = options();
        o.tokenizerDir.clear();
        GenerationRequest r = request();
        JobRun run =
            generate(r, o); // sd1/ has no tokenizer next to it and no model folder is given
        QCOMPARE(run.output.error().code, ErrorCode::NotFound);
        QVERIFY(run.output.error().message.contains(QStringLiteral("vocab.json")));
        o.modelFolders = {m_fixture->path(QString())};
        run = generate(r, o);
        QVERIFY2(run.output.ok(), errorText(run.output).constData());
        QCOMPARE(
            run.output->provenance.details.value(QLatin1String(D::kTokenizerSource)).toString(),
            QStringLiteral("models"));
        r.model = QStringLiteral("no-such-model");
        run = generate(r, o);
        QCOMPARE(run.output.error().code, ErrorCode::NotFound);
        QVERIFY(run.output.error().message.contains(QStringLiteral("no-such-model")));
        r.model = QStringLiteral("tiny-sd1"); // by name in the model folders
        o.modelFolders = {m_fixture->path(QStringLiteral("sd1")), m_fixture->path(QString())};
        QVERIFY(generate(r, o).output.ok());
        r.model = m_fixture->tokenizer() + QStringLiteral("/vocab.json"); // not a checkpoint
        run = generate(r, o);
        QVERIFY(!run.output.ok());
        QVERIFY(run.output.error().message.contains(QStringLiteral("vocab.json")));
        r = request();
        r.width = 100;
        QCOMPARE(generate(r, options()).output.error().code, ErrorCode::InvalidArgument);
    }

    void throughTheRunner()
    {
        JobRunner runner;
        QSignalSpy finished(&runner, &JobRunner::finished);
        QSignalSpy progress(&runner, &JobRunner::progress);
        QSignalSpy previews(&runner, &JobRunner::preview);
        runner.submit(std::make_unique<GenerateJob>(request(4), options()));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
        const JobOutput out = finished.first().at(1).value<JobOutput>();
        QCOMPARE(out.image(QStringLiteral("result"))->width(), 64);
        QVERIFY(progress.count() >= 4);
        QCOMPARE(previews.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestGenerateJob)
#include "tst_generate_job.moc"
