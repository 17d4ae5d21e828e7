// GenerationRequest: the service's field names, model defaults, validation
// messages naming the field, and the JSON the HTTP API and the CLI use.
#include "core/diffusion/generation_request.h"

#include <QJsonDocument>
#include <QTest>

using namespace hires;

class TestGenerationRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsFollowTheService()
    {
        const GenerationRequest r;
        QCOMPARE(r.seed, GenerationRequest::kRandomSeed);
        QVERIFY(r.useRealesrgan);
        QCOMPARE(r.hiresScale, 2.0);
        QCOMPARE(r.denoisingStrength, 0.7);
        QCOMPARE(r.hiresSteps, 0);
        QVERIFY(!r.hiresFix);
        QVERIFY(r.validate().ok());
    }

    void modelDefaults_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("side");
        QTest::addColumn<int>("hires");
        QTest::newRow("sdxl") << int(SdModelKind::SdxlBase) << 768 << 1536;
        QTest::newRow("sd1") << int(SdModelKind::Sd1) << 512 << 1024;
        QTest::newRow("sd2") << int(SdModelKind::Sd2) << 512 << 1024;
    }
    void modelDefaults()
    {
        QFETCH(int, kind);
        QFETCH(int, side);
        QFETCH(int, hires);
        GenerationRequest r;
        r.hiresFix = true;
        const GenerationRequest d = r.withModelDefaults(SdModelKind(kind));
        QCOMPARE(d.width, side);
        QCOMPARE(d.height, side);
        QCOMPARE(d.hiresWidth(), hires);
        QCOMPARE(d.hiresHeight(), hires);
        QCOMPARE(generationDefaults(SdModelKind(kind)).hiresWidth, hires);
        // An explicit size is kept.
        r.width = 640;
        QCOMPARE(r.withModelDefaults(SdModelKind(kind)).width, 640);
    }

    void hiresSide_data()
    {
        QTest::addColumn<int>("side");
        QTest::addColumn<double>("scale");
        QTest::addColumn<int>("expected");
        QTest::newRow("x2") << 768 << 2.0 << 1536;
        QTest::newRow("x1.5") << 512 << 1.5 << 768;
        QTest::newRow("truncates then /8") << 520 << 1.3 << 672; // int(676) -> 672
        QTest::newRow("x1") << 64 << 1.0 << 64;
    }
    void hiresSide()
    {
        QFETCH(int, side);
        QFETCH(double, scale);
        QFETCH(int, expected);
        QCOMPARE(GenerationRequest::hiresSide(side, scale), expected);
    }

    void validationNamesTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("json");
        QTest::newRow("width") << "width"
                               << R"({"width": 500})";
        QTest::newRow("height") << "height"
                                << R"({"height": 8})";
        QTest::newRow("steps") << "num_inference_steps"
                               << R"({"num_inference_steps": 0})";
        QTest::newRow("cfg") << "guidance_scale"
                             << R"({"guidance_scale": -1})";
        QTest::newRow("seed") << "seed"
                              << R"({"seed": -5})";
        QTest::newRow("seed type") << "seed"
                                   << R"({"seed": "abc"})";
        QTest::newRow("fractional seed") << "seed"
                                         << R"({"seed": 1.5})";
        QTest::newRow("sampler") << "sampler"
                                 << R"({"sampler": "plms"})";
        QTest::newRow("hires scale") << "hires_scale"
                                     << R"({"hires_fix": true, "hires_scale": 9})";
        QTest::newRow("denoise") << "denoising_strength"
                                 << R"({"hires_fix": true, "denoising_strength": 1.5})";
        QTest::newRow("hires steps") << "hires_steps"
                                     << R"({"hires_fix": true, "hires_steps": -2})";
        QTest::newRow("face weight")
            << "face_restoration_weight"
            << R"({"use_face_restoration": true, "face_restoration_weight": 2})";
        QTest::newRow("strength") << "strength"
                                  << R"({"init_image": "a.png", "strength": 0})";
        QTest::newRow("bool type") << "hires_fix"
                                   << R"({"hires_fix": "yes"})";
        QTest::newRow("prompt type") << "prompt"
                                     << R"({"prompt": 3})";
        QTest::newRow("upscaler") << "hires_upscaler"
                                  << R"({"hires_upscaler": "bicubic"})";
        QTest::newRow("too large") << "hires_scale"
                                   << R"({"width": 4096, "hires_fix": true, "hires_scale": 4})";
    }
    void validationNamesTheField()
    {
        QFETCH(QString, field);
        QFETCH(QString, json);
        const Result<GenerationRequest> r =
            GenerationRequest::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(r.error().message.contains(field), qPrintable(r.error().message));
    }

    void outOfRangeHiresFieldsAreIgnoredWithoutHiresFix()
    {
        GenerationRequest r;
        r.hiresScale = 9;
        QVERIFY(r.validate().ok());
        r.hiresFix = true;
        QVERIFY(!r.validate().ok());
    }

    void jsonRoundTrip()
    {
        GenerationRequest r;
        r.prompt = QStringLiteral("a castle, (masterpiece:1.2) — ünïcode");
        r.negativePrompt = QStringLiteral("blurry");
        r.seed = 4294967296LL + 17;
        r.numInferenceSteps = 30;
        r.guidanceScale = 6.5;
        r.width = 640;
        r.height = 384;
        r.sampler = SamplerKind::DpmPP2MKarras;
        r.clipSkip = 2;
        r.hiresFix = true;
        r.useRealesrgan = false;
        r.hiresScale = 1.5;
        r.denoisingStrength = 0.55;
        r.hiresSteps = 12;
        r.useFaceRestoration = true;
        r.faceRestorationWeight = 0.6;
        r.model = QStringLiteral("/models/sdxl.safetensors");
        r.initImage = QStringLiteral("/in/start.png");
        r.strength = 0.45;
        const QByteArray text = QJsonDocument(r.toJson()).toJson();
        const Result<GenerationRequest> back =
            GenerationRequest::fromJson(QJsonDocument::fromJson(text).object());
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        QCOMPARE(back->toJson(), r.toJson());
        QCOMPARE(back->seed, r.seed);
        QCOMPARE(back->sampler, SamplerKind::DpmPP2MKarras);
        QCOMPARE(back->hiresUpscaler(), HiresUpscaler::Lanczos);
        QCOMPARE(back->strength, 0.45);
        QCOMPARE(r.toJson().value(QStringLiteral("num_inference_steps")).toInt(), 30);
        QCOMPARE(r.toJson().value(QStringLiteral("use_realesrgan")).toBool(), false);
    }

    void serviceRequestParses()
    {
        // The shape the HTTP clients of the service send.
        const QByteArray body = R"({"prompt": "a cat", "negative_prompt": "", "seed": 42,
            "num_inference_steps": 20, "guidance_scale": 7.5, "width": 768, "height": 768,
            "sampler": "Euler a", "hires_fix": true, "use_realesrgan": true,
            "hires_scale": 2.0, "denoising_strength": 0.7, "use_face_restoration": true,
            "face_restoration_weight": 0.5})";
        const Result<GenerationRequest> r =
            GenerationRequest::fromJson(QJsonDocument::fromJson(body).object());
        QVERIFY(r.ok());
        QCOMPARE(r->sampler, SamplerKind::EulerAncestral);
        QCOMPARE(r->hiresUpscaler(), HiresUpscaler::RealEsrgan);
        QCOMPARE(r->hiresWidth(), 1536);
        QCOMPARE(r->effectiveHiresSteps(), 20);
        QCOMPARE(r->seed, int64_t(42));
        QVERIFY(!r->isImg2Img());
    }

    void latentUpscalerFromJson()
    {
        const Result<GenerationRequest> r = GenerationRequest::fromJson(
            QJsonObject{{QStringLiteral("hires_fix"), true},
                        {QStringLiteral("hires_upscaler"), QStringLiteral("latent")}});
        QVERIFY(r.ok());
        QCOMPARE(r->hiresUpscaler(), HiresUpscaler::Latent);
        QCOMPARE(GenerationRequest::fromJson(r->toJson())->hiresUpscaler(), HiresUpscaler::Latent);
    }
};

QTEST_GUILESS_MAIN(TestGenerationRequest)
#include "tst_generation_request.moc"
