// GFPGANv1Clean (core/nn/gfpgan_net_p.h): the key/shape inventory of
// GFPGANv1.4.pth, loading a real torch.save file through core/weights,
// determinism, and parity with an independent PyTorch implementation
// (tests/python/gfpgan_reference.py) at full size and in reduced configurations.
//
// The official GFPGANv1.4.pth cannot be downloaded here; its inventory is
// derived from the published architecture by the Python reference, and the
// checkpoint file is written by the real torch.save with random weights.
#include "core/face/gfpgan_enhancer.h"
#include "core/nn/gfpgan_net_p.h"
#include "core/weights/model_file.h"
#include "support/python_reference.h"
#include "support/raw_tensor_fixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <c10/core/InferenceMode.h>
#include <opencv2/core.hpp>

#include <map>

using namespace hires;

namespace {

std::map<std::string, std::vector<int64_t>> moduleInventory(torch::nn::Module& module)
{
    std::map<std::string, std::vector<int64_t>> names;
    for (const auto& p : module.named_parameters())
        names[p.key()] = p.value().sizes().vec();
    for (const auto& b : module.named_buffers())
        names[b.key()] = b.value().sizes().vec();
    return names;
}

double maxAbsDiff(const at::Tensor& a, const at::Tensor& b)
{
    return (a - b).abs().max().item<double>();
}

at::Tensor readTensor(const QString& path, const std::vector<int64_t>& shape)
{
    const std::vector<float> values = test::readFloats(path);
    return at::tensor(values).view(shape).clone();
}

} // namespace

