// ModelCatalogue: every downloadable entry is pinned (https URL of the file,
// a SHA-256, a size, a licence); CodeFormer's licence is non-commercial and it
// is never a default; the defaults are the two ncnn upscalers.
#include "core/models/model_catalogue.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>

using namespace hires;

class TestModelCatalogue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void entriesArePinned_data()
    {
        QTest::addColumn<int>("index");
        for (size_t i = 0; i < ModelCatalogue::all().size(); ++i)
            QTest::newRow(qPrintable(ModelCatalogue::all()[i].id)) << int(i);
    }

    void entriesArePinned()
    {
        QFETCH(int, index);
        const KnownModel& m = ModelCatalogue::all()[size_t(index)];
        QVERIFY(!m.licence.isEmpty());
        QVERIFY(!m.architecture.isEmpty());
        QVERIFY(m.kind != ModelKind::Unknown);
        QCOMPARE(m.id, QFileInfo(m.fileName).completeBaseName().toLower());
        if (m.url.isEmpty()) {
            // Only the npm-shipped defaults, and YuNet (optional, no pinned
            // SHA-256), are listed without a release URL.
            QVERIFY(m.isDefault || m.kind == ModelKind::FaceDetector);
            QVERIFY(!m.source.isEmpty());
            return;
        }
        const QUrl url(m.url);
        QCOMPARE(url.scheme(), QStringLiteral("https"));
        QCOMPARE(url.fileName(), m.fileName);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(m.sha256).hasMatch());
        QVERIFY(m.size > 0);
        if (m.architecture == QLatin1String("RRDBNet") ||
            m.architecture == QLatin1String("SRVGGNetCompact")) {
            QCOMPARE(m.licence, QStringLiteral("BSD-3-Clause"));
            QVERIFY(m.url.startsWith(
                QLatin1String("https://github.com/xinntao/Real-ESRGAN/releases/")));
        }
    }

    void codeFormerIsNonCommercialAndNeverDefault()
    {
        const KnownModel* codeformer = ModelCatalogue::find(QStringLiteral("codeformer"));
        QVERIFY(codeformer);
        QVERIFY(!codeformer->commercialUse);
        QVERIFY(!codeformer->isDefault);
        QVERIFY(codeformer->licence.contains(QLatin1String("non-commercial")));
        const KnownModel* gfpgan = ModelCatalogue::find(QStringLiteral("GFPGANv1.4.pth"));
        QVERIFY(gfpgan);
        QCOMPARE(gfpgan->licence, QStringLiteral("Apache-2.0"));
        QVERIFY(gfpgan->url.contains(QLatin1String("/v1.3.0/")));
    }

    void defaultsAreTheTwoNcnnUpscalers()
    {
        QStringList defaults;
        for (const KnownModel& m : ModelCatalogue::all()) {
            if (m.isDefault)
                defaults << m.fileName;
        }
        QCOMPARE(defaults, (QStringList{QStringLiteral("realesrgan-x4plus.param"),
                                        QStringLiteral("realesrgan-x4fast.param")}));
    }

    void findsByIdOrFileName()
    {
        QCOMPARE(ModelCatalogue::find(QStringLiteral("REALESRGAN_X4PLUS"))->fileName,
                 QStringLiteral("RealESRGAN_x4plus.pth"));
        QCOMPARE(ModelCatalogue::find(QStringLiteral("realesr-general-x4v3.pth"))->scale, 4);
        QCOMPARE(
            ModelCatalogue::findByFileName(QStringLiteral("realesrgan-x4fast.param"))->architecture,
            QStringLiteral("SRVGGNetCompact"));
        QVERIFY(!ModelCatalogue::find(QStringLiteral("no-such-model")));
    }
};

QTEST_GUILESS_MAIN(TestModelCatalogue)
#include "tst_model_catalogue.moc"
