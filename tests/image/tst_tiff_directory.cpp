// TIFF directories: both byte orders and BigTIFF read; an ICC profile added
// to real TIFF files as tag 34675 without moving anything else, read back by
// PIL, with the pixels and further pages unchanged.
#include "core/image/tiff_directory_p.h"

#include "core/image/image_decoder.h"
#include "core/image/image_encoder.h"

#include "image/image_test_support.h"
#include "image/synthetic_headers.h"

#include <QTemporaryDir>
#include <QTest>

using namespace hires;
using namespace hires::test;

namespace {

// A little-endian BigTIFF, 8-bit gray, one strip: header, pixels, IFD (8-byte
// counts and offsets, 20-byte entries).
QByteArray bigTiff(uint32_t width, uint32_t height)
{
    QByteArray out("II+\0\x08\0\0\0", 8);
    const uint64_t pixelsAt = 16;
    const uint64_t ifdAt = pixelsAt + width * height;
    auto u64 = [](QByteArray& o, uint64_t v) {
        appendU32le(o, uint32_t(v));
        appendU32le(o, uint32_t(v >> 32));
    };
    u64(out, ifdAt);
    for (uint32_t i = 0; i < width * height; ++i)
        out.append(char(i * 3));
    const std::vector<std::pair<uint16_t, uint64_t>> tags{
        {256, width}, {257, height}, {258, 8},
        {259, 1},     {262, 1},      {273, pixelsAt},
        {277, 1},     {278, height}, {279, width * height}};
    u64(out, tags.size());
    for (const auto& [tag, value] : tags) {
        out.append(char(tag)).append(char(tag >> 8));
        out.append(char(16)).append('\0'); // LONG8
        u64(out, 1);
        u64(out, value);
    }
    u64(out, 0);
    return out;
}

} // namespace

class TestTiffDirectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_guards.start();
    }

    void cleanupTestCase()
    {
        QVERIFY2(m_guards.afterAll().isEmpty(), qPrintable(m_guards.afterAll()));
    }

    void addsIccToRealFiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("frames");
        QTest::newRow("II 16-bit") << "chessboard_GRAY_U16.tif" << 1;
        QTest::newRow("MM 16-bit") << "chessboard_GRAY_U16B.tif" << 1;
        QTest::newRow("multipage") << "multipage.tif" << 2;
        QTest::newRow("OpenCV BGRA 16-bit") << "" << 1;
    }

    void addsIccToRealFiles()
    {
        QFETCH(QString, name);
        QByteArray original;
        if (name.isEmpty()) {
            Image image;
            image.pixels = cv::Mat(33, 47, CV_16UC4);
            cv::randu(image.pixels, 0, 65536);
            Result<QByteArray> encoded = encodeImage(image, {ImageFormat::Tiff});
            QVERIFY(encoded.ok());
            original = *encoded;
        } else {
            original = readBytes(photo(name));
        }
        Result<TiffDirectory> before = TiffDirectory::parse(ByteView(original));
        QVERIFY(before.ok());
        const QByteArray icc = QByteArray(4097, 'c') + "end"; // odd size: padding needed
        Result<QByteArray> tagged = setTiffEntry(original, tiff::kIccProfile, tiff::kTypeUndefined,
                                                 uint32_t(icc.size()), icc);
        QVERIFY(tagged.ok());
        QVERIFY(tagged->startsWith(original.left(4)));

        Result<TiffDirectory> after = TiffDirectory::parse(ByteView(*tagged));
        QVERIFY(after.ok());
        QCOMPARE(after->entries().size(), before->entries().size() + 1);
        QCOMPARE(after->ifdOffset() % 2, size_t(0));
        for (size_t i = 1; i < after->entries().size(); ++i)
            QVERIFY(after->entries()[i - 1].tag < after->entries()[i].tag);
        const TiffEntry* entry = after->find(tiff::kIccProfile);
        QVERIFY(entry);
        QCOMPARE(entry->valueOffset % 2, size_t(0));
        QCOMPARE(after->valueBytes(*entry).toByteArray(), icc);

        const Image a = mustRead(photoOr(name, original));
        Result<Image> b = decodeImage(*tagged);
        QVERIFY(b.ok());
        QCOMPARE(maxAbsDiff(a.pixels, b->pixels), 0.0);
        QCOMPARE(b->metadata.iccProfile, icc);

        const QString out = m_dir.filePath(QStringLiteral("tagged.tif"));
        QVERIFY(writeBytes(out, *tagged));
        const QJsonObject pil = pilInfo(out);
        QCOMPARE(pilIcc(pil), icc);
        QTEST(pil.value(QStringLiteral("frames")).toInt(), "frames");
    }

    void replacesAnExistingEntry()
    {
        const QByteArray file = grayTiff(false, 8, 4);
        Result<QByteArray> first =
            setTiffEntry(file, tiff::kIccProfile, tiff::kTypeUndefined, 6, QByteArray("first!"));
        QVERIFY(first.ok());
        Result<QByteArray> second =
            setTiffEntry(*first, tiff::kIccProfile, tiff::kTypeUndefined, 3, QByteArray("2nd"));
        QVERIFY(second.ok());
        Result<TiffDirectory> dir = TiffDirectory::parse(ByteView(*second));
        QVERIFY(dir.ok());
        int found = 0;
        for (const TiffEntry& e : dir->entries())
            found += e.tag == tiff::kIccProfile;
        QCOMPARE(found, 1);
        QCOMPARE(dir->valueBytes(*dir->find(tiff::kIccProfile)).toByteArray(), QByteArray("2nd"));
    }

    void inlineShortValue_data()
    {
        QTest::addColumn<bool>("littleEndian");
        QTest::newRow("II") << true;
        QTest::newRow("MM") << false;
    }

    void inlineShortValue()
    {
        QFETCH(bool, littleEndian);
        const QByteArray six = littleEndian ? QByteArray("\x06\x00", 2) : QByteArray("\x00\x06", 2);
        Result<QByteArray> tagged = setTiffEntry(grayTiff(littleEndian, 8, 4), tiff::kOrientation,
                                                 tiff::kTypeShort, 1, six);
        QVERIFY(tagged.ok());
        Result<ImageInfo> info = probeImage(*tagged);
        QVERIFY(info.ok());
        QCOMPARE(info->exifOrientation, 6);
        Result<Image> image = decodeImage(*tagged);
        QVERIFY(image.ok());
        QCOMPARE(image->width(), 4); // turned, once
        QCOMPARE(image->height(), 8);
    }

    void readsBigTiff()
    {
        const QByteArray file = bigTiff(7, 5);
        Result<ImageInfo> info = probeImage(file);
        QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().message));
        QCOMPARE(info->width, 7);
        QCOMPARE(info->height, 5);
        Result<Image> image = decodeImage(file);
        QVERIFY2(image.ok(), qPrintable(image.ok() ? QString() : image.error().message));
        QCOMPARE(int(image->pixels.at<uint8_t>(1, 2)), (9 * 3) & 0xff);
        // Adding tags is only done for classic TIFF (what OpenCV writes).
        Result<QByteArray> tagged =
            setTiffEntry(file, tiff::kIccProfile, tiff::kTypeUndefined, 1, QByteArray("x"));
        QVERIFY(!tagged.ok());
        QCOMPARE(tagged.error().code, ErrorCode::Unsupported);
    }

    // Entries pointing outside the file are marked, not followed.
    void valuesOutsideTheFile()
    {
        QByteArray file = grayTiff(true, 8, 4, {{34675, 7, {0}}});
        Result<TiffDirectory> dir = TiffDirectory::parse(ByteView(file));
        QVERIFY(dir.ok());
        // Make the ICC entry claim 1 MB at offset 8.
        const TiffEntry* icc = dir->find(tiff::kIccProfile);
        QVERIFY(icc);
        const qsizetype at = qsizetype(icc->entryOffset);
        file[at + 4] = 0;
        file[at + 5] = 0;
        file[at + 6] = 0x10;
        file[at + 8] = 8;
        Result<TiffDirectory> bad = TiffDirectory::parse(ByteView(file));
        QVERIFY(bad.ok());
        QVERIFY(!bad->find(tiff::kIccProfile)->valueInFile);
        QVERIFY(bad->valueBytes(*bad->find(tiff::kIccProfile)).empty());
        Result<Image> image = decodeImage(file);
        QVERIFY(image.ok());
        QVERIFY(image->metadata.iccProfile.isEmpty());
    }

private:
    QString photoOr(const QString& name, const QByteArray& bytes)
    {
        if (!name.isEmpty())
            return photo(name);
        const QString path = m_dir.filePath(QStringLiteral("original.tif"));
        writeBytes(path, bytes);
        return path;
    }

    QTemporaryDir m_dir;
    PhotoGuards m_guards;
};

QTEST_GUILESS_MAIN(TestTiffDirectory)
#include "tst_tiff_directory.moc"
