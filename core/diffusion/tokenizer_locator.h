// TokenizerLocator: finds the CLIP vocabulary a checkpoint needs. Single-file
// checkpoints carry none, so it is looked for, in this order:
//   1. the folder given by the user (--tokenizer DIR, a GUI setting);
//   2. a diffusers folder's own tokenizer/ (the model is that folder);
//   3. next to the checkpoint: tokenizer/ or bpe_simple_vocab_16e6.txt[.gz]
//      in the checkpoint's folder;
//   4. the model folders: each one's tokenizer/, clip-tokenizer/,
//      clip/ or the vocabulary file at its top.
// A folder qualifies when it holds vocab.json + merges.txt or
// bpe_simple_vocab_16e6.txt[.gz]. The result says where it came from; a miss
// is a NotFound error listing every place looked at and naming the files to
// get (openai/clip-vit-large-patch14 tokenizer: vocab.json and merges.txt).
//
// Contract: blocking file-system look-ups, no reading; pure otherwise;
// thread-safe.
#pragma once

#include "core/base/result.h"

#include <QString>
#include <QStringList>

namespace hires {

enum class TokenizerSource
{
    UserFolder,       // given explicitly
    DiffusersFolder,  // the model's own tokenizer/
    NextToCheckpoint, // beside the checkpoint file
    ModelFolder,      // found in one of the model folders
};

QString tokenizerSourceId(TokenizerSource source); // "user", "diffusers", "checkpoint", "models"

struct TokenizerLocation
{
    QString path; // a folder (vocab.json + merges.txt) or a bpe_simple_vocab file
    TokenizerSource source = TokenizerSource::UserFolder;

    // "tokenizer from /models/tokenizer (model folder)": for people.
    QString describe() const;
};

class TokenizerLocator
{
public:
    // The vocabulary inside `folder` (or `folder` itself when it is a
    // vocabulary file); empty when it holds none.
    static QString vocabularyIn(const QString& folder);

    // `checkpoint`: a single file or a diffusers folder.
    static Result<TokenizerLocation> locate(const QString& checkpoint, const QString& userFolder,
                                            const QStringList& modelFolders);
};

} // namespace hires
