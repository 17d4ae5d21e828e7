// Test support: reads the raw float32 fixtures written by
// tests/python/make_upscale_fixtures.py into a StateDict and plain vectors.
#pragma once

#include "core/weights/state_dict.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <cstring>
#include <vector>

namespace hires::test {

inline std::vector<float> readFloats(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = f.readAll();
    std::vector<float> values(static_cast<size_t>(bytes.size()) / sizeof(float));
    std::memcpy(values.data(), bytes.constData(), values.size() * sizeof(float));
    return values;
}

inline std::vector<int64_t> readShape(const QString& caseJson, const QString& key)
{
    QFile f(caseJson);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    std::vector<int64_t> shape;
    for (const auto& v : QJsonDocument::fromJson(f.readAll()).object().value(key).toArray())
        shape.push_back(v.toInteger());
    return shape;
}

inline StateDict readRawStateDict(const QString& dir)
{
    StateDict dict;
    QFile index(dir + QStringLiteral("/weights.json"));
    QFile blob(dir + QStringLiteral("/weights.bin"));
    if (!index.open(QIODevice::ReadOnly) || !blob.open(QIODevice::ReadOnly))
        return dict;
    const QByteArray bytes = blob.readAll();
    std::vector<std::byte> data(static_cast<size_t>(bytes.size()));
    std::memcpy(data.data(), bytes.constData(), data.size());
    auto storage = std::make_shared<HeapStorage>(std::move(data));
    // QJsonObject sorts keys; the order of a state dict does not matter for loading.
    const QJsonObject entries = QJsonDocument::fromJson(index.readAll()).object();
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        TensorRef t;
        t.dtype = DType::F32;
        for (const auto& v : it.value().toObject().value(QStringLiteral("shape")).toArray())
            t.shape.push_back(v.toInteger());
        t.strides = TensorRef::contiguousStrides(t.shape);
        t.offset = it.value().toObject().value(QStringLiteral("offset")).toInteger();
        t.storage = storage;
        dict.insert(it.key().toStdString(), t);
    }
    return dict;
}

} // namespace hires::test
