// Private: TensorRef <-> at::Tensor. Only core .cpp files include this.
#pragma once

#include <ATen/ATen.h>

#include "core/weights/state_dict.h"

namespace hires {

at::ScalarType toScalarType(DType dtype);

// A CPU tensor that aliases the storage (no copy; only a storage at an
// address not aligned to the element size is copied); the storage is kept
// alive by the tensor. Precondition: ref.fitsStorage(). The result is read-only in
// spirit: never write into it (it may map a user's file). Use
// toTensorCopy() when the caller needs its own memory or another dtype.
at::Tensor toTensorView(const TensorRef& ref);

// An owned, contiguous copy converted to `dtype`.
at::Tensor toTensorCopy(const TensorRef& ref, at::ScalarType dtype);

// Wraps an owned contiguous CPU tensor as a TensorRef (keeps the tensor alive).
TensorRef fromTensor(const at::Tensor& tensor);

} // namespace hires
