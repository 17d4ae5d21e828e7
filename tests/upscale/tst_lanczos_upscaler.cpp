// LanczosUpscaler: OpenCV's Lanczos-4 with exact sizes, depth, channels and metadata kept.
#include "core/upscale/lanczos_upscaler.h"

#include <QTest>

#include <opencv2/imgproc.hpp>

using namespace hires;

class TestLanczosUpscaler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesOpenCv_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<double>("scale");
        QTest::addColumn<int>("outWidth");
        QTest::addColumn<int>("outHeight");
        QTest::newRow("8-bit BGR x2") << CV_8UC3 << 40 << 30 << 2.0 << 80 << 60;
        QTest::newRow("16-bit BGR x3") << CV_16UC3 << 21 << 11 << 3.0 << 63 << 33;
        QTest::newRow("gray x1.5 truncates") << CV_8UC1 << 33 << 17 << 1.5 << 49 << 25;
        QTest::newRow("BGRA x4") << CV_8UC4 << 7 << 5 << 4.0 << 28 << 20;
        QTest::newRow("1x1 x2") << CV_8UC3 << 1 << 1 << 2.0 << 2 << 2;
        QTest::newRow("downscale x0.5") << CV_16UC1 << 9 << 9 << 0.5 << 4 << 4;
        QTest::newRow("tiny scale keeps one pixel") << CV_8UC3 << 3 << 3 << 0.1 << 1 << 1;
    }

    void matchesOpenCv()
    {
        QFETCH(int, type);
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(double, scale);
        QFETCH(int, outWidth);
        QFETCH(int, outHeight);
        Image in;
        in.pixels = cv::Mat(height, width, type);
        cv::randu(in.pixels, cv::Scalar::all(0),
                  cv::Scalar::all(CV_MAT_DEPTH(type) == CV_16U ? 65535 : 255));
        in.metadata.text[QStringLiteral("parameters")] = QStringLiteral("a photo");
        in.sourceFormat = ImageFormat::Png;
        UpscaleOptions o;
        o.outScale = scale;
        int calls = 0;
        LanczosUpscaler up;
        Result<UpscaleResult> r = up.upscale(in, o, [&](int done, int total, const QString&) {
            ++calls;
            QCOMPARE(done, total);
        });
        QVERIFY(r.ok());
        QCOMPARE(r->image.pixels.type(), type);
        QCOMPARE(r->image.width(), outWidth);
        QCOMPARE(r->image.height(), outHeight);
        cv::Mat expected;
        cv::resize(in.pixels, expected, cv::Size(outWidth, outHeight), 0, 0, cv::INTER_LANCZOS4);
        QCOMPARE(cv::norm(r->image.pixels, expected, cv::NORM_INF), 0.0);
        QCOMPARE(r->image.metadata.text, in.metadata.text);
        QCOMPARE(r->image.sourceFormat, in.sourceFormat);
        QCOMPARE(calls, 1);
        QCOMPARE(r->provenance.used, QStringLiteral("lanczos"));
        QCOMPARE(r->provenance.requested, QStringLiteral("lanczos"));
        QVERIFY(!r->provenance.fellBack());
        QCOMPARE(r->provenance.timings.size(), size_t(1));
    }

    void refusesBadRequests_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<double>("scale");
        QTest::addColumn<int>("code");
        QTest::newRow("empty image") << 0 << 2.0 << int(ErrorCode::InvalidArgument);
        QTest::newRow("zero scale") << 10 << 0.0 << int(ErrorCode::InvalidArgument);
        QTest::newRow("NaN scale") << 10 << std::nan("") << int(ErrorCode::InvalidArgument);
        QTest::newRow("over the side limit") << 10 << 7000.0 << int(ErrorCode::TooLarge);
    }

    void refusesBadRequests()
    {
        QFETCH(int, width);
        QFETCH(double, scale);
        QFETCH(int, code);
        Image in;
        if (width > 0)
            in.pixels = cv::Mat(width, width, CV_8UC3, cv::Scalar::all(9));
        UpscaleOptions o;
        o.outScale = scale;
        LanczosUpscaler up;
        Result<UpscaleResult> r = up.upscale(in, o);
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().code), code);
    }

    void cancelledBeforeStart()
    {
        Image in;
        in.pixels = cv::Mat(8, 8, CV_8UC3, cv::Scalar::all(9));
        std::atomic<bool> cancel{true};
        LanczosUpscaler up;
        Result<UpscaleResult> r = up.upscale(in, {}, {}, &cancel);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestLanczosUpscaler)
#include "tst_lanczos_upscaler.moc"
