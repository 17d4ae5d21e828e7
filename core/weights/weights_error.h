// Error messages of the weight readers: "<file> (<format>): <what is wrong>".
//
// One line always (the CLI prints it as the reason for a refusal), so line
// breaks in the parts are replaced by spaces.
#pragma once

#include <QString>

#include "core/base/result.h"

namespace hires {

Error weightsError(ErrorCode code, const QString& fileName, const QString& format,
                   const QString& what);

// "'name'" with control characters and overlong names made printable, for
// quoting names read from a file in a message.
QString quotedName(const std::string& name);

} // namespace hires
