// The AUTOMATIC1111 "parameters" PNG text: written from a request, parsed
// back (also A1111's own files), so a dropped PNG restores its settings.
#include "core/diffusion/generation_parameters.h"

#include <QTest>

using namespace hires;

class TestGenerationParameters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatsLikeA1111()
    {
        GenerationRequest r;
        r.prompt = QStringLiteral("a castle on a hill, (masterpiece:1.2)");
        r.negativePrompt = QStringLiteral("blurry");
        r.numInferenceSteps = 25;
        r.guidanceScale = 7;
        r.width = r.height = 768;
        r.hiresFix = true;
        r.hiresSteps = 10;
        const QString text = GenerationParameters::format(r, 1234, QStringLiteral("sdxl_base"));
        QCOMPARE(text, QStringLiteral("a castle on a hill, (masterpiece:1.2)\n"
                                      "Negative prompt: blurry\n"
                                      "Steps: 25, Sampler: Euler a, CFG scale: 7, Seed: 1234, "
                                      "Size: 768x768, Model: sdxl_base, Denoising strength: 0.7, "
                                      "Hires upscale: 2, Hires steps: 10, "
                                      "Hires upscaler: R-ESRGAN 4x+"));
    }

    void roundTrip_data()
    {
        QTest::addColumn<bool>("hires");
        QTest::addColumn<bool>("img2img");
        QTest::addColumn<int>("upscaler");
        QTest::addColumn<bool>("face");
        QTest::newRow("txt2img") << false << false << 0 << false;
        QTest::newRow("hires realesrgan")
            << true << false << int(HiresUpscaler::RealEsrgan) << false;
        QTest::newRow("hires lanczos + face")
            << true << false << int(HiresUpscaler::Lanczos) << true;
        QTest::newRow("hires latent") << true << false << int(HiresUpscaler::Latent) << false;
        QTest::newRow("img2img") << false << true << 0 << true;
        QTest::newRow("img2img + hires") << true << true << int(HiresUpscaler::Lanczos) << false;
    }
    void roundTrip()
    {
        QFETCH(bool, hires);
        QFETCH(bool, img2img);
        QFETCH(int, upscaler);
        QFETCH(bool, face);
        GenerationRequest r;
        r.prompt = QStringLiteral("line one, \"quoted\"\nline two: (a:1.1) [b]");
        r.negativePrompt = QStringLiteral("ugly, bad hands");
        r.numInferenceSteps = 31;
        r.guidanceScale = 6.5;
        r.width = 512;
        r.height = 640;
        r.sampler = SamplerKind::DpmPP2MKarras;
        r.clipSkip = 2;
        r.hiresFix = hires;
        r.latentUpscale = HiresUpscaler(upscaler) == HiresUpscaler::Latent;
        r.useRealesrgan = HiresUpscaler(upscaler) == HiresUpscaler::RealEsrgan;
        r.hiresScale = 1.75;
        r.denoisingStrength = 0.45;
        r.hiresSteps = 7;
        r.useFaceRestoration = face;
        r.faceRestorationWeight = 0.6;
        if (img2img) {
            r.initImage = QStringLiteral("/photos/a, b.png");
            r.strength = 0.35;
        }
        const int64_t seed = 987654321012LL;
        const QString text = GenerationParameters::format(r, seed, QStringLiteral("my: model"));
        const Result<ParsedGenerationParameters> parsed = GenerationParameters::parse(text);
        QVERIFY2(parsed.ok(), qPrintable(text));
        GenerationRequest expected = r;
        expected.seed = seed;
        expected.model = QStringLiteral("my: model");
        if (!hires) { // not written, so the parse keeps the defaults
            const GenerationRequest d;
            expected.hiresScale = d.hiresScale;
            expected.denoisingStrength = d.denoisingStrength;
            expected.hiresSteps = d.hiresSteps;
            expected.latentUpscale = d.latentUpscale;
            expected.useRealesrgan = d.useRealesrgan;
        }
        if (!face)
            expected.faceRestorationWeight = GenerationRequest().faceRestorationWeight;
        QCOMPARE(parsed->request.toJson(), expected.toJson());
        QVERIFY(parsed->otherKeys.empty());
    }

    void parsesA1111Files()
    {
        // As AUTOMATIC1111 1.9 writes it: schedule type separate, keys we do not use.
        const QString text = QStringLiteral(
            "masterpiece, 1girl\nsecond line\nNegative prompt: lowres,\nbad anatomy\n"
            "Steps: 20, Sampler: DPM++ 2M, Schedule type: Karras, CFG scale: 7, Seed: 3105559540, "
            "Size: 512x768, Model hash: 6ce0161689, Model: v1-5-pruned-emaonly, "
            "Denoising strength: 0.7, Hires upscale: 2, Hires upscaler: Latent, "
            "Lora hashes: \"x: 1, y: 2\", Version: v1.9.4");
        const Result<ParsedGenerationParameters> p = GenerationParameters::parse(text);
        QVERIFY(p.ok());
        QCOMPARE(p->request.prompt, QStringLiteral("masterpiece, 1girl\nsecond line"));
        QCOMPARE(p->request.negativePrompt, QStringLiteral("lowres,\nbad anatomy"));
        QCOMPARE(p->request.sampler, SamplerKind::DpmPP2MKarras);
        QCOMPARE(p->request.seed, int64_t(3105559540LL));
        QCOMPARE(p->request.width, 512);
        QCOMPARE(p->request.height, 768);
        QVERIFY(p->request.hiresFix);
        QCOMPARE(p->request.hiresUpscaler(), HiresUpscaler::Latent);
        QCOMPARE(p->request.denoisingStrength, 0.7);
        QCOMPARE(p->request.model, QStringLiteral("v1-5-pruned-emaonly"));
        QCOMPARE(p->otherKeys.at(QStringLiteral("Model hash")), QStringLiteral("6ce0161689"));
        QCOMPARE(p->otherKeys.at(QStringLiteral("Lora hashes")), QStringLiteral("x: 1, y: 2"));
        QCOMPARE(p->otherKeys.at(QStringLiteral("Version")), QStringLiteral("v1.9.4"));
    }

    void textWithoutSettingsIsAnError()
    {
        QVERIFY(!GenerationParameters::parse(QStringLiteral("just a caption")).ok());
        QVERIFY(!GenerationParameters::parse(QString()).ok());
        QCOMPARE(GenerationParameters::parse(QStringLiteral("x\nSteps: 3")).error().code,
                 ErrorCode::CorruptData);
    }
};

QTEST_GUILESS_MAIN(TestGenerationParameters)
#include "tst_generation_parameters.moc"
