// Speed of the cv::Mat <-> tensor bridge (core/image/tensor_convert) against
// the straightforward per-pixel C++ loops it replaces, on the same 8-bit BGR
// and 16-bit BGRA images in the same run. Prints the ratio; never fails on
// speed (only on wrong results).
#include "core/image/tensor_convert_p.h"

#include <QElapsedTimer>
#include <QTest>

#include <opencv2/core.hpp>

#include <algorithm>
#include <functional>
#include <vector>

using namespace hires;

namespace {

// The reference: one loop over pixels and channels, as one would first write it.
template <typename T> at::Tensor naiveToTensor(const cv::Mat& m, float scale)
{
    const int h = m.rows;
    const int w = m.cols;
    const int cn = m.channels();
    at::Tensor t = at::empty({1, 3, h, w}, at::kFloat);
    float* dst = t.data_ptr<float>();
    for (int y = 0; y < h; ++y) {
        const T* row = m.ptr<T>(y);
        for (int x = 0; x < w; ++x) {
            for (int c = 0; c < 3; ++c)
                dst[(int64_t(c) * h + y) * w + x] = float(row[x * cn + 2 - c]) * scale;
        }
    }
    return t;
}

template <typename T> cv::Mat naiveToMat(const at::Tensor& t, int type, float scale)
{
    const int h = int(t.size(2));
    const int w = int(t.size(3));
    cv::Mat m(h, w, type);
    const float* src = t.data_ptr<float>();
    const float maxValue = float(std::numeric_limits<T>::max());
    for (int y = 0; y < h; ++y) {
        T* row = m.ptr<T>(y);
        for (int x = 0; x < w; ++x) {
            for (int c = 0; c < 3; ++c) {
                const float v = src[(int64_t(c) * h + y) * w + x] * scale;
                row[x * 3 + 2 - c] = T(std::clamp(std::nearbyint(v), 0.0f, maxValue));
            }
        }
    }
    return m;
}

double medianMs(const std::function<void()>& run)
{
    std::vector<double> times;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer timer;
        timer.start();
        run();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

class BenchTensorConvert : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void eightBitBgr()
    {
        cv::Mat image(2048, 2048, CV_8UC3);
        cv::randu(image, 0, 256);
        ImageTensor ours;
        at::Tensor reference;
        const double oursIn = medianMs([&] { ours = *matToTensor(image); });
        const double refIn =
            medianMs([&] { reference = naiveToTensor<uint8_t>(image, 1.0f / 255.0f); });
        QVERIFY(at::allclose(ours.rgb, reference));
        cv::Mat back;
        cv::Mat refBack;
        const double oursOut = medianMs([&] { back = *tensorToMat(ours); });
        const double refOut =
            medianMs([&] { refBack = naiveToMat<uint8_t>(reference, CV_8UC3, 255.0f); });
        QCOMPARE(cv::norm(back, image, cv::NORM_INF), 0.0);
        QCOMPARE(cv::norm(refBack, image, cv::NORM_INF), 0.0);
        report("8-bit BGR 2048x2048", oursIn, refIn, oursOut, refOut);
        // Both Mat->tensor paths allocate a fresh 48 MiB tensor; on a VM its
        // page faults are a large, shared part of the time.
        const double alloc = medianMs([&] { reference = at::empty({1, 3, 2048, 2048}).fill_(0); });
        qInfo("allocating and first touching a [1, 3, 2048, 2048] float tensor: %.1f ms", alloc);
    }

    void sixteenBitBgr()
    {
        cv::Mat image(2048, 2048, CV_16UC3);
        cv::randu(image, 0, 65536);
        ImageTensor ours;
        at::Tensor reference;
        const double oursIn = medianMs([&] { ours = *matToTensor(image); });
        const double refIn =
            medianMs([&] { reference = naiveToTensor<uint16_t>(image, 1.0f / 65535.0f); });
        QVERIFY(at::allclose(ours.rgb, reference));
        cv::Mat back;
        cv::Mat refBack;
        const double oursOut = medianMs([&] { back = *tensorToMat(ours); });
        const double refOut =
            medianMs([&] { refBack = naiveToMat<uint16_t>(reference, CV_16UC3, 65535.0f); });
        QCOMPARE(cv::norm(back, image, cv::NORM_INF), 0.0);
        report("16-bit BGR 2048x2048", oursIn, refIn, oursOut, refOut);
    }

private:
    static void report(const char* what, double oursIn, double refIn, double oursOut, double refOut)
    {
        qInfo("%s: Mat->tensor %.1f ms (per-pixel loop %.1f ms, %.1fx faster); "
              "tensor->Mat %.1f ms (per-pixel loop %.1f ms, %.1fx faster)",
              what, oursIn, refIn, refIn / oursIn, oursOut, refOut, refOut / oursOut);
    }
};

QTEST_GUILESS_MAIN(BenchTensorConvert)
#include "bench_tensor_convert.moc"
