// HTML character references: hand-checked cases, then Python's own
// html.unescape on strings that use the references our table covers.
#include "core/diffusion/html_entities.h"

#include "support/python_reference.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace hires;

class TestHtmlEntities : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void unescape_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no ampersand") << "plain text"
                                      << "plain text";
        QTest::newRow("basic") << "&amp; &lt; &gt; &quot; &apos;"
                               << "& < > \" '";
        QTest::newRow("latin-1") << "caf&eacute; &Uuml;ber &szlig;"
                                 << "café Über ß";
        QTest::newRow("decimal") << "&#65;&#66;&#x43;&#X44;"
                                 << "ABCD";
        QTest::newRow("no semicolon numeric") << "&#65B"
                                              << "AB";
        QTest::newRow("emoji") << "&#128512;&#x1F389;"
                               << "😀🎉";
        QTest::newRow("windows-1252 repair") << "&#150;&#128;&#153;"
                                             << "–€™";
        QTest::newRow("nul and carriage return") << "a&#0;b&#13;c"
                                                 << "a\uFFFDb\rc";
        QTest::newRow("surrogate and too large") << "&#xD800;&#x110000;&#99999999999999999999;"
                                                 << "\uFFFD\uFFFD\uFFFD";
        QTest::newRow("forbidden code points vanish") << "a&#1;&#x7f;&#xFFFE;&#xFDD0;b"
                                                      << "ab";
        QTest::newRow("legacy without semicolon") << "&amp &copy2024 &eacutex"
                                                  << "& ©2024 éx";
        QTest::newRow("longest legacy prefix") << "&ampfoo; &notit;"
                                               << "&foo; ¬it;";
        QTest::newRow("modern needs semicolon") << "&hellip &hellip;"
                                                << "&hellip …";
        QTest::newRow("case matters") << "&AMP; &Amp; &COPY &Copy;"
                                      << "& &Amp; © &Copy;";
        QTest::newRow("unknown names stay") << "&fjlig; &bogus; &"
                                            << "&fjlig; &bogus; &";
        QTest::newRow("not references") << "&#; &#x; & amp; &;"
                                        << "&#; &#x; & amp; &;";
        QTest::newRow("once only") << "&amp;lt;"
                                   << "&lt;";
        QTest::newRow("new html5 values") << "&lang;&rang;"
                                          << "\u27E8\u27E9";
        QTest::newRow("greek and symbols") << "&alpha;&Omega;&euro;&trade;&rarr;&hearts;"
                                           << "αΩ€™→♥";
    }

    void unescape()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(HtmlEntities::unescape(text), expected);
    }

    void lookupName()
    {
        QCOMPARE(HtmlEntities::lookupName(u"amp", true), U'&');
        QCOMPARE(HtmlEntities::lookupName(u"amp", false), U'&');
        QCOMPARE(HtmlEntities::lookupName(u"mdash", true), U'\u2014');
        QCOMPARE(HtmlEntities::lookupName(u"mdash", false), char32_t(0));
        QCOMPARE(HtmlEntities::lookupName(u"nosuchname", true), char32_t(0));
        QCOMPARE(HtmlEntities::lookupName(u"é", true), char32_t(0));
    }

    void matchesPython()
    {
        const QStringList strings = {
            "&amp;&amp;amp;&amp;lt;",
            "&lt;b&gt;bold&lt;/b&gt;",
            "&nbsp;&iexcl;&cent;&pound;&yen;",
            "&AElig;&Aring;&Ccedil;&ETH;&Ntilde;&Oslash;&THORN;&thorn;&yuml;",
            "&OElig;&scaron;&Yuml;&circ;&tilde;&ensp;&emsp;&thinsp;&zwnj;&zwj;&lrm;&rlm;",
            "&ndash;&mdash;&lsquo;&rsquo;&sbquo;&ldquo;&rdquo;&bdquo;&dagger;&Dagger;&permil;",
            "&lsaquo;&rsaquo;&euro;&fnof;&thetasym;&upsih;&piv;&bull;&hellip;&prime;&Prime;",
            "&oline;&frasl;&weierp;&image;&real;&trade;&alefsym;&larr;&uarr;&crarr;&lArr;&hArr;",
            "&forall;&part;&exist;&empty;&nabla;&isin;&notin;&ni;&prod;&sum;&minus;&lowast;",
            "&radic;&prop;&infin;&ang;&and;&or;&cap;&cup;&int;&there4;&sim;&cong;&asymp;&ne;",
            "&equiv;&le;&ge;&sub;&sup;&nsub;&sube;&supe;&oplus;&otimes;&perp;&sdot;&lceil;",
            "&rceil;&lfloor;&rfloor;&lang;&rang;&loz;&spades;&clubs;&hearts;&diams;",
            "&copy&reg&deg&plusmn&micro&para&middot&frac12&frac14&frac34&times&divide",
            "&ampx &ltx; &gtfoo &quotation; &nbsp2 &copyright;",
            "&#0;&#9;&#10;&#11;&#12;&#13;&#31;",
            "&#127;&#128;&#129;&#141;&#143;&#144;&#157;&#159;&#160;",
            "&#x10FFFF;&#x10FFFE;&#x1FFFF;&#xFFFF;",
            "&#xDFFF;&#55296;&#1114112;&#x0041&#0065",
            "&#x;&#;&#a;&#xg;&x;",
            "&#12345678901234567890;",
            "text & more && &&amp; &; &&#38;",
            "&Alpha;&Beta;&Gamma;&Delta;&alpha;&beta;&gamma;&sigmaf;",
            "&eacute&Eacute;&EACUTE;&eAcute;",
            "&" + QString(40, u'a') + ";",
            "&\u00e9t\u00e9; &caf\u00e9;",
            "&fjlig &amp;amp",
        };
        const test::PythonRun run = test::runPythonReference(
            QStringLiteral("clip_reference.py"), {QStringLiteral("unescape")},
            QJsonDocument(QJsonArray::fromStringList(strings)).toJson());
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        const QJsonArray reference = QJsonDocument::fromJson(run.output).array();
        QCOMPARE(reference.size(), strings.size());
        for (qsizetype i = 0; i < strings.size(); ++i)
            QCOMPARE(HtmlEntities::unescape(strings[i]), reference[i].toString());
    }
};

QTEST_GUILESS_MAIN(TestHtmlEntities)
#include "tst_html_entities.moc"
