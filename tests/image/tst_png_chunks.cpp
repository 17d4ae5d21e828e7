// PNG metadata chunks: tEXt/zTXt/iTXt (AUTOMATIC1111's "parameters"), iCCP
// and eXIf read from files PIL wrote, written after IHDR with valid CRCs and
// read back by PIL; damaged or oversized ancillary chunks are skipped.
#include "core/image/png_chunks_p.h"

#include "core/image/image_decoder.h"
#include "core/image/image_encoder.h"

#include "image/image_test_support.h"
#include "image/synthetic_headers.h"

#include <QTemporaryDir>
#include <QTest>

using namespace hires;
using namespace hires::test;

namespace {

struct ChunkRecord
{
    QByteArray type;
    QByteArray data;
    bool crcOk;
};

// The chunk list of a PNG, read independently of png_chunks.cpp.
std::vector<ChunkRecord> chunksOf(const QByteArray& png)
{
    std::vector<ChunkRecord> out;
    const ByteView v(png);
    for (size_t pos = 8; v.has(pos, 12);) {
        const uint32_t length = v.u32be(pos);
        if (!v.has(pos + 8, size_t(length) + 4))
            break;
        ChunkRecord c{png.mid(qsizetype(pos) + 4, 4), png.mid(qsizetype(pos) + 8, length), false};
        c.crcOk = crc32Of(v.mid(pos + 4, size_t(length) + 4)) == v.u32be(pos + 8 + length);
        out.push_back(c);
        pos += 12 + length;
    }
    return out;
}

QByteArrayList typesOf(const QByteArray& png)
{
    QByteArrayList types;
    for (const ChunkRecord& c : chunksOf(png))
        types << c.type;
    return types;
}

Image smallImage()
{
    Image image;
    image.pixels = cv::Mat(6, 9, CV_8UC3, cv::Scalar(10, 200, 30));
    return image;
}

} // namespace

class TestPngChunks : public QObject
{
    Q_OBJECT

    QString fixture(const QString& name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        runPil({QStringLiteral("text"), m_dir.path()}, &error);
        QVERIFY2(QFile::exists(fixture(QStringLiteral("text.png"))), qPrintable(error));
    }

    // tEXt, zTXt (compressed) and iTXt (UTF-8, with language tag) from PIL.
    void readsTextChunksFromPil()
    {
        const Image image = mustRead(fixture(QStringLiteral("text.png")));
        const auto& text = image.metadata.text;
        QCOMPARE(text.size(), size_t(3));
        QCOMPARE(text.at(QStringLiteral("parameters")),
                 QStringLiteral("a photo of an astronaut, Steps: 20, Sampler: Euler a, Seed: 42"));
        QCOMPARE(text.at(QStringLiteral("Comment")),
                 QStringLiteral("compressed comment ").repeated(20));
        QCOMPARE(text.at(QStringLiteral("Beschreibung")), QString::fromUtf8("Größe: 4× — 東京"));
        const QByteArrayList types = typesOf(readBytes(fixture(QStringLiteral("text.png"))));
        QVERIFY(types.contains("tEXt") && types.contains("zTXt") && types.contains("iTXt"));
    }

    // Latin-1 text goes out as tEXt (as AUTOMATIC1111 writes "parameters"),
    // anything else as UTF-8 iTXt; PIL reads both back unchanged.
    void writesTextThatPilReads()
    {
        Image image = smallImage();
        const QString parameters = QString::fromUtf8(
            "masterpiece, café au lait\nNegative prompt: blurry\nSteps: 30, Sampler: DPM++ 2M "
            "Karras, CFG scale: 7, Seed: 1234567890, Size: 512x768, Model: v1-5");
        image.metadata.text[QStringLiteral("parameters")] = parameters;
        image.metadata.text[QStringLiteral("Title")] = QString::fromUtf8("夜の東京 🌃");
        image.metadata.text[QStringLiteral(" bad keyword")] = QStringLiteral("left out");
        const QString out = fixture(QStringLiteral("text_out.png"));
        QVERIFY(saveImage(image, out, {ImageFormat::Png}).ok());
        const QByteArray bytes = readBytes(out);
        int tEXt = 0;
        int iTXt = 0;
        for (const ChunkRecord& c : chunksOf(bytes)) {
            QVERIFY(c.crcOk);
            tEXt += c.type == "tEXt" && c.data.startsWith("parameters\0");
            iTXt += c.type == "iTXt" && c.data.startsWith("Title\0");
        }
        QCOMPARE(tEXt, 1);
        QCOMPARE(iTXt, 1);
        const QJsonObject pil = pilInfo(out).value(QStringLiteral("text")).toObject();
        QCOMPARE(pil.size(), 2);
        QCOMPARE(pil.value(QStringLiteral("parameters")).toString(), parameters);
        QCOMPARE(pil.value(QStringLiteral("Title")).toString(), QString::fromUtf8("夜の東京 🌃"));
        const Image back = mustRead(out);
        QCOMPARE(back.metadata.text.at(QStringLiteral("parameters")), parameters);
        QCOMPARE(back.metadata.text.size(), size_t(2));
    }

