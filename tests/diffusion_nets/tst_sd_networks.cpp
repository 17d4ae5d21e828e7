// The Stable Diffusion building blocks and whole tiny networks against the
// independent PyTorch reference tests/python/sd_reference.py (random weights,
// float32), including the sliced attention at several slice sizes.
#include "core/diffusion/nets/attention_p.h"
#include "core/diffusion/nets/basic_transformer_block_p.h"
#include "core/diffusion/nets/clip_text_encoder_p.h"
#include "core/diffusion/nets/open_clip_text_encoder_p.h"
#include "core/diffusion/nets/sdxl_conditioning_p.h"
#include "core/diffusion/nets/timestep_embedding_p.h"
#include "core/diffusion/nets/unet_p.h"
#include "core/diffusion/nets/vae_p.h"
#include "core/nn/conv_util_p.h"
#include "core/nn/module_loading_p.h"
#include "support/sd_fixture.h"

#include <QTemporaryDir>
#include <QTest>

#include <c10/core/InferenceMode.h>

#include <cmath>

using namespace hires;
using namespace hires::nets;
using test::tensorOf;

namespace {

constexpr double kTolerance = 1e-4;

template <typename Holder> bool loadInto(Holder& module, const StateDict& weights, QString* error)
{
    auto r = loadModuleWeights(*module, weights);
    if (!r)
        *error = r.error().message;
    return r.ok();
}

} // namespace

