// CLIP's byte-level BPE tokeniser (openai/CLIP simple_tokenizer; the same
// ids as transformers' CLIPTokenizer), for the text encoders of SD1 (CLIP-L)
// and SDXL (CLIP-L and OpenCLIP bigG share the vocabulary).
//
// Contract: an immutable value; copies share the tables. encode() is const
// and thread-safe (the word cache is guarded). Text is cleaned by
// ClipTextCleaner (see there for what stands in for ftfy), split like CLIP's
// regex, mapped to byte symbols and merged by rank.
#pragma once

#include "core/base/result.h"
#include "core/diffusion/clip_vocabulary.h"

#include <QString>
#include <QStringView>

#include <memory>
#include <optional>
#include <vector>

namespace hires {

class ClipTokenizer
{
public:
    static constexpr int kContextLength = 77; // BOS + 75 tokens + EOS
    static constexpr int kWindowTokens = kContextLength - 2;
    // Padding after EOS: CLIP-L (SD1, SDXL encoder 0) pads with EOS,
    // OpenCLIP bigG (SDXL encoder 1) with 0.
    static constexpr int kClipLPadId = 49407;
    static constexpr int kOpenClipPadId = 0;

    // See ClipVocabulary::load for the accepted layouts.
    static Result<ClipTokenizer> load(const QString& path);
    static Result<ClipTokenizer> fromVocabulary(const ClipVocabulary& vocabulary);

    // Token ids of `text`, without BOS/EOS and without a length limit.
    std::vector<int> encode(QStringView text) const;

    // One 77-id window: BOS, the first 75 ids of `text`, EOS, then `padId`.
    std::vector<int> encodeWindow(QStringView text, int padId) const;

    int bosId() const;
    int eosId() const;
    int vocabularySize() const;
    // The id of a vocabulary entry, e.g. ",</w>"; nullopt when absent.
    std::optional<int> tokenId(const QString& token) const;
    QString source() const;

    // CLIP's pre-tokenisation of already cleaned text: specials, 's 't 're
    // 've 'm 'll 'd, letter runs, single digits, runs of anything else;
    // spaces separate and vanish.
    static QStringList splitWords(QStringView cleanedText);

private:
    struct Tables;
    explicit ClipTokenizer(std::shared_ptr<Tables> tables);
    std::vector<int> bpe(const QString& word) const;

    std::shared_ptr<Tables> m_tables;
};

} // namespace hires
