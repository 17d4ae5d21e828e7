// Private: the translation context of every user-visible message in core/image
// (lupdate finds ImageTr::tr(...) calls).
#pragma once

#include <QCoreApplication>

namespace hires {

class ImageTr
{
    Q_DECLARE_TR_FUNCTIONS(hires::Image)
};

} // namespace hires
