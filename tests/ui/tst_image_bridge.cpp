#include "ui/image_bridge.h"

#include <cstring>

#include <QTest>

#include <opencv2/core.hpp>

#include "core/image/image.h"

using namespace hires::ui;

namespace {

const QRgba64* row64(const QImage& image, int y)
{
    return reinterpret_cast<const QRgba64*>(image.constScanLine(y));
}

const quint16* row16(const QImage& image, int y)
{
    return reinterpret_cast<const quint16*>(image.constScanLine(y));
}

bool sameMat(const cv::Mat& a, const cv::Mat& b)
{
    return a.type() == b.type() && a.size() == b.size() && cv::norm(a, b, cv::NORM_INF) == 0;
}

} // namespace

class TestImageBridge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void gray8()
    {
        cv::Mat mat = (cv::Mat_<uchar>(2, 3) << 0, 1, 2, 127, 128, 255);
        const QImage image = toQImage(mat);
        QCOMPARE(image.format(), QImage::Format_Grayscale8);
        QCOMPARE(image.size(), QSize(3, 2));
        QCOMPARE(image.constScanLine(0)[2], uchar(2));
        QCOMPARE(image.constScanLine(1)[0], uchar(127));
        QCOMPARE(image.constScanLine(1)[2], uchar(255));
        QVERIFY(sameMat(toMat(image), mat));
    }

    void gray16()
    {
        cv::Mat mat = (cv::Mat_<ushort>(2, 3) << 0, 1, 257, 40000, 65534, 65535);
        const QImage image = toQImage(mat);
        QCOMPARE(image.format(), QImage::Format_Grayscale16);
        QCOMPARE(row16(image, 0)[1], quint16(1));
        QCOMPARE(row16(image, 0)[2], quint16(257));
        QCOMPARE(row16(image, 1)[0], quint16(40000));
        QCOMPARE(row16(image, 1)[2], quint16(65535));
        QVERIFY(sameMat(toMat(image), mat));
    }

    void bgr8()
    {
        cv::Mat mat(2, 2, CV_8UC3);
        mat.at<cv::Vec3b>(0, 0) = {10, 20, 30}; // B, G, R
        mat.at<cv::Vec3b>(0, 1) = {255, 0, 0};
        mat.at<cv::Vec3b>(1, 0) = {0, 0, 255};
        mat.at<cv::Vec3b>(1, 1) = {1, 128, 254};
        const QImage image = toQImage(mat);
        QCOMPARE(image.format(), QImage::Format_RGB888);
        QCOMPARE(image.pixel(0, 0), qRgb(30, 20, 10));
        QCOMPARE(image.pixel(1, 0), qRgb(0, 0, 255)); // pure blue stays blue
        QCOMPARE(image.pixel(0, 1), qRgb(255, 0, 0)); // pure red stays red
        QCOMPARE(image.pixel(1, 1), qRgb(254, 128, 1));
        QVERIFY(sameMat(toMat(image), mat));
    }

    void bgra8StraightAlpha()
    {
        cv::Mat mat(1, 3, CV_8UC4);
        mat.at<cv::Vec4b>(0, 0) = {10, 20, 30, 128};
        mat.at<cv::Vec4b>(0, 1) = {255, 255, 255, 0}; // colour kept under zero alpha
        mat.at<cv::Vec4b>(0, 2) = {0, 0, 200, 255};
        const QImage image = toQImage(mat);
        QCOMPARE(image.format(), QImage::Format_ARGB32);
        // Not premultiplied: the colour is kept as it was, whatever the alpha.
        QCOMPARE(image.pixel(0, 0), qRgba(30, 20, 10, 128));
        QCOMPARE(image.pixel(1, 0), qRgba(255, 255, 255, 0));
        QCOMPARE(image.pixel(2, 0), qRgba(200, 0, 0, 255));
        QVERIFY(sameMat(toMat(image), mat));
    }

    void bgr16()
    {
        cv::Mat mat(1, 2, CV_16UC3);
        mat.at<cv::Vec3w>(0, 0) = {1000, 2000, 3000};
        mat.at<cv::Vec3w>(0, 1) = {65535, 1, 257};
        const QImage image = toQImage(mat);
        QCOMPARE(image.format(), QImage::Format_RGBX64);
        const QRgba64* row = row64(image, 0);
        QCOMPARE(row[0].red(), quint16(3000));
        QCOMPARE(row[0].green(), quint16(2000));
        QCOMPARE(row[0].blue(), quint16(1000));
        QCOMPARE(row[0].alpha(), quint16(65535));
        QCOMPARE(row[1].red(), quint16(257));
        QCOMPARE(row[1].blue(), quint16(65535));
        QVERIFY(sameMat(toMat(image), mat));
    }

    void bgra16()
    {
        cv::Mat mat(1, 1, CV_16UC4);
        mat.at<cv::Vec4w>(0, 0) = {100, 200, 300, 12345};
        const QImage image = toQImage(mat);
        QCOMPARE(image.format(), QImage::Format_RGBA64);
        const QRgba64 pixel = row64(image, 0)[0];
        QCOMPARE(pixel.red(), quint16(300));
        QCOMPARE(pixel.green(), quint16(200));
        QCOMPARE(pixel.blue(), quint16(100));
        QCOMPARE(pixel.alpha(), quint16(12345)); // straight: colour not scaled by alpha
        QVERIFY(sameMat(toMat(image), mat));
    }

    void paddedRowsAndRegions()
    {
        // An odd-width RGB888 image has padded rows; a Mat region is not continuous.
        cv::Mat big(5, 7, CV_8UC3);
        cv::randu(big, 0, 256);
        const cv::Mat region = big(cv::Rect(1, 1, 3, 3));
        QVERIFY(!region.isContinuous());
        const QImage image = toQImage(region);
        QVERIFY(image.bytesPerLine() > 3 * 3);
        const cv::Vec3b bgr = region.at<cv::Vec3b>(2, 1);
        QCOMPARE(image.pixel(1, 2), qRgb(bgr[2], bgr[1], bgr[0]));
        QVERIFY(sameMat(toMat(image), region));
    }

    void refusedMatTypes_data()
    {
        QTest::addColumn<int>("type");
        QTest::newRow("8UC2 gray+alpha") << int(CV_8UC2);
        QTest::newRow("32FC3 float") << int(CV_32FC3);
        QTest::newRow("16SC1 signed") << int(CV_16SC1);
        QTest::newRow("8UC(5)") << int(CV_8UC(5));
    }
    void refusedMatTypes()
    {
        QFETCH(int, type);
        cv::Mat mat(2, 2, type);
        std::memset(mat.data, 1, mat.total() * mat.elemSize());
        QVERIFY(toQImage(mat).isNull());
        QVERIFY(viewAsQImage(mat).isNull());
    }

    void emptyInputs()
    {
        QVERIFY(toQImage(cv::Mat()).isNull());
        QVERIFY(toMat(QImage()).empty());
        QVERIFY(viewAsQImage(cv::Mat()).isNull());
    }

    void otherQtFormats()
    {
        QImage rgb32(2, 1, QImage::Format_RGB32);
        rgb32.setPixel(0, 0, qRgb(1, 2, 3));
        rgb32.setPixel(1, 0, qRgb(250, 128, 0));
        cv::Mat bgr = toMat(rgb32);
        QCOMPARE(bgr.type(), CV_8UC3);
        QCOMPARE(bgr.at<cv::Vec3b>(0, 0), cv::Vec3b(3, 2, 1));
        QCOMPARE(bgr.at<cv::Vec3b>(0, 1), cv::Vec3b(0, 128, 250));

        QImage bgr888(1, 1, QImage::Format_BGR888);
        bgr888.setPixel(0, 0, qRgb(9, 8, 7));
        QCOMPARE(toMat(bgr888).at<cv::Vec3b>(0, 0), cv::Vec3b(7, 8, 9));

        // Premultiplied input comes back with straight alpha.
        QImage premultiplied(1, 1, QImage::Format_ARGB32_Premultiplied);
        premultiplied.setPixel(0, 0, qRgba(100, 50, 0, 128)); // stored premultiplied
        const cv::Vec4b straight = toMat(premultiplied).at<cv::Vec4b>(0, 0);
        QCOMPARE(int(straight[3]), 128);
        QVERIFY(qAbs(int(straight[2]) - 200) <= 2); // 100 / (128/255)
        QVERIFY(qAbs(int(straight[1]) - 100) <= 2);

        QImage gray8Palette(2, 1, QImage::Format_Indexed8);
        gray8Palette.setColorTable({qRgb(0, 0, 0), qRgb(77, 77, 77)});
        gray8Palette.setPixel(0, 0, 1);
        gray8Palette.setPixel(1, 0, 0);
        const cv::Mat gray = toMat(gray8Palette);
        QCOMPARE(gray.type(), CV_8UC1);
        QCOMPARE(int(gray.at<uchar>(0, 0)), 77);

        QImage colourPalette(1, 1, QImage::Format_Indexed8);
        colourPalette.setColorTable({qRgb(10, 20, 30)});
        colourPalette.setPixel(0, 0, 0);
        QCOMPARE(toMat(colourPalette).at<cv::Vec3b>(0, 0), cv::Vec3b(30, 20, 10));

        QImage tenBit(1, 1, QImage::Format_RGB30);
        tenBit.setPixelColor(0, 0, QColor::fromRgba64(65535, 0, 0));
        const cv::Mat deep = toMat(tenBit);
        QCOMPARE(deep.type(), CV_16UC3); // more than 8 bits stays 16-bit
        QCOMPARE(deep.at<cv::Vec3w>(0, 0), cv::Vec3w(0, 0, 65535));

        QImage floats(1, 1, QImage::Format_RGBA32FPx4);
        floats.setPixelColor(0, 0, QColor::fromRgbF(0.0f, 1.0f, 0.0f, 1.0f));
        const cv::Mat fromFloat = toMat(floats);
        QCOMPARE(fromFloat.type(), CV_16UC4);
        QCOMPARE(fromFloat.at<cv::Vec4w>(0, 0), cv::Vec4w(0, 65535, 0, 65535));
    }

    void imageOverload()
    {
        hires::Image image;
        image.pixels = cv::Mat(3, 4, CV_16UC1, cv::Scalar(4242));
        const QImage qimage = toQImage(image);
        QCOMPARE(qimage.format(), QImage::Format_Grayscale16);
        QCOMPARE(qimage.size(), QSize(4, 3));
        QCOMPARE(row16(qimage, 2)[3], quint16(4242));
    }

    void sharedViewKeepsBufferAlive()
    {
        QImage view;
        const uchar* buffer = nullptr;
        {
            cv::Mat mat(2, 2, CV_8UC3, cv::Scalar(1, 2, 3));
            buffer = mat.data;
            view = viewAsQImage(mat);
            QCOMPARE(view.format(), QImage::Format_BGR888);
            QCOMPARE(view.constBits(), buffer);     // no copy
            mat.at<cv::Vec3b>(1, 1) = {40, 50, 60}; // seen through the view
        } // the Mat is gone; the view still holds the buffer
        QCOMPARE(view.pixel(0, 0), qRgb(3, 2, 1));
        QCOMPARE(view.pixel(1, 1), qRgb(60, 50, 40));

        // Writing through the QImage detaches: the Mat is never modified.
        cv::Mat source(1, 1, CV_8UC1, cv::Scalar(9));
        QImage copy = viewAsQImage(source);
        copy.bits()[0] = 200;
        QCOMPARE(int(source.at<uchar>(0, 0)), 9);
        QCOMPARE(int(copy.constBits()[0]), 200);
    }

    void sharedViewFormats()
    {
        cv::Mat gray16(1, 1, CV_16UC1, cv::Scalar(60000));
        QCOMPARE(viewAsQImage(gray16).format(), QImage::Format_Grayscale16);
        QCOMPARE(row16(viewAsQImage(gray16), 0)[0], quint16(60000));
        cv::Mat bgra(1, 1, CV_8UC4, cv::Scalar(10, 20, 30, 40));
        if (QSysInfo::ByteOrder == QSysInfo::LittleEndian)
            QCOMPARE(viewAsQImage(bgra).pixel(0, 0), qRgba(30, 20, 10, 40));
        QVERIFY(viewAsQImage(cv::Mat(1, 1, CV_16UC3)).isNull()); // no matching QImage layout
    }
};

QTEST_GUILESS_MAIN(TestImageBridge)
#include "tst_image_bridge.moc"
