// The SD noise schedule and the sigma lists samplers walk, against the
// published values and against tests/python/k_diffusion_reference.py
// (CompVis / k-diffusion formulas in float64 with numpy and torch.linspace).
#include "core/diffusion/noise_schedule.h"

#include "support/python_reference.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace hires;

namespace {

std::vector<double> toVector(const QJsonArray& array)
{
    std::vector<double> values;
    for (const QJsonValue& v : array)
        values.push_back(v.toDouble());
    return values;
}

bool close(double a, double b, double relative)
{
    return std::abs(a - b) <= relative * std::max(1.0, std::abs(b));
}

} // namespace

class TestNoiseSchedule : public QObject
{
    Q_OBJECT

private:
    const NoiseSchedule m_schedule = NoiseSchedule::scaledLinear();
    QJsonObject m_reference;
    const std::vector<int> m_steps = {1, 2, 3, 10, 20, 30, 50, 150, 1000};
    const std::vector<double> m_probeSigmas = {1e-5, 0.0291, 0.0291675, 0.05,    0.5,
                                               1.0,  3.3,    14.0,      14.6146, 20.0};
    const std::vector<double> m_probeTs = {0.0, 0.25, 1.0, 12.5, 499.5, 500.0, 998.1, 999.0};

private Q_SLOTS:
    void initTestCase()
    {
        QJsonObject spec;
        QJsonArray steps, sigmas, ts;
        for (int n : m_steps)
            steps.append(n);
        for (double s : m_probeSigmas)
            sigmas.append(s);
        for (double t : m_probeTs)
            ts.append(t);
        spec.insert(QStringLiteral("steps"), steps);
        spec.insert(QStringLiteral("sigmas"), sigmas);
        spec.insert(QStringLiteral("ts"), ts);
        const test::PythonRun run =
            test::runPythonReference(QStringLiteral("k_diffusion_reference.py"),
                                     {QStringLiteral("schedule")}, QJsonDocument(spec).toJson());
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        m_reference = QJsonDocument::fromJson(run.output).object();
        QVERIFY(!m_reference.isEmpty());
    }

    void publishedValues()
    {
        QCOMPARE(m_schedule.timesteps(), 1000);
        QVERIFY(std::abs(m_schedule.sigmaMax() - 14.6146) < 1e-4);
        QVERIFY(std::abs(m_schedule.sigmaMin() - 0.0292) < 1e-4);
        QVERIFY(std::abs(m_schedule.sigmaMax() - 14.614641) < 1e-6);
        QVERIFY(std::abs(m_schedule.sigmaMin() - 0.0291672) < 1e-6);
        const std::vector<double> karras = m_schedule.karrasSigmas(20);
        QCOMPARE(karras.size(), size_t(21));
        const double published[] = {14.6146, 11.7254, 9.3402, 7.3836, 5.7894};
        for (size_t i = 0; i < 5; ++i)
            QVERIFY2(std::abs(karras[i] - published[i]) < 1e-4,
                     qPrintable(QString::number(karras[i], 'g', 10)));
        QCOMPARE(karras.back(), 0.0);
        QVERIFY(std::abs(karras[19] - m_schedule.sigmaMin()) < 1e-12);
    }

    void alphasCumprodMatchCompVis()
    {
        const std::vector<double> expected =
            toVector(m_reference.value(QStringLiteral("alphas_cumprod")).toArray());
        QCOMPARE(expected.size(), size_t(1000));
        // torch's vectorised linspace rounds some entries differently in the
        // last bit; everything else is the same float64 arithmetic.
        for (size_t t = 0; t < expected.size(); ++t)
            QVERIFY2(close(m_schedule.alphasCumprod()[t], expected[t], 1e-14),
                     qPrintable(QString::number(t)));
    }

    void defaultAndKarrasMatchReference()
    {
        const QJsonObject defaults = m_reference.value(QStringLiteral("default")).toObject();
        const QJsonObject karras = m_reference.value(QStringLiteral("karras")).toObject();
        for (int n : m_steps) {
            const std::vector<double> d = toVector(defaults.value(QString::number(n)).toArray());
            const std::vector<double> k = toVector(karras.value(QString::number(n)).toArray());
            const std::vector<double> ours = m_schedule.defaultSigmas(n);
            const std::vector<double> oursKarras = m_schedule.karrasSigmas(n);
            QCOMPARE(ours.size(), size_t(n) + 1);
            QCOMPARE(ours.size(), d.size());
            QCOMPARE(oursKarras.size(), k.size());
            for (size_t i = 0; i < d.size(); ++i) {
                QVERIFY2(close(ours[i], d[i], 1e-12),
                         qPrintable(QStringLiteral("default %1 [%2]").arg(n).arg(i)));
                QVERIFY2(close(oursKarras[i], k[i], 1e-12),
                         qPrintable(QStringLiteral("karras %1 [%2]").arg(n).arg(i)));
            }
        }
        // One step still starts at the top of the schedule.
        QCOMPARE(m_schedule.defaultSigmas(1).size(), size_t(2));
        QVERIFY(close(m_schedule.defaultSigmas(1)[0], m_schedule.sigmaMax(), 1e-12));
    }

