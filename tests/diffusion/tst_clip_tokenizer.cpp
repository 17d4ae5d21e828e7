// The CLIP tokenizer against an independent Python implementation of the
// published algorithm (tests/python/clip_reference.py) on vocabularies built
// here: the real bpe_simple_vocab_16e6.txt.gz cannot be downloaded on this
// machine, so a BPE is learned from a small corpus and padded to full size.
#include "core/diffusion/clip_text_cleaner.h"
#include "core/diffusion/clip_tokenizer.h"

#include "support/python_reference.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace hires;

namespace {

const char* const kCorpus =
    "a photograph of an astronaut riding a horse, highly detailed, 8k, trending on artstation. "
    "masterpiece, best quality, ultra-detailed, portrait of a woman, sunset, cinematic lighting, "
    "the quick brown fox jumps over the lazy dog. café crème brûlée naïve résumé Ærøskøbing. "
    "日本語のテキスト 東京タワー 한국어 문장 中文 привет мир γειά σου κόσμε. "
    "emoji 😀🎉👍🏽 ❤️ 👨‍👩‍👧 🇯🇵. it's what they're doing; we've, "
    "I'm, "
    "you'll, "
    "he'd, "
    "don't. "
    "numbers 1234567890 3.14 42% !!! ??? ... --- (red:1.3) [blue] <lora:x:0.8>";

QStringList probeStrings()
{
    QStringList strings = {
        QString(),
        QStringLiteral("   "),
        QStringLiteral("\t\n\r "),
        QStringLiteral("Hello World!"),
        QStringLiteral("a photograph of an astronaut riding a horse"),
        QStringLiteral("masterpiece, best quality, (ultra-detailed:1.2), [blurry]"),
        QStringLiteral("café crème brûlée"),
        QStringLiteral("cafe\u0301 (decomposed accent)"),
        QStringLiteral("Ærøskøbing naïve RÉSUMÉ"),
        QStringLiteral("😀🎉👍🏽❤️ family 👨‍👩‍👧 flag 🇯🇵"),
        QStringLiteral("日本語のテキスト 東京タワー"),
        QStringLiteral("한국어 中文 привет ΓΕΙΆ"),
        QStringLiteral("ΟΔΟΣ ΣΑΣ Σ ΑΣ. ΟΔΟΣ'Α"),
        QStringLiteral("İSTANBUL STRASSE ß ẞ"),
        QStringLiteral("1234567890 3.14 42% x² ½ ١٢٣ Ⅻ"),
        QStringLiteral("!!!??? ... --- ***///"),
        QStringLiteral("it's IT'S they're we've I'm you'll he'd don't rock'n'roll ''s 'S 'ſ"),
        QStringLiteral("they\u2019re \u201cquoted\u201d \u2018single\u2019"),
        QStringLiteral("&amp; &lt;tag&gt; &quot;q&quot; &#39;s &#x27;t &eacute;t&eacute;"),
        QStringLiteral(
            "&copy2024 &amp;amp; &amp;lt; a&nbsp;b &#128512; &#0; &#x110000; &#150; &#xD800;"),
        QStringLiteral("&notit; &ampx &AMP; &Amp; &#; &#x; & amp; &#65&#66 &hellip;&mdash;"),
        QStringLiteral("<|startoftext|>hello<|endoftext|>"),
        QStringLiteral("<|ENDOFTEXT|>"),
        QStringLiteral("a<|endoftext|>b !!<|endoftext|> <|startoftext|"),
        QStringLiteral("ＡＢＣ１２３ full\u3000width ﬁne ﬂow ﬃ"),
        QStringLiteral("ctrl\u0001chars\u007f\u200bzero\u00a0nbsp\u2028line\ufeffbom"),
        QStringLiteral("𝐀𝐁𝐂 math bold, मरहबा नमस्ते สวัสดี مرحبا"),
        QStringLiteral("MiXeD CaSe A1B2C3 snake_case kebab-case dots.in.words"),
        QStringLiteral("<lora:detail_tweaker:0.8> (masterpiece:1.4), BREAK, [[low]]"),
    };
    // Long prompts: past 75 tokens and past the word cache's usual content.
    QString longPrompt;
    for (int i = 0; i < 60; ++i)
        longPrompt += QStringLiteral("word%1 detailed, ").arg(i);
    strings.append(longPrompt);
    strings.append(QString(400, QChar(u'a')));
    strings.append(QStringLiteral("ab").repeated(300));
    return strings;
}

} // namespace

