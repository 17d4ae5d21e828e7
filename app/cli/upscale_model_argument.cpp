#include "app/cli/upscale_model_argument.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace hires::cli {

UpscaleModelArgument resolveUpscaleModel(const QString& argument)
{
    UpscaleModelArgument m;
    if (argument.compare(QLatin1String("lanczos"), Qt::CaseInsensitive) == 0) {
        m.model = m.modelId = QStringLiteral("lanczos");
        return m;
    }
    const QFileInfo file(argument);
    const bool pathLike = argument.contains(QLatin1Char('/')) ||
                          QStringList{"pth", "pt", "ckpt", "safetensors", "param", "bin"}.contains(
                              file.suffix().toLower());
    if (file.isFile() || pathLike) {
        m.model = file.absoluteFilePath();
        m.modelId = file.completeBaseName();
        m.found = file.isFile();
        return m;
    }
    m.modelId = argument;
    m.model = argument;
    m.searched =
        qEnvironmentVariable("HIRES_MODELS_DIR").split(QLatin1Char(':'), Qt::SkipEmptyParts);
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!data.isEmpty())
        m.searched << QDir(data).filePath(QStringLiteral("models"));
    for (const QString& folder : m.searched) {
        for (const char* ext : {".pth", ".safetensors", ".param"}) {
            const QString path = QDir(folder).filePath(argument + QLatin1String(ext));
            if (QFileInfo(path).isFile()) {
                m.model = path;
                return m;
            }
        }
    }
    m.found = false;
    return m;
}

} // namespace hires::cli
