// FaceReviewPanel (ui/views/face_review_panel.h): per-face check boxes and the
// weight slider drive a real FaceRestorationSession built from the records of
// a real restoration of the astronaut photo (Haar detector, the inverting
// stand-in network): a face switched off is the original in its region, the
// slider at 0 is the original bit for bit, at 100 the full restoration.
#include "ui/views/face_review_panel.h"
#include "core/face/face_paste_back.h"
#include "core/face/face_restoration_session.h"
#include "face/face_test_support.h"

#include <QCheckBox>
#include <QLabel>
#include <QSlider>
#include <QTest>

using namespace hires;
using hires::ui::FaceReviewPanel;

namespace {

double maxDiff(const cv::Mat& a, const cv::Mat& b)
{
    return cv::norm(a, b, cv::NORM_INF);
}

} // namespace

class TestFaceReviewPanel : public QObject
{
    Q_OBJECT
private:
    cv::Mat m_canvas; // two astronauts side by side: two faces apart
    std::vector<FaceRecord> m_faces;

    std::shared_ptr<FaceRestorationSession> makeSession(double weight) const
    {
        auto session =
            FaceRestorationSession::fromRecords(test::imageOf(m_canvas), m_faces, weight);
        if (!session.ok())
            return {};
        return std::make_shared<FaceRestorationSession>(std::move(session.value()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        const cv::Mat astronaut = test::readPhoto("astronaut.png");
        QVERIFY(!astronaut.empty());
        FaceRestorer restorer(test::haarOptions(1.0));
        restorer.setEnhancer(std::make_shared<test::InvertingEnhancer>());
        auto restored = restorer.restore(test::imageOf(astronaut));
        QVERIFY(restored.ok());
        QCOMPARE(restored->faces.size(), size_t(1));
        m_canvas = cv::Mat(512, 1024, CV_8UC3, cv::Scalar(40, 90, 140));
        for (int dx : {0, 512}) {
            astronaut.copyTo(m_canvas(cv::Rect(dx, 0, 512, 512)));
            FaceRecord face = restored->faces.front();
            // image -> crop for a face moved right by dx: crop = A (p - d) + b.
            face.affine(0, 2) -= face.affine(0, 0) * dx;
            face.affine(1, 2) -= face.affine(1, 0) * dx;
            m_faces.push_back(face);
        }
    }

    void listsEachFaceWithThumbnails()
    {
        FaceReviewPanel panel;
        QCOMPARE(panel.faceCount(), 0);
        QVERIFY(!panel.weightSlider()->isEnabled());
        auto session = makeSession(0.6);
        QVERIFY(session);
        panel.setSession(session);
        QCOMPARE(panel.faceCount(), 2);
        QCOMPARE(panel.weightSlider()->value(), 60);
        QVERIFY(panel.weightSlider()->isEnabled());
        QVERIFY(!panel.weightSlider()->accessibleName().isEmpty());
        QVERIFY(!panel.weightSlider()->toolTip().isEmpty());
        for (int i = 0; i < 2; ++i) {
            QCheckBox* check = panel.faceCheckBox(i);
            QVERIFY(check);
            QVERIFY(check->isChecked());
            QVERIFY(check->isEnabled());
            QVERIFY(!check->accessibleName().isEmpty());
            QVERIFY(!check->toolTip().isEmpty());
        }
        QVERIFY(!panel.faceCheckBox(2));
        // Before and after thumbnails for both faces: four pixmaps.
        int pixmaps = 0;
        for (QLabel* label : panel.findChildren<QLabel*>())
            pixmaps += label->pixmap().isNull() ? 0 : 1;
        QCOMPARE(pixmaps, 4);
        panel.setSession(nullptr);
        QCOMPARE(panel.faceCount(), 0);
    }

    void aFaceSwitchedOffIsTheOriginalInItsRegion()
    {
        FaceReviewPanel panel;
        auto session = makeSession(1.0);
        QVERIFY(session);
        panel.setSession(session);
        cv::Mat emitted;
        int emissions = 0;
        connect(&panel, &FaceReviewPanel::imageChanged, &panel, [&](const Image& image) {
            emitted = image.pixels.clone();
            ++emissions;
        });
        const cv::Rect off = session->region(1);
        const cv::Rect on = session->region(0);
        QVERIFY(!off.empty() && !on.empty());
        QVERIFY(maxDiff(session->current().pixels(off), m_canvas(off)) > 100);
        panel.faceCheckBox(1)->click();
        QCOMPARE(emissions, 1);
        QVERIFY(!session->isEnabled(1));
        QCOMPARE(maxDiff(emitted(off), m_canvas(off)), 0.0);
        QVERIFY(maxDiff(emitted(on), m_canvas(on)) > 100); // the other face stays restored
        panel.faceCheckBox(1)->click();
        QCOMPARE(emissions, 2);
        QVERIFY(maxDiff(emitted(off), m_canvas(off)) > 100);
    }

    void sliderEndsAreTheOriginalAndTheFullRestoration()
    {
        FaceReviewPanel panel;
        auto session = makeSession(0.5);
        QVERIFY(session);
        panel.setSession(session);
        cv::Mat emitted;
        connect(&panel, &FaceReviewPanel::imageChanged, &panel,
                [&](const Image& image) { emitted = image.pixels.clone(); });
        panel.weightSlider()->setValue(0);
        QVERIFY(!emitted.empty());
        QCOMPARE(emitted.type(), m_canvas.type());
        QCOMPARE(maxDiff(emitted, m_canvas), 0.0);
        panel.weightSlider()->setValue(100);
        auto full = compositeFaces(m_canvas, m_faces, {1.0, 1.0});
        QVERIFY(full.ok());
        QCOMPARE(maxDiff(emitted, full.value()), 0.0);
        QVERIFY(maxDiff(emitted, m_canvas) > 100);
        panel.weightSlider()->setValue(35);
        QCOMPARE(session->weight(0), 0.35);
        QCOMPARE(session->weight(1), 0.35);
    }
};

QTEST_MAIN(TestFaceReviewPanel)
#include "tst_face_review_panel.moc"
