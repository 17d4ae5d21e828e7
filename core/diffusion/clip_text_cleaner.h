// Text cleaning in front of the CLIP tokeniser (openai/CLIP
// simple_tokenizer: basic_clean, whitespace_clean, lower()).
//
// Contract: pure functions, thread-safe.
//
// CLIP runs ftfy.fix_text first. ftfy is a Python library whose main job,
// repairing mojibake, rests on large statistical tables; we do not carry it.
// Instead we apply ftfy's character-level fixes, which are exact maps:
// Latin ligatures (ﬁ -> fi), half/full-width forms (Ａ -> A, U+3000 -> space),
// curly quotes (’ -> ', “ -> "), removal of control characters, and NFC
// normalisation. Text that ftfy would re-decode as mojibake ("Ã©" -> "é") is
// tokenised as written.
#pragma once

#include <QString>
#include <QStringView>

namespace hires {

class ClipTextCleaner
{
public:
    // The whole chain: ftfy subset, html unescape twice, strip, collapse
    // whitespace to one space, strip, lower-case (with Greek final sigma).
    static QString clean(QStringView text);

    // ftfy.fix_text's character-level fixes (see above), ending with NFC.
    static QString fixText(QStringView text);

    // Python's str.lower(): full Unicode lower-casing including the
    // context-dependent final sigma (ΟΔΟΣ -> οδος).
    static QString lower(QStringView text);

    // Python's str.isspace() for one code point.
    static bool isPythonSpace(char32_t c);
};

} // namespace hires
