// preflightEncode: what a format cannot hold is refused with advice (size
// limits, options out of range, pixels outside the contract), and what the
// output will lose or convert is listed in notes.
#include "core/image/image_encoder.h"

#include <QTest>

#include <opencv2/core.hpp>

using namespace hires;

Q_DECLARE_METATYPE(hires::ImageFormat)
Q_DECLARE_METATYPE(hires::ErrorCode)

class TestEncodePreflight : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void preflight_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("type");
        QTest::addColumn<ImageFormat>("format");
        QTest::addColumn<int>("quality");
        QTest::addColumn<ErrorCode>("error"); // Internal = accepted
        QTest::addColumn<QString>("message");
        const auto ok = ErrorCode::Internal;
        QTest::newRow("WebP 16383") << 16383 << 2 << CV_8UC3 << ImageFormat::Webp << 90 << ok << "";
        QTest::newRow("WebP 16384")
            << 16384 << 2 << CV_8UC3 << ImageFormat::Webp << 90 << ErrorCode::TooLarge
            << "WebP holds at most 16383 pixels a side and this image is "
               "16384 x 2: save it as PNG or TIFF instead";
        QTest::newRow("WebP tall") << 2 << 20000 << CV_8UC1 << ImageFormat::Webp << 90
                                   << ErrorCode::TooLarge << "PNG or TIFF";
        QTest::newRow("JPEG 65500") << 65500 << 1 << CV_8UC1 << ImageFormat::Jpeg << 90 << ok << "";
        QTest::newRow("JPEG 65501") << 65501 << 1 << CV_8UC1 << ImageFormat::Jpeg << 90
                                    << ErrorCode::TooLarge << "save it as PNG or TIFF instead";
        QTest::newRow("PNG 65535") << 65535 << 1 << CV_16UC4 << ImageFormat::Png << 90 << ok << "";
        QTest::newRow("PNG 65536") << 1 << 65536 << CV_8UC1 << ImageFormat::Png << 90
                                   << ErrorCode::TooLarge << "scale it down";
        QTest::newRow("TIFF 70000") << 70000 << 1 << CV_8UC1 << ImageFormat::Tiff << 90
                                    << ErrorCode::TooLarge << "TIFF holds at most 65535";
        QTest::newRow("quality 0") << 8 << 8 << CV_8UC3 << ImageFormat::Jpeg << 0
                                   << ErrorCode::InvalidArgument << "quality 0";
        QTest::newRow("quality 101") << 8 << 8 << CV_8UC3 << ImageFormat::Webp << 101
                                     << ErrorCode::InvalidArgument << "quality 101";
        QTest::newRow("float pixels") << 8 << 8 << CV_32FC3 << ImageFormat::Png << 90
                                      << ErrorCode::InvalidArgument << "expected 8- or 16-bit";
        QTest::newRow("2 channels") << 8 << 8 << CV_8UC2 << ImageFormat::Png << 90
                                    << ErrorCode::InvalidArgument << "2 channels";
        QTest::newRow("empty") << 0 << 0 << CV_8UC3 << ImageFormat::Png << 90
                               << ErrorCode::InvalidArgument << "no pixels";
    }

    void preflight()
    {
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(int, type);
        QFETCH(ImageFormat, format);
        QFETCH(int, quality);
        QFETCH(ErrorCode, error);
        QFETCH(QString, message);
        Image image;
        if (width > 0)
            image.pixels = cv::Mat(height, width, type, cv::Scalar::all(0));
        const EncodeOptions options{format, quality};
        Result<void> r = preflightEncode(image, options);
        if (error == ErrorCode::Internal) {
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
            return;
        }
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, error);
        QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
        Result<QByteArray> bytes = encodeImage(image, options); // refuses the same way
        QVERIFY(!bytes.ok());
        QCOMPARE(bytes.error().code, error);
    }

    void notes_data()
    {
        QTest::addColumn<ImageFormat>("format");
        QTest::addColumn<int>("type");
        QTest::addColumn<bool>("withText");
        QTest::addColumn<bool>("withExif");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("PNG keeps all")
            << ImageFormat::Png << CV_16UC4 << true << true << QStringList();
        QTest::newRow("JPEG 16-bit alpha text")
            << ImageFormat::Jpeg << CV_16UC4 << true << false
            << QStringList{"converted to 8 bits", "composited onto white", "PNG text chunks"};
        QTest::newRow("WebP gray")
            << ImageFormat::Webp << CV_8UC1 << false << false << QStringList{"no grayscale mode"};
        QTest::newRow("TIFF exif") << ImageFormat::Tiff << CV_8UC3 << false << true
                                   << QStringList{"TIFF output does not carry EXIF"};
    }

    void notes()
    {
        QFETCH(ImageFormat, format);
        QFETCH(int, type);
        QFETCH(bool, withText);
        QFETCH(bool, withExif);
        QFETCH(QStringList, expected);
        Image image;
        image.pixels = cv::Mat(4, 4, type, cv::Scalar::all(0));
        if (withText)
            image.metadata.text[QStringLiteral("parameters")] = QStringLiteral("steps 20");
        if (withExif)
            image.metadata.exif = QByteArray("II*\0\x08\0\0\0\0\0\0\0\0\0", 14);
        QStringList notes;
        QVERIFY(preflightEncode(image, {format}, &notes).ok());
        QCOMPARE(notes.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i)
            QVERIFY2(notes[i].contains(expected[i]), qPrintable(notes[i]));
    }
};

QTEST_GUILESS_MAIN(TestEncodePreflight)
#include "tst_encode_preflight.moc"
