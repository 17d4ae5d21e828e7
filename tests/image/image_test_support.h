// Shared helpers of the core/image tests: real photos from the test data,
// PIL (Debian's Python) as fixture writer and independent reader, SHA-256
// guards that prove no input file changes.
#pragma once

#include "core/image/image_decoder.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTest>

#include <opencv2/core.hpp>

namespace hires::test {

inline QString photoDir()
{
    return QString::fromUtf8(HIRES_TEST_DATA_DIR) + QStringLiteral("/photos");
}

inline QString photo(const QString& name)
{
    return photoDir() + u'/' + name;
}

inline QByteArray readBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

inline QByteArray sha256Of(const QString& path)
{
    return QCryptographicHash::hash(readBytes(path), QCryptographicHash::Sha256).toHex();
}

// Runs tests/image/pil_fixtures.py with Debian's Python; returns stdout, or
// an empty array with `error` set.
inline QByteArray runPil(const QStringList& arguments, QString* error = nullptr)
{
    QProcess process;
    process.setProgram(QString::fromUtf8(HIRES_PYTHON));
    process.setArguments(QStringList{QString::fromUtf8(HIRES_SOURCE_DIR) +
                                     QStringLiteral("/tests/image/pil_fixtures.py")} +
                         arguments);
    process.start();
    if (!process.waitForFinished(300000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        if (error)
            *error = QString::fromUtf8(process.readAllStandardError());
        return {};
    }
    return process.readAllStandardOutput();
}

// PIL's view of a file: format, mode, width, height, icc (hex), orientation, text.
inline QJsonObject pilInfo(const QString& path)
{
    QString error;
    const QByteArray json = runPil({QStringLiteral("info"), path}, &error);
    if (json.isEmpty())
        qWarning("PIL could not read %s: %s", qPrintable(path), qPrintable(error));
    return QJsonDocument::fromJson(json).object();
}

inline QByteArray pilIcc(const QJsonObject& info)
{
    return QByteArray::fromHex(info.value(QStringLiteral("icc")).toString().toLatin1());
}

inline Image mustRead(const QString& path, const DecodeLimits& limits = {})
{
    Result<Image> image = readImageFile(path, limits);
    if (!image) {
        qWarning("%s", qPrintable(image.error().message));
        return {};
    }
    return std::move(image).value();
}

inline double maxAbsDiff(const cv::Mat& a, const cv::Mat& b)
{
    if (a.size() != b.size() || a.type() != b.type())
        return 1e9;
    return cv::norm(a, b, cv::NORM_INF);
}

// 8-bit to 16-bit with a spread that uses the low byte too (x * 257 + noise
// would not be reproducible; x * 256 + (x ^ 0x5a) is, and covers all bits).
inline cv::Mat to16Bit(const cv::Mat& eight)
{
    cv::Mat wide;
    eight.convertTo(wide, CV_16U, 256.0);
    cv::Mat low;
    cv::bitwise_xor(eight, cv::Scalar::all(0x5a), low);
    low.convertTo(low, CV_16U);
    return wide + low;
}

// Hashes input files when a test first uses them and tells whether any
// changed since: tests call watch() on every input and check changed() in
// cleanup(); the whole photo folder is checked in cleanupTestCase().
class InputGuard
{
public:
    void add(const QString& path) { m_hashes.insert(path, sha256Of(path)); }
    // Hashes `path` (once) and returns it, for use inline: read(guard.watch(p)).
    QString watch(const QString& path)
    {
        if (!m_hashes.contains(path))
            add(path);
        return path;
    }
    void clear() { m_hashes.clear(); }
    void addFolder(const QString& folder)
    {
        const QDir dir(folder);
        for (const QString& name : dir.entryList(QDir::Files))
            add(dir.filePath(name));
    }
    // The first changed file, or an empty string.
    QString changed() const
    {
        for (auto it = m_hashes.cbegin(); it != m_hashes.cend(); ++it) {
            if (sha256Of(it.key()) != it.value())
                return it.key();
        }
        return {};
    }

private:
    QMap<QString, QByteArray> m_hashes;
};

// The two guards a test class over the photo folder keeps: every photo
// (checked once at the end) and what the current test function read
// (checked after each one).
class PhotoGuards
{
public:
    void start() { m_folder.addFolder(photoDir()); }
    QString watch(const QString& path) { return m_inputs.watch(path); }
    // The first input of the last test that changed (empty: none), then forgets them.
    QString afterTest()
    {
        const QString changed = m_inputs.changed();
        m_inputs.clear();
        return changed;
    }
    QString afterAll() const { return m_folder.changed(); }

private:
    InputGuard m_folder;
    InputGuard m_inputs;
};

} // namespace hires::test
