// JPEG metadata segments: APP1 Exif and APP2 ICC_PROFILE read from real and
// PIL-written files (multi-segment profiles reassembled by sequence number),
// written after SOI/JFIF in order, read back by PIL byte for byte.
#include "core/image/jpeg_segments_p.h"

#include "core/image/image_decoder.h"
#include "core/image/image_encoder.h"

#include "image/image_test_support.h"
#include "image/synthetic_headers.h"

#include <QTemporaryDir>
#include <QTest>

using namespace hires;
using namespace hires::test;

namespace {

struct Segment
{
    uint8_t marker;
    QByteArray payload;
};

// Marker segments up to SOS, read independently of jpeg_segments.cpp.
std::vector<Segment> segmentsOf(const QByteArray& jpeg)
{
    std::vector<Segment> out;
    const ByteView v(jpeg);
    for (size_t pos = 2; v.has(pos, 4) && v.u8(pos) == 0xff;) {
        const uint8_t marker = v.u8(pos + 1);
        if (marker == 0xda)
            break;
        const size_t length = v.u16be(pos + 2);
        out.push_back({marker, jpeg.mid(qsizetype(pos) + 4, qsizetype(length) - 2)});
        pos += 2 + length;
    }
    return out;
}

Image smallImage()
{
    Image image;
    image.pixels = cv::Mat(16, 24, CV_8UC3, cv::Scalar(40, 90, 200));
    return image;
}

QByteArray iccSegment(int seq, int count, const QByteArray& data)
{
    QByteArray payload = QByteArray("ICC_PROFILE\0", 12);
    payload.append(char(seq)).append(char(count)).append(data);
    QByteArray out("\xff\xe2", 2);
    appendU16be(out, uint16_t(payload.size() + 2));
    return out + payload;
}

} // namespace

class TestJpegSegments : public QObject
{
    Q_OBJECT

    QString fixture(const QString& name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString source = photo(QStringLiteral("rocket.jpg"));
        m_sourceHash = sha256Of(source);
        QString error;
        runPil({QStringLiteral("icc"), source, m_dir.path()}, &error);
        QVERIFY2(QFile::exists(fixture(QStringLiteral("icc_large.jpg"))), qPrintable(error));
        m_largeIcc = readBytes(fixture(QStringLiteral("large.icc")));
        QVERIFY(m_largeIcc.size() > 2 * kJpegIccChunkBytes);
    }

    void cleanupTestCase()
    {
        QCOMPARE(sha256Of(photo(QStringLiteral("rocket.jpg"))), m_sourceHash);
    }

    void readsProfilesPilWrote()
    {
        const Image small = mustRead(fixture(QStringLiteral("icc.jpg")));
        QCOMPARE(small.metadata.iccProfile, readBytes(fixture(QStringLiteral("srgb.icc"))));
        const Image large = mustRead(fixture(QStringLiteral("icc_large.jpg")));
        QCOMPARE(large.metadata.iccProfile, m_largeIcc);
    }

    // The real Hubble photograph: Photoshop's little-endian EXIF and ICC.
    void readsRealPhotoshopJpeg()
    {
        const QString path = photo(QStringLiteral("hubble_deep_field.jpg"));
        const QByteArray hash = sha256Of(path);
        const Image image = mustRead(path);
        QVERIFY(image.metadata.exif.startsWith(QByteArray("II*\0", 4)));
        QCOMPARE(image.metadata.iccProfile, pilIcc(pilInfo(path)));
        QCOMPARE(sha256Of(path), hash);
    }

