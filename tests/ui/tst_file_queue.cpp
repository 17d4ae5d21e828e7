#include "ui/file_queue.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hires::ui;

class TestFileQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stepsThroughFiles()
    {
        FileQueue queue;
        QVERIFY(queue.isEmpty());
        QCOMPARE(queue.currentIndex(), -1);
        QCOMPARE(queue.current(), QString());
        QCOMPARE(queue.next(), QString());

        queue.setFiles(
            {QStringLiteral("/a.png"), QStringLiteral("/b.png"), QStringLiteral("/c.png")});
        QCOMPARE(queue.current(), QStringLiteral("/a.png"));
        QVERIFY(!queue.hasPrevious());
        QVERIFY(queue.hasNext());
        QCOMPARE(queue.next(), QStringLiteral("/b.png"));
        QCOMPARE(queue.next(), QStringLiteral("/c.png"));
        QVERIFY(!queue.hasNext());
        QCOMPARE(queue.next(), QStringLiteral("/c.png")); // stays at the end
        QCOMPARE(queue.previous(), QStringLiteral("/b.png"));
        QCOMPARE(queue.previous(), QStringLiteral("/a.png"));
        QCOMPARE(queue.previous(), QStringLiteral("/a.png"));
        QCOMPARE(queue.count(), 3);

        queue.setFiles({QStringLiteral("/x.png"), QStringLiteral("/y.png")}, 7);
        QCOMPARE(queue.currentIndex(), 1); // clamped
        queue.clear();
        QVERIFY(queue.isEmpty());
        QVERIFY(!queue.hasNext() && !queue.hasPrevious());
    }

    void foldersBecomeTheirImagesInNaturalOrder()
    {
        QTemporaryDir dir;
        const QStringList names{QStringLiteral("img10.png"), QStringLiteral("img2.jpg"),
                                QStringLiteral("IMG3.TIFF"), QStringLiteral("img1.webp"),
                                QStringLiteral("notes.txt"), QStringLiteral("img4.jpeg")};
        for (const QString& name : names) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub.png"))); // a folder, not a file

        const QString loose = QStringLiteral("/elsewhere/given.bmp");
        const QStringList files = FileQueue::expandFolders({loose, dir.path()});
        const QStringList expected{loose,
                                   dir.filePath(QStringLiteral("img1.webp")),
                                   dir.filePath(QStringLiteral("img2.jpg")),
                                   dir.filePath(QStringLiteral("IMG3.TIFF")),
                                   dir.filePath(QStringLiteral("img4.jpeg")),
                                   dir.filePath(QStringLiteral("img10.png"))};
        QCOMPARE(files, expected);
    }

    void relativeFilesBecomeAbsolute()
    {
        const QStringList files = FileQueue::expandFolders({QStringLiteral("some/photo.png")});
        QCOMPARE(files,
                 QStringList{QDir::current().absoluteFilePath(QStringLiteral("some/photo.png"))});
    }
};

QTEST_GUILESS_MAIN(TestFileQueue)
#include "tst_file_queue.moc"
