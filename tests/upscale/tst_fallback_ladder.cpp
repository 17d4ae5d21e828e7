// FallbackLadder: each failure leads to the documented next step, recorded.
#include "core/upscale/fallback_ladder.h"

#include <QTest>

using namespace hires;

class TestFallbackLadder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void steps_data()
    {
        QTest::addColumn<bool>("cuda");
        QTest::addColumn<int>("precision");
        QTest::addColumn<int>("tile");
        QTest::addColumn<int>("failure");
        QTest::addColumn<bool>("hasNext");
        QTest::addColumn<bool>("nextCuda");
        QTest::addColumn<int>("nextPrecision");
        QTest::addColumn<int>("nextTile");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        const int fp32 = int(Precision::Fp32), fp16 = int(Precision::Fp16),
                  bf16 = int(Precision::Bf16);
        const int oom = int(FailureKind::OutOfMemory), nan = int(FailureKind::NonFinite),
                  err = int(FailureKind::Error);
        QTest::newRow("OOM halves the tile")
            << false << fp32 << 256 << oom << true << false << fp32 << 128 << "tile 256"
            << "tile 128";
        QTest::newRow("OOM halves no further than 64")
            << false << fp32 << 100 << oom << true << false << fp32 << 64 << "tile 100"
            << "tile 64";
        QTest::newRow("OOM on the whole image halves its side")
            << false << fp32 << 0 << oom << true << false << fp32 << 300 << "whole image"
            << "tile 300";
        QTest::newRow("OOM at 64 on CUDA goes to the CPU")
            << true << fp16 << 64 << oom << true << false << fp32 << 200 << "cuda:0"
            << "cpu";
        QTest::newRow("OOM at 64 on the CPU gives up")
            << false << fp32 << 64 << oom << false << false << 0 << 0 << ""
            << "";
        QTest::newRow("NaN in fp16 retries in fp32")
            << true << fp16 << 128 << nan << true << true << fp32 << 128 << "fp16"
            << "fp32";
        QTest::newRow("NaN in bf16 retries in fp32")
            << false << bf16 << 128 << nan << true << false << fp32 << 128 << "bf16"
            << "fp32";
        QTest::newRow("NaN in fp32 on CUDA goes to the CPU")
            << true << fp32 << 128 << nan << true << false << fp32 << 200 << "cuda:0"
            << "cpu";
        QTest::newRow("NaN in fp32 on the CPU gives up")
            << false << fp32 << 128 << nan << false << false << 0 << 0 << ""
            << "";
        QTest::newRow("error on CUDA goes to the CPU")
            << true << fp16 << 128 << err << true << false << fp32 << 200 << "cuda:0"
            << "cpu";
        QTest::newRow("error on the CPU gives up")
            << false << fp32 << 128 << err << false << false << 0 << 0 << ""
            << "";
    }

    void steps()
    {
        QFETCH(bool, cuda);
        QFETCH(int, precision);
        QFETCH(int, tile);
        QFETCH(int, failure);
        QFETCH(bool, hasNext);
        QFETCH(bool, nextCuda);
        QFETCH(int, nextPrecision);
        QFETCH(int, nextTile);
        QFETCH(QString, from);
        QFETCH(QString, to);
        Provenance record;
        FallbackLadder ladder({cuda, Precision(precision), tile}, 64, 600, 200, &record);
        AttemptFailure f{FailureKind(failure), QStringLiteral("runtime said so"), 2, 9};
        const auto next = ladder.next(f);
        QCOMPARE(next.has_value(), hasNext);
        if (!hasNext) {
            QVERIFY(record.fallbacks.empty()); // giving up is recorded by recordLanczos
            ladder.recordLanczos(QStringLiteral("realesrgan-x4plus"), f);
            QCOMPARE(record.fallbacks.size(), size_t(1));
            QCOMPARE(record.fallbacks[0].from, QStringLiteral("realesrgan-x4plus"));
            QCOMPARE(record.fallbacks[0].to, QStringLiteral("lanczos"));
            return;
        }
        QCOMPARE(next->cuda, nextCuda);
        QCOMPARE(int(next->precision), nextPrecision);
        QCOMPARE(next->tile, nextTile);
        QCOMPARE(ladder.current(), *next);
        QCOMPARE(record.fallbacks.size(), size_t(1));
        QCOMPARE(record.fallbacks[0].from, from);
        QCOMPARE(record.fallbacks[0].to, to);
        QVERIFY(record.fallbacks[0].reason.contains(QLatin1String("at tile 3 of 9")));
        QVERIFY(record.fallbacks[0].reason.contains(QLatin1String("runtime said so")));
    }

    void repeatedOutOfMemoryWalksTheWholeLadder()
    {
        Provenance record;
        FallbackLadder ladder({true, Precision::Fp16, 512}, 64, 2000, 256, &record);
        const AttemptFailure oom{FailureKind::OutOfMemory, {}, 0, 1};
        QStringList path;
        while (auto next = ladder.next(oom))
            path << QStringLiteral("%1/%2").arg(next->deviceName()).arg(next->tile);
        QCOMPARE(path, (QStringList{"cuda:0/256", "cuda:0/128", "cuda:0/64", "cpu/256", "cpu/128",
                                    "cpu/64"}));
        QCOMPARE(record.fallbacks.size(), size_t(6));
        QVERIFY(ladder.tileChosenByLadder());
    }
};

QTEST_GUILESS_MAIN(TestFallbackLadder)
#include "tst_fallback_ladder.moc"
