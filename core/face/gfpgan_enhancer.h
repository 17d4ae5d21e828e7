// GFPGAN v1.4 as a FaceEnhancer: GFPGANv1.4.pth (TencentARC, Apache-2.0,
// https://github.com/TencentARC/GFPGAN/releases/download/v1.3.0/GFPGANv1.4.pth)
// read by core/weights (no code from the file is run), built as
// core/nn's GfpganNet and run in fp32.
//
// Deterministic: the decoder's stored noise buffers replace upstream's fresh
// noise. Output: upstream rounds the face to 8 bits here; we keep float (so
// 16-bit images lose nothing) and clamp to [0, 1].
//
// Contract: loading never throws; errors name the file (missing, unreadable,
// not a GFPGANv1Clean network, wrong shapes). The enhancer is driven by one
// thread at a time.
#pragma once

#include "core/base/result.h"
#include "core/face/face_enhancer.h"
#include "core/jobs/compute_device.h"
#include "core/weights/state_dict.h"

#include <QString>

#include <memory>

namespace hires {

struct GfpganModelInfo
{
    QString architecture;  // GfpganSpec::describe()
    int loadedTensors = 0; // tensors the network uses
    int unusedTensors = 0; // style_mlp.* tensors in the file, skipped (16 in GFPGANv1.4.pth)
    int64_t parameterCount = 0;
    QString wrapperKey; // "params_ema" for the official file
};

Result<std::unique_ptr<FaceEnhancer>>
loadGfpganEnhancer(const QString& path, DevicePreference device = DevicePreference::Auto,
                   GfpganModelInfo* info = nullptr);

// From weights already in memory (tests build them by hand).
Result<std::unique_ptr<FaceEnhancer>>
createGfpganEnhancer(const StateDict& weights, DevicePreference device = DevicePreference::Auto,
                     GfpganModelInfo* info = nullptr);

} // namespace hires
