#include "core/image/output_naming.h"

#include <QDir>
#include <QFileInfo>

namespace hires {

namespace {

QString sanitized(const QString& text, const QString& fallback)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool keep = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') ||
                          (u >= '0' && u <= '9') || u == '.' || u == '_' || u == '-';
        out += keep ? c : QChar(u'-');
    }
    // No hidden files and no ".." components from a method name.
    while (out.startsWith(u'.'))
        out.remove(0, 1);
    return out.isEmpty() ? fallback : out;
}

QString scaleText(double scale)
{
    QString text = QString::number(scale, 'f', 3);
    while (text.contains(u'.') && (text.endsWith(u'0') || text.endsWith(u'.')))
        text.chop(1);
    return text;
}

bool pathTaken(const QString& path)
{
    const QFileInfo info(path);
    return info.exists() || info.isSymLink(); // a dangling link is taken too
}

} // namespace

QString defaultOutputName(const QString& inputPath, const QString& method, double scale,
                          ImageFormat format)
{
    QString stem = QFileInfo(inputPath).completeBaseName();
    if (stem.isEmpty())
        stem = QStringLiteral("image");
    return QStringLiteral("%1_%2_%3x.%4")
        .arg(stem, sanitized(method, QStringLiteral("output")), scaleText(scale),
             imageFormatExtension(format));
}

QString defaultOutputPath(const QString& inputPath, const QString& method, double scale,
                          ImageFormat format, const QString& folder)
{
    const QString dir = folder.isEmpty() ? QFileInfo(inputPath).path() : folder;
    return uniqueOutputPath(
        QDir(dir).filePath(defaultOutputName(inputPath, method, scale, format)));
}

QString uniqueOutputPath(const QString& desiredPath)
{
    if (!pathTaken(desiredPath))
        return desiredPath;
    const QFileInfo info(desiredPath);
    const QString suffix = info.suffix();
    const QString base = QDir(info.path()).filePath(info.completeBaseName());
    for (int n = 2;; ++n) {
        const QString candidate = suffix.isEmpty()
                                      ? QStringLiteral("%1_%2").arg(base).arg(n)
                                      : QStringLiteral("%1_%2.%3").arg(base).arg(n).arg(suffix);
        if (!pathTaken(candidate))
            return candidate;
    }
}

} // namespace hires
