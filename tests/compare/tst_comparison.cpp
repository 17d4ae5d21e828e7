// Comparison::build (alignment, metrics, difference, region) and its trip
// through a JobOutput, the way a job hands it to the GUI.
#include "core/compare/comparison.h"

#include "core/compare/image_metrics.h"

#include <QTest>

#include <opencv2/imgproc.hpp>

#include <cmath>

using namespace hires;

namespace {

cv::Mat texture(int w, int h, int seed)
{
    cv::Mat image(h, w, CV_8UC3);
    cv::RNG(seed).fill(image, cv::RNG::UNIFORM, 20, 230);
    return image;
}

ComparisonSide side(const QString& label, const cv::Mat& pixels)
{
    ComparisonSide s;
    s.label = label;
    s.image.pixels = pixels;
    s.provenance.used = label;
    return s;
}

} // namespace

class TstComparison : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void upscalesOfOneInput()
    {
        const cv::Mat input = texture(20, 16, 1);
        cv::Mat nearest;
        cv::Mat cubic;
        cv::resize(input, nearest, cv::Size(80, 64), 0, 0, cv::INTER_NEAREST);
        cv::resize(input, cubic, cv::Size(80, 64), 0, 0, cv::INTER_CUBIC);
        const Result<Comparison> c =
            Comparison::build(side(QStringLiteral("nearest"), nearest),
                              side(QStringLiteral("cubic"), cubic), input, 2.0);
        QVERIFY(c.ok());
        QCOMPARE(c->size(), cv::Size(80, 64));
        QVERIFY(c->a.fidelityDb.has_value());
        QVERIFY(std::isinf(*c->a.fidelityDb)); // replication is undone exactly
        QVERIFY(c->b.fidelityDb.has_value());
        QVERIFY(std::isfinite(*c->b.fidelityDb));
        QCOMPARE(c->a.sharpness, sharpness(nearest));
        QCOMPARE(c->b.sharpness, sharpness(cubic));
        QCOMPARE(c->difference.size(), c->size());
        QCOMPARE(c->difference.type(), CV_8UC3);
        QVERIFY(c->meanDifference > 0);
        QCOMPARE(c->gain, 2.0);
    }

    void smallerImageStandsForTheInput()
    {
        const cv::Mat input = texture(10, 10, 2);
        cv::Mat upscale;
        cv::resize(input, upscale, cv::Size(30, 30), 0, 0, cv::INTER_NEAREST);
        const Result<Comparison> c = Comparison::build(
            side(QStringLiteral("input"), input), side(QStringLiteral("x3"), upscale), cv::Mat());
        QVERIFY(c.ok());
        QCOMPARE(c->size(), cv::Size(30, 30));
        QVERIFY(!c->a.fidelityDb.has_value()); // the reference itself
        QVERIFY(c->b.fidelityDb.has_value());
        QVERIFY(std::isinf(*c->b.fidelityDb));
        // Nearest alignment of the input equals the nearest upscale: nothing differs.
        QCOMPARE(c->meanDifference, 0.0);
        QCOMPARE(cv::norm(c->alignedA, c->alignedB, cv::NORM_INF), 0.0);
    }

    void sameSizeFilesHaveNoFidelity()
    {
        const Result<Comparison> c =
            Comparison::build(side(QStringLiteral("a"), texture(8, 8, 3)),
                              side(QStringLiteral("b"), texture(8, 8, 4)), cv::Mat());
        QVERIFY(c.ok());
        QVERIFY(!c->a.fidelityDb && !c->b.fidelityDb);
    }

    void regionMeasuresOnlyTheRegion()
    {
        // A and B equal except inside the region, where B is flat grey.
        const cv::Mat a = texture(40, 40, 5);
        cv::Mat b = a.clone();
        const cv::Rect region(8, 12, 16, 8);
        b(region).setTo(cv::Scalar(128, 128, 128));
        const cv::Mat input = a(region).clone();
        const Result<Comparison> c = Comparison::build(
            side(QStringLiteral("a"), a), side(QStringLiteral("b"), b), input, 4.0, region);
        QVERIFY(c.ok());
        QCOMPARE(c->region, region);
        QCOMPARE(c->b.sharpness, 0.0); // flat inside the region
        QCOMPARE(c->a.sharpness, sharpness(a(region)));
        QVERIFY(std::isinf(*c->a.fidelityDb));
        QVERIFY(*c->b.fidelityDb < 20.0);
        // Outside the region the difference map is the colour of zero.
        QCOMPARE(c->difference.at<cv::Vec3b>(0, 0), c->difference.at<cv::Vec3b>(39, 39));
    }

    void jobOutputRoundTrip()
    {
        const cv::Mat input = texture(12, 10, 6);
        cv::Mat nearest;
        cv::resize(input, nearest, cv::Size(24, 20), 0, 0, cv::INTER_NEAREST);
        ComparisonSide a = side(QStringLiteral("LANCZOS"), nearest);
        a.provenance.device = QStringLiteral("cpu");
        ComparisonSide b = side(QStringLiteral("model"), texture(24, 20, 7));
        b.provenance.addFallback(QStringLiteral("cuda"), QStringLiteral("cpu"),
                                 QStringLiteral("no CUDA device"));
        b.provenance.addTiming(QStringLiteral("upscale"), 1.5);
        Result<Comparison> built = Comparison::build(a, b, input, 8.0, cv::Rect(2, 2, 10, 10));
        QVERIFY(built.ok());
        built->inputFile = QStringLiteral("/tmp/in.png");

        const JobOutput output = built->toJobOutput();
        QCOMPARE(output.provenance.used, QStringLiteral("model"));
        QVERIFY(output.image(QStringLiteral("difference")));
        const Result<Comparison> back = Comparison::fromJobOutput(output);
        QVERIFY(back.ok());
        QCOMPARE(back->a.label, QStringLiteral("LANCZOS"));
        QCOMPARE(back->b.label, QStringLiteral("model"));
        QCOMPARE(back->a.provenance.device, QStringLiteral("cpu"));
        QVERIFY(back->b.provenance.fellBack());
        QCOMPARE(back->b.provenance.fallbacks.front().reason, QStringLiteral("no CUDA device"));
        QCOMPARE(back->b.provenance.totalSeconds(), 1.5);
        QCOMPARE(back->a.sharpness, built->a.sharpness);
        QCOMPARE(back->a.fidelityDb.has_value(), built->a.fidelityDb.has_value());
        QCOMPARE(back->b.fidelityDb.value(), built->b.fidelityDb.value());
        QCOMPARE(back->gain, 8.0);
        QCOMPARE(back->region, cv::Rect(2, 2, 10, 10));
        QCOMPARE(back->inputFile, QStringLiteral("/tmp/in.png"));
        QCOMPARE(back->a.image.pixels.data, nearest.data); // shared, not copied
        QCOMPARE(cv::norm(back->difference, built->difference, cv::NORM_INF), 0.0);
    }

    void infiniteFidelitySurvivesTheTrip()
    {
        const cv::Mat input = texture(6, 6, 8);
        cv::Mat nearest;
        cv::resize(input, nearest, cv::Size(12, 12), 0, 0, cv::INTER_NEAREST);
        const Result<Comparison> built = Comparison::build(
            side(QStringLiteral("a"), nearest), side(QStringLiteral("b"), nearest), input);
        const Result<Comparison> back = Comparison::fromJobOutput(built->toJobOutput());
        QVERIFY(back.ok());
        QVERIFY(std::isinf(*back->a.fidelityDb));
    }

    void gainCanChange()
    {
        cv::Mat a(4, 4, CV_8UC3, cv::Scalar(0, 0, 0));
        cv::Mat b(4, 4, CV_8UC3, cv::Scalar(0, 0, 10));
        const Result<Comparison> c = Comparison::build(
            side(QStringLiteral("a"), a), side(QStringLiteral("b"), b), cv::Mat(), 1.0);
        const Result<cv::Mat> strong = c->differenceWithGain(16.0);
        QVERIFY(strong.ok());
        QVERIFY(strong->at<cv::Vec3b>(0, 0) != c->difference.at<cv::Vec3b>(0, 0));
    }

    void notAComparison()
    {
        JobOutput output;
        output.images.push_back({QStringLiteral("result"), Image{cv::Mat(2, 2, CV_8UC3), {}, {}}});
        QVERIFY(!Comparison::fromJobOutput(output).ok());
        QVERIFY(!Comparison::build(side(QStringLiteral("a"), cv::Mat()),
                                   side(QStringLiteral("b"), texture(2, 2, 1)), cv::Mat())
                     .ok());
    }
};

QTEST_GUILESS_MAIN(TstComparison)
#include "tst_comparison.moc"
