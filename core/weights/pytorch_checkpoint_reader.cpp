#include "core/weights/pytorch_checkpoint_reader.h"

#include <array>
#include <cstring>
#include <limits>
#include <unordered_map>

#include <QCoreApplication>

#include "core/weights/byte_cursor.h"
#include "core/weights/pickle_graph.h"
#include "core/weights/restricted_unpickler.h"
#include "core/weights/state_dict_assembler.h"
#include "core/weights/weights_error.h"
#include "core/weights/zip_archive.h"

namespace hires {

const QString PytorchCheckpointReader::kZipFormat = QStringLiteral("pytorch-zip");
const QString PytorchCheckpointReader::kLegacyFormat = QStringLiteral("pytorch-legacy");

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("hires::PytorchCheckpointReader", text);
}

QString zipLabel()
{
    return tr("PyTorch checkpoint");
}

QString legacyLabel()
{
    return tr("PyTorch legacy checkpoint");
}

// pickle.dumps(0x1950a86a20f9469cfc6c, protocol=2): PROTO 2, LONG1 of 10 bytes, STOP.
constexpr std::array<uint8_t, 15> kLegacyMagicPickle = {
    0x80, 0x02, 0x8a, 0x0a, 0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19, 0x2e};
constexpr int64_t kLegacyProtocolVersion = 1001;

// Checked numel x item size.
std::optional<uint64_t> byteSize(uint64_t numel, DType dtype)
{
    const uint64_t item = dtypeSize(dtype);
    if (numel > std::numeric_limits<uint64_t>::max() / item)
        return std::nullopt;
    return numel * item;
}

// A storage's declared bytes out of the bytes that hold it.
Result<std::shared_ptr<const Storage>>
declaredWindow(std::shared_ptr<const Storage> bytes, uint64_t offset, const PickledStorage& storage,
               const QString& fileName, const QString& label, const QString& where)
{
    const std::optional<uint64_t> needed = byteSize(storage.numel, storage.dtype);
    if (!needed || offset > bytes->size() || *needed > bytes->size() - offset)
        return weightsError(
            ErrorCode::CorruptData, fileName, label,
            tr("storage %1 declares %2 elements of %3 bytes but %4 holds only %5 bytes")
                .arg(quotedName(storage.key))
                .arg(storage.numel)
                .arg(dtypeSize(storage.dtype))
                .arg(where)
                .arg(offset > bytes->size() ? 0 : bytes->size() - offset));
    return std::shared_ptr<const Storage>(std::make_shared<StorageSlice>(
        std::move(bytes), static_cast<size_t>(offset), static_cast<size_t>(*needed)));
}

