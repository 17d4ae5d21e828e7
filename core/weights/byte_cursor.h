// ByteCursor: bounds-checked little-endian reads over a byte range.
//
// Contract: every read either succeeds completely or returns false and leaves
// the position unchanged; nothing reads outside [begin, begin + size). Used by
// all weight readers so that no reader does pointer arithmetic on file data.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>

namespace hires {

class ByteCursor
{
public:
    ByteCursor(const std::byte* begin, size_t size)
        : m_begin(begin)
        , m_size(size)
    {}

    size_t position() const { return m_pos; }
    size_t size() const { return m_size; }
    size_t remaining() const { return m_size - m_pos; }
    bool atEnd() const { return m_pos == m_size; }
    const std::byte* current() const { return m_begin + m_pos; }

    bool seek(size_t position)
    {
        if (position > m_size)
            return false;
        m_pos = position;
        return true;
    }
    bool skip(size_t count)
    {
        if (count > remaining())
            return false;
        m_pos += count;
        return true;
    }
    bool readBytes(void* out, size_t count)
    {
        if (count > remaining())
            return false;
        if (count != 0)
            std::memcpy(out, m_begin + m_pos, count);
        m_pos += count;
        return true;
    }
    bool readString(std::string& out, size_t count)
    {
        if (count > remaining())
            return false;
        out.assign(reinterpret_cast<const char*>(m_begin + m_pos), count);
        m_pos += count;
        return true;
    }
    // Unsigned little-endian integer of sizeof(T) bytes (T = uint8_t ... uint64_t).
    template <typename T> bool readLE(T& out)
    {
        unsigned char raw[sizeof(T)];
        if (!readBytes(raw, sizeof(T)))
            return false;
        T value = 0;
        for (size_t i = sizeof(T); i-- > 0;)
            value = static_cast<T>((value << 8) | raw[i]);
        out = value;
        return true;
    }

private:
    const std::byte* m_begin;
    size_t m_size;
    size_t m_pos = 0;
};

} // namespace hires
