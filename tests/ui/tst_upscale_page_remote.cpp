// The upscale page with a remote server in the settings, against a real
// `hires-studio serve` service started by the test on 127.0.0.1: a dropped
// file is upscaled by the server's runner and the page writes the output; a
// wrong token fails in the queue with the server's message and writes
// nothing; Cancel drops the request and the server cancels its job; the page
// says where work runs.
#include "ui/pages/upscale_page.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "core/image/image_decoder.h"
#include "core/image/image_encoder.h"
#include "core/jobs/job_runner.h"
#include "tests/server/server_test_support.h"
#include "ui/pages/upscale_options_panel.h"
#include "ui/pages/upscale_queue_model.h"
#include "ui/settings.h"

using namespace hires;
using namespace hires::ui;
using namespace hires::test;
using Status = UpscaleQueueItem::Status;

namespace {
const QByteArray kToken = "page-remote-token-0123456789";
} // namespace

class TestUpscalePageRemote : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_in;
    QString m_out;

    // A page whose settings name the server (and token) and LANCZOS at 2x.
    std::unique_ptr<UpscalePage> makePage(Settings& settings, JobRunner& runner,
                                          const ServerUnderTest& server, const QByteArray& token)
    {
        settings.setValue(keys::kModelFolders, QStringList{m_dir.filePath(QStringLiteral("none"))});
        settings.setValue(keys::kOutputFolder, m_out);
        settings.setValue(keys::kUpscaleModel, QStringLiteral("lanczos"));
        settings.setValue(keys::kUpscaleScalePercent, 200);
        settings.setValue(keys::kRemoteServer,
                          QStringLiteral("http://127.0.0.1:%1").arg(server.port));
        settings.setValue(keys::kRemoteToken, QString::fromLatin1(token));
        auto page = std::make_unique<UpscalePage>(runner, settings);
        if (!QTest::qWaitFor([&] { return !page->options()->isScanning(); }, 60000))
            qFatal("model scan did not end");
        QComboBox* box = page->options()->modelBox();
        box->setCurrentIndex(box->findData(QStringLiteral("lanczos")));
        return page;
    }

    QStringList outputs() const { return QDir(m_out).entryList(QDir::Files | QDir::Hidden); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).mkpath(QStringLiteral("in"));
        QDir(m_dir.path()).mkpath(QStringLiteral("out"));
        m_in = m_dir.filePath(QStringLiteral("in/photo.png"));
        m_out = m_dir.filePath(QStringLiteral("out"));
        QVERIFY(saveImage(decodeBase64(gradientPng(40, 30)), m_in, EncodeOptions{}));
    }
    void init()
    {
        QDir(m_out).removeRecursively();
        QDir().mkpath(m_out);
    }

    void upscalesOnTheServer()
    {
        ServerUnderTest server(withToken(kToken));
        QVERIFY(server.port > 0);
        Settings settings(m_dir.filePath(QStringLiteral("ok.ini")));
        JobRunner runner;
        auto page = makePage(settings, runner, server, kToken);
        const QString where = QStringLiteral("127.0.0.1:%1").arg(server.port);
        QCOMPARE(page->workLocation(), where);
        QVERIFY(page->locationLabel()->text().contains(where));

        QSignalSpy ranOnServer(&server.runner, &JobRunner::finished);
        QSignalSpy ranHere(&runner, &JobRunner::finished);
        page->openFiles({m_in});
        QTRY_VERIFY_WITH_TIMEOUT(page->queueModel()->activeCount() == 0, 60000);
        const UpscaleQueueItem& item = page->queueModel()->item(0);
        QCOMPARE(item.status, Status::Done);
        QCOMPARE(ranOnServer.count(), 1); // the server's runner did the upscale
        QCOMPARE(ranHere.count(), 1);     // through this side's queue
        const JobOutput output = ranHere.at(0).at(1).value<JobOutput>();
        QCOMPARE(output.provenance.details.value(QStringLiteral("server")).toString(), where);
        QCOMPARE(outputs(), QStringList{QStringLiteral("photo_lanczos_2x.png")});
        const Result<ImageInfo> info =
            probeImageFile(m_out + QStringLiteral("/photo_lanczos_2x.png"));
        QVERIFY(info);
        QCOMPARE(info->width, 80);
        QCOMPARE(info->height, 60);
    }

    void wrongTokenFailsInTheQueue()
    {
        ServerUnderTest server(withToken(kToken));
        Settings settings(m_dir.filePath(QStringLiteral("wrong.ini")));
        JobRunner runner;
        auto page = makePage(settings, runner, server, "not-the-token-at-all");
        QSignalSpy ranOnServer(&server.runner, &JobRunner::jobStarted);
        page->openFiles({m_in});
        QTRY_VERIFY_WITH_TIMEOUT(page->queueModel()->activeCount() == 0, 60000);
        const UpscaleQueueItem& item = page->queueModel()->item(0);
        QCOMPARE(item.status, Status::Failed);
        QVERIFY2(item.message.contains(QStringLiteral("bearer token")), qPrintable(item.message));
        QVERIFY2(item.message.startsWith(page->workLocation()), qPrintable(item.message));
        QCOMPARE(ranOnServer.count(), 0);
        QCOMPARE(outputs(), QStringList());
    }

    void cancelCancelsOnTheServer()
    {
        ServerUnderTest server(withToken(kToken));
        std::atomic<bool> open{false};
        QVERIFY(server.holdRunner(&open));
        Settings settings(m_dir.filePath(QStringLiteral("cancel.ini")));
        JobRunner runner;
        auto page = makePage(settings, runner, server, kToken);
        QSignalSpy cancelledOnServer(&server.runner, &JobRunner::cancelled);
        page->openFiles({m_in});
        QTRY_COMPARE_WITH_TIMEOUT(server.runner.queueLength(), 1, 30000); // behind the gate
        page->cancelAll();
        QTRY_COMPARE(page->queueModel()->item(0).status, Status::Cancelled);
        QTRY_COMPARE(cancelledOnServer.count(), 1);
        open = true;
        QCOMPARE(outputs(), QStringList());
    }

    void emptyServerMeansThisComputer()
    {
        Settings settings(m_dir.filePath(QStringLiteral("local.ini")));
        JobRunner runner;
        UpscalePage page(runner, settings);
        QCOMPARE(page.workLocation(), QStringLiteral("this computer"));
        QCOMPARE(page.locationLabel()->text(), QStringLiteral("Working on this computer"));
    }
};

QTEST_MAIN(TestUpscalePageRemote)
#include "tst_upscale_page_remote.moc"
