// FaceRestorationSession (core/face/face_restoration_session.h), the core of
// the comparison view's per-face panel: after one network run, switching
// faces on and off and moving the weight re-blend without the network, and
// the composite stays bit-identical to a full compositeFaces() at the same
// weights, also where faces overlap; all off or weight 0 is the original.
#include "core/face/face_restoration_session.h"
#include "face_test_support.h"
#include "support/python_reference.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace hires;

namespace {

double maxDiff(const cv::Mat& a, const cv::Mat& b)
{
    return cv::norm(a, b, cv::NORM_INF);
}

} // namespace

class TestFaceRestorationSession : public QObject
{
    Q_OBJECT
private:
    cv::Mat m_astronaut;
    FaceRecord m_record; // the astronaut's face, restored by the inverting network
    cv::Mat m_canvas;    // three astronauts: 0 and 1 overlap, 2 stands apart
    std::vector<FaceRecord> m_faces;

    Result<cv::Mat> expected(const std::vector<double>& weights) const
    {
        return compositeFaces(m_canvas, m_faces, weights);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_astronaut = test::readPhoto("astronaut.png");
        QVERIFY(!m_astronaut.empty());
        FaceRestorer restorer(test::haarOptions(1.0));
        restorer.setEnhancer(std::make_shared<test::InvertingEnhancer>());
        auto restored = restorer.restore(test::imageOf(m_astronaut));
        QVERIFY(restored.ok());
        QCOMPARE(restored->faces.size(), size_t(1));
        m_record = restored->faces.front();

        // Paste regions are about 190 px wide: 0 and 150 overlap, 700 stands apart.
        const std::vector<int> offsets = {0, 150, 700};
        m_canvas = cv::Mat(512, 1212, CV_8UC3, cv::Scalar(40, 90, 140));
        for (int dx : offsets) {
            m_astronaut.copyTo(m_canvas(cv::Rect(dx, 0, 512, 512)));
            FaceRecord face = m_record;
            // image -> crop for a face moved right by dx: crop = A (p - d) + b.
            face.affine(0, 2) -= face.affine(0, 0) * dx;
            face.affine(1, 2) -= face.affine(1, 0) * dx;
            m_faces.push_back(face);
        }
    }

    void startsAsTheFullComposite()
    {
        auto session = FaceRestorationSession::fromRecords(test::imageOf(m_canvas), m_faces, 0.6);
        QVERIFY(session.ok());
        QCOMPARE(session->faceCount(), 3);
        auto want = expected({0.6, 0.6, 0.6});
        QVERIFY(want.ok());
        QCOMPARE(maxDiff(session->current().pixels, want.value()), 0.0);
        QVERIFY(maxDiff(session->current().pixels, m_canvas) > 100); // the faces changed
        // The overlap this test relies on, and the face that stands apart.
        QVERIFY(!(session->region(0) & session->region(1)).empty());
        QVERIFY((session->region(1) & session->region(2)).empty());
        for (int i = 0; i < 3; ++i) {
            QVERIFY(session->restorable(i));
            QCOMPARE(session->beforePixels(i).size(), session->region(i).size());
            QCOMPARE(maxDiff(session->beforePixels(i), m_canvas(session->region(i))), 0.0);
            QCOMPARE(session->afterPixels(i).size(), session->region(i).size());
        }
    }

    // Each step is compared with a full composite at the same weights.
    void perFaceChangesMatchTheFullComposite()
    {
        auto session = FaceRestorationSession::fromRecords(test::imageOf(m_canvas), m_faces, 0.6);
        QVERIFY(session.ok());
        struct Step
        {
            int face;
            bool enabled;
            double weight;
            std::vector<double> weights; // effective, after the step
        };
        const std::vector<Step> steps = {
            {1, true, 1.0, {0.6, 1.0, 0.6}},  // overlapping neighbour of 0
            {0, false, 0.6, {0.0, 1.0, 0.6}}, // switched off
            {2, true, 0.25, {0.0, 1.0, 0.25}},
            {0, true, 0.6, {0.6, 1.0, 0.25}}, // back on: its slider value was kept
            {1, true, 0.0, {0.6, 0.0, 0.25}},
        };
        for (const Step& step : steps) {
            const cv::Mat before = session->current().pixels.clone();
            QVERIFY(session->setEnabled(step.face, step.enabled).ok());
            QVERIFY(session->setWeight(step.face, step.weight).ok());
            QCOMPARE(session->effectiveWeights(), step.weights);
            auto want = expected(step.weights);
            QVERIFY(want.ok());
            QCOMPARE(maxDiff(session->current().pixels, want.value()), 0.0);
            // Faces apart from the changed one keep their pixels.
            for (int other = 0; other < 3; ++other) {
                const cv::Rect r = session->region(other);
                if ((r & session->region(step.face)).empty())
                    QCOMPARE(maxDiff(session->current().pixels(r), before(r)), 0.0);
            }
        }
    }

