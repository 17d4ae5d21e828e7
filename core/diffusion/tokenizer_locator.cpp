#include "core/diffusion/tokenizer_locator.h"

#include "core/diffusion/diffusion_tr_p.h"

#include <QDir>
#include <QFileInfo>

namespace hires {

namespace {

const char* const kOpenAiFiles[] = {"bpe_simple_vocab_16e6.txt", "bpe_simple_vocab_16e6.txt.gz"};
const char* const kSubfolders[] = {"tokenizer", "clip-tokenizer", "clip"};

struct Candidate
{
    QString folder;
    TokenizerSource source;
};

} // namespace

QString tokenizerSourceId(TokenizerSource source)
{
    switch (source) {
    case TokenizerSource::UserFolder:
        return QStringLiteral("user");
    case TokenizerSource::DiffusersFolder:
        return QStringLiteral("diffusers");
    case TokenizerSource::NextToCheckpoint:
        return QStringLiteral("checkpoint");
    case TokenizerSource::ModelFolder:
        return QStringLiteral("models");
    }
    return {};
}

QString TokenizerLocation::describe() const
{
    QString where;
    switch (source) {
    case TokenizerSource::UserFolder:
        where = DiffusionTr::tr("given");
        break;
    case TokenizerSource::DiffusersFolder:
        where = DiffusionTr::tr("the model's own");
        break;
    case TokenizerSource::NextToCheckpoint:
        where = DiffusionTr::tr("next to the checkpoint");
        break;
    case TokenizerSource::ModelFolder:
        where = DiffusionTr::tr("model folder");
        break;
    }
    return DiffusionTr::tr("tokenizer from %1 (%2)").arg(QDir::toNativeSeparators(path), where);
}

QString TokenizerLocator::vocabularyIn(const QString& folder)
{
    const QFileInfo info(folder);
    if (info.isFile()) {
        for (const char* name : kOpenAiFiles)
            if (info.fileName() == QLatin1String(name))
                return info.absoluteFilePath();
        return {};
    }
    if (!info.isDir())
        return {};
    const QDir dir(folder);
    if (QFileInfo(dir.filePath(QStringLiteral("vocab.json"))).isFile() &&
        QFileInfo(dir.filePath(QStringLiteral("merges.txt"))).isFile())
        return dir.absolutePath();
    for (const char* name : kOpenAiFiles) {
        const QString file = dir.filePath(QLatin1String(name));
        if (QFileInfo(file).isFile())
            return QFileInfo(file).absoluteFilePath();
    }
    return {};
}

Result<TokenizerLocation> TokenizerLocator::locate(const QString& checkpoint,
                                                   const QString& userFolder,
                                                   const QStringList& modelFolders)
{
    QStringList looked;
    if (!userFolder.isEmpty()) {
        const QString found = vocabularyIn(userFolder);
        if (found.isEmpty())
            return makeError(ErrorCode::NotFound,
                             DiffusionTr::tr("%1 holds no CLIP tokenizer: it needs vocab.json and "
                                             "merges.txt, or bpe_simple_vocab_16e6.txt.gz")
                                 .arg(QDir::toNativeSeparators(userFolder)));
        return TokenizerLocation{found, TokenizerSource::UserFolder};
    }

    std::vector<Candidate> candidates;
    const QFileInfo model(checkpoint);
    if (model.isDir()) {
        candidates.push_back({QDir(checkpoint).filePath(QStringLiteral("tokenizer")),
                              TokenizerSource::DiffusersFolder});
    } else if (!checkpoint.isEmpty()) {
        const QDir beside = model.absoluteDir();
        candidates.push_back({beside.absolutePath(), TokenizerSource::NextToCheckpoint});
        for (const char* sub : kSubfolders)
            candidates.push_back(
                {beside.filePath(QLatin1String(sub)), TokenizerSource::NextToCheckpoint});
    }
    for (const QString& folder : modelFolders) {
        const QDir dir(folder);
        candidates.push_back({dir.absolutePath(), TokenizerSource::ModelFolder});
        for (const char* sub : kSubfolders)
            candidates.push_back({dir.filePath(QLatin1String(sub)), TokenizerSource::ModelFolder});
    }
    for (const Candidate& c : candidates) {
        const QString found = vocabularyIn(c.folder);
        if (!found.isEmpty())
            return TokenizerLocation{found, c.source};
        looked << QDir::toNativeSeparators(c.folder);
    }
    return makeError(
        ErrorCode::NotFound,
        DiffusionTr::tr("No CLIP tokenizer found for %1. Get vocab.json and merges.txt from the "
                        "tokenizer folder of openai/clip-vit-large-patch14 (or "
                        "bpe_simple_vocab_16e6.txt.gz from openai/CLIP) and put them in a folder "
                        "named \"tokenizer\" next to the checkpoint or in a model folder, or pass "
                        "--tokenizer DIR. Looked in: %2")
            .arg(QDir::toNativeSeparators(checkpoint), looked.join(QStringLiteral(", "))));
}

} // namespace hires
