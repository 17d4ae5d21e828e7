// A1111's attention syntax: the documented examples of parse_prompt_attention
// and the edge cases of its regex, with weights compared exactly (the
// multiplication order decides the last bits, as in Python).
#include "core/diffusion/prompt_parser.h"

#include "support/python_reference.h"

#include <QTest>

using namespace hires;

using Runs = std::vector<WeightedText>;
Q_DECLARE_METATYPE(Runs)

namespace {

QString describe(const Runs& runs)
{
    QStringList parts;
    for (const WeightedText& run : runs)
        parts.append(QStringLiteral("['%1', %2]").arg(run.text).arg(run.weight, 0, 'g', 17));
    return parts.join(QStringLiteral(", "));
}

const double kDown = 1 / 1.1;
const double kBreak = -1.0;

} // namespace

class TestPromptParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("prompt");
        QTest::addColumn<Runs>("expected");
        // The examples in A1111's docstring.
        QTest::newRow("plain") << "normal text" << Runs{{"normal text", 1.0}};
        QTest::newRow("round") << "an (important) word"
                               << Runs{{"an ", 1.0}, {"important", 1.1}, {" word", 1.0}};
        QTest::newRow("unbalanced") << "(unbalanced" << Runs{{"unbalanced", 1.1}};
        QTest::newRow("escapes") << "\\(literal\\]" << Runs{{"(literal]", 1.0}};
        QTest::newRow("adjacent merge")
            << "(unnecessary)(parens)" << Runs{{"unnecessaryparens", 1.1}};
        QTest::newRow("docstring") << "a (((house:1.3)) [on] a (hill:0.5), sun, (((sky)))."
                                   << Runs{{"a ", 1.0},      {"house", 1.5730000000000004},
                                           {" ", 1.1},       {"on", 1.0},
                                           {" a ", 1.1},     {"hill", 0.55},
                                           {", sun, ", 1.1}, {"sky", 1.4641000000000006},
                                           {".", 1.1}};
        // The brief's cases.
        QTest::newRow("explicit weight")
            << "a (red:1.5) cat" << Runs{{"a ", 1.0}, {"red", 1.5}, {" cat", 1.0}};
        QTest::newRow("double round")
            << "a ((red)) cat" << Runs{{"a ", 1.0}, {"red", 1.1 * 1.1}, {" cat", 1.0}};
        QTest::newRow("square") << "[blue]" << Runs{{"blue", kDown}};
        QTest::newRow("double square") << "[[blue]]" << Runs{{"blue", kDown * kDown}};
        QTest::newRow("escaped parens") << "escaped \\(paren\\)" << Runs{{"escaped (paren)", 1.0}};
        QTest::newRow("escaped backslash") << "back\\\\slash" << Runs{{"back\\slash", 1.0}};
        QTest::newRow("lone backslash dropped") << "lone \\x" << Runs{{"lone x", 1.0}};
        QTest::newRow("unclosed round") << "(a" << Runs{{"a", 1.1}};
        QTest::newRow("unclosed square") << "[a" << Runs{{"a", kDown}};
        QTest::newRow("unclosed outer") << "((a) b" << Runs{{"a", 1.1 * 1.1}, {" b", 1.1}};
        QTest::newRow("nested weights") << "((a:1.2):0.5)" << Runs{{"a", 1.2 * 0.5}};
        QTest::newRow("weight with spaces") << "(a: 1.2 )" << Runs{{"a", 1.2}};
        QTest::newRow("signed weight") << "(a:+.5)(b:-1)" << Runs{{"a", 0.5}, {"b", -1.0}};
        QTest::newRow("unicode digits") << "(a:\u0661.\u0665)" << Runs{{"a", 1.5}};
        QTest::newRow("two weights")
            << "a (b:1.2) c (d:0.8)" << Runs{{"a ", 1.0}, {"b", 1.2}, {" c ", 1.0}, {"d", 0.8}};
        QTest::newRow("equal weights merge") << "(a:1.1)(b)" << Runs{{"ab", 1.1}};
        QTest::newRow("mixed brackets") << "([a] b)" << Runs{{"a", kDown * 1.1}, {" b", 1.1}};
        QTest::newRow("stray closers")
            << "stray ) and ] closers" << Runs{{"stray ) and ] closers", 1.0}};
        QTest::newRow("colon text") << "time 12:30" << Runs{{"time 12:30", 1.0}};
        QTest::newRow("weight without bracket") << "x:1.5)" << Runs{{"x:1.5)", 1.0}};
        QTest::newRow("unclosed with colon") << "(a:1.5" << Runs{{"a:1.5", 1.1}};
        QTest::newRow("empty") << "" << Runs{{"", 1.0}};
        QTest::newRow("only brackets") << "()" << Runs{{"", 1.0}};
        // BREAK.
        QTest::newRow("break") << "a BREAK b" << Runs{{"a", 1.0}, {"BREAK", kBreak}, {"b", 1.0}};
        QTest::newRow("break needs word boundary")
            << "aBREAK b BREAKx" << Runs{{"aBREAK b BREAKx", 1.0}};
        QTest::newRow("lower-case break is text") << "a break b" << Runs{{"a break b", 1.0}};
        QTest::newRow("break alone") << "BREAK" << Runs{{"", 1.0}, {"BREAK", kBreak}, {"", 1.0}};
        QTest::newRow("two breaks")
            << "a BREAK BREAK b"
            << Runs{{"a", 1.0}, {"BREAK", kBreak}, {"", 1.0}, {"BREAK", kBreak}, {"b", 1.0}};
        QTest::newRow("break after comma")
            << "a,BREAK\n\tb" << Runs{{"a,", 1.0}, {"BREAK", kBreak}, {"b", 1.0}};
        // Inside brackets the marker's -1 is scaled too, so it stops being a
        // BREAK and becomes text with a negative weight, as in A1111.
        QTest::newRow("break in brackets")
            << "(a BREAK b)" << Runs{{"a", 1.1}, {"BREAK", kBreak * 1.1}, {"b", 1.1}};
    }

    void parse()
    {
        QFETCH(QString, prompt);
        QFETCH(Runs, expected);
        Result<Runs> runs = PromptParser::parseAttention(prompt);
        QVERIFY2(runs.ok(), test::errorText(runs).constData());
        QVERIFY2(
            *runs == expected,
            qPrintable(
                QStringLiteral("got %1\nexpected %2").arg(describe(*runs), describe(expected))));
    }

    void breakMarker()
    {
        Result<Runs> runs = PromptParser::parseAttention(u"a BREAK (b BREAK c)");
        QVERIFY(runs.ok());
        QVERIFY((*runs)[1].isBreak());
        QVERIFY(!(*runs)[3].isBreak()); // scaled by the bracket
        QVERIFY(!(WeightedText{QStringLiteral("BREAK"), 1.0}.isBreak()));
    }

    void badWeights_data()
    {
        QTest::addColumn<QString>("prompt");
        QTest::newRow("two dots") << "(a:1.2.3)";
        QTest::newRow("dot only") << "(a:.)";
        QTest::newRow("nested bad") << "((a:1..5))";
    }

    void badWeights()
    {
        QFETCH(QString, prompt);
        Result<Runs> runs = PromptParser::parseAttention(prompt);
        QVERIFY(!runs.ok());
        QCOMPARE(runs.error().code, ErrorCode::InvalidArgument);
        QVERIFY(runs.error().message.contains(QLatin1String("'")));
    }

    void badWeightWithoutBracketIsText()
    {
        // Without an open '(' the weight is never read, so it is not an error.
        Result<Runs> runs = PromptParser::parseAttention(u"a:1.2.3)");
        QVERIFY(runs.ok());
        QCOMPARE(*runs, (Runs{{"a:1.2.3)", 1.0}}));
    }

    void splitOnBreak_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("parts");
        QTest::newRow("none") << "abc" << QStringList{"abc"};
        QTest::newRow("spaces swallowed") << "a  BREAK  b" << QStringList{"a", "b"};
        QTest::newRow("edges") << "BREAK a BREAK" << QStringList{"", "a", ""};
        QTest::newRow("adjacent") << "BREAK BREAK" << QStringList{"", "", ""};
        QTest::newRow("underscore is a word char")
            << "_BREAK BREAK_" << QStringList{"_BREAK BREAK_"};
        QTest::newRow("unicode letters are word chars")
            << "éBREAK BREAK1" << QStringList{"éBREAK BREAK1"};
        QTest::newRow("punctuation is not") << "(BREAK)" << QStringList{"(", ")"};
    }

    void splitOnBreak()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, parts);
        QCOMPARE(PromptParser::splitOnBreak(text), parts);
    }
};

QTEST_GUILESS_MAIN(TestPromptParser)
#include "tst_prompt_parser.moc"
