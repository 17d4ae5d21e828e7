// The vocabulary and merge list of CLIP's byte-level BPE, read from either
// layout that checkpoints ship:
//  - openai/CLIP `bpe_simple_vocab_16e6.txt` or `.txt.gz`: a header line,
//    then one merge per line; only lines[1 : 49152-256-2+1] are used and the
//    ids are derived (256 byte symbols, the same with "</w>", one entry per
//    merge, then <|startoftext|> and <|endoftext|>: 49406 and 49407 for the
//    full file, correspondingly lower for a shorter one);
//  - a diffusers/transformers `tokenizer/` folder: vocab.json (token -> id)
//    and merges.txt (same merge lines, same cap).
//
// Contract: value type, no shared state; loading reads the files once and
// never executes anything from them. Files over kMaxFileBytes are refused.
#pragma once

#include "core/base/result.h"

#include <QByteArrayView>
#include <QHash>
#include <QString>

#include <array>
#include <vector>

namespace hires {

struct ClipVocabulary
{
    struct Merge
    {
        QString first;
        QString second;
        int rank = 0; // lower merges first
    };

    QHash<QString, int> encoder; // token -> id (later duplicates win, as in Python)
    std::vector<Merge> merges;   // two-symbol merge lines, in rank order
    QString source;              // the file or folder it came from, for messages

    static constexpr int kMaxMerges = 49152 - 256 - 2; // 48,894
    static constexpr qint64 kMaxFileBytes = 64LL << 20;
    static inline const QString kStartOfText = QStringLiteral("<|startoftext|>");
    static inline const QString kEndOfText = QStringLiteral("<|endoftext|>");

    // `path`: a folder with vocab.json + merges.txt, a folder with
    // bpe_simple_vocab_16e6.txt[.gz], or such a .txt / .txt.gz file.
    static Result<ClipVocabulary> load(const QString& path);

    // The openai layout from the (decompressed) text of the merges file.
    static Result<ClipVocabulary> fromOpenAiText(QByteArrayView text, const QString& source);

    // The transformers layout from the contents of vocab.json and merges.txt.
    static Result<ClipVocabulary> fromHuggingFace(QByteArrayView vocabJson,
                                                  QByteArrayView mergesText, const QString& source);

    // CLIP's bytes_to_unicode(): the printable symbol each byte stands for.
    static const std::array<char32_t, 256>& byteToUnicode();
    // The 256 bytes in vocabulary order (printable ranges first).
    static const std::array<unsigned char, 256>& bytesInVocabularyOrder();
};

} // namespace hires
