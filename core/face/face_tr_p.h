// Private: the translation context of every user-visible message in core/face
// (lupdate finds FaceTr::tr(...) calls).
#pragma once

#include <QCoreApplication>

namespace hires {

class FaceTr
{
    Q_DECLARE_TR_FUNCTIONS(hires::Face)
};

} // namespace hires
