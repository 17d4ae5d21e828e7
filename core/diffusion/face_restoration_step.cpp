#include "core/diffusion/face_restoration_step_p.h"

#include "core/diffusion/diffusion_tr_p.h"

namespace hires {

FaceRestoreFn defaultFaceRestorer()
{
    return [](const Image&, double, const std::atomic<bool>*) -> Result<std::optional<Image>> {
        return makeError(ErrorCode::Unsupported,
                         DiffusionTr::tr("face restoration is not available in this build"));
    };
}

} // namespace hires
