#include "core/image/tensor_convert_p.h"

#include "core/image/image_tr_p.h"

#include <opencv2/core.hpp>

#include <algorithm>
#include <vector>

namespace hires {

namespace {

// Rows per block: a block's 8/16-bit planes stay in the cache between the
// split and the conversion, and blocks spread over OpenCV's thread pool.
constexpr int kBlockRows = 16;

template <typename Body> void forRowBlocks(int rows, const Body& body)
{
    const int blocks = (rows + kBlockRows - 1) / kBlockRows;
    cv::parallel_for_(cv::Range(0, blocks), [&](const cv::Range& range) {
        for (int b = range.start; b < range.end; ++b)
            body(b * kBlockRows, std::min(rows, (b + 1) * kBlockRows));
    });
}

// A CV_32F header over plane `index` of a contiguous [.., C, H, W] float tensor.
cv::Mat planeOf(const at::Tensor& tensor, int64_t index, int height, int width)
{
    float* base = tensor.data_ptr<float>() + index * int64_t(height) * width;
    return cv::Mat(height, width, CV_32F, base);
}

Error invalid(const QString& what)
{
    return makeError(ErrorCode::InvalidArgument, what);
}

// A contiguous CPU float32 [1, C, H, W] copy or view.
at::Tensor asFloatNchw(const at::Tensor& t)
{
    at::Tensor x = t.detach();
    while (x.dim() < 4)
        x = x.unsqueeze(0);
    return x.to(at::kCPU, at::kFloat).contiguous();
}

} // namespace

Result<ImageTensor> matToTensor(const cv::Mat& pixels)
{
    const int channels = pixels.channels();
    const int depth = pixels.depth();
    if (pixels.empty() || pixels.dims != 2 || (depth != CV_8U && depth != CV_16U) ||
        (channels != 1 && channels != 3 && channels != 4))
        return invalid(ImageTr::tr("cannot convert pixels of type %1 to a tensor")
                           .arg(QString::fromStdString(cv::typeToString(pixels.type()))));
    try {
        const int h = pixels.rows;
        const int w = pixels.cols;
        const double scale = depth == CV_8U ? 1.0 / 255.0 : 1.0 / 65535.0;
        ImageTensor out;
        out.bitDepth = depth == CV_8U ? 8 : 16;
        out.gray = channels == 1;
        out.rgb = at::empty({1, 3, h, w}, at::kFloat);
        if (channels == 4)
            out.alpha = at::empty({1, 1, h, w}, at::kFloat);
        // Source channel B G R A -> tensor plane 2 1 0 (rgb) and 0 (alpha).
        std::vector<cv::Mat> targets{planeOf(out.rgb, 2, h, w), planeOf(out.rgb, 1, h, w),
                                     planeOf(out.rgb, 0, h, w)};
        if (channels == 4)
            targets.push_back(planeOf(out.alpha, 0, h, w));
        forRowBlocks(h, [&](int r0, int r1) {
            const cv::Mat block = pixels.rowRange(r0, r1);
            if (channels == 1) {
                for (const cv::Mat& target : targets) {
                    cv::Mat dst = target.rowRange(r0, r1);
                    block.convertTo(dst, CV_32F, scale);
                }
                return;
            }
            std::vector<cv::Mat> sources;
            cv::split(block, sources);
            for (size_t c = 0; c < targets.size(); ++c) {
                cv::Mat dst = targets[c].rowRange(r0, r1);
                sources[c].convertTo(dst, CV_32F, scale);
            }
        });
        return out;
    } catch (const std::exception& e) {
        return makeError(ErrorCode::Internal,
                         ImageTr::tr("converting pixels to a tensor failed: %1")
                             .arg(QString::fromUtf8(e.what())));
    }
}

Result<cv::Mat> tensorToMat(const at::Tensor& rgb, const at::Tensor& alpha, int bitDepth, bool gray)
{
    if (bitDepth != 8 && bitDepth != 16)
        return invalid(ImageTr::tr("bit depth %1 is not 8 or 16").arg(bitDepth));
    if (!rgb.defined() || rgb.dim() < 3 || rgb.dim() > 4 || rgb.size(-3) != 3 ||
        (rgb.dim() == 4 && rgb.size(0) != 1))
        return invalid(ImageTr::tr("expected an RGB tensor of shape [1, 3, H, W]"));
    try {
        const at::Tensor color = asFloatNchw(rgb);
        const int h = int(color.size(2));
        const int w = int(color.size(3));
        at::Tensor alphaPlane;
        if (alpha.defined()) {
            alphaPlane = asFloatNchw(alpha);
            if (alphaPlane.numel() != int64_t(h) * w || alphaPlane.size(2) != h)
                return invalid(ImageTr::tr("the alpha tensor is not [1, 1, %1, %2]").arg(h).arg(w));
        }
        const int depth = bitDepth == 8 ? CV_8U : CV_16U;
        const double scale = bitDepth == 8 ? 255.0 : 65535.0;
        const cv::Mat r = planeOf(color, 0, h, w);
        const cv::Mat g = planeOf(color, 1, h, w);
        const cv::Mat b = planeOf(color, 2, h, w);
        const cv::Mat a = alphaPlane.defined() ? planeOf(alphaPlane, 0, h, w) : cv::Mat();
        const int channels = (gray ? 1 : 3) + (a.empty() ? 0 : 1) + (gray && !a.empty() ? 2 : 0);
        cv::Mat out(h, w, CV_MAKETYPE(depth, channels));
        forRowBlocks(h, [&](int r0, int r1) {
            // convertTo rounds to nearest and saturates: the clamp to [0, 1].
            std::vector<cv::Mat> planes;
            auto add = [&](const cv::Mat& source) {
                planes.emplace_back();
                source.rowRange(r0, r1).convertTo(planes.back(), depth, scale);
            };
            if (gray) {
                // ITU-R BT.601 luma, the weights of OpenCV's BGR2GRAY; equal
                // channels give back the same value.
                cv::Mat luma;
                cv::addWeighted(r.rowRange(r0, r1), 0.299, g.rowRange(r0, r1), 0.587, 0.0, luma);
                cv::scaleAdd(b.rowRange(r0, r1), 0.114, luma, luma);
                planes.emplace_back();
                luma.convertTo(planes.back(), depth, scale);
                if (!a.empty()) // the contract has no gray + alpha: BGRA
                    planes.insert(planes.end(), 2, planes.front());
            } else {
                add(b);
                add(g);
                add(r);
            }
            if (!a.empty())
                add(a);
            cv::Mat block = out.rowRange(r0, r1);
            if (planes.size() == 1)
                planes.front().copyTo(block);
            else
                cv::merge(planes, block);
        });
        return out;
    } catch (const std::exception& e) {
        return makeError(ErrorCode::Internal,
                         ImageTr::tr("converting a tensor to pixels failed: %1")
                             .arg(QString::fromUtf8(e.what())));
    }
}

Result<cv::Mat> tensorToMat(const ImageTensor& tensor)
{
    return tensorToMat(tensor.rgb, tensor.alpha, tensor.bitDepth, tensor.gray);
}

} // namespace hires
