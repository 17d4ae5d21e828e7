// The samplers against tests/python/k_diffusion_reference.py, which
// implements the published k-diffusion update equations and CompVis DDIM (in
// its own variance-preserving form) in float64 with a toy analytic network
// and the same seeded noise; every step of the trajectory must agree. Then
// cancellation, progress and failing networks.
#include "core/diffusion/denoiser_p.h"
#include "core/diffusion/sampler_p.h"
#include "core/diffusion/sampler_steps_p.h"

#include "support/python_reference.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace hires;

namespace {

const std::vector<int64_t> kShape = {1, 4, 8, 8};

// The toy network of k_diffusion_reference.py: out = x_in * (a + k t) +
// 0.05 sin(0.01 t) P, P a ramp over one image; the negative-prompt half of
// a guided batch uses other coefficients so that guidance matters.
NetworkFunction toyNetwork(bool guided)
{
    return [guided](const at::Tensor& xIn, const at::Tensor& t) {
        const int64_t batch = xIn.size(0);
        const int64_t conditioned = guided ? batch / 2 : batch;
        const int64_t numel = xIn[0].numel();
        const at::Tensor pattern =
            (at::arange(numel, xIn.options()) / double(numel) - 0.5).reshape(xIn.sizes().slice(1));
        at::Tensor out = at::empty_like(xIn);
        for (int64_t b = 0; b < batch; ++b) {
            const double tb = t[b].item<double>();
            const bool uncond = b >= conditioned;
            const double a = uncond ? 0.2 : 0.3;
            const double k = uncond ? 0.0007 : 0.0005;
            out[b] = xIn[b] * (a + k * tb) + pattern * (0.05 * std::sin(0.01 * tb));
        }
        return out;
    };
}

at::Tensor initLatent()
{
    int64_t numel = 1;
    for (int64_t d : kShape)
        numel *= d;
    return (at::arange(numel, at::kDouble).sin() * 0.5).reshape(kShape);
}

at::Tensor fromBase64(const QJsonValue& value)
{
    const QByteArray bytes = QByteArray::fromBase64(value.toString().toLatin1());
    return at::from_blob(const_cast<char*>(bytes.constData()),
                         {bytes.size() / qsizetype(sizeof(double))}, at::kDouble)
        .clone()
        .reshape(kShape);
}

double maxDifference(const at::Tensor& a, const at::Tensor& b)
{
    return (a - b).abs().max().item<double>();
}

struct Recorded
{
    std::vector<at::Tensor> trajectory;
    at::Tensor final;
};

struct SamplerCase
{
    const char* name;
    SamplerKind sampler;
    int steps;
    int seed;
    bool vPrediction;
    double cfg;      // < 0: no guidance
    double strength; // < 0: txt2img
    bool exact;      // img2img: hires-fix step semantics
};

const std::vector<SamplerCase>& samplerCases()
{
    using K = SamplerKind;
    static const std::vector<SamplerCase> cases = {
        {"euler", K::Euler, 10, 1, false, -1, -1, false},
        {"euler 1 step", K::Euler, 1, 2, false, -1, -1, false},
        {"euler_a", K::EulerAncestral, 10, 42, false, -1, -1, false},
        {"dpmpp_2m", K::DpmPP2M, 10, 3, false, -1, -1, false},
        {"dpmpp_2m_karras", K::DpmPP2MKarras, 12, 4, false, -1, -1, false},
        {"ddim", K::Ddim, 10, 5, false, -1, -1, false},
        {"ddim 30 (31 timesteps)", K::Ddim, 30, 6, false, -1, -1, false},
        {"euler cfg", K::Euler, 8, 7, false, 7.5, -1, false},
        {"euler_a cfg v", K::EulerAncestral, 8, 8, true, 7.5, -1, false},
        {"dpmpp_2m_karras v", K::DpmPP2MKarras, 8, 9, true, -1, -1, false},
        {"ddim cfg v", K::Ddim, 8, 10, true, 5.0, -1, false},
        {"euler img2img 20 @ 0.75", K::Euler, 20, 11, false, -1, 0.75, false},
        {"euler_a hires 20 @ 0.7", K::EulerAncestral, 20, 12, false, 7.0, 0.7, true},
        {"dpmpp_2m_karras hires 8 @ 0.5", K::DpmPP2MKarras, 8, 13, false, -1, 0.5, true},
        {"dpmpp_2m img2img 10 @ 0.3", K::DpmPP2M, 10, 14, false, -1, 0.3, false},
        {"ddim img2img 20 @ 0.6", K::Ddim, 20, 15, false, 6.0, 0.6, false},
        {"ddim hires 10 @ 0.55", K::Ddim, 10, 16, true, -1, 0.55, true},
    };
    return cases;
}

QJsonObject referenceSpec(const SamplerCase& c)
{
    QJsonArray shape;
    for (int64_t d : kShape)
        shape.append(qint64(d));
    const QJsonObject img2img{{QStringLiteral("dn"), c.strength},
                              {QStringLiteral("exact"), c.exact}};
    return {
        {QStringLiteral("sampler"), samplerKindId(c.sampler)},
        {QStringLiteral("steps"), c.steps},
        {QStringLiteral("seed"), c.seed},
        {QStringLiteral("shape"), shape},
        {QStringLiteral("prediction"), c.vPrediction ? QStringLiteral("v") : QStringLiteral("eps")},
        {QStringLiteral("cfg"), c.cfg < 0 ? QJsonValue() : QJsonValue(c.cfg)},
        {QStringLiteral("img2img"), c.strength < 0 ? QJsonValue() : QJsonValue(img2img)},
    };
}

} // namespace

