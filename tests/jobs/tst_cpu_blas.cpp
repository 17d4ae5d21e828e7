// The BLAS kernel re-selection: on a CPU with AVX-512 or AVX2 the OpenBLAS
// libtorch runs with ends up on a vector kernel set, not the generic SSE one
// its own detection may fall back to, and products stay correct afterwards.
#include "core/jobs/compute_device.h"
#include "core/jobs/cpu_blas.h"

#include <QTest>

#include <ATen/ATen.h>

#include <dlfcn.h>

using namespace hires;

class TestCpuBlas : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void vectorKernelsSelected()
    {
        const QString kernels = ensureCpuBlasKernels();
        const bool openBlas = dlsym(RTLD_DEFAULT, "openblas_get_corename") != nullptr;
        QCOMPARE(kernels.isEmpty(), !openBlas);
        if (!openBlas)
            QSKIP("libtorch does not run with OpenBLAS here");
        QCOMPARE(ensureCpuBlasKernels(), kernels); // once per process
        QCOMPARE(runtimeInfo().blasKernels, kernels);
#if defined(__x86_64__)
        __builtin_cpu_init();
        if (qEnvironmentVariableIsEmpty("OPENBLAS_CORETYPE") && __builtin_cpu_supports("avx2")) {
            const QStringList generic{QStringLiteral("Prescott"), QStringLiteral("Core2"),
                                      QStringLiteral("Nehalem"), QStringLiteral("Sandybridge")};
            QVERIFY2(!generic.contains(kernels), qPrintable(kernels));
        }
#endif
    }

    // Sizes on both sides of OpenBLAS's small-matrix paths, odd ones included.
    void productsStayCorrect_data()
    {
        QTest::addColumn<int>("m");
        QTest::addColumn<int>("k");
        QTest::addColumn<int>("n");
        QTest::newRow("tiny") << 3 << 5 << 7;
        QTest::newRow("linear") << 257 << 320 << 640;
        QTest::newRow("attention") << 1000 << 40 << 1031;
    }

    void productsStayCorrect()
    {
        QFETCH(int, m);
        QFETCH(int, k);
        QFETCH(int, n);
        setCpuThreads(0);
        at::Generator g = at::detail::createCPUGenerator(7);
        const at::Tensor a = at::randn({m, k}, g), b = at::randn({k, n}, g);
        const at::Tensor expected = at::mm(a.to(at::kDouble), b.to(at::kDouble));
        const double err = (at::mm(a, b).to(at::kDouble) - expected).abs().max().item<double>();
        QVERIFY2(err < 1e-3, qPrintable(QString::number(err)));
        const at::Tensor bias = at::randn({n}, g);
        const at::Tensor lin = at::linear(a, b.t().contiguous(), bias).to(at::kDouble);
        QVERIFY((lin - expected - bias.to(at::kDouble)).abs().max().item<double>() < 1e-3);
    }
};

QTEST_GUILESS_MAIN(TestCpuBlas)
#include "tst_cpu_blas.moc"
