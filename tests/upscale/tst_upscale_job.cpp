// UpscaleJob on the real JobRunner with real photos and the real Real-ESRGAN
// x4fast ncnn model: output naming and atomic saving, progress per tile, the
// engine kept between jobs, cancel between tiles leaving no file, the runner's
// device and thread settings reaching the run, and failures without output.
#include "core/upscale/upscale_job.h"

#include "core/image/image_decoder.h"
#include "core/image/image_encoder.h"
#include "core/jobs/job_runner.h"
#include "core/jobs/model_cache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/core.hpp>

using namespace hires;

namespace {

QString photo(const QString& name)
{
    return QStringLiteral(HIRES_TEST_DATA_DIR "/photos/") + name;
}

QString fastModel()
{
    return QStringLiteral(HIRES_TEST_DATA_DIR "/upscayl/realesrgan-x4fast.param");
}

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

UpscaleRequest request(const QString& model, double scale, int tile = 0)
{
    UpscaleRequest r;
    r.model = model;
    r.options.outScale = scale;
    r.options.tile = tile;
    return r;
}

UpscaleSave saveTo(const QString& folder = {})
{
    UpscaleSave save;
    save.enabled = true;
    save.folder = folder;
    return save;
}

std::unique_ptr<UpscaleJob> fileJob(const QString& path, const UpscaleRequest& r,
                                    const UpscaleSave& save = {})
{
    return std::make_unique<UpscaleJob>(UpscaleJobInput::fromFile(path), r, save);
}

JobOutput outputOf(const QSignalSpy& finished, int index = 0)
{
    return finished.at(index).at(1).value<JobOutput>();
}

} // namespace

