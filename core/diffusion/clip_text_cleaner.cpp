#include "core/diffusion/clip_text_cleaner.h"

#include "core/diffusion/html_entities.h"

#include <QList>

namespace hires {

namespace {

// ftfy's remove_control_chars set (tab, newlines and form feed stay: they
// are whitespace and get collapsed later).
bool isRemovedControl(char32_t c)
{
    return c <= 0x08 || c == 0x0B || (c >= 0x0E && c <= 0x1F) || c == 0x7F ||
           (c >= 0x206A && c <= 0x206F) || c == 0xFEFF || (c >= 0xFFF9 && c <= 0xFFFC) ||
           (c >= 0x1D173 && c <= 0x1D17A) || (c >= 0xE0000 && c <= 0xE007F);
}

// ftfy's LIGATURES map: single-character Latin ligatures, split.
const char16_t* ligatureExpansion(char32_t c)
{
    switch (c) {
    case 0x0132:
        return u"IJ";
    case 0x0133:
        return u"ij";
    case 0xFB00:
        return u"ff";
    case 0xFB01:
        return u"fi";
    case 0xFB02:
        return u"fl";
    case 0xFB03:
        return u"ffi";
    case 0xFB04:
        return u"ffl";
    case 0xFB05:
        return u"\u017Ft";
    case 0xFB06:
        return u"st";
    default:
        return nullptr;
    }
}

void appendCodePoint(QString& out, char32_t c)
{
    out.append(QStringView(QChar::fromUcs4(c)));
}

bool isCased(char32_t c)
{
    return QChar::isLower(c) || QChar::isUpper(c) || QChar::isTitleCase(c);
}

// Unicode Case_Ignorable: marks, format characters, modifier letters and
// symbols, and the word-internal punctuation of Word_Break MidLetter /
// MidNumLet / Single_Quote.
bool isCaseIgnorable(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format:
    case QChar::Letter_Modifier:
    case QChar::Symbol_Modifier:
        return true;
    default:
        break;
    }
    switch (c) {
    case 0x0027:
    case 0x002E:
    case 0x003A:
    case 0x00B7:
    case 0x0387:
    case 0x055F:
    case 0x05F4:
    case 0x2018:
    case 0x2019:
    case 0x2024:
    case 0x2027:
    case 0xFE13:
    case 0xFE52:
    case 0xFE55:
    case 0xFF07:
    case 0xFF0E:
    case 0xFF1A:
        return true;
    default:
        return false;
    }
}

// Python's handle_capital_sigma: Σ becomes ς when a cased letter precedes it
// (skipping case-ignorables) and none follows it.
bool isFinalSigma(const QList<uint>& cps, qsizetype i)
{
    qsizetype j = i - 1;
    while (j >= 0 && isCaseIgnorable(cps[j]))
        --j;
    if (j < 0 || !isCased(cps[j]))
        return false;
    j = i + 1;
    while (j < cps.size() && isCaseIgnorable(cps[j]))
        ++j;
    return j == cps.size() || !isCased(cps[j]);
}

} // namespace

bool ClipTextCleaner::isPythonSpace(char32_t c)
{
    // Python also counts the information separators U+001C..U+001F.
    return QChar::isSpace(c) || (c >= 0x1C && c <= 0x1F);
}

QString ClipTextCleaner::fixText(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const char32_t c : text.toUcs4()) {
        if (isRemovedControl(c))
            continue;
        if (const char16_t* expansion = ligatureExpansion(c)) {
            out.append(QString::fromUtf16(expansion));
        } else if (c == 0x3000) {
            out.append(u' ');
        } else if (c >= 0xFF01 && c <= 0xFFEF) {
            // Half/full-width forms: their compatibility (NFKC) form.
            QString one;
            appendCodePoint(one, c);
            out.append(one.normalized(QString::NormalizationForm_KC));
        } else if (c >= 0x2018 && c <= 0x201B) {
            out.append(u'\'');
        } else if (c >= 0x201C && c <= 0x201F) {
            out.append(u'"');
        } else {
            appendCodePoint(out, c);
        }
    }
    return out.normalized(QString::NormalizationForm_C);
}

QString ClipTextCleaner::lower(QStringView text)
{
    constexpr char16_t kCapitalSigma = 0x03A3;
    if (!text.contains(QChar(kCapitalSigma)))
        return text.toString().toLower();
    const QList<uint> cps = text.toUcs4();
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < cps.size(); ++i) {
        if (cps[i] == kCapitalSigma) {
            out.append(QChar(isFinalSigma(cps, i) ? char16_t(0x03C2) : char16_t(0x03C3)));
        } else {
            QString one;
            appendCodePoint(one, cps[i]);
            out.append(one.toLower());
        }
    }
    return out;
}

QString ClipTextCleaner::clean(QStringView text)
{
    const QString fixed = fixText(text);
    const QString unescaped = HtmlEntities::unescape(HtmlEntities::unescape(fixed));

    // Collapse every run of whitespace to one space and strip both ends.
    QString collapsed;
    collapsed.reserve(unescaped.size());
    bool pendingSpace = false;
    for (const char32_t c : unescaped.toUcs4()) {
        if (isPythonSpace(c)) {
            pendingSpace = !collapsed.isEmpty();
            continue;
        }
        if (pendingSpace)
            collapsed.append(u' ');
        pendingSpace = false;
        appendCodePoint(collapsed, c);
    }
    return lower(collapsed);
}

} // namespace hires
