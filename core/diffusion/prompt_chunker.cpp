#include "core/diffusion/prompt_chunker.h"

#include <algorithm>
#include <optional>

namespace hires {

namespace {

// The chunk being filled and the bookkeeping of A1111's next_chunk().
class ChunkBuilder
{
public:
    ChunkBuilder(int bos, int eos)
        : m_bos(bos)
        , m_eos(eos)
    {}

    std::vector<int> tokens;
    std::vector<double> multipliers;
    int lastComma = -1;

    void close(bool isLast)
    {
        m_result.tokenCount += isLast ? int(tokens.size()) : PromptChunker::kChunkTokens;
        const int missing = PromptChunker::kChunkTokens - int(tokens.size());
        if (missing > 0) {
            tokens.insert(tokens.end(), size_t(missing), m_eos);
            multipliers.insert(multipliers.end(), size_t(missing), 1.0);
        }
        PromptChunk chunk;
        chunk.ids.reserve(tokens.size() + 2);
        chunk.ids.push_back(m_bos);
        chunk.ids.insert(chunk.ids.end(), tokens.begin(), tokens.end());
        chunk.ids.push_back(m_eos);
        chunk.multipliers.reserve(multipliers.size() + 2);
        chunk.multipliers.push_back(1.0);
        chunk.multipliers.insert(chunk.multipliers.end(), multipliers.begin(), multipliers.end());
        chunk.multipliers.push_back(1.0);
        m_result.chunks.push_back(std::move(chunk));
        tokens.clear();
        multipliers.clear();
        lastComma = -1;
    }

    ChunkedPrompt& result() { return m_result; }

private:
    int m_bos;
    int m_eos;
    ChunkedPrompt m_result;
};

} // namespace

PromptChunker::PromptChunker(ClipTokenizer tokenizer, int padId, int commaBacktrack)
    : m_tokenizer(std::move(tokenizer))
    , m_padId(padId)
    , m_commaBacktrack(commaBacktrack)
{}

Result<ChunkedPrompt> PromptChunker::chunk(QStringView prompt) const
{
    Result<std::vector<WeightedText>> runs = PromptParser::parseAttention(prompt);
    if (!runs)
        return runs.error();
    return chunk(*runs);
}

ChunkedPrompt PromptChunker::chunk(const std::vector<WeightedText>& runs) const
{
    const std::optional<int> comma = m_tokenizer.tokenId(QStringLiteral(",</w>"));
    ChunkBuilder builder(m_tokenizer.bosId(), m_tokenizer.eosId());

    for (const WeightedText& run : runs) {
        if (run.isBreak()) {
            builder.close(false);
            continue;
        }
        for (const int token : m_tokenizer.encode(run.text)) {
            const int filled = int(builder.tokens.size());
            if (comma && token == *comma) {
                builder.lastComma = filled;
            } else if (m_commaBacktrack != 0 && filled == kChunkTokens && builder.lastComma != -1 &&
                       filled - builder.lastComma <= m_commaBacktrack) {
                // Move what follows the comma into the next chunk.
                const size_t breakAt = size_t(builder.lastComma + 1);
                std::vector<int> movedTokens(builder.tokens.begin() + qsizetype(breakAt),
                                             builder.tokens.end());
                std::vector<double> movedMultipliers(
                    builder.multipliers.begin() + qsizetype(breakAt), builder.multipliers.end());
                builder.tokens.resize(breakAt);
                builder.multipliers.resize(breakAt);
                builder.close(false);
                builder.tokens = std::move(movedTokens);
                builder.multipliers = std::move(movedMultipliers);
            }
            if (int(builder.tokens.size()) == kChunkTokens)
                builder.close(false);
            builder.tokens.push_back(token);
            builder.multipliers.push_back(run.weight);
        }
    }
    if (!builder.tokens.empty() || builder.result().chunks.empty())
        builder.close(true);

    // Encoders that pad with another id than EOS (OpenCLIP: 0) get it after
    // the first EOS of each chunk, as A1111's process_tokens does.
    ChunkedPrompt result = std::move(builder.result());
    const int eos = m_tokenizer.eosId();
    if (m_padId != eos) {
        for (PromptChunk& chunk : result.chunks) {
            const auto firstEos = std::find(chunk.ids.begin(), chunk.ids.end(), eos);
            if (firstEos != chunk.ids.end())
                std::fill(firstEos + 1, chunk.ids.end(), m_padId);
        }
    }
    return result;
}

} // namespace hires