class TestSamplers : public QObject
{
    Q_OBJECT

private:
    const NoiseSchedule m_schedule = NoiseSchedule::scaledLinear();
    QJsonArray m_reference; // one result per samplerCases() entry

private Q_SLOTS:
    void initTestCase()
    {
        // One Python run for all cases (importing torch is the slow part).
        QJsonArray specs;
        for (const SamplerCase& c : samplerCases())
            specs.append(referenceSpec(c));
        const test::PythonRun run =
            test::runPythonReference(QStringLiteral("k_diffusion_reference.py"),
                                     {QStringLiteral("sample")}, QJsonDocument(specs).toJson());
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        m_reference = QJsonDocument::fromJson(run.output).array();
        QCOMPARE(m_reference.size(), qsizetype(samplerCases().size()));
    }

    void matchesReference_data()
    {
        QTest::addColumn<int>("index");
        for (size_t i = 0; i < samplerCases().size(); ++i)
            QTest::newRow(samplerCases()[i].name) << int(i);
    }

    void matchesReference()
    {
        QFETCH(int, index);
        const SamplerCase& c = samplerCases()[size_t(index)];
        const QJsonObject reference = m_reference[index].toObject();
        const SamplerKind sampler = c.sampler;
        const int steps = c.steps;
        const double cfg = c.cfg;
        const double strength = c.strength;
        const bool exact = c.exact;
        const bool vPrediction = c.vPrediction;
        const int seed = c.seed;

        // Ours: the same run through the public pieces.
        Result<SamplingPlan> plan =
            strength < 0 ? SamplingPlan::txt2img(m_schedule, sampler, steps)
                         : SamplingPlan::img2img(m_schedule, sampler, steps, strength,
                                                 exact ? StepMode::Exact : StepMode::Proportional);
        QVERIFY2(plan.ok(), test::errorText(plan).constData());
        const bool guided = cfg >= 0;
        Denoiser denoiser =
            makeDenoiser(toyNetwork(guided),
                         vPrediction ? PredictionType::V : PredictionType::Epsilon, m_schedule);
        if (guided)
            denoiser = makeGuidedDenoiser(denoiser, cfg);
        LatentNoise noise({uint64_t(seed)});
        const at::Tensor start = noise.next(kShape, at::TensorOptions().dtype(at::kDouble));
        Recorded ours;
        SamplerHooks hooks;
        hooks.onStep = [&ours](const SamplerStep& step) {
            ours.trajectory.push_back(step.x.clone());
        };
        Result<at::Tensor> result = Sampler::sample(
            *plan, denoiser, start, strength < 0 ? at::Tensor() : initLatent(), &noise, hooks);
        QVERIFY2(result.ok(), test::errorText(result).constData());

        const QJsonArray trajectory = reference.value(QStringLiteral("trajectory")).toArray();
        QCOMPARE(ours.trajectory.size(), size_t(trajectory.size()));
        QCOMPARE(int(ours.trajectory.size()), plan->steps());
        for (qsizetype i = 0; i < trajectory.size(); ++i) {
            const double difference =
                maxDifference(ours.trajectory[size_t(i)], fromBase64(trajectory[i]));
            QVERIFY2(difference < 1e-9,
                     qPrintable(QStringLiteral("step %1 differs by %2").arg(i).arg(difference)));
        }
        const at::Tensor expected = fromBase64(reference.value(QStringLiteral("final")));
        QVERIFY2(maxDifference(*result, expected) < 1e-9,
                 qPrintable(QString::number(maxDifference(*result, expected))));
        // A run that does nothing would not get here: the result moved away from the start.
        QVERIFY(maxDifference(*result, start) > 0.1);
    }

