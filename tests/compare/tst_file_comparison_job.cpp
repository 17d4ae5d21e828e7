// Two image files compared on the worker: an upscale next to its original,
// equal sizes, and files that cannot be read.
#include "core/compare/file_comparison_job.h"
#include "compare/comparison_job_support.h"

#include "core/image/image_decoder.h"
#include "core/image/image_encoder.h"

#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgproc.hpp>

#include <cmath>

using namespace hires;

namespace {

QString photo(const QString& name)
{
    return QString::fromUtf8(HIRES_TEST_DATA_DIR) + QStringLiteral("/photos/") + name;
}

Result<Comparison> compareFiles(const QString& a, const QString& b)
{
    FileComparisonJob job(a, b);
    return test::runComparisonJob(job);
}

} // namespace

class TstFileComparisonJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void upscaleNextToItsOriginal()
    {
        QTemporaryDir dir;
        const Result<Image> original = readImageFile(photo(QStringLiteral("chelsea.png")));
        QVERIFY(original.ok());
        Image doubled = *original;
        cv::resize(original->pixels, doubled.pixels, cv::Size(), 2, 2, cv::INTER_NEAREST);
        const QString doubledFile = dir.filePath(QStringLiteral("chelsea_x2.png"));
        EncodeOptions options;
        options.format = ImageFormat::Png;
        QVERIFY(saveImage(doubled, doubledFile, options).ok());

        const Result<Comparison> c =
            compareFiles(photo(QStringLiteral("chelsea.png")), doubledFile);
        QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().message));
        QCOMPARE(c->size(), cv::Size(902, 600));
        QCOMPARE(c->a.label, QStringLiteral("chelsea.png"));
        QCOMPARE(c->b.label, QStringLiteral("chelsea_x2.png"));
        QCOMPARE(c->b.file, doubledFile);
        QVERIFY(!c->a.fidelityDb); // the original is the reference
        QVERIFY(c->b.fidelityDb && std::isinf(*c->b.fidelityDb));
        QCOMPARE(c->meanDifference, 0.0); // nearest alignment shows the same pixels
        QCOMPARE(c->a.image.pixels.size(), cv::Size(451, 300)); // kept as read, for saving
    }

    void twoDifferentPhotosOfOneSize()
    {
        const Result<Comparison> c = compareFiles(photo(QStringLiteral("motorcycle_left.png")),
                                                  photo(QStringLiteral("motorcycle_right.png")));
        QVERIFY(c.ok());
        QVERIFY(!c->a.fidelityDb && !c->b.fidelityDb);
        QVERIFY(c->meanDifference > 1.0);
        QVERIFY(c->a.sharpness > 0 && c->b.sharpness > 0);
    }

    void unreadableFileIsNamed()
    {
        const Result<Comparison> c = compareFiles(photo(QStringLiteral("chelsea.png")),
                                                  photo(QStringLiteral("truncated.jpg")));
        QVERIFY(!c.ok());
        QVERIFY(c.error().message.contains(QStringLiteral("truncated.jpg")));
        const Result<Comparison> missing =
            compareFiles(photo(QStringLiteral("nope.png")), photo(QStringLiteral("chelsea.png")));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(QStringLiteral("nope.png")));
    }
};

QTEST_GUILESS_MAIN(TstFileComparisonJob)
#include "tst_file_comparison_job.moc"
