// A small ncnn model written in the tests, in the shape of the Real-ESRGAN
// SRVGG models: Input, Convolution (fp16 weights, fp32 bias), PReLU, Split,
// BinaryOp. Test-only; header-only.
#pragma once

#include <cstring>

#include <QByteArray>

#include "weights_test_support.h"

namespace hires::test {

inline QByteArray smallNcnnParam()
{
    return "7767517\n"
           "5 6\n"
           "Input            in      0 1 data\n"
           "Convolution      conv0   1 1 data c0 0=2 1=3 4=1 5=1 6=36 9=2 -23310=1,2.000000e-01\n"
           "PReLU            prelu0  1 1 c0 p0 0=2\n"
           "Split            split   1 2 p0 s0 s1\n"
           "BinaryOp         add     2 1 s0 s1 out 0=0\n";
}

// The fp16 bits of a small integer (exact for 0 <= value < 2048); the
// weights are 0, 1, 2, ... so a test can check every decoded value.
inline uint16_t halfOf(int value)
{
    if (value == 0)
        return 0;
    int exponent = 0;
    while ((value >> exponent) > 1)
        ++exponent;
    const int mantissa = (value << (10 - exponent)) & 0x3ff;
    return static_cast<uint16_t>(((exponent + 15) << 10) | mantissa);
}

inline QByteArray smallNcnnBin()
{
    QByteArray bin;
    appendLE<uint32_t>(bin, 0x01306B47); // fp16 tag
    for (int i = 0; i < 36; ++i)
        appendLE<uint16_t>(bin, halfOf(i));
    bin += floatsLE({0.5f, -0.5f});   // bias, raw fp32
    bin += floatsLE({0.25f, 0.125f}); // PReLU slopes, raw fp32
    return bin;
}

} // namespace hires::test
