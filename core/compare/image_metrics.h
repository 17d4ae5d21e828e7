// Image metrics for the comparison view: numbers that need no ground truth.
//
// Contract: pure functions on images of the pixel contract (core/image/image.h:
// 8/16-bit, gray/BGR/BGRA), safe on any thread, never throwing. Every metric
// looks at the colour only (alpha is dropped) in 8-bit BGR, so a 16-bit and an
// 8-bit rendering of the same picture measure the same.
//  - sharpness: variance of the Laplacian (3x3 kernel 0 1 0 / 1 -4 1 / 0 1 0,
//    reflected borders) of the BT.601 luma; higher is crisper (or noisier).
//  - PSNR over all colour samples, 10 log10(255^2 / MSE); +infinity when equal.
//  - fidelity to the input: the result reduced back to the input's size with
//    INTER_AREA (the average of the pixels each input pixel became), then the
//    PSNR against the input. High: the result is faithful to what was there;
//    low: the method changed or invented content.
#pragma once

#include "core/base/result.h"
#include "core/image/bgr8.h" // toBgr8, which every metric applies first

#include <opencv2/core/mat.hpp>

namespace hires {

double sharpness(const cv::Mat& pixels);

// Both images must have the same size.
Result<double> psnr(const cv::Mat& a, const cv::Mat& b);

// result: the upscaled image; input: what it was made from.
Result<double> fidelityPsnr(const cv::Mat& result, const cv::Mat& input);

} // namespace hires
