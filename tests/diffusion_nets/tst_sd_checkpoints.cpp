// Stable Diffusion checkpoint layouts: tiny checkpoints written in each real
// key layout (single-file SD1 with old text keys, single-file SDXL, diffusers
// SDXL and SD1 folders) load strictly and run end to end like the reference;
// the key/shape inventories of the full-size SD 1.5 and SDXL base files map
// onto our modules (built on the meta device) with no missing or unexpected
// key and the published parameter counts.
#include "core/diffusion/checkpoint/diffusers_layout.h"
#include "core/diffusion/checkpoint/single_file_layout.h"
#include "core/diffusion/nets/module_inventory_p.h"
#include "core/diffusion/nets/sd_networks_p.h"
#include "core/diffusion/nets/sdxl_conditioning_p.h"
#include "support/sd_fixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <c10/core/InferenceMode.h>

#include <algorithm>
#include <cstdlib>

using namespace hires;
using namespace hires::nets;
using test::tensorOf;

namespace {

constexpr double kTolerance = 1e-4;

// Zero pages that are only touched when read: enough to back any one tensor of
// the full-size inventories (which are described, never loaded).
class ZeroStorage final : public Storage
{
public:
    explicit ZeroStorage(size_t size)
        : m_data(static_cast<std::byte*>(std::calloc(size, 1)))
        , m_size(size)
    {}
    ~ZeroStorage() override { std::free(m_data); }
    const std::byte* data() const override { return m_data; }
    size_t size() const override { return m_size; }

private:
    std::byte* m_data;
    size_t m_size;
};

StateDict shapesOnly(const QJsonObject& shapes)
{
    static const auto zeros = std::make_shared<ZeroStorage>(size_t(49408) * 1280 * 2);
    StateDict dict;
    for (auto it = shapes.begin(); it != shapes.end(); ++it) {
        TensorRef t;
        t.dtype = DType::F16;
        for (const auto& v : it.value().toArray())
            t.shape.push_back(v.toInteger());
        t.strides = TensorRef::contiguousStrides(t.shape);
        t.storage = zeros;
        dict.insert(it.key().toStdString(), t);
    }
    return dict;
}

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QString describe(const LoadReport& report)
{
    return report.clean() ? QString() : report.summary();
}

} // namespace

