#include "core/image/exif_orientation_p.h"

#include "core/image/byte_view_p.h"
#include "core/image/tiff_directory_p.h"

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include <algorithm>
#include <vector>

namespace hires {

namespace {

// The orientation entry, when it is a single SHORT or LONG stored inline.
const TiffEntry* orientationEntry(const TiffDirectory& dir)
{
    const TiffEntry* e = dir.find(tiff::kOrientation);
    if (!e || e->count != 1 || !e->valueInFile ||
        (e->type != tiff::kTypeShort && e->type != tiff::kTypeLong))
        return nullptr;
    return e;
}

} // namespace

int exifOrientation(const QByteArray& exif)
{
    Result<TiffDirectory> dir = TiffDirectory::parse(ByteView(exif));
    if (!dir)
        return 1;
    if (!orientationEntry(*dir))
        return 1;
    const auto value = dir->integer(tiff::kOrientation);
    return value && *value >= 1 && *value <= 8 ? int(*value) : 1;
}

bool resetExifOrientation(QByteArray& exif)
{
    Result<TiffDirectory> dir = TiffDirectory::parse(ByteView(exif));
    if (!dir)
        return false;
    const TiffEntry* e = orientationEntry(*dir);
    if (!e)
        return false;
    char* value = exif.data() + e->valueOffset; // detaches before writing
    const size_t size = e->type == tiff::kTypeShort ? 2 : 4;
    std::fill(value, value + size, '\0');
    value[dir->littleEndian() ? 0 : size - 1] = 1;
    return true;
}

cv::Mat applyOrientation(const cv::Mat& pixels, int orientation)
{
    cv::Mat out;
    switch (orientation) {
    case 2:
        cv::flip(pixels, out, 1);
        break;
    case 3:
        cv::flip(pixels, out, -1);
        break;
    case 4:
        cv::flip(pixels, out, 0);
        break;
    case 5:
        cv::transpose(pixels, out);
        break;
    case 6:
        cv::rotate(pixels, out, cv::ROTATE_90_CLOCKWISE);
        break;
    case 7:
        cv::transpose(pixels, out);
        cv::flip(out, out, -1);
        break;
    case 8:
        cv::rotate(pixels, out, cv::ROTATE_90_COUNTERCLOCKWISE);
        break;
    default:
        out = pixels;
        break;
    }
    return out;
}

bool opencvAppliesTiffOrientation()
{
    static const bool applies = [] {
        // A 2x1 gray TIFF, values (10, 200), tagged "mirrored" (orientation 2).
        cv::Mat probe(1, 2, CV_8UC1);
        probe.at<uint8_t>(0, 0) = 10;
        probe.at<uint8_t>(0, 1) = 200;
        try {
            std::vector<uchar> encoded;
            if (!cv::imencode(".tif", probe, encoded))
                return true;
            const QByteArray plain(reinterpret_cast<const char*>(encoded.data()),
                                   qsizetype(encoded.size()));
            Result<TiffDirectory> dir = TiffDirectory::parse(ByteView(plain));
            if (!dir)
                return true;
            const QByteArray two =
                dir->littleEndian() ? QByteArray("\x02\x00", 2) : QByteArray("\x00\x02", 2);
            Result<QByteArray> tagged =
                setTiffEntry(plain, tiff::kOrientation, tiff::kTypeShort, 1, two);
            if (!tagged)
                return true;
            const cv::Mat decoded = cv::imdecode(
                cv::Mat(1, int(tagged->size()), CV_8U, tagged->data()), cv::IMREAD_UNCHANGED);
            if (decoded.empty() || decoded.type() != CV_8UC1 || decoded.cols != 2)
                return true;
            return decoded.at<uint8_t>(0, 0) == 200;
        } catch (const cv::Exception&) {
            return true;
        }
    }();
    return applies;
}

} // namespace hires
