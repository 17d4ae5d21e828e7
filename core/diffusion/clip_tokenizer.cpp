#include "core/diffusion/clip_tokenizer.h"

#include "core/diffusion/clip_text_cleaner.h"
#include "core/diffusion/diffusion_tr_p.h"

#include <QHash>
#include <QList>

#include <algorithm>
#include <array>
#include <limits>
#include <mutex>
#include <unordered_map>

namespace hires {

namespace {

struct MergeEntry
{
    int rank;
    int merged; // id of the joined symbol
};

uint64_t pairKey(int first, int second)
{
    return (uint64_t(uint32_t(first)) << 32) | uint32_t(second);
}

// Case-insensitive as PCRE2/regex compare ASCII letters: also 'ſ' for 's'.
bool equalsCaseless(uint c, char16_t lowerTarget)
{
    if (c == lowerTarget)
        return true;
    if (lowerTarget >= u'a' && lowerTarget <= u'z' && c == uint(lowerTarget - u'a' + u'A'))
        return true;
    return lowerTarget == u's' && c == 0x017F;
}

bool matchesAt(const QList<uint>& cps, qsizetype at, QStringView literal)
{
    if (at + literal.size() > cps.size())
        return false;
    for (qsizetype k = 0; k < literal.size(); ++k)
        if (!equalsCaseless(cps[at + k], literal[k].unicode()))
            return false;
    return true;
}

bool isSeparator(uint c)
{
    return ClipTextCleaner::isPythonSpace(c);
}
bool isLetter(uint c)
{
    return QChar::isLetter(c);
}
bool isNumber(uint c)
{
    return QChar::isNumber(c);
}

constexpr size_t kMaxCachedWords = 100000;

} // namespace

struct ClipTokenizer::Tables
{
    QHash<QString, int> encoder;
    std::array<int, 256> byteIds{};
    std::array<int, 256> byteEndIds{};
    std::unordered_map<uint64_t, MergeEntry> merges;
    int bos = 0;
    int eos = 0;
    int size = 0;
    QString source;

