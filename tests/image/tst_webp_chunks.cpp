// WebP container: OpenCV's simple (VP8/VP8L) or alpha (VP8X+ALPH) output is
// rewritten to the extended layout with ICCP and EXIF chunks, right flags and
// canvas size; PIL reads the metadata back and the pixels are unchanged.
#include "core/image/webp_chunks_p.h"

#include "core/image/image_decoder.h"
#include "core/image/image_encoder.h"

#include "image/image_test_support.h"
#include "image/synthetic_headers.h"

#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgproc.hpp>

using namespace hires;
using namespace hires::test;

namespace {

struct Chunk
{
    QByteArray fourcc;
    QByteArray payload;
};

// The chunks of a RIFF WebP, read independently of webp_chunks.cpp.
std::vector<Chunk> chunksOf(const QByteArray& webp)
{
    std::vector<Chunk> out;
    const ByteView v(webp);
    for (size_t pos = 12; v.has(pos, 8);) {
        const size_t size = v.u32le(pos + 4);
        out.push_back({webp.mid(qsizetype(pos), 4), webp.mid(qsizetype(pos) + 8, qsizetype(size))});
        pos += 8 + size + (size & 1);
    }
    return out;
}

QByteArrayList namesOf(const std::vector<Chunk>& chunks)
{
    QByteArrayList names;
    for (const Chunk& c : chunks)
        names << c.fourcc;
    return names;
}

} // namespace

class TestWebpChunks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString source = photo(QStringLiteral("horse.png")); // RGBA 400 x 328
        m_sourceHash = sha256Of(source);
        m_photo = mustRead(source);
        QCOMPARE(m_photo.channels(), 4);
        QString error;
        runPil({QStringLiteral("icc"), photo(QStringLiteral("rocket.jpg")), m_dir.path()}, &error);
        m_icc = readBytes(m_dir.filePath(QStringLiteral("srgb.icc")));
        QVERIFY2(!m_icc.isEmpty(), qPrintable(error));
        m_exif = tiffFile(true, {{0x0112, 3, {1}}, {0x0128, 3, {2}}}, {});
    }

    void cleanupTestCase() { QCOMPARE(sha256Of(photo(QStringLiteral("horse.png"))), m_sourceHash); }

    void extendedLayout_data()
    {
        QTest::addColumn<bool>("lossless");
        QTest::addColumn<bool>("alpha");
        QTest::addColumn<bool>("icc");
        QTest::addColumn<bool>("exif");
        for (bool lossless : {false, true}) {
            for (bool alpha : {false, true}) {
                for (int meta = 1; meta <= 3; ++meta)
                    QTest::addRow("%s%s%s%s", lossless ? "lossless" : "lossy",
                                  alpha ? " alpha" : "", meta & 1 ? " icc" : "",
                                  meta & 2 ? " exif" : "")
                        << lossless << alpha << bool(meta & 1) << bool(meta & 2);
            }
        }
    }

    void extendedLayout()
    {
        QFETCH(bool, lossless);
        QFETCH(bool, alpha);
        QFETCH(bool, icc);
        QFETCH(bool, exif);
        Image image = m_photo;
        if (!alpha)
            cv::cvtColor(m_photo.pixels, image.pixels, cv::COLOR_BGRA2BGR);
        image.metadata = {};
        EncodeOptions options{ImageFormat::Webp, 80};
        options.lossless = lossless;
        Result<QByteArray> plain = encodeImage(image, options);
        QVERIFY(plain.ok());
        if (icc)
            image.metadata.iccProfile =
                m_icc + QByteArray(icc && exif ? 1 : 0, 'x'); // odd size too
        if (exif)
            image.metadata.exif = m_exif;
        Result<QByteArray> webp = encodeImage(image, options);
        QVERIFY(webp.ok());

        const ByteView v(*webp);
        QCOMPARE(size_t(v.u32le(4)) + 8, size_t(webp->size()));
        const std::vector<Chunk> chunks = chunksOf(*webp);
        QByteArrayList expected{"VP8X"};
        if (icc)
            expected << "ICCP";
        if (alpha && !lossless)
            expected << "ALPH";
        expected << (lossless ? "VP8L" : "VP8 ");
        if (exif)
            expected << "EXIF";
        QCOMPARE(namesOf(chunks), expected);
        const ByteView vp8x(chunks[0].payload);
        const uint8_t flags = vp8x.u8(0);
        QCOMPARE(bool(flags & 0x20), icc);
        QCOMPARE(bool(flags & 0x10), alpha);
        QCOMPARE(bool(flags & 0x08), exif);
        QCOMPARE(int(vp8x.u24le(4)) + 1, image.width());
        QCOMPARE(int(vp8x.u24le(7)) + 1, image.height());

        Result<Image> back = decodeImage(*webp);
        Result<Image> reference = decodeImage(*plain);
        QVERIFY(back.ok() && reference.ok());
        QCOMPARE(maxAbsDiff(back->pixels, reference->pixels), 0.0);
        QCOMPARE(back->metadata.iccProfile, image.metadata.iccProfile);
        QCOMPARE(back->metadata.exif, image.metadata.exif);

        const QString out = m_dir.filePath(QStringLiteral("out.webp"));
        QVERIFY(writeBytes(out, *webp));
        const QJsonObject pil = pilInfo(out);
        QCOMPARE(pil.value(QStringLiteral("mode")).toString(),
                 alpha ? QStringLiteral("RGBA") : QStringLiteral("RGB"));
        QCOMPARE(pilIcc(pil), image.metadata.iccProfile);
        if (exif)
            QCOMPARE(pil.value(QStringLiteral("orientation")).toInt(), 1);
    }

    void withoutMetadataUnchanged()
    {
        Result<QByteArray> plain = encodeImage(m_photo, {ImageFormat::Webp, 80});
        QVERIFY(plain.ok());
        Result<QByteArray> same = insertWebpMetadata(*plain, {});
        QVERIFY(same.ok());
        QCOMPARE(*same, *plain);
    }

    void readsWhatPilWrote()
    {
        const Image image = mustRead(m_dir.filePath(QStringLiteral("icc.webp")));
        QCOMPARE(image.metadata.iccProfile, m_icc);
    }

    // Some writers keep JPEG's "Exif\0\0" in front of the TIFF structure.
    void exifPrefixStripped()
    {
        Result<QByteArray> plain = encodeImage(m_photo, {ImageFormat::Webp, 80});
        QVERIFY(plain.ok());
        const std::vector<Chunk> chunks = chunksOf(*plain);
        QByteArray body = webpChunk("VP8X", vp8xPayload(0x18, 400, 328));
        for (const Chunk& c : chunks) {
            if (c.fourcc != "VP8X")
                body += webpChunk(c.fourcc.constData(), c.payload);
        }
        body += webpChunk("EXIF", QByteArray("Exif\0\0", 6) + m_exif);
        Result<Image> image = decodeImage(riff(body));
        QVERIFY2(image.ok(), qPrintable(image.ok() ? QString() : image.error().message));
        QCOMPARE(image->metadata.exif, m_exif);
    }

private:
    QTemporaryDir m_dir;
    QByteArray m_sourceHash;
    Image m_photo;
    QByteArray m_icc;
    QByteArray m_exif;
};

QTEST_GUILESS_MAIN(TestWebpChunks)
#include "tst_webp_chunks.moc"
