// Hostile files: tests/python/make_malicious.py writes pickles opcode by
// opcode whose payloads would create a canary file if anything executed
// them, plus broken containers; every one must be refused with a message
// that names the file, and the canary must never appear. Byte-flip sweeps
// over real torch.save files check that no mutation crashes the readers
// (run under -DHIRES_SANITIZE=ON for ASan/UBSan).
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "core/weights/model_file.h"
#include "core/weights/pytorch_checkpoint_reader.h"
#include "weights_test_support.h"

using namespace hires;
using namespace hires::test;

class TestMaliciousFiles : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_canary;
    QJsonObject m_manifest;

    QString corpus(const QString& file) const
    {
        return m_dir.filePath(QStringLiteral("corpus/") + file);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_canary = m_dir.filePath(QStringLiteral("CANARY"));
        QVERIFY(runPython(QStringLiteral("make_malicious.py"),
                          {m_dir.filePath(QStringLiteral("corpus")), m_canary}));
        QVERIFY(runPython(QStringLiteral("make_checkpoints.py"),
                          {m_dir.filePath(QStringLiteral("good"))}));
        m_manifest =
            QJsonDocument::fromJson(readFile(corpus(QStringLiteral("manifest.json")))).object();
        QVERIFY2(m_manifest.size() >= 25, "the corpus must hold at least 25 hostile files");
    }

    void controlsLoad()
    {
        // Built with the same helpers as the corpus, minus the mutation.
        for (const char* control : {"control_zip.pth", "control_legacy.pth"}) {
            Result<StateDict> dict = ModelFile::loadStateDict(corpus(QString::fromLatin1(control)));
            QVERIFY2(dict, qPrintable(dict ? QString() : dict.error().message));
            QCOMPARE(dict->at("w").toFloatVector(), (std::vector<float>{1, 2, 3, 4}));
        }
    }

    void refused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        for (auto it = m_manifest.constBegin(); it != m_manifest.constEnd(); ++it)
            QTest::newRow(qPrintable(it.key())) << it.key() << it.value().toString();
    }

    void refused()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        Result<StateDict> dict = ModelFile::loadStateDict(corpus(file));
        QVERIFY2(!dict, "a hostile file was accepted");
        const QString message = dict.error().message;
        QVERIFY2(message.startsWith(corpus(file) + QStringLiteral(" (")), qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
        QVERIFY(!message.contains(QLatin1Char('\n')));
        QVERIFY2(!QFile::exists(m_canary), "a payload ran");
    }

    void byteFlipSweep_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("zip") << "views.pth";
        QTest::newRow("legacy") << "views_legacy.pth";
        QTest::newRow("deflated") << "deflated.pth";
    }

    void byteFlipSweep()
    {
        QFETCH(QString, file);
        const QByteArray original = readFile(m_dir.filePath(QStringLiteral("good/") + file));
        QVERIFY(!original.isEmpty());
        int refused = 0;
        const qsizetype step = std::max<qsizetype>(1, original.size() / 1500);
        for (qsizetype i = 0; i < original.size(); i += step) {
            for (char mask : {char(0x01), char(0x80), char(0xff)}) {
                QByteArray mutated = original;
                mutated[i] = char(mutated[i] ^ mask);
                Result<StateDict> dict = PytorchCheckpointReader::read(storageOf(mutated), file);
                if (!dict) {
                    ++refused;
                    QVERIFY(!dict.error().message.isEmpty());
                    continue;
                }
                // What is accepted must be safe to read in full.
                for (const std::string& name : dict->names())
                    QVERIFY(dict->at(name).validationError().isEmpty());
            }
        }
        QVERIFY(refused > 0);
        qInfo("%s: %d of the mutations refused", qPrintable(file), refused);
    }

    void truncationSweep()
    {
        const QByteArray original =
            readFile(m_dir.filePath(QStringLiteral("good/fp16_legacy.pth")));
        for (qsizetype length = 0; length < original.size(); ++length)
            QVERIFY(!PytorchCheckpointReader::read(storageOf(original.left(length)),
                                                   QStringLiteral("t.pth")));
    }

    void cleanupTestCase() { QVERIFY2(!QFile::exists(m_canary), "a payload ran"); }
};

QTEST_GUILESS_MAIN(TestMaliciousFiles)
#include "tst_malicious_files.moc"
