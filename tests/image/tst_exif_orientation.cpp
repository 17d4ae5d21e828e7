// EXIF orientation applied exactly once, for all 8 values, in JPEG (APP1),
// PNG (eXIf), WebP (EXIF chunk) and TIFF (IFD tag) files written by PIL; the
// kept EXIF says 1 afterwards and outputs are not turned a second time.
#include "core/image/exif_orientation_p.h"

#include "core/image/image_decoder.h"
#include "core/image/image_encoder.h"

#include "image/image_test_support.h"
#include "image/synthetic_headers.h"

#include <QTemporaryDir>
#include <QTest>

using namespace hires;
using namespace hires::test;

namespace {

// The upright image for `stored`, by the coordinate formulas of the EXIF
// specification, pixel by pixel (independent of applyOrientation's OpenCV calls).
cv::Mat expectedUpright(const cv::Mat& in, int n)
{
    const int w = in.cols;
    const int h = in.rows;
    const bool swap = n >= 5;
    cv::Mat out(swap ? w : h, swap ? h : w, in.type());
    const size_t pixelBytes = in.elemSize();
    for (int y = 0; y < out.rows; ++y) {
        for (int x = 0; x < out.cols; ++x) {
            int sy = y;
            int sx = x;
            switch (n) {
            case 2:
                sx = w - 1 - x;
                break;
            case 3:
                sy = h - 1 - y;
                sx = w - 1 - x;
                break;
            case 4:
                sy = h - 1 - y;
                break;
            case 5:
                sy = x;
                sx = y;
                break;
            case 6:
                sy = h - 1 - x;
                sx = y;
                break;
            case 7:
                sy = h - 1 - x;
                sx = w - 1 - y;
                break;
            case 8:
                sy = x;
                sx = w - 1 - y;
                break;
            default:
                break;
            }
            std::memcpy(out.ptr(y, x), in.ptr(sy, sx), pixelBytes);
        }
    }
    return out;
}

// An EXIF block with orientation `n` and one more tag, in either byte order.
QByteArray exifBlock(bool littleEndian, int n)
{
    return tiffFile(littleEndian, {{0x0112, 3, {uint32_t(n)}}, {0x0128, 3, {2}}}, {});
}

} // namespace

class TestExifOrientation : public QObject
{
    Q_OBJECT

    QString fixture(const QString& name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString source = photo(QStringLiteral("chelsea.png")); // 451 x 300: not square
        m_sourceHash = sha256Of(source);
        QString error;
        runPil({QStringLiteral("orientations"), source, m_dir.path()}, &error);
        QVERIFY2(QFile::exists(fixture(QStringLiteral("o8.tif"))), qPrintable(error));
    }

    void cleanupTestCase()
    {
        QCOMPARE(sha256Of(photo(QStringLiteral("chelsea.png"))), m_sourceHash);
    }

