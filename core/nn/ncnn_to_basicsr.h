// Mapping the weights of an ncnn model onto BasicSR's state-dict names, by
// the order of its layers.
//
// Contract: mapNcnnToBasicsr() takes the StateDict ModelFile reads from an
// ncnn .param/.bin ("<layer>.weight", "<layer>.bias", "<layer>.slope" in layer
// order) and, when the sequence of convolutions and PReLUs is exactly that of
// an RRDBNet (conv_first, body.N.rdbM.conv1..5, conv_body, conv_up1, conv_up2,
// conv_hr, conv_last) or an SRVGGNetCompact (body.0 conv, body.1 PReLU, ...),
// returns the same tensors (shared, not copied) under BasicSR's names with the
// detected NetworkSpec. It looks at weights only: whether the graph wires them
// the way the native network does is the caller's question (the loader checks
// it numerically). Pure, torch-free, thread-safe. The mapped dict is also what
// re-saving an ncnn model as a .pth would write.
#pragma once

#include "core/base/result.h"
#include "core/nn/network_spec.h"
#include "core/weights/state_dict.h"

namespace hires {

struct BasicsrWeights
{
    StateDict weights; // BasicSR names
    NetworkSpec spec;
};

Result<BasicsrWeights> mapNcnnToBasicsr(const StateDict& ncnnWeights);

} // namespace hires
