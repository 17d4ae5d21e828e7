// Long prompts as a list of 77-token chunks, the way AUTOMATIC1111 feeds
// them to CLIP (sd_hijack_clip FrozenCLIPEmbedderWithCustomWordsBase
// tokenize_line): each weighted run is tokenised on its own, tokens fill
// chunks of 75 wrapped in BOS ... EOS and padded; BREAK closes the current
// chunk; when a chunk is full and a comma lies within the last
// `commaBacktrack` tokens, the tokens after that comma move to the next
// chunk. Every token carries its run's multiplier (1.0 for BOS, EOS and
// padding). The encoder later encodes each chunk and concatenates them.
//
// Contract: immutable after construction; chunk() is const and thread-safe.
#pragma once

#include "core/base/result.h"
#include "core/diffusion/clip_tokenizer.h"
#include "core/diffusion/prompt_parser.h"

#include <QStringView>

#include <vector>

namespace hires {

struct PromptChunk
{
    std::vector<int> ids;            // kContextLength ids
    std::vector<double> multipliers; // one per id
};

struct ChunkedPrompt
{
    std::vector<PromptChunk> chunks; // at least one
    int tokenCount = 0;              // A1111's count: 75 per full chunk + the last one's tokens
};

class PromptChunker
{
public:
    static constexpr int kChunkTokens = ClipTokenizer::kWindowTokens;
    static constexpr int kDefaultCommaBacktrack = 20; // A1111 comma_padding_backtrack

    // `padId`: what follows the first EOS in each chunk (ClipTokenizer::kClipLPadId
    // or kOpenClipPadId). `commaBacktrack` 0 turns backtracking off.
    PromptChunker(ClipTokenizer tokenizer, int padId, int commaBacktrack = kDefaultCommaBacktrack);

    // Parses the attention syntax (PromptParser), then chunks.
    Result<ChunkedPrompt> chunk(QStringView prompt) const;
    // Chunks already weighted runs (e.g. {{prompt, 1.0}} to ignore the syntax).
    ChunkedPrompt chunk(const std::vector<WeightedText>& runs) const;

private:
    ClipTokenizer m_tokenizer;
    int m_padId;
    int m_commaBacktrack;
};

} // namespace hires
