// The prompt box's history (keys, order, limit, draft kept) and the seed
// control's three modes, driven with real key events.
#include <QComboBox>
#include <QLineEdit>
#include <QTest>

#include "ui/pages/prompt_edit.h"
#include "ui/pages/seed_control.h"

using namespace hires::ui;

class TestPromptAndSeed : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void historyWalksWithCtrlArrowsAndKeepsTheDraft()
    {
        PromptEdit edit;
        edit.show();
        edit.setFocus();
        edit.remember(QStringLiteral("a red fox"));
        edit.remember(QStringLiteral("a castle at dusk"));
        QTest::keyClicks(&edit, QStringLiteral("new idea"));
        QTest::keyClick(&edit, Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(edit.text(), QStringLiteral("a castle at dusk"));
        QTest::keyClick(&edit, Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(edit.text(), QStringLiteral("a red fox"));
        QTest::keyClick(&edit, Qt::Key_Up, Qt::ControlModifier); // oldest: stays
        QCOMPARE(edit.text(), QStringLiteral("a red fox"));
        QTest::keyClick(&edit, Qt::Key_Down, Qt::ControlModifier);
        QTest::keyClick(&edit, Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(edit.text(), QStringLiteral("new idea"));
    }

    void rememberMovesRepeatsToTheFrontAndTrims()
    {
        PromptEdit edit;
        QStringList emitted;
        connect(&edit, &PromptEdit::historyChanged, this,
                [&emitted](const QStringList& h) { emitted = h; });
        for (int i = 0; i < PromptEdit::kMaxHistory + 5; ++i)
            edit.remember(QStringLiteral("prompt %1").arg(i));
        edit.remember(QStringLiteral("  prompt 10 ")); // trimmed, moved to the front
        edit.remember(QStringLiteral("   "));          // ignored
        QCOMPARE(edit.history().size(), PromptEdit::kMaxHistory);
        QCOMPARE(edit.history().first(), QStringLiteral("prompt 10"));
        QCOMPARE(edit.history().count(QStringLiteral("prompt 10")), 1);
        QVERIFY(!edit.history().contains(QStringLiteral("prompt 0")));
        QCOMPARE(emitted, edit.history());
    }

    void ctrlEnterSubmitsEnterBreaksTheLine()
    {
        PromptEdit edit;
        edit.show();
        int submits = 0;
        connect(&edit, &PromptEdit::submitRequested, this, [&submits] { ++submits; });
        QTest::keyClicks(&edit, QStringLiteral("one"));
        QTest::keyClick(&edit, Qt::Key_Return);
        QTest::keyClicks(&edit, QStringLiteral("two"));
        QCOMPARE(submits, 0);
        QTest::keyClick(&edit, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(submits, 1);
        QCOMPARE(edit.text(), QStringLiteral("one\ntwo"));
    }

    void seedModes()
    {
        SeedControl seed;
        seed.show();
        QCOMPARE(seed.mode(), SeedControl::Mode::Random);
        QVERIFY(!seed.seedField()->isEnabled());
        // Random seeds differ (2 equal draws out of 2^32 would be a broken generator).
        QVERIFY(seed.nextSeed() != seed.nextSeed() || seed.nextSeed() != seed.nextSeed());

        seed.modeBox()->setCurrentIndex(seed.modeBox()->findText(QStringLiteral("Fixed")));
        QCOMPARE(seed.mode(), SeedControl::Mode::Fixed);
        QVERIFY(seed.seedField()->isEnabled());
        QTest::keyClicks(seed.seedField(), QStringLiteral("12x34")); // the validator drops the x
        QCOMPARE(seed.nextSeed(), 1234);
        QCOMPARE(seed.nextSeed(), 1234);

        seed.setLastSeed(777);
        seed.setMode(SeedControl::Mode::ReuseLast);
        QCOMPARE(seed.seedField()->text(), QStringLiteral("777"));
        QCOMPARE(seed.nextSeed(), 777);

        seed.setMode(SeedControl::Mode::Fixed); // the typed seed came back
        QCOMPARE(seed.seedField()->text(), QStringLiteral("1234"));
        seed.setFixedSeed(SeedControl::kMaxSeed + 10); // clamped to A1111's range
        QCOMPARE(seed.nextSeed(), SeedControl::kMaxSeed);
    }

    void reuseLastWithoutAnImageIsRandom()
    {
        SeedControl seed;
        seed.setMode(SeedControl::Mode::ReuseLast);
        QVERIFY(!seed.lastSeed());
        const qint64 a = seed.nextSeed();
        QVERIFY(a >= 0 && a <= SeedControl::kMaxSeed);
    }
};

QTEST_MAIN(TestPromptAndSeed)
#include "tst_prompt_and_seed.moc"