bool isSimpleKey(const std::string& key)
{
    if (key.empty() || key.size() > 64)
        return false;
    for (char c : key) {
        const bool ok =
            (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

bool PytorchCheckpointReader::looksLikeLegacy(const std::byte* data, size_t size)
{
    return size >= kLegacyMagicPickle.size() &&
           std::memcmp(data, kLegacyMagicPickle.data(), kLegacyMagicPickle.size()) == 0;
}

bool PytorchCheckpointReader::looksLikeTar(const std::byte* data, size_t size)
{
    return size >= 262 && std::memcmp(data + 257, "ustar", 5) == 0;
}

Result<StateDict> PytorchCheckpointReader::read(std::shared_ptr<const Storage> file,
                                                const QString& fileName)
{
    if (ZipArchive::looksLike(file->data(), file->size()))
        return readZip(std::move(file), fileName);
    if (looksLikeLegacy(file->data(), file->size()))
        return readLegacy(std::move(file), fileName);
    if (looksLikeTar(file->data(), file->size()))
        return weightsError(
            ErrorCode::UnsupportedFormat, fileName, legacyLabel(),
            tr("the tar format of PyTorch before 0.4 is not supported; re-save the weights "
               "with a current PyTorch"));
    return weightsError(ErrorCode::UnsupportedFormat, fileName, zipLabel(),
                        tr("neither a zip (torch.save) nor a legacy PyTorch checkpoint"));
}

Result<StateDict> PytorchCheckpointReader::readZip(std::shared_ptr<const Storage> file,
                                                   const QString& fileName)
{
    const QString label = zipLabel();
    auto fail = [&](const QString& what, ErrorCode code = ErrorCode::CorruptData) {
        return weightsError(code, fileName, label, what);
    };
    Result<ZipArchive> opened = ZipArchive::open(file, fileName, label);
    if (!opened)
        return opened.error();
    ZipArchive& zip = opened.value();
    if (zip.entries().empty())
        return fail(tr("the archive is empty"));
    const std::string& first = zip.entries().front().name;
    const size_t slash = first.find('/');
    if (slash == std::string::npos || slash == 0)
        return fail(tr("entry %1 is not inside the archive's folder").arg(quotedName(first)));
    const std::string root = first.substr(0, slash + 1);
    if (zip.find(root + "constants.pkl") || zip.find(root + "code/") ||
        zip.find(root + "model.json"))
        return fail(
            tr("this is a TorchScript archive (torch.jit.save), not a state dict; save the weights "
               "with torch.save(model.state_dict(), path)"),
            ErrorCode::UnsupportedFormat);
    for (const ZipArchive::Entry& entry : zip.entries()) {
        if (entry.name.compare(0, root.size() + 5, root + "code/") == 0)
            return fail(tr("this is a TorchScript archive (torch.jit.save), not a state dict; save "
                           "the weights "
                           "with torch.save(model.state_dict(), path)"),
                        ErrorCode::UnsupportedFormat);
    }
    if (const ZipArchive::Entry* byteorder = zip.find(root + "byteorder")) {
        Result<std::shared_ptr<const Storage>> text = zip.read(*byteorder, true);
        if (!text)
            return text.error();
        const std::string order(reinterpret_cast<const char*>(text.value()->data()),
                                text.value()->size());
        if (order != "little")
            return fail(
                tr("the tensors are stored in %1 byte order; only little-endian files are read")
                    .arg(quotedName(order)),
                ErrorCode::UnsupportedFormat);
    }
    const ZipArchive::Entry* pickleEntry = zip.find(root + "data.pkl");
    if (!pickleEntry)
        return fail(tr("the archive has no %1").arg(quotedName(root + "data.pkl")));
    Result<std::shared_ptr<const Storage>> pickle = zip.read(*pickleEntry, true);
    if (!pickle)
        return pickle.error();

    PickleGraph graph;
    RestrictedUnpickler unpickler(graph, RestrictedUnpickler::PersistentIds::ZipStorage, fileName,
                                  label);
    Result<uint32_t> rootValue = unpickler.run(pickle.value()->data(), pickle.value()->size());
    if (!rootValue)
        return rootValue.error();

    auto resolve = [&](const PickledStorage& storage) -> Result<std::shared_ptr<const Storage>> {
        if (!isSimpleKey(storage.key))
            return fail(tr("storage key %1 is not a plain name").arg(quotedName(storage.key)));
        const std::string name = root + "data/" + storage.key;
        const ZipArchive::Entry* entry = zip.find(name);
        if (!entry)
            return fail(tr("the data of storage %1 (%2) is missing")
                            .arg(quotedName(storage.key), quotedName(name)));
        Result<std::shared_ptr<const Storage>> bytes = zip.read(*entry, false);
        if (!bytes)
            return bytes.error();
        return declaredWindow(std::move(bytes.value()), 0, storage, fileName, label,
                              quotedName(name));
    };
    Result<StateDict> dict =
        StateDictAssembler::assemble(graph, rootValue.value(), resolve, fileName, label);
    if (dict)
        dict->format = kZipFormat;
    return dict;
}

namespace {

// Reads the legacy layout after the main pickle: the pickled key list, then
// per key an int64 element count and the bytes. Returns where each root
// storage's bytes begin.
class LegacyStorageTable
{
public:
    LegacyStorageTable(const PickleGraph& graph, std::shared_ptr<const Storage> file,
                       const QString& fileName)
        : m_graph(graph)
        , m_file(std::move(file))
        , m_fileName(fileName)
    {}

    Error fail(const QString& what) const
    {
        return weightsError(ErrorCode::CorruptData, m_fileName, legacyLabel(), what);
    }

    std::optional<Error> read(ByteCursor& cursor, RestrictedUnpickler& unpickler,
                              PickleGraph& keysGraph)
    {
        size_t consumed = 0;
        Result<uint32_t> keys = unpickler.run(cursor.current(), cursor.remaining(), &consumed);
        if (!keys)
            return keys.error();
        cursor.skip(consumed);
        if (!keysGraph.is(keys.value(), PickleKind::List))
            return fail(tr("the storage key list is not a list"));
        for (const PickledStorage& storage : m_graph.storages) {
            if (!storage.isView)
                m_roots.emplace(storage.key, &storage);
        }
        for (uint32_t keyId : keysGraph.at(keys.value()).items) {
            if (!keysGraph.is(keyId, PickleKind::String))
                return fail(tr("a storage key is not a string"));
            const std::string& key = keysGraph.at(keyId).text;
            auto it = m_roots.find(key);
            if (it == m_roots.end())
                return fail(tr("storage %1 is listed but no tensor uses it").arg(quotedName(key)));
            uint64_t numel = 0;
            if (!cursor.readLE(numel))
                return fail(tr("the file ends before the data of storage %1").arg(quotedName(key)));
            if (numel != it->second->numel)
                return fail(tr("storage %1 holds %2 elements but is declared with %3")
                                .arg(quotedName(key))
                                .arg(numel)
                                .arg(it->second->numel));
            const std::optional<uint64_t> bytes = byteSize(numel, it->second->dtype);
            if (!bytes || *bytes > cursor.remaining())
                return fail(tr("the file ends inside the data of storage %1").arg(quotedName(key)));
            if (!m_offsets.emplace(key, cursor.position()).second)
                return fail(tr("storage %1 is listed twice").arg(quotedName(key)));
            cursor.skip(static_cast<size_t>(*bytes));
        }
        if (!cursor.atEnd())
            return fail(tr("%1 unexpected bytes follow the last storage").arg(cursor.remaining()));
        return std::nullopt;
    }

    Result<std::shared_ptr<const Storage>> resolve(const PickledStorage& storage) const
    {
        const std::string& rootKey = storage.isView ? storage.rootKey : storage.key;
        auto it = m_offsets.find(rootKey);
        if (it == m_offsets.end())
            return fail(tr("the data of storage %1 is missing").arg(quotedName(rootKey)));
        const std::optional<uint64_t> viewBytes = byteSize(storage.viewOffset, storage.dtype);
        if (!viewBytes)
            return fail(
                tr("storage view %1 has an overflowing offset").arg(quotedName(storage.key)));
        auto root = m_roots.find(rootKey);
        if (root == m_roots.end())
            return fail(tr("storage view %1 has no root storage").arg(quotedName(storage.key)));
        Result<std::shared_ptr<const Storage>> rootBytes = declaredWindow(
            m_file, it->second, *root->second, m_fileName, legacyLabel(), tr("the file"));
        if (!rootBytes || !storage.isView)
            return rootBytes;
        return declaredWindow(std::move(rootBytes.value()), *viewBytes, storage, m_fileName,
                              legacyLabel(), tr("its root storage %1").arg(quotedName(rootKey)));
    }

private:
    const PickleGraph& m_graph;
    std::shared_ptr<const Storage> m_file;
    QString m_fileName;
    std::unordered_map<std::string, const PickledStorage*> m_roots;
    std::unordered_map<std::string, size_t> m_offsets; // of each listed root storage's bytes
};

} // namespace

Result<StateDict> PytorchCheckpointReader::readLegacy(std::shared_ptr<const Storage> file,
                                                      const QString& fileName)
{
    const QString label = legacyLabel();
    auto fail = [&](const QString& what, ErrorCode code = ErrorCode::CorruptData) {
        return weightsError(code, fileName, label, what);
    };
    if (!looksLikeLegacy(file->data(), file->size()))
        return fail(tr("the file does not start with the legacy magic number"));
    ByteCursor cursor(file->data(), file->size());
    cursor.skip(kLegacyMagicPickle.size());

    // Protocol version and sys_info: small pickles without persistent ids.
    PickleGraph header;
    RestrictedUnpickler headerReader(header, RestrictedUnpickler::PersistentIds::Forbidden,
                                     fileName, label);
    size_t consumed = 0;
    Result<uint32_t> version = headerReader.run(cursor.current(), cursor.remaining(), &consumed);
    if (!version)
        return version.error();
    cursor.skip(consumed);
    if (!header.is(version.value(), PickleKind::Int) ||
        header.at(version.value()).number != kLegacyProtocolVersion)
        return fail(tr("unsupported legacy protocol version"), ErrorCode::UnsupportedFormat);
    Result<uint32_t> sysInfo = headerReader.run(cursor.current(), cursor.remaining(), &consumed);
    if (!sysInfo)
        return sysInfo.error();
    cursor.skip(consumed);
    const std::optional<uint32_t> littleEndian = header.dictValue(sysInfo.value(), "little_endian");
    if (!littleEndian || !header.is(*littleEndian, PickleKind::Bool) ||
        header.at(*littleEndian).number != 1)
        return fail(tr("the file was not written on a little-endian machine"),
                    ErrorCode::UnsupportedFormat);

    PickleGraph graph;
    RestrictedUnpickler mainReader(graph, RestrictedUnpickler::PersistentIds::LegacyStorage,
                                   fileName, label);
    Result<uint32_t> root = mainReader.run(cursor.current(), cursor.remaining(), &consumed);
    if (!root)
        return root.error();
    cursor.skip(consumed);

    LegacyStorageTable table(graph, file, fileName);
    if (std::optional<Error> error = table.read(cursor, headerReader, header))
        return *error;
    auto resolve = [&](const PickledStorage& storage) { return table.resolve(storage); };
    Result<StateDict> dict =
        StateDictAssembler::assemble(graph, root.value(), resolve, fileName, label);
    if (dict)
        dict->format = kLegacyFormat;
    return dict;
}

} // namespace hires
