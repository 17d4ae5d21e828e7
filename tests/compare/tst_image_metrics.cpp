// Sharpness (variance of the Laplacian), PSNR and fidelity to the input on
// images whose numbers can be worked out by hand.
#include "core/compare/image_metrics.h"

#include <QTest>

#include <opencv2/imgproc.hpp>

#include <cmath>
#include <limits>

Q_DECLARE_METATYPE(cv::Mat)

using namespace hires;

namespace {

// depth CV_8U or CV_16U; values are given in 8-bit and scaled by 257 for 16-bit.
cv::Mat checkerboard(int side, int depth, int channels)
{
    cv::Mat gray(side, side, CV_8UC1);
    for (int y = 0; y < side; ++y)
        for (int x = 0; x < side; ++x)
            gray.at<uchar>(y, x) = (x + y) % 2 ? 255 : 0;
    cv::Mat out = gray;
    if (channels == 3)
        cv::cvtColor(gray, out, cv::COLOR_GRAY2BGR);
    if (channels == 4)
        cv::cvtColor(gray, out, cv::COLOR_GRAY2BGRA);
    if (depth == CV_16U)
        out.convertTo(out, CV_16U, 257.0);
    return out;
}

cv::Mat verticalStep()
{
    cv::Mat step(4, 4, CV_8UC1, cv::Scalar(0));
    step.colRange(2, 4).setTo(255);
    return step;
}

cv::Mat randomImage(int w, int h, int seed)
{
    cv::Mat image(h, w, CV_8UC3);
    cv::RNG rng(seed);
    rng.fill(image, cv::RNG::UNIFORM, 0, 256);
    return image;
}

} // namespace