    std::mutex cacheMutex;
    QHash<QString, std::vector<int>> cache;
};

ClipTokenizer::ClipTokenizer(std::shared_ptr<Tables> tables)
    : m_tables(std::move(tables))
{}

Result<ClipTokenizer> ClipTokenizer::load(const QString& path)
{
    Result<ClipVocabulary> vocabulary = ClipVocabulary::load(path);
    if (!vocabulary)
        return vocabulary.error();
    return fromVocabulary(*vocabulary);
}

Result<ClipTokenizer> ClipTokenizer::fromVocabulary(const ClipVocabulary& vocabulary)
{
    auto tables = std::make_shared<Tables>();
    tables->encoder = vocabulary.encoder;
    tables->source = vocabulary.source;
    for (int id : std::as_const(tables->encoder))
        tables->size = std::max(tables->size, id + 1);

    const auto& symbols = ClipVocabulary::byteToUnicode();
    for (int b = 0; b < 256; ++b) {
        const QString symbol = QString::fromUcs4(&symbols[b], 1);
        const int id = tables->encoder.value(symbol, -1);
        const int endId = tables->encoder.value(symbol + QStringLiteral("</w>"), -1);
        if (id < 0 || endId < 0)
            return makeError(ErrorCode::CorruptData,
                             DiffusionTr::tr("%1: the vocabulary lacks the byte symbol '%2'")
                                 .arg(vocabulary.source, symbol));
        tables->byteIds[b] = id;
        tables->byteEndIds[b] = endId;
    }
    tables->bos = tables->encoder.value(ClipVocabulary::kStartOfText, -1);
    tables->eos = tables->encoder.value(ClipVocabulary::kEndOfText, -1);
    if (tables->bos < 0 || tables->eos < 0)
        return makeError(
            ErrorCode::CorruptData,
            DiffusionTr::tr("%1: the vocabulary lacks <|startoftext|> or <|endoftext|>")
                .arg(vocabulary.source));

    for (const ClipVocabulary::Merge& merge : vocabulary.merges) {
        const int first = tables->encoder.value(merge.first, -1);
        const int second = tables->encoder.value(merge.second, -1);
        if (first < 0 || second < 0)
            continue; // a symbol no word can contain: the merge can never apply
        const int merged = tables->encoder.value(merge.first + merge.second, -1);
        if (merged < 0)
            return makeError(
                ErrorCode::CorruptData,
                DiffusionTr::tr("%1: the merge '%2 %3' makes a token that is not in the vocabulary")
                    .arg(vocabulary.source, merge.first, merge.second));
        tables->merges.insert_or_assign(pairKey(first, second), MergeEntry{merge.rank, merged});
    }
    return ClipTokenizer(std::move(tables));
}

QStringList ClipTokenizer::splitWords(QStringView cleanedText)
{
    static constexpr QStringView kSpecials[] = {u"<|startoftext|>", u"<|endoftext|>"};
    static constexpr QStringView kContractions[] = {u"'s", u"'t",  u"'re", u"'ve",
                                                    u"'m", u"'ll", u"'d"};

    const QList<uint> cps = cleanedText.toUcs4();
    QStringList words;
    qsizetype i = 0;
    auto take = [&](qsizetype length) {
        QString word;
        for (qsizetype k = i; k < i + length; ++k)
            word.append(QStringView(QChar::fromUcs4(cps[k])));
        words.append(word);
        i += length;
    };
    while (i < cps.size()) {
        const uint c = cps[i];
        qsizetype literal = 0;
        for (QStringView special : kSpecials)
            if (literal == 0 && matchesAt(cps, i, special))
                literal = special.size();
        for (QStringView contraction : kContractions)
            if (literal == 0 && matchesAt(cps, i, contraction))
                literal = contraction.size();
        if (literal > 0) {
            take(literal);
        } else if (isLetter(c)) {
            qsizetype end = i + 1;
            while (end < cps.size() && isLetter(cps[end]))
                ++end;
            take(end - i);
        } else if (isNumber(c)) {
            take(1);
        } else if (isSeparator(c)) {
            ++i;
        } else {
            qsizetype end = i + 1;
            while (end < cps.size() && !isSeparator(cps[end]) && !isLetter(cps[end]) &&
                   !isNumber(cps[end]))
                ++end;
            take(end - i);
        }
    }
    return words;
}

std::vector<int> ClipTokenizer::bpe(const QString& word) const
{
    Tables& t = *m_tables;
    if (word == ClipVocabulary::kStartOfText)
        return {t.bos};
    if (word == ClipVocabulary::kEndOfText)
        return {t.eos};
    {
        std::lock_guard lock(t.cacheMutex);
        const auto cached = t.cache.constFind(word);
        if (cached != t.cache.constEnd())
            return *cached;
    }

    const QByteArray bytes = word.toUtf8();
    std::vector<int> symbols;
    symbols.reserve(size_t(bytes.size()));
    for (qsizetype k = 0; k < bytes.size(); ++k) {
        const auto b = uchar(bytes[k]);
        symbols.push_back(k + 1 < bytes.size() ? t.byteIds[b] : t.byteEndIds[b]);
    }

    // Merge the lowest-ranked adjacent pair everywhere, until none is known.
    std::vector<int> next;
    while (symbols.size() > 1) {
        int bestRank = std::numeric_limits<int>::max();
        const MergeEntry* best = nullptr;
        int bestFirst = 0;
        int bestSecond = 0;
        for (size_t k = 0; k + 1 < symbols.size(); ++k) {
            const auto found = t.merges.find(pairKey(symbols[k], symbols[k + 1]));
            if (found != t.merges.end() && found->second.rank < bestRank) {
                bestRank = found->second.rank;
                best = &found->second;
                bestFirst = symbols[k];
                bestSecond = symbols[k + 1];
            }
        }
        if (best == nullptr)
            break;
        next.clear();
        for (size_t k = 0; k < symbols.size(); ++k) {
            if (k + 1 < symbols.size() && symbols[k] == bestFirst && symbols[k + 1] == bestSecond) {
                next.push_back(best->merged);
                ++k;
            } else {
                next.push_back(symbols[k]);
            }
        }
        symbols.swap(next);
    }

    std::lock_guard lock(t.cacheMutex);
    if (size_t(t.cache.size()) >= kMaxCachedWords)
        t.cache.clear();
    t.cache.insert(word, symbols);
    return symbols;
}

std::vector<int> ClipTokenizer::encode(QStringView text) const
{
    std::vector<int> ids;
    for (const QString& word : splitWords(ClipTextCleaner::clean(text))) {
        const std::vector<int> pieces = bpe(word);
        ids.insert(ids.end(), pieces.begin(), pieces.end());
    }
    return ids;
}

std::vector<int> ClipTokenizer::encodeWindow(QStringView text, int padId) const
{
    const std::vector<int> ids = encode(text);
    std::vector<int> window;
    window.reserve(kContextLength);
    window.push_back(bosId());
    window.insert(window.end(), ids.begin(),
                  ids.begin() + std::min<size_t>(ids.size(), kWindowTokens));
    window.push_back(eosId());
    window.resize(kContextLength, padId);
    return window;
}

int ClipTokenizer::bosId() const
{
    return m_tables->bos;
}
int ClipTokenizer::eosId() const
{
    return m_tables->eos;
}
int ClipTokenizer::vocabularySize() const
{
    return m_tables->size;
}
QString ClipTokenizer::source() const
{
    return m_tables->source;
}

std::optional<int> ClipTokenizer::tokenId(const QString& token) const
{
    const auto it = m_tables->encoder.constFind(token);
    if (it == m_tables->encoder.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace hires
