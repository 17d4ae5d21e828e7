// Alignment to a common size: which size, how each image is resampled, and
// when the shapes disagree.
#include "core/compare/image_alignment.h"

#include <QTest>

Q_DECLARE_METATYPE(cv::Size)

using namespace hires;

class TstImageAlignment : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void commonSize_data()
    {
        QTest::addColumn<cv::Size>("a");
        QTest::addColumn<cv::Size>("b");
        QTest::addColumn<cv::Size>("expected");
        QTest::newRow("equal") << cv::Size(40, 30) << cv::Size(40, 30) << cv::Size(40, 30);
        QTest::newRow("b is the upscale")
            << cv::Size(40, 30) << cv::Size(160, 120) << cv::Size(160, 120);
        QTest::newRow("a is the upscale")
            << cv::Size(160, 120) << cv::Size(40, 30) << cv::Size(160, 120);
        QTest::newRow("tie keeps a") << cv::Size(20, 10) << cv::Size(10, 20) << cv::Size(20, 10);
        QTest::newRow("by area, not width")
            << cv::Size(100, 10) << cv::Size(50, 50) << cv::Size(50, 50);
    }
    void commonSize()
    {
        QFETCH(cv::Size, a);
        QFETCH(cv::Size, b);
        QFETCH(cv::Size, expected);
        QCOMPARE(hires::commonSize(a, b), expected);
    }

    void enlargingKeepsPixels()
    {
        cv::Mat small(2, 2, CV_8UC3);
        small.at<cv::Vec3b>(0, 0) = {1, 2, 3};
        small.at<cv::Vec3b>(0, 1) = {40, 50, 60};
        small.at<cv::Vec3b>(1, 0) = {70, 80, 90};
        small.at<cv::Vec3b>(1, 1) = {200, 210, 220};
        const cv::Mat big = resizeForComparison(small, cv::Size(8, 8));
        QCOMPARE(big.size(), cv::Size(8, 8));
        for (int y = 0; y < 8; ++y)
            for (int x = 0; x < 8; ++x)
                QCOMPARE(big.at<cv::Vec3b>(y, x), small.at<cv::Vec3b>(y / 4, x / 4));
    }

    void reducingAverages()
    {
        cv::Mat big(4, 4, CV_8UC1, cv::Scalar(0));
        big(cv::Rect(0, 0, 2, 2)).setTo(100); // top-left block
        big.at<uchar>(3, 3) = 200;            // one of four in the bottom-right block
        const cv::Mat small = resizeForComparison(big, cv::Size(2, 2));
        QCOMPARE(small.type(), CV_8UC3);
        QCOMPARE(small.at<cv::Vec3b>(0, 0), cv::Vec3b(100, 100, 100));
        QCOMPARE(small.at<cv::Vec3b>(1, 1), cv::Vec3b(50, 50, 50));
        QCOMPARE(small.at<cv::Vec3b>(0, 1), cv::Vec3b(0, 0, 0));
    }

    void pairOfUpscaleAndInput()
    {
        cv::Mat input(30, 40, CV_16UC1, cv::Scalar(257 * 9));
        cv::Mat upscale(120, 160, CV_8UC4, cv::Scalar(1, 2, 3, 255));
        const Result<AlignedPair> pair = alignPair(input, upscale);
        QVERIFY(pair.ok());
        QCOMPARE(pair->size, cv::Size(160, 120));
        QCOMPARE(pair->a.type(), CV_8UC3);
        QCOMPARE(pair->b.type(), CV_8UC3);
        QCOMPARE(pair->a.size(), pair->size);
        QVERIFY(pair->aResized);
        QVERIFY(!pair->bResized);
        QVERIFY(!pair->aspectDiffers);
        QCOMPARE(pair->a.at<cv::Vec3b>(119, 159), cv::Vec3b(9, 9, 9));
        QCOMPARE(pair->b.at<cv::Vec3b>(0, 0), cv::Vec3b(1, 2, 3));
    }

    void aspect_data()
    {
        QTest::addColumn<cv::Size>("a");
        QTest::addColumn<cv::Size>("b");
        QTest::addColumn<bool>("differs");
        QTest::newRow("same") << cv::Size(50, 40) << cv::Size(50, 40) << false;
        QTest::newRow("x4") << cv::Size(451, 300) << cv::Size(1804, 1200) << false;
        // int(w * 2.5) rounding keeps the shape within a source pixel.
        QTest::newRow("x2.5 rounded") << cv::Size(451, 301) << cv::Size(1127, 752) << false;
        QTest::newRow("square vs wide") << cv::Size(100, 100) << cv::Size(200, 100) << true;
        QTest::newRow("portrait vs landscape") << cv::Size(30, 40) << cv::Size(160, 120) << true;
    }
    void aspect()
    {
        QFETCH(cv::Size, a);
        QFETCH(cv::Size, b);
        QFETCH(bool, differs);
        const Result<AlignedPair> pair =
            alignPair(cv::Mat(a, CV_8UC3, cv::Scalar(0)), cv::Mat(b, CV_8UC3, cv::Scalar(0)));
        QVERIFY(pair.ok());
        QCOMPARE(pair->aspectDiffers, differs);
    }

    void refusesUnsupported()
    {
        QVERIFY(!alignPair(cv::Mat(), cv::Mat(2, 2, CV_8UC3)).ok());
        QVERIFY(!alignPair(cv::Mat(2, 2, CV_32FC1), cv::Mat(2, 2, CV_8UC3)).ok());
    }
};

QTEST_GUILESS_MAIN(TstImageAlignment)
#include "tst_image_alignment.moc"
