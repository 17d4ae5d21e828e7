// Chunking of long prompts as A1111's tokenize_line does it: hand-worked
// cases on a tiny vocabulary, then many prompts against an independent Python
// implementation (tests/python/a1111_prompt_reference.py) on a full-size
// test vocabulary (the real CLIP vocabulary cannot be downloaded here).
#include "core/diffusion/prompt_chunker.h"

#include "support/python_reference.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace hires;

namespace {

// In the hand vocabulary: "hello" = 515, "," = 267, BOS 518, EOS 519.
constexpr int kHello = 515;
constexpr int kComma = 256 + 11;
constexpr int kBos = 518;
constexpr int kEos = 519;

QString repeated(const QString& word, int times)
{
    QStringList words;
    for (int i = 0; i < times; ++i)
        words.append(word);
    return words.join(u' ');
}

// BOS, `body`, then EOS up to 77 ids.
std::vector<int> window(const std::vector<int>& body)
{
    std::vector<int> ids{kBos};
    ids.insert(ids.end(), body.begin(), body.end());
    ids.resize(76, kEos);
    ids.push_back(kEos);
    return ids;
}

std::vector<int> hellos(int n)
{
    return std::vector<int>(size_t(n), kHello);
}

std::vector<int> concat(std::vector<int> a, const std::vector<int>& b)
{
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

} // namespace

class TestPromptChunker : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<ClipTokenizer> m_hand;

    PromptChunker handChunker(int pad = kEos, int backtrack = PromptChunker::kDefaultCommaBacktrack)
    {
        return PromptChunker(*m_hand, pad, backtrack);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile hand(m_dir.filePath(QStringLiteral("hand.txt")));
        QVERIFY(hand.open(QIODevice::WriteOnly));
        hand.write("#version: hand\nh e\nl l\nhe ll\nhell o</w>\no </w>\n");
        hand.close();
        Result<ClipTokenizer> tokenizer = ClipTokenizer::load(hand.fileName());
        QVERIFY2(tokenizer.ok(), test::errorText(tokenizer).constData());
        m_hand = *tokenizer;
        QCOMPARE(m_hand->encode(u"hello,"), (std::vector<int>{kHello, kComma}));

        const test::PythonRun run = test::runPythonReference(
            QStringLiteral("clip_reference.py"), {QStringLiteral("make-vocab"), m_dir.path()},
            "a photograph of an astronaut riding a horse, highly detailed, masterpiece, best "
            "quality, portrait, sunset, cinematic lighting, café 日本語 😀 it's 1234 (red:1.3)");
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    }

    void shortPrompt()
    {
        const ChunkedPrompt result = handChunker().chunk(std::vector<WeightedText>{{"hello", 1.0}});
        QCOMPARE(result.chunks.size(), size_t(1));
        QCOMPARE(result.chunks[0].ids, window({kHello}));
        QCOMPARE(result.chunks[0].multipliers, std::vector<double>(77, 1.0));
        QCOMPARE(result.tokenCount, 1);
    }

    void emptyPromptIsOneEmptyChunk()
    {
        Result<ChunkedPrompt> result = handChunker().chunk(u"");
        QVERIFY(result.ok());
        QCOMPARE(result->chunks.size(), size_t(1));
        QCOMPARE(result->chunks[0].ids, window({}));
        QCOMPARE(result->tokenCount, 0);
    }

    void weightsFollowTokens()
    {
        Result<ChunkedPrompt> result = handChunker().chunk(u"hello (hello:1.5) [hello]");
        QVERIFY(result.ok());
        const std::vector<double>& m = result->chunks[0].multipliers;
        QCOMPARE(m[0], 1.0); // BOS
        QCOMPARE(m[1], 1.0);
        QCOMPARE(m[2], 1.5);
        QCOMPARE(m[3], 1 / 1.1);
        QCOMPARE(m[4], 1.0); // EOS
    }

    void exactly75TokensFitOneChunk()
    {
        Result<ChunkedPrompt> result = handChunker().chunk(repeated(QStringLiteral("hello"), 75));
        QVERIFY(result.ok());
        QCOMPARE(result->chunks.size(), size_t(1));
        QCOMPARE(result->chunks[0].ids, window(hellos(75)));
        QCOMPARE(result->tokenCount, 75);
        Result<ChunkedPrompt> more = handChunker().chunk(repeated(QStringLiteral("hello"), 76));
        QCOMPARE(more->chunks.size(), size_t(2));
        QCOMPARE(more->chunks[1].ids, window(hellos(1)));
        QCOMPARE(more->tokenCount, 76);
    }

