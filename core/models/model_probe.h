// ModelProbe: what one model file is, read from its headers and metadata.
//
// Contract: probe() never fails and never throws: a file it cannot read comes
// back with ModelInfo::error set (and the rest filled as far as it got). It
// reads tensor names, shapes and the ncnn graph, never executes anything from
// the file and builds no network (torch-free). Thread-safe; call
// registerBuiltinArchitectures() first (ModelLibrary does).
#pragma once

#include <QString>

#include "core/models/model_info.h"

namespace hires {

class ModelProbe
{
public:
    // Everything but the id. An ncnn model is probed through its .param.
    static ModelInfo probe(const QString& path);
    // The kind a recognised architecture name belongs to.
    static ModelKind kindOf(const QString& architecture);
};

} // namespace hires
