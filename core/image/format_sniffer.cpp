#include "core/image/format_sniffer_p.h"

#include "core/image/byte_view_p.h"
#include "core/image/image_decoder.h"
#include "core/image/image_tr_p.h"

#include <array>

namespace hires {

namespace {

struct Signature
{
    size_t offset;
    const char* bytes;
    size_t size;
    const char* name; // translated at use
};

// Types people actually drop on an image tool; order matters where one
// signature is a prefix of another.
constexpr std::array kUnsupported{
    Signature{0, "GIF87a", 6, QT_TRANSLATE_NOOP("hires::Image", "GIF image")},
    Signature{0, "GIF89a", 6, QT_TRANSLATE_NOOP("hires::Image", "GIF image")},
    Signature{0, "BM", 2, QT_TRANSLATE_NOOP("hires::Image", "BMP image")},
    Signature{0, "\x00\x00\x01\x00", 4, QT_TRANSLATE_NOOP("hires::Image", "ICO icon")},
    Signature{0, "8BPS", 4, QT_TRANSLATE_NOOP("hires::Image", "Photoshop PSD image")},
    Signature{0, "qoif", 4, QT_TRANSLATE_NOOP("hires::Image", "QOI image")},
    Signature{0, "\x76\x2f\x31\x01", 4, QT_TRANSLATE_NOOP("hires::Image", "OpenEXR image")},
    Signature{0, "\xff\x0a", 2, QT_TRANSLATE_NOOP("hires::Image", "JPEG XL image")},
    Signature{0, "\x00\x00\x00\x0cJXL \x0d\x0a\x87\x0a", 12,
              QT_TRANSLATE_NOOP("hires::Image", "JPEG XL image")},
    Signature{0, "\x00\x00\x00\x0cjP  \x0d\x0a\x87\x0a", 12,
              QT_TRANSLATE_NOOP("hires::Image", "JPEG 2000 image")},
    Signature{0, "#?RADIANCE", 10, QT_TRANSLATE_NOOP("hires::Image", "Radiance HDR image")},
    Signature{0, "%PDF", 4, QT_TRANSLATE_NOOP("hires::Image", "PDF document")},
    Signature{0, "PK\x03\x04", 4, QT_TRANSLATE_NOOP("hires::Image", "ZIP archive")},
    Signature{0, "\x1f\x8b", 2, QT_TRANSLATE_NOOP("hires::Image", "gzip archive")},
    Signature{0,
              "\x7f"
              "ELF",
              4, QT_TRANSLATE_NOOP("hires::Image", "executable program")},
};

bool isNetpbm(const ByteView& head)
{
    // "P1".."P7" followed by white space: PBM, PGM, PPM, PAM.
    if (!head.has(0, 3) || head.u8(0) != 'P')
        return false;
    const uint8_t kind = head.u8(1);
    const uint8_t next = head.u8(2);
    return kind >= '1' && kind <= '7' &&
           (next == ' ' || next == '\n' || next == '\r' || next == '\t');
}

bool isIsoMediaImage(const ByteView& head)
{
    // ISO base media "ftyp" box with an image brand: HEIF, HEIC, AVIF.
    if (!head.matches(4, "ftyp", 4))
        return false;
    static const char* const kBrands[] = {"heic", "heix", "hevc", "heim", "heis",
                                          "mif1", "msf1", "avif", "avis"};
    for (const char* brand : kBrands) {
        if (head.matches(8, brand, 4))
            return true;
    }
    return false;
}

} // namespace

std::optional<ImageFormat> sniffImageFormat(const QByteArray& head)
{
    const ByteView v(head);
    if (v.matches(0, "\x89PNG\r\n\x1a\n", 8))
        return ImageFormat::Png;
    if (v.matches(0, "\xff\xd8\xff", 3))
        return ImageFormat::Jpeg;
    if (v.matches(0, "RIFF", 4) && v.matches(8, "WEBP", 4))
        return ImageFormat::Webp;
    // Classic TIFF (42) and BigTIFF (43), both byte orders.
    if (v.matches(0, "II*\0", 4) || v.matches(0, "MM\0*", 4) || v.matches(0, "II+\0", 4) ||
        v.matches(0, "MM\0+", 4))
        return ImageFormat::Tiff;
    return std::nullopt;
}

QString describeUnsupportedType(const QByteArray& head)
{
    const ByteView v(head);
    for (const Signature& s : kUnsupported) {
        if (v.matches(s.offset, s.bytes, s.size))
            return ImageTr::tr(s.name);
    }
    if (isNetpbm(v))
        return ImageTr::tr("Netpbm (PBM/PGM/PPM) image");
    if (isIsoMediaImage(v))
        return ImageTr::tr("HEIF/AVIF image");
    if (v.matches(0, "RIFF", 4))
        return ImageTr::tr("RIFF file (not WebP)");
    if (v.matches(0, "<svg", 4) || v.matches(0, "<?xml", 5))
        return ImageTr::tr("XML or SVG document");
    return {};
}

QString unsupportedFormatMessage(const QByteArray& head)
{
    const QString supported = ImageTr::tr("supported: PNG, JPEG, WebP, TIFF");
    if (head.isEmpty())
        return ImageTr::tr("empty file; %1").arg(supported);
    const QString type = describeUnsupportedType(head);
    if (type.isEmpty())
        return ImageTr::tr("not an image file we recognise; %1").arg(supported);
    return ImageTr::tr("%1: format not supported; %2").arg(type, supported);
}

} // namespace hires