    void breakStartsANewChunk()
    {
        Result<ChunkedPrompt> result = handChunker().chunk(u"hello BREAK hello hello");
        QVERIFY(result.ok());
        QCOMPARE(result->chunks.size(), size_t(2));
        QCOMPARE(result->chunks[0].ids, window({kHello}));
        QCOMPARE(result->chunks[1].ids, window(hellos(2)));
        QCOMPARE(result->tokenCount, 75 + 2);
        // A lone BREAK closes one empty chunk and opens nothing after it.
        Result<ChunkedPrompt> alone = handChunker().chunk(u"BREAK");
        QCOMPARE(alone->chunks.size(), size_t(1));
        QCOMPARE(alone->tokenCount, 75);
    }

    void commaBacktracking_data()
    {
        QTest::addColumn<int>("before"); // hellos before the comma
        QTest::addColumn<int>("after");  // (hello:1.5) after it
        QTest::addColumn<int>("backtrack");
        QTest::addColumn<int>("firstChunkHellosAfterComma");
        // 70 + comma + 4 fill the chunk; the 4 move on with their weight.
        QTest::newRow("moves the tail") << 70 << 10 << 20 << 0;
        QTest::newRow("off") << 70 << 10 << 0 << 4;
        // A comma 24 tokens back is beyond the default 20: nothing moves.
        QTest::newRow("comma too far back") << 50 << 40 << 20 << 24;
        QTest::newRow("exactly at the limit") << 55 << 40 << 20 << 0;
        QTest::newRow("custom limit") << 70 << 10 << 3 << 4;
    }

    void commaBacktracking()
    {
        QFETCH(int, before);
        QFETCH(int, after);
        QFETCH(int, backtrack);
        QFETCH(int, firstChunkHellosAfterComma);
        const QString prompt = repeated(QStringLiteral("hello"), before) + QStringLiteral(", (") +
                               repeated(QStringLiteral("hello"), after) + QStringLiteral(":1.5)");
        Result<ChunkedPrompt> result = handChunker(kEos, backtrack).chunk(prompt);
        QVERIFY(result.ok());
        QCOMPARE(result->chunks.size(), size_t(2));
        const int moved = 75 - before - 1 - firstChunkHellosAfterComma;
        const std::vector<int> first =
            concat(concat(hellos(before), {kComma}), hellos(firstChunkHellosAfterComma));
        QCOMPARE(result->chunks[0].ids, window(first));
        QCOMPARE(result->chunks[1].ids, window(hellos(after - firstChunkHellosAfterComma)));
        // The moved tokens keep their 1.5; the padding left behind is 1.0.
        QCOMPARE(result->chunks[1].multipliers[1], 1.5);
        QCOMPARE(result->chunks[0].multipliers[size_t(before) + 2],
                 firstChunkHellosAfterComma > 0 ? 1.5 : 1.0);
        QCOMPARE(result->tokenCount, 75 + after - firstChunkHellosAfterComma);
        QVERIFY(moved >= 0);
    }

    void openClipPadsWithZeroAfterFirstEos()
    {
        Result<ChunkedPrompt> result =
            handChunker(ClipTokenizer::kOpenClipPadId).chunk(u"hello hello");
        QVERIFY(result.ok());
        std::vector<int> expected(77, 0);
        expected[0] = kBos;
        expected[1] = expected[2] = kHello;
        expected[3] = kEos;
        QCOMPARE(result->chunks[0].ids, expected);
        // A literal <|endoftext|> in the prompt is the first EOS: A1111 pads from there.
        Result<ChunkedPrompt> literal =
            handChunker(ClipTokenizer::kOpenClipPadId).chunk(u"hello <|endoftext|> hello");
        QCOMPARE(literal->chunks[0].ids[2], kEos);
        QCOMPARE(literal->chunks[0].ids[3], 0);
    }

