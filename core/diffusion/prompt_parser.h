// Attention weights in prompts, with AUTOMATIC1111's syntax and semantics
// (modules/prompt_parser.py parse_prompt_attention):
//   (text) x1.1    [text] /1.1    (text:1.3) x1.3    \( \) \[ \] \\ literals
// Brackets left open are applied at the end, runs with equal weights are
// merged, and the word BREAK becomes a marker that starts a new 75-token
// chunk (see PromptChunker).
//
// Contract: pure functions, thread-safe.
#pragma once

#include "core/base/result.h"

#include <QString>
#include <QStringView>

#include <vector>

namespace hires {

struct WeightedText
{
    QString text;
    double weight = 1.0;

    // A1111 marks BREAK as the pair ("BREAK", -1).
    bool isBreak() const { return weight == -1.0 && text == QLatin1String("BREAK"); }
    bool operator==(const WeightedText&) const = default;
};

class PromptParser
{
public:
    // The weighted runs of `prompt`, never empty (an empty prompt is one
    // empty run). Fails only on an unreadable explicit weight such as
    // "(a:1.2.3)", which A1111 also rejects.
    static Result<std::vector<WeightedText>> parseAttention(QStringView prompt);

    // re.split(r"\s*\bBREAK\b\s*", text): the pieces between BREAK words.
    static QStringList splitOnBreak(QStringView text);
};

} // namespace hires
