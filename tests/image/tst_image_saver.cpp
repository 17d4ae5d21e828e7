// saveImage: atomic replacement, refusal to overwrite the job's inputs however
// the path is spelled, and failures (read-only folder, full disk, file size
// limit, encoder refusal) that leave the old file byte-identical and no
// temporary behind.
//
// The tests run as root, for whom chmod does not make a folder read-only. The
// conditions are made real in ways that bind root too:
//  - read-only folder: the ext4 "immutable" attribute (chattr +i, set here
//    with the FS_IOC_SETFLAGS ioctl): nobody, root included, may create a
//    file in the folder until the flag is cleared;
//  - read-only file system: a tmpfs mounted read-only (needs CAP_SYS_ADMIN);
//  - full disk: a 512 KiB tmpfs filled to the last byte, so the write gets
//    ENOSPC from the kernel (needs CAP_SYS_ADMIN);
//  - write failure without privileges: RLIMIT_FSIZE, which makes write()
//    fail with EFBIG past the limit (SIGXFSZ ignored for the test).
// A condition the machine cannot provide skips its row and says why.
#include "core/image/image_encoder.h"

#include "core/image/image_decoder.h"

#include "image/image_test_support.h"

#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgproc.hpp>

#include <cerrno>
#include <csignal>
#include <functional>
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace hires;
using namespace hires::test;

namespace {

// Sets or clears the immutable attribute of a folder; false when the file
// system or the process cannot.
bool setImmutable(const QString& folder, bool on)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return false;
    int flags = 0;
    bool ok = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
    if (ok) {
        flags = on ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
        ok = ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
    }
    ::close(fd);
    return ok;
}

// Undoes a mount or an attribute when the test ends, whatever happens.
struct Undo
{
    std::function<void()> action;
    ~Undo()
    {
        if (action)
            action();
    }
};

QStringList entriesOf(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System |
                                  QDir::NoDotAndDotDot);
}

} // namespace

