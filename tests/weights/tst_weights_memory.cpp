// Peak memory while loading stays within file size + 256 MB: files of 1 GiB
// (sparse, so the test writes almost nothing to disk) load with well under
// 256 MB of resident growth, because tensors point into the mapping and the
// readers validate metadata without touching the data.
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "core/weights/model_file.h"
#include "weights_test_support.h"

using namespace hires;
using namespace hires::test;
namespace pk = hires::test::pickle;

namespace {

constexpr qint64 kGiB = qint64(1) << 30;
constexpr qint64 kLimit = qint64(256) << 20;

qint64 statusKiB(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').front().toLongLong();
    }
    return -1;
}

// Resets the high-water mark where the kernel allows it; the growth below is
// measured from the current RSS, so it is an upper bound either way.
void resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

// Loads `path` and returns the peak RSS growth in bytes.
qint64 peakGrowth(const QString& path, StateDict* out)
{
    resetPeak();
    const qint64 before = statusKiB("VmRSS:");
    Result<StateDict> dict = ModelFile::loadStateDict(path);
    const qint64 peak = statusKiB("VmHWM:");
    if (!dict) {
        qWarning("%s", qPrintable(dict.error().message));
        return -1;
    }
    *out = std::move(dict.value());
    return (peak - before) * 1024;
}

// Writes `prefix`, then `dataSize` bytes of holes, then `suffix`.
bool writeSparse(const QString& path, const QByteArray& prefix, qint64 dataSize,
                 const QByteArray& suffix)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(prefix) != prefix.size())
        return false;
    if (!file.resize(prefix.size() + dataSize) || !file.seek(prefix.size() + dataSize))
        return false;
    return file.write(suffix) == suffix.size();
}

} // namespace

class TestWeightsMemory : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // Both files hold 2^28 F32 parameters.
    static void loadsWithinTheLimit(const QString& path, const char* what)
    {
        StateDict dict;
        const qint64 growth = peakGrowth(path, &dict);
        QVERIFY(growth >= 0);
        QCOMPARE(dict.parameterCount(), kGiB / 4);
        qInfo("%s: peak RSS growth %lld KiB", what, growth / 1024);
        QVERIFY2(growth < kLimit, qPrintable(QStringLiteral("grew by %1 bytes").arg(growth)));
    }

private Q_SLOTS:
    void safetensorsOfOneGiB()
    {
        // Four F32 tensors of 256 MiB each.
        const qint64 each = kGiB / 4;
        QByteArray header = "{";
        for (int i = 0; i < 4; ++i)
            header += QStringLiteral("\"layer%1.weight\":{\"dtype\":\"F32\",\"shape\":[%2,1024],"
                                     "\"data_offsets\":[%3,%4]},")
                          .arg(i)
                          .arg(each / 4096)
                          .arg(i * each)
                          .arg((i + 1) * each)
                          .toLatin1();
        header.back() = '}';
        const QString path = m_dir.filePath(QStringLiteral("big.safetensors"));
        QVERIFY(writeSparse(path, safetensors(header, {}), kGiB, {}));
        loadsWithinTheLimit(path, "1 GiB safetensors");
    }

    void pytorchZipOfOneGiB()
    {
        // data.pkl, then one stored storage of 1 GiB, as torch.save lays it out.
        const QByteArray pickle =
            pk::proto() +
            pk::dict({{"w", pk::tensor(pk::storage("FloatStorage", "0", kGiB / 4), 0, {kGiB / 4},
                                       {1})}}) +
            pk::stop();
        ZipEntry storage{"archive/data/0", ""};
        storage.declaredSize = kGiB;
        storage.declaredCompressedSize = kGiB;
        storage.declaredCrc = 0; // not checked for tensor data (that would read every byte)
        const QByteArray small = zipArchive({{"archive/data.pkl", pickle}, storage});
        // Split the small archive around the (empty) data of archive/data/0 and
        // put 1 GiB of holes there; the central directory offset moves by 1 GiB.
        const qsizetype dataStart =
            small.indexOf("archive/data/0") + qsizetype(strlen("archive/data/0"));
        QByteArray tail = small.mid(dataStart);
        const qsizetype endRecord = tail.lastIndexOf(QByteArray("PK\x05\x06", 4));
        uint32_t directoryOffset = 0;
        std::memcpy(&directoryOffset, tail.constData() + endRecord + 16, 4);
        directoryOffset += uint32_t(kGiB);
        std::memcpy(tail.data() + endRecord + 16, &directoryOffset, 4);
        const QString path = m_dir.filePath(QStringLiteral("big.pth"));
        QVERIFY(writeSparse(path, small.left(dataStart), kGiB, tail));
        loadsWithinTheLimit(path, "1 GiB PyTorch zip");
    }
};

QTEST_GUILESS_MAIN(TestWeightsMemory)
#include "tst_weights_memory.moc"
