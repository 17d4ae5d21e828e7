// Checkpoints written by the real torch.save of Debian's python3-torch
// (tests/python/make_checkpoints.py), compared tensor by tensor, bit for bit,
// with the bytes Python dumped next to them.
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "core/weights/model_file.h"
#include "weights_test_support.h"

using namespace hires;
using namespace hires::test;

class TestPytorchCheckpoint : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QJsonObject m_manifest;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(runPython(QStringLiteral("make_checkpoints.py"), {m_dir.path()}));
        m_manifest =
            QJsonDocument::fromJson(readFile(m_dir.filePath(QStringLiteral("manifest.json"))))
                .object();
        QVERIFY(m_manifest.size() >= 15);
    }

    void matchesWhatPythonSaved_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString& file : m_manifest.keys())
            QTest::newRow(qPrintable(file)) << file;
    }

    void matchesWhatPythonSaved()
    {
        QFETCH(QString, file);
        const QJsonObject expected = m_manifest.value(file).toObject();
        Result<StateDict> dict = ModelFile::loadStateDict(m_dir.filePath(file));
        QVERIFY2(dict, qPrintable(dict ? QString() : dict.error().message));
        QCOMPARE(dict->format, expected.value(QStringLiteral("format")).toString());
        QCOMPARE(dict->wrapperKey, expected.value(QStringLiteral("wrapper_key")).toString());
        QCOMPARE(dict->strippedPrefix,
                 expected.value(QStringLiteral("stripped_prefix")).toString());
        QCOMPARE(dict->skippedEntries, expected.value(QStringLiteral("skipped_entries")).toInt());
        const QJsonArray tensors = expected.value(QStringLiteral("tensors")).toArray();
        QCOMPARE(dict->size(), size_t(tensors.size()));
        for (qsizetype i = 0; i < tensors.size(); ++i) {
            const QJsonObject t = tensors.at(i).toObject();
            const std::string name = t.value(QStringLiteral("name")).toString().toStdString();
            QCOMPARE(dict->names()[size_t(i)], name); // file order
            const TensorRef& tensor = dict->at(name);
            QCOMPARE(dtypeName(tensor.dtype), t.value(QStringLiteral("dtype")).toString());
            std::vector<int64_t> shape;
            for (const QJsonValue& d : t.value(QStringLiteral("shape")).toArray())
                shape.push_back(d.toInteger());
            QCOMPARE(tensor.shape, shape);
            const std::vector<std::byte> bytes = tensor.contiguousBytes();
            const QByteArray expectedBytes =
                readFile(m_dir.filePath(t.value(QStringLiteral("bytes")).toString()));
            QCOMPARE(
                QByteArray(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size())),
                expectedBytes);
            // Views of one storage share one Storage object, not copies.
            const std::string sharesWith =
                t.value(QStringLiteral("shares_with")).toString().toStdString();
            if (!sharesWith.empty())
                QCOMPARE(tensor.storage.get(), dict->at(sharesWith).storage.get());
        }
    }

    void viewsKeepTheirGeometry()
    {
        Result<StateDict> dict =
            ModelFile::loadStateDict(m_dir.filePath(QStringLiteral("views.pth")));
        QVERIFY(dict);
        const TensorRef& row = dict->at("row");
        QCOMPARE(row.offset, int64_t(16));
        const TensorRef& transposed = dict->at("transposed");
        QCOMPARE(transposed.strides, (std::vector<int64_t>{1, 8}));
        QVERIFY(!transposed.isContiguous());
        QCOMPARE(dict->at("window").offset, int64_t(10));
        QCOMPARE(dict->at("strided").strides, (std::vector<int64_t>{16, 3}));
        QCOMPARE(dict->at("position_ids").shape, (std::vector<int64_t>{1, 5}));
        QCOMPARE(dict->at("scalar").shape, std::vector<int64_t>{});
        QCOMPARE(dict->at("empty").numel(), int64_t(0));
        QCOMPARE(dict->at("base").storage->size(), size_t(64 * 4));
    }

    void legacyAndZipAgree()
    {
        Result<StateDict> zip =
            ModelFile::loadStateDict(m_dir.filePath(QStringLiteral("views.pth")));
        Result<StateDict> legacy =
            ModelFile::loadStateDict(m_dir.filePath(QStringLiteral("views_legacy.pth")));
        QVERIFY(zip && legacy);
        QCOMPARE(legacy->format, QStringLiteral("pytorch-legacy"));
        QCOMPARE(zip->names(), legacy->names());
        for (const std::string& name : zip->names()) {
            QCOMPARE(zip->at(name).contiguousBytes(), legacy->at(name).contiguousBytes());
            QCOMPARE(zip->at(name).strides, legacy->at(name).strides);
        }
    }
};

QTEST_GUILESS_MAIN(TestPytorchCheckpoint)
#include "tst_pytorch_checkpoint.moc"
