// Test support: writes hand-made ncnn .param/.bin pairs.
#pragma once

#include "core/weights/model_file.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

#include <cstring>
#include <vector>

namespace hires::test {

// Writes <dir>/<name>.param (the text, "7767517" header included by the
// caller) and <dir>/<name>.bin; returns the .param path.
inline QString writeNcnn(const QString& dir, const QString& name, const QByteArray& param,
                         const QByteArray& bin = {})
{
    QDir().mkpath(dir);
    const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".param");
    QFile p(path), b(dir + QLatin1Char('/') + name + QStringLiteral(".bin"));
    if (!p.open(QIODevice::WriteOnly) || !b.open(QIODevice::WriteOnly))
        return {};
    p.write(param);
    b.write(bin);
    return path;
}

// A convolution's weights as ncnn stores them: a zero tag (raw fp32), the
// weights, then the raw fp32 bias.
inline QByteArray convWeights(const std::vector<float>& weight, const std::vector<float>& bias)
{
    QByteArray bytes(4, '\0');
    bytes.append(reinterpret_cast<const char*>(weight.data()),
                 static_cast<qsizetype>(weight.size() * sizeof(float)));
    bytes.append(reinterpret_cast<const char*>(bias.data()),
                 static_cast<qsizetype>(bias.size() * sizeof(float)));
    return bytes;
}

} // namespace hires::test
