// Builders for model files in tests: safetensors, zip archives (stored,
// deflated, ZIP64), pickle opcodes and ncnn pairs, written byte by byte so
// that each test can break exactly one rule. Test-only; header-only.
#pragma once

#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <memory>
#include <string>
#include <vector>

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTest>

#include <zlib.h>

#include "core/weights/state_dict.h"

namespace hires::test {

inline std::shared_ptr<const Storage> storageOf(const QByteArray& bytes)
{
    std::vector<std::byte> data(static_cast<size_t>(bytes.size()));
    if (!bytes.isEmpty())
        std::memcpy(data.data(), bytes.constData(), data.size());
    return std::make_shared<HeapStorage>(std::move(data));
}

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

inline QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

template <typename T> void appendLE(QByteArray& out, T value)
{
    for (size_t i = 0; i < sizeof(T); ++i)
        out.append(static_cast<char>((static_cast<uint64_t>(value) >> (8 * i)) & 0xff));
}

inline QByteArray floatsLE(std::initializer_list<float> values)
{
    QByteArray out;
    for (float v : values) {
        uint32_t bits = 0;
        std::memcpy(&bits, &v, 4);
        appendLE(out, bits);
    }
    return out;
}

// 8-byte length, the header text as given (padded with spaces to 8 bytes
// when pad is set), then the data.
inline QByteArray safetensors(QByteArray header, const QByteArray& data, bool pad = true)
{
    while (pad && header.size() % 8 != 0)
        header.append(' ');
    QByteArray out;
    appendLE<uint64_t>(out, static_cast<uint64_t>(header.size()));
    return out + header + data;
}

// A zip archive writer whose every field can be falsified.
struct ZipEntry
{
    QByteArray name;
    QByteArray content;
    bool deflate = false;
    // Overrides of what the central directory declares (-1: the truth).
    int64_t declaredSize = -1;
    int64_t declaredCrc = -1;
    int64_t declaredCompressedSize = -1;
    uint16_t flags = 0;
    uint16_t method = 0xffff;  // 0xffff: 0 or 8 from `deflate`
    QByteArray localName = {}; // empty: same as name
};

inline QByteArray rawDeflate(const QByteArray& data)
{
    z_stream stream{};
    deflateInit2(&stream, 9, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(static_cast<qsizetype>(deflateBound(&stream, static_cast<uLong>(data.size()))),
                   0);
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    stream.avail_in = static_cast<uInt>(data.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(static_cast<qsizetype>(stream.total_out));
    deflateEnd(&stream);
    return out;
}

// zip64: sizes and offsets go into ZIP64 extra fields (0xffffffff in the
// 32-bit fields) and the ZIP64 end records are written, as torch.save does.
inline QByteArray zipArchive(const std::vector<ZipEntry>& entries, bool zip64 = false)
{
    QByteArray out, central;
    for (const ZipEntry& e : entries) {
        const QByteArray stored = e.deflate ? rawDeflate(e.content) : e.content;
        const uint32_t crc =
            e.declaredCrc >= 0 ? static_cast<uint32_t>(e.declaredCrc)
                               : static_cast<uint32_t>(
                                     crc32(0, reinterpret_cast<const Bytef*>(e.content.constData()),
                                           static_cast<uInt>(e.content.size())));
        const uint64_t size = e.declaredSize >= 0 ? static_cast<uint64_t>(e.declaredSize)
                                                  : static_cast<uint64_t>(e.content.size());
        const uint64_t compressed = e.declaredCompressedSize >= 0
                                        ? static_cast<uint64_t>(e.declaredCompressedSize)
                                        : static_cast<uint64_t>(stored.size());
        const uint16_t method = e.method != 0xffff ? e.method : (e.deflate ? 8 : 0);
        const uint64_t offset = static_cast<uint64_t>(out.size());
        const QByteArray localName = e.localName.isEmpty() ? e.name : e.localName;
        appendLE<uint32_t>(out, 0x04034b50);
        appendLE<uint16_t>(out, 45);
        appendLE<uint16_t>(out, e.flags);
        appendLE<uint16_t>(out, method);
        appendLE<uint32_t>(out, 0); // time, date
        appendLE<uint32_t>(out, crc);
        appendLE<uint32_t>(out, static_cast<uint32_t>(compressed));
        appendLE<uint32_t>(out, static_cast<uint32_t>(size));
        appendLE<uint16_t>(out, static_cast<uint16_t>(localName.size()));
        appendLE<uint16_t>(out, 0);
        out += localName + stored;

        QByteArray extra;
        if (zip64) {
            appendLE<uint16_t>(extra, 1);
            appendLE<uint16_t>(extra, 24);
            appendLE<uint64_t>(extra, size);
            appendLE<uint64_t>(extra, compressed);
            appendLE<uint64_t>(extra, offset);
        }
        appendLE<uint32_t>(central, 0x02014b50);
        appendLE<uint16_t>(central, 45);
        appendLE<uint16_t>(central, 45);
        appendLE<uint16_t>(central, e.flags);
        appendLE<uint16_t>(central, method);
        appendLE<uint32_t>(central, 0);
        appendLE<uint32_t>(central, crc);
        appendLE<uint32_t>(central, zip64 ? 0xffffffffu : static_cast<uint32_t>(compressed));
        appendLE<uint32_t>(central, zip64 ? 0xffffffffu : static_cast<uint32_t>(size));
        appendLE<uint16_t>(central, static_cast<uint16_t>(e.name.size()));
        appendLE<uint16_t>(central, static_cast<uint16_t>(extra.size()));
        appendLE<uint16_t>(central, 0); // comment
        appendLE<uint16_t>(central, 0); // disk
        appendLE<uint16_t>(central, 0); // internal attributes
        appendLE<uint32_t>(central, 0); // external attributes
        appendLE<uint32_t>(central, zip64 ? 0xffffffffu : static_cast<uint32_t>(offset));
        central += e.name + extra;
    }
    const uint64_t centralOffset = static_cast<uint64_t>(out.size());
    out += central;
    const uint64_t count = entries.size();
    if (zip64) {
        const uint64_t recordOffset = static_cast<uint64_t>(out.size());
        appendLE<uint32_t>(out, 0x06064b50);
        appendLE<uint64_t>(out, 44);
        appendLE<uint16_t>(out, 45);
        appendLE<uint16_t>(out, 45);
        appendLE<uint32_t>(out, 0);
        appendLE<uint32_t>(out, 0);
        appendLE<uint64_t>(out, count);
        appendLE<uint64_t>(out, count);
        appendLE<uint64_t>(out, static_cast<uint64_t>(central.size()));
        appendLE<uint64_t>(out, centralOffset);
        appendLE<uint32_t>(out, 0x07064b50);
        appendLE<uint32_t>(out, 0);
        appendLE<uint64_t>(out, recordOffset);
        appendLE<uint32_t>(out, 1);
    }
    appendLE<uint32_t>(out, 0x06054b50);
    appendLE<uint16_t>(out, 0);
    appendLE<uint16_t>(out, 0);
    appendLE<uint16_t>(out, zip64 ? 0xffff : static_cast<uint16_t>(count));
    appendLE<uint16_t>(out, zip64 ? 0xffff : static_cast<uint16_t>(count));
    appendLE<uint32_t>(out, zip64 ? 0xffffffffu : static_cast<uint32_t>(central.size()));
    appendLE<uint32_t>(out, zip64 ? 0xffffffffu : static_cast<uint32_t>(centralOffset));
    appendLE<uint16_t>(out, 0);
    return out;
}

// Pickle opcodes, protocol 2, as torch.save writes them.
namespace pickle {

inline QByteArray proto()
{
    return QByteArray("\x80\x02", 2);
}
inline QByteArray stop()
{
    return QByteArray(".");
}
inline QByteArray global(const char* module, const char* name)
{
    return QByteArray("c") + module + "\n" + name + "\n";
}
inline QByteArray text(const QByteArray& s)
{
    QByteArray out("X");
    appendLE<uint32_t>(out, static_cast<uint32_t>(s.size()));
    return out + s;
}
inline QByteArray integer(int64_t v)
{
    QByteArray out;
    if (v >= 0 && v < 256)
        return QByteArray("K") + static_cast<char>(v);
    if (v >= INT32_MIN && v <= INT32_MAX) {
        out = "J";
        appendLE<uint32_t>(out, static_cast<uint32_t>(static_cast<int32_t>(v)));
        return out;
    }
    out = QByteArray("\x8a\x08", 2);
    appendLE<uint64_t>(out, static_cast<uint64_t>(v));
    return out;
}
inline QByteArray tuple(std::initializer_list<QByteArray> items)
{
    QByteArray out("(");
    for (const QByteArray& item : items)
        out += item;
    return out + "t";
}
inline QByteArray ints(std::initializer_list<int64_t> values)
{
    QByteArray out("(");
    for (int64_t v : values)
        out += integer(v);
    return out + "t";
}
inline QByteArray emptyOrderedDict()
{
    return global("collections", "OrderedDict") + ")R";
}
inline QByteArray storage(const char* type, const QByteArray& key, int64_t numel)
{
    return tuple({text("storage"), global("torch", type), text(key), text("cpu"), integer(numel)}) +
           "Q";
}
inline QByteArray tensor(const QByteArray& storageRecord, int64_t offset,
                         std::initializer_list<int64_t> size, std::initializer_list<int64_t> stride)
{
    return global("torch._utils", "_rebuild_tensor_v2") +
           tuple({storageRecord, integer(offset), ints(size), ints(stride), QByteArray("\x89"),
                  emptyOrderedDict()}) +
           "R";
}
// {name: value, ...} as a plain dict.
inline QByteArray dict(std::initializer_list<std::pair<QByteArray, QByteArray>> entries)
{
    QByteArray out("}(");
    for (const auto& [name, value] : entries)
        out += text(name) + value;
    return out + "u";
}

} // namespace pickle

// Runs Debian's python3 on a script in tests/python; true on exit code 0.
inline bool runPython(const QString& script, const QStringList& arguments,
                      QString* output = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(HIRES_PYTHON),
                  QStringList{QStringLiteral(HIRES_SOURCE_DIR "/tests/python/") + script} +
                      arguments);
    const bool finished = process.waitForFinished(300000);
    const QString text = QString::fromUtf8(process.readAll());
    if (output)
        *output = text;
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(script), qPrintable(text));
        return false;
    }
    return true;
}

} // namespace hires::test
