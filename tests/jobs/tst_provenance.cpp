#include "core/jobs/provenance.h"

#include <QJsonArray>
#include <QTest>

using namespace hires;

class TestProvenance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonRoundTrip()
    {
        Provenance p;
        p.task = QStringLiteral("upscale");
        p.requested = QStringLiteral("realesrgan-x4plus");
        p.used = QStringLiteral("lanczos");
        p.device = QStringLiteral("cpu");
        p.tileSize = 128;
        p.passes = 1;
        p.addFallback(QStringLiteral("realesrgan-x4plus"), QStringLiteral("lanczos"),
                      QStringLiteral("model file is corrupt"));
        p.addTiming(QStringLiteral("run"), 1.5);
        p.addTiming(QStringLiteral("run"), 0.5);
        p.details.insert(QStringLiteral("seed"), 42);
        const QJsonObject json = p.toJson();
        QCOMPARE(json.value(QStringLiteral("fell_back")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("fallbacks")).toArray().size(), 1);
        const Provenance back = Provenance::fromJson(json);
        QCOMPARE(back.used, QStringLiteral("lanczos"));
        QCOMPARE(back.tileSize, 128);
        QCOMPARE(back.fallbacks.at(0).reason, QStringLiteral("model file is corrupt"));
        QCOMPARE(back.totalSeconds(), 2.0);
        QCOMPARE(back.details.value(QStringLiteral("seed")).toInt(), 42);
    }

    void summaryNamesWhatRanAndWhy()
    {
        Provenance p;
        p.requested = QStringLiteral("realesrgan-x4plus");
        p.used = QStringLiteral("realesrgan-x4plus");
        p.device = QStringLiteral("cpu");
        p.precision = QStringLiteral("fp32");
        p.tileSize = 256;
        p.addTiming(QStringLiteral("run"), 12.34);
        p.addFallback(QStringLiteral("cuda"), QStringLiteral("cpu"),
                      QStringLiteral("no CUDA device"));
        QCOMPARE(p.summary(), QStringLiteral("realesrgan-x4plus on cpu (fp32, tile 256) in 12.3 s; "
                                             "fell back: cuda -> cpu (no CUDA device)"));
    }
};

QTEST_GUILESS_MAIN(TestProvenance)
#include "tst_provenance.moc"
