// The model manager with the real Real-ESRGAN ncnn files and a real HTTP
// server on 127.0.0.1: models listed with format, architecture, scale and
// size; add a file (copied with its .bin) and a folder; download with
// progress and SHA-256 verification (a wrong checksum leaves no file);
// remove.
#include "ui/dialogs/model_manager_dialog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "support/http_test_server.h"
#include "ui/settings.h"

using namespace hires;
using namespace hires::ui;

namespace {

QString upscayl(const char* name)
{
    return QStringLiteral(HIRES_TEST_DATA_DIR "/upscayl/") + QLatin1String(name);
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestModelManagerDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    test::HttpTestServer m_server;
    std::unique_ptr<Settings> m_settings;
    QString m_user;

    const ModelInfo* find(const ModelManagerDialog& dialog, const QString& id)
    {
        for (const ModelInfo& m : dialog.models())
            if (m.id == id)
                return &m;
        return nullptr;
    }

    QStringList userFiles() const
    {
        return QDir(m_user).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.isListening());
        QVERIFY2(QFileInfo::exists(upscayl("realesrgan-x4fast.param")),
                 "run tests/tools/fetch_test_data.sh");
        m_server.route("/realesrgan-x4fast.param",
                       {200, readAll(upscayl("realesrgan-x4fast.param"))});
    }

    void init()
    {
        m_user = m_dir.filePath(QStringLiteral("user-%1").arg(QTest::currentTestFunction()));
        QDir().mkpath(m_user);
        QFile::remove(m_dir.filePath(QStringLiteral("settings.ini")));
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    }

    void listsModelsOfAnAddedFolder()
    {
        ModelManagerDialog dialog(*m_settings, m_user);
        QSignalSpy scanned(&dialog, &ModelManagerDialog::scanned);
        QTRY_VERIFY(!dialog.isScanning());
        QCOMPARE(dialog.table()->rowCount(), 0);
        dialog.addFolder(QStringLiteral(HIRES_TEST_DATA_DIR "/upscayl"));
        QCOMPARE(m_settings->value(keys::kModelFolders),
                 QStringList{QStringLiteral(HIRES_TEST_DATA_DIR "/upscayl")});
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isScanning() && dialog.models().size() == 2, 60000);
        const ModelInfo* fast = find(dialog, QStringLiteral("realesrgan-x4fast"));
        QVERIFY(fast);
        QCOMPARE(fast->format, QStringLiteral("ncnn"));
        QCOMPARE(fast->scale, 4);
        QVERIFY(fast->architecture.contains(QStringLiteral("SRVGGNetCompact")));
        // The table shows the same, one row per model.
        QCOMPARE(dialog.table()->rowCount(), 2);
        QStringList ids;
        for (int r = 0; r < 2; ++r)
            ids << dialog.table()->item(r, 0)->text();
        QVERIFY(ids.contains(QStringLiteral("realesrgan-x4plus")));
        const int row = ids.indexOf(QStringLiteral("realesrgan-x4fast"));
        QCOMPARE(dialog.table()->item(row, 1)->text(), QStringLiteral("ncnn"));
        QCOMPARE(dialog.table()->item(row, 3)->text(), QStringLiteral("×4"));
        QVERIFY(dialog.table()->item(row, 4)->text().contains(QStringLiteral("MB")) ||
                dialog.table()->item(row, 4)->text().contains(QStringLiteral("kB")));

        // Removing a model of an added folder stops searching that folder; its files stay.
        QVERIFY(dialog.removeModel(row));
        QCOMPARE(m_settings->value(keys::kModelFolders), QStringList{});
        QVERIFY(QFileInfo::exists(upscayl("realesrgan-x4fast.param")));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isScanning() && dialog.models().empty(), 60000);
    }

    void addFileCopiesTheNcnnPairAndRemoveDeletesIt()
    {
        ModelManagerDialog dialog(*m_settings, m_user);
        QTRY_VERIFY(!dialog.isScanning());
        const Result<QString> added = dialog.addFile(upscayl("realesrgan-x4fast.param"));
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        QCOMPARE(userFiles(), QStringList({"realesrgan-x4fast.bin", "realesrgan-x4fast.param"}));
        QCOMPARE(readAll(m_user + QStringLiteral("/realesrgan-x4fast.bin")),
                 readAll(upscayl("realesrgan-x4fast.bin")));
        const Result<QString> again = dialog.addFile(upscayl("realesrgan-x4fast.param"));
        QVERIFY(!again); // never replaces a model already there
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isScanning() && dialog.models().size() == 1, 60000);
        QVERIFY(dialog.models().front().ok());
        QVERIFY(dialog.removeModel(0));
        QCOMPARE(userFiles(), QStringList{});
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isScanning() && dialog.models().empty(), 60000);
    }

    void downloadIsVerifiedAndListed()
    {
        // The .bin is there already; the .param comes from the local server.
        QVERIFY(QFile::copy(upscayl("realesrgan-x4fast.bin"),
                            m_user + QStringLiteral("/realesrgan-x4fast.bin")));
        ModelManagerDialog dialog(*m_settings, m_user);
        QTRY_VERIFY(!dialog.isScanning());
        QSignalSpy ended(&dialog, &ModelManagerDialog::downloadEnded);
        QSignalSpy changed(&dialog, &ModelManagerDialog::modelsChanged);
        KnownModel model;
        model.id = QStringLiteral("realesrgan-x4fast");
        model.name = QStringLiteral("Real-ESRGAN x4 fast");
        model.fileName = QStringLiteral("realesrgan-x4fast.param");
        model.url = m_server.url("/realesrgan-x4fast.param");
        model.sha256 = QString::fromLatin1(
            QCryptographicHash::hash(readAll(upscayl("realesrgan-x4fast.param")),
                                     QCryptographicHash::Sha256)
                .toHex());
        dialog.download(model);
        QVERIFY(dialog.isDownloading());
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 20000);
        QVERIFY2(ended.at(0).at(0).toBool(), qPrintable(ended.at(0).at(1).toString()));
        QCOMPARE(dialog.downloadProgress()->value(), 1000);
        QVERIFY(ended.at(0).at(1).toString().contains(QStringLiteral("SHA-256 verified")));
        QCOMPARE(changed.count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isScanning() && dialog.models().size() == 1, 60000);
        QCOMPARE(dialog.models().front().id, QStringLiteral("realesrgan-x4fast"));
        QVERIFY(dialog.models().front().ok());
    }

    void wrongChecksumLeavesNoFile()
    {
        ModelManagerDialog dialog(*m_settings, m_user);
        QTRY_VERIFY(!dialog.isScanning());
        QSignalSpy ended(&dialog, &ModelManagerDialog::downloadEnded);
        KnownModel model;
        model.id = QStringLiteral("realesrgan-x4fast");
        model.fileName = QStringLiteral("realesrgan-x4fast.param");
        model.url = m_server.url("/realesrgan-x4fast.param");
        model.sha256 = QString(64, QLatin1Char('0'));
        dialog.download(model);
        QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 20000);
        QVERIFY(!ended.at(0).at(0).toBool());
        QVERIFY(
            ended.at(0).at(1).toString().contains(QStringLiteral("SHA-256"), Qt::CaseInsensitive));
        QCOMPARE(userFiles(), QStringList{});
        QCOMPARE(dialog.downloadProgress()->value(), 0);
    }
};

QTEST_MAIN(TestModelManagerDialog)
#include "tst_model_manager_dialog.moc"