class TestSdNetworks : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    StateDict weights(const char* name) const
    {
        return test::readRawStateDict(m_dir.filePath(name));
    }
    StateDict io(const char* name) const
    {
        return test::readRawStateDict(m_dir.filePath(QLatin1String(name) + QLatin1String("/io")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString error = test::writeSdFixtures(m_dir.path());
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void timestepEmbeddingIsCosFirst()
    {
        c10::InferenceMode guard;
        const at::Tensor t = at::tensor({0.0f, 2.5f});
        const at::Tensor e = timestepEmbedding(t, 8);
        QCOMPARE(e.sizes().vec(), (std::vector<int64_t>{2, 8}));
        // t = 0: cos = 1 in the first half, sin = 0 in the second.
        QCOMPARE(e[0].narrow(0, 0, 4).sum().item<float>(), 4.0f);
        QCOMPARE(e[0].narrow(0, 4, 4).abs().sum().item<float>(), 0.0f);
        // Fractional t, first frequency is 1: cos(2.5), sin(2.5).
        QVERIFY(std::abs(e[1][0].item<float>() - std::cos(2.5f)) < 1e-6f);
        QVERIFY(std::abs(e[1][4].item<float>() - std::sin(2.5f)) < 1e-6f);
        // f_1 = 10000^(-1/4) = 0.1
        QVERIFY(std::abs(e[1][1].item<float>() - std::cos(0.25f)) < 1e-6f);
    }

    void attentionMatchesAtEverySliceSize_data()
    {
        QTest::addColumn<qint64>("cpuBlockBytes");
        QTest::addColumn<qint64>("deviceSliceBytes");
        QTest::newRow("one query row per block") << qint64(1) << qint64(1);
        QTest::newRow("uneven blocks (7 rows)") << qint64(7 * 37 * 4) << qint64(7 * 37 * 8 * 8);
        QTest::newRow("everything at once") << qint64(1) << qint64(1) * 1024 * 1024 * 1024;
    }

    void attentionMatchesAtEverySliceSize()
    {
        QFETCH(qint64, cpuBlockBytes);
        QFETCH(qint64, deviceSliceBytes);
        const AttentionBudget saved = attentionBudget();
        attentionBudget() = {cpuBlockBytes, deviceSliceBytes};
        c10::InferenceMode guard;
        const StateDict d = io("attention");
        const at::Tensor q = tensorOf(d, "q"), k = tensorOf(d, "k"), v = tensorOf(d, "v");
        const at::Tensor kc = tensorOf(d, "kc"), vc = tensorOf(d, "vc");
        // float32 runs the CPU block path; float64 the batched slice path used on GPUs.
        for (at::ScalarType type : {at::kFloat, at::kDouble}) {
            auto run = [&](const at::Tensor& kk, const at::Tensor& vv, const at::Tensor& mask) {
                return attention(q.to(type), kk.to(type), vv.to(type), 4,
                                 mask.defined() ? mask.to(type) : mask);
            };
            HIRES_COMPARE_TENSORS(run(k, v, {}), tensorOf(d, "self"), kTolerance);
            HIRES_COMPARE_TENSORS(run(k, v, causalMask(37, q.options())), tensorOf(d, "causal"),
                                  kTolerance);
            HIRES_COMPARE_TENSORS(run(kc, vc, {}), tensorOf(d, "cross"), kTolerance);
        }
        attentionBudget() = saved;
    }

    void sliceRowsStayUnderBudget()
    {
        // 2 x 8 heads x 4096 keys x 4 bytes = 256 KiB per query row.
        QCOMPARE(attentionSliceRows(16, 4096, 4096, 4, int64_t(256) << 20), int64_t(1024));
        QCOMPARE(attentionSliceRows(16, 100, 4096, 4, int64_t(256) << 20), int64_t(100));
        QCOMPARE(attentionSliceRows(16, 4096, 4096, 4, 1), int64_t(1));
    }

    void resBlock()
    {
        c10::InferenceMode guard;
        ResBlock block(64, 128, 96, ParamOptions{});
        QString error;
        QVERIFY2(loadInto(block, weights("resblock"), &error), qPrintable(error));
        const StateDict d = io("resblock");
        HIRES_COMPARE_TENSORS(block->forward(tensorOf(d, "x"), at::silu(tensorOf(d, "emb"))),
                              tensorOf(d, "out"), kTolerance);
    }

    void transformerBlock()
    {
        c10::InferenceMode guard;
        BasicTransformerBlock block(64, 4, 16, 48, ParamOptions{});
        QString error;
        QVERIFY2(loadInto(block, weights("transformer_block"), &error), qPrintable(error));
        const StateDict d = io("transformer_block");
        HIRES_COMPARE_TENSORS(block->forward(tensorOf(d, "x"), tensorOf(d, "context")),
                              tensorOf(d, "out"), kTolerance);
    }

    void spatialTransformer_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("linear");
        QTest::addColumn<bool>("channelsLast");
        QTest::newRow("SD1 1x1 conv projections") << "spatial_transformer_conv" << false << false;
        QTest::newRow("SDXL linear projections") << "spatial_transformer_linear" << true << false;
        QTest::newRow("linear, channels-last input")
            << "spatial_transformer_linear" << true << true;
    }

    void spatialTransformer()
    {
        QFETCH(QString, name);
        QFETCH(bool, linear);
        QFETCH(bool, channelsLast);
        c10::InferenceMode guard;
        SpatialTransformer st(64, 2, 32, 2, 48, linear, ParamOptions{});
        QString error;
        QVERIFY2(loadInto(st, test::readRawStateDict(m_dir.filePath(name)), &error),
                 qPrintable(error));
        if (channelsLast)
            applyPreferredLayout(*st);
        const StateDict d = test::readRawStateDict(m_dir.filePath(name + QStringLiteral("/io")));
        at::Tensor x = tensorOf(d, "x");
        if (channelsLast)
            x = preferredLayout(x);
        HIRES_COMPARE_TENSORS(st->forward(x, tensorOf(d, "context")), tensorOf(d, "out"),
                              kTolerance);
    }

    void unet_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("SD1-style (conv projections, 8 heads)") << "unet_sd1";
        QTest::newRow("SDXL-style (label_emb, linear, 64-channel heads, depths)") << "unet_sdxl";
    }

    void unet()
    {
        QFETCH(QString, name);
        UNetConfig config;
        config.modelChannels = 32;
        if (name == QLatin1String("unet_sd1")) {
            config.channelMult = {1, 2};
            config.numResBlocks = 1;
            config.attentionResolutions = {1};
            config.transformerDepth = {1, 1};
            config.contextDim = 48;
        } else {
            config.channelMult = {1, 2, 4};
            config.attentionResolutions = {2, 4};
            config.transformerDepth = {1, 1, 2};
            config.middleDepth = 2;
            config.numHeadChannels = 64;
            config.contextDim = 48;
            config.linearProjection = true;
            config.admInChannels = 100;
        }
        c10::InferenceMode guard;
        UNet unet(config);
        QString error;
        QVERIFY2(loadInto(unet, test::readRawStateDict(m_dir.filePath(name)), &error),
                 qPrintable(error));
        applyPreferredLayout(*unet);
        const StateDict d = test::readRawStateDict(m_dir.filePath(name + QStringLiteral("/io")));
        HIRES_COMPARE_TENSORS(unet->forward(tensorOf(d, "x"), tensorOf(d, "t"),
                                            tensorOf(d, "context"), tensorOf(d, "y")),
                              tensorOf(d, "out"), kTolerance);
    }

    void vae()
    {
        VaeConfig config;
        config.ch = 32;
        config.chMult = {1, 2};
        config.numResBlocks = 1;
        config.scaleFactor = 0.13025;
        c10::InferenceMode guard;
        AutoencoderKL vae(config);
        QString error;
        QVERIFY2(loadInto(vae, weights("vae"), &error), qPrintable(error));
        applyWideConvLayout(*vae);
        const StateDict d = io("vae");
        const at::Tensor image = tensorOf(d, "image");
        HIRES_COMPARE_TENSORS(vae->moments(image), tensorOf(d, "moments"), kTolerance);
        HIRES_COMPARE_TENSORS(vae->encode(image), tensorOf(d, "mean"), kTolerance);
        // The same generator draws the same noise as torch.randn(generator=...) in Python.
        at::Generator generator = at::detail::createCPUGenerator(62);
        HIRES_COMPARE_TENSORS(vae->encode(image, generator), tensorOf(d, "sample"), kTolerance);
        const at::Tensor z = tensorOf(d, "z");
        const at::Tensor decoded = vae->decode(z);
        HIRES_COMPARE_TENSORS(decoded, tensorOf(d, "decoded"), kTolerance);
        // One tile covering the latent is the plain decode.
        QVERIFY(at::equal(vae->decodeTiled(z, {20, 4}), decoded));
    }

    void vaeTiledDecodeHasNoSeams()
    {
        VaeConfig config;
        config.ch = 32;
        config.chMult = {1, 2};
        config.numResBlocks = 1;
        c10::InferenceMode guard;
        AutoencoderKL vae(config);
        QString error;
        QVERIFY2(loadInto(vae, weights("vae"), &error), qPrintable(error));
        // A smooth latent: a tiled decode should be a smooth image too.
        const at::Tensor ramp = at::linspace(-1.0, 1.0, 24).view({1, 1, 1, 24});
        const at::Tensor z = (ramp * at::linspace(0.5, 1.5, 4).view({1, 4, 1, 1}))
                                 .expand({1, 4, 20, 24})
                                 .contiguous();
        const at::Tensor full = vae->decode(z);
        const at::Tensor tiled = vae->decodeTiled(z, {12, 6});
        QCOMPARE(tiled.sizes().vec(), full.sizes().vec());
        // GroupNorm sees other statistics per tile, so tiles differ a little from
        // the full decode, but the blend must not add steps at the tile borders:
        // the largest jump between neighbouring columns stays that of the full decode.
        const double fullJump =
            (full.narrow(3, 1, 47) - full.narrow(3, 0, 47)).abs().max().item<double>();
        const double tiledJump =
            (tiled.narrow(3, 1, 47) - tiled.narrow(3, 0, 47)).abs().max().item<double>();
        QVERIFY2(tiledJump < 1.5 * fullJump + 1e-3,
                 qPrintable(QStringLiteral("tiled %1 vs full %2").arg(tiledJump).arg(fullJump)));
        // And it is the same picture (random weights make GroupNorm statistics per
        // tile differ more than a trained VAE does, hence the modest bound).
        const at::Tensor a = tiled - tiled.mean(), b = full - full.mean();
        const double correlation = ((a * b).sum() / (a.norm() * b.norm())).item<double>();
        qInfo("tiled vs full decode: correlation %.4f", correlation);
        QVERIFY2(correlation > 0.8, qPrintable(QStringLiteral("correlation %1").arg(correlation)));
    }

    void clipTextEncoder()
    {
        ClipTextConfig config;
        config.vocab = 1000;
        config.width = 64;
        config.heads = 1;
        config.mlp = 128;
        c10::InferenceMode guard;
        ClipTextEncoder clip(config);
        StateDict w = weights("clip");
        QVERIFY(w.remove("text_model.embeddings.position_ids")); // the layouts drop it
        QString error;
        QVERIFY2(loadInto(clip, w, &error), qPrintable(error));
        const StateDict d = io("clip");
        const at::Tensor ids = tensorOf(d, "ids", at::kLong);
        const ClipTextOutput out = clip->forward(ids);
        QCOMPARE(out.hidden.size(), size_t(13));
        HIRES_COMPARE_TENSORS(out.hidden[0], tensorOf(d, "hidden0"), kTolerance);
        HIRES_COMPARE_TENSORS(out.hidden[11], tensorOf(d, "hidden11"), kTolerance);
        HIRES_COMPARE_TENSORS(out.last, tensorOf(d, "last"), kTolerance);
        HIRES_COMPARE_TENSORS(clip->encodeWithSkip(ids, 1), tensorOf(d, "last"), kTolerance);
        HIRES_COMPARE_TENSORS(clip->encodeWithSkip(ids, 2), tensorOf(d, "skip2"), kTolerance);
    }

    void openClipTextEncoder()
    {
        OpenClipTextConfig config{1000, 128, 3, 2, 256, 77, 64};
        c10::InferenceMode guard;
        OpenClipTextEncoder enc(config);
        StateDict w = weights("open_clip");
        QVERIFY(w.remove("logit_scale")); // training-only; the layouts drop it
        QString error;
        QVERIFY2(loadInto(enc, w, &error), qPrintable(error));
        const StateDict d = io("open_clip");
        const OpenClipTextOutput out = enc->forward(tensorOf(d, "ids", at::kLong));
        HIRES_COMPARE_TENSORS(out.penultimate, tensorOf(d, "penultimate"), kTolerance);
        HIRES_COMPARE_TENSORS(out.last, tensorOf(d, "last"), kTolerance);
        HIRES_COMPARE_TENSORS(out.pooled, tensorOf(d, "pooled"), kTolerance);
    }

    void sdxlVector()
    {
        c10::InferenceMode guard;
        const StateDict d = io("sdxl_vector");
        const at::Tensor sizes = tensorOf(d, "sizes");
        SdxlSizeConditioning s;
        s.originalHeight = sizes[0].item<int64_t>();
        s.originalWidth = sizes[1].item<int64_t>();
        s.cropTop = sizes[2].item<int64_t>();
        s.cropLeft = sizes[3].item<int64_t>();
        s.targetHeight = sizes[4].item<int64_t>();
        s.targetWidth = sizes[5].item<int64_t>();
        const at::Tensor y = sdxlVectorConditioning(tensorOf(d, "pooled"), s);
        QCOMPARE(y.size(1), int64_t(64 + 6 * 256));
        HIRES_COMPARE_TENSORS(y, tensorOf(d, "y"), 1e-5);
    }

    void emptyNegativePromptIsZeroed()
    {
        c10::InferenceMode guard;
        const SdxlTextConditioning c{at::randn({2, 77, 2048}), at::randn({2, 1280})};
        const SdxlTextConditioning z = zeroTextConditioning(c);
        QCOMPARE(z.context.sizes(), c.context.sizes());
        QCOMPARE(z.pooled.sizes(), c.pooled.sizes());
        QCOMPARE(z.context.abs().sum().item<double>(), 0.0);
        QCOMPARE(z.pooled.abs().sum().item<double>(), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestSdNetworks)
#include "tst_sd_networks.moc"
