// Seeded latent noise must equal Python's
// torch.randn(shape, generator=torch.Generator().manual_seed(seed)) bit for
// bit, including the draws that follow the first one (ancestral samplers).
#include "core/diffusion/latent_noise_p.h"

#include "diffusion/test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cstring>

using namespace hires;

Q_DECLARE_METATYPE(std::vector<int64_t>)

namespace {

QList<QByteArray> pythonDraws(const QString& seed, const std::vector<int64_t>& shape, int draws,
                              QString* error)
{
    QJsonArray jsonShape;
    for (int64_t d : shape)
        jsonShape.append(qint64(d));
    // The seed goes in as a JSON number literal so that 64-bit seeds survive.
    const QByteArray spec = "{\"seed\": " + seed.toLatin1() + ", \"shape\": " +
                            QJsonDocument(jsonShape).toJson(QJsonDocument::Compact) +
                            ", \"draws\": " + QByteArray::number(draws) + "}";
    const test::PythonRun run = test::runPythonReference(QStringLiteral("k_diffusion_reference.py"),
                                                         {QStringLiteral("randn")}, spec);
    *error = run.error;
    QList<QByteArray> out;
    for (const QJsonValue& v : QJsonDocument::fromJson(run.output).array())
        out.append(QByteArray::fromBase64(v.toString().toLatin1()));
    return out;
}

QByteArray bytesOf(const at::Tensor& t)
{
    const at::Tensor c = t.contiguous();
    return QByteArray(static_cast<const char*>(c.data_ptr()), qsizetype(c.nbytes()));
}

} // namespace

class TestLatentNoise : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesTorchRandn_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::addColumn<std::vector<int64_t>>("shape");
        QTest::newRow("seed 0, 512x512 latent") << "0" << std::vector<int64_t>{1, 4, 64, 64};
        QTest::newRow("seed 42, small") << "42" << std::vector<int64_t>{1, 4, 8, 8};
        QTest::newRow("A1111 max seed, 768x1024")
            << "4294967294" << std::vector<int64_t>{1, 4, 96, 128};
        QTest::newRow("odd width") << "1234567" << std::vector<int64_t>{1, 4, 8, 9};
        QTest::newRow("fewer than 16 values") << "7" << std::vector<int64_t>{3};
        QTest::newRow("64-bit seed")
            << "18446744073709551615" << std::vector<int64_t>{1, 4, 16, 16};
    }

    void matchesTorchRandn()
    {
        QFETCH(QString, seed);
        QFETCH(std::vector<int64_t>, shape);
        QString error;
        const QList<QByteArray> reference = pythonDraws(seed, shape, 3, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(reference.size(), 3);

        const uint64_t seedValue = seed.toULongLong();
        const at::Tensor first = LatentNoise::randn(seedValue, shape);
        QCOMPARE(first.scalar_type(), at::kFloat);
        QCOMPARE(first.sizes().vec(), shape);
        QVERIFY(bytesOf(first) == reference[0]);

        // LatentNoise continues the same generator for later draws.
        if (shape.size() == 4) {
            LatentNoise noise({seedValue});
            const at::TensorOptions cpuFloat = at::TensorOptions().dtype(at::kFloat);
            for (int draw = 0; draw < 3; ++draw)
                QVERIFY2(bytesOf(noise.next(shape, cpuFloat)) == reference[draw],
                         qPrintable(QString::number(draw)));
        }
    }

    void batchRowsUseTheirOwnSeeds()
    {
        LatentNoise batch({11, 12});
        const at::Tensor x =
            batch.next(std::vector<int64_t>{2, 4, 8, 8}, at::TensorOptions().dtype(at::kFloat));
        QVERIFY(at::equal(x[0], LatentNoise::randn(11, {4, 8, 8})));
        QVERIFY(at::equal(x[1], LatentNoise::randn(12, {4, 8, 8})));
        QVERIFY(!at::equal(x[0], x[1]));
    }

    void followsTheLatentsDtype()
    {
        LatentNoise noise({5});
        const at::Tensor like = at::zeros({1, 4, 8, 8}, at::kDouble);
        const at::Tensor x = noise.next(like);
        QCOMPARE(x.scalar_type(), at::kDouble);
        // Drawn as float32 first, as on the CPU generator in Python.
        QVERIFY(at::equal(x, LatentNoise::randn(5, {1, 4, 8, 8}).to(at::kDouble)));
    }

    void batchMismatchIsRefused()
    {
        LatentNoise noise({1, 2});
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, noise.next(at::zeros({3, 4, 8, 8})));
    }
};

QTEST_GUILESS_MAIN(TestLatentNoise)
#include "tst_latent_noise.moc"