class TstImageMetrics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sharpness_data()
    {
        QTest::addColumn<cv::Mat>("image");
        QTest::addColumn<double>("expected");
        QTest::newRow("constant") << cv::Mat(16, 16, CV_8UC3, cv::Scalar(90, 40, 200)) << 0.0;
        // Every pixel has four opposite neighbours: |Laplacian| = 4 * 255 = 1020 everywhere.
        QTest::newRow("checkerboard gray") << checkerboard(8, CV_8U, 1) << 1020.0 * 1020.0;
        QTest::newRow("checkerboard BGR") << checkerboard(8, CV_8U, 3) << 1020.0 * 1020.0;
        QTest::newRow("checkerboard BGRA") << checkerboard(8, CV_8U, 4) << 1020.0 * 1020.0;
        QTest::newRow("checkerboard 16-bit") << checkerboard(8, CV_16U, 3) << 1020.0 * 1020.0;
        // Columns 0 0 255 255: Laplacian 0, 255, -255, 0 (reflected borders): variance 255^2 / 2.
        QTest::newRow("vertical step") << verticalStep() << 255.0 * 255.0 / 2.0;
    }
    void sharpness()
    {
        QFETCH(cv::Mat, image);
        QFETCH(double, expected);
        QVERIFY(std::abs(hires::sharpness(image) - expected) < 1e-6 * std::max(1.0, expected));
    }

    void blurLowersSharpness()
    {
        const cv::Mat image = randomImage(64, 64, 1);
        cv::Mat blurred;
        cv::GaussianBlur(image, blurred, cv::Size(5, 5), 1.5);
        QVERIFY(hires::sharpness(blurred) < hires::sharpness(image) / 4);
    }

    void psnr_data()
    {
        QTest::addColumn<cv::Mat>("a");
        QTest::addColumn<cv::Mat>("b");
        QTest::addColumn<double>("expected");
        const cv::Mat base(10, 12, CV_8UC3, cv::Scalar(100, 120, 140));
        QTest::newRow("equal") << base << base.clone() << std::numeric_limits<double>::infinity();
        QTest::newRow("off by one")
            << base << cv::Mat(base + cv::Scalar(1, 1, 1)) << 48.1308036086791;
        // One of three channels off by 16: MSE = 256 / 3.
        QTest::newRow("one channel off by 16")
            << base << cv::Mat(base + cv::Scalar(0, 16, 0)) << 28.81961650275723;
        cv::Mat sixteen;
        base.convertTo(sixteen, CV_16U, 257.0);
        QTest::newRow("16-bit equals its 8-bit")
            << base << sixteen << std::numeric_limits<double>::infinity();
    }
    void psnr()
    {
        QFETCH(cv::Mat, a);
        QFETCH(cv::Mat, b);
        QFETCH(double, expected);
        const Result<double> value = hires::psnr(a, b);
        QVERIFY(value.ok());
        if (std::isinf(expected))
            QVERIFY(std::isinf(*value));
        else
            QVERIFY2(std::abs(*value - expected) < 1e-9, qPrintable(QString::number(*value)));
    }

    void psnrRefusesDifferentSizes()
    {
        const Result<double> value = hires::psnr(cv::Mat(4, 4, CV_8UC3, cv::Scalar(0)),
                                                 cv::Mat(4, 5, CV_8UC3, cv::Scalar(0)));
        QVERIFY(!value.ok());
        QCOMPARE(value.error().code, ErrorCode::InvalidArgument);
        QVERIFY(value.error().message.contains(QStringLiteral("4x4")));
        QVERIFY(!hires::psnr(cv::Mat(), cv::Mat()).ok());
        QVERIFY(!hires::psnr(cv::Mat(2, 2, CV_32FC3), cv::Mat(2, 2, CV_32FC3)).ok());
    }

    void fidelity_data()
    {
        QTest::addColumn<int>("factor");
        QTest::addColumn<int>("offset");
        QTest::addColumn<double>("expected");
        // Pixel replication is undone exactly by INTER_AREA: a perfectly faithful result.
        QTest::newRow("nearest x2") << 2 << 0 << std::numeric_limits<double>::infinity();
        QTest::newRow("nearest x4") << 4 << 0 << std::numeric_limits<double>::infinity();
        QTest::newRow("nearest x3") << 3 << 0 << std::numeric_limits<double>::infinity();
        // Every sample brighter by 2: MSE 4.
        QTest::newRow("nearest x2 + 2") << 2 << 2 << 42.11020369539948;
        QTest::newRow("same size + 1") << 1 << 1 << 48.1308036086791;
    }
    void fidelity()
    {
        QFETCH(int, factor);
        QFETCH(int, offset);
        QFETCH(double, expected);
        cv::Mat input(20, 30, CV_8UC3);
        cv::RNG(7).fill(input, cv::RNG::UNIFORM, 10, 200); // away from the clipping ends
        cv::Mat result;
        cv::resize(input, result, cv::Size(), factor, factor, cv::INTER_NEAREST);
        result += cv::Scalar::all(offset);
        const Result<double> value = fidelityPsnr(result, input);
        QVERIFY(value.ok());
        if (std::isinf(expected))
            QVERIFY(std::isinf(*value));
        else
            QVERIFY2(std::abs(*value - expected) < 1e-9, qPrintable(QString::number(*value)));
    }

    void inventedDetailLowersFidelity()
    {
        cv::Mat input(32, 32, CV_8UC3, cv::Scalar(128, 128, 128));
        cv::Mat faithful;
        cv::resize(input, faithful, cv::Size(), 4, 4, cv::INTER_LANCZOS4);
        // Zero-mean texture at the output resolution averages away; a shifted block does not.
        cv::Mat invented = faithful.clone();
        invented(cv::Rect(40, 40, 48, 48)) += cv::Scalar(60, 0, 0);
        const double high = *fidelityPsnr(faithful, input);
        const double low = *fidelityPsnr(invented, input);
        QVERIFY(std::isinf(high));
        QVERIFY(low < 30.0);
    }

    void toBgr8Layouts()
    {
        QCOMPARE(toBgr8(cv::Mat(2, 2, CV_8UC1, cv::Scalar(7))).type(), CV_8UC3);
        QCOMPARE(toBgr8(cv::Mat(2, 2, CV_16UC4, cv::Scalar(65535, 0, 257, 0))).at<cv::Vec3b>(1, 1),
                 cv::Vec3b(255, 0, 1));
        QVERIFY(toBgr8(cv::Mat(2, 2, CV_8UC2)).empty());
        QVERIFY(toBgr8(cv::Mat()).empty());
    }
};

QTEST_GUILESS_MAIN(TstImageMetrics)
#include "tst_image_metrics.moc"
