#include "core/diffusion/prompt_parser.h"

#include "core/diffusion/clip_text_cleaner.h"
#include "core/diffusion/diffusion_tr_p.h"

#include <QList>

#include <charconv>
#include <optional>

namespace hires {

namespace {

constexpr double kRoundMultiplier = 1.1;
constexpr double kSquareMultiplier = 1 / 1.1;

bool isSpace(uint c)
{
    return ClipTextCleaner::isPythonSpace(c);
}
bool isWordChar(uint c)
{
    return QChar::isLetterOrNumber(c) || c == u'_';
}

QString fromCodePoints(const QList<uint>& cps, qsizetype begin, qsizetype end)
{
    QString out;
    for (qsizetype i = begin; i < end; ++i)
        out.append(QStringView(QChar::fromUcs4(cps[i])));
    return out;
}

// Python's float() of a `[+-]?[.\d]+` match (\d: any Unicode decimal digit).
std::optional<double> parseWeight(const QList<uint>& cps, qsizetype begin, qsizetype end)
{
    std::string ascii;
    for (qsizetype i = begin; i < end; ++i) {
        const uint c = cps[i];
        if (c == u'+' && i == begin)
            continue;
        if (c == u'-' || c == u'.')
            ascii.push_back(char(c));
        else
            ascii.push_back(char('0' + QChar::digitValue(c)));
    }
    double value = 0;
    const auto [ptr, ec] = std::from_chars(ascii.data(), ascii.data() + ascii.size(), value);
    if (ec != std::errc() || ptr != ascii.data() + ascii.size())
        return std::nullopt;
    return value;
}

// Matches ":\s*([+-]?[.\d]+)\s*\)" at `at`; returns the end and the number's span.
std::optional<std::array<qsizetype, 3>> matchWeight(const QList<uint>& cps, qsizetype at)
{
    qsizetype i = at + 1;
    while (i < cps.size() && isSpace(cps[i]))
        ++i;
    const qsizetype numberBegin = i;
    if (i < cps.size() && (cps[i] == u'+' || cps[i] == u'-'))
        ++i;
    const qsizetype digitsBegin = i;
    while (i < cps.size() && (cps[i] == u'.' || QChar::isDigit(cps[i])))
        ++i;
    if (i == digitsBegin)
        return std::nullopt;
    const qsizetype numberEnd = i;
    while (i < cps.size() && isSpace(cps[i]))
        ++i;
    if (i >= cps.size() || cps[i] != u')')
        return std::nullopt;
    return std::array<qsizetype, 3>{i + 1, numberBegin, numberEnd};
}

bool isSyntax(uint c)
{
    return c == u'\\' || c == u'(' || c == u')' || c == u'[' || c == u']' || c == u':';
}

} // namespace

QStringList PromptParser::splitOnBreak(QStringView text)
{
    static constexpr QStringView kBreak = u"BREAK";
    const QList<uint> cps = text.toUcs4();
    QStringList parts;
    qsizetype pieceBegin = 0;
    qsizetype searchFrom = 0;
    for (qsizetype p = 0; p + kBreak.size() <= cps.size(); ++p) {
        bool word = true;
        for (qsizetype k = 0; k < kBreak.size() && word; ++k)
            word = cps[p + k] == kBreak[k].unicode();
        const qsizetype after = p + kBreak.size();
        if (!word || (p > 0 && isWordChar(cps[p - 1])) ||
            (after < cps.size() && isWordChar(cps[after])))
            continue;
        // The match swallows the whitespace on both sides (not before the previous match).
        qsizetype matchBegin = p;
        while (matchBegin > searchFrom && isSpace(cps[matchBegin - 1]))
            --matchBegin;
        qsizetype matchEnd = after;
        while (matchEnd < cps.size() && isSpace(cps[matchEnd]))
            ++matchEnd;
        parts.append(fromCodePoints(cps, pieceBegin, matchBegin));
        pieceBegin = searchFrom = matchEnd;
        p = matchEnd - 1;
    }
    parts.append(fromCodePoints(cps, pieceBegin, cps.size()));
    return parts;
}

Result<std::vector<WeightedText>> PromptParser::parseAttention(QStringView prompt)
{
    std::vector<WeightedText> res;
    std::vector<size_t> roundBrackets;
    std::vector<size_t> squareBrackets;
    auto multiplyRange = [&res](size_t start, double multiplier) {
        for (size_t p = start; p < res.size(); ++p)
            res[p].weight *= multiplier;
    };
    auto appendText = [&res](QStringView text) {
        const QStringList parts = splitOnBreak(text);
        for (qsizetype i = 0; i < parts.size(); ++i) {
            if (i > 0)
                res.push_back({QStringLiteral("BREAK"), -1.0});
            res.push_back({parts[i], 1.0});
        }
    };

    // One pass of A1111's re_attention alternatives, in their order.
    const QList<uint> cps = prompt.toUcs4();
    qsizetype i = 0;
    while (i < cps.size()) {
        const uint c = cps[i];
        if (c == u'\\') {
            const bool escaped = i + 1 < cps.size() &&
                                 (cps[i + 1] == u'(' || cps[i + 1] == u')' || cps[i + 1] == u'[' ||
                                  cps[i + 1] == u']' || cps[i + 1] == u'\\');
            // "\x" for any other x drops the lone backslash, as A1111 does.
            res.push_back({escaped ? fromCodePoints(cps, i + 1, i + 2) : QString(), 1.0});
            i += escaped ? 2 : 1;
        } else if (c == u'(') {
            roundBrackets.push_back(res.size());
            ++i;
        } else if (c == u'[') {
            squareBrackets.push_back(res.size());
            ++i;
        } else if (c == u':') {
            const auto weight = matchWeight(cps, i);
            if (weight && !roundBrackets.empty()) {
                const std::optional<double> value = parseWeight(cps, (*weight)[1], (*weight)[2]);
                if (!value)
                    return makeError(ErrorCode::InvalidArgument,
                                     DiffusionTr::tr("The prompt weight '%1' is not a number")
                                         .arg(fromCodePoints(cps, (*weight)[1], (*weight)[2])));
                multiplyRange(roundBrackets.back(), *value);
                roundBrackets.pop_back();
                i = (*weight)[0];
            } else {
                const qsizetype end = weight ? (*weight)[0] : i + 1;
                appendText(fromCodePoints(cps, i, end));
                i = end;
            }
        } else if (c == u')' && !roundBrackets.empty()) {
            multiplyRange(roundBrackets.back(), kRoundMultiplier);
            roundBrackets.pop_back();
            ++i;
        } else if (c == u']' && !squareBrackets.empty()) {
            multiplyRange(squareBrackets.back(), kSquareMultiplier);
            squareBrackets.pop_back();
            ++i;
        } else if (c == u')' || c == u']') {
            appendText(fromCodePoints(cps, i, i + 1));
            ++i;
        } else {
            qsizetype end = i + 1;
            while (end < cps.size() && !isSyntax(cps[end]))
                ++end;
            appendText(fromCodePoints(cps, i, end));
            i = end;
        }
    }
    for (size_t position : roundBrackets)
        multiplyRange(position, kRoundMultiplier);
    for (size_t position : squareBrackets)
        multiplyRange(position, kSquareMultiplier);
    if (res.empty())
        res.push_back({QString(), 1.0});

    for (size_t k = 0; k + 1 < res.size();) {
        if (res[k].weight == res[k + 1].weight) {
            res[k].text += res[k + 1].text;
            res.erase(res.begin() + qsizetype(k) + 1);
        } else {
            ++k;
        }
    }
    return res;
}

} // namespace hires