class TestImageSaver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_photo = mustRead(photo(QStringLiteral("astronaut.png")));
        QVERIFY(!m_photo.pixels.empty());
        m_guards.start();
    }

    void cleanupTestCase()
    {
        QVERIFY2(m_guards.afterAll().isEmpty(), qPrintable(m_guards.afterAll()));
    }

    void savesAndReplaces()
    {
        const QString target = m_dir.filePath(QStringLiteral("out.png"));
        QVERIFY(saveImage(m_photo, target, {ImageFormat::Png}).ok());
        QCOMPARE(maxAbsDiff(mustRead(target).pixels, m_photo.pixels), 0.0);
        QVERIFY(::chmod(QFile::encodeName(target).constData(), 0640) == 0);
        Image gray;
        cv::cvtColor(m_photo.pixels, gray.pixels, cv::COLOR_BGR2GRAY);
        QVERIFY(saveImage(gray, target, {ImageFormat::Png}).ok());
        QCOMPARE(mustRead(target).channels(), 1);
        struct stat st
        {
        };
        QVERIFY(::stat(QFile::encodeName(target).constData(), &st) == 0);
        QCOMPARE(int(st.st_mode & 0777), 0640); // the replaced file's permissions stay
        QCOMPARE(entriesOf(m_dir.path()), QStringList{QStringLiteral("out.png")});
        QFile::remove(target);
    }

    // The target is an input of the job, spelled in different ways.
    void refusesToOverwriteInputs_data()
    {
        QTest::addColumn<QString>("spelling");
        QTest::newRow("same path") << "same";
        QTest::newRow("dot-dot path") << "dotdot";
        QTest::newRow("relative path") << "relative";
        QTest::newRow("symbolic link") << "symlink";
        QTest::newRow("hard link") << "hardlink";
    }

    void refusesToOverwriteInputs()
    {
        QFETCH(QString, spelling);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));
        const QString input = dir.filePath(QStringLiteral("sub/input.png"));
        QVERIFY(QFile::copy(photo(QStringLiteral("astronaut.png")), input));
        const QByteArray hash = sha256Of(input);
        QString target = input;
        const QString savedCwd = QDir::currentPath();
        if (spelling == QStringLiteral("dotdot")) {
            target = dir.filePath(QStringLiteral("sub/./../sub/input.png"));
        } else if (spelling == QStringLiteral("relative")) {
            QDir::setCurrent(dir.path());
            target = QStringLiteral("./sub/../sub/input.png");
        } else if (spelling == QStringLiteral("symlink")) {
            target = dir.filePath(QStringLiteral("link.png"));
            QVERIFY(QFile::link(input, target));
        } else if (spelling == QStringLiteral("hardlink")) {
            target = dir.filePath(QStringLiteral("hard.png"));
            QVERIFY(::link(QFile::encodeName(input).constData(),
                           QFile::encodeName(target).constData()) == 0);
        }
        Result<void> saved = saveImage(m_photo, target, {ImageFormat::Png}, {input});
        QDir::setCurrent(savedCwd);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(saved.error().message.contains(QStringLiteral("refusing to overwrite")),
                 qPrintable(saved.error().message));
        QVERIFY(saved.error().message.contains(input));
        QCOMPARE(sha256Of(input), hash);
        // A different name in the same folder is fine.
        QVERIFY(saveImage(m_photo, dir.filePath(QStringLiteral("sub/output.png")),
                          {ImageFormat::Png}, {input})
                    .ok());
        QCOMPARE(sha256Of(input), hash);
    }

    // A link to another file: that file is replaced, the link stays a link.
    void writesThroughSymbolicLinks()
    {
        QTemporaryDir dir;
        const QString real = dir.filePath(QStringLiteral("real.png"));
        const QString link = dir.filePath(QStringLiteral("link.png"));
        QVERIFY(writeBytes(real, "old"));
        QVERIFY(QFile::link(real, link));
        QVERIFY(saveImage(m_photo, link, {ImageFormat::Png}).ok());
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(mustRead(real).width(), 512);
    }

    // The encoder refuses (WebP is too small for this width): nothing changes.
    void encoderRefusalLeavesTargetAlone()
    {
        const QString target = m_dir.filePath(QStringLiteral("wide.webp"));
        QVERIFY(writeBytes(target, "previous content"));
        Image wide;
        wide.pixels = cv::Mat(2, 20000, CV_8UC3, cv::Scalar::all(9));
        Result<void> saved = saveImage(wide, target, {ImageFormat::Webp});
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, ErrorCode::TooLarge);
        QVERIFY(saved.error().message.startsWith(target + QStringLiteral(": ")));
        QCOMPARE(readBytes(target), QByteArray("previous content"));
        QCOMPARE(entriesOf(m_dir.path()), QStringList{QStringLiteral("wide.webp")});
        QFile::remove(target);
    }

    void badTargets()
    {
        Result<void> missing = saveImage(
            m_photo, m_dir.filePath(QStringLiteral("no/such/dir/x.png")), {ImageFormat::Png});
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        Result<void> folder = saveImage(m_photo, m_dir.path(), {ImageFormat::Png});
        QVERIFY(!folder.ok());
        QCOMPARE(folder.error().code, ErrorCode::InvalidArgument);
        Result<void> empty = saveImage(m_photo, QString(), {ImageFormat::Png});
        QVERIFY(!empty.ok());
    }

    // Read-only folder: an immutable directory binds root too.
    void immutableFolder()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("keep.png"));
        QVERIFY(saveImage(m_photo, target, {ImageFormat::Png}).ok());
        const QByteArray before = sha256Of(target);
        if (!setImmutable(dir.path(), true))
            QSKIP("this file system or process cannot set the immutable attribute");
        Undo undo{[&] { setImmutable(dir.path(), false); }};
        // Root can still chmod/create in a 0555 folder; an immutable one it cannot.
        QVERIFY(!QFile(dir.filePath(QStringLiteral("probe"))).open(QIODevice::WriteOnly));
        Image gray;
        cv::cvtColor(m_photo.pixels, gray.pixels, cv::COLOR_BGR2GRAY);
        Result<void> saved = saveImage(gray, target, {ImageFormat::Png});
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, ErrorCode::PermissionDenied);
        QVERIFY2(saved.error().message.startsWith(target), qPrintable(saved.error().message));
        QCOMPARE(sha256Of(target), before);
        QCOMPARE(entriesOf(dir.path()), QStringList{QStringLiteral("keep.png")});
    }

    // Read-only file system: a tmpfs remounted read-only.
    void readOnlyFileSystem()
    {
        QTemporaryDir dir;
        const QByteArray mountPoint = QFile::encodeName(dir.path());
        if (::mount("hires-test", mountPoint.constData(), "tmpfs", 0, "size=4m") != 0)
            QSKIP("cannot mount a tmpfs here (needs CAP_SYS_ADMIN)");
        Undo undo{[&] { ::umount2(mountPoint.constData(), MNT_DETACH); }};
        const QString target = dir.filePath(QStringLiteral("keep.jpg"));
        QVERIFY(saveImage(m_photo, target, {ImageFormat::Jpeg}).ok());
        const QByteArray before = sha256Of(target);
        QVERIFY(::mount("hires-test", mountPoint.constData(), "tmpfs", MS_REMOUNT | MS_RDONLY,
                        "size=4m") == 0);
        Result<void> saved = saveImage(m_photo, target, {ImageFormat::Png});
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, ErrorCode::PermissionDenied);
        QVERIFY2(saved.error().message.contains(QStringLiteral("Read-only file system")),
                 qPrintable(saved.error().message));
        QCOMPARE(sha256Of(target), before);
        QCOMPARE(entriesOf(dir.path()), QStringList{QStringLiteral("keep.jpg")});
    }

    // Full disk: a small tmpfs with every block taken.
    void fullDisk()
    {
        QTemporaryDir dir;
        const QByteArray mountPoint = QFile::encodeName(dir.path());
        if (::mount("hires-test", mountPoint.constData(), "tmpfs", 0, "size=512k") != 0)
            QSKIP("cannot mount a tmpfs here (needs CAP_SYS_ADMIN)");
        Undo undo{[&] { ::umount2(mountPoint.constData(), MNT_DETACH); }};
        const QString target = dir.filePath(QStringLiteral("keep.jpg"));
        QVERIFY(saveImage(m_photo, target, {ImageFormat::Jpeg, 50}).ok());
        const QByteArray before = sha256Of(target);
        {
            QFile filler(dir.filePath(QStringLiteral("filler")));
            QVERIFY(filler.open(QIODevice::WriteOnly));
            const QByteArray block(4096, 'f');
            while (filler.write(block) == block.size() && filler.flush()) {
            }
        }
        Result<void> saved = saveImage(m_photo, target, {ImageFormat::Png}); // ~600 KB
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, ErrorCode::IoError);
        QVERIFY2(saved.error().message.contains(QStringLiteral("the disk is full")),
                 qPrintable(saved.error().message));
        QCOMPARE(sha256Of(target), before);
        QStringList left = entriesOf(dir.path());
        left.sort();
        QCOMPARE(left, (QStringList{QStringLiteral("filler"), QStringLiteral("keep.jpg")}));
    }

    // Without privileges: the process file size limit makes write() fail.
    void fileSizeLimit()
    {
        const QString target = m_dir.filePath(QStringLiteral("limited.png"));
        QVERIFY(writeBytes(target, "small old file"));
        const QByteArray before = sha256Of(target);
        rlimit saved{};
        QVERIFY(::getrlimit(RLIMIT_FSIZE, &saved) == 0);
        auto* previous = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limited = saved;
        limited.rlim_cur = 64 * 1024;
        QVERIFY(::setrlimit(RLIMIT_FSIZE, &limited) == 0);
        Result<void> result = saveImage(m_photo, target, {ImageFormat::Png});
        ::setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, previous);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::IoError);
        QCOMPARE(sha256Of(target), before);
        QCOMPARE(entriesOf(m_dir.path()), QStringList{QStringLiteral("limited.png")});
        QFile::remove(target);
    }

private:
    QTemporaryDir m_dir;
    Image m_photo;
    PhotoGuards m_guards;
};

QTEST_GUILESS_MAIN(TestImageSaver)
#include "tst_image_saver.moc"
