#include "core/base/result.h"

#include <QTest>

using namespace hires;

class TestResult : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valueAndError()
    {
        Result<int> good(42);
        QVERIFY(good.ok());
        QCOMPARE(*good, 42);
        Result<int> bad(makeError(ErrorCode::NotFound, QStringLiteral("no such file")));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::NotFound);
        QCOMPARE(bad.error().withContext(QStringLiteral("a.png")).message,
                 QStringLiteral("a.png: no such file"));
        Result<void> fine;
        QVERIFY(fine.ok());
        Result<void> failed(makeError(ErrorCode::IoError, QStringLiteral("disk full")));
        QVERIFY(!failed);
    }
    void codeNames()
    {
        QCOMPARE(errorCodeName(ErrorCode::TooLarge), QStringLiteral("too-large"));
        QCOMPARE(errorCodeName(ErrorCode::CorruptData), QStringLiteral("corrupt-data"));
    }
};

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
