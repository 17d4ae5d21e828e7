// The /generate and /sdapi/v1/txt2img bodies: the service's field names and
// AUTOMATIC1111's map onto one GenerationRequest; wrong types, unknown
// fields, file paths and oversized images are 400s naming the field.
#include "server/generate_parsing.h"

#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hires;
using namespace hires::server;

class TestGenerateParsing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void serviceFields();
    void a1111Fields();
    void problems_data();
    void problems();

private:
    QTemporaryDir m_dir;
    ModelLibrary library() const
    {
        return ModelLibrary({}, m_dir.filePath(QStringLiteral("models")),
                            m_dir.filePath(QStringLiteral("cache.json")));
    }
};

void TestGenerateParsing::serviceFields()
{
    GenerationRequest r;
    const auto problem = parseGenerateBody(QJsonObject{{"prompt", "a lighthouse"},
                                                       {"hires_fix", true},
                                                       {"use_realesrgan", false},
                                                       {"use_face_restoration", true},
                                                       {"face_restoration_weight", 0.3},
                                                       {"seed", 1234},
                                                       {"num_inference_steps", 12},
                                                       {"negative_prompt", "fog"},
                                                       {"width", 512},
                                                       {"height", 384},
                                                       {"guidance_scale", 6.5},
                                                       {"sampler", "dpmpp_2m"},
                                                       {"hires_scale", 1.5},
                                                       {"denoising_strength", 0.4},
                                                       {"return_first_pass", true}},
                                           library(), ServerOptions{}, &r);
    QVERIFY2(!problem, problem ? qPrintable(problem->message) : "");
    QCOMPARE(r.prompt, QStringLiteral("a lighthouse"));
    QVERIFY(r.hiresFix);
    QVERIFY(!r.useRealesrgan);
    QVERIFY(r.useFaceRestoration);
    QCOMPARE(r.faceRestorationWeight, 0.3);
    QCOMPARE(r.seed, 1234);
    QCOMPARE(r.numInferenceSteps, 12);
    QCOMPARE(r.width, 512);
    QCOMPARE(r.height, 384);
    QCOMPARE(r.hiresScale, 1.5);
    QCOMPARE(r.denoisingStrength, 0.4);
    QCOMPARE(r.sampler, SamplerKind::DpmPP2M);
}

void TestGenerateParsing::a1111Fields()
{
    GenerationRequest r;
    const auto problem = parseTxt2ImgBody(QJsonObject{{"prompt", "a cat"},
                                                      {"negative_prompt", ""},
                                                      {"seed", -1},
                                                      {"steps", 20},
                                                      {"cfg_scale", 7},
                                                      {"width", 512},
                                                      {"height", 512},
                                                      {"sampler_name", "Euler a"},
                                                      {"enable_hr", true},
                                                      {"hr_scale", 2},
                                                      {"hr_upscaler", "Latent"},
                                                      {"hr_second_pass_steps", 10},
                                                      {"denoising_strength", 0.55},
                                                      {"restore_faces", false},
                                                      {"batch_size", 1},
                                                      {"n_iter", 1},
                                                      {"styles", QJsonArray{}},
                                                      {"send_images", true},
                                                      {"save_images", false},
                                                      {"alwayson_scripts", QJsonObject{}}},
                                          library(), ServerOptions{}, &r);
    QVERIFY2(!problem, problem ? qPrintable(problem->message) : "");
    QCOMPARE(r.numInferenceSteps, 20);
    QCOMPARE(r.guidanceScale, 7.0);
    QVERIFY(r.hiresFix);
    QVERIFY(r.latentUpscale);
    QCOMPARE(r.hiresSteps, 10);
    QCOMPARE(r.denoisingStrength, 0.55);
    QCOMPARE(r.sampler, SamplerKind::EulerAncestral);
    QCOMPARE(r.seed, GenerationRequest::kRandomSeed);

    GenerationRequest lanczos;
    QVERIFY(!parseTxt2ImgBody(
        QJsonObject{{"prompt", "x"}, {"enable_hr", true}, {"hr_upscaler", "Lanczos"}}, library(),
        ServerOptions{}, &lanczos));
    QVERIFY(!lanczos.useRealesrgan && !lanczos.latentUpscale);
    GenerationRequest esrgan;
    QVERIFY(!parseTxt2ImgBody(
        QJsonObject{{"prompt", "x"}, {"enable_hr", true}, {"hr_upscaler", "R-ESRGAN 4x+"}},
        library(), ServerOptions{}, &esrgan));
    QVERIFY(esrgan.useRealesrgan && !esrgan.latentUpscale);
}

void TestGenerateParsing::problems_data()
{
    QTest::addColumn<bool>("a1111");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("unknown field")
        << false << QJsonObject{{"prompt", "x"}, {"hires_fx", true}} << "hires_fx";
    QTest::newRow("wrong type") << false << QJsonObject{{"prompt", "x"}, {"seed", "7"}} << "seed";
    QTest::newRow("bad width") << false << QJsonObject{{"prompt", "x"}, {"width", 500}} << "width";
    QTest::newRow("over the server's side")
        << false << QJsonObject{{"prompt", "x"}, {"width", 4096}} << "width";
    QTest::newRow("init_image is a file")
        << false << QJsonObject{{"prompt", "x"}, {"init_image", "/etc/passwd"}} << "init_image";
    QTest::newRow("model path") << false
                                << QJsonObject{{"prompt", "x"}, {"model", "/models/x.safetensors"}}
                                << "model";
    QTest::newRow("A1111 batch") << true << QJsonObject{{"prompt", "x"}, {"batch_size", 4}}
                                 << "batch_size";
    QTest::newRow("A1111 sampler")
        << true << QJsonObject{{"prompt", "x"}, {"sampler_name", "UniPC"}} << "sampler_name";
    QTest::newRow("A1111 unknown")
        << true << QJsonObject{{"prompt", "x"}, {"promptt", "x"}} << "promptt";
    QTest::newRow("A1111 script") << true << QJsonObject{{"prompt", "x"}, {"script_name", "xyz"}}
                                  << "script_name";
    QTest::newRow("A1111 checkpoint path")
        << true << QJsonObject{{"prompt", "x"}, {"sd_model_checkpoint", "../../etc/passwd"}}
        << "sd_model_checkpoint";
}

void TestGenerateParsing::problems()
{
    QFETCH(bool, a1111);
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    GenerationRequest r;
    const auto problem = a1111 ? parseTxt2ImgBody(body, library(), ServerOptions{}, &r)
                               : parseGenerateBody(body, library(), ServerOptions{}, &r);
    QVERIFY(problem);
    QCOMPARE(problem->status, 400);
    QCOMPARE(problem->field, field);
}

QTEST_GUILESS_MAIN(TestGenerateParsing)
#include "tst_generate_parsing.moc"
