#include "app/cli/upscale_targets.h"

#include "core/image/image_decoder.h"
#include "core/image/output_naming.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace hires::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("upscale-cli", text);
}

bool isDirectoryArgument(const QString& path)
{
    return QFileInfo(path).isDir() || path.endsWith(QLatin1Char('/'));
}

bool looksLikeImage(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return sniffImageFormat(f.read(64)).has_value();
}

} // namespace

Result<QStringList> expandInputs(const QStringList& arguments)
{
    QStringList files;
    for (const QString& argument : arguments) {
        const QFileInfo info(argument);
        if (!info.exists())
            return makeError(ErrorCode::NotFound, tr("%1: no such file or folder").arg(argument));
        if (!info.isDir()) {
            files << info.absoluteFilePath();
            continue;
        }
        const QFileInfoList entries =
            QDir(argument).entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
        for (const QFileInfo& entry : entries) {
            if (looksLikeImage(entry.absoluteFilePath()))
                files << entry.absoluteFilePath();
        }
    }
    files.removeDuplicates();
    if (files.isEmpty())
        return makeError(ErrorCode::NotFound,
                         tr("no images found in %1").arg(arguments.join(", ")));
    return files;
}

Result<void> checkOutputRule(const OutputRule& rule, int inputCount)
{
    const QString& out = rule.outputArgument;
    if (out.isEmpty())
        return {};
    if (isDirectoryArgument(out)) {
        if (!QDir().mkpath(out))
            return makeError(ErrorCode::PermissionDenied,
                             tr("%1: cannot create this folder").arg(out));
        return {};
    }
    if (inputCount > 1)
        return makeError(ErrorCode::InvalidArgument,
                         tr("-o %1 names a file but there are %2 inputs; give a folder "
                            "(ending with '/') instead")
                             .arg(out)
                             .arg(inputCount));
    return {};
}

ImageFormat outputFormat(const OutputRule& rule, const Image& image)
{
    ImageFormat format = ImageFormat::Png;
    if (rule.format)
        format = *rule.format;
    else if (!rule.outputArgument.isEmpty() && !isDirectoryArgument(rule.outputArgument) &&
             imageFormatFromName(QFileInfo(rule.outputArgument).suffix()))
        format = *imageFormatFromName(QFileInfo(rule.outputArgument).suffix());
    else if (image.sourceFormat)
        format = *image.sourceFormat;
    // Never lose what the user did not ask to lose: alpha and 16 bits go to PNG.
    if (!rule.format && ((image.hasAlpha() && !formatSupportsAlpha(format)) ||
                         (image.bitDepth() == 16 && !formatSupports16Bit(format))))
        format = ImageFormat::Png;
    return format;
}

Result<QString> outputPath(const OutputRule& rule, const QString& input, const QString& method,
                           double scale, ImageFormat format, const QStringList& inputs)
{
    QString path;
    if (!rule.outputArgument.isEmpty() && !isDirectoryArgument(rule.outputArgument)) {
        path = QFileInfo(rule.outputArgument).absoluteFilePath();
        if (QFileInfo::exists(path) && !rule.overwrite)
            return makeError(ErrorCode::InvalidArgument,
                             tr("%1 exists; use --overwrite to replace it").arg(path));
    } else {
        const QString folder =
            rule.outputArgument.isEmpty() ? QFileInfo(input).absolutePath() : rule.outputArgument;
        path = uniqueOutputPath(
            QDir(folder).absoluteFilePath(defaultOutputName(input, method, scale, format)));
    }
    for (const QString& in : inputs) {
        if (QFileInfo(in).absoluteFilePath() == path)
            return makeError(ErrorCode::PermissionDenied,
                             tr("%1 is an input; it is never overwritten").arg(path));
    }
    return path;
}

} // namespace hires::cli