    void sigmaTimestepConversion()
    {
        const std::vector<double> toT =
            toVector(m_reference.value(QStringLiteral("sigma_to_t")).toArray());
        for (size_t i = 0; i < m_probeSigmas.size(); ++i)
            QVERIFY2(close(m_schedule.sigmaToT(m_probeSigmas[i]), toT[i], 1e-12),
                     qPrintable(QString::number(m_probeSigmas[i])));
        const std::vector<double> toSigma =
            toVector(m_reference.value(QStringLiteral("t_to_sigma")).toArray());
        for (size_t i = 0; i < m_probeTs.size(); ++i)
            QVERIFY(close(m_schedule.tToSigma(m_probeTs[i]), toSigma[i], 1e-12));
        // The table's own sigmas map to their integer timesteps exactly.
        for (int t : {0, 1, 51, 500, 998, 999})
            QCOMPARE(m_schedule.sigmaToT(m_schedule.sigmas()[size_t(t)]), double(t));
        for (double t : {0.5, 17.25, 640.75})
            QVERIFY(std::abs(m_schedule.sigmaToT(m_schedule.tToSigma(t)) - t) < 1e-9);
        // Outside the table t clamps to the ends; nonsense maps to 0.
        QCOMPARE(m_schedule.sigmaToT(100.0), 999.0);
        QCOMPARE(m_schedule.sigmaToT(0.0), 0.0);
        QCOMPARE(m_schedule.sigmaToT(-1.0), 0.0);
        QCOMPARE(m_schedule.sigmaToT(std::nan("")), 0.0);
        QCOMPARE(m_schedule.tToSigma(-5.0), m_schedule.tToSigma(0.0));
        QCOMPARE(m_schedule.tToSigma(5000.0), m_schedule.tToSigma(999.0));
    }

    void ddimTimesteps()
    {
        const QJsonObject ddim = m_reference.value(QStringLiteral("ddim")).toObject();
        for (int n : m_steps) {
            std::vector<int> expected;
            for (const QJsonValue& t : ddim.value(QString::number(n)).toArray())
                expected.insert(expected.begin(), t.toInt()); // ours run highest first
            QCOMPARE(m_schedule.ddimTimesteps(n), expected);
        }
        QCOMPARE(m_schedule.ddimTimesteps(20).front(), 951);
        QCOMPARE(m_schedule.ddimTimesteps(20).back(), 1);
        QCOMPARE(m_schedule.ddimTimesteps(30).size(), size_t(31)); // CompVis runs 31 for 30
        const std::vector<double> sigmas = m_schedule.ddimSigmas(20);
        QCOMPARE(sigmas.size(), size_t(21));
        QCOMPARE(sigmas.front(), m_schedule.sigmas()[951]);
        QCOMPARE(sigmas.back(), m_schedule.sigmaMin()); // to alphas_cumprod[0], not 0
    }

    void linspaceIsTorchs()
    {
        const std::vector<double> v = NoiseSchedule::linspace(999.0, 0.0, 4);
        QCOMPARE(v, (std::vector<double>{999.0, 666.0, 333.0, 0.0}));
        QCOMPARE(NoiseSchedule::linspace(2.0, 5.0, 1), std::vector<double>{2.0});
        QVERIFY(NoiseSchedule::linspace(2.0, 5.0, 0).empty());
    }

    void fromAlphasCumprod()
    {
        Result<NoiseSchedule> same = NoiseSchedule::fromAlphasCumprod(m_schedule.alphasCumprod());
        QVERIFY(same.ok());
        QCOMPARE(same->sigmas(), m_schedule.sigmas());
        QCOMPARE(same->karrasSigmas(20), m_schedule.karrasSigmas(20));

        const std::vector<std::vector<double>> bad = {
            {},         {0.5},      {0.9, 0.95},         {0.9, 0.9},
            {1.0, 0.5}, {0.5, 0.0}, {0.9, std::nan("")}, {0.9, -0.1}};
        for (const std::vector<double>& values : bad) {
            Result<NoiseSchedule> schedule = NoiseSchedule::fromAlphasCumprod(values);
            QVERIFY(!schedule.ok());
            QCOMPARE(schedule.error().code, ErrorCode::CorruptData);
        }
    }
};

QTEST_GUILESS_MAIN(TestNoiseSchedule)
#include "tst_noise_schedule.moc"