    void float32AgreesWithFloat64()
    {
        // The device path runs in float32: same run, same noise, close result.
        at::Tensor results[2];
        const at::ScalarType types[2] = {at::kDouble, at::kFloat};
        for (int i = 0; i < 2; ++i) {
            Result<SamplingPlan> plan =
                SamplingPlan::txt2img(m_schedule, SamplerKind::EulerAncestral, 10);
            LatentNoise noise({77});
            const at::Tensor start = noise.next(kShape, at::TensorOptions().dtype(types[i]));
            Result<at::Tensor> result = Sampler::sample(
                *plan, makeDenoiser(toyNetwork(false), PredictionType::Epsilon, m_schedule), start,
                {}, &noise);
            QVERIFY(result.ok());
            QCOMPARE(result->scalar_type(), types[i]);
            results[i] = result->to(at::kDouble);
        }
        QVERIFY2(maxDifference(results[0], results[1]) < 1e-4,
                 qPrintable(QString::number(maxDifference(results[0], results[1]))));
        // Half-precision latents are refused rather than silently degraded.
        const Denoiser identity = [](const at::Tensor& v, const at::Tensor&) { return v; };
        QCOMPARE(Sampler::run(SamplerKind::Euler, identity, at::ones(kShape, at::kHalf),
                              m_schedule.defaultSigmas(2), nullptr)
                     .error()
                     .code,
                 ErrorCode::InvalidArgument);
    }

    void cancellationStopsBetweenSteps()
    {
        std::atomic<bool> cancel{false};
        int calls = 0;
        const Denoiser denoiser = [&](const at::Tensor& x, const at::Tensor&) {
            if (++calls == 3)
                cancel = true; // as if the user pressed Cancel during step 3
            return x * 0.5;
        };
        int reported = 0;
        SamplerHooks hooks;
        hooks.cancel = &cancel;
        hooks.onStep = [&](const SamplerStep& step) {
            QCOMPARE(step.index, reported);
            QCOMPARE(step.total, 20);
            ++reported;
        };
        const std::vector<double> sigmas = m_schedule.defaultSigmas(20);
        Result<at::Tensor> result = Sampler::run(
            SamplerKind::Euler, denoiser, at::ones(kShape, at::kDouble), sigmas, nullptr, hooks);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::Cancelled);
        QCOMPARE(calls, 3);
        QCOMPARE(reported, 3);