    void allOrientations_data()
    {
        QTest::addColumn<QString>("extension");
        QTest::addColumn<int>("orientation");
        for (const char* ext : {"jpg", "png", "webp", "tif"}) {
            for (int n = 1; n <= 8; ++n)
                QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(ext)).arg(n)))
                    << QString::fromLatin1(ext) << n;
        }
    }

    void allOrientations()
    {
        QFETCH(QString, extension);
        QFETCH(int, orientation);
        const QString path = fixture(QStringLiteral("o%1.%2").arg(orientation).arg(extension));
        const QByteArray before = sha256Of(path);

        Result<ImageInfo> info = probeImageFile(path);
        QVERIFY(info.ok());
        QCOMPARE(info->exifOrientation, orientation);
        QCOMPARE(info->width, 451); // as stored

        // The same pixel data is stored in every file (only the tag differs):
        // the upright result must be the exact transform of orientation 1's.
        const Image stored = mustRead(fixture(QStringLiteral("o1.%1").arg(extension)));
        const Image image = mustRead(path);
        QVERIFY(!image.pixels.empty());
        QCOMPARE(maxAbsDiff(image.pixels, expectedUpright(stored.pixels, orientation)), 0.0);

        // PIL's own reading (ImageOps.exif_transpose) agrees.
        const Image pil = mustRead(path + QStringLiteral(".upright.png"));
        QCOMPARE(pil.pixels.size(), image.pixels.size());
        QVERIFY(cv::norm(pil.pixels, image.pixels, cv::NORM_L1) / double(image.pixels.total()) <
                1.0);

        // The kept EXIF says 1, and nothing else in it changed.
        if (extension == QStringLiteral("tif")) {
            QVERIFY(image.metadata.exif.isEmpty()); // TIFF: orientation is a file tag
        } else {
            QCOMPARE(exifOrientation(image.metadata.exif), 1);
            Result<Image> raw = decodeImage(readBytes(path)); // same bytes, same result
            QVERIFY(raw.ok());
            QCOMPARE(raw->metadata.exif, image.metadata.exif);
        }

        // Saved and read again (by PIL and by us): not turned a second time.
        const QString out = fixture(QStringLiteral("out_%1.jpg").arg(orientation));
        QVERIFY(saveImage(image, out, {ImageFormat::Jpeg, 95}).ok());
        const QJsonObject written = pilInfo(out);
        if (extension != QStringLiteral("tif")) {
            QCOMPARE(written.value(QStringLiteral("orientation")).toInt(), 1);
            QCOMPARE(written.value(QStringLiteral("software")).toString(),
                     QStringLiteral("pil_fixtures"));
        }
        const Image again = mustRead(out);
        QCOMPARE(again.pixels.size(), image.pixels.size());
        QVERIFY(cv::PSNR(again.pixels, image.pixels) > 35.0);
        QCOMPARE(sha256Of(path), before);
    }

    // Our own EXIF blocks in both byte orders: reset patches the value bytes
    // in place and nothing else.
    void resetPatchesInPlace_data()
    {
        QTest::addColumn<bool>("littleEndian");
        QTest::addColumn<int>("orientation");
        for (int n = 1; n <= 8; ++n) {
            QTest::addRow("II %d", n) << true << n;
            QTest::addRow("MM %d", n) << false << n;
        }
    }

    void resetPatchesInPlace()
    {
        QFETCH(bool, littleEndian);
        QFETCH(int, orientation);
        const QByteArray original = exifBlock(littleEndian, orientation);
        QCOMPARE(exifOrientation(original), orientation);
        QByteArray patched = original;
        QVERIFY(resetExifOrientation(patched));
        QCOMPARE(exifOrientation(patched), 1);
        QCOMPARE(patched.size(), original.size());
        int changedBytes = 0;
        for (qsizetype i = 0; i < original.size(); ++i)
            changedBytes += original[i] != patched[i];
        QCOMPARE(changedBytes, orientation == 1 ? 0 : 1);
    }

    void missingOrInvalidOrientation()
    {
        QByteArray none = tiffFile(true, {{0x0128, 3, {2}}}, {});
        const QByteArray copy = none;
        QCOMPARE(exifOrientation(none), 1);
        QVERIFY(!resetExifOrientation(none));
        QCOMPARE(none, copy);
        QCOMPARE(exifOrientation(exifBlock(true, 9)), 1);
        QCOMPARE(exifOrientation(exifBlock(false, 0)), 1);
        QCOMPARE(exifOrientation(QByteArray("garbage")), 1);
        QCOMPARE(exifOrientation(QByteArray()), 1);
        QByteArray cut = exifBlock(false, 6).left(12);
        QCOMPARE(exifOrientation(cut), 1);
        QVERIFY(!resetExifOrientation(cut));
    }

    // applyOrientation itself on a 16-bit BGRA matrix, against the formulas.
    void applyOrientationMatchesFormulas()
    {
        cv::Mat m(5, 7, CV_16UC4);
        cv::randu(m, 0, 65536);
        for (int n = 1; n <= 8; ++n)
            QCOMPARE(maxAbsDiff(applyOrientation(m, n), expectedUpright(m, n)), 0.0);
        QCOMPARE(maxAbsDiff(applyOrientation(m, 0), m), 0.0);
        QCOMPARE(maxAbsDiff(applyOrientation(m, 42), m), 0.0);
    }

private:
    QTemporaryDir m_dir;
    QByteArray m_sourceHash;
};

QTEST_GUILESS_MAIN(TestExifOrientation)
#include "tst_exif_orientation.moc"
