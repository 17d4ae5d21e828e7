#include "core/upscale/interim_tensor_convert_p.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

namespace hires {

Result<ImageTensor> matToTensor(const cv::Mat& pixels)
{
    const int channels = pixels.channels();
    if (pixels.empty() || (pixels.depth() != CV_8U && pixels.depth() != CV_16U) ||
        (channels != 1 && channels != 3 && channels != 4))
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("unsupported pixel type"));
    ImageTensor out;
    out.bitDepth = pixels.depth() == CV_16U ? 16 : 8;
    out.gray = channels == 1;
    const double scale = out.bitDepth == 16 ? 1.0 / 65535.0 : 1.0 / 255.0;
    cv::Mat f;
    pixels.convertTo(f, CV_MAKETYPE(CV_32F, channels), scale);
    const int h = f.rows, w = f.cols;
    at::Tensor hwc = at::from_blob(f.data, {h, w, channels}, at::kFloat);
    if (channels == 1) {
        out.rgb = hwc.permute({2, 0, 1}).expand({3, h, w}).unsqueeze(0).contiguous();
    } else {
        out.rgb = hwc.narrow(2, 0, 3).flip({2}).permute({2, 0, 1}).unsqueeze(0).contiguous();
        if (channels == 4)
            out.alpha = hwc.narrow(2, 3, 1).permute({2, 0, 1}).unsqueeze(0).contiguous();
    }
    return out;
}

Result<cv::Mat> tensorToMat(const at::Tensor& rgb, const at::Tensor& alpha, int bitDepth, bool gray)
{
    const double scale = bitDepth == 16 ? 65535.0 : 255.0;
    at::Tensor bgr = rgb.reshape({3, rgb.size(-2), rgb.size(-1)})
                         .to(at::kCPU, at::kFloat)
                         .flip({0})
                         .permute({1, 2, 0})
                         .contiguous();
    const int h = int(bgr.size(0)), w = int(bgr.size(1));
    cv::Mat f(h, w, CV_32FC3, bgr.data_ptr<float>());
    cv::Mat color;
    if (gray)
        cv::cvtColor(f, color, cv::COLOR_BGR2GRAY);
    else
        color = f;
    cv::Mat out;
    color.convertTo(out, CV_MAKETYPE(bitDepth == 16 ? CV_16U : CV_8U, color.channels()), scale);
    if (alpha.defined()) {
        at::Tensor a = alpha.reshape({h, w}).to(at::kCPU, at::kFloat).contiguous();
        cv::Mat am;
        cv::Mat(h, w, CV_32F, a.data_ptr<float>()).convertTo(am, out.depth(), scale);
        if (gray)
            cv::cvtColor(out, out, cv::COLOR_GRAY2BGR);
        cv::Mat planes[] = {out, am};
        cv::Mat merged;
        cv::merge(planes, 2, merged);
        out = merged;
    }
    return out;
}

} // namespace hires
