// Face detection (core/face/face_detection.h, haar_face_detector.h,
// face_detector.h) on real photographs from Debian's python3-skimage: the
// astronaut portrait, photos without faces, and images built from them
// (rotated, several faces, a face at the border, a tiny face, a huge image,
// 16-bit and gray). Ground truth: the astronaut's eye centres, read off the
// photo by hand, are about (205, 102) and (247, 103).
#include "core/face/face_detection.h"
#include "core/face/face_detector.h"
#include "face_test_support.h"
#include "support/python_reference.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgproc.hpp>

using namespace hires;

namespace {

const cv::Point2f kLeftEye(205, 102);
const cv::Point2f kRightEye(247, 103);

std::unique_ptr<FaceDetector> haar()
{
    FaceDetectorSetup setup;
    setup.choice = FaceDetectorChoice::Haar;
    auto detector = createFaceDetector(setup);
    return detector ? std::move(detector.value()) : nullptr;
}

cv::Point2f mapPoint(const cv::Matx23d& m, cv::Point2f p)
{
    return {float(m(0, 0) * p.x + m(0, 1) * p.y + m(0, 2)),
            float(m(1, 0) * p.x + m(1, 1) * p.y + m(1, 2))};
}

// The transform test::rotated() applies.
cv::Matx23d rotation(cv::Size size, double degrees)
{
    cv::Size canvas;
    return rotationOnCanvas(size, degrees, &canvas);
}

bool eyesNear(const DetectedFace& face, cv::Point2f left, cv::Point2f right, double tolerance)
{
    return cv::norm(face.landmarks[0] - left) < tolerance &&
           cv::norm(face.landmarks[1] - right) < tolerance;
}

QByteArray describe(const std::vector<DetectedFace>& faces)
{
    QString text = QStringLiteral("%1 face(s)").arg(faces.size());
    for (const DetectedFace& f : faces)
        text += QStringLiteral("; box %1,%2 %3x%4 eyes (%5,%6) (%7,%8) score %9")
                    .arg(f.box.x)
                    .arg(f.box.y)
                    .arg(f.box.width)
                    .arg(f.box.height)
                    .arg(f.landmarks[0].x)
                    .arg(f.landmarks[0].y)
                    .arg(f.landmarks[1].x)
                    .arg(f.landmarks[1].y)
                    .arg(f.score);
    return text.toUtf8();
}

} // namespace

class TestFaceDetection : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<FaceDetector> m_detector;
    cv::Mat m_astronaut;

