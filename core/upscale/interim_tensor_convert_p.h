// Private, INTERIM: cv::Mat <-> RGB float tensor for the neural upscaler until
// core/image/tensor_convert_p.h (branch `image`) lands on main. Same names and
// signatures as that header, so switching is deleting this file and its .cpp
// and changing one include in neural_pass.cpp.
#pragma once

#include "core/base/result.h"

#include <ATen/ATen.h>
#include <opencv2/core/mat.hpp>

namespace hires {

struct ImageTensor
{
    at::Tensor rgb;   // [1, 3, H, W] float32 in [0, 1]
    at::Tensor alpha; // [1, 1, H, W] float32 in [0, 1]; undefined when the image has none
    int bitDepth = 8;
    bool gray = false;
};

Result<ImageTensor> matToTensor(const cv::Mat& pixels);
Result<cv::Mat> tensorToMat(const at::Tensor& rgb, const at::Tensor& alpha, int bitDepth,
                            bool gray);

} // namespace hires
