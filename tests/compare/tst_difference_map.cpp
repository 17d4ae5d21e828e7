// The difference map: exact magnitudes on known pixels, the colour map's ends
// (matplotlib's "inferno", which OpenCV's table reproduces), and statistics.
#include "core/compare/difference_map.h"

#include <QTest>

#include <opencv2/imgproc.hpp>

Q_DECLARE_METATYPE(cv::Mat)

using namespace hires;

class TstDifferenceMap : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void magnitude_data()
    {
        QTest::addColumn<cv::Scalar>("a");
        QTest::addColumn<cv::Scalar>("b");
        QTest::addColumn<double>("gain");
        QTest::addColumn<int>("expected");
        QTest::newRow("equal") << cv::Scalar(10, 20, 30) << cv::Scalar(10, 20, 30) << 4.0 << 0;
        QTest::newRow("blue +3, x4")
            << cv::Scalar(10, 20, 30) << cv::Scalar(13, 20, 30) << 4.0 << 12;
        QTest::newRow("largest channel counts")
            << cv::Scalar(10, 20, 30) << cv::Scalar(12, 25, 29) << 1.0 << 5;
        QTest::newRow("negative difference")
            << cv::Scalar(50, 50, 50) << cv::Scalar(40, 50, 50) << 2.0 << 20;
        QTest::newRow("clipped at 255")
            << cv::Scalar(10, 20, 30) << cv::Scalar(10, 20, 100) << 4.0 << 255;
        QTest::newRow("gain 1") << cv::Scalar(10, 20, 30) << cv::Scalar(10, 20, 100) << 1.0 << 70;
        QTest::newRow("fractional gain rounds")
            << cv::Scalar(0, 0, 0) << cv::Scalar(0, 0, 5) << 1.5 << 8;
    }
    void magnitude()
    {
        QFETCH(cv::Scalar, a);
        QFETCH(cv::Scalar, b);
        QFETCH(double, gain);
        QFETCH(int, expected);
        const cv::Mat first(3, 5, CV_8UC3, a);
        const cv::Mat second(3, 5, CV_8UC3, b);
        const Result<cv::Mat> map = differenceMagnitude(first, second, gain);
        QVERIFY(map.ok());
        QCOMPARE(map->type(), CV_8UC1);
        QCOMPARE(map->size(), first.size());
        QCOMPARE(cv::countNonZero(*map != expected), 0);
    }

    void onlyTheChangedPixelLights()
    {
        cv::Mat a(6, 8, CV_8UC3, cv::Scalar(100, 100, 100));
        cv::Mat b = a.clone();
        b.at<cv::Vec3b>(2, 5) = cv::Vec3b(100, 110, 100);
        const Result<cv::Mat> map = differenceMagnitude(a, b, 4.0);
        QCOMPARE(map->at<uchar>(2, 5), uchar(40));
        QCOMPARE(cv::countNonZero(*map), 1);
    }

    void depthsAndLayoutsCompareAsColour()
    {
        cv::Mat eight(4, 4, CV_8UC3, cv::Scalar(9, 99, 199));
        cv::Mat sixteen;
        eight.convertTo(sixteen, CV_16U, 257.0);
        cv::Mat withAlpha;
        cv::cvtColor(eight, withAlpha, cv::COLOR_BGR2BGRA);
        QCOMPARE(cv::countNonZero(*differenceMagnitude(eight, sixteen, 8.0)), 0);
        QCOMPARE(cv::countNonZero(*differenceMagnitude(eight, withAlpha, 8.0)), 0);
        cv::Mat gray(4, 4, CV_8UC1, cv::Scalar(99));
        // Gray 99 against (9, 99, 199): the largest channel difference is 100.
        QCOMPARE(differenceMagnitude(gray, eight, 1.0)->at<uchar>(0, 0), uchar(100));
    }

    void colourMapEnds()
    {
        cv::Mat ramp(1, 256, CV_8UC1);
        for (int i = 0; i < 256; ++i)
            ramp.at<uchar>(0, i) = uchar(i);
        const cv::Mat coloured = colourMapDifference(ramp);
        QCOMPARE(coloured.type(), CV_8UC3);
        // inferno(0) = RGB (0, 0, 4) and inferno(1) = RGB (252, 255, 164) in matplotlib.
        const cv::Vec3b zero = coloured.at<cv::Vec3b>(0, 0);
        const cv::Vec3b top = coloured.at<cv::Vec3b>(0, 255);
        QVERIFY(zero[0] <= 5 && zero[1] <= 1 && zero[2] <= 1);
        QVERIFY(std::abs(top[2] - 252) <= 1 && std::abs(top[1] - 255) <= 1 &&
                std::abs(top[0] - 164) <= 1);
        // Brightness rises with the difference, so more difference always reads brighter.
        cv::Mat luma;
        cv::cvtColor(coloured, luma, cv::COLOR_BGR2GRAY);
        for (int i = 8; i < 256; i += 8)
            QVERIFY2(luma.at<uchar>(0, i) > luma.at<uchar>(0, i - 8),
                     qPrintable(QString::number(i)));
        QVERIFY(colourMapDifference(cv::Mat(2, 2, CV_8UC3)).empty());
    }

    void mapOfKnownImages()
    {
        // Left half equal, right half differs by 10 in red: x4 -> magnitude 40.
        cv::Mat a(4, 8, CV_8UC3, cv::Scalar(50, 60, 70));
        cv::Mat b = a.clone();
        b.colRange(4, 8) += cv::Scalar(0, 0, 10);
        const Result<cv::Mat> map = differenceMap(a, b, 4.0);
        QVERIFY(map.ok());
        cv::Mat expectedLevels(4, 8, CV_8UC1, cv::Scalar(0));
        expectedLevels.colRange(4, 8).setTo(40);
        const cv::Mat expected = colourMapDifference(expectedLevels);
        QCOMPARE(cv::norm(*map, expected, cv::NORM_INF), 0.0);
        QVERIFY(map->at<cv::Vec3b>(0, 5) != map->at<cv::Vec3b>(0, 1));
    }

    void stats()
    {
        cv::Mat a(10, 10, CV_8UC3, cv::Scalar(0, 0, 0));
        cv::Mat b = a.clone();
        b.rowRange(0, 2).setTo(cv::Scalar(0, 20, 0)); // 20 rows' worth: 20 % of the pixels
        b.at<cv::Vec3b>(9, 9) = cv::Vec3b(5, 0, 0);   // below the "changed" threshold
        const Result<DifferenceStats> s = differenceStats(a, b);
        QVERIFY(s.ok());
        QCOMPARE(s->maxAbs, 20);
        QCOMPARE(s->meanAbs, (20.0 * 20 + 5) / 100.0);
        QCOMPARE(s->changedFraction, 0.2);
    }

    void errors()
    {
        const cv::Mat a(4, 4, CV_8UC3, cv::Scalar(0));
        const Result<cv::Mat> sizes = differenceMagnitude(a, cv::Mat(4, 6, CV_8UC3), 1.0);
        QVERIFY(!sizes.ok());
        QVERIFY(sizes.error().message.contains(QStringLiteral("4x4")));
        QVERIFY(!differenceMagnitude(a, a, 0.0).ok());
        QVERIFY(!differenceMagnitude(a, cv::Mat(4, 4, CV_32FC3), 1.0).ok());
        QVERIFY(!differenceStats(a, cv::Mat()).ok());
    }
};

QTEST_GUILESS_MAIN(TstDifferenceMap)
#include "tst_difference_map.moc"
