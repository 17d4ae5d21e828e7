// The pure request checks: bearer token comparison, Host and Origin rules,
// JSON nesting, and the typed field reader that names the field at fault.
#include "server/json_fields.h"
#include "server/request_checks.h"

#include <QJsonArray>
#include <QTest>

using namespace hires::server;

class TestRequestChecks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bearerToken_data();
    void bearerToken();
    void host_data();
    void host();
    void origin_data();
    void origin();
    void nestingDepth_data();
    void nestingDepth();
    void fields();
};

void TestRequestChecks::bearerToken_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<bool>("matches");
    QTest::newRow("right") << QByteArray("Bearer abcdefghijklmnop") << true;
    QTest::newRow("scheme case") << QByteArray("bearer abcdefghijklmnop") << true;
    QTest::newRow("spaces") << QByteArray("  Bearer   abcdefghijklmnop ") << true;
    QTest::newRow("prefix") << QByteArray("Bearer abcdefghijklmno") << false;
    QTest::newRow("longer") << QByteArray("Bearer abcdefghijklmnopq") << false;
    QTest::newRow("last char") << QByteArray("Bearer abcdefghijklmnoq") << false;
    QTest::newRow("basic") << QByteArray("Basic abcdefghijklmnop") << false;
    QTest::newRow("bare token") << QByteArray("abcdefghijklmnop") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestRequestChecks::bearerToken()
{
    QFETCH(QByteArray, header);
    QFETCH(bool, matches);
    QCOMPARE(bearerTokenMatches(header, "abcdefghijklmnop"), matches);
    QVERIFY(!bearerTokenMatches(header, QByteArray())); // no token configured: nothing matches
}

void TestRequestChecks::host_data()
{
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<bool>("loopbackOnly");
    QTest::addColumn<int>("status"); // 0: allowed
    QTest::newRow("127.0.0.1") << QByteArray("127.0.0.1:7860") << true << 0;
    QTest::newRow("localhost") << QByteArray("localhost:7860") << true << 0;
    QTest::newRow("LocalHost no port") << QByteArray("LocalHost") << true << 0;
    QTest::newRow("[::1]") << QByteArray("[::1]:7860") << true << 0;
    QTest::newRow("rebinding name") << QByteArray("attacker.example:7860") << true << 403;
    QTest::newRow("localhost suffix") << QByteArray("localhost.attacker.example") << true << 403;
    QTest::newRow("LAN address") << QByteArray("192.168.1.2:7860") << true << 403;
    QTest::newRow("missing") << QByteArray() << true << 400;
    QTest::newRow("public server, any name") << QByteArray("gpu.lan:7860") << false << 0;
    QTest::newRow("public server, missing") << QByteArray() << false << 400;
}

void TestRequestChecks::host()
{
    QFETCH(QByteArray, host);
    QFETCH(bool, loopbackOnly);
    QFETCH(int, status);
    const auto problem = checkHost(host, loopbackOnly);
    QCOMPARE(problem ? problem->status : 0, status);
}

void TestRequestChecks::origin_data()
{
    QTest::addColumn<QByteArray>("origin");
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("none (curl)") << QByteArray() << QByteArray("127.0.0.1:7860") << true;
    QTest::newRow("same") << QByteArray("http://127.0.0.1:7860") << QByteArray("127.0.0.1:7860")
                          << true;
    QTest::newRow("same, https") << QByteArray("https://gpu.lan:7860") << QByteArray("gpu.lan:7860")
                                 << true;
    QTest::newRow("other port") << QByteArray("http://127.0.0.1:8080")
                                << QByteArray("127.0.0.1:7860") << false;
    QTest::newRow("other site") << QByteArray("https://evil.example")
                                << QByteArray("127.0.0.1:7860") << false;
    QTest::newRow("null (sandboxed page)")
        << QByteArray("null") << QByteArray("127.0.0.1:7860") << false;
    QTest::newRow("file scheme") << QByteArray("file://") << QByteArray("127.0.0.1:7860") << false;
}

void TestRequestChecks::origin()
{
    QFETCH(QByteArray, origin);
    QFETCH(QByteArray, host);
    QFETCH(bool, allowed);
    QCOMPARE(!checkOrigin(origin, host).has_value(), allowed);
}

void TestRequestChecks::nestingDepth_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("depth");
    QTest::newRow("flat") << QByteArray("{\"a\":1}") << 1;
    QTest::newRow("nested") << QByteArray("{\"a\":[{\"b\":[]}]}") << 4;
    QTest::newRow("brackets in strings") << QByteArray("{\"a\":\"[[[[{{{{\"}") << 1;
    QTest::newRow("escaped quote") << QByteArray("{\"a\":\"\\\"[[[[\"}") << 1;
    QTest::newRow("stops above cap") << QByteArray(100000, '[') << 11;
}

void TestRequestChecks::nestingDepth()
{
    QFETCH(QByteArray, json);
    QFETCH(int, depth);
    QCOMPARE(jsonNestingDepth(json, 10), depth);
}

void TestRequestChecks::fields()
{
    {
        JsonFields f(QJsonObject{{"prompt", "a cat"},
                                 {"seed", 42},
                                 {"hires_fix", true},
                                 {"scale", 1.5},
                                 {"note", QJsonValue::Null}});
        QString prompt;
        qint64 seed = -1;
        bool hires = false;
        double scale = 0;
        QString note = QStringLiteral("default");
        f.text("prompt", &prompt);
        f.integer("seed", &seed, -1, 1000);
        f.boolean("hires_fix", &hires);
        f.number("scale", &scale, 1, 4);
        f.text("note", &note);
        QVERIFY(!f.finish());
        QCOMPARE(prompt, QStringLiteral("a cat"));
        QCOMPARE(seed, 42);
        QVERIFY(hires);
        QCOMPARE(scale, 1.5);
        QCOMPARE(note, QStringLiteral("default")); // null keeps the default
    }
    struct Case
    {
        QJsonObject object;
        QString field;
        QString message;
    };
    const Case cases[] = {
        {{{"seed", "42"}}, "seed", "expected an integer"},
        {{{"seed", 4.5}}, "seed", "expected an integer"},
        {{{"seed", 5000}}, "seed", "outside"},
        {{{"hires_fix", 1}}, "hires_fix", "expected true or false"},
        {{{"prompt", QJsonArray{"a"}}}, "prompt", "expected a string"},
        {{{"scale", "2"}}, "scale", "expected a number"},
        {{{"promt", "typo"}}, "promt", "unknown field 'promt'"},
    };
    for (const Case& c : cases) {
        JsonFields f(c.object);
        qint64 seed = 0;
        bool hires = false;
        QString prompt;
        double scale = 1;
        f.integer("seed", &seed, -1, 1000);
        f.boolean("hires_fix", &hires);
        f.text("prompt", &prompt);
        f.number("scale", &scale, 1, 4);
        const auto problem = f.finish();
        QVERIFY(problem);
        QCOMPARE(problem->status, 400);
        QCOMPARE(problem->field, c.field);
        QVERIFY2(problem->message.contains(c.message), qPrintable(problem->message));
    }
}

QTEST_GUILESS_MAIN(TestRequestChecks)
#include "tst_request_checks.moc"