    void badWeightIsAnError()
    {
        Result<ChunkedPrompt> result = handChunker().chunk(u"(hello:1..2)");
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::InvalidArgument);
    }

    void matchesReference_data()
    {
        QTest::addColumn<int>("pad");
        QTest::addColumn<int>("backtrack");
        QTest::newRow("clip-l") << ClipTokenizer::kClipLPadId << 20;
        QTest::newRow("openclip") << ClipTokenizer::kOpenClipPadId << 20;
        QTest::newRow("no backtracking") << ClipTokenizer::kClipLPadId << 0;
        QTest::newRow("short backtracking") << ClipTokenizer::kClipLPadId << 4;
    }

    void matchesReference()
    {
        QFETCH(int, pad);
        QFETCH(int, backtrack);
        const QString vocab = m_dir.filePath(QStringLiteral("full.txt.gz"));
        Result<ClipTokenizer> tokenizer = ClipTokenizer::load(vocab);
        QVERIFY2(tokenizer.ok(), test::errorText(tokenizer).constData());
        const PromptChunker chunker(*tokenizer, pad, backtrack);

        QStringList prompts = {
            "",
            "a cat",
            "(a cat:1.3), [dog], ((bird))",
            "a BREAK b",
            "BREAK",
            "BREAK BREAK x",
            "(a BREAK b)",
            "x <|endoftext|> y",
            "(unclosed, [also",
            "\\(escaped\\) \\\\ \\x",
            "café, 日本語, 😀, it's (1234:0.5)",
            "masterpiece,BREAK,best quality",
        };
        // Long prompts with commas at every distance from the chunk edge.
        QStringList words = {"astronaut", "riding",     "a",  "horse",  "highly",
                             "detailed",  "photograph", "of", "sunset", "portrait"};
        for (int period = 1; period <= 30; period += 3) {
            QString prompt;
            for (int i = 0; i < 200; ++i)
                prompt += words[i % words.size()] +
                          ((i % period == period - 1) ? QStringLiteral(", ") : QStringLiteral(" "));
            prompts.append(prompt);
            prompts.append(QStringLiteral("(") + prompt.left(prompt.size() / 2) +
                           QStringLiteral(":1.2) BREAK [") + prompt.mid(prompt.size() / 2) +
                           QStringLiteral("]"));
        }

        QJsonObject spec;
        spec.insert(QStringLiteral("vocab"), vocab);
        spec.insert(QStringLiteral("pad"), pad);
        spec.insert(QStringLiteral("backtrack"), backtrack);
        spec.insert(QStringLiteral("prompts"), QJsonArray::fromStringList(prompts));
        const test::PythonRun run = test::runPythonReference(
            QStringLiteral("a1111_prompt_reference.py"), {}, QJsonDocument(spec).toJson());
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        const QJsonArray reference = QJsonDocument::fromJson(run.output).array();
        QCOMPARE(reference.size(), prompts.size());

        for (qsizetype i = 0; i < prompts.size(); ++i) {
            const QByteArray what =
                QStringLiteral("prompt %1: %2").arg(i).arg(prompts[i].left(50)).toUtf8();
            const QJsonObject expected = reference[i].toObject();
            Result<ChunkedPrompt> result = chunker.chunk(prompts[i]);
            QVERIFY2(result.ok(), what.constData());
            QVERIFY2(result->tokenCount == expected.value(QStringLiteral("token_count")).toInt(),
                     what.constData());
            const QJsonArray chunks = expected.value(QStringLiteral("chunks")).toArray();
            QVERIFY2(result->chunks.size() == size_t(chunks.size()), what.constData());
            for (qsizetype c = 0; c < chunks.size(); ++c) {
                const QJsonObject chunk = chunks[c].toObject();
                const QJsonArray ids = chunk.value(QStringLiteral("ids")).toArray();
                const QJsonArray multipliers = chunk.value(QStringLiteral("multipliers")).toArray();
                QCOMPARE(result->chunks[size_t(c)].ids.size(), size_t(ids.size()));
                for (qsizetype k = 0; k < ids.size(); ++k) {
                    QVERIFY2(result->chunks[size_t(c)].ids[size_t(k)] == ids[k].toInt(),
                             what.constData());
                    QVERIFY2(result->chunks[size_t(c)].multipliers[size_t(k)] ==
                                 multipliers[k].toDouble(),
                             what.constData());
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestPromptChunker)
#include "tst_prompt_chunker.moc"
