// Where the CLIP vocabulary of a checkpoint is found, what is reported, and
// the message when it is missing.
#include "core/diffusion/tokenizer_locator.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hires;

class TestTokenizerLocator : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString& relative) const { return m_dir.filePath(relative); }
    void touch(const QString& relative)
    {
        QDir().mkpath(QFileInfo(path(relative)).absolutePath());
        QFile f(path(relative));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x");
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
        touch(QStringLiteral("models/sd/model.safetensors"));
    }

    void missingNamesWhatToGet()
    {
        const Result<TokenizerLocation> r = TokenizerLocator::locate(
            path(QStringLiteral("models/sd/model.safetensors")), {}, {path(QStringLiteral("lib"))});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::NotFound);
        QVERIFY(r.error().message.contains(QStringLiteral("vocab.json")));
        QVERIFY(r.error().message.contains(QStringLiteral("merges.txt")));
        QVERIFY(r.error().message.contains(QStringLiteral("clip-vit-large-patch14")));
        QVERIFY(r.error().message.contains(QStringLiteral("--tokenizer")));
        QVERIFY(r.error().message.contains(QDir::toNativeSeparators(path(QStringLiteral("lib")))));
    }

    void nextToTheCheckpoint()
    {
        touch(QStringLiteral("models/sd/tokenizer/vocab.json"));
        touch(QStringLiteral("models/sd/tokenizer/merges.txt"));
        touch(QStringLiteral("lib/tokenizer/vocab.json"));
        touch(QStringLiteral("lib/tokenizer/merges.txt"));
        const Result<TokenizerLocation> r = TokenizerLocator::locate(
            path(QStringLiteral("models/sd/model.safetensors")), {}, {path(QStringLiteral("lib"))});
        QVERIFY(r.ok());
        QCOMPARE(r->source, TokenizerSource::NextToCheckpoint);
        QCOMPARE(r->path, QDir(path(QStringLiteral("models/sd/tokenizer"))).absolutePath());
        QVERIFY(r->describe().contains(QStringLiteral("next to the checkpoint")));
    }

    void openAiFileBesideTheCheckpoint()
    {
        touch(QStringLiteral("models/sd/bpe_simple_vocab_16e6.txt.gz"));
        const Result<TokenizerLocation> r =
            TokenizerLocator::locate(path(QStringLiteral("models/sd/model.safetensors")), {}, {});
        QVERIFY(r.ok());
        QCOMPARE(r->path, QFileInfo(path(QStringLiteral("models/sd/bpe_simple_vocab_16e6.txt.gz")))
                              .absoluteFilePath());
    }

    void inAModelFolder()
    {
        touch(QStringLiteral("lib/clip-tokenizer/vocab.json"));
        touch(QStringLiteral("lib/clip-tokenizer/merges.txt"));
        const Result<TokenizerLocation> r = TokenizerLocator::locate(
            path(QStringLiteral("models/sd/model.safetensors")), {}, {path(QStringLiteral("lib"))});
        QVERIFY(r.ok());
        QCOMPARE(r->source, TokenizerSource::ModelFolder);
        QCOMPARE(tokenizerSourceId(r->source), QStringLiteral("models"));
    }

    void halfAFolderDoesNotCount()
    {
        touch(QStringLiteral("models/sd/tokenizer/vocab.json")); // merges.txt missing
        QVERIFY(
            !TokenizerLocator::locate(path(QStringLiteral("models/sd/model.safetensors")), {}, {})
                 .ok());
    }

    void diffusersFolderUsesItsOwn()
    {
        touch(QStringLiteral("pipe/tokenizer/vocab.json"));
        touch(QStringLiteral("pipe/tokenizer/merges.txt"));
        const Result<TokenizerLocation> r =
            TokenizerLocator::locate(path(QStringLiteral("pipe")), {}, {});
        QVERIFY(r.ok());
        QCOMPARE(r->source, TokenizerSource::DiffusersFolder);
    }

    void userFolderWinsAndIsChecked()
    {
        touch(QStringLiteral("models/sd/tokenizer/vocab.json"));
        touch(QStringLiteral("models/sd/tokenizer/merges.txt"));
        touch(QStringLiteral("mine/vocab.json"));
        touch(QStringLiteral("mine/merges.txt"));
        const QString checkpoint = path(QStringLiteral("models/sd/model.safetensors"));
        Result<TokenizerLocation> r =
            TokenizerLocator::locate(checkpoint, path(QStringLiteral("mine")), {});
        QVERIFY(r.ok());
        QCOMPARE(r->source, TokenizerSource::UserFolder);
        r = TokenizerLocator::locate(checkpoint, path(QStringLiteral("empty")), {});
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("empty")));
    }
};

QTEST_GUILESS_MAIN(TestTokenizerLocator)
#include "tst_tokenizer_locator.moc"
