// Alignment to the FFHQ crop and paste-back (core/face/face_alignment.h,
// face_paste_back.h, face_pixels.h) on synthetic images with known geometry:
// the similarity is recovered, the crop samples the right pixels, the round
// trip through an identity restorer reproduces the image, and the weight is
// exactly a blend (0: bit-identical), for every bit depth and channel layout.
#include "core/face/face_alignment.h"
#include "core/face/face_paste_back.h"
#include "core/face/face_pixels.h"
#include "face_test_support.h"
#include "support/python_reference.h"

#include <QTest>

#include <opencv2/imgproc.hpp>

#include <cmath>

using namespace hires;

namespace {

// The image -> crop similarity with rotation `degrees`, `scale` crop pixels per
// image pixel, and the crop centre at image point `centre`.
cv::Matx23d similarity(double degrees, double scale, cv::Point2d centre)
{
    const double a = degrees * CV_PI / 180.0;
    const double c = std::cos(a) * scale, s = std::sin(a) * scale;
    // crop = R * (x - centre) + 256
    return {c, -s, 256 - (c * centre.x - s * centre.y), s, c, 256 - (s * centre.x + c * centre.y)};
}

FaceLandmarks imagePoints(const cv::Matx23d& affine)
{
    cv::Matx23d inverse;
    cv::invertAffineTransform(affine, inverse);
    FaceLandmarks points = ffhqTemplate();
    for (auto& p : points)
        p = cv::Point2f(float(inverse(0, 0) * p.x + inverse(0, 1) * p.y + inverse(0, 2)),
                        float(inverse(1, 0) * p.x + inverse(1, 1) * p.y + inverse(1, 2)));
    return points;
}

// A smooth, photo-like texture: blurred noise, 8-bit BGR.
cv::Mat texture(cv::Size size, int seed)
{
    cv::Mat noise(size, CV_32FC3);
    cv::RNG rng{uint64_t(seed)};
    rng.fill(noise, cv::RNG::UNIFORM, 0.0, 255.0);
    cv::GaussianBlur(noise, noise, cv::Size(0, 0), 2.0);
    cv::normalize(noise, noise, 10, 245, cv::NORM_MINMAX);
    cv::Mat out;
    noise.convertTo(out, CV_8UC3);
    return out;
}

cv::Mat inDepthAndLayout(const cv::Mat& bgr8, int depth, int channels)
{
    cv::Mat out;
    if (channels == 1)
        cv::cvtColor(bgr8, out, cv::COLOR_BGR2GRAY);
    else if (channels == 4)
        cv::cvtColor(bgr8, out, cv::COLOR_BGR2BGRA);
    else
        out = bgr8.clone();
    if (channels == 4) {
        // A non-trivial alpha that must come back untouched.
        std::vector<cv::Mat> planes;
        cv::split(out, planes);
        cv::randu(planes[3], 0, 256);
        cv::merge(planes, out);
    }
    if (depth == CV_16U)
        out.convertTo(out, CV_16U, 257.0);
    return out;
}

} // namespace

