#include "core/image/tensor_convert_p.h"

#include "core/image/image_tr_p.h"

#include <opencv2/core.hpp>

#include <vector>

namespace hires {

namespace {

// A CV_32F header over plane `index` of a contiguous [.., C, H, W] float tensor.
cv::Mat planeOf(const at::Tensor& tensor, int64_t index, int height, int width)
{
    float* base = tensor.data_ptr<float>() + index * int64_t(height) * width;
    return cv::Mat(height, width, CV_32F, base);
}

// Float plane -> integer plane with rounding and clamping (saturate_cast).
void convertInto(const cv::Mat& source, cv::Mat& target, int depth, double scale)
{
    source.convertTo(target, depth, scale);
}

Error invalid(const QString& what)
{
    return makeError(ErrorCode::InvalidArgument, what);
}

// A contiguous CPU float32 [1, C, H, W] view, or an undefined tensor.
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
        std::vector<cv::Mat> sources;
        cv::split(pixels, sources); // one plane per channel, B G R (A)
        if (channels == 1) {
            for (int c = 0; c < 3; ++c) {
                cv::Mat plane = planeOf(out.rgb, c, h, w);
                convertInto(sources[0], plane, CV_32F, scale);
            }
        } else {
            for (int c = 0; c < 3; ++c) {
                cv::Mat plane = planeOf(out.rgb, 2 - c, h, w); // B -> 2, G -> 1, R -> 0
                convertInto(sources[size_t(c)], plane, CV_32F, scale);
            }
        }
        if (channels == 4) {
            out.alpha = at::empty({1, 1, h, w}, at::kFloat);
            cv::Mat plane = planeOf(out.alpha, 0, h, w);
            convertInto(sources[3], plane, CV_32F, scale);
        }
        return out;
    } catch (const std::exception& e) {
        return makeError(ErrorCode::Internal,
                         ImageTr::tr("converting pixels to a tensor failed: %1")
                             .arg(QString::fromUtf8(e.what())));
    }
}

Result<cv::Mat> tensorToMat(const at::Tensor& rgb, const at::Tensor& alpha, int bitDepth,
                            bool gray)
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
        std::vector<cv::Mat> planes;
        if (gray) {
            // ITU-R BT.601 luma, the weights OpenCV's BGR2GRAY uses; equal
            // channels give back the same value.
            cv::Mat luma;
            cv::addWeighted(r, 0.299, g, 0.587, 0.0, luma);
            cv::scaleAdd(b, 0.114, luma, luma);
            planes.emplace_back();
            convertInto(luma, planes.back(), depth, scale);
        } else {
            for (const cv::Mat* source : {&b, &g, &r}) {
                planes.emplace_back();
                convertInto(*source, planes.back(), depth, scale);
            }
        }
        if (alphaPlane.defined()) {
            planes.emplace_back();
            convertInto(planeOf(alphaPlane, 0, h, w), planes.back(), depth, scale);
            if (gray) // the contract has no gray + alpha: BGRA
                planes.insert(planes.begin(), 2, planes.front());
        }
        if (planes.size() == 1)
            return planes.front();
        cv::Mat out;
        cv::merge(planes, out);
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
