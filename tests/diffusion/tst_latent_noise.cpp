// Seeded latent noise must equal Python's
// torch.randn(shape, generator=torch.Generator().manual_seed(seed)) bit for
// bit, including the draws that follow the first one (ancestral samplers).
#include "core/diffusion/latent_noise_p.h"

#include "support/python_reference.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cstring>

using namespace hires;

namespace {

struct NoiseCase
{
    const char* name;
    const char* seed; // as text: 64-bit seeds go to Python as JSON number literals
    std::vector<int64_t> shape;
};

const std::vector<NoiseCase>& noiseCases()
{
    static const std::vector<NoiseCase> cases = {
        {"seed 0, 512x512 latent", "0", {1, 4, 64, 64}},
        {"seed 42, small", "42", {1, 4, 8, 8}},
        {"A1111 max seed, 768x1024", "4294967294", {1, 4, 96, 128}},
        {"odd width", "1234567", {1, 4, 8, 9}},
        {"fewer than 16 values", "7", {3}},
        {"64-bit seed", "18446744073709551615", {1, 4, 16, 16}},
    };
    return cases;
}

constexpr int kDraws = 3;

QByteArray bytesOf(const at::Tensor& t)
{
    const at::Tensor c = t.contiguous();
    return QByteArray(static_cast<const char*>(c.data_ptr()), qsizetype(c.nbytes()));
}

} // namespace

class TestLatentNoise : public QObject
{
    Q_OBJECT

private:
    QList<QList<QByteArray>> m_reference; // per case, kDraws draws

private Q_SLOTS:
    void initTestCase()
    {
        // One Python run for all cases (importing torch is the slow part).
        QByteArrayList specs;
        for (const NoiseCase& c : noiseCases()) {
            QJsonArray shape;
            for (int64_t d : c.shape)
                shape.append(qint64(d));
            specs.append("{\"seed\": " + QByteArray(c.seed) +
                         ", \"shape\": " + QJsonDocument(shape).toJson(QJsonDocument::Compact) +
                         ", \"draws\": " + QByteArray::number(kDraws) + "}");
        }
        const test::PythonRun run =
            test::runPythonReference(QStringLiteral("k_diffusion_reference.py"),
                                     {QStringLiteral("randn")}, "[" + specs.join(",") + "]");
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        for (const QJsonValue& draws : QJsonDocument::fromJson(run.output).array()) {
            QList<QByteArray> decoded;
            for (const QJsonValue& draw : draws.toArray())
                decoded.append(QByteArray::fromBase64(draw.toString().toLatin1()));
            m_reference.append(decoded);
        }
        QCOMPARE(m_reference.size(), qsizetype(noiseCases().size()));
    }

    void matchesTorchRandn_data()
    {
        QTest::addColumn<int>("index");
        for (size_t i = 0; i < noiseCases().size(); ++i)
            QTest::newRow(noiseCases()[i].name) << int(i);
    }

    void matchesTorchRandn()
    {
        QFETCH(int, index);
        const NoiseCase& c = noiseCases()[size_t(index)];
        const std::vector<int64_t>& shape = c.shape;
        const QList<QByteArray>& reference = m_reference[index];
        QCOMPARE(reference.size(), kDraws);

        const uint64_t seedValue = QByteArray(c.seed).toULongLong();
        const at::Tensor first = LatentNoise::randn(seedValue, shape);
        QCOMPARE(first.scalar_type(), at::kFloat);
        QCOMPARE(first.sizes().vec(), shape);
        QVERIFY(bytesOf(first) == reference[0]);

        // LatentNoise continues the same generator for later draws.
        if (shape.size() == 4) {
            LatentNoise noise({seedValue});
            const at::TensorOptions cpuFloat = at::TensorOptions().dtype(at::kFloat);
            for (int draw = 0; draw < kDraws; ++draw)
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
