// cv::Mat <-> NCHW float tensors: exact round trips at 8 and 16 bits for BGR,
// gray and BGRA photographs, RGB order and scaling checked value by value,
// rounding and clamping on the way back, shapes refused with a message.
#include "core/image/tensor_convert_p.h"

#include "image/image_test_support.h"

#include <QTest>

#include <opencv2/imgproc.hpp>

using namespace hires;
using namespace hires::test;

namespace {

enum class Layout
{
    Bgr,
    Gray,
    Bgra
};

cv::Mat layoutOf(const cv::Mat& bgr, Layout layout, int depth)
{
    cv::Mat out = bgr;
    if (layout == Layout::Gray)
        cv::cvtColor(bgr, out, cv::COLOR_BGR2GRAY);
    if (layout == Layout::Bgra) {
        cv::Mat alpha(bgr.size(), CV_8UC1);
        cv::randu(alpha, 0, 256);
        cv::merge(std::vector<cv::Mat>{bgr, alpha}, out);
    }
    return depth == 16 ? to16Bit(out) : out;
}

float valueAt(const at::Tensor& t, int c, int y, int x)
{
    return t[0][c][y][x].item<float>();
}

} // namespace

class TestTensorConvert : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const QString path = photo(QStringLiteral("chelsea.png"));
        m_hash = sha256Of(path);
        m_photo = mustRead(path).pixels;
        QCOMPARE(m_photo.type(), CV_8UC3);
    }

    void cleanupTestCase() { QCOMPARE(sha256Of(photo(QStringLiteral("chelsea.png"))), m_hash); }

    void roundTrip_data()
    {
        QTest::addColumn<int>("layout");
        QTest::addColumn<int>("depth");
        for (int depth : {8, 16}) {
            QTest::addRow("BGR %d", depth) << int(Layout::Bgr) << depth;
            QTest::addRow("gray %d", depth) << int(Layout::Gray) << depth;
            QTest::addRow("BGRA %d", depth) << int(Layout::Bgra) << depth;
        }
    }

    void roundTrip()
    {
        QFETCH(int, layout);
        QFETCH(int, depth);
        const cv::Mat pixels = layoutOf(m_photo, Layout(layout), depth);
        Result<ImageTensor> tensor = matToTensor(pixels);
        QVERIFY(tensor.ok());
        const int h = pixels.rows;
        const int w = pixels.cols;
        QCOMPARE(tensor->rgb.sizes().vec(), (std::vector<int64_t>{1, 3, h, w}));
        QCOMPARE(tensor->rgb.scalar_type(), at::kFloat);
        QVERIFY(tensor->rgb.is_contiguous());
        QCOMPARE(tensor->bitDepth, depth);
        QCOMPARE(tensor->gray, Layout(layout) == Layout::Gray);
        QCOMPARE(tensor->alpha.defined(), Layout(layout) == Layout::Bgra);
        QVERIFY(tensor->rgb.min().item<float>() >= 0.0f);
        QVERIFY(tensor->rgb.max().item<float>() <= 1.0f);

        // Value by value at a few places: RGB order, scale 1/255 or 1/65535.
        const double scale = depth == 8 ? 255.0 : 65535.0;
        for (const cv::Point p : {cv::Point(0, 0), cv::Point(w - 1, h - 1), cv::Point(123, 77)}) {
            for (int c = 0; c < 3; ++c) {
                double expected = 0;
                if (Layout(layout) == Layout::Gray)
                    expected = depth == 8 ? pixels.at<uint8_t>(p) : pixels.at<uint16_t>(p);
                else if (depth == 8)
                    expected = pixels.ptr<uint8_t>(p.y)[p.x * pixels.channels() + 2 - c];
                else
                    expected = pixels.ptr<uint16_t>(p.y)[p.x * pixels.channels() + 2 - c];
                QVERIFY(std::abs(valueAt(tensor->rgb, c, p.y, p.x) - expected / scale) < 1e-6);
            }
            if (tensor->alpha.defined()) {
                const double a = depth == 8 ? pixels.ptr<uint8_t>(p.y)[p.x * 4 + 3]
                                            : pixels.ptr<uint16_t>(p.y)[p.x * 4 + 3];
                QVERIFY(std::abs(valueAt(tensor->alpha, 0, p.y, p.x) - a / scale) < 1e-6);
            }
        }

        Result<cv::Mat> back = tensorToMat(*tensor);
        QVERIFY(back.ok());
        QCOMPARE(back->type(), pixels.type());
        QCOMPARE(maxAbsDiff(*back, pixels), 0.0);
    }

    // A region of a larger image (rows not contiguous) converts the same.
    void regionOfInterest()
    {
        const cv::Mat roi = m_photo(cv::Rect(10, 20, 100, 50));
        QVERIFY(!roi.isContinuous());
        Result<ImageTensor> tensor = matToTensor(roi);
        QVERIFY(tensor.ok());
        Result<cv::Mat> back = tensorToMat(*tensor);
        QVERIFY(back.ok());
        QCOMPARE(maxAbsDiff(*back, roi.clone()), 0.0);
    }

    void roundsAndClamps()
    {
        at::Tensor rgb = at::zeros({1, 3, 1, 4}, at::kFloat);
        const float values[] = {-0.5f, 1.7f, 100.4f / 255.0f, 100.6f / 255.0f};
        for (int x = 0; x < 4; ++x)
            rgb[0][0][0][x] = values[x]; // red
        Result<cv::Mat> eight = tensorToMat(rgb, {}, 8, false);
        QVERIFY(eight.ok());
        QCOMPARE(eight->type(), CV_8UC3);
        const uint8_t expected[] = {0, 255, 100, 101};
        for (int x = 0; x < 4; ++x) {
            QCOMPARE(int(eight->at<cv::Vec3b>(0, x)[2]), int(expected[x]));
            QCOMPARE(int(eight->at<cv::Vec3b>(0, x)[0]), 0);
        }
        Result<cv::Mat> sixteen = tensorToMat(rgb, {}, 16, false);
        QVERIFY(sixteen.ok());
        QCOMPARE(int(sixteen->at<cv::Vec3w>(0, 1)[2]), 65535);
        QCOMPARE(int(sixteen->at<cv::Vec3w>(0, 0)[2]), 0);
    }

    // Shapes a network may hand back: no batch dimension, half precision,
    // alpha as [H, W]; gray output with alpha is BGRA.
    void acceptedInputs()
    {
        Result<ImageTensor> tensor = matToTensor(layoutOf(m_photo, Layout::Gray, 8));
        QVERIFY(tensor.ok());
        const at::Tensor alpha = at::full({m_photo.rows, m_photo.cols}, 0.5, at::kFloat);
        Result<cv::Mat> back = tensorToMat(tensor->rgb[0].to(at::kHalf), alpha, 8, true);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        QCOMPARE(back->type(), CV_8UC4);
        std::vector<cv::Mat> planes;
        cv::split(*back, planes);
        QCOMPARE(maxAbsDiff(planes[0], planes[1]), 0.0);
        QCOMPARE(maxAbsDiff(planes[0], planes[2]), 0.0);
        QCOMPARE(int(planes[3].at<uint8_t>(5, 5)), 128);
    }

    void refusedInputs()
    {
        QVERIFY(!matToTensor(cv::Mat()).ok());
        QVERIFY(!matToTensor(cv::Mat(4, 4, CV_32FC3)).ok());
        QVERIFY(!matToTensor(cv::Mat(4, 4, CV_8UC2)).ok());
        const at::Tensor rgb = at::zeros({1, 3, 4, 5});
        QCOMPARE(tensorToMat(at::zeros({1, 4, 4, 5}), {}, 8, false).error().code,
                 ErrorCode::InvalidArgument);
        QVERIFY(!tensorToMat(at::zeros({2, 3, 4, 5}), {}, 8, false).ok());
        QVERIFY(!tensorToMat(at::Tensor(), {}, 8, false).ok());
        QVERIFY(!tensorToMat(rgb, {}, 12, false).ok());
        QVERIFY(!tensorToMat(rgb, at::zeros({1, 1, 5, 4}), 8, false).ok());
        QVERIFY(tensorToMat(rgb, at::zeros({1, 1, 4, 5}), 8, false).ok());
    }

private:
    cv::Mat m_photo;
    QByteArray m_hash;
};

QTEST_GUILESS_MAIN(TestTensorConvert)
#include "tst_tensor_convert.moc"
