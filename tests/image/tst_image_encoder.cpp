// Encoding real photographs: lossless formats give the exact pixels back at
// 8 and 16 bits with gray and alpha, lossy ones stay within a PSNR bound;
// conversions into 8-bit and alpha-less formats are the documented ones;
// ICC and EXIF reach the output, as PIL (an independent reader) sees it.
#include "core/image/image_encoder.h"

#include "core/image/image_decoder.h"

#include "image/image_test_support.h"

#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgproc.hpp>

using namespace hires;
using namespace hires::test;

Q_DECLARE_METATYPE(hires::ImageFormat)
Q_DECLARE_METATYPE(hires::ErrorCode)

namespace {

enum class Variant
{
    AsIs,
    Gray,
    Alpha
};

// The photo in the layout a row asks for: gray, or BGRA with a real alpha
// ramp (so alpha values 0..255 all occur), at 8 or 16 bits.
Image variantOf(const Image& photo, Variant variant, int depth)
{
    Image image = photo;
    if (variant == Variant::Gray && image.channels() != 1)
        cv::cvtColor(photo.pixels, image.pixels, cv::COLOR_BGR2GRAY);
    if (variant == Variant::Alpha) {
        cv::Mat bgr = photo.pixels;
        if (bgr.channels() == 1)
            cv::cvtColor(bgr, bgr, cv::COLOR_GRAY2BGR);
        cv::Mat alpha(bgr.size(), CV_8UC1);
        for (int y = 0; y < alpha.rows; ++y)
            alpha.row(y).setTo(cv::Scalar((y * 7) & 0xff));
        cv::Mat bgra;
        cv::merge(std::vector<cv::Mat>{bgr, alpha}, bgra);
        image.pixels = bgra;
    }
    if (depth == 16)
        image.pixels = to16Bit(image.pixels);
    return image;
}

double psnr(const cv::Mat& a, const cv::Mat& b)
{
    return cv::PSNR(a, b, a.depth() == CV_16U ? 65535.0 : 255.0);
}

} // namespace

class TestImageEncoder : public QObject
{
    Q_OBJECT

    Image photoImage(const QString& name) { return mustRead(m_guards.watch(photo(name))); }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ImageFormat>();
        QVERIFY2(QFile::exists(photo(QStringLiteral("astronaut.png"))),
                 "run tests/tools/fetch_test_data.sh (the fetch_test_data fixture)");
        QVERIFY(m_dir.isValid());
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

