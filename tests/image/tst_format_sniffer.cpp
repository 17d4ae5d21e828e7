// Recognising files by their first bytes: the four formats we read, and the
// ones we refuse named in the message.
#include "core/image/format_sniffer_p.h"

#include "core/image/image_decoder.h"

#include <QTest>

using namespace hires;

Q_DECLARE_METATYPE(std::optional<hires::ImageFormat>)

class TestFormatSniffer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sniff_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<std::optional<ImageFormat>>("format");
        QTest::addColumn<QString>("refusal"); // for unsupported heads
        const auto none = std::optional<ImageFormat>();
        QTest::newRow("PNG") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR", 16)
                             << std::optional(ImageFormat::Png) << "";
        QTest::newRow("JPEG") << QByteArray("\xff\xd8\xff\xe0\0\x10JFIF\0", 11)
                              << std::optional(ImageFormat::Jpeg) << "";
        QTest::newRow("WebP") << QByteArray("RIFF\x10\0\0\0WEBPVP8 ", 16)
                              << std::optional(ImageFormat::Webp) << "";
        QTest::newRow("TIFF II") << QByteArray("II*\0\x08\0\0\0", 8)
                                 << std::optional(ImageFormat::Tiff) << "";
        QTest::newRow("TIFF MM") << QByteArray("MM\0*\0\0\0\x08", 8)
                                 << std::optional(ImageFormat::Tiff) << "";
        QTest::newRow("BigTIFF") << QByteArray("II+\0\x08\0\0\0", 8)
                                 << std::optional(ImageFormat::Tiff) << "";
        QTest::newRow("PNG cut signature")
            << QByteArray("\x89PNG\r\n", 6) << none << "not an image file we recognise";
        QTest::newRow("WAV (RIFF, not WebP)") << QByteArray("RIFF\x10\0\0\0WAVEfmt ", 16) << none
                                              << "RIFF file (not WebP): format not supported";
        QTest::newRow("GIF87a")
            << QByteArray("GIF87a\x01\0", 8) << none
            << "GIF image: format not supported; supported: PNG, JPEG, WebP, TIFF";
        QTest::newRow("GIF89a") << QByteArray("GIF89a\x01\0", 8) << none << "GIF image";
        QTest::newRow("BMP") << QByteArray("BM\x36\0\0\0", 6) << none << "BMP image";
        QTest::newRow("PPM") << QByteArray("P6\n640 480\n255\n") << none << "Netpbm";
        QTest::newRow("PGM ascii") << QByteArray("P2 4 4 255") << none << "Netpbm";
        QTest::newRow("P9 is not Netpbm") << QByteArray("P9 4 4") << none << "not an image file";
        QTest::newRow("ICO") << QByteArray("\0\0\x01\0\x01\0", 6) << none << "ICO icon";
        QTest::newRow("HEIC") << QByteArray("\0\0\0\x18"
                                            "ftypheic\0\0\0\0",
                                            16)
                              << none << "HEIF/AVIF";
        QTest::newRow("AVIF") << QByteArray("\0\0\0\x1c"
                                            "ftypavif\0\0\0\0",
                                            16)
                              << none << "HEIF/AVIF";
        QTest::newRow("JPEG XL") << QByteArray("\xff\x0a\xfa", 3) << none << "JPEG XL";
        QTest::newRow("PSD") << QByteArray("8BPS\0\x01") << none << "Photoshop PSD";
        QTest::newRow("PDF") << QByteArray("%PDF-1.7") << none << "PDF document";
        QTest::newRow("SVG") << QByteArray("<svg xmlns") << none << "XML or SVG";
        QTest::newRow("empty") << QByteArray() << none
                               << "empty file; supported: PNG, JPEG, WebP, TIFF";
        QTest::newRow("text") << QByteArray("hello world") << none
                              << "not an image file we recognise";
    }

    void sniff()
    {
        QFETCH(QByteArray, head);
        QFETCH(std::optional<ImageFormat>, format);
        QFETCH(QString, refusal);
        QCOMPARE(sniffImageFormat(head), format);
        if (format)
            return;
        QVERIFY2(unsupportedFormatMessage(head).startsWith(refusal),
                 qPrintable(unsupportedFormatMessage(head)));
        Result<ImageInfo> probed = probeImage(head);
        QVERIFY(!probed.ok());
        QCOMPARE(probed.error().code, ErrorCode::UnsupportedFormat);
        QCOMPARE(probed.error().message, unsupportedFormatMessage(head));
    }

    void namesAndExtensions_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<std::optional<ImageFormat>>("format");
        QTest::newRow("png") << "png" << std::optional(ImageFormat::Png);
        QTest::newRow(".JPG") << ".JPG" << std::optional(ImageFormat::Jpeg);
        QTest::newRow("jpeg") << "jpeg" << std::optional(ImageFormat::Jpeg);
        QTest::newRow("WebP") << "WebP" << std::optional(ImageFormat::Webp);
        QTest::newRow("tif") << "tif" << std::optional(ImageFormat::Tiff);
        QTest::newRow("TIFF") << "TIFF" << std::optional(ImageFormat::Tiff);
        QTest::newRow("gif") << "gif" << std::optional<ImageFormat>();
        QTest::newRow("empty") << "" << std::optional<ImageFormat>();
    }

    void namesAndExtensions()
    {
        QFETCH(QString, name);
        QFETCH(std::optional<ImageFormat>, format);
        QCOMPARE(imageFormatFromName(name), format);
        if (format) {
            QCOMPARE(imageFormatFromName(imageFormatExtension(*format)), format);
            QCOMPARE(imageFormatFromName(imageFormatName(*format)), format);
        }
    }

    void capabilities()
    {
        QVERIFY(!formatSupportsAlpha(ImageFormat::Jpeg));
        QVERIFY(formatSupportsAlpha(ImageFormat::Webp));
        QVERIFY(formatSupports16Bit(ImageFormat::Png) && formatSupports16Bit(ImageFormat::Tiff));
        QVERIFY(!formatSupports16Bit(ImageFormat::Webp));
        QCOMPARE(formatMaxSide(ImageFormat::Webp), 16383);
        QCOMPARE(formatMaxSide(ImageFormat::Jpeg), 65500);
        QCOMPARE(formatMaxSide(ImageFormat::Png), 65535);
    }
};

QTEST_GUILESS_MAIN(TestFormatSniffer)
#include "tst_format_sniffer.moc"
