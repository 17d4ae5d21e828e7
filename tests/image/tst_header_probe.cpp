// Header parsing without decoding: sizes, channels, bit depth and orientation
// from PNG IHDR, JPEG SOFn, WebP VP8/VP8L/VP8X and TIFF IFDs (both byte
// orders), the pixel cap, and no crash on any prefix of a real file.
#include "core/image/header_probe_p.h"
#include "core/image/image_decoder.h"

#include "image/image_test_support.h"
#include "image/synthetic_headers.h"

#include <QTest>

using namespace hires;
using namespace hires::test;

Q_DECLARE_METATYPE(hires::ErrorCode)

class TestHeaderProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(photo(QStringLiteral("astronaut.png"))),
                 "run tests/tools/fetch_test_data.sh (the fetch_test_data fixture)");
        m_guards.start();
    }

    void cleanup()
    {
        const QString changed = m_guards.afterTest();
        QVERIFY2(changed.isEmpty(), qPrintable(changed));
    }

    void cleanupTestCase()
    {
        QVERIFY2(m_guards.afterAll().isEmpty(), qPrintable(m_guards.afterAll()));
    }

    void realPhotos_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("channels");
        QTest::addColumn<int>("bitDepth");
        // Sizes and modes as PIL reports them for the skimage photographs.
        QTest::newRow("astronaut")
            << "astronaut.png" << int(ImageFormat::Png) << 512 << 512 << 3 << 8;
        QTest::newRow("camera gray")
            << "camera.png" << int(ImageFormat::Png) << 512 << 512 << 1 << 8;
        QTest::newRow("horse rgba") << "horse.png" << int(ImageFormat::Png) << 400 << 328 << 4 << 8;
        QTest::newRow("palette") << "palette_color.png" << int(ImageFormat::Png) << 10 << 10 << 3
                                 << 8;
        QTest::newRow("hubble") << "hubble_deep_field.jpg" << int(ImageFormat::Jpeg) << 1000 << 872
                                << 3 << 8;
        QTest::newRow("rocket") << "rocket.jpg" << int(ImageFormat::Jpeg) << 640 << 427 << 3 << 8;
        QTest::newRow("tiff16 LE")
            << "chessboard_GRAY_U16.tif" << int(ImageFormat::Tiff) << 200 << 200 << 1 << 16;
        QTest::newRow("tiff16 BE")
            << "chessboard_GRAY_U16B.tif" << int(ImageFormat::Tiff) << 200 << 200 << 1 << 16;
        QTest::newRow("multipage")
            << "multipage.tif" << int(ImageFormat::Tiff) << 10 << 15 << 1 << 8;
    }

    void realPhotos()
    {
        QFETCH(QString, name);
        QFETCH(int, format);
        Result<ImageInfo> info = probeImageFile(m_guards.watch(photo(name)));
        QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().message));
        QCOMPARE(int(info->format), format);
        QTEST(info->width, "width");
        QTEST(info->height, "height");
        QTEST(info->channels, "channels");
        QTEST(info->bitDepth, "bitDepth");
        QCOMPARE(info->exifOrientation, 1);
    }

    void pngHeaders_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("channels");
        QTest::addColumn<int>("bitDepth");
        QTest::newRow("rgb8") << pngFile(300, 200, 8, 2) << true << 3 << 8;
        QTest::newRow("rgba16") << pngFile(300, 200, 16, 6) << true << 4 << 16;
        QTest::newRow("gray1") << pngFile(300, 200, 1, 0) << true << 1 << 8;
        QTest::newRow("gray+alpha") << pngFile(300, 200, 8, 4) << true << 2 << 8;
        QTest::newRow("palette") << pngFile(300, 200, 4, 3) << true << 3 << 8;
        QTest::newRow("bad depth") << pngFile(300, 200, 16, 3) << false << 0 << 0;
        QTest::newRow("bad colour type") << pngFile(300, 200, 8, 5) << false << 0 << 0;
        QTest::newRow("width 0") << pngFile(0, 200) << false << 0 << 0;
        QTest::newRow("width 2^31") << pngFile(0x80000000u, 200) << false << 0 << 0;
        QByteArray badCrc = pngFile(300, 200);
        badCrc[29] = char(badCrc[29] ^ 1);
        QTest::newRow("IHDR crc") << badCrc << false << 0 << 0;
        QByteArray noIdat = pngFile(300, 200);
        noIdat.remove(33, 8 + 4 + int(zlibDeflate({}).size()));
        QTest::newRow("no IDAT") << noIdat << false << 0 << 0;
    }

    void pngHeaders()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, ok);
        Result<ImageInfo> info = probeImage(bytes);
        QCOMPARE(info.ok(), ok);
        if (!ok) {
            QCOMPARE(info.error().code, ErrorCode::CorruptData);
            return;
        }
        QCOMPARE(info->width, 300);
        QCOMPARE(info->height, 200);
        QTEST(info->channels, "channels");
        QTEST(info->bitDepth, "bitDepth");
    }

    void jpegHeaders_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<ErrorCode>("error"); // Internal = no error expected
        QTest::newRow("baseline") << jpegFile(0xc0, 8, 200, 300, 3) << ErrorCode::Internal;
        QTest::newRow("progressive") << jpegFile(0xc2, 8, 200, 300, 3) << ErrorCode::Internal;
        QTest::newRow("arithmetic") << jpegFile(0xc9, 8, 200, 300, 1) << ErrorCode::Internal;
        QTest::newRow("12-bit") << jpegFile(0xc1, 12, 200, 300, 3) << ErrorCode::UnsupportedFormat;
        QTest::newRow("lossless") << jpegFile(0xc3, 8, 200, 300, 3) << ErrorCode::UnsupportedFormat;
        QTest::newRow("DNL height") << jpegFile(0xc0, 8, 0, 300, 3) << ErrorCode::UnsupportedFormat;
        QTest::newRow("2 components")
            << jpegFile(0xc0, 8, 200, 300, 2) << ErrorCode::UnsupportedFormat;
        QTest::newRow("no EOI") << jpegFile(0xc0, 8, 200, 300, 3, false) << ErrorCode::CorruptData;
        QTest::newRow("SOS before SOF")
            << QByteArray("\xff\xd8\xff\xda\x00\x08\x01\x01\x00\x00\x3f\x00\xff\xd9", 14)
            << ErrorCode::CorruptData;
        QTest::newRow("segment length 1")
            << QByteArray("\xff\xd8\xff\xe0\x00\x01\x00\x00", 8) << ErrorCode::CorruptData;
        QTest::newRow("segment past end")
            << QByteArray("\xff\xd8\xff\xe1\x40\x00Exif", 10) << ErrorCode::CorruptData;
        QTest::newRow("not a marker")
            << QByteArray("\xff\xd8\xff\xe0\x00\x02\x12\x34", 8) << ErrorCode::CorruptData;
    }

    void jpegHeaders() { checkProbe(300, 200); }

    void webpHeaders_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("channels");
        QTest::newRow("VP8") << riff(webpChunk("VP8 ", vp8Payload(300, 200))) << true << 300 << 200
                             << 3;
        QTest::newRow("VP8L alpha")
            << riff(webpChunk("VP8L", vp8lPayload(16383, 7, true))) << true << 16383 << 7 << 4;
        QTest::newRow("VP8X") << riff(webpChunk("VP8X", vp8xPayload(0x10, 70000, 3)) +
                                      webpChunk("VP8L", vp8lPayload(16, 3, true)))
                              << true << 70000 << 3 << 4;
        QTest::newRow("VP8X animated")
            << riff(webpChunk("VP8X", vp8xPayload(0x02, 5, 5))) << false << 0 << 0 << 0;
        QTest::newRow("VP8X no image")
            << riff(webpChunk("VP8X", vp8xPayload(0, 5, 5))) << false << 0 << 0 << 0;
        QTest::newRow("VP8 not key frame")
            << riff(webpChunk("VP8 ", QByteArray("\x11", 1) + vp8Payload(3, 3).mid(1))) << false
            << 0 << 0 << 0;
        QTest::newRow("VP8L bad signature")
            << riff(webpChunk("VP8L", QByteArray("\x2e", 1) + vp8lPayload(3, 3, false).mid(1)))
            << false << 0 << 0 << 0;
        QByteArray riffTooLong = riff(webpChunk("VP8 ", vp8Payload(3, 3)));
        riffTooLong[4] = char(riffTooLong[4] + 8);
        QTest::newRow("RIFF size past end") << riffTooLong << false << 0 << 0 << 0;
        QByteArray chunkTooLong = riff(webpChunk("VP8 ", vp8Payload(3, 3)));
        chunkTooLong[16] = char(0x7f);
        QTest::newRow("chunk past RIFF") << chunkTooLong << false << 0 << 0 << 0;
    }

    void webpHeaders()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, ok);
        Result<ImageInfo> info = probeImage(bytes);
        QCOMPARE(info.ok(), ok);
        if (!ok)
            return;
        QCOMPARE(info->format, ImageFormat::Webp);
        QTEST(info->width, "width");
        QTEST(info->height, "height");
        QTEST(info->channels, "channels");
    }

    void tiffHeaders_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<ErrorCode>("error"); // Internal = no error expected
        QTest::newRow("II") << grayTiff(true, 30, 20) << ErrorCode::Internal;
        QTest::newRow("MM") << grayTiff(false, 30, 20) << ErrorCode::Internal;
        QTest::newRow("SHORT size")
            << grayTiff(true, 30, 20, {{256, 3, {30}}, {257, 3, {20}}}) << ErrorCode::Internal;
        QTest::newRow("float") << grayTiff(false, 30, 20, {{258, 3, {32}}, {339, 3, {3}}})
                               << ErrorCode::UnsupportedFormat;
        QTest::newRow("32-bit int")
            << grayTiff(true, 30, 20, {{258, 3, {32}}}) << ErrorCode::UnsupportedFormat;
        QTest::newRow("strip past end")
            << grayTiff(true, 30, 20, {{279, 4, {100000}}}) << ErrorCode::CorruptData;
        QTest::newRow("strip offset past end")
            << grayTiff(false, 30, 20, {{273, 4, {0xfffffff0u}}}) << ErrorCode::CorruptData;
        QTest::newRow("no strips")
            << tiffFile(true, {{256, 4, {3}}, {257, 4, {3}}}, {}) << ErrorCode::CorruptData;
        QTest::newRow("no size") << tiffFile(true, {{258, 3, {8}}}, {}) << ErrorCode::CorruptData;
        QByteArray ifdOutside = grayTiff(true, 30, 20);
        ifdOutside[4] = char(0xf0);
        ifdOutside[5] = char(0xff);
        QTest::newRow("IFD outside") << ifdOutside << ErrorCode::CorruptData;
        QByteArray hugeCount = grayTiff(false, 30, 20);
        const int ifd = 8 + 600;
        hugeCount[ifd] = char(0xff);
        hugeCount[ifd + 1] = char(0xff);
        QTest::newRow("entry count past end") << hugeCount << ErrorCode::CorruptData;
        QTest::newRow("BigTIFF header only")
            << QByteArray("II+\0\x08\0\0\0\x10\0\0\0\0\0\0\0", 16) << ErrorCode::CorruptData;
    }

    void tiffHeaders() { checkProbe(30, 20, 1); }

    void tiffOrientationTag()
    {
        for (int o = 1; o <= 8; ++o) {
            Result<ImageInfo> info =
                probeImage(grayTiff(o % 2 == 0, 30, 20, {{274, 3, {uint32_t(o)}}}));
            QVERIFY(info.ok());
            QCOMPARE(info->exifOrientation, o);
        }
        Result<ImageInfo> invalid = probeImage(grayTiff(true, 30, 20, {{274, 3, {9}}}));
        QVERIFY(invalid.ok());
        QCOMPARE(invalid->exifOrientation, 1);
    }

    void limits_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<qint64>("maxPixels");
        QTest::addColumn<int>("maxSide");
        QTest::addColumn<bool>("ok");
        QTest::newRow("default cap, 16384^2")
            << 16384 << 16384 << (qint64(1) << 28) << 65535 << true;
        QTest::newRow("default cap, one more row")
            << 16384 << 16385 << (qint64(1) << 28) << 65535 << false;
        QTest::newRow("side 65535") << 65535 << 1 << (qint64(1) << 28) << 65535 << true;
        QTest::newRow("side 65536") << 65536 << 1 << (qint64(1) << 28) << 65535 << false;
        QTest::newRow("custom side") << 512 << 512 << (qint64(1) << 28) << 511 << false;
        QTest::newRow("custom pixels") << 512 << 512 << qint64(512 * 512 - 1) << 65535 << false;
        QTest::newRow("exact pixels") << 512 << 512 << qint64(512 * 512) << 512 << true;
        QTest::newRow("100000^2") << 100000 << 100000 << (qint64(1) << 28) << 65535 << false;
    }

    void limits()
    {
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(qint64, maxPixels);
        QFETCH(int, maxSide);
        ImageInfo info;
        info.width = width;
        info.height = height;
        DecodeLimits limits;
        limits.maxPixels = maxPixels;
        limits.maxSide = maxSide;
        Result<void> r = checkDecodeLimits(info, limits);
        QTEST(r.ok(), "ok");
        if (!r.ok()) {
            QCOMPARE(r.error().code, ErrorCode::TooLarge);
            QVERIFY(r.error().message.contains(QStringLiteral("%1 x %2").arg(width).arg(height)));
        }
    }

    // Every prefix of real files: a clear error (or, for the whole file, the
    // right size), never a crash or a read past the end (run under ASan too).
    void everyPrefix_data()
    {
        QTest::addColumn<QString>("name");
        for (const char* name :
             {"astronaut.png", "rocket.jpg", "hubble_deep_field.jpg", "chessboard_GRAY_U16B.tif",
              "chessboard_GRAY_U16.tif", "multipage.tif", "foo3x5x4indexed.png"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void everyPrefix()
    {
        QFETCH(QString, name);
        const QByteArray whole = readBytes(m_guards.watch(photo(name)));
        QVERIFY(!whole.isEmpty());
        Result<ImageInfo> full = probeImage(whole);
        QVERIFY(full.ok());
        // Every length through the headers, then 400 spread over the rest.
        std::vector<qsizetype> lengths;
        for (qsizetype n = 0; n < std::min<qsizetype>(whole.size(), 4096); ++n)
            lengths.push_back(n);
        for (int i = 0; i < 400; ++i)
            lengths.push_back(4096 + (whole.size() - 4096) * i / 400);
        lengths.push_back(whole.size() - 1);
        int refused = 0;
        for (qsizetype n : lengths) {
            if (n < 0 || n >= whole.size())
                continue;
            Result<ImageInfo> part = probeImage(whole.left(n));
            if (part.ok()) {
                // Only trailing bytes the format does not need may be missing.
                QCOMPARE(part->width, full->width);
                QCOMPARE(part->height, full->height);
            } else {
                ++refused;
                QVERIFY(!part.error().message.isEmpty());
            }
        }
        // Multi-page TIFFs keep the first page whole long before the end.
        QVERIFY(refused > 0);
    }

    void probeFileNamesTheFile()
    {
        Result<ImageInfo> missing = probeImageFile(QStringLiteral("/nonexistent/x.png"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QVERIFY(missing.error().message.contains(QStringLiteral("/nonexistent/x.png")));
        Result<ImageInfo> gif =
            probeImageFile(m_guards.watch(photo(QStringLiteral("no_time_for_that_tiny.gif"))));
        QVERIFY(!gif.ok());
        QVERIFY(gif.error().message.startsWith(photo(QStringLiteral("no_time_for_that_tiny.gif"))));
        QVERIFY(gif.error().message.contains(QStringLiteral("GIF image: format not supported")));
    }

private:
    // For the rows of a (bytes, error) table: the error code, or (Internal)
    // success with this size.
    static void checkProbe(int width, int height, int channels = 0)
    {
        QFETCH(QByteArray, bytes);
        QFETCH(ErrorCode, error);
        Result<ImageInfo> info = probeImage(bytes);
        if (error != ErrorCode::Internal) {
            QVERIFY(!info.ok());
            QCOMPARE(info.error().code, error);
            return;
        }
        QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().message));
        QCOMPARE(info->width, width);
        QCOMPARE(info->height, height);
        if (channels != 0)
            QCOMPARE(info->channels, channels);
    }

    PhotoGuards m_guards;
};

QTEST_GUILESS_MAIN(TestHeaderProbe)
#include "tst_header_probe.moc"
