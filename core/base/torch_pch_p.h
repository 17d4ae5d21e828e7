// Precompiled header for core's torch translation units (private: never
// included from a public header). Keeping it to ATen and torch::nn keeps the
// precompiled header small; add a header here only when many files use it.
#pragma once

#include <ATen/ATen.h>
#include <c10/core/InferenceMode.h>
#include <torch/nn/functional.h>
#include <torch/nn/module.h>
#include <torch/nn/modules/activation.h>
#include <torch/nn/modules/container/modulelist.h>
#include <torch/nn/modules/container/sequential.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/linear.h>
#include <torch/nn/modules/normalization.h>
#include <torch/nn/modules/pixelshuffle.h>
