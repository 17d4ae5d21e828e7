// ModelFile: opens any model file Hires Studio reads and returns its weights.
//
// Contract: the format is detected from the content, never from the name:
// zip magic (PyTorch zip checkpoint or a TorchScript archive, refused),
// the legacy PyTorch magic pickle, a safetensors header, the ncnn magic
// 7767517 (.param text; the .bin next to it is found by name); a .bin that
// has a .param next to it opens that pair. Files are memory-mapped; tensors
// point into the mapping. Errors name the file, the format and the problem.
// Never throws; thread-safe.
#pragma once

#include <QString>

#include "core/base/result.h"
#include "core/weights/ncnn_model.h"
#include "core/weights/state_dict.h"

namespace hires {

enum class ModelFormat
{
    Unknown,
    Safetensors,
    PytorchZip, // includes TorchScript archives, which the reader refuses
    PytorchLegacy,
    PytorchTar, // PyTorch < 0.4; refused
    NcnnParam,
};

class ModelFile
{
public:
    static ModelFormat detectFormat(const std::byte* data, size_t size);
    static QString
    formatName(ModelFormat format); // for people: "safetensors", "PyTorch checkpoint", ...

    // The .bin that belongs to an ncnn .param: same path, suffix .bin.
    static QString ncnnBinPath(const QString& paramPath);
    // The .param that belongs to an ncnn .bin, when it exists; else empty.
    static QString ncnnParamPathFor(const QString& binPath);

    // Weights of a safetensors, PyTorch or ncnn file (the ncnn weights as
    // "<layer>.weight", "<layer>.bias", "<layer>.slope", ... in layer order).
    static Result<StateDict> loadStateDict(const QString& path);
    // The graph and weights of an ncnn .param (or of the .param next to a .bin).
    static Result<NcnnModel> loadNcnnModel(const QString& path);
};

} // namespace hires
