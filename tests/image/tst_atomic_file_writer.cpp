// AtomicFileWriter: the temporary lives next to the target, is removed on
// every failure and by the destructor, and only a commit replaces the target.
// (Hostile file systems are exercised through saveImage in tst_image_saver.)
#include "core/image/atomic_file_writer_p.h"

#include "image/image_test_support.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace hires;
using namespace hires::test;

class TestAtomicFileWriter : public QObject
{
    Q_OBJECT

    QStringList entries() const
    {
        return QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    }

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid() && entries().isEmpty()); }

    void cleanup()
    {
        QVERIFY(QDir(m_dir.path()).removeRecursively());
        QVERIFY(QDir().mkpath(m_dir.path()));
    }

    void writesNewFileWithUmaskedMode()
    {
        const QString target = m_dir.filePath(QStringLiteral("new.bin"));
        const mode_t mask = ::umask(022);
        Result<void> r = AtomicFileWriter::writeFile(target, QByteArray("content"));
        ::umask(mask);
        QVERIFY(r.ok());
        QCOMPARE(readBytes(target), QByteArray("content"));
        struct stat st
        {
        };
        QVERIFY(::stat(QFile::encodeName(target).constData(), &st) == 0);
        QCOMPARE(int(st.st_mode & 0777), 0644);
        QCOMPARE(entries(), QStringList{QStringLiteral("new.bin")});
    }

    void temporaryIsHiddenNextToTarget()
    {
        const QString target = m_dir.filePath(QStringLiteral("t.bin"));
        AtomicFileWriter writer(target);
        QVERIFY(writer.open().ok());
        const QFileInfo temp(writer.temporaryPath());
        QCOMPARE(temp.absolutePath(), QFileInfo(target).absolutePath());
        QVERIFY(temp.fileName().startsWith(QStringLiteral(".t.bin.")));
        QVERIFY(temp.exists());
        QVERIFY(!QFileInfo::exists(target));
        QVERIFY(writer.write(QByteArray(100000, 'x')).ok());
        QVERIFY(writer.commit().ok());
        QVERIFY(!QFileInfo::exists(temp.filePath()));
        QCOMPARE(readBytes(target).size(), 100000);
    }

    // Abandoned without commit (an error elsewhere, an exception): the
    // temporary goes, the target stays.
    void destructorDiscards()
    {
        const QString target = m_dir.filePath(QStringLiteral("keep.bin"));
        QVERIFY(writeBytes(target, "old"));
        QString temporary;
        {
            AtomicFileWriter writer(target);
            QVERIFY(writer.open().ok());
            QVERIFY(writer.write("new content").ok());
            temporary = writer.temporaryPath();
            QVERIFY(QFileInfo::exists(temporary));
        }
        QVERIFY(!QFileInfo::exists(temporary));
        QCOMPARE(readBytes(target), QByteArray("old"));
        QCOMPARE(entries(), QStringList{QStringLiteral("keep.bin")});
    }

    // rename() cannot replace a non-empty folder: the commit fails cleanly.
    void renameFailureCleansUp()
    {
        const QString target = m_dir.filePath(QStringLiteral("folder"));
        QVERIFY(QDir().mkpath(target + QStringLiteral("/inside")));
        Result<void> r = AtomicFileWriter::writeFile(target, QByteArray("x"));
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("cannot replace the file")));
        QCOMPARE(entries(), QStringList{QStringLiteral("folder")});
        QVERIFY(QFileInfo(target + QStringLiteral("/inside")).isDir());
    }

    void missingFolder()
    {
        Result<void> r =
            AtomicFileWriter::writeFile(m_dir.filePath(QStringLiteral("a/b/c.bin")), "x");
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::NotFound);
    }

    void writeBeforeOpenIsAnError()
    {
        AtomicFileWriter writer(m_dir.filePath(QStringLiteral("x.bin")));
        QVERIFY(!writer.write("x").ok());
        QVERIFY(!writer.commit().ok());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestAtomicFileWriter)
#include "tst_atomic_file_writer.moc"