class TestClipTokenizer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    void writeFile(const QString& name, const QByteArray& bytes)
    {
        QFile file(path(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const test::PythonRun run = test::runPythonReference(
            QStringLiteral("clip_reference.py"), {QStringLiteral("make-vocab"), m_dir.path()},
            QByteArray(kCorpus));
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
    }

    // A five-merge vocabulary whose ids can be worked out by hand: byte
    // symbols in bytes_to_unicode order ('!' = 0, 'a' = 64, 'h' = 71,
    // 'l' = 75), the same + "</w>" at +256, merges from 512.
    void handComputedIds()
    {
        writeFile(QStringLiteral("hand.txt"),
                  "#version: hand\nh e\nl l\nhe ll\nhell o</w>\no </w>\n");
        Result<ClipTokenizer> tokenizer = ClipTokenizer::load(path(QStringLiteral("hand.txt")));
        QVERIFY2(tokenizer.ok(), test::errorText(tokenizer).constData());
        // 5 merge lines + the empty line after the last '\n' = 6 derived entries.
        QCOMPARE(tokenizer->bosId(), 512 + 6);
        QCOMPARE(tokenizer->eosId(), 512 + 7);
        QCOMPARE(tokenizer->vocabularySize(), 512 + 8);
        QCOMPARE(tokenizer->tokenId(QStringLiteral(",</w>")), std::optional<int>(256 + 11));
        QCOMPARE(tokenizer->tokenId(QStringLiteral("hello</w>")), std::optional<int>(515));

        const std::vector<int> hello = {515};
        QCOMPARE(tokenizer->encode(u"hello"), hello);
        QCOMPARE(tokenizer->encode(u"  HELLO  "), hello);
        const std::vector<int> sentence = {515, 256 + 11, 515, 256 + 0};
        QCOMPARE(tokenizer->encode(u"Hello, hello!"), sentence);
        // "hell" ends in "l</w>": "l l" cannot merge with the end marker.
        const std::vector<int> hell = {512, 75, 256 + 75};
        QCOMPARE(tokenizer->encode(u"hell"), hell);
        const std::vector<int> special = {518, 515, 519};
        QCOMPARE(tokenizer->encode(u"<|startoftext|>hello<|endoftext|>"), special);
        QVERIFY(tokenizer->encode(u"").empty());
        QVERIFY(tokenizer->encode(u" \t\n ").empty());

        const std::vector<int> window =
            tokenizer->encodeWindow(u"hello", ClipTokenizer::kOpenClipPadId);
        QCOMPARE(window.size(), size_t(ClipTokenizer::kContextLength));
        QCOMPARE(window[0], 518);
        QCOMPARE(window[1], 515);
        QCOMPARE(window[2], 519);
        QCOMPARE(window[3], 0);
        QCOMPARE(window[76], 0);
    }

    void windowTruncatesTo75()
    {
        Result<ClipTokenizer> tokenizer = ClipTokenizer::load(path(QStringLiteral("full.txt.gz")));
        QVERIFY(tokenizer.ok());
        QString text;
        for (int i = 0; i < 100; ++i)
            text += QStringLiteral("x%1 ").arg(i % 10);
        const std::vector<int> ids = tokenizer->encode(text);
        QVERIFY(ids.size() > 100);
        const std::vector<int> window = tokenizer->encodeWindow(text, ClipTokenizer::kClipLPadId);
        QCOMPARE(window.size(), size_t(77));
        QCOMPARE(window.front(), tokenizer->bosId());
        QVERIFY(std::equal(ids.begin(), ids.begin() + 75, window.begin() + 1));
        QCOMPARE(window.back(), tokenizer->eosId());
    }

    void fullSizeIds()
    {
        Result<ClipTokenizer> text = ClipTokenizer::load(path(QStringLiteral("full.txt")));
        QVERIFY2(text.ok(), test::errorText(text).constData());
        // Only 48,894 merges count however long the file: the real ids.
        QCOMPARE(text->bosId(), 49406);
        QCOMPARE(text->eosId(), 49407);
        QCOMPARE(text->vocabularySize(), 49408);
        Result<ClipTokenizer> hf = ClipTokenizer::load(path(QStringLiteral("hf")));
        QVERIFY2(hf.ok(), test::errorText(hf).constData());
        QCOMPARE(hf->bosId(), (49406 * 7919) % 49408); // permuted by the test vocabulary
        // A folder holding only the openai file is found too.
        QDir(m_dir.path()).mkdir(QStringLiteral("openai"));
        QVERIFY(QFile::copy(path(QStringLiteral("full.txt.gz")),
                            path(QStringLiteral("openai/bpe_simple_vocab_16e6.txt.gz"))));
        Result<ClipTokenizer> folder = ClipTokenizer::load(path(QStringLiteral("openai")));
        QVERIFY2(folder.ok(), test::errorText(folder).constData());
        QCOMPARE(folder->eosId(), 49407);
    }

    void matchesReference_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("small openai txt") << QStringLiteral("small.txt");
        QTest::newRow("full openai txt") << QStringLiteral("full.txt");
        QTest::newRow("full openai gz") << QStringLiteral("full.txt.gz");
        QTest::newRow("transformers folder") << QStringLiteral("hf");
    }

    void matchesReference()
    {
        QFETCH(QString, file);
        Result<ClipTokenizer> tokenizer = ClipTokenizer::load(path(file));
        QVERIFY2(tokenizer.ok(), test::errorText(tokenizer).constData());

        const QStringList strings = probeStrings();
        const QByteArray input = QJsonDocument(QJsonArray::fromStringList(strings)).toJson();
        const test::PythonRun run = test::runPythonReference(
            QStringLiteral("clip_reference.py"), {QStringLiteral("encode"), path(file)}, input);
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        const QJsonObject reference = QJsonDocument::fromJson(run.output).object();
        const QJsonArray ids = reference.value(QStringLiteral("ids")).toArray();
        const QJsonArray cleaned = reference.value(QStringLiteral("clean")).toArray();
        QCOMPARE(ids.size(), strings.size());

        for (qsizetype i = 0; i < strings.size(); ++i) {
            const QString what = QStringLiteral("string %1: %2").arg(i).arg(strings[i].left(60));
            QVERIFY2(ClipTextCleaner::clean(strings[i]) == cleaned[i].toString(),
                     qPrintable(what + QStringLiteral(" cleans to '%1', Python '%2'")
                                           .arg(ClipTextCleaner::clean(strings[i]),
                                                cleaned[i].toString())));
            std::vector<int> expected;
            for (const QJsonValue& id : ids[i].toArray())
                expected.push_back(id.toInt());
            const std::vector<int> actual = tokenizer->encode(strings[i]);
            QVERIFY2(actual == expected, qPrintable(what));
        }
    }

    void badFiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("vocabJson");
        QTest::addColumn<QByteArray>("content"); // merges.txt, or the file itself
        QTest::addColumn<int>("code");
        QTest::newRow("missing file") << QStringLiteral("absent.txt") << QByteArray()
                                      << QByteArray() << int(ErrorCode::NotFound);
        QTest::newRow("truncated gzip")
            << QStringLiteral("bad.txt.gz") << QByteArray()
            << QByteArray("\x1f\x8b\x08\x00\x00\x00\x00\x00", 8) << int(ErrorCode::CorruptData);
        QTest::newRow("not utf-8") << QStringLiteral("latin1.txt") << QByteArray()
                                   << QByteArray("#v\nh\xe9 llo\n") << int(ErrorCode::CorruptData);
        QTest::newRow("vocab not json") << QStringLiteral("hfbad1") << QByteArray("{\"a\": ")
                                        << QByteArray("#v\n") << int(ErrorCode::CorruptData);
        QTest::newRow("vocab id not a number")
            << QStringLiteral("hfbad2") << QByteArray("{\"a\": \"x\"}") << QByteArray("#v\n")
            << int(ErrorCode::CorruptData);
        QTest::newRow("vocab without byte symbols")
            << QStringLiteral("hfbad3") << QByteArray("{\"a\": 1}") << QByteArray("#v\n")
            << int(ErrorCode::CorruptData);
        QTest::newRow("empty folder") << QStringLiteral("emptydir") << QByteArray() << QByteArray()
                                      << int(ErrorCode::NotFound);
    }

    void badFiles()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, vocabJson);
        QFETCH(QByteArray, content);
        QFETCH(int, code);
        if (name.startsWith(QStringLiteral("hf")) || name == QStringLiteral("emptydir")) {
            QDir(m_dir.path()).mkdir(name);
            if (!vocabJson.isEmpty()) {
                writeFile(name + QStringLiteral("/vocab.json"), vocabJson);
                writeFile(name + QStringLiteral("/merges.txt"), content);
            }
        } else if (!content.isEmpty()) {
            writeFile(name, content);
        }
        Result<ClipTokenizer> tokenizer = ClipTokenizer::load(path(name));
        QVERIFY(!tokenizer.ok());
        QCOMPARE(int(tokenizer.error().code), code);
        QVERIFY2(tokenizer.error().message.contains(name), qPrintable(tokenizer.error().message));
    }

    void mergeMissingFromVocabulary()
    {
        // A transformers vocabulary whose merges.txt makes a token vocab.json lacks.
        Result<ClipVocabulary> full = ClipVocabulary::load(path(QStringLiteral("hf")));
        QVERIFY(full.ok());
        ClipVocabulary broken = *full;
        broken.merges.push_back({QStringLiteral("q"), QStringLiteral("q"), 0});
        broken.encoder.remove(QStringLiteral("qq"));
        Result<ClipTokenizer> tokenizer = ClipTokenizer::fromVocabulary(broken);
        QVERIFY(!tokenizer.ok());
        QCOMPARE(tokenizer.error().code, ErrorCode::CorruptData);
    }

    void concurrentEncodingAgrees()
    {
        Result<ClipTokenizer> tokenizer = ClipTokenizer::load(path(QStringLiteral("full.txt.gz")));
        QVERIFY(tokenizer.ok());
        const QStringList strings = probeStrings();
        std::vector<std::vector<int>> expected;
        for (const QString& s : strings)
            expected.push_back(tokenizer->encode(s));
        // A fresh copy shares the tables and the cache: encode from threads at once.
        const ClipTokenizer shared = *tokenizer;
        std::atomic<int> mismatches{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([&] {
                for (int round = 0; round < 20; ++round)
                    for (qsizetype i = 0; i < strings.size(); ++i)
                        if (shared.encode(strings[i]) != expected[size_t(i)])
                            ++mismatches;
            });
        for (std::thread& thread : threads)
            thread.join();
        QCOMPARE(mismatches.load(), 0);
    }
};

QTEST_GUILESS_MAIN(TestClipTokenizer)
#include "tst_clip_tokenizer.moc"
