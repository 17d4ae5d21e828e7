// PytorchCheckpointReader: reads .pth/.ckpt/.pt files written by torch.save
// into a StateDict, without Python and without executing anything.
//
// Contract: two containers. The zip format (torch.save since 1.6): a
// ZipArchive with <root>/data.pkl and one <root>/data/<key> entry per storage;
// stored storages are zero-copy slices of `file`. The legacy format
// (_use_new_zipfile_serialization=False): magic number, protocol 1001 and
// sys_info pickles, the main pickle, the list of storage keys, then each
// storage as an int64 element count and its raw bytes, consumed exactly.
// Pickles go through RestrictedUnpickler; the tensors through
// StateDictAssembler (wrapper unwrapping, validation against storages).
// TorchScript archives, the pre-0.4 tar format and big-endian files are
// refused with a message that says so. Never throws; no shared state.
#pragma once

#include <memory>

#include <QString>

#include "core/base/result.h"
#include "core/weights/state_dict.h"

namespace hires {

class PytorchCheckpointReader
{
public:
    static const QString kZipFormat;    // "pytorch-zip"
    static const QString kLegacyFormat; // "pytorch-legacy"

    // The legacy format starts with the pickled magic number.
    static bool looksLikeLegacy(const std::byte* data, size_t size);
    // "ustar" at offset 257: the tar format of PyTorch before 0.4.
    static bool looksLikeTar(const std::byte* data, size_t size);

    // Dispatches on the content: zip, legacy, or a clear refusal.
    static Result<StateDict> read(std::shared_ptr<const Storage> file, const QString& fileName);
    static Result<StateDict> readZip(std::shared_ptr<const Storage> file, const QString& fileName);
    static Result<StateDict> readLegacy(std::shared_ptr<const Storage> file,
                                        const QString& fileName);
};

} // namespace hires
