// Our libtorch RRDBNet and SRVGGNetCompact against an independent PyTorch
// reference (tests/python/realesrgan_reference.py) on random weights, for every
// scale and every key layout we recognise.
#include "core/nn/network_spec.h"
#include "core/nn/upscale_network_p.h"
#include "support/raw_tensor_fixture.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <c10/core/InferenceMode.h>

using namespace hires;

class TestUpscaleNetworks : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QProcess python;
        python.start(QStringLiteral(HIRES_PYTHON),
                     {QStringLiteral(HIRES_SOURCE_DIR "/tests/python/make_upscale_fixtures.py"),
                      m_dir.path()});
        QVERIFY(python.waitForFinished(300000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    }

    void matchesReference_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("architecture");
        QTest::addColumn<int>("scale");
        QTest::addColumn<QString>("layout");
        QTest::newRow("RRDBNet x4") << "rrdb_x4"
                                    << "RRDBNet" << 4 << "basicsr";
        QTest::newRow("RRDBNet x2 (pixel unshuffle 2)") << "rrdb_x2"
                                                        << "RRDBNet" << 2 << "basicsr";
        QTest::newRow("RRDBNet x1 (pixel unshuffle 4)") << "rrdb_x1"
                                                        << "RRDBNet" << 1 << "basicsr";
        QTest::newRow("ESRGAN 2019 names") << "rrdb_x4_esrgan_names"
                                           << "RRDBNet" << 4 << "esrgan";
        QTest::newRow("ESRGAN old arch") << "rrdb_x4_old_arch"
                                         << "RRDBNet" << 4 << "esrgan-old-arch";
        QTest::newRow("SRVGGNetCompact x4") << "srvgg_x4"
                                            << "SRVGGNetCompact" << 4 << "realesrgan";
        QTest::newRow("SRVGGNetCompact x2") << "srvgg_x2"
                                            << "SRVGGNetCompact" << 2 << "realesrgan";
    }

    void matchesReference()
    {
        QFETCH(QString, name);
        QFETCH(QString, architecture);
        QFETCH(int, scale);
        QFETCH(QString, layout);
        const QString dir = m_dir.filePath(name);
        const StateDict weights = test::readRawStateDict(dir);
        QVERIFY(!weights.empty());

        Result<NetworkSpec> spec = detectUpscaleNetwork(weights);
        QVERIFY2(spec.ok(), spec.ok() ? "" : qPrintable(spec.error().message));
        QCOMPARE(spec->architectureName(), architecture);
        QCOMPARE(spec->scale, scale);
        QCOMPARE(spec->keyLayout, layout);

        auto network = createUpscaleNetwork(weights);
        QVERIFY2(network.ok(), network.ok() ? "" : qPrintable(network.error().message));
        QCOMPARE((*network)->scale(), scale);

        const auto inShape = test::readShape(dir + "/case.json", QStringLiteral("input"));
        const auto outShape = test::readShape(dir + "/case.json", QStringLiteral("output"));
        std::vector<float> input = test::readFloats(dir + "/input.bin");
        const std::vector<float> expected = test::readFloats(dir + "/output.bin");
        c10::InferenceMode guard;
        at::Tensor x = at::from_blob(input.data(), inShape, at::kFloat);
        at::Tensor y = (*network)->forward(x).contiguous();
        QCOMPARE(y.sizes().vec(), outShape);
        at::Tensor ref = at::from_blob(const_cast<float*>(expected.data()), outShape, at::kFloat);
        const double maxDiff = (y - ref).abs().max().item<double>();
        QVERIFY2(maxDiff < 1e-5,
                 qPrintable(QStringLiteral("max |ours - reference| = %1").arg(maxDiff)));
        // The residual path alone would not match: make sure the output is not trivial.
        QVERIFY(ref.abs().max().item<double>() > 0.01);
    }
};

QTEST_GUILESS_MAIN(TestUpscaleNetworks)
#include "tst_upscale_networks.moc"
