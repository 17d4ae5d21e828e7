// Private: the face restoration step of a generation, behind one function so
// that the job points at whatever core/face offers (GFPGAN restore + paste
// back with a weight) without knowing its types.
//
// Contract: the returned function runs on the worker thread and never throws.
#pragma once

#include "core/diffusion/generate_job.h"

namespace hires {

// The project's restorer for generated images. Until core/face provides its
// reusable call, it reports that restoration is unavailable (an error the
// job records as "skipped" with this reason; the image is kept unrestored).
FaceRestoreFn defaultFaceRestorer();

} // namespace hires
