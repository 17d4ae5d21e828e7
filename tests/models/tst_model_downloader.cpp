// ModelDownloader against a real HTTP server on 127.0.0.1: only a complete,
// checksum-verified body ever appears under the destination name.
#include "core/models/model_downloader.h"
#include "support/http_test_server.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hires;

namespace {

QString sha256(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QByteArray payload(int size)
{
    QByteArray bytes(size, '\0');
    for (int i = 0; i < size; ++i)
        bytes[i] = static_cast<char>((i * 131 + i / 7) & 0xff);
    return bytes;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestModelDownloader : public QObject
{
    Q_OBJECT
private:
    test::HttpTestServer m_server;
    QByteArray m_body = payload(3 << 20);
    QTemporaryDir m_dir;

    // Runs one download to its end; returns true on success.
    bool run(ModelDownloader& downloader, const DownloadRequest& request)
    {
        QSignalSpy ok(&downloader, &ModelDownloader::succeeded);
        QSignalSpy failed(&downloader, &ModelDownloader::failed);
        downloader.start(request);
        if (!QTest::qWaitFor([&] { return ok.count() + failed.count() > 0; }, 20000))
            return false;
        QTest::qWait(50); // nothing else may arrive afterwards
        return ok.count() == 1 && failed.count() == 0;
    }

    // Only the files the test expects: no temporary file is ever left behind.
    QStringList filesIn(const QString& dir) const
    {
        return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    }

    DownloadRequest request(const QByteArray& route, const QString& file)
    {
        DownloadRequest r;
        r.url = QUrl(m_server.url(route));
        r.destination = m_dir.filePath(file);
        r.sha256 = sha256(m_body);
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.isListening());
        QVERIFY(m_dir.isValid());
        m_server.route("/model.pth", {200, m_body});
        m_server.route("/cut.pth", {200, m_body, 1 << 20});
        m_server.route("/nolength.pth", {200, m_body, -1, false});
        m_server.route("/stall.pth", {200, m_body, 256 << 10, true, true});
        m_server.route("/error.pth", {500, "boom"});
    }

    void downloadsAndVerifies()
    {
        ModelDownloader downloader;
        QSignalSpy progress(&downloader, &ModelDownloader::progress);
        QSignalSpy ok(&downloader, &ModelDownloader::succeeded);
        const QString dir = m_dir.filePath(QStringLiteral("ok"));
        DownloadRequest r = request("/model.pth", QStringLiteral("ok/model.pth"));
        r.sha256 = r.sha256.toUpper(); // any case
        QVERIFY(run(downloader, r));
        QCOMPARE(readAll(r.destination), m_body);
        QCOMPARE(ok.first().at(0).toString(), r.destination);
        QCOMPARE(ok.first().at(1).toString(), sha256(m_body));
        QVERIFY(progress.count() >= 1);
        QCOMPARE(progress.last().at(0).toLongLong(), qint64(m_body.size()));
        QCOMPARE(progress.last().at(1).toLongLong(), qint64(m_body.size()));
        QCOMPARE(filesIn(dir), QStringList{QStringLiteral("model.pth")});
    }

    void replacesAnOlderFileOnlyWhenVerified()
    {
        const QString dir = m_dir.filePath(QStringLiteral("replace"));
        QDir().mkpath(dir);
        const QString dest = dir + QStringLiteral("/model.pth");
        QFile old(dest);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old model");
        old.close();
        ModelDownloader downloader;
        DownloadRequest bad = request("/model.pth", QStringLiteral("replace/model.pth"));
        bad.sha256 = QString(64, QLatin1Char('0'));
        QVERIFY(!run(downloader, bad));
        QCOMPARE(readAll(dest), QByteArray("old model")); // untouched by a failed download
        QVERIFY(run(downloader, request("/model.pth", QStringLiteral("replace/model.pth"))));
        QCOMPARE(readAll(dest), m_body);
        QCOMPARE(filesIn(dir), QStringList{QStringLiteral("model.pth")});
    }

    void failuresLeaveNoFile_data()
    {
        QTest::addColumn<QByteArray>("route");
        QTest::addColumn<QString>("sha");
        QTest::addColumn<qint64>("maxBytes");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QString good = sha256(m_body);
        QTest::newRow("wrong checksum")
            << QByteArray("/model.pth") << QString(64, QLatin1Char('a')) << (qint64(1) << 30)
            << int(ErrorCode::CorruptData) << "SHA-256";
        QTest::newRow("connection cut") << QByteArray("/cut.pth") << good << (qint64(1) << 30)
                                        << int(ErrorCode::IoError) << "cut.pth";
        QTest::newRow("HTTP 404") << QByteArray("/missing.pth") << good << (qint64(1) << 30)
                                  << int(ErrorCode::NotFound) << "404";
        QTest::newRow("HTTP 500") << QByteArray("/error.pth") << good << (qint64(1) << 30)
                                  << int(ErrorCode::IoError) << "500";
        QTest::newRow("too large (Content-Length)")
            << QByteArray("/model.pth") << good << qint64(1 << 20) << int(ErrorCode::TooLarge)
            << "limit";
        QTest::newRow("too large (no length)")
            << QByteArray("/nolength.pth") << good << qint64(1 << 20) << int(ErrorCode::TooLarge)
            << "limit";
    }

    void failuresLeaveNoFile()
    {
        QFETCH(QByteArray, route);
        QFETCH(QString, sha);
        QFETCH(qint64, maxBytes);
        QFETCH(int, code);
        QFETCH(QString, message);
        const QString sub = QString::fromLatin1(QTest::currentDataTag())
                                .replace(QLatin1Char(' '), QLatin1Char('_'));
        ModelDownloader downloader;
        QSignalSpy failed(&downloader, &ModelDownloader::failed);
        DownloadRequest r = request(route, sub + QStringLiteral("/model.pth"));
        r.sha256 = sha;
        r.maxBytes = maxBytes;
        QVERIFY(!run(downloader, r));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(int(downloader.lastError().code), code);
        QVERIFY2(failed.first().at(0).toString().contains(message),
                 qPrintable(failed.first().at(0).toString()));
        QVERIFY(!QFile::exists(r.destination));
        QCOMPARE(filesIn(m_dir.filePath(sub)), QStringList());
    }

    void acceptsABodyWithoutLengthWhenComplete()
    {
        ModelDownloader downloader;
        QVERIFY(run(downloader, request("/nolength.pth", QStringLiteral("nolength/model.pth"))));
        QCOMPARE(readAll(m_dir.filePath(QStringLiteral("nolength/model.pth"))), m_body);
    }

    void cancelStopsAndCleansUp()
    {
        ModelDownloader downloader;
        QSignalSpy progress(&downloader, &ModelDownloader::progress);
        QSignalSpy failed(&downloader, &ModelDownloader::failed);
        QSignalSpy ok(&downloader, &ModelDownloader::succeeded);
        const DownloadRequest r = request("/stall.pth", QStringLiteral("cancel/model.pth"));
        downloader.start(r);
        // The server sent part of the body and stalls: the download is under way.
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(0).toLongLong() > 0,
                                 20000);
        QVERIFY(downloader.isRunning());
        downloader.cancel();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(downloader.lastError().code, ErrorCode::Cancelled);
        QVERIFY(!downloader.isRunning());
        QTest::qWait(50);
        QCOMPARE(ok.count(), 0);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(filesIn(m_dir.filePath(QStringLiteral("cancel"))), QStringList());
    }

    void refusesUnverifiedUnlessAccepted()
    {
        ModelDownloader downloader;
        QSignalSpy failed(&downloader, &ModelDownloader::failed);
        DownloadRequest r = request("/model.pth", QStringLiteral("unverified/model.pth"));
        r.sha256.clear();
        const int before = m_server.requests();
        QVERIFY(!run(downloader, r));
        QCOMPARE(downloader.lastError().code, ErrorCode::InvalidArgument);
        QVERIFY(failed.first().at(0).toString().contains(QLatin1String("unverified")));
        QCOMPARE(m_server.requests(), before); // refused before asking the network
        r.acceptUnverified = true;
        QVERIFY(run(downloader, r));
        QCOMPARE(readAll(r.destination), m_body);
    }

    void refusesBadRequests_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("sha");
        QTest::newRow("not http") << "file:///etc/passwd" << QString(64, QLatin1Char('a'));
        QTest::newRow("not a SHA-256") << m_server.url("/model.pth") << "abc";
    }

    void refusesBadRequests()
    {
        QFETCH(QString, url);
        QFETCH(QString, sha);
        ModelDownloader downloader;
        DownloadRequest r;
        r.url = QUrl(url);
        r.sha256 = sha;
        r.destination = m_dir.filePath(QStringLiteral("bad/model.pth"));
        QVERIFY(!run(downloader, r));
        QCOMPARE(downloader.lastError().code, ErrorCode::InvalidArgument);
        QVERIFY(!QFile::exists(r.destination));
    }
};

QTEST_GUILESS_MAIN(TestModelDownloader)
#include "tst_model_downloader.moc"
