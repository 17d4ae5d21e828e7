// HTML character references, decoded the way Python's html.unescape does
// (HTML5 rules), for the CLIP tokeniser's text cleaning.
//
// Contract: pure functions, thread-safe. Numeric references follow Python
// exactly (optional ';', Windows-1252 repair of 0x80-0x9F, U+FFFD for
// surrogates and out-of-range values, nothing for forbidden code points).
// Named references cover the HTML 4 set plus &apos; with their HTML5 values,
// and the legacy names that HTML5 accepts without ';' (&amp &copy ...);
// the rarer HTML5-only names (&fjlig; &NotNestedLessLess; ...) are left as
// text.
#pragma once

#include <QString>
#include <QStringView>

namespace hires {

class HtmlEntities
{
public:
    // Replaces every character reference in `text` once (call twice to
    // unescape twice, as CLIP does).
    static QString unescape(QStringView text);

    // The code point of a named reference ("amp" -> U+0026), or 0 when the
    // name is not in the table. `withSemicolon`: whether the reference ended
    // with ';' (names without it only match the legacy set).
    static char32_t lookupName(QStringView name, bool withSemicolon);
};

} // namespace hires
