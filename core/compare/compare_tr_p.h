// Private: the translation context of every user-visible message in core/compare.
#pragma once

#include <QCoreApplication>

namespace hires {

class CompareTr
{
    Q_DECLARE_TR_FUNCTIONS(hires::Compare)
};

} // namespace hires