    void allOffOrWeightZeroIsTheOriginal()
    {
        auto session = FaceRestorationSession::fromRecords(test::imageOf(m_canvas), m_faces, 0.8);
        QVERIFY(session.ok());
        QVERIFY(session->setAllWeights(0.0).ok());
        QCOMPARE(maxDiff(session->current().pixels, m_canvas), 0.0);
        QVERIFY(session->setAllWeights(0.7).ok());
        for (int i = 0; i < 3; ++i)
            QVERIFY(session->setEnabled(i, false).ok());
        QCOMPARE(maxDiff(session->current().pixels, m_canvas), 0.0);
        QCOMPARE(session->weight(1), 0.7); // switched off, slider kept
        QCOMPARE(session->effectiveWeight(1), 0.0);
    }

    void badRequestsChangeNothing()
    {
        auto session = FaceRestorationSession::fromRecords(test::imageOf(m_canvas), m_faces, 0.5);
        QVERIFY(session.ok());
        const cv::Mat before = session->current().pixels.clone();
        QVERIFY(!session->setWeight(3, 0.5).ok());
        QVERIFY(!session->setWeight(-1, 0.5).ok());
        QVERIFY(!session->setEnabled(7, false).ok());
        QVERIFY(!session->setWeight(0, 1.5).ok());
        QVERIFY(!session->setWeight(0, std::numeric_limits<double>::quiet_NaN()).ok());
        QVERIFY(!session->setAllWeights(-0.1).ok());
        QCOMPARE(session->weight(0), 0.5);
        QCOMPARE(maxDiff(session->current().pixels, before), 0.0);
        QVERIFY(session->face(3) == nullptr);
        QVERIFY(session->region(3).empty());
        QVERIFY(session->beforePixels(3).empty());
        QVERIFY(!FaceRestorationSession::fromRecords(test::imageOf(m_canvas), m_faces, 2.0).ok());
        std::vector<FaceRecord> cropless = m_faces;
        cropless[1].before = cv::Mat();
        QVERIFY(!FaceRestorationSession::fromRecords(test::imageOf(m_canvas), cropless, 1.0).ok());
    }

    void keepsItsOwnCopyOfTheOriginal()
    {
        cv::Mat canvas = m_canvas.clone();
        auto session = FaceRestorationSession::fromRecords(test::imageOf(canvas), m_faces, 1.0);
        QVERIFY(session.ok());
        canvas.setTo(cv::Scalar::all(0));
        QCOMPARE(maxDiff(session->original().pixels, m_canvas), 0.0);
    }

    void runRestoresOnceThenReblendsWithoutTheNetwork()
    {
        auto network = std::make_shared<test::InvertingEnhancer>();
        FaceRestorer restorer(test::haarOptions(0.4));
        restorer.setEnhancer(network);
        auto session = FaceRestorationSession::run(restorer, test::imageOf(m_astronaut));
        QVERIFY2(session.ok(), test::errorText(session).constData());
        QCOMPARE(network->calls, 1);
        QCOMPARE(session->faceCount(), 1);
        QCOMPARE(session->weight(0), 0.4);
        QCOMPARE(session->provenance().used, QStringLiteral("invert"));
        for (double w : {0.0, 0.1, 0.55, 1.0, 0.3})
            QVERIFY(session->setWeight(0, w).ok());
        QVERIFY(session->setEnabled(0, false).ok());
        QVERIFY(session->setEnabled(0, true).ok());
        QCOMPARE(network->calls, 1);
        auto want = compositeFaces(m_astronaut, {*session->face(0)}, {0.3});
        QVERIFY(want.ok());
        QCOMPARE(maxDiff(session->current().pixels, want.value()), 0.0);
    }

    void withoutAModelTheFacesAreListedUnrestored()
    {
        FaceRestoreOptions options = test::haarOptions(1.0);
        options.modelPath = QStringLiteral("/nonexistent/GFPGANv1.4.pth");
        FaceRestorer restorer(options);
        auto session = FaceRestorationSession::run(restorer, test::imageOf(m_astronaut));
        QVERIFY2(session.ok(), test::errorText(session).constData());
        QCOMPARE(session->faceCount(), 1);
        QVERIFY(!session->restorable(0));
        QCOMPARE(session->effectiveWeight(0), 0.0);
        QVERIFY(session->setWeight(0, 1.0).ok());
        QCOMPARE(maxDiff(session->current().pixels, m_astronaut), 0.0);
        QVERIFY(session->provenance().fellBack());
        QVERIFY(!session->face(0)->before.empty()); // the view can still show the crop
    }

    void alignedInputIsRefused()
    {
        FaceRestoreOptions options = test::haarOptions(1.0);
        options.alignedInput = true;
        FaceRestorer restorer(options);
        restorer.setEnhancer(std::make_shared<test::InvertingEnhancer>());
        QVERIFY(!FaceRestorationSession::run(restorer, test::imageOf(m_astronaut)).ok());
    }
};

QTEST_GUILESS_MAIN(TestFaceRestorationSession)
#include "tst_face_restoration_session.moc"