private Q_SLOTS:
    void initTestCase()
    {
        m_detector = haar();
        QVERIFY2(m_detector, "Haar cascades not found (opencv-data)");
        m_astronaut = test::readPhoto("astronaut.png");
        QVERIFY(!m_astronaut.empty());
    }

    void findsTheAstronaut()
    {
        auto faces = detectFaces(*m_detector, m_astronaut);
        QVERIFY(faces.ok());
        QVERIFY2(faces->size() == 1, describe(faces.value()).constData());
        const DetectedFace& face = faces->front();
        QVERIFY2(eyesNear(face, kLeftEye, kRightEye, 6.0), describe(faces.value()).constData());
        QCOMPARE(face.landmarkSource, DetectedFace::Landmarks::EyesMeasured);
        QVERIFY(face.box.contains(face.landmarks[2]));
        QVERIFY(face.score > 0.5f && face.score <= 1.0f);
        qInfo("%s", describe(faces.value()).constData());
    }

    void photosWithoutFaces_data()
    {
        QTest::addColumn<QString>("photo");
        QTest::newRow("coffee") << "coffee.png";
        QTest::newRow("rocket") << "rocket.jpg";
        QTest::newRow("hubble") << "hubble_deep_field.jpg";
        QTest::newRow("coins (gray)") << "coins.png";
    }

    void photosWithoutFaces()
    {
        QFETCH(QString, photo);
        const cv::Mat image = test::readPhoto(photo.toLatin1().constData());
        QVERIFY(!image.empty());
        auto faces = detectFaces(*m_detector, image); // rotation search included
        QVERIFY(faces.ok());
        QVERIFY2(faces->empty(), describe(faces.value()).constData());
    }

    void rotatedFaces_data()
    {
        QTest::addColumn<double>("degrees");
        QTest::newRow("turned 30 degrees left") << 30.0;
        QTest::newRow("turned 30 degrees right") << -30.0;
        QTest::newRow("on its side") << 90.0;
        QTest::newRow("on the other side") << -90.0;
    }

    void rotatedFaces()
    {
        QFETCH(double, degrees);
        const cv::Mat turned = test::rotated(m_astronaut, degrees);
        auto faces = detectFaces(*m_detector, turned);
        QVERIFY(faces.ok());
        QVERIFY2(!faces->empty(), describe(faces.value()).constData());
        qInfo("%s", describe(faces.value()).constData());
        const cv::Matx23d m = rotation(m_astronaut.size(), degrees);
        QVERIFY2(eyesNear(faces->front(), mapPoint(m, kLeftEye), mapPoint(m, kRightEye), 10.0),
                 describe(faces.value()).constData());
        QVERIFY(faces->front().rotationDegrees != 0);
    }

    void uprightFacesAreNotSearchedRotated()
    {
        FaceDetectionOptions options;
        options.tryRotations = false;
        auto faces = detectFaces(*m_detector, test::rotated(m_astronaut, 90), options);
        QVERIFY(faces.ok());
        QVERIFY(faces->empty());
    }

    void severalFaces()
    {
        // Three copies of the astronaut's head at different sizes on the coffee photo.
        cv::Mat canvas;
        cv::resize(test::readPhoto("coffee.png"), canvas, cv::Size(1500, 900));
        const cv::Rect head(130, 20, 200, 200);
        const std::vector<std::pair<cv::Point, double>> places = {
            {{50, 100}, 1.0}, {{500, 300}, 1.6}, {{1100, 150}, 0.7}};
        for (const auto& [at, scale] : places) {
            cv::Mat part;
            cv::resize(m_astronaut(head), part, cv::Size(), scale, scale, cv::INTER_AREA);
            part.copyTo(canvas(cv::Rect(at, part.size())));
        }
        auto faces = detectFaces(*m_detector, canvas);
        QVERIFY(faces.ok());
        QVERIFY2(faces->size() == 3, describe(faces.value()).constData());
        for (const auto& [at, scale] : places) {
            const cv::Point2f left = (kLeftEye - cv::Point2f(head.tl())) * scale + cv::Point2f(at);
            const cv::Point2f right =
                (kRightEye - cv::Point2f(head.tl())) * scale + cv::Point2f(at);
            bool found = false;
            for (const DetectedFace& face : faces.value())
                found = found || eyesNear(face, left, right, 8.0 * scale);
            QVERIFY2(found, describe(faces.value()).constData());
        }
        for (size_t i = 1; i < faces->size(); ++i)
            QVERIFY(faces.value()[i - 1].score >= faces.value()[i].score);
    }

    void faceAtTheBorder()
    {
        // Cut the photo so that the face box touches the left edge.
        const cv::Mat cut = m_astronaut(cv::Rect(175, 30, 337, 300)).clone();
        auto faces = detectFaces(*m_detector, cut);
        QVERIFY(faces.ok());
        QVERIFY2(faces->size() == 1, describe(faces.value()).constData());
        QVERIFY(faces->front().box.x < 10);
        QVERIFY2(eyesNear(faces->front(), kLeftEye - cv::Point2f(175, 30),
                          kRightEye - cv::Point2f(175, 30), 10.0),
                 describe(faces.value()).constData());
    }

    void tinyFaceIsNotReported()
    {
        // The whole portrait in 40x40 px: a face of about 10 px, eyes 3 px apart.
        cv::Mat tiny;
        cv::resize(m_astronaut, tiny, cv::Size(40, 40), 0, 0, cv::INTER_AREA);
        auto faces = detectFaces(*m_detector, tiny);
        QVERIFY(faces.ok());
        QVERIFY(faces->empty());
        auto one = detectFaces(*m_detector, cv::Mat(1, 1, CV_8UC3, cv::Scalar::all(9)));
        QVERIFY(one.ok() && one->empty());
        auto none = detectFaces(*m_detector, cv::Mat());
        QVERIFY(none.ok() && none->empty());
    }

    void hugeImage()
    {
        // 8000x8000 with the portrait enlarged 6x in it: detection works on a
        // reduced copy and maps the landmarks back.
        cv::Mat huge(8000, 8000, CV_8UC3, cv::Scalar(200, 190, 180));
        const cv::Point at(3000, 2500);
        {
            cv::Mat big;
            cv::resize(m_astronaut, big, cv::Size(), 6, 6, cv::INTER_LINEAR);
            big.copyTo(huge(cv::Rect(at, big.size())));
        }
        auto faces = detectFaces(*m_detector, huge);
        QVERIFY(faces.ok());
        QVERIFY2(faces->size() == 1, describe(faces.value()).constData());
        const cv::Point2f left =
            (kLeftEye + cv::Point2f(0.5f, 0.5f)) * 6 - cv::Point2f(0.5f, 0.5f) + cv::Point2f(at);
        const cv::Point2f right =
            (kRightEye + cv::Point2f(0.5f, 0.5f)) * 6 - cv::Point2f(0.5f, 0.5f) + cv::Point2f(at);
        QVERIFY2(eyesNear(faces->front(), left, right, 40.0), describe(faces.value()).constData());
    }

    void sixteenBitAndGray()
    {
        cv::Mat deep, gray;
        m_astronaut.convertTo(deep, CV_16U, 257.0);
        cv::cvtColor(m_astronaut, gray, cv::COLOR_BGR2GRAY);
        for (const cv::Mat& image : {deep, gray}) {
            auto faces = detectFaces(*m_detector, image);
            QVERIFY(faces.ok());
            QVERIFY2(faces->size() == 1 && eyesNear(faces->front(), kLeftEye, kRightEye, 6.0),
                     describe(faces.value()).constData());
        }
    }

    void suppressOverlaps()
    {
        DetectedFace a, b, c;
        a.box = {0, 0, 100, 100};
        a.score = 0.6f;
        b.box = {10, 10, 100, 100}; // IoU with a: 0.68
        b.score = 0.9f;
        c.box = {300, 0, 50, 50};
        c.score = 0.7f;
        const auto kept = hires::suppressOverlaps({a, b, c}, 0.4);
        QCOMPARE(kept.size(), size_t(2));
        QCOMPARE(kept[0].score, 0.9f);
        QCOMPARE(kept[1].score, 0.7f);
    }

    void detectorChoice()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        FaceDetectorSetup setup;
        setup.modelFolders = {folder.path()};
        // No YuNet file: auto gives Haar, an explicit YuNet is an error.
        QString note;
        auto automatic = createFaceDetector(setup, &note);
        QVERIFY(automatic.ok());
        QCOMPARE(automatic.value()->name(), QStringLiteral("haar"));
        QVERIFY(!note.isEmpty());
        setup.choice = FaceDetectorChoice::YuNet;
        auto missing = createFaceDetector(setup);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::NotFound);

        // A corrupt YuNet file: auto falls back to Haar and says why.
        QFile bad(folder.filePath(QStringLiteral("face_detection_yunet_2022mar.onnx")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(QByteArray(4096, 'x'));
        bad.close();
        QCOMPARE(findYuNetModel(setup.modelFolders), bad.fileName());
        auto corrupt = createFaceDetector(setup);
        QVERIFY(!corrupt.ok());
        QCOMPARE(corrupt.error().code, ErrorCode::CorruptData);
        QVERIFY2(
            corrupt.error().message.contains(QStringLiteral("face_detection_yunet_2022mar.onnx")),
            qPrintable(corrupt.error().message));
        setup.choice = FaceDetectorChoice::Auto;
        note.clear();
        auto fallback = createFaceDetector(setup, &note);
        QVERIFY(fallback.ok());
        QCOMPARE(fallback.value()->name(), QStringLiteral("haar"));
        QVERIFY(note.contains(QStringLiteral("YuNet")));

        // No cascades: a clear error naming the file.
        setup.choice = FaceDetectorChoice::Haar;
        setup.cascadeFolder = folder.path();
        auto noCascade = createFaceDetector(setup);
        QVERIFY(!noCascade.ok());
        QVERIFY(
            noCascade.error().message.contains(QStringLiteral("haarcascade_frontalface_alt2.xml")));
        QVERIFY(parseFaceDetectorChoice(QStringLiteral("HAAR")).ok());
        QVERIFY(!parseFaceDetectorChoice(QStringLiteral("retinaface")).ok());
    }
};

QTEST_GUILESS_MAIN(TestFaceDetection)
#include "tst_face_detection.moc"