class TestUpscaleJob : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_small; // a 64x48 crop of the astronaut photo, PNG
    QString m_jpeg;  // a 96x64 crop of chelsea, JPEG

    QString writeCrop(const QString& source, cv::Rect crop, const QString& name, ImageFormat fmt)
    {
        Result<Image> image = readImageFile(photo(source));
        if (!image)
            qFatal("%s", qPrintable(image.error().message));
        image->pixels = image->pixels(crop).clone();
        const QString path = m_dir.filePath(name);
        EncodeOptions options;
        options.format = fmt;
        if (!saveImage(*image, path, options))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QStringList filesIn(const QString& folder) const
    {
        return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo::exists(fastModel()), "run tests/tools/fetch_test_data.sh");
        m_small = writeCrop(QStringLiteral("astronaut.png"), cv::Rect(180, 60, 64, 48),
                            QStringLiteral("face.png"), ImageFormat::Png);
        m_jpeg = writeCrop(QStringLiteral("chelsea.png"), cv::Rect(100, 50, 96, 64),
                           QStringLiteral("cat.jpg"), ImageFormat::Jpeg);
    }

    void outputFormat_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("source");    // -1: made in memory
        QTest::addColumn<int>("requested"); // -1: none
        QTest::addColumn<int>("expected");
        const int png = int(ImageFormat::Png), jpg = int(ImageFormat::Jpeg),
                  webp = int(ImageFormat::Webp), tif = int(ImageFormat::Tiff);
        QTest::newRow("jpeg stays jpeg") << CV_8UC3 << jpg << -1 << jpg;
        QTest::newRow("memory is png") << CV_8UC3 << -1 << -1 << png;
        QTest::newRow("alpha from jpeg? png") << CV_8UC4 << jpg << -1 << png;
        QTest::newRow("alpha in webp stays") << CV_8UC4 << webp << -1 << webp;
        QTest::newRow("16 bit webp -> png") << CV_16UC3 << webp << -1 << png;
        QTest::newRow("16 bit tiff stays") << CV_16UC3 << tif << -1 << tif;
        QTest::newRow("asked for wins") << CV_8UC4 << png << jpg << jpg;
    }
    void outputFormat()
    {
        QFETCH(int, type);
        QFETCH(int, source);
        QFETCH(int, requested);
        QFETCH(int, expected);
        Image image{cv::Mat(2, 2, type), {}, {}};
        if (source >= 0)
            image.sourceFormat = ImageFormat(source);
        std::optional<ImageFormat> asked;
        if (requested >= 0)
            asked = ImageFormat(requested);
        QCOMPARE(int(UpscaleJob::outputFormat(asked, image)), expected);
    }

    void lanczosSavesNextToInputUnderTheNamingRules()
    {
        const QByteArray before = fileHash(m_jpeg);
        JobRunner runner;
        QSignalSpy finished(&runner, &JobRunner::finished);
        QSignalSpy progress(&runner, &JobRunner::progress);
        runner.submit(fileJob(m_jpeg, request(QStringLiteral("lanczos"), 2), saveTo()));
        runner.submit(fileJob(m_jpeg, request(QStringLiteral("lanczos"), 2), saveTo()));
        QTRY_COMPARE(finished.count(), 2);
        QVERIFY(progress.count() >= 2);
        const JobOutput first = outputOf(finished, 0);
        const JobOutput second = outputOf(finished, 1);
        QCOMPARE(first.savedFiles,
                 QStringList{m_dir.filePath(QStringLiteral("cat_lanczos_2x.jpg"))});
        // The second never replaces the first: "_2".
        QCOMPARE(second.savedFiles,
                 QStringList{m_dir.filePath(QStringLiteral("cat_lanczos_2x_2.jpg"))});
        QCOMPARE(first.provenance.used, QStringLiteral("lanczos"));
        QVERIFY(first.image(QStringLiteral("result")));
        QCOMPARE(first.image(QStringLiteral("result"))->width(), 192);
        Result<ImageInfo> written = probeImageFile(first.savedFiles.at(0));
        QVERIFY(written);
        QCOMPARE(written->format, ImageFormat::Jpeg);
        QCOMPARE(written->width, 192);
        QCOMPARE(written->height, 128);
        QCOMPARE(fileHash(m_jpeg), before); // the original is untouched
        QFile::remove(first.savedFiles.at(0));
        QFile::remove(second.savedFiles.at(0));
    }

    void imageInMemoryGoesToTheChosenFolder()
    {
        QTemporaryDir out;
        Image image{cv::Mat(10, 12, CV_8UC4, cv::Scalar(10, 20, 30, 128)), {}, {}};
        UpscaleJob job(UpscaleJobInput::fromImage(image, QStringLiteral("pasted")),
                       request(QStringLiteral("lanczos"), 3), saveTo(out.path()));
        QCOMPARE(job.title(), QStringLiteral("pasted"));
        ModelCache cache;
        JobContext context(1, nullptr, &cache, {}, {});
        Result<JobOutput> done = job.run(context);
        QVERIFY2(done, done ? "" : qPrintable(done.error().message));
        QCOMPARE(done->savedFiles,
                 QStringList{out.filePath(QStringLiteral("pasted_lanczos_3x.png"))});
        Result<Image> back = readImageFile(done->savedFiles.at(0));
        QVERIFY(back);
        QCOMPARE(back->width(), 36);
        QVERIFY(back->hasAlpha());

        // Without a folder there is nowhere "next to the input" to write.
        UpscaleJob nowhere(UpscaleJobInput::fromImage(image), request({}, 2), saveTo());
        Result<JobOutput> refused = nowhere.run(context);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::InvalidArgument);
    }

    void neuralModelIsKeptBetweenJobsAndReportsTiles()
    {
        QTemporaryDir out;
        JobRunner runner;
        runner.setCpuThreads(1);
        QSignalSpy finished(&runner, &JobRunner::finished);
        QSignalSpy failed(&runner, &JobRunner::failed);
        QSignalSpy progress(&runner, &JobRunner::progress);
        const UpscaleRequest r = request(fastModel(), 4, 32);
        runner.submit(fileJob(m_small, r, saveTo(out.path())));
        runner.submit(fileJob(m_small, r));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count() + failed.count(), 2, 120000);
        QCOMPARE(failed.count(), 0);
        const JobOutput first = outputOf(finished, 0);
        const JobOutput second = outputOf(finished, 1);
        QCOMPARE(first.provenance.used, QStringLiteral("realesrgan-x4fast"));
        QVERIFY2(!first.provenance.fellBack(), qPrintable(first.provenance.summary()));
        QCOMPARE(first.provenance.threads, 1); // the runner's setting reached the run
        QCOMPARE(first.savedFiles,
                 QStringList{out.filePath(QStringLiteral("face_realesrgan-x4fast_4x.png"))});
        QCOMPARE(first.image(QStringLiteral("result"))->width(), 256);
        QVERIFY(second.savedFiles.isEmpty()); // saving was not asked for
        // 64x48 in 32-pixel tiles: 2x2 tiles, one progress report each.
        int firstJobReports = 0;
        for (const auto& args : progress)
            if (args.at(0).value<JobId>() == finished.at(0).at(0).value<JobId>())
                ++firstJobReports;
        QVERIFY2(firstJobReports >= 4, qPrintable(QString::number(firstJobReports)));
        auto hasLoad = [](const Provenance& p) {
            for (const auto& [stage, seconds] : p.timings)
                if (stage == QLatin1String("load"))
                    return true;
            return false;
        };
        QVERIFY(hasLoad(first.provenance));
        QVERIFY(!hasLoad(second.provenance)); // the engine, and its model, stayed loaded
        QCOMPARE(cv::norm(first.image(QStringLiteral("result"))->pixels,
                          second.image(QStringLiteral("result"))->pixels, cv::NORM_INF),
                 0.0);
    }

    void runnerDeviceSettingReachesTheJob()
    {
        JobRunner runner;
        runner.setDevice(DevicePreference::Cuda);
        QSignalSpy finished(&runner, &JobRunner::finished);
        runner.submit(fileJob(m_small, request(fastModel(), 4, 64)));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
        const Provenance p = outputOf(finished).provenance;
        if (runtimeInfo().cudaAvailable) {
            QVERIFY(p.device.startsWith(QLatin1String("cuda")));
        } else {
            QVERIFY(!p.fallbacks.empty());
            QCOMPARE(p.fallbacks.front().from, QStringLiteral("cuda"));
            QCOMPARE(p.device, QStringLiteral("cpu"));
        }

        // keepRequestDevice: the request's own choice stays.
        auto job = fileJob(m_small, request(fastModel(), 4, 64));
        job->setKeepRequestDevice(true);
        runner.submit(std::move(job));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 120000);
        QVERIFY(outputOf(finished, 1).provenance.fallbacks.empty() || runtimeInfo().cudaAvailable);
    }

    void cancelBetweenTilesLeavesNoFile()
    {
        QTemporaryDir out;
        const QString big = writeCrop(QStringLiteral("astronaut.png"), cv::Rect(0, 0, 256, 256),
                                      QStringLiteral("big.png"), ImageFormat::Png);
        JobRunner runner;
        QSignalSpy cancelled(&runner, &JobRunner::cancelled);
        QSignalSpy finished(&runner, &JobRunner::finished);
        bool asked = false;
        JobId id = 0;
        connect(&runner, &JobRunner::progress, this, [&](JobId job, int done, int, const QString&) {
            if (done >= 1 && !asked) {
                asked = true;
                runner.cancel(job);
            }
        });
        id = runner.submit(fileJob(big, request(fastModel(), 4, 32), saveTo(out.path())));
        QTRY_COMPARE_WITH_TIMEOUT(cancelled.count(), 1, 120000);
        QCOMPARE(cancelled.at(0).at(0).value<JobId>(), id);
        QCOMPARE(finished.count(), 0);
        QVERIFY(asked);
        QCOMPARE(filesIn(out.path()), QStringList{}); // no output, no temporary
        QFile::remove(big);
    }

    void modelThatCannotOpenFallsBackAndIsNotCached()
    {
        ModelCache cache;
        const UpscaleRequest r = request(m_dir.filePath(QStringLiteral("missing.pth")), 2);
        UpscaleJob job(UpscaleJobInput::fromFile(m_small), r);
        JobContext context(1, nullptr, &cache, {}, {});
        Result<JobOutput> done = job.run(context);
        QVERIFY(done);
        QVERIFY(done->provenance.fellBack());
        QCOMPARE(done->provenance.used, QStringLiteral("lanczos"));
        QVERIFY(!cache.contains(UpscaleJob::engineCacheKey(r)));

        UpscaleJob good(UpscaleJobInput::fromFile(m_small), request(fastModel(), 4, 64));
        QVERIFY(good.run(context));
        QVERIFY(cache.contains(UpscaleJob::engineCacheKey(request(fastModel(), 4))));
    }

    void badInputFailsWithoutOutput()
    {
        QTemporaryDir out;
        const QString text = out.filePath(QStringLiteral("notes.png"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not an image, whatever the name says");
        f.close();
        JobRunner runner;
        QSignalSpy failed(&runner, &JobRunner::failed);
        runner.submit(fileJob(text, request({}, 2), saveTo()));
        runner.submit(fileJob(out.filePath(QStringLiteral("gone.png")), request({}, 2), saveTo()));
        QTRY_COMPARE(failed.count(), 2);
        QVERIFY(failed.at(0).at(1).value<Error>().message.contains(QLatin1String("notes.png")));
        QCOMPARE(failed.at(1).at(1).value<Error>().code, ErrorCode::NotFound);
        QCOMPARE(filesIn(out.path()), QStringList{QStringLiteral("notes.png")});
    }
};

QTEST_GUILESS_MAIN(TestUpscaleJob)
#include "tst_upscale_job.moc"
