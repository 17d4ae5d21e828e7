#include "ui/settings.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hires::ui;

class TestSettings : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString iniPath() const { return m_dir.filePath(QStringLiteral("settings.ini")); }
    QByteArray iniBytes() const
    {
        QFile file(iniPath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    // Nobody but the owner may read or write it, and the owner may.
    static bool ownerOnly(const QString& path)
    {
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                          QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        const QFile::Permissions p = QFile::permissions(path);
        return (p & others) == 0 && (p & QFile::ReadOwner) && (p & QFile::WriteOwner);
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(iniPath());
        QFile::remove(m_dir.filePath(QStringLiteral("settings.token")));
    }

    void defaults()
    {
        const Settings settings(iniPath());
        QCOMPARE(settings.value(keys::kLanguage), QStringLiteral("system"));
        QCOMPARE(settings.value(keys::kJpegQuality), 95);
        QCOMPARE(settings.value(keys::kWebpLossless), false);
        QVERIFY(settings.value(keys::kWindowGeometry).isEmpty());
        QVERIFY(settings.recentFiles().isEmpty());
    }

    void valuesPersist()
    {
        {
            Settings settings(iniPath());
            settings.setValue(keys::kLanguage, QStringLiteral("de"));
            settings.setValue(keys::kJpegQuality, 80);
            settings.setValue(keys::kWebpLossless, true);
            settings.setValue(keys::kWindowGeometry, QByteArray("\x01\x02\x00\xff", 4));
            settings.setValue(keys::kLastSaveFolder, m_dir.path());
        }
        const Settings reread(iniPath());
        QCOMPARE(reread.value(keys::kLanguage), QStringLiteral("de"));
        QCOMPARE(reread.value(keys::kJpegQuality), 80);
        QCOMPARE(reread.value(keys::kWebpLossless), true);
        QCOMPARE(reread.value(keys::kWindowGeometry), QByteArray("\x01\x02\x00\xff", 4));
        QCOMPARE(reread.value(keys::kLastSaveFolder), m_dir.path());
        // Only what was set is written: the file holds the keys' names.
        QSettings raw(iniPath(), QSettings::IniFormat);
        QVERIFY(raw.contains(QStringLiteral("save/jpegQuality")));
        QVERIFY(!raw.contains(QStringLiteral("save/webpQuality")));
    }

    void badStoredValuesReadAsDefault_data()
    {
        QTest::addColumn<QVariant>("stored");
        QTest::newRow("text") << QVariant(QStringLiteral("very good"));
        QTest::newRow("above range") << QVariant(500);
        QTest::newRow("below range") << QVariant(0);
        QTest::newRow("negative") << QVariant(QStringLiteral("-3"));
    }
    void badStoredValuesReadAsDefault()
    {
        QFETCH(QVariant, stored);
        {
            QSettings raw(iniPath(), QSettings::IniFormat);
            raw.setValue(QStringLiteral("save/jpegQuality"), stored);
        }
        const Settings settings(iniPath());
        QCOMPARE(settings.value(keys::kJpegQuality), 95);
    }

    void inRangeValueFromTextIsRead()
    {
        {
            QSettings raw(iniPath(), QSettings::IniFormat);
            raw.setValue(QStringLiteral("save/webpQuality"), QStringLiteral("42"));
        }
        QCOMPARE(Settings(iniPath()).value(keys::kWebpQuality), 42);
    }

    void reset()
    {
        Settings settings(iniPath());
        settings.setValue(keys::kJpegQuality, 70);
        settings.reset(keys::kJpegQuality);
        QCOMPARE(settings.value(keys::kJpegQuality), 95);
    }

    void recentFilesNewestFirstCapped()
    {
        Settings settings(iniPath());
        for (int i = 0; i < 12; ++i)
            settings.addRecentFile(m_dir.filePath(QStringLiteral("image%1.png").arg(i)));
        QStringList files = settings.recentFiles();
        QCOMPARE(files.size(), Settings::kMaxRecentFiles);
        QCOMPARE(files.first(), m_dir.filePath(QStringLiteral("image11.png")));
        QCOMPARE(files.last(), m_dir.filePath(QStringLiteral("image2.png")));

        // Opening one again moves it to the front without a duplicate.
        settings.addRecentFile(m_dir.filePath(QStringLiteral("image5.png")));
        files = settings.recentFiles();
        QCOMPARE(files.size(), Settings::kMaxRecentFiles);
        QCOMPARE(files.first(), m_dir.filePath(QStringLiteral("image5.png")));
        QCOMPARE(files.count(m_dir.filePath(QStringLiteral("image5.png"))), 1);

        settings.removeRecentFile(m_dir.filePath(QStringLiteral("image5.png")));
        QVERIFY(!settings.recentFiles().contains(m_dir.filePath(QStringLiteral("image5.png"))));
        QCOMPARE(settings.recentFiles().size(), Settings::kMaxRecentFiles - 1);
    }

    void recentFilesAreAbsolute()
    {
        Settings settings(iniPath());
        settings.addRecentFile(QStringLiteral("relative/photo.jpg"));
        QCOMPARE(settings.recentFiles().first(),
                 QDir::current().absoluteFilePath(QStringLiteral("relative/photo.jpg")));
        // A list that grew too long elsewhere (older version, hand edit) is cut.
        QStringList many;
        for (int i = 0; i < 25; ++i)
            many << QStringLiteral("/tmp/%1.png").arg(i);
        settings.setValue(keys::kRecentFiles, many);
        QCOMPARE(settings.recentFiles().size(), Settings::kMaxRecentFiles);
    }

    void folderFallsBackWhenGone()
    {
        Settings settings(iniPath());
        settings.setValue(keys::kLastOpenFolder, m_dir.path());
        QCOMPARE(settings.folder(keys::kLastOpenFolder), m_dir.path());
        settings.setValue(keys::kLastOpenFolder, m_dir.filePath(QStringLiteral("deleted")));
        const QString fallback = settings.folder(keys::kLastOpenFolder);
        QVERIFY(QFileInfo(fallback).isDir());
        QVERIFY(fallback != m_dir.filePath(QStringLiteral("deleted")));
    }

    void tokenLivesInItsOwnFile()
    {
        const QString token = QStringLiteral("s3cret-token-0123456789");
        Settings settings(iniPath());
        settings.setValue(keys::kRemoteServer, QStringLiteral("http://gpu-host:7860"));
        QVERIFY(settings.setValue(keys::kRemoteToken, token));
        settings.sync();
        const QString file = settings.secretFile(keys::kRemoteToken);
        QCOMPARE(file, m_dir.filePath(QStringLiteral("settings.token")));
        QVERIFY(QFile::exists(file));
        QVERIFY2(ownerOnly(file), qPrintable(QString::number(QFile::permissions(file), 16)));
        QVERIFY(iniBytes().contains("gpu-host"));
        QVERIFY(!iniBytes().contains("s3cret"));
        QCOMPARE(Settings(iniPath()).value(keys::kRemoteToken), token);

        // A new token replaces the file and keeps it private; an empty one removes it.
        QVERIFY(settings.setValue(keys::kRemoteToken, QStringLiteral("another-token")));
        QVERIFY(ownerOnly(file));
        QCOMPARE(Settings(iniPath()).value(keys::kRemoteToken), QStringLiteral("another-token"));
        settings.reset(keys::kRemoteToken);
        QVERIFY(!QFile::exists(file));
        QCOMPARE(settings.value(keys::kRemoteToken), QString());
    }

    void oldTokenMovesOutOfTheSettingsFile()
    {
        {
            QSettings raw(iniPath(), QSettings::IniFormat);
            raw.setValue(QStringLiteral("remote/token"), QStringLiteral("old-token-in-the-ini"));
            raw.setValue(QStringLiteral("remote/server"), QStringLiteral("http://gpu-host:7860"));
        }
        QVERIFY(iniBytes().contains("old-token-in-the-ini"));
        {
            const Settings settings(iniPath());
            QCOMPARE(settings.value(keys::kRemoteToken), QStringLiteral("old-token-in-the-ini"));
        }
        QVERIFY(!iniBytes().contains("old-token-in-the-ini"));
        QVERIFY(iniBytes().contains("gpu-host")); // the rest stays
        const QString file = m_dir.filePath(QStringLiteral("settings.token"));
        QVERIFY(ownerOnly(file));
        const Settings reread(iniPath());
        QCOMPARE(reread.value(keys::kRemoteToken), QStringLiteral("old-token-in-the-ini"));
    }

    void applicationSettingsInTestMode()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("HiresStudioTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_settings"));
        {
            Settings settings;
            settings.setValue(keys::kLanguage, QStringLiteral("de"));
        }
        Settings settings;
        QCOMPARE(settings.value(keys::kLanguage), QStringLiteral("de"));
        settings.reset(keys::kLanguage);
        QCOMPARE(settings.value(keys::kLanguage), QStringLiteral("system"));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