class TestSdCheckpoints : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    StateDict raw(const QString& name) const
    {
        return test::readRawStateDict(m_dir.filePath(name));
    }

    DiffusersParts diffusers(const QString& name) const
    {
        DiffusersParts parts;
        parts.unet = raw(name + QStringLiteral("/unet"));
        parts.vae = raw(name + QStringLiteral("/vae"));
        parts.textEncoder = raw(name + QStringLiteral("/text_encoder"));
        parts.textEncoder2 = raw(name + QStringLiteral("/text_encoder_2"));
        return parts;
    }

    // Loads the components, runs text encoding, one UNet call and a VAE decode,
    // and compares each stage with the reference.
    void runEndToEnd(const SdComponents& parts, const StateDict& d)
    {
        c10::InferenceMode guard;
        Result<SdNetworks> nets = loadSdNetworks(parts);
        QVERIFY2(nets.ok(), nets.ok() ? "" : qPrintable(nets.error().message));
        at::Tensor context, y;
        if (parts.info.kind == SdModelKind::SdxlBase) {
            const SdxlTextConditioning text =
                encodeSdxlText(*nets->clip, *nets->openClip, tensorOf(d, "ids_l", at::kLong),
                               tensorOf(d, "ids_g", at::kLong));
            context = text.context;
            y = sdxlVectorConditioning(text.pooled, {64, 64, 0, 0, 64, 64});
            HIRES_COMPARE_TENSORS(y, tensorOf(d, "y"), kTolerance);
        } else {
            context = nets->clip->encodeWithSkip(tensorOf(d, "ids", at::kLong));
        }
        HIRES_COMPARE_TENSORS(context, tensorOf(d, "context"), kTolerance);
        const at::Tensor eps =
            nets->unet->forward(tensorOf(d, "latent"), tensorOf(d, "t"), context, y);
        HIRES_COMPARE_TENSORS(eps, tensorOf(d, "eps"), kTolerance);
        HIRES_COMPARE_TENSORS(nets->vae->decode(eps), tensorOf(d, "image"), kTolerance);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString error = test::writeSdFixtures(m_dir.path());
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void singleFileSd1WithOldTextKeys()
    {
        Result<SdComponents> parts = splitSingleFileCheckpoint(raw(QStringLiteral("ckpt_sd1")));
        QVERIFY2(parts.ok(), parts.ok() ? "" : qPrintable(parts.error().message));
        QCOMPARE(parts->info.kind, SdModelKind::Sd1);
        QCOMPARE(parts->info.prediction, PredictionType::Epsilon);
        QCOMPARE(parts->info.vae.scaleFactor, 0.18215);
        QCOMPARE(parts->info.unet.numResBlocks, int64_t(1));
        QCOMPARE(parts->info.unet.channelMult, (std::vector<int64_t>{1, 2}));
        QCOMPARE(parts->info.unet.attentionResolutions, (std::vector<int64_t>{1}));
        QVERIFY(parts->textEncoder.contains("text_model.final_layer_norm.weight"));
        const auto& ignored = parts->ignored;
        QVERIFY(std::count(ignored.begin(), ignored.end(), "betas") == 1);
        QVERIFY(std::count(ignored.begin(), ignored.end(),
                           "cond_stage_model.transformer.embeddings.position_ids") == 1);
        QCOMPARE(ignored.size(), size_t(13));
        runEndToEnd(*parts, raw(QStringLiteral("ckpt_sd1/io")));
    }

    void singleFileSdxl()
    {
        Result<SdComponents> parts = splitSingleFileCheckpoint(raw(QStringLiteral("ckpt_sdxl")));
        QVERIFY2(parts.ok(), parts.ok() ? "" : qPrintable(parts.error().message));
        QCOMPARE(parts->info.kind, SdModelKind::SdxlBase);
        QCOMPARE(parts->info.vae.scaleFactor, 0.13025);
        QCOMPARE(parts->info.unet.transformerDepth, (std::vector<int64_t>{1, 1, 2}));
        QCOMPARE(parts->info.unet.middleDepth, int64_t(2));
        QVERIFY(parts->info.unet.linearProjection);
        QCOMPARE(parts->info.unet.admInChannels, int64_t(64 + 6 * 256));
        const std::vector<std::string> ignored{
            "conditioner.embedders.0.transformer.text_model.embeddings.position_ids",
            "conditioner.embedders.1.model.logit_scale"};
        QCOMPARE(parts->ignored, ignored);
        runEndToEnd(*parts, raw(QStringLiteral("ckpt_sdxl/io")));
    }

    void diffusersFolders_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("kind");
        QTest::newRow("SDXL (to_q/to_k VAE names, text_encoder_2)")
            << "diffusers_sdxl" << int(SdModelKind::SdxlBase);
        QTest::newRow("SD1 (query/key/value VAE names)")
            << "diffusers_sd1" << int(SdModelKind::Sd1);
    }

    void diffusersFolders()
    {
        QFETCH(QString, name);
        QFETCH(int, kind);
        Result<SdComponents> parts = fromDiffusers(diffusers(name));
        QVERIFY2(parts.ok(), parts.ok() ? "" : qPrintable(parts.error().message));
        QCOMPARE(int(parts->info.kind), kind);
        runEndToEnd(*parts, raw(name + QStringLiteral("/io")));
    }

    void strictLoadNamesTheMissingKey()
    {
        Result<SdComponents> parts = splitSingleFileCheckpoint(raw(QStringLiteral("ckpt_sd1")));
        QVERIFY(parts.ok());
        QVERIFY(parts->unet.remove("middle_block.1.proj_out.bias"));
        c10::InferenceMode guard;
        Result<SdNetworks> nets = loadSdNetworks(*parts);
        QVERIFY(!nets.ok());
        QVERIFY2(nets.error().message.contains(QLatin1String("middle_block.1.proj_out.bias")),
                 qPrintable(nets.error().message));
        QVERIFY(nets.error().message.startsWith(QLatin1String("UNet")));
    }

    void rejectsWhatItCannotRun_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a Stable Diffusion file")
            << "conv_first.weight" << int(ErrorCode::UnsupportedFormat) << "model.diffusion_model";
        QTest::newRow("SDXL refiner") << "conditioner.embedders.0.model.ln_final.weight"
                                      << int(ErrorCode::Unsupported) << "refiner";
        QTest::newRow("UNet only") << "model.diffusion_model.input_blocks.0.0.weight"
                                   << int(ErrorCode::UnsupportedFormat) << "text encoder";
        QTest::newRow("no VAE") << "cond_stage_model.transformer.text_model.x.weight"
                                << int(ErrorCode::UnsupportedFormat) << "first_stage_model";
    }

    void rejectsWhatItCannotRun()
    {
        QFETCH(QString, key);
        QFETCH(int, code);
        QFETCH(QString, message);
        QJsonObject shapes;
        shapes.insert(key, QJsonArray{4, 4});
        Result<SdComponents> parts = splitSingleFileCheckpoint(shapesOnly(shapes));
        QVERIFY(!parts.ok());
        QCOMPARE(int(parts.error().code), code);
        QVERIFY2(parts.error().message.contains(message), qPrintable(parts.error().message));
    }

    void fullSizeInventories_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("unetParams");
        QTest::addColumn<qint64>("textParams");
        QTest::addColumn<qint64>("text2Params");
        QTest::addColumn<int>("ignored");
        // Published counts: SD 1.5 UNet 859,520,964, VAE 83,653,863, CLIP-L text
        // 123,060,480; SDXL UNet 2,567,463,684, bigG text 694,659,840 (without logit_scale).
        QTest::newRow("SD 1.5 single file")
            << "sd15_single_file" << int(SdModelKind::Sd1) << qint64(859520964) << qint64(123060480)
            << qint64(0) << 15; // 12 schedule buffers, 2 EMA, position_ids
        QTest::newRow("SDXL base single file")
            << "sdxl_single_file" << int(SdModelKind::SdxlBase) << qint64(2567463684)
            << qint64(123060480) << qint64(694659840) << 2; // position_ids, logit_scale
        QTest::newRow("SDXL base diffusers folder")
            << "sdxl_diffusers" << int(SdModelKind::SdxlBase) << qint64(2567463684)
            << qint64(123060480) << qint64(694659840) << 1; // position_ids
    }

    void fullSizeInventories()
    {
        QFETCH(QString, name);
        QFETCH(int, kind);
        QFETCH(qint64, unetParams);
        QFETCH(qint64, textParams);
        QFETCH(qint64, text2Params);
        QFETCH(int, ignored);
        const QJsonObject inventory =
            readJson(m_dir.filePath(QStringLiteral("inventory/") + name + QStringLiteral(".json")));
        QVERIFY(!inventory.isEmpty());
        Result<SdComponents> parts =
            inventory.contains(QLatin1String("unet"))
                ? fromDiffusers({shapesOnly(inventory[QLatin1String("unet")].toObject()),
                                 shapesOnly(inventory[QLatin1String("vae")].toObject()),
                                 shapesOnly(inventory[QLatin1String("text_encoder")].toObject()),
                                 shapesOnly(inventory[QLatin1String("text_encoder_2")].toObject())})
                : splitSingleFileCheckpoint(shapesOnly(inventory));
        QVERIFY2(parts.ok(), parts.ok() ? "" : qPrintable(parts.error().message));
        QCOMPARE(int(parts->info.kind), kind);
        QCOMPARE(int(parts->ignored.size()), ignored);

        // The same structure as the published configuration, read back from the keys.
        const UNetConfig expected =
            kind == int(SdModelKind::Sd1) ? UNetConfig::sd15() : UNetConfig::sdxlBase();
        QCOMPARE(parts->info.unet.channelMult, expected.channelMult);
        QCOMPARE(parts->info.unet.attentionResolutions.size(),
                 expected.attentionResolutions.size());
        QCOMPARE(parts->info.unet.contextDim, expected.contextDim);
        QCOMPARE(parts->info.unet.middleDepth, expected.middleDepth);

        c10::InferenceMode guard;
        const ParamOptions meta = ParamOptions::meta();
        UNet unet(parts->info.unet, meta);
        QCOMPARE(describe(compareWithModule(*unet, parts->unet)), QString());
        QCOMPARE(parameterCount(*unet), int64_t(unetParams));
        AutoencoderKL vae(parts->info.vae, meta);
        QCOMPARE(describe(compareWithModule(*vae, parts->vae)), QString());
        QCOMPARE(parameterCount(*vae), int64_t(83653863));
        Result<ClipTextConfig> clipConfig = clipConfigFromWeights(parts->textEncoder, true);
        QVERIFY(clipConfig.ok());
        QCOMPARE(clipConfig->layers, int64_t(12));
        ClipTextEncoder clip(*clipConfig, meta);
        QCOMPARE(describe(compareWithModule(*clip, parts->textEncoder)), QString());
        QCOMPARE(parameterCount(*clip), int64_t(textParams));
        if (text2Params > 0) {
            Result<OpenClipTextConfig> config = openClipConfigFromWeights(parts->textEncoder2);
            QVERIFY(config.ok());
            QCOMPARE(config->heads, int64_t(20));
            OpenClipTextEncoder bigG(*config, meta);
            QCOMPARE(describe(compareWithModule(*bigG, parts->textEncoder2)), QString());
            QCOMPARE(parameterCount(*bigG), int64_t(text2Params));
        }
        // The reference's own counts agree with the published ones.
        const QJsonObject counts = readJson(m_dir.filePath("inventory/parameter_counts.json"));
        QCOMPARE(counts[kind == int(SdModelKind::Sd1) ? QLatin1String("sd15_unet")
                                                      : QLatin1String("sdxl_unet")]
                     .toInteger(),
                 unetParams);
    }
};

QTEST_GUILESS_MAIN(TestSdCheckpoints)
#include "tst_sd_checkpoints.moc"
