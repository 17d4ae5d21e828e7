// Step semantics of txt2img, plain img2img and hires fix (A1111
// setup_img2img_steps), and the sampler names.
#include "core/diffusion/sampling_plan.h"

#include "support/python_reference.h"

#include <QTest>

#include <cmath>

using namespace hires;

Q_DECLARE_METATYPE(StepMode)

class TestSamplingPlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void img2imgSteps_data()
    {
        QTest::addColumn<int>("steps");
        QTest::addColumn<double>("strength");
        QTest::addColumn<StepMode>("mode");
        QTest::addColumn<int>("scheduleSteps");
        QTest::addColumn<int>("startIndex");
        QTest::addColumn<int>("stepsRun");
        // Hires fix: exactly the requested steps run.
        QTest::newRow("hires 20 @ 0.7") << 20 << 0.7 << StepMode::Exact << 28 << 8 << 20;
        QTest::newRow("hires 20 @ 0.75") << 20 << 0.75 << StepMode::Exact << 26 << 6 << 20;
        QTest::newRow("hires 20 @ 1.0") << 20 << 1.0 << StepMode::Exact << 20 << 0 << 20;
        QTest::newRow("hires 20 @ 0.05") << 20 << 0.05 << StepMode::Exact << 400 << 380 << 20;
        QTest::newRow("hires 1 @ 0.7") << 1 << 0.7 << StepMode::Exact << 1 << 0 << 1;
        QTest::newRow("hires 10 @ 0.3") << 10 << 0.3 << StepMode::Exact << 33 << 23 << 10;
        // Plain img2img: int(dn * steps) + 1 steps run.
        QTest::newRow("img2img 20 @ 0.75") << 20 << 0.75 << StepMode::Proportional << 20 << 4 << 16;
        QTest::newRow("img2img 20 @ 0.7") << 20 << 0.7 << StepMode::Proportional << 20 << 5 << 15;
        QTest::newRow("img2img 20 @ 1.0") << 20 << 1.0 << StepMode::Proportional << 20 << 0 << 20;
        QTest::newRow("img2img 20 @ 0.05") << 20 << 0.05 << StepMode::Proportional << 20 << 18 << 2;
        QTest::newRow("img2img 20 @ 0") << 20 << 0.0 << StepMode::Proportional << 20 << 19 << 1;
        QTest::newRow("img2img 1 @ 0.7") << 1 << 0.7 << StepMode::Proportional << 1 << 0 << 1;
        QTest::newRow("img2img 30 @ 0.35")
            << 30 << 0.35 << StepMode::Proportional << 30 << 19 << 11;
    }

    void img2imgSteps()
    {
        QFETCH(int, steps);
        QFETCH(double, strength);
        QFETCH(StepMode, mode);
        QFETCH(int, scheduleSteps);
        QFETCH(int, startIndex);
        QFETCH(int, stepsRun);
        Result<Img2ImgSteps> counts = Img2ImgSteps::compute(steps, strength, mode);
        QVERIFY2(counts.ok(), test::errorText(counts).constData());
        QCOMPARE(counts->scheduleSteps, scheduleSteps);
        QCOMPARE(counts->startIndex, startIndex);
        QCOMPARE(counts->stepsRun, stepsRun);
        QCOMPARE(counts->tEnc, stepsRun - 1);

        // The plan walks exactly those sigmas of the full schedule.
        const NoiseSchedule schedule = NoiseSchedule::scaledLinear();
        Result<SamplingPlan> plan =
            SamplingPlan::img2img(schedule, SamplerKind::Euler, steps, strength, mode);
        QVERIFY(plan.ok());
        const std::vector<double> full = schedule.defaultSigmas(scheduleSteps);
        QCOMPARE(plan->steps(), stepsRun);
        QCOMPARE(plan->sigmas, std::vector<double>(full.begin() + startIndex, full.end()));
        QCOMPARE(plan->noiseScale, full[size_t(startIndex)]);
        QCOMPARE(plan->outputScale, 1.0);
    }

    void badArguments_data()
    {
        QTest::addColumn<int>("steps");
        QTest::addColumn<double>("strength");
        QTest::addColumn<StepMode>("mode");
        QTest::newRow("no steps") << 0 << 0.5 << StepMode::Proportional;
        QTest::newRow("too many steps") << 20000 << 0.5 << StepMode::Proportional;
        QTest::newRow("strength above 1") << 20 << 1.5 << StepMode::Proportional;
        QTest::newRow("negative strength") << 20 << -0.1 << StepMode::Exact;
        QTest::newRow("nan strength") << 20 << std::nan("") << StepMode::Proportional;
        QTest::newRow("hires at 0") << 20 << 0.0 << StepMode::Exact;
        QTest::newRow("hires schedule too long") << 10000 << 1e-6 << StepMode::Exact;
    }

    void badArguments()
    {
        QFETCH(int, steps);
        QFETCH(double, strength);
        QFETCH(StepMode, mode);
        Result<Img2ImgSteps> counts = Img2ImgSteps::compute(steps, strength, mode);
        QVERIFY(!counts.ok());
        QCOMPARE(counts.error().code, ErrorCode::InvalidArgument);
        QVERIFY(!SamplingPlan::img2img(NoiseSchedule::scaledLinear(), SamplerKind::Euler, steps,
                                       strength, mode)
                     .ok());
    }

    void txt2imgPlans()
    {
        const NoiseSchedule schedule = NoiseSchedule::scaledLinear();
        Result<SamplingPlan> euler =
            SamplingPlan::txt2img(schedule, SamplerKind::EulerAncestral, 20);
        QVERIFY(euler.ok());
        QCOMPARE(euler->sigmas, schedule.defaultSigmas(20));
        QCOMPARE(euler->noiseScale, euler->sigmas.front());
        QCOMPARE(euler->outputScale, 1.0);
        Result<SamplingPlan> karras =
            SamplingPlan::txt2img(schedule, SamplerKind::DpmPP2MKarras, 20);
        QCOMPARE(karras->sigmas, schedule.karrasSigmas(20));
        // DDIM: CompVis' unit-variance start and VP result.
        Result<SamplingPlan> ddim = SamplingPlan::txt2img(schedule, SamplerKind::Ddim, 20);
        QCOMPARE(ddim->sigmas, schedule.ddimSigmas(20));
        QCOMPARE(ddim->steps(), 20);
        const double s = ddim->sigmas.front();
        QCOMPARE(ddim->noiseScale, std::sqrt(1 + s * s));
        QCOMPARE(ddim->outputScale, std::sqrt(schedule.alphasCumprod().front()));
        QVERIFY(!SamplingPlan::txt2img(schedule, SamplerKind::Euler, 0).ok());
    }

    void ddimImg2ImgTakesTheTail()
    {
        const NoiseSchedule schedule = NoiseSchedule::scaledLinear();
        Result<SamplingPlan> plan =
            SamplingPlan::img2img(schedule, SamplerKind::Ddim, 30, 0.5, StepMode::Proportional);
        QVERIFY(plan.ok());
        const std::vector<double> full = schedule.ddimSigmas(30); // 31 timesteps + sigma_0
        QCOMPARE(plan->steps(), 16);
        QCOMPARE(plan->sigmas, std::vector<double>(full.end() - 17, full.end()));
        QCOMPARE(plan->noiseScale, plan->sigmas.front()); // img2img adds noise to the image
    }

    void samplerNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("kind");
        QTest::newRow("euler_a") << "euler_a" << int(SamplerKind::EulerAncestral);
        QTest::newRow("Euler a") << "Euler a" << int(SamplerKind::EulerAncestral);
        QTest::newRow("euler") << "euler" << int(SamplerKind::Euler);
        QTest::newRow("dpmpp_2m") << "dpmpp_2m" << int(SamplerKind::DpmPP2M);
        QTest::newRow("DPM++ 2M") << "DPM++ 2M" << int(SamplerKind::DpmPP2M);
        QTest::newRow("dpmpp_2m_karras") << "dpmpp_2m_karras" << int(SamplerKind::DpmPP2MKarras);
        QTest::newRow("label any case") << " dpm++ 2m karras " << int(SamplerKind::DpmPP2MKarras);
        QTest::newRow("ddim") << "DDIM" << int(SamplerKind::Ddim);
        QTest::newRow("unknown") << "plms" << -1;
        QTest::newRow("empty") << "" << -1;
        QTest::newRow("prefix only") << "euler_" << -1;
    }

    void samplerNames()
    {
        QFETCH(QString, name);
        QFETCH(int, kind);
        const std::optional<SamplerKind> parsed = parseSamplerKind(name);
        QCOMPARE(parsed.has_value(), kind >= 0);
        if (parsed)
            QCOMPARE(int(*parsed), kind);
    }

    void namesRoundTrip()
    {
        QCOMPARE(allSamplerKinds().size(), size_t(5));
        for (SamplerKind kind : allSamplerKinds()) {
            QCOMPARE(parseSamplerKind(samplerKindId(kind)), std::optional<SamplerKind>(kind));
            QCOMPARE(parseSamplerKind(samplerDisplayName(kind)), std::optional<SamplerKind>(kind));
        }
        QCOMPARE(scheduleKindOf(SamplerKind::DpmPP2MKarras), ScheduleKind::Karras);
        QCOMPARE(scheduleKindOf(SamplerKind::DpmPP2M), ScheduleKind::Default);
        QCOMPARE(scheduleKindOf(SamplerKind::Ddim), ScheduleKind::DdimUniform);
        QVERIFY(isAncestral(SamplerKind::EulerAncestral));
        QVERIFY(!isAncestral(SamplerKind::Euler));
    }
};

QTEST_GUILESS_MAIN(TestSamplingPlan)
#include "tst_sampling_plan.moc"
