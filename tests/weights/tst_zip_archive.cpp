#include <QTest>

#include "core/weights/zip_archive.h"
#include "weights_test_support.h"

using namespace hires;
using namespace hires::test;

namespace {

const QString kName = QStringLiteral("weights.pth");

QByteArray contentOf(const Storage& storage)
{
    return QByteArray(reinterpret_cast<const char*>(storage.data()),
                      static_cast<qsizetype>(storage.size()));
}

Result<ZipArchive> open(const QByteArray& bytes)
{
    return ZipArchive::open(storageOf(bytes), kName, QStringLiteral("zip"));
}

} // namespace

class TestZipArchive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsStoredAndDeflated_data()
    {
        QTest::addColumn<bool>("zip64");
        QTest::newRow("classic") << false;
        QTest::newRow("zip64") << true;
    }

    void readsStoredAndDeflated()
    {
        QFETCH(bool, zip64);
        QByteArray big;
        for (int i = 0; i < 100000; ++i)
            big += QByteArray::number(i % 97);
        const QByteArray bytes = zipArchive({{"archive/data.pkl", "pickle"},
                                             {"archive/data/0", big, true},
                                             {"archive/version", "3\n"}},
                                            zip64);
        const std::shared_ptr<const Storage> file = storageOf(bytes);
        Result<ZipArchive> zip = ZipArchive::open(file, kName, QStringLiteral("zip"));
        QVERIFY2(zip, qPrintable(zip ? QString() : zip.error().message));
        QCOMPARE(zip->entries().size(), size_t(3));
        QCOMPARE(zip->entries()[1].method, uint16_t(8));
        QVERIFY(zip->entries()[1].compressedSize < zip->entries()[1].uncompressedSize);
        Result<std::shared_ptr<const Storage>> stored =
            zip->read(*zip->find("archive/data.pkl"), true);
        QVERIFY(stored);
        QCOMPARE(contentOf(*stored.value()), QByteArray("pickle"));
        // Stored entries are windows into the archive, not copies.
        QCOMPARE(static_cast<const void*>(stored.value()->data()),
                 static_cast<const void*>(file->data() + 30 + 16));
        Result<std::shared_ptr<const Storage>> inflated =
            zip->read(*zip->find("archive/data/0"), true);
        QVERIFY(inflated);
        QCOMPARE(contentOf(*inflated.value()), big);
        QVERIFY(!zip->find("archive/data/1"));
    }

    void refusesBrokenArchives_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("expected");
        const QByteArray good = zipArchive({{"a/x", "hello"}});
        QByteArray badEnd = good;
        badEnd.chop(1);
        QByteArray commentLie = good;
        commentLie[commentLie.size() - 2] = 5; // declares a comment that is not there
        QByteArray directoryOutside = good;
        directoryOutside[directoryOutside.size() - 6] = char(0x7f); // central directory offset
        QByteArray badLocal = good;
        badLocal[0] = 'X';
        ZipEntry lie{"a/x", "hello"};
        lie.declaredSize = 3;
        ZipEntry encrypted{"a/x", "hello"};
        encrypted.flags = 1;
        ZipEntry bzip2{"a/x", "hello"};
        bzip2.method = 12;
        ZipEntry badCrc{"a/x", "hello", true};
        badCrc.declaredCrc = 1234;
        ZipEntry storedCrc{"a/x", "hello"};
        storedCrc.declaredCrc = 1234;
        ZipEntry shortInflate{"a/x", QByteArray(1000, 'z'), true};
        shortInflate.declaredSize = 2000;
        ZipEntry longInflate{"a/x", QByteArray(1000, 'z'), true};
        longInflate.declaredSize = 10;
        ZipEntry bomb{"a/x", QByteArray(1000, 'z'), true};
        bomb.declaredSize = int64_t(1) << 40;
        ZipEntry garbage{"a/x", "hello"};
        garbage.method = 8;
        garbage.declaredSize = 100;
        ZipEntry renamed{"a/x", "hello"};
        renamed.localName = "a/y";
        QTest::newRow("empty file") << QByteArray() << ""
                                    << "too short";
        QTest::newRow("no end record") << badEnd << ""
                                       << "end-of-central-directory";
        QTest::newRow("comment beyond the file") << commentLie << ""
                                                 << "end-of-central-directory";
        QTest::newRow("directory outside") << directoryOutside << ""
                                           << "outside the archive";
        QTest::newRow("local header missing") << badLocal << ""
                                              << "local header";
        QTest::newRow("local name differs") << zipArchive({renamed}) << ""
                                            << "names 'a/y'";
        QTest::newRow("duplicate names") << zipArchive({{"a/x", "1"}, {"a/x", "2"}}) << ""
                                         << "two entries";
        QTest::newRow("stored size lie") << zipArchive({lie}) << ""
                                         << "declares";
        QTest::newRow("encrypted") << zipArchive({encrypted}) << ""
                                   << "encrypted";
        QTest::newRow("unknown method") << zipArchive({bzip2}) << "a/x"
                                        << "compression method 12";
        QTest::newRow("crc mismatch inflated") << zipArchive({badCrc}) << "a/x"
                                               << "CRC-32";
        QTest::newRow("crc mismatch stored") << zipArchive({storedCrc}) << "a/x"
                                             << "CRC-32";
        QTest::newRow("inflates short") << zipArchive({shortInflate}) << "a/x"
                                        << "not its declared";
        QTest::newRow("inflates long") << zipArchive({longInflate}) << "a/x"
                                       << "more than its declared";
        QTest::newRow("zip bomb") << zipArchive({bomb}, true) << "a/x"
                                  << "zip bomb";
        QTest::newRow("not deflate data") << zipArchive({garbage}) << "a/x"
                                          << "deflate";
    }

    void refusesBrokenArchives()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, entry);
        QFETCH(QString, expected);
        Result<ZipArchive> zip = open(bytes);
        QString message;
        if (!zip) {
            QVERIFY2(entry.isEmpty(), "the archive should open");
            message = zip.error().message;
        } else {
            QVERIFY2(!entry.isEmpty(), "the archive should be refused");
            Result<std::shared_ptr<const Storage>> read =
                zip->read(*zip->find(entry.toStdString()), true);
            QVERIFY(!read);
            message = read.error().message;
        }
        QVERIFY2(message.startsWith(kName + QStringLiteral(" (zip): ")), qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
    }

    void inflateBudgetCoversTheWholeArchive()
    {
        // Each entry alone fits, together they exceed archive size + 256 MiB.
        const int64_t each = int64_t(130) << 20;
        ZipEntry a{"a/0", QByteArray(1000, 'z'), true};
        a.declaredSize = each;
        ZipEntry b{"a/1", QByteArray(1000, 'z'), true};
        b.declaredSize = each;
        Result<ZipArchive> zip = open(zipArchive({a, b}));
        QVERIFY(zip);
        // The first fails on its content (1000 bytes, not 150 MiB) but is charged.
        QVERIFY(!zip->read(zip->entries()[0], true));
        Result<std::shared_ptr<const Storage>> second = zip->read(zip->entries()[1], true);
        QVERIFY(!second);
        QVERIFY2(second.error().message.contains(QStringLiteral("zip bomb")),
                 qPrintable(second.error().message));
    }
};

QTEST_GUILESS_MAIN(TestZipArchive)
#include "tst_zip_archive.moc"
