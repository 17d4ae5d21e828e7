// Private: a bounds-checked, read-only view of file bytes for the header
// parsers. Every read checks its range first and yields 0 when it lies
// outside the view, so a parser that forgot a has() check reads zeros instead
// of memory it does not own; the parsers still check has() to report
// truncation properly.
#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace hires {

class ByteView
{
public:
    ByteView() = default;
    ByteView(const uint8_t* data, size_t size)
        : m_data(data)
        , m_size(size)
    {}
    explicit ByteView(const QByteArray& bytes)
        : m_data(reinterpret_cast<const uint8_t*>(bytes.constData()))
        , m_size(static_cast<size_t>(bytes.size()))
    {}

    const uint8_t* data() const { return m_data; }
    size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }

    // True when [offset, offset + count) lies inside the view (overflow-safe).
    bool has(size_t offset, size_t count) const
    {
        return offset <= m_size && count <= m_size - offset;
    }

    // The sub-range, or an empty view when it does not fit.
    ByteView mid(size_t offset, size_t count) const
    {
        return has(offset, count) ? ByteView(m_data + offset, count) : ByteView();
    }
    ByteView from(size_t offset) const
    {
        return offset <= m_size ? ByteView(m_data + offset, m_size - offset) : ByteView();
    }

    bool matches(size_t offset, const char* literal, size_t count) const
    {
        return has(offset, count) && std::memcmp(m_data + offset, literal, count) == 0;
    }

    uint8_t u8(size_t offset) const { return has(offset, 1) ? m_data[offset] : 0; }
    uint16_t u16be(size_t o) const
    {
        return has(o, 2) ? uint16_t(m_data[o] << 8 | m_data[o + 1]) : 0;
    }
    uint16_t u16le(size_t o) const
    {
        return has(o, 2) ? uint16_t(m_data[o + 1] << 8 | m_data[o]) : 0;
    }
    uint32_t u24le(size_t o) const
    {
        return has(o, 3) ? uint32_t(m_data[o]) | uint32_t(m_data[o + 1]) << 8 |
                               uint32_t(m_data[o + 2]) << 16
                         : 0;
    }
    uint32_t u32be(size_t o) const
    {
        return has(o, 4) ? uint32_t(m_data[o]) << 24 | uint32_t(m_data[o + 1]) << 16 |
                               uint32_t(m_data[o + 2]) << 8 | uint32_t(m_data[o + 3])
                         : 0;
    }
    uint32_t u32le(size_t o) const
    {
        return has(o, 4) ? uint32_t(m_data[o + 3]) << 24 | uint32_t(m_data[o + 2]) << 16 |
                               uint32_t(m_data[o + 1]) << 8 | uint32_t(m_data[o])
                         : 0;
    }
    uint64_t u64le(size_t o) const
    {
        return has(o, 8) ? uint64_t(u32le(o + 4)) << 32 | u32le(o) : 0;
    }
    uint64_t u64be(size_t o) const
    {
        return has(o, 8) ? uint64_t(u32be(o)) << 32 | u32be(o + 4) : 0;
    }
    // Byte order chosen at run time (TIFF and EXIF).
    uint16_t u16(size_t o, bool littleEndian) const { return littleEndian ? u16le(o) : u16be(o); }
    uint32_t u32(size_t o, bool littleEndian) const { return littleEndian ? u32le(o) : u32be(o); }
    uint64_t u64(size_t o, bool littleEndian) const { return littleEndian ? u64le(o) : u64be(o); }

    QByteArray toByteArray() const
    {
        return QByteArray(reinterpret_cast<const char*>(m_data), qsizetype(m_size));
    }

private:
    const uint8_t* m_data = nullptr;
    size_t m_size = 0;
};

// Appends big/little-endian integers to an output buffer (the metadata writers).
inline void appendU16be(QByteArray& out, uint16_t v)
{
    out.append(char(v >> 8)).append(char(v));
}
inline void appendU32be(QByteArray& out, uint32_t v)
{
    out.append(char(v >> 24)).append(char(v >> 16)).append(char(v >> 8)).append(char(v));
}
inline void appendU32le(QByteArray& out, uint32_t v)
{
    out.append(char(v)).append(char(v >> 8)).append(char(v >> 16)).append(char(v >> 24));
}
inline void appendU24le(QByteArray& out, uint32_t v)
{
    out.append(char(v)).append(char(v >> 8)).append(char(v >> 16));
}

} // namespace hires
