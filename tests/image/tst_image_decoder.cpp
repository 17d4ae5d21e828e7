// Decoding real photographs and hostile files: pixels as the Image contract
// promises (8/16-bit, gray, BGR, BGRA), refusal by content whatever the
// extension, the pixel cap before decoding, truncation as a clear error.
#include "core/image/image_decoder.h"
#include "core/image/image_encoder.h"

#include "image/image_test_support.h"
#include "image/synthetic_headers.h"

#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgproc.hpp>

using namespace hires;
using namespace hires::test;

Q_DECLARE_METATYPE(hires::ErrorCode)

class TestImageDecoder : public QObject
{
    Q_OBJECT

    QString fixture(const QString& name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(photo(QStringLiteral("astronaut.png"))),
                 "run tests/tools/fetch_test_data.sh (the fetch_test_data fixture)");
        QVERIFY(m_dir.isValid());
        QString error;
        runPil({QStringLiteral("foreign"), photo(QStringLiteral("astronaut.png")), m_dir.path()},
               &error);
        QVERIFY2(QFile::exists(fixture(QStringLiteral("photo.bmp"))), qPrintable(error));
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
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::newRow("astronaut") << "astronaut.png" << CV_8UC3 << 512 << 512;
        QTest::newRow("chelsea") << "chelsea.png" << CV_8UC3 << 451 << 300;
        QTest::newRow("camera gray") << "camera.png" << CV_8UC1 << 512 << 512;
        QTest::newRow("horse alpha") << "horse.png" << CV_8UC4 << 400 << 328;
        QTest::newRow("logo alpha") << "logo.png" << CV_8UC4 << 500 << 500;
        QTest::newRow("palette+tRNS") << "foo3x5x4indexed.png" << CV_8UC4 << 5 << 3;
        QTest::newRow("hubble") << "hubble_deep_field.jpg" << CV_8UC3 << 1000 << 872;
        QTest::newRow("rocket") << "rocket.jpg" << CV_8UC3 << 640 << 427;
        QTest::newRow("retina") << "retina.jpg" << CV_8UC3 << 1411 << 1411;
        QTest::newRow("tiff16 LE") << "chessboard_GRAY_U16.tif" << CV_16UC1 << 200 << 200;
        QTest::newRow("tiff16 BE") << "chessboard_GRAY_U16B.tif" << CV_16UC1 << 200 << 200;
    }

    void realPhotos()
    {
        QFETCH(QString, name);
        Result<Image> image = readImageFile(m_guards.watch(photo(name)));
        QVERIFY2(image.ok(), qPrintable(image.ok() ? QString() : image.error().message));
        QTEST(image->pixels.type(), "type");
        QTEST(image->width(), "width");
        QTEST(image->height(), "height");
        QVERIFY(image->sourceFormat.has_value());
    }

    // Both byte orders of the same 16-bit chessboard decode to the same values.
    void tiffByteOrders()
    {
        const Image le = mustRead(m_guards.watch(photo(QStringLiteral("chessboard_GRAY_U16.tif"))));
        const Image be =
            mustRead(m_guards.watch(photo(QStringLiteral("chessboard_GRAY_U16B.tif"))));
        QCOMPARE(le.pixels.type(), CV_16UC1);
        QCOMPARE(maxAbsDiff(le.pixels, be.pixels), 0.0);
        // The skimage chessboard holds 0 and 255 in 16-bit samples.
        QCOMPARE(int(be.pixels.at<uint16_t>(0, 0)), 255);
        double lo = -1;
        double hi = -1;
        cv::minMaxLoc(be.pixels, &lo, &hi);
        QCOMPARE(lo, 0.0);
        QCOMPARE(hi, 255.0);
    }

    // Gray + alpha (PIL "LA") becomes BGRA with gray in B, G and R.
    void grayAlphaBecomesBgra()
    {
        const Image image = mustRead(fixture(QStringLiteral("gray_alpha.png")));
        QCOMPARE(image.pixels.type(), CV_8UC4);
        const Image gray = mustRead(m_guards.watch(photo(QStringLiteral("astronaut.png"))));
        std::vector<cv::Mat> planes;
        cv::split(image.pixels, planes);
        QCOMPARE(maxAbsDiff(planes[0], planes[1]), 0.0);
        QCOMPARE(maxAbsDiff(planes[0], planes[2]), 0.0);
        for (int x : {0, 17, 255, 300})
            QCOMPARE(int(planes[3].at<uint8_t>(7, x)), x & 0xff);
    }

    // PIL wrote gray * 256 + 7 as 16-bit PNG and TIFF: exact values back.
    void sixteenBitGrayFromPil_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("png") << "gray16.png";
        QTest::newRow("tiff") << "gray16.tif";
    }

    void sixteenBitGrayFromPil()
    {
        QFETCH(QString, name);
        const Image image = mustRead(fixture(name));
        QCOMPARE(image.pixels.type(), CV_16UC1);
        const Image gray8 = mustRead(fixture(QStringLiteral("gray_alpha.png")));
        cv::Mat gray;
        cv::extractChannel(gray8.pixels, gray, 0);
        cv::Mat expected;
        gray.convertTo(expected, CV_16U, 256.0, 7.0);
        QCOMPARE(maxAbsDiff(image.pixels, expected), 0.0);
    }

    void refusedByContent_data()
    {
        QTest::addColumn<QString>("source"); // fixture or photo name
        QTest::addColumn<QString>("message");
        QTest::newRow("real GIF")
            << "photo:no_time_for_that_tiny.gif"
            << "GIF image: format not supported; supported: PNG, JPEG, WebP, TIFF";
        QTest::newRow("GIF by PIL") << "photo.gif"
                                    << "GIF image: format not supported";
        QTest::newRow("BMP") << "photo.bmp"
                             << "BMP image: format not supported";
        QTest::newRow("PPM") << "photo.ppm"
                             << "Netpbm (PBM/PGM/PPM) image: format not supported";
        QTest::newRow("ICO") << "photo.ico"
                             << "ICO icon: format not supported";
        QTest::newRow("text") << "photo:README.txt"
                              << "not an image file we recognise";
    }

    // Each file is copied under a .png name: the extension must not matter.
    void refusedByContent()
    {
        QFETCH(QString, source);
        QFETCH(QString, message);
        const QString from = source.startsWith(QStringLiteral("photo:"))
                                 ? m_guards.watch(photo(source.mid(6)))
                                 : fixture(source);
        const QString renamed =
            fixture(QStringLiteral("renamed_%1.png").arg(QTest::currentDataTag()));
        QFile::remove(renamed);
        QVERIFY(QFile::copy(from, renamed));
        Result<Image> image = readImageFile(renamed);
        QVERIFY(!image.ok());
        QCOMPARE(image.error().code, ErrorCode::UnsupportedFormat);
        QVERIFY2(image.error().message.startsWith(renamed + QStringLiteral(": ")),
                 qPrintable(image.error().message));
        QVERIFY2(image.error().message.contains(message), qPrintable(image.error().message));
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("message");
        const QByteArray png = readBytes(m_guards.watch(photo(QStringLiteral("astronaut.png"))));
        const QByteArray jpeg = readBytes(m_guards.watch(photo(QStringLiteral("rocket.jpg"))));
        const QByteArray tiff =
            readBytes(m_guards.watch(photo(QStringLiteral("chessboard_GRAY_U16B.tif"))));
        Result<QByteArray> webp =
            encodeImage(mustRead(photo(QStringLiteral("chelsea.png"))), {ImageFormat::Webp, 90});
        QVERIFY(webp.ok());
        QByteArray garbage(4096, '\0');
        cv::randu(cv::Mat(1, 4096, CV_8U, garbage.data()), 0, 256);
        garbage[0] = 'Z';
        QByteArray badIdat = png;
        const qsizetype idat = badIdat.indexOf("IDAT");
        for (qsizetype i = idat + 4; i < idat + 400; ++i)
            badIdat[i] = char(i * 13);
        QTest::newRow("empty") << QByteArray() << ErrorCode::UnsupportedFormat << "empty file";
        QTest::newRow("garbage") << garbage << ErrorCode::UnsupportedFormat << "not an image file";
        QTest::newRow("real truncated.jpg")
            << readBytes(m_guards.watch(photo(QStringLiteral("truncated.jpg"))))
            << ErrorCode::CorruptData << "JPEG file is truncated";
        QTest::newRow("PNG cut") << png.left(png.size() / 2) << ErrorCode::CorruptData
                                 << "PNG file is truncated";
        QTest::newRow("PNG no IEND")
            << png.left(png.size() - 12) << ErrorCode::CorruptData << "without an IEND chunk";
        QTest::newRow("PNG damaged IDAT") << badIdat << ErrorCode::CorruptData << "PNG decoder";
        QTest::newRow("JPEG cut in data")
            << jpeg.left(jpeg.size() * 7 / 10) << ErrorCode::CorruptData << "end-of-image marker";
        QTest::newRow("JPEG cut in header")
            << jpeg.left(300) << ErrorCode::CorruptData << "JPEG file is truncated";
        QTest::newRow("WebP cut") << webp->left(webp->size() - 100) << ErrorCode::CorruptData
                                  << "WebP file is truncated";
        QTest::newRow("TIFF cut") << tiff.left(tiff.size() / 2) << ErrorCode::CorruptData << "TIFF";
        QTest::newRow("float TIFF") << readBytes(fixture(QStringLiteral("float.tif")))
                                    << ErrorCode::UnsupportedFormat << "floating-point TIFF";
        QTest::newRow("animated WebP") << readBytes(fixture(QStringLiteral("animated.webp")))
                                       << ErrorCode::UnsupportedFormat << "animated WebP";
        QTest::newRow("PNG header, empty data")
            << pngFile(64, 64) << ErrorCode::CorruptData << "PNG decoder";
    }

    void badFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(ErrorCode, code);
        QFETCH(QString, message);
        const QString path = fixture(QStringLiteral("bad.png"));
        QVERIFY(writeBytes(path, bytes));
        Result<Image> image = readImageFile(path);
        QVERIFY(!image.ok());
        QCOMPARE(image.error().code, code);
        QVERIFY2(image.error().message.startsWith(path), qPrintable(image.error().message));
        QVERIFY2(image.error().message.contains(message), qPrintable(image.error().message));
    }

    // A 100,000 x 100,000 IHDR with a valid CRC: refused from the header with
    // our message, before OpenCV allocates anything.
    void hugePngRefusedByHeader()
    {
        const QByteArray bytes = pngFile(100000, 100000);
        Result<ImageInfo> info = probeImage(bytes);
        QVERIFY(info.ok()); // the header itself is valid
        QCOMPARE(info->width, 100000);
        Result<Image> image = decodeImage(bytes);
        QVERIFY(!image.ok());
        QCOMPARE(image.error().code, ErrorCode::TooLarge);
        QVERIFY2(image.error().message.contains(QStringLiteral("100000 x 100000")),
                 qPrintable(image.error().message));
        QVERIFY(image.error().message.contains(QStringLiteral("limit of 65535 pixels a side")));
    }

    // With our cap lifted, OpenCV's own limit (or libpng) must still end in a
    // clear error, not an exception or a crash.
    void hugePngPastOurCapStillAnError()
    {
        DecodeLimits open;
        open.maxPixels = int64_t(1) << 40;
        open.maxSide = 200000;
        Result<Image> image = decodeImage(pngFile(100000, 100000), open);
        QVERIFY(!image.ok());
        QCOMPARE(image.error().code, ErrorCode::CorruptData);
    }

    // The cap is applied from the header: a real 512 x 512 photo that decodes
    // fine is refused as soon as the limit is one pixel smaller.
    void limitsApplyToRealFiles_data()
    {
        QTest::addColumn<qint64>("maxPixels");
        QTest::addColumn<int>("maxSide");
        QTest::addColumn<qint64>("maxFileBytes");
        QTest::addColumn<bool>("ok");
        QTest::newRow("exact") << qint64(512 * 512) << 512 << (qint64(1) << 30) << true;
        QTest::newRow("one pixel less")
            << qint64(512 * 512 - 1) << 512 << (qint64(1) << 30) << false;
        QTest::newRow("side 511") << qint64(512 * 512) << 511 << (qint64(1) << 30) << false;
        QTest::newRow("file bytes") << qint64(512 * 512) << 512 << qint64(1000) << false;
    }

    void limitsApplyToRealFiles()
    {
        QFETCH(qint64, maxPixels);
        QFETCH(int, maxSide);
        QFETCH(qint64, maxFileBytes);
        QFETCH(bool, ok);
        const DecodeLimits limits{maxPixels, maxSide, maxFileBytes};
        for (const char* name : {"astronaut.png", "camera.png"}) {
            Result<Image> image = readImageFile(m_guards.watch(photo(QLatin1String(name))), limits);
            QCOMPARE(image.ok(), ok);
            if (!ok)
                QCOMPARE(image.error().code, ErrorCode::TooLarge);
        }
    }

    void fileErrors()
    {
        Result<Image> missing = readImageFile(fixture(QStringLiteral("missing.png")));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QVERIFY(missing.error().message.contains(fixture(QStringLiteral("missing.png"))));
        Result<Image> folder = readImageFile(m_dir.path());
        QVERIFY(!folder.ok());
        QCOMPARE(folder.error().code, ErrorCode::InvalidArgument);
        Result<Image> device = readImageFile(QStringLiteral("/dev/zero"));
        QVERIFY(!device.ok());
        QVERIFY(device.error().message.contains(QStringLiteral("not a regular file")));
    }

    // Any prefix of a real file decodes to an error or to the full image,
    // never a crash or a read past the buffer (run under ASan too).
    void prefixesNeverCrash_data()
    {
        QTest::addColumn<QString>("name");
        for (const char* name : {"chelsea.png", "rocket.jpg", "chessboard_GRAY_U16B.tif"})
            QTest::newRow(name) << QString::fromLatin1(name);
        QTest::newRow("webp") << QString();
    }

    void prefixesNeverCrash()
    {
        QFETCH(QString, name);
        QByteArray whole;
        if (name.isEmpty()) {
            Result<QByteArray> webp = encodeImage(mustRead(photo(QStringLiteral("chelsea.png"))),
                                                  {ImageFormat::Webp, 80});
            QVERIFY(webp.ok());
            whole = *webp;
        } else {
            whole = readBytes(m_guards.watch(photo(name)));
        }
        Result<Image> full = decodeImage(whole);
        QVERIFY(full.ok());
        for (int i = 0; i < 120; ++i) {
            const qsizetype n = whole.size() * i / 120 + (i % 7);
            Result<Image> part = decodeImage(whole.left(n));
            if (part.ok())
                QCOMPARE(maxAbsDiff(part->pixels, full->pixels), 0.0);
            else
                QVERIFY(!part.error().message.isEmpty());
        }
    }

private:
    QTemporaryDir m_dir;
    PhotoGuards m_guards;
};

QTEST_GUILESS_MAIN(TestImageDecoder)
#include "tst_image_decoder.moc"