    void writesLargeProfileInSequence()
    {
        Image image = smallImage();
        image.metadata.iccProfile = m_largeIcc;
        image.metadata.exif = tiffFile(false, {{0x0112, 3, {1}}, {0x0131, 2, {0x41424300}}}, {});
        Result<QByteArray> jpeg = encodeImage(image, {ImageFormat::Jpeg, 90});
        QVERIFY(jpeg.ok());
        const std::vector<Segment> segments = segmentsOf(*jpeg);
        QVERIFY(segments.size() > 4);
        QCOMPARE(int(segments[0].marker), 0xe0); // JFIF stays first
        QVERIFY(segments[0].payload.startsWith(QByteArray("JFIF\0", 5)));
        QCOMPARE(int(segments[1].marker), 0xe1);
        QCOMPARE(segments[1].payload, QByteArray("Exif\0\0", 6) + image.metadata.exif);
        const int count = int((m_largeIcc.size() + kJpegIccChunkBytes - 1) / kJpegIccChunkBytes);
        QCOMPARE(count, 3);
        for (int i = 0; i < count; ++i) {
            const Segment& s = segments[size_t(2 + i)];
            QCOMPARE(int(s.marker), 0xe2);
            QCOMPARE(int(uint8_t(s.payload[12])), i + 1);
            QCOMPARE(int(uint8_t(s.payload[13])), count);
            QVERIFY(s.payload.size() <= 65533);
        }
        const QString out = fixture(QStringLiteral("large_out.jpg"));
        QVERIFY(writeBytes(out, *jpeg));
        QCOMPARE(pilIcc(pilInfo(out)), m_largeIcc);
        Result<Image> back = decodeImage(*jpeg);
        QVERIFY(back.ok());
        QCOMPARE(back->metadata.iccProfile, m_largeIcc);
        QCOMPARE(back->metadata.exif, image.metadata.exif);
    }

    // Inserting into a file that has the segments already replaces them.
    void insertingTwiceKeepsOneCopy()
    {
        ImageMetadata metadata;
        metadata.iccProfile = QByteArray(70000, 'i');
        metadata.exif = tiffFile(true, {{0x0112, 3, {1}}}, {});
        Result<QByteArray> plain = encodeImage(smallImage(), {ImageFormat::Jpeg, 90});
        QVERIFY(plain.ok());
        Result<QByteArray> once = insertJpegMetadata(*plain, metadata);
        QVERIFY(once.ok());
        Result<QByteArray> twice = insertJpegMetadata(*once, metadata);
        QVERIFY(twice.ok());
        QCOMPARE(*twice, *once);
    }

    void iccPieces_data()
    {
        QTest::addColumn<QByteArray>("segments");
        QTest::addColumn<QByteArray>("expected");
        const QByteArray a(100, 'a');
        const QByteArray b(50, 'b');
        QTest::newRow("in order") << iccSegment(1, 2, a) + iccSegment(2, 2, b) << a + b;
        QTest::newRow("reversed") << iccSegment(2, 2, b) + iccSegment(1, 2, a) << a + b;
        QTest::newRow("missing piece") << iccSegment(1, 3, a) + iccSegment(3, 3, b) << QByteArray();
        QTest::newRow("count mismatch")
            << iccSegment(1, 2, a) + iccSegment(2, 3, b) << QByteArray();
        QTest::newRow("duplicate") << iccSegment(1, 2, a) + iccSegment(1, 2, b) << QByteArray();
        QTest::newRow("sequence 0") << iccSegment(0, 1, a) << QByteArray();
    }

    void iccPieces()
    {
        QFETCH(QByteArray, segments);
        QFETCH(QByteArray, expected);
        Result<QByteArray> plain = encodeImage(smallImage(), {ImageFormat::Jpeg, 90});
        QVERIFY(plain.ok());
        const QByteArray jpeg = plain->left(2) + segments + plain->mid(2);
        Result<Image> image = decodeImage(jpeg);
        QVERIFY(image.ok()); // a broken profile never fails the image
        QCOMPARE(image->metadata.iccProfile, expected);
    }

    void oversizedExifLeftOut()
    {
        Image image = smallImage();
        image.metadata.exif = tiffFile(true, {{0x0112, 3, {1}}}, QByteArray(70000, 'x'));
        QStringList notes;
        QVERIFY(preflightEncode(image, {ImageFormat::Jpeg}, &notes).ok());
        QVERIFY(notes.join(u' ').contains(QStringLiteral("does not fit in a JPEG segment")));
        Result<QByteArray> jpeg = encodeImage(image, {ImageFormat::Jpeg, 90});
        QVERIFY(jpeg.ok());
        for (const Segment& s : segmentsOf(*jpeg))
            QVERIFY(s.marker != 0xe1);
    }

private:
    QTemporaryDir m_dir;
    QByteArray m_sourceHash;
    QByteArray m_largeIcc;
};

QTEST_GUILESS_MAIN(TestJpegSegments)
#include "tst_jpeg_segments.moc"
