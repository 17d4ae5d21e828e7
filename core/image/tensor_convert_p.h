// Private: cv::Mat (Image pixel contract) <-> NCHW float tensors, the bridge
// the upscalers and the diffusion pipeline feed their networks through.
//
// Contract: tensors are float32, RGB order, values in [0, 1], on the CPU and
// contiguous ([1, 3, H, W]; alpha separately as [1, 1, H, W]). Gray images
// are given as three equal channels; 16-bit maps 0..65535 to 0..1. Going back
// rounds and clamps, converts RGB to BGR (or to gray by luma weights) and
// merges the alpha. The work is done by OpenCV's vectorised split / convert /
// merge straight into and out of the tensors' memory: no per-pixel C++ loops.
// Thread-safe. Nothing throws: failures are Result errors.
#pragma once

#include "core/base/result.h"

#include <ATen/ATen.h>
#include <opencv2/core/mat.hpp>

namespace hires {

struct ImageTensor
{
    at::Tensor rgb;   // [1, 3, H, W] float32 in [0, 1]
    at::Tensor alpha; // [1, 1, H, W] float32 in [0, 1]; undefined when the image has none
    int bitDepth = 8; // of the source, for the way back
    bool gray = false;
};

// 8/16-bit, 1/3/4 channels (BGR order) -> ImageTensor.
Result<ImageTensor> matToTensor(const cv::Mat& pixels);

// rgb: [1, 3, H, W] or [3, H, W] of any float type and device; alpha (may be
// undefined): [1, 1, H, W], [1, H, W] or [H, W], same H and W.
// bitDepth 8 or 16; gray = true gives one channel (plus alpha: BGRA).
Result<cv::Mat> tensorToMat(const at::Tensor& rgb, const at::Tensor& alpha, int bitDepth,
                            bool gray);
Result<cv::Mat> tensorToMat(const ImageTensor& tensor);

} // namespace hires
