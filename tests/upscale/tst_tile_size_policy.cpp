// TileSizePolicy: the automatic tile size from memory.
#include "core/upscale/tile_size_policy.h"

#include <QTest>

using namespace hires;

class TestTileSizePolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void estimates()
    {
        // RRDBNet keeps 64 features at the output resolution: far more per pixel than
        // SRVGGNetCompact, whose features stay at the input resolution.
        const int64_t rrdb = TileSizePolicy::activationBytesPerPixel(NetworkKind::RRDBNet, 4);
        const int64_t srvgg =
            TileSizePolicy::activationBytesPerPixel(NetworkKind::SRVGGNetCompact, 4);
        QVERIFY(rrdb > 10000 && rrdb < 20000);
        QVERIFY(srvgg > 500 && srvgg < 2000);
        QVERIFY(TileSizePolicy::activationBytesPerPixel(NetworkKind::RRDBNet, 4, 64, 32, 2) < rrdb);
        // x2 models run their trunk at half the resolution.
        QVERIFY(TileSizePolicy::activationBytesPerPixel(NetworkKind::RRDBNet, 2) < rrdb);
    }

    void choose_data()
    {
        QTest::addColumn<qint64>("budget");
        QTest::addColumn<qint64>("perPixel");
        QTest::addColumn<int>("side");
        QTest::addColumn<int>("multiple");
        QTest::addColumn<int>("maxTile");
        QTest::addColumn<int>("expected");
        const qint64 mib = 1 << 20;
        // sqrt(1 GiB / 16 KiB) = 256 -> 256 - 2*10 = 236 -> multiple of 16: 224
        QTest::newRow("budget limits the tile")
            << 1024 * mib << qint64(16384) << 4000 << 1 << 0 << 224;
        QTest::newRow("the cap limits the tile")
            << 64 * 1024 * mib << qint64(1000) << 4000 << 1 << 512 << 512;
        QTest::newRow("whole image when it fits")
            << 64 * 1024 * mib << qint64(1000) << 1000 << 1 << 0 << 0;
        QTest::newRow("small image under the cap")
            << 64 * 1024 * mib << qint64(1000) << 300 << 1 << 512 << 0;
        QTest::newRow("never below the minimum")
            << 8 * mib << qint64(16384) << 4000 << 1 << 0 << 64;
        QTest::newRow("x1 model multiple of 16")
            << 1024 * mib << qint64(16384) << 4000 << 4 << 0 << 224;
        QTest::newRow("unknown memory") << qint64(0) << qint64(16384) << 4000 << 1 << 0 << 64;
    }

    void choose()
    {
        QFETCH(qint64, budget);
        QFETCH(qint64, perPixel);
        QFETCH(int, side);
        QFETCH(int, multiple);
        QFETCH(int, maxTile);
        QFETCH(int, expected);
        TileSizeInput in;
        in.budgetBytes = budget;
        in.bytesPerPixel = perPixel;
        in.width = in.height = side;
        in.multiple = multiple;
        in.maxTile = maxTile;
        const int tile = TileSizePolicy::chooseTile(in);
        QCOMPARE(tile, expected);
        if (tile > 0)
            QCOMPARE(tile % multiple, 0);
    }

    void availableMemoryIsRead()
    {
        const int64_t bytes = TileSizePolicy::availableHostMemory();
        QVERIFY(bytes > 64LL << 20); // this Linux machine has /proc/meminfo and some free memory
    }
};

QTEST_GUILESS_MAIN(TestTileSizePolicy)
#include "tst_tile_size_policy.moc"
