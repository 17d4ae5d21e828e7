// TilePlan and InputPadding: RealESRGANer's tile geometry, case by case.
#include "core/upscale/tile_plan.h"

#include <QTest>

#include <vector>

using namespace hires;

Q_DECLARE_METATYPE(std::vector<int>)

class TestTilePlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void grid_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("tile");
        QTest::addColumn<int>("pad");
        QTest::addColumn<int>("multiple");
        QTest::addColumn<int>("columns");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("tileSize");
        QTest::addColumn<int>("padUsed");
        QTest::newRow("no tiling") << 100 << 80 << 0 << 10 << 1 << 1 << 1 << 0 << 0;
        QTest::newRow("tile larger than the image")
            << 100 << 80 << 128 << 10 << 1 << 1 << 1 << 0 << 0;
        QTest::newRow("exact grid") << 128 << 64 << 64 << 10 << 1 << 2 << 1 << 64 << 10;
        QTest::newRow("ragged last row and column")
            << 130 << 70 << 64 << 10 << 1 << 3 << 2 << 64 << 10;
        QTest::newRow("x2 model rounds tile and pad up")
            << 130 << 70 << 63 << 9 << 2 << 3 << 2 << 64 << 10;
        QTest::newRow("x1 model multiple 4") << 64 << 64 << 30 << 10 << 4 << 2 << 2 << 32 << 12;
        QTest::newRow("wide strip") << 1000 << 10 << 256 << 10 << 1 << 4 << 1 << 256 << 10;
    }

    void grid()
    {
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(int, tile);
        QFETCH(int, pad);
        QFETCH(int, multiple);
        QFETCH(int, columns);
        QFETCH(int, rows);
        QFETCH(int, tileSize);
        QFETCH(int, padUsed);
        const TilePlan plan = TilePlan::make(width, height, tile, pad, multiple);
        QCOMPARE(plan.columns(), columns);
        QCOMPARE(plan.rows(), rows);
        QCOMPARE(plan.count(), columns * rows);
        QCOMPARE(plan.tileSize(), tileSize);
        QCOMPARE(plan.pad(), padUsed);

        // The cores cover every pixel exactly once; crops stay inside the image,
        // contain their core and have sides that are multiples of the network's.
        std::vector<int> covered(size_t(width) * height, 0);
        for (const Tile& t : plan.tiles()) {
            for (int y = t.core.y; y < t.core.bottom(); ++y)
                for (int x = t.core.x; x < t.core.right(); ++x)
                    ++covered[size_t(y) * width + x];
            QVERIFY(t.input.x >= 0 && t.input.y >= 0);
            QVERIFY(t.input.right() <= width && t.input.bottom() <= height);
            QVERIFY(t.input.x <= t.core.x && t.input.right() >= t.core.right());
            QVERIFY(t.input.y <= t.core.y && t.input.bottom() >= t.core.bottom());
            if (width % multiple == 0 && height % multiple == 0) {
                QCOMPARE(t.input.width % multiple, 0);
                QCOMPARE(t.input.height % multiple, 0);
            }
            // Overlap is clamped, never reflected: pad pixels on inner sides only.
            QCOMPARE(t.core.x - t.input.x, std::min(plan.pad(), t.core.x));
            QCOMPARE(t.input.right() - t.core.right(),
                     std::min(plan.pad(), width - t.core.right()));
        }
        QVERIFY(std::all_of(covered.begin(), covered.end(), [](int c) { return c == 1; }));
    }

    void coreInOutput()
    {
        // RealESRGANer: the core's offset in the output is (core - crop) * scale.
        const TilePlan plan = TilePlan::make(130, 70, 64, 10);
        const Tile& t = plan.tiles()[4]; // second row, second column
        QCOMPARE(t.core, (TileRect{64, 64, 64, 6}));
        QCOMPARE(t.input, (TileRect{54, 54, 76, 16}));
        QCOMPARE(t.coreInOutput(4), (TileRect{40, 40, 256, 24}));
        QCOMPARE(t.core.scaled(4), (TileRect{256, 256, 256, 24}));
        QCOMPARE(plan.largestInputPixels(), 76LL * 70);
    }

    void padding_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("prePad");
        QTest::addColumn<int>("multiple");
        QTest::addColumn<int>("right");
        QTest::addColumn<int>("bottom");
        QTest::newRow("x4: pre-pad only") << 37 << 23 << 10 << 1 << 10 << 10;
        QTest::newRow("x2: mod-pad to even") << 37 << 23 << 10 << 2 << 11 << 11;
        QTest::newRow("x2 already even") << 36 << 22 << 10 << 2 << 10 << 10;
        QTest::newRow("x1: multiple of 4") << 37 << 22 << 10 << 4 << 11 << 10;
        QTest::newRow("no pre-pad") << 5 << 3 << 0 << 4 << 3 << 1;
    }

    void padding()
    {
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(int, prePad);
        QFETCH(int, multiple);
        QFETCH(int, right);
        QFETCH(int, bottom);
        const InputPadding p = InputPadding::compute(width, height, prePad, multiple);
        QCOMPARE(p.right, right);
        QCOMPARE(p.bottom, bottom);
    }
};

QTEST_GUILESS_MAIN(TestTilePlan)
#include "tst_tile_plan.moc"