    // ICC and EXIF right after IHDR, every CRC right, PIL loads the file.
    void metadataChunksAfterIhdr()
    {
        Image image = smallImage();
        image.metadata.iccProfile = QByteArray(3000, 'p');
        image.metadata.exif = tiffFile(true, {{0x0112, 3, {1}}}, {});
        image.metadata.text[QStringLiteral("k")] = QStringLiteral("v");
        Result<QByteArray> png = encodeImage(image, {ImageFormat::Png});
        QVERIFY(png.ok());
        const QByteArrayList types = typesOf(*png);
        QVERIFY(types.size() >= 6);
        QCOMPARE(types.mid(0, 4), (QByteArrayList{"IHDR", "iCCP", "eXIf", "tEXt"}));
        QCOMPARE(types.last(), QByteArray("IEND"));
        for (const ChunkRecord& c : chunksOf(*png))
            QVERIFY2(c.crcOk, c.type.constData());
        const QString out = fixture(QStringLiteral("meta.png"));
        QVERIFY(writeBytes(out, *png));
        QCOMPARE(pilIcc(pilInfo(out)), image.metadata.iccProfile);
        Result<Image> back = decodeImage(*png);
        QVERIFY(back.ok());
        QCOMPARE(back->metadata.iccProfile, image.metadata.iccProfile);
        QCOMPARE(back->metadata.exif, image.metadata.exif);
    }

    // sRGB must not stand beside iCCP: replaced when a profile is written.
    void srgbReplacedByIcc()
    {
        const QByteArray withSrgb = pngFile(4, 4, 8, 2, pngChunk("sRGB", QByteArray(1, '\0')));
        ImageMetadata none;
        Result<QByteArray> kept = insertPngMetadata(withSrgb, none);
        QVERIFY(kept.ok());
        QVERIFY(typesOf(*kept).contains("sRGB"));
        ImageMetadata icc;
        icc.iccProfile = QByteArray(100, 'x');
        Result<QByteArray> replaced = insertPngMetadata(withSrgb, icc);
        QVERIFY(replaced.ok());
        QVERIFY(!typesOf(*replaced).contains("sRGB"));
        QVERIFY(typesOf(*replaced).contains("iCCP"));
    }

    // A text chunk with a wrong CRC is skipped; the rest of the file is used.
    void damagedTextChunkSkipped()
    {
        QByteArray badText = pngChunk("tEXt", QByteArray("bad\0value", 9));
        badText[badText.size() - 1] = char(badText[badText.size() - 1] ^ 0xff);
        const QByteArray good = pngChunk("tEXt", QByteArray("good\0value", 10));
        Result<ImageInfo> info = probeImage(pngFile(4, 4, 8, 2, badText + good));
        QVERIFY(info.ok());
        Result<Image> image = decodeImage(encodeWithText(badText + good));
        QVERIFY2(image.ok(), qPrintable(image.ok() ? QString() : image.error().message));
        QCOMPARE(image->metadata.text.size(), size_t(1));
        QCOMPARE(image->metadata.text.at(QStringLiteral("good")), QStringLiteral("value"));
    }

    // 100 MB of zeros compress to ~100 KB: over the caps, skipped, no 100 MB
    // allocation, and the image itself still decodes.
    void decompressionBombsSkipped()
    {
        const QByteArray bomb = zlibDeflate(QByteArray(100 << 20, '\0'));
        QVERIFY(bomb.size() < (1 << 20));
        const QByteArray zTXt = pngChunk("zTXt", QByteArray("big\0\0", 5) + bomb);
        const QByteArray iCCP = pngChunk("iCCP", QByteArray("icc\0\0", 5) + bomb);
        Result<Image> image = decodeImage(encodeWithText(zTXt + iCCP));
        QVERIFY(image.ok());
        QVERIFY(image->metadata.text.empty());
        QVERIFY(image->metadata.iccProfile.isEmpty());
    }

    void brokenZlibSkipped()
    {
        QByteArray stream = zlibDeflate(QByteArray("some text that is long enough", 29));
        stream.chop(6); // cut inside the stream
        const QByteArray zTXt = pngChunk("zTXt", QByteArray("cut\0\0", 5) + stream);
        Result<Image> image = decodeImage(encodeWithText(zTXt));
        QVERIFY(image.ok());
        QVERIFY(image->metadata.text.empty());
    }

    void keywords_data()
    {
        QTest::addColumn<QString>("keyword");
        QTest::addColumn<bool>("valid");
        QTest::newRow("parameters") << "parameters" << true;
        QTest::newRow("Latin-1") << QString::fromUtf8("Größe") << true;
        QTest::newRow("79 chars") << QString(79, u'k') << true;
        QTest::newRow("80 chars") << QString(80, u'k') << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("leading space") << " a" << false;
        QTest::newRow("trailing space") << "a " << false;
        QTest::newRow("double space") << "a  b" << false;
        QTest::newRow("inner space") << "a b" << true;
        QTest::newRow("non Latin-1") << QString::fromUtf8("東京") << false;
        QTest::newRow("control") << "a\tb" << false;
    }

    void keywords()
    {
        QFETCH(QString, keyword);
        QTEST(isValidPngKeyword(keyword), "valid");
    }

private:
    // A real 4x4 PNG from OpenCV with `chunks` spliced in after IHDR.
    static QByteArray encodeWithText(const QByteArray& chunks)
    {
        Result<QByteArray> png = encodeImage(smallImage(), {ImageFormat::Png});
        if (!png)
            return {};
        return png->left(33) + chunks + png->mid(33);
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestPngChunks)
#include "tst_png_chunks.moc"
