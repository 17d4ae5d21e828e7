// Output names: "<stem>_<method>_<scale>x.<ext>", sanitised method, scale
// without trailing zeros, and a numeric suffix instead of an existing file.
#include "core/image/output_naming.h"

#include "image/image_test_support.h"

#include <QTemporaryDir>
#include <QTest>

using namespace hires;
using namespace hires::test;

Q_DECLARE_METATYPE(hires::ImageFormat)

class TestOutputNaming : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultName_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("method");
        QTest::addColumn<double>("scale");
        QTest::addColumn<ImageFormat>("format");
        QTest::addColumn<QString>("expected");
        QTest::newRow("basic") << "/photos/cat.jpg"
                               << "realesrgan-x4plus" << 4.0 << ImageFormat::Png
                               << "cat_realesrgan-x4plus_4x.png";
        QTest::newRow("fraction") << "cat.png"
                                  << "lanczos" << 1.5 << ImageFormat::Jpeg
                                  << "cat_lanczos_1.5x.jpg";
        QTest::newRow("quarter") << "cat.png"
                                 << "lanczos" << 0.25 << ImageFormat::Webp
                                 << "cat_lanczos_0.25x.webp";
        QTest::newRow("float noise")
            << "cat.png"
            << "lanczos" << 2.0000001 << ImageFormat::Tiff << "cat_lanczos_2x.tif";
        QTest::newRow("dots in stem")
            << "/a/my.holiday.photo.tiff"
            << "x" << 2.0 << ImageFormat::Png << "my.holiday.photo_x_2x.png";
        QTest::newRow("unsafe method")
            << "cat.png"
            << "../evil/name x" << 2.0 << ImageFormat::Png << "cat_-evil-name-x_2x.png";
        QTest::newRow("empty method") << "cat.png"
                                      << "" << 2.0 << ImageFormat::Png << "cat_output_2x.png";
        QTest::newRow("hidden file")
            << "/a/.png"
            << "lanczos" << 2.0 << ImageFormat::Png << "image_lanczos_2x.png";
        QTest::newRow("unicode stem")
            << QString::fromUtf8("/a/Katze 猫.png") << "lanczos" << 3.0 << ImageFormat::Png
            << QString::fromUtf8("Katze 猫_lanczos_3x.png");
    }

    void defaultName()
    {
        QFETCH(QString, input);
        QFETCH(QString, method);
        QFETCH(double, scale);
        QFETCH(ImageFormat, format);
        QTEST(defaultOutputName(input, method, scale, format), "expected");
    }

    void uniquePaths()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString desired = dir.filePath(QStringLiteral("cat_lanczos_2x.png"));
        QCOMPARE(uniqueOutputPath(desired), desired);
        QVERIFY(writeBytes(desired, "1"));
        QCOMPARE(uniqueOutputPath(desired), dir.filePath(QStringLiteral("cat_lanczos_2x_2.png")));
        QVERIFY(writeBytes(dir.filePath(QStringLiteral("cat_lanczos_2x_2.png")), "2"));
        // A dangling symbolic link counts as taken: writing there would follow it.
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("nowhere")),
                            dir.filePath(QStringLiteral("cat_lanczos_2x_3.png"))));
        QCOMPARE(uniqueOutputPath(desired), dir.filePath(QStringLiteral("cat_lanczos_2x_4.png")));
        const QString noSuffix = dir.filePath(QStringLiteral("README"));
        QVERIFY(writeBytes(noSuffix, "x"));
        QCOMPARE(uniqueOutputPath(noSuffix), dir.filePath(QStringLiteral("README_2")));
    }

    void defaultPath()
    {
        QTemporaryDir dir;
        QTemporaryDir other;
        const QString input = dir.filePath(QStringLiteral("cat.jpg"));
        QVERIFY(writeBytes(input, "x"));
        const QString first =
            defaultOutputPath(input, QStringLiteral("lanczos"), 2, ImageFormat::Png);
        QCOMPARE(first, dir.filePath(QStringLiteral("cat_lanczos_2x.png")));
        QVERIFY(writeBytes(first, "x"));
        QCOMPARE(defaultOutputPath(input, QStringLiteral("lanczos"), 2, ImageFormat::Png),
                 dir.filePath(QStringLiteral("cat_lanczos_2x_2.png")));
        QCOMPARE(
            defaultOutputPath(input, QStringLiteral("lanczos"), 2, ImageFormat::Png, other.path()),
            other.filePath(QStringLiteral("cat_lanczos_2x.png")));
    }
};

QTEST_GUILESS_MAIN(TestOutputNaming)
#include "tst_output_naming.moc"
