// Test support: the Stable Diffusion fixtures of tests/python/make_sd_fixtures.py
// (one Python run per test executable) as StateDicts and tensors.
#pragma once

#include "core/weights/tensor_bridge_p.h"
#include "support/python_reference.h"
#include "support/raw_tensor_fixture.h"

#include <QString>

#include <ATen/ATen.h>

namespace hires::test {

// Runs the fixture writer into `dir`; returns its error on failure, empty on success.
inline QString writeSdFixtures(const QString& dir)
{
    return runPythonReference(QStringLiteral("make_sd_fixtures.py"), {dir}, {}, 600000).error;
}

inline at::Tensor tensorOf(const StateDict& dict, const std::string& name,
                           at::ScalarType type = at::kFloat)
{
    const TensorRef* ref = dict.find(name);
    return ref ? toTensorCopy(*ref, type) : at::Tensor();
}

// max |a - b| / max(max |b|, 1e-6): the relative error used against the reference.
inline double relativeError(const at::Tensor& a, const at::Tensor& b)
{
    const double scale = std::max(b.abs().max().item<double>(), 1e-6);
    return (a.to(at::kFloat) - b).abs().max().item<double>() / scale;
}

} // namespace hires::test

#define HIRES_COMPARE_TENSORS(actual, expected, tolerance)                                         \
    do {                                                                                           \
        const at::Tensor a_ = (actual);                                                            \
        const at::Tensor e_ = (expected);                                                          \
        QVERIFY2(e_.defined(), "reference tensor missing");                                        \
        QCOMPARE(a_.sizes().vec(), e_.sizes().vec());                                              \
        const double err_ = hires::test::relativeError(a_, e_);                                    \
        QVERIFY2(err_ < (tolerance), qPrintable(QStringLiteral("relative error %1").arg(err_)));   \
        QVERIFY2(e_.abs().max().item<double>() > 1e-3, "reference is trivially small");            \
    } while (false)