        // Cancelled before the first step: the network never runs.
        calls = 0;
        Result<at::Tensor> early = Sampler::run(
            SamplerKind::Euler, denoiser, at::ones(kShape, at::kDouble), sigmas, nullptr, hooks);
        QCOMPARE(early.error().code, ErrorCode::Cancelled);
        QCOMPARE(calls, 0);
    }

    void progressReportsEveryStep()
    {
        std::vector<double> seen;
        SamplerHooks hooks;
        hooks.onStep = [&](const SamplerStep& step) {
            seen.push_back(step.sigma);
            QVERIFY(step.denoised.defined());
        };
        const std::vector<double> sigmas = m_schedule.karrasSigmas(7);
        Result<at::Tensor> result =
            Sampler::run(SamplerKind::DpmPP2MKarras,
                         makeDenoiser(toyNetwork(false), PredictionType::Epsilon, m_schedule),
                         at::ones(kShape, at::kDouble), sigmas, nullptr, hooks);
        QVERIFY(result.ok());
        QCOMPARE(seen, std::vector<double>(sigmas.begin(), sigmas.end() - 1));
    }

    void failuresAreErrors()
    {
        const std::vector<double> sigmas = m_schedule.defaultSigmas(4);
        const at::Tensor x = at::ones(kShape);
        const Denoiser throwing = [](const at::Tensor&, const at::Tensor&) -> at::Tensor {
            throw std::runtime_error("network exploded");
        };
        Result<at::Tensor> internal =
            Sampler::run(SamplerKind::Euler, throwing, x, sigmas, nullptr);
        QCOMPARE(internal.error().code, ErrorCode::Internal);
        QVERIFY(internal.error().message.contains(QLatin1String("network exploded")));
        const Denoiser exhausted = [](const at::Tensor&, const at::Tensor&) -> at::Tensor {
            throw std::bad_alloc();
        };
        QCOMPARE(Sampler::run(SamplerKind::Euler, exhausted, x, sigmas, nullptr).error().code,
                 ErrorCode::OutOfMemory);
        const Denoiser wrongShape = [](const at::Tensor&, const at::Tensor&) {
            return at::ones({2, 3});
        };
        QCOMPARE(Sampler::run(SamplerKind::Euler, wrongShape, x, sigmas, nullptr).error().code,
                 ErrorCode::Internal);

        const Denoiser identity = [](const at::Tensor& v, const at::Tensor&) { return v; };
        QCOMPARE(
            Sampler::run(SamplerKind::EulerAncestral, identity, x, sigmas, nullptr).error().code,
            ErrorCode::InvalidArgument); // ancestral without a noise source
        QCOMPARE(Sampler::run(SamplerKind::Euler, identity, x, {1.0}, nullptr).error().code,
                 ErrorCode::InvalidArgument);
    }

    void stepEquations()
    {
        // Hand-checked single steps on scalars.
        const at::Tensor x = at::full({1}, 10.0, at::kDouble);
        const at::Tensor d = at::full({1}, 2.0, at::kDouble);
        // Euler: 10 + (10 - 2) / 4 * (1 - 4) = 4.
        QCOMPARE(eulerStep(x, d, 4.0, 1.0).item<double>(), 4.0);
        // Ancestral split: up = min(3, sqrt(9 * (25 - 9) / 25)) = 2.4, down = 1.8.
        const AncestralSigmas a = ancestralSigmas(5.0, 3.0);
        QVERIFY(std::abs(a.up - 2.4) < 1e-12 && std::abs(a.down - 1.8) < 1e-12);
        QCOMPARE(ancestralSigmas(5.0, 3.0, 0.0).down, 3.0);
        const at::Tensor noise = at::full({1}, 1.0, at::kDouble);
        const double ea = eulerAncestralStep(x, d, 5.0, 3.0, noise).item<double>();
        QVERIFY(std::abs(ea - (10.0 + 8.0 / 5.0 * (1.8 - 5.0) + 2.4)) < 1e-12);
        // DPM++ 2M lands on D at sigma 0; its first step is the exponential integrator.
        QCOMPARE(dpmpp2mStep(x, d, at::Tensor(), 0.0, 4.0, 0.0).item<double>(), 2.0);
        const double first = dpmpp2mStep(x, d, at::Tensor(), 0.0, 4.0, 1.0).item<double>();
        QVERIFY(std::abs(first - (0.25 * 10.0 + 0.75 * 2.0)) < 1e-12);
        // The second-order correction: r = 1 with equal log steps, D' = 1.5 D - 0.5 D_old.
        const at::Tensor old = at::full({1}, 4.0, at::kDouble);
        const double second = dpmpp2mStep(x, d, old, 8.0, 4.0, 2.0).item<double>();
        QVERIFY(std::abs(second - (0.5 * 10.0 + 0.5 * (1.5 * 2.0 - 0.5 * 4.0))) < 1e-12);
    }

    void timestepsFollowSigma()
    {
        const at::Tensor sigma =
            at::tensor({m_schedule.sigmas()[999], m_schedule.sigmas()[500], 0.5}, at::kDouble);
        const at::Tensor t = sigmaToTimesteps(m_schedule, sigma);
        QCOMPARE(t[0].item<double>(), 999.0);
        QCOMPARE(t[1].item<double>(), 500.0);
        QVERIFY(std::abs(t[2].item<double>() - m_schedule.sigmaToT(0.5)) < 1e-12);
        QCOMPARE(t.scalar_type(), at::kDouble);
    }
};

QTEST_GUILESS_MAIN(TestSamplers)
#include "tst_samplers.moc"