class TestFaceAlignment : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void eyesGiveTheTemplate()
    {
        const FaceLandmarks t = ffhqTemplate();
        const FaceLandmarks fromEyes = landmarksFromEyes(t[0], t[1]);
        for (size_t i = 0; i < t.size(); ++i)
            QVERIFY(cv::norm(fromEyes[i] - t[i]) < 1e-3);
        QCOMPARE(ffhqTemplate(256)[2].x, t[2].x / 2);
    }

    void recoversSimilarity_data()
    {
        QTest::addColumn<double>("degrees");
        QTest::addColumn<double>("scale");
        QTest::newRow("upright, enlarged 2.5x") << 0.0 << 2.5;
        QTest::newRow("tilted 25 degrees") << 25.0 << 1.3;
        QTest::newRow("tilted -60 degrees, reduced") << -60.0 << 0.4;
        QTest::newRow("on its side") << 90.0 << 1.0;
        QTest::newRow("upside down") << 180.0 << 3.0;
    }

    void recoversSimilarity()
    {
        QFETCH(double, degrees);
        QFETCH(double, scale);
        const cv::Matx23d truth = similarity(degrees, scale, {300.5, 211.25});
        auto estimated = estimateFaceAffine(imagePoints(truth));
        QVERIFY2(estimated.ok(), test::errorText(estimated).constData());
        for (int i = 0; i < 6; ++i)
            QVERIFY2(std::abs(estimated.value().val[i] - truth.val[i]) <
                         1e-3 * (1 + std::abs(truth.val[i])),
                     qPrintable(QStringLiteral("element %1: %2 vs %3")
                                    .arg(i)
                                    .arg(estimated.value().val[i])
                                    .arg(truth.val[i])));
    }

    void lmedsIgnoresOneBadLandmark()
    {
        const cv::Matx23d truth = similarity(10, 2.0, {200, 180});
        FaceLandmarks points = imagePoints(truth);
        points[3] += cv::Point2f(40, -25); // one wildly wrong mouth corner
        auto estimated = estimateFaceAffine(points);
        QVERIFY(estimated.ok());
        QVERIFY(cv::norm(cv::Mat(estimated.value()), cv::Mat(truth), cv::NORM_INF) < 0.05 * 256);
        QVERIFY(std::abs(estimated.value()(0, 0) - truth(0, 0)) < 0.02);
    }

    void refusesDegenerateLandmarks()
    {
        FaceLandmarks same;
        same.fill(cv::Point2f(10, 10));
        QVERIFY(!estimateFaceAffine(same).ok());
        FaceLandmarks nan = ffhqTemplate();
        nan[0].x = std::nanf("");
        QVERIFY(!estimateFaceAffine(nan).ok());
    }

    void cropSamplesTheMappedPixels()
    {
        // A linear ramp is reproduced exactly by bilinear sampling.
        cv::Mat ramp(400, 500, CV_16UC1);
        for (int y = 0; y < ramp.rows; ++y)
            for (int x = 0; x < ramp.cols; ++x)
                ramp.at<uint16_t>(y, x) = uint16_t(60 * x + 17 * y);
        const cv::Matx23d affine = similarity(30, 2.0, {250, 200});
        auto crop = warpAlignedFace(ramp, affine);
        QVERIFY(crop.ok());
        QCOMPARE(crop->size(), cv::Size(512, 512));
        cv::Matx23d inverse;
        cv::invertAffineTransform(affine, inverse);
        for (const cv::Point p : {cv::Point(256, 256), cv::Point(100, 400), cv::Point(300, 50)}) {
            const double x = inverse(0, 0) * p.x + inverse(0, 1) * p.y + inverse(0, 2);
            const double y = inverse(1, 0) * p.x + inverse(1, 1) * p.y + inverse(1, 2);
            const double expected = (60 * x + 17 * y) / 65535.0;
            QVERIFY(std::abs(crop->at<cv::Vec3f>(p)[1] - expected) < 1e-4);
        }
    }

    void outsideTheImageIsTheBorderColour()
    {
        const cv::Mat image = texture({200, 200}, 1);
        // The face centred on the top-left corner: three quarters of the crop are outside.
        auto crop = warpAlignedFace(image, similarity(0, 2.0, {0, 0}));
        QVERIFY(crop.ok());
        const cv::Vec3f outside = crop->at<cv::Vec3f>(20, 20);
        QVERIFY(std::abs(outside[0] - 135 / 255.0f) < 1e-6);
        QVERIFY(std::abs(outside[1] - 133 / 255.0f) < 1e-6);
        QVERIFY(std::abs(outside[2] - 132 / 255.0f) < 1e-6);
    }

    void roundTripReproducesTheImage_data()
    {
        QTest::addColumn<int>("depth");
        QTest::addColumn<int>("channels");
        QTest::addColumn<double>("degrees");
        QTest::addColumn<double>("scale");
        QTest::addColumn<double>("minPsnr");
        QTest::newRow("8-bit BGR, small face enlarged") << CV_8U << 3 << 12.0 << 2.5 << 40.0;
        QTest::newRow("16-bit BGR") << CV_16U << 3 << -20.0 << 2.0 << 40.0;
        QTest::newRow("8-bit gray") << CV_8U << 1 << 0.0 << 3.0 << 40.0;
        QTest::newRow("8-bit BGRA") << CV_8U << 4 << 45.0 << 2.0 << 40.0;
        // A face bigger than the crop loses detail by definition: only a sanity bound.
        QTest::newRow("large face reduced") << CV_8U << 3 << 5.0 << 0.6 << 25.0;
    }

    void roundTripReproducesTheImage()
    {
        QFETCH(int, depth);
        QFETCH(int, channels);
        QFETCH(double, degrees);
        QFETCH(double, scale);
        QFETCH(double, minPsnr);
        const cv::Mat original = inDepthAndLayout(texture({900, 700}, 2), depth, channels);
        const cv::Matx23d affine = similarity(degrees, scale, {450, 350});
        auto crop = warpAlignedFace(original, affine);
        QVERIFY(crop.ok());
        cv::Mat pasted = original.clone();
        QVERIFY(pasteFace(pasted, crop.value(), affine, 1.0).ok());

        const FacePlacement placement = placeFace(affine, 512, original.size());
        // Compare where the feathered mask is fully on: there the output is the
        // round trip alone.
        const cv::Mat mask = featheredFaceMask(placement, 512);
        cv::Rect inner = cv::boundingRect(mask > 0.999f) + placement.region.tl();
        QVERIFY(!inner.empty());
        const double value = test::psnr(pasted, original, inner);
        qInfo("round trip PSNR %.1f dB over %dx%d px", value, inner.width, inner.height);
        QVERIFY2(value > minPsnr, qPrintable(QString::number(value)));

        // Outside the face's region not a single value changed; nor did alpha anywhere.
        cv::Mat outside = cv::Mat::ones(original.size(), CV_8U);
        outside(placement.region).setTo(0);
        cv::Mat diff;
        cv::absdiff(pasted, original, diff);
        std::vector<cv::Mat> d;
        cv::split(diff, d);
        for (size_t c = 0; c < d.size(); ++c) {
            cv::Mat masked;
            d[c].copyTo(masked, outside);
            QCOMPARE(cv::countNonZero(masked), 0);
        }
        if (channels == 4)
            QCOMPARE(cv::countNonZero(d[3]), 0);
    }

    void weightZeroIsBitIdentical_data()
    {
        QTest::addColumn<int>("depth");
        QTest::addColumn<int>("channels");
        QTest::newRow("8-bit BGR") << CV_8U << 3;
        QTest::newRow("16-bit BGRA") << CV_16U << 4;
        QTest::newRow("8-bit gray") << CV_8U << 1;
    }

    void weightZeroIsBitIdentical()
    {
        QFETCH(int, depth);
        QFETCH(int, channels);
        const cv::Mat original = inDepthAndLayout(texture({600, 500}, 3), depth, channels);
        cv::Mat other(512, 512, CV_32FC3);
        cv::randu(other, 0.0f, 1.0f);
        const cv::Matx23d affine = similarity(8, 2.0, {300, 250});
        cv::Mat out = original.clone();
        QVERIFY(pasteFace(out, other, affine, 0.0).ok());
        QCOMPARE(cv::norm(out, original, cv::NORM_INF), 0.0);
        // The blend itself (not a shortcut) at alpha 0 is exact too.
        cv::Mat region = out(cv::Rect(100, 100, 300, 300));
        blendIntoPixels(region, cv::Mat(300, 300, CV_32FC3, cv::Scalar::all(0.77)),
                        cv::Mat::zeros(300, 300, CV_32F));
        QCOMPARE(cv::norm(out, original, cv::NORM_INF), 0.0);
    }

    void weightIsTheBlend()
    {
        const cv::Mat original = texture({600, 500}, 4);
        cv::Mat other(512, 512, CV_32FC3);
        cv::randu(other, 0.0f, 1.0f);
        const cv::Matx23d affine = similarity(-15, 1.8, {280, 260});
        cv::Mat full = original.clone(), half = original.clone();
        QVERIFY(pasteFace(full, other, affine, 1.0).ok());
        QVERIFY(pasteFace(half, other, affine, 0.5).ok());
        QVERIFY(cv::norm(full, original, cv::NORM_INF) > 50); // the face really changed
        // half = round((original + full_unrounded) / 2); full was rounded once.
        cv::Mat expected, a, b;
        original.convertTo(a, CV_32F);
        full.convertTo(b, CV_32F);
        expected = (a + b) * 0.5;
        cv::Mat got;
        half.convertTo(got, CV_32F);
        QVERIFY(cv::norm(got, expected, cv::NORM_INF) <= 1.0);
    }

    void featheredMaskFadesInsideTheSquare()
    {
        const cv::Matx23d affine = similarity(0, 2.0, {300, 300});
        const FacePlacement placement = placeFace(affine, 512, {600, 600});
        QCOMPARE(placement.region, cv::Rect(170, 170, 260, 260)); // 256 px square + 2 px each side
        const cv::Mat mask = featheredFaceMask(placement, 512);
        const cv::Point centre(130, 130);
        QCOMPARE(mask.at<float>(centre), 1.0f);
        QCOMPARE(mask.at<float>(2, 130), 0.0f); // the square's edge
        // The edge width is sqrt(area) / 20 = 12 px: a ramp, monotone towards the centre.
        float previous = 0;
        for (int y = 2; y <= 40; ++y) {
            QVERIFY(mask.at<float>(y, 130) >= previous);
            previous = mask.at<float>(y, 130);
        }
        QVERIFY(mask.at<float>(16, 130) > 0.0f && mask.at<float>(16, 130) < 1.0f);
    }

    void faceCutByTheImageEdge()
    {
        const cv::Mat original = texture({300, 200}, 5);
        const cv::Matx23d affine = similarity(0, 2.0, {290, 100}); // right half outside
        auto crop = warpAlignedFace(original, affine);
        QVERIFY(crop.ok());
        cv::Mat pasted = original.clone();
        QVERIFY(pasteFace(pasted, crop.value(), affine, 1.0).ok());
        const FacePlacement placement = placeFace(affine, 512, original.size());
        QCOMPARE(placement.region.br().x, 300);
        // The mask reaches the image edge (no feathering against the outside).
        const cv::Mat mask = featheredFaceMask(placement, 512);
        QCOMPARE(mask.at<float>(100 - placement.region.y, mask.cols - 1), 1.0f);
        QVERIFY(test::psnr(pasted, original, cv::Rect(250, 60, 50, 80)) > 40);
    }

    void faceEntirelyOutsideChangesNothing()
    {
        const cv::Mat original = texture({200, 200}, 6);
        cv::Mat out = original.clone();
        cv::Mat face(512, 512, CV_32FC3, cv::Scalar::all(1));
        QVERIFY(pasteFace(out, face, similarity(0, 2.0, {-500, -500}), 1.0).ok());
        QCOMPARE(cv::norm(out, original, cv::NORM_INF), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestFaceAlignment)
#include "tst_face_alignment.moc"
