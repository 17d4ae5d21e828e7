// Private: the translation context of every user-visible message in
// core/diffusion (lupdate finds DiffusionTr::tr(...) calls).
#pragma once

#include <QCoreApplication>

namespace hires {

class DiffusionTr
{
    Q_DECLARE_TR_FUNCTIONS(hires::Diffusion)
};

} // namespace hires
