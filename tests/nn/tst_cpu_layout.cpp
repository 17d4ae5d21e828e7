// The CPU layouts (core/nn/conv_util_p.h): channels-last for the upscalers
// and the UNet; for the VAE's wide convolutions channels-last on AVX-512 CPUs,
// NCHW elsewhere, HIRES_CPU_CHANNELS_LAST forcing either; the tensors follow
// it, and the executable reports the VAE layout it runs with.
#include "core/nn/conv_util_p.h"

#include <QProcess>
#include <QTest>

#include <cstdlib>

using namespace hires;

class TestCpuLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rule_data()
    {
        QTest::addColumn<bool>("avx512");
        QTest::addColumn<QByteArray>("forced");
        QTest::addColumn<bool>("channelsLast");
        QTest::newRow("AVX-512, not forced") << true << QByteArray() << true;
        QTest::newRow("AVX2, not forced") << false << QByteArray() << false;
        QTest::newRow("AVX-512, empty variable") << true << QByteArray("") << true;
        QTest::newRow("AVX2, forced on") << false << QByteArray("1") << true;
        QTest::newRow("AVX-512, forced off") << true << QByteArray("0") << false;
    }
    void rule()
    {
        QFETCH(bool, avx512);
        QFETCH(QByteArray, forced);
        QFETCH(bool, channelsLast);
        QCOMPARE(chooseCpuChannelsLast(avx512, forced.isNull() ? nullptr : forced.constData()),
                 channelsLast);
    }

    void thisMachineFollowsTheRule()
    {
#if defined(__x86_64__) || defined(__i386__)
        const bool avx512 = __builtin_cpu_supports("avx512f");
#else
        const bool avx512 = false;
#endif
        QCOMPARE(wideConvChannelsLast(),
                 chooseCpuChannelsLast(avx512, std::getenv("HIRES_CPU_CHANNELS_LAST")));
        QCOMPARE(QByteArray(wideConvLayoutName()),
                 QByteArray(wideConvChannelsLast() ? "channels-last" : "NCHW"));
    }

    void tensorsTakeTheLayout_data()
    {
        QTest::addColumn<bool>("wide");
        QTest::newRow("upscalers and UNet") << false;
        QTest::newRow("VAE") << true;
    }
    void tensorsTakeTheLayout()
    {
        QFETCH(bool, wide);
        const auto layout = [wide](const at::Tensor& t) {
            return wide ? wideConvLayout(t) : preferredLayout(t);
        };
        const bool channelsLast = !wide || wideConvChannelsLast();
        const auto format =
            channelsLast ? at::MemoryFormat::ChannelsLast : at::MemoryFormat::Contiguous;
        const auto other =
            channelsLast ? at::MemoryFormat::Contiguous : at::MemoryFormat::ChannelsLast;
        const at::Tensor x = at::arange(2 * 3 * 4 * 5, at::kFloat).view({2, 3, 4, 5});
        const at::Tensor converted = layout(x.contiguous(other));
        QVERIFY(converted.is_contiguous(format));
        QVERIFY(at::equal(converted, x)); // same values, only the strides differ
        // Already in the layout: the same storage, no copy.
        const at::Tensor already = x.contiguous(format);
        QCOMPARE(layout(already).data_ptr(), already.data_ptr());
        // A [B, H, W, C] -> [B, C, H, W] view (the attention blocks' way back to an image)
        // ends in the layout too, with its values.
        const at::Tensor tokens = at::arange(2 * 4 * 5 * 3, at::kFloat).view({2, 4, 5, 3});
        const at::Tensor image = layout(tokens.permute({0, 3, 1, 2}));
        QVERIFY(image.is_contiguous(format));
        QVERIFY(at::equal(image, tokens.permute({0, 3, 1, 2})));
        // Not 4-D: untouched.
        const at::Tensor flat = at::arange(6, at::kFloat).view({2, 3}).t();
        QCOMPARE(layout(flat).data_ptr(), flat.data_ptr());
        QVERIFY(!layout(flat).is_contiguous());
    }

    void executableReportsTheLayout_data()
    {
        QTest::addColumn<QString>("forced");
        QTest::addColumn<QString>("expected");
        QTest::newRow("forced channels-last") << "1"
                                              << "VAE channels-last";
        QTest::newRow("forced NCHW") << "0"
                                     << "VAE NCHW";
    }
    void executableReportsTheLayout()
    {
        QFETCH(QString, forced);
        QFETCH(QString, expected);
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HIRES_CPU_CHANNELS_LAST"), forced);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(HIRES_EXECUTABLE), {QStringLiteral("--version")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(out.contains(expected), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestCpuLayout)
#include "tst_cpu_layout.moc"