class TestGfpganNet : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString ckpt() const { return m_dir.filePath(QStringLiteral("checkpoint/gfpgan_random.pth")); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const test::PythonRun run =
            test::runPythonReference(QStringLiteral("make_gfpgan_fixtures.py"),
                                     {QStringLiteral("all"), m_dir.path()}, {}, 600000);
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    }

    void inventoryMatchesPublishedArchitecture()
    {
        QFile file(m_dir.filePath(QStringLiteral("inventory.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray inventory = QJsonDocument::fromJson(file.readAll()).array();
        QCOMPARE(inventory.size(), 285);

        GfpganNet net{GfpganSpec{}};
        auto ours = moduleInventory(*net);
        int unused = 0;
        for (const auto& entry : inventory) {
            const std::string name = entry.toArray().at(0).toString().toStdString();
            std::vector<int64_t> shape;
            for (const auto& d : entry.toArray().at(1).toArray())
                shape.push_back(d.toInteger());
            if (name.rfind(kGfpganUnusedPrefix, 0) == 0) {
                ++unused;
                continue;
            }
            auto it = ours.find(name);
            QVERIFY2(it != ours.end(), ("missing in our network: " + name).c_str());
            QVERIFY2(it->second == shape, ("shape differs: " + name).c_str());
            ours.erase(it);
        }
        QVERIFY2(ours.empty(),
                 ("not in the file: " + (ours.empty() ? "" : ours.begin()->first)).c_str());
        QCOMPARE(unused, 16); // style_mlp.{1,3,...,15}.{weight,bias}
    }

    void loadsTorchSaveCheckpoint()
    {
        Result<StateDict> weights = ModelFile::loadStateDict(ckpt());
        QVERIFY2(weights.ok(), test::errorText(weights).constData());
        QCOMPARE(weights->wrapperKey, QStringLiteral("params_ema"));
        QCOMPARE(int(weights->size()), 285);
        Result<GfpganSpec> spec = detectGfpganSpec(weights.value());
        QVERIFY2(spec.ok(), test::errorText(spec).constData());
        QCOMPARE(spec->outSize, 512);
        QCOMPARE(spec->numStyleFeat, 512);
        QCOMPARE(spec->channelMultiplier, 2);
        QCOMPARE(spec->narrow, 1.0);
        QVERIFY(spec->sftHalf);
        QVERIFY(spec->differentW);
        GfpganLoadInfo info;
        auto net = createGfpganNet(weights.value(), &info);
        QVERIFY2(net.ok(), test::errorText(net).constData());
        QCOMPARE(info.unusedTensors, 16);
        QCOMPARE(info.loadedTensors, 269);
        qInfo("GFPGANv1Clean: %d tensors loaded, %d known-unused skipped, %lld parameters",
              info.loadedTensors, info.unusedTensors, static_cast<long long>(info.parameterCount));
    }

    void fullSizeMatchesReferenceAndIsDeterministic()
    {
        Result<StateDict> weights = ModelFile::loadStateDict(ckpt());
        QVERIFY(weights.ok());
        auto net = createGfpganNet(weights.value());
        QVERIFY(net.ok());
        c10::InferenceMode guard;
        const std::vector<int64_t> shape{1, 3, 512, 512};
        at::Tensor x = readTensor(m_dir.filePath(QStringLiteral("checkpoint/input.bin")), shape);
        at::Tensor ref = readTensor(m_dir.filePath(QStringLiteral("checkpoint/output.bin")), shape);
        at::Tensor y1 = net.value()->forward(x);
        at::Tensor y2 = net.value()->forward(x);
        QVERIFY2(at::equal(y1, y2), "two passes on the same face differ");
        const double diff = maxAbsDiff(y1, ref);
        const double scale = ref.abs().max().item<double>();
        qInfo("full size: max |ours - reference| = %.3g (output max %.3g)", diff, scale);
        QVERIFY(scale > 0.1);
        QVERIFY2(diff < 1e-3 * std::max(1.0, scale), qPrintable(QString::number(diff)));
    }

    void reducedMatchesReference_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("outSize");
        QTest::addColumn<bool>("sftHalf");
        QTest::addColumn<bool>("differentW");
        QTest::newRow("64 px, sft_half, different_w") << "s64_sft_half" << 64 << true << true;
        QTest::newRow("32 px, full SFT, one w") << "s32_full_sft_single_w" << 32 << false << false;
    }

    void reducedMatchesReference()
    {
        QFETCH(QString, name);
        QFETCH(int, outSize);
        QFETCH(bool, sftHalf);
        QFETCH(bool, differentW);
        const QString dir = m_dir.filePath(QStringLiteral("reduced/") + name);
        const StateDict weights = test::readRawStateDict(dir);
        QVERIFY(!weights.empty());
        Result<GfpganSpec> spec = detectGfpganSpec(weights);
        QVERIFY2(spec.ok(), test::errorText(spec).constData());
        QCOMPARE(spec->outSize, outSize);
        QCOMPARE(spec->sftHalf, sftHalf);
        QCOMPARE(spec->differentW, differentW);
        auto net = createGfpganNet(weights);
        QVERIFY2(net.ok(), test::errorText(net).constData());
        c10::InferenceMode guard;
        const auto shape =
            test::readShape(dir + QStringLiteral("/case.json"), QStringLiteral("input"));
        at::Tensor x = readTensor(dir + QStringLiteral("/input.bin"), shape);
        at::Tensor ref = readTensor(dir + QStringLiteral("/output.bin"), shape);
        at::Tensor y = net.value()->forward(x); // a batch of 2: the grouped-convolution path
        QCOMPARE(y.sizes().vec(), ref.sizes().vec());
        const double diff = maxAbsDiff(y, ref);
        QVERIFY2(diff < 1e-4, qPrintable(QStringLiteral("max |ours - reference| = %1").arg(diff)));
        QVERIFY(ref.abs().max().item<double>() > 0.1);
        // Each sample of the batch alone gives the same result (b == 1 path).
        at::Tensor single = net.value()->forward(x.slice(0, 1, 2));
        QVERIFY(maxAbsDiff(single, ref.slice(0, 1, 2)) < 1e-4);
    }

    void rejectsWeightsThatDoNotFit_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing key") << "remove"
                                     << "1 missing (final_conv.bias)";
        QTest::newRow("unexpected key") << "add"
                                        << "1 unexpected (extra.weight)";
        QTest::newRow("wrong shape") << "reshape"
                                     << "mismatched (conv_body_first.bias";
        QTest::newRow("not GFPGAN") << "foreign"
                                    << "not a GFPGANv1Clean network";
    }

    void rejectsWeightsThatDoNotFit()
    {
        QFETCH(QString, change);
        QFETCH(QString, expected);
        StateDict weights =
            test::readRawStateDict(m_dir.filePath(QStringLiteral("reduced/s64_sft_half")));
        const TensorRef bias = weights.at("conv_body_first.bias");
        if (change == QLatin1String("remove")) {
            weights.remove("final_conv.bias");
        } else if (change == QLatin1String("add")) {
            weights.insert("extra.weight", bias);
        } else if (change == QLatin1String("reshape")) {
            TensorRef shorter = bias;
            shorter.shape = {bias.shape[0] - 1};
            shorter.strides = {1};
            weights.insert("conv_body_first.bias", shorter);
        } else {
            weights.remove("conv_body_down.0.conv1.weight");
        }
        auto net = createGfpganNet(weights);
        QVERIFY(!net.ok());
        QVERIFY2(net.error().message.contains(expected), qPrintable(net.error().message));
    }

    void enhancerRunsTheFileDeterministically()
    {
        GfpganModelInfo info;
        auto enhancer = loadGfpganEnhancer(ckpt(), DevicePreference::Cpu, &info);
        QVERIFY2(enhancer.ok(), test::errorText(enhancer).constData());
        QCOMPARE(enhancer.value()->faceSize(), 512);
        QCOMPARE(info.unusedTensors, 16);
        cv::Mat face(512, 512, CV_32FC3);
        cv::randu(face, 0.0f, 1.0f);
        auto a = enhancer.value()->enhance(face);
        auto b = enhancer.value()->enhance(face);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a->type(), CV_32FC3);
        QCOMPARE(cv::norm(a.value(), b.value(), cv::NORM_INF), 0.0);
        double lo = 0, hi = 0;
        cv::minMaxLoc(a->reshape(1), &lo, &hi);
        QVERIFY(lo >= 0.0 && hi <= 1.0);
        QVERIFY(cv::norm(a.value(), face, cv::NORM_L1) > 0); // it did something
    }
};

QTEST_GUILESS_MAIN(TestGfpganNet)
#include "tst_gfpgan_net.moc"
