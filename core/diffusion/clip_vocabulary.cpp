#include "core/diffusion/clip_vocabulary.h"

#include "core/diffusion/clip_text_cleaner.h"
#include "core/diffusion/diffusion_tr_p.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QStringDecoder>

#include <zlib.h>

namespace hires {

namespace {

Result<QByteArray> readCapped(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::NotFound,
                         DiffusionTr::tr("%1: the file does not exist").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::PermissionDenied,
            DiffusionTr::tr("%1: cannot open the file: %2").arg(path, file.errorString()));
    if (file.size() > ClipVocabulary::kMaxFileBytes)
        return makeError(ErrorCode::TooLarge,
                         DiffusionTr::tr("%1: %2 bytes is too large for a tokenizer file")
                             .arg(path)
                             .arg(file.size()));
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return makeError(ErrorCode::IoError,
                         DiffusionTr::tr("%1: reading failed: %2").arg(path, file.errorString()));
    return bytes;
}

Result<QByteArray> gunzip(const QByteArray& compressed, const QString& path)
{
    z_stream stream{};
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK)
        return makeError(ErrorCode::Internal,
                         DiffusionTr::tr("%1: zlib could not start").arg(path));
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.constData()));
    stream.avail_in = static_cast<uInt>(compressed.size());
    QByteArray out;
    int status = Z_OK;
    char buffer[1 << 16];
    while (status != Z_STREAM_END) {
        stream.next_out = reinterpret_cast<Bytef*>(buffer);
        stream.avail_out = sizeof(buffer);
        status = inflate(&stream, Z_NO_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END) {
            inflateEnd(&stream);
            return makeError(
                ErrorCode::CorruptData,
                DiffusionTr::tr("%1: the gzip data is damaged or truncated").arg(path));
        }
        out.append(buffer, static_cast<qsizetype>(sizeof(buffer) - stream.avail_out));
        if (out.size() > ClipVocabulary::kMaxFileBytes) {
            inflateEnd(&stream);
            return makeError(ErrorCode::TooLarge,
                             DiffusionTr::tr("%1: decompresses to more than %2 bytes")
                                 .arg(path)
                                 .arg(ClipVocabulary::kMaxFileBytes));
        }
    }
    inflateEnd(&stream);
    return out;
}

Result<QString> decodeUtf8(QByteArrayView bytes, const QString& path)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError())
        return makeError(ErrorCode::CorruptData,
                         DiffusionTr::tr("%1: the text is not valid UTF-8").arg(path));
    return text;
}

// Python's str.split() with no separator: runs of whitespace separate parts.
QStringList splitOnWhitespace(QStringView line)
{
    QStringList parts;
    QString current;
    for (const char32_t c : line.toUcs4()) {
        if (ClipTextCleaner::isPythonSpace(c)) {
            if (!current.isEmpty())
                parts.append(std::exchange(current, QString()));
            continue;
        }
        current.append(QStringView(QChar::fromUcs4(c)));
    }
    if (!current.isEmpty())
        parts.append(current);
    return parts;
}

// Lines [1, 1 + kMaxMerges) of `text` split on '\n', each split on
// whitespace. A line that is not two symbols is kept (it still takes an id in
// the openai layout) but can never merge.
std::vector<QStringList> mergeLines(QStringView text)
{
    std::vector<QStringList> lines;
    qsizetype lineIndex = 0;
    for (QStringView line : text.tokenize(u'\n')) {
        if (lineIndex++ == 0)
            continue;
        if (lines.size() == size_t(ClipVocabulary::kMaxMerges))
            break;
        lines.push_back(splitOnWhitespace(line));
    }
    return lines;
}

void addMerges(ClipVocabulary& vocab, const std::vector<QStringList>& lines)
{
    for (size_t rank = 0; rank < lines.size(); ++rank) {
        if (lines[rank].size() == 2)
            vocab.merges.push_back({lines[rank][0], lines[rank][1], int(rank)});
    }
}

QString strippedPython(QStringView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && ClipTextCleaner::isPythonSpace(text[begin].unicode()))
        ++begin;
    while (end > begin && ClipTextCleaner::isPythonSpace(text[end - 1].unicode()))
        --end;
    return text.mid(begin, end - begin).toString();
}

} // namespace

const std::array<unsigned char, 256>& ClipVocabulary::bytesInVocabularyOrder()
{
    static const std::array<unsigned char, 256> order = [] {
        std::array<unsigned char, 256> bytes{};
        std::array<bool, 256> printable{};
        for (int b = '!'; b <= '~'; ++b)
            printable[b] = true;
        for (int b = 0xA1; b <= 0xAC; ++b)
            printable[b] = true;
        for (int b = 0xAE; b <= 0xFF; ++b)
            printable[b] = true;
        size_t n = 0;
        for (int b = 0; b < 256; ++b)
            if (printable[b])
                bytes[n++] = static_cast<unsigned char>(b);
        for (int b = 0; b < 256; ++b)
            if (!printable[b])
                bytes[n++] = static_cast<unsigned char>(b);
        return bytes;
    }();
    return order;
}

