// Private: deciding whether two paths name the same file, so that a save
// never overwrites an input of the job, however the path is spelled
// ("./a/../a.png", a symbolic link, a hard link).
#pragma once

#include "core/base/result.h"

#include <QString>

namespace hires {

// The absolute path a write to `path` really replaces: symbolic links
// resolved, "." and ".." removed. The file itself need not exist; its folder
// must (NotFound otherwise).
Result<QString> resolveWriteTarget(const QString& path);

// True when `a` and `b` are the same file: equal resolved paths, or (when
// both exist) the same device and inode.
bool isSameFile(const QString& a, const QString& b);

} // namespace hires