    void losslessRoundTrip_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<ImageFormat>("format");
        QTest::addColumn<int>("variant");
        QTest::addColumn<int>("depth");
        const char* photos[] = {"astronaut.png", "chelsea.png", "camera.png",
                                "hubble_deep_field.jpg", "rocket.jpg"};
        for (ImageFormat format : {ImageFormat::Png, ImageFormat::Tiff}) {
            for (const char* name : photos) {
                for (int depth : {8, 16}) {
                    for (Variant v : {Variant::AsIs, Variant::Gray, Variant::Alpha}) {
                        static const char* kNames[] = {"", " gray", " alpha"};
                        QTest::addRow("%s %s %d-bit%s", qPrintable(imageFormatName(format)), name,
                                      depth, kNames[int(v)])
                            << QString::fromLatin1(name) << format << int(v) << depth;
                    }
                }
            }
        }
        for (const char* name : photos) {
            QTest::addRow("WebP lossless %s", name)
                << QString::fromLatin1(name) << ImageFormat::Webp << int(Variant::AsIs) << 8;
            QTest::addRow("WebP lossless %s alpha", name)
                << QString::fromLatin1(name) << ImageFormat::Webp << int(Variant::Alpha) << 8;
        }
    }

    void losslessRoundTrip()
    {
        QFETCH(QString, name);
        QFETCH(ImageFormat, format);
        QFETCH(int, variant);
        QFETCH(int, depth);
        const Image image = variantOf(photoImage(name), Variant(variant), depth);
        EncodeOptions options{format};
        options.lossless = true;
        Result<QByteArray> bytes = encodeImage(image, options);
        QVERIFY2(bytes.ok(), qPrintable(bytes.ok() ? QString() : bytes.error().message));
        Result<Image> back = decodeImage(*bytes);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        QCOMPARE(back->sourceFormat, std::optional<ImageFormat>(format));
        QCOMPARE(back->bitDepth(), depth);
        cv::Mat expected = image.pixels;
        if (format == ImageFormat::Webp && image.isGray()) // WebP has no gray mode
            cv::cvtColor(expected, expected, cv::COLOR_GRAY2BGR);
        QCOMPARE(back->channels(), expected.channels());
        if (format == ImageFormat::Webp && image.hasAlpha()) {
            // libwebp's lossless mode keeps every visible pixel exactly but may
            // change the colour under fully transparent ones (its default).
            cv::Mat visible;
            cv::extractChannel(expected, visible, 3);
            visible = visible > 0;
            cv::Mat backVisible;
            back->pixels.copyTo(backVisible, visible);
            cv::Mat expectedVisible;
            expected.copyTo(expectedVisible, visible);
            QCOMPARE(maxAbsDiff(backVisible, expectedVisible), 0.0);
            QVERIFY(size_t(cv::countNonZero(visible)) < visible.total()); // the case occurs
            return;
        }
        QCOMPARE(maxAbsDiff(back->pixels, expected), 0.0);
    }

    void lossyRoundTrip_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<ImageFormat>("format");
        QTest::addColumn<int>("variant");
        QTest::addColumn<double>("minPsnr");
        for (const char* name : {"astronaut.png", "chelsea.png", "camera.png",
                                 "hubble_deep_field.jpg", "rocket.jpg"}) {
            QTest::addRow("JPEG %s", name)
                << QString::fromLatin1(name) << ImageFormat::Jpeg << int(Variant::AsIs) << 34.0;
            QTest::addRow("JPEG %s gray", name)
                << QString::fromLatin1(name) << ImageFormat::Jpeg << int(Variant::Gray) << 34.0;
            QTest::addRow("WebP %s", name)
                << QString::fromLatin1(name) << ImageFormat::Webp << int(Variant::AsIs) << 32.0;
            QTest::addRow("WebP %s alpha", name)
                << QString::fromLatin1(name) << ImageFormat::Webp << int(Variant::Alpha) << 32.0;
        }
    }

    void lossyRoundTrip()
    {
        QFETCH(QString, name);
        QFETCH(ImageFormat, format);
        QFETCH(int, variant);
        QFETCH(double, minPsnr);
        const Image image = variantOf(photoImage(name), Variant(variant), 8);
        Result<QByteArray> high = encodeImage(image, {format, 95});
        Result<QByteArray> low = encodeImage(image, {format, 40});
        QVERIFY(high.ok() && low.ok());
        QVERIFY(low->size() < high->size()); // quality is applied
        Result<Image> back = decodeImage(*high);
        QVERIFY(back.ok());
        QCOMPARE(back->width(), image.width());
        QCOMPARE(back->height(), image.height());
        cv::Mat expected = image.pixels;
        if (format == ImageFormat::Webp && image.isGray()) // WebP has no gray mode
            cv::cvtColor(expected, expected, cv::COLOR_GRAY2BGR);
        QCOMPARE(back->channels(), expected.channels());
        const double quality = psnr(back->pixels, expected);
        QVERIFY2(quality >= minPsnr, qPrintable(QString::number(quality)));
    }

    void sixteenBitIntoEightBitFormats_data()
    {
        QTest::addColumn<ImageFormat>("format");
        QTest::newRow("JPEG") << ImageFormat::Jpeg;
        QTest::newRow("WebP") << ImageFormat::Webp;
    }

    void sixteenBitIntoEightBitFormats()
    {
        QFETCH(ImageFormat, format);
        const Image eight = photoImage(QStringLiteral("chelsea.png"));
        Image wide = eight;
        eight.pixels.convertTo(wide.pixels, CV_16U, 257.0);
        QStringList notes;
        QVERIFY(preflightEncode(wide, {format}, &notes).ok());
        QVERIFY2(notes.join(u'\n').contains(QStringLiteral("converted to 8 bits")),
                 qPrintable(notes.join(u'\n')));
        Result<QByteArray> bytes = encodeImage(wide, {format, 95});
        QVERIFY(bytes.ok());
        Result<Image> back = decodeImage(*bytes);
        QVERIFY(back.ok());
        QCOMPARE(back->bitDepth(), 8);
        QVERIFY(psnr(back->pixels, eight.pixels) > 34.0);
    }

    // Transparent areas become white, opaque ones keep their colour.
    void alphaIntoJpegCompositesOntoWhite()
    {
        const Image photo = photoImage(QStringLiteral("astronaut.png"));
        cv::Mat alpha(photo.pixels.size(), CV_8UC1, cv::Scalar(255));
        alpha(cv::Rect(0, 0, 256, 512)).setTo(0);
        alpha(cv::Rect(256, 0, 128, 512)).setTo(128);
        Image image = photo;
        cv::merge(std::vector<cv::Mat>{photo.pixels, alpha}, image.pixels);
        QStringList notes;
        QVERIFY(preflightEncode(image, {ImageFormat::Jpeg}, &notes).ok());
        QVERIFY(notes.join(u'\n').contains(QStringLiteral("composited onto white")));
        Result<QByteArray> bytes = encodeImage(image, {ImageFormat::Jpeg, 100});
        QVERIFY(bytes.ok());
        Result<Image> back = decodeImage(*bytes);
        QVERIFY(back.ok());
        QCOMPARE(back->channels(), 3);
        const cv::Rect clear(8, 8, 240, 496);
        const cv::Rect half(264, 8, 112, 496);
        const cv::Rect opaque(392, 8, 112, 496);
        cv::Mat white(clear.size(), CV_8UC3, cv::Scalar::all(255));
        QVERIFY(maxAbsDiff(back->pixels(clear), white) <= 2.0);
        cv::Mat blended;
        cv::addWeighted(photo.pixels(half), 128.0 / 255.0,
                        cv::Mat(half.size(), CV_8UC3, cv::Scalar::all(255)), 127.0 / 255.0, 0.0,
                        blended);
        QVERIFY(psnr(back->pixels(half), blended) > 38.0);
        QVERIFY(psnr(back->pixels(opaque), photo.pixels(opaque)) > 38.0);
    }

    void pngCompressionLevel()
    {
        const Image image = photoImage(QStringLiteral("camera.png"));
        EncodeOptions fast{ImageFormat::Png};
        fast.pngCompression = 0;
        EncodeOptions small{ImageFormat::Png};
        small.pngCompression = 9;
        Result<QByteArray> a = encodeImage(image, fast);
        Result<QByteArray> b = encodeImage(image, small);
        QVERIFY(a.ok() && b.ok());
        QVERIFY(b->size() < a->size());
        EncodeOptions wrong{ImageFormat::Png};
        wrong.pngCompression = 10;
        QCOMPARE(preflightEncode(image, wrong).error().code, ErrorCode::InvalidArgument);
    }

    // Real ICC profiles (Photoshop's in astronaut.png, the one in the Hubble
    // JPEG) and EXIF reach every format that holds them; PIL reads them back.
    void metadataCarried_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<ImageFormat>("format");
        for (const char* name : {"astronaut.png", "hubble_deep_field.jpg"}) {
            for (ImageFormat f :
                 {ImageFormat::Png, ImageFormat::Jpeg, ImageFormat::Webp, ImageFormat::Tiff})
                QTest::addRow("%s to %s", name, qPrintable(imageFormatName(f)))
                    << QString::fromLatin1(name) << f;
        }
    }

    void metadataCarried()
    {
        QFETCH(QString, name);
        QFETCH(ImageFormat, format);
        const QString source = m_guards.watch(photo(name));
        const Image image = mustRead(source);
        const QJsonObject original = pilInfo(source);
        QVERIFY(!image.metadata.iccProfile.isEmpty());
        QCOMPARE(image.metadata.iccProfile, pilIcc(original));
        const QString out =
            m_dir.filePath(QStringLiteral("carried.") + imageFormatExtension(format));
        QVERIFY(saveImage(image, out, {format, 90}).ok());
        const QJsonObject written = pilInfo(out);
        QCOMPARE(written.value(QStringLiteral("width")).toInt(), image.width());
        QCOMPARE(pilIcc(written), image.metadata.iccProfile);
        const bool exifInSource = !image.metadata.exif.isEmpty();
        QCOMPARE(exifInSource, name.endsWith(QStringLiteral(".jpg")));
        if (exifInSource && format != ImageFormat::Tiff) {
            QCOMPARE(written.value(QStringLiteral("software")).toString(),
                     original.value(QStringLiteral("software")).toString());
            QCOMPARE(written.value(QStringLiteral("orientation")).toInt(), 1);
        }
        EncodeOptions bare{format, 90};
        bare.keepMetadata = false;
        QVERIFY(saveImage(image, out, bare).ok());
        QVERIFY(pilIcc(pilInfo(out)).isEmpty());
    }

    // littlecms's sRGB profile, embedded by PIL in each format, read by us,
    // written to each format and read back by PIL: the same bytes throughout.
    void pilIccRoundTrip_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<ImageFormat>("format");
        for (const char* ext : {"png", "jpg", "webp", "tif"}) {
            for (ImageFormat f :
                 {ImageFormat::Png, ImageFormat::Jpeg, ImageFormat::Webp, ImageFormat::Tiff})
                QTest::addRow("%s to %s", ext, qPrintable(imageFormatName(f)))
                    << QStringLiteral("icc.%1").arg(QLatin1String(ext)) << f;
        }
    }

    void pilIccRoundTrip()
    {
        QFETCH(QString, source);
        QFETCH(ImageFormat, format);
        if (!QFile::exists(m_dir.filePath(QStringLiteral("srgb.icc")))) {
            QString error;
            runPil({QStringLiteral("icc"), photo(QStringLiteral("rocket.jpg")), m_dir.path()},
                   &error);
            QVERIFY2(QFile::exists(m_dir.filePath(QStringLiteral("srgb.icc"))), qPrintable(error));
        }
        const QByteArray profile = readBytes(m_dir.filePath(QStringLiteral("srgb.icc")));
        QVERIFY(profile.size() > 128);
        const Image image = mustRead(m_dir.filePath(source));
        QCOMPARE(image.metadata.iccProfile, profile);
        const QString out =
            m_dir.filePath(QStringLiteral("srgb_out.") + imageFormatExtension(format));
        QVERIFY(saveImage(image, out, {format, 90}).ok());
        QCOMPARE(pilIcc(pilInfo(out)), profile);
    }

private:
    QTemporaryDir m_dir;
    PhotoGuards m_guards;
};

QTEST_GUILESS_MAIN(TestImageEncoder)
#include "tst_image_encoder.moc"