const std::array<char32_t, 256>& ClipVocabulary::byteToUnicode()
{
    static const std::array<char32_t, 256> map = [] {
        std::array<char32_t, 256> symbols{};
        const auto& order = bytesInVocabularyOrder();
        // Printable bytes stand for themselves; the other 68 take U+0100 on,
        // in increasing byte order (they come last in `order`).
        char32_t next = 256;
        for (unsigned char b : order) {
            const bool printable = (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || b >= 0xAE;
            symbols[b] = printable ? char32_t(b) : next++;
        }
        return symbols;
    }();
    return map;
}

Result<ClipVocabulary> ClipVocabulary::fromOpenAiText(QByteArrayView bytes, const QString& source)
{
    Result<QString> text = decodeUtf8(bytes, source);
    if (!text)
        return text.error();
    const std::vector<QStringList> lines = mergeLines(*text);

    ClipVocabulary vocab;
    vocab.source = source;
    int id = 0;
    const auto& order = bytesInVocabularyOrder();
    const auto& symbols = byteToUnicode();
    for (unsigned char b : order)
        vocab.encoder.insert(QString::fromUcs4(&symbols[b], 1), id++);
    for (unsigned char b : order)
        vocab.encoder.insert(QString::fromUcs4(&symbols[b], 1) + QStringLiteral("</w>"), id++);
    for (const QStringList& parts : lines)
        vocab.encoder.insert(parts.join(QString()), id++);
    vocab.encoder.insert(kStartOfText, id++);
    vocab.encoder.insert(kEndOfText, id++);
    addMerges(vocab, lines);
    return vocab;
}

Result<ClipVocabulary> ClipVocabulary::fromHuggingFace(QByteArrayView vocabJson,
                                                       QByteArrayView mergesText,
                                                       const QString& source)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(vocabJson.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(ErrorCode::CorruptData,
                         DiffusionTr::tr("%1/vocab.json: not a JSON object (%2)")
                             .arg(source, parseError.errorString()));
    ClipVocabulary vocab;
    vocab.source = source;
    const QJsonObject object = doc.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const double value = it.value().toDouble(-1.0);
        if (!it.value().isDouble() || value < 0 || value > 1e7 || value != double(int(value)))
            return makeError(ErrorCode::CorruptData,
                             DiffusionTr::tr("%1/vocab.json: the id of '%2' is not a token id")
                                 .arg(source, it.key()));
        vocab.encoder.insert(it.key(), int(value));
    }
    Result<QString> merges = decodeUtf8(mergesText, source + QStringLiteral("/merges.txt"));
    if (!merges)
        return merges.error();
    // transformers reads merges.txt in text mode (universal newlines) and strips it.
    QString normalised = strippedPython(*merges);
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    addMerges(vocab, mergeLines(normalised));

    const auto& symbols = byteToUnicode();
    for (char32_t symbol : symbols) {
        const QString s = QString::fromUcs4(&symbol, 1);
        if (!vocab.encoder.contains(s) || !vocab.encoder.contains(s + QStringLiteral("</w>")))
            return makeError(
                ErrorCode::CorruptData,
                DiffusionTr::tr("%1/vocab.json: the byte symbol '%2' is missing").arg(source, s));
    }
    for (const QString& special : {kStartOfText, kEndOfText})
        if (!vocab.encoder.contains(special))
            return makeError(
                ErrorCode::CorruptData,
                DiffusionTr::tr("%1/vocab.json: '%2' is missing").arg(source, special));
    return vocab;
}

Result<ClipVocabulary> ClipVocabulary::load(const QString& path)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        const QDir dir(path);
        if (dir.exists(QStringLiteral("vocab.json")) && dir.exists(QStringLiteral("merges.txt"))) {
            Result<QByteArray> json = readCapped(dir.filePath(QStringLiteral("vocab.json")));
            if (!json)
                return json.error();
            Result<QByteArray> merges = readCapped(dir.filePath(QStringLiteral("merges.txt")));
            if (!merges)
                return merges.error();
            return fromHuggingFace(*json, *merges, path);
        }
        for (const char* name : {"bpe_simple_vocab_16e6.txt.gz", "bpe_simple_vocab_16e6.txt"})
            if (dir.exists(QString::fromLatin1(name)))
                return load(dir.filePath(QString::fromLatin1(name)));
        return makeError(
            ErrorCode::NotFound,
            DiffusionTr::tr("%1: no tokenizer here (expected vocab.json and merges.txt, or "
                            "bpe_simple_vocab_16e6.txt.gz)")
                .arg(path));
    }
    Result<QByteArray> bytes = readCapped(path);
    if (!bytes)
        return bytes.error();
    const bool gzipped =
        bytes->size() >= 2 && uchar(bytes->at(0)) == 0x1F && uchar(bytes->at(1)) == 0x8B;
    if (!gzipped)
        return fromOpenAiText(*bytes, path);
    Result<QByteArray> text = gunzip(*bytes, path);
    if (!text)
        return text.error();
    return fromOpenAiText(*text, path);
}

} // namespace hires
