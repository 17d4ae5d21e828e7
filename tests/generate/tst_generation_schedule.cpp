// The steps a generation really runs, against AUTOMATIC1111's semantics
// computed independently in Python (make_generate_fixtures.py
// --schedule-only): hires fix runs exactly the hires steps over a stretched
// schedule; plain img2img runs int(strength * steps) + 1 of `steps`.
#include "core/diffusion/generation_schedule.h"

#include "support/python_reference.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace hires;

class TestGenerationSchedule : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QJsonArray m_rows;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const test::PythonRun run =
            test::runPythonReference(QStringLiteral("make_generate_fixtures.py"),
                                     {m_dir.path(), QStringLiteral("--schedule-only")});
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        QFile file(m_dir.filePath(QStringLiteral("hires_schedule.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_rows = QJsonDocument::fromJson(file.readAll()).array();
        QVERIFY(m_rows.size() > 40);
    }

    void matchesA1111_data()
    {
        QTest::addColumn<bool>("hires");
        QTest::addColumn<int>("steps");
        QTest::addColumn<double>("strength");
        QTest::addColumn<int>("scheduleSteps");
        QTest::addColumn<int>("stepsRun");
        QTest::addColumn<double>("startSigma");
        for (const QJsonValue& v : m_rows) {
            const QJsonObject r = v.toObject();
            const bool hires = r.value(QStringLiteral("mode")).toString() == QLatin1String("hires");
            QTest::addRow("%s steps %d strength %g", hires ? "hires" : "img2img",
                          r.value(QStringLiteral("steps")).toInt(),
                          r.value(QStringLiteral("dn")).toDouble())
                << hires << r.value(QStringLiteral("steps")).toInt()
                << r.value(QStringLiteral("dn")).toDouble()
                << r.value(QStringLiteral("schedule")).toInt()
                << r.value(QStringLiteral("run")).toInt()
                << r.value(QStringLiteral("start_sigma")).toDouble();
        }
    }
    void matchesA1111()
    {
        QFETCH(bool, hires);
        QFETCH(int, steps);
        QFETCH(double, strength);
        QFETCH(int, scheduleSteps);
        QFETCH(int, stepsRun);
        QFETCH(double, startSigma);
        GenerationRequest r;
        r.sampler = SamplerKind::Euler;
        if (hires) {
            r.hiresFix = true;
            r.numInferenceSteps = 7; // the first pass: a plain txt2img of 7 steps
            r.hiresSteps = steps;
            r.denoisingStrength = strength;
        } else {
            r.initImage = QStringLiteral("start.png");
            r.numInferenceSteps = steps;
            r.strength = strength;
        }
        const Result<GenerationSchedule> s = GenerationSchedule::plan(r);
        QVERIFY(s.ok());
        const SamplingPlan& plan = hires ? *s->secondPass : s->firstPass;
        QCOMPARE(plan.steps(), stepsRun);
        QVERIFY2(std::abs(plan.sigmas.front() - startSigma) <= 1e-9 * startSigma,
                 qPrintable(QStringLiteral("%1 vs %2")
                                .arg(plan.sigmas.front(), 0, 'g', 17)
                                .arg(startSigma, 0, 'g', 17)));
        QCOMPARE(plan.sigmas.back(), 0.0);
        const Result<Img2ImgSteps> counts = Img2ImgSteps::compute(
            steps, strength, hires ? StepMode::Exact : StepMode::Proportional);
        QCOMPARE(counts->scheduleSteps, scheduleSteps);
        QCOMPARE(s->totalSteps(), hires ? 7 + stepsRun : stepsRun);
        QCOMPARE(s->firstPassSteps(), hires ? 7 : stepsRun);
    }

    void hiresStepsZeroMeansTheFirstPassSteps()
    {
        GenerationRequest r;
        r.hiresFix = true;
        r.numInferenceSteps = 20;
        r.denoisingStrength = 0.7;
        const Result<GenerationSchedule> s = GenerationSchedule::plan(r);
        QCOMPARE(s->secondPassSteps(), 20);
        QCOMPARE(s->totalSteps(), 40);
        r.hiresFix = false;
        QCOMPARE(GenerationSchedule::plan(r)->secondPassSteps(), 0);
    }
};

QTEST_GUILESS_MAIN(TestGenerationSchedule)
#include "tst_generation_schedule.moc"
