// The German catalogue: compiled in, chosen from the system locale, complete.
#include "ui/language.h"

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include "ui/dialogs/about_dialog.h"
#include "ui/main_window.h"
#include "ui/settings.h"
#include "support/menu_texts.h"

using namespace hires::ui;
using hires::test::menuTexts;

class TestTranslation : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void systemLocaleSelectsGerman()
    {
        // main() set LANGUAGE/LC_ALL to German before the application started.
        QCOMPARE(installTranslators(QStringLiteral("system")), QStringLiteral("de"));
        QVERIFY(availableLanguages().contains(QStringLiteral("de")));
        Settings settings(m_dir.filePath(QStringLiteral("settings.ini")));
        MainWindow window(settings);
        const QStringList texts = menuTexts(window);
        QVERIFY2(texts.contains(QStringLiteral("&Datei")), qPrintable(texts.join(u'|')));
        QVERIFY(texts.contains(QStringLiteral("&Ansicht")));
        QVERIFY(texts.contains(QStringLiteral("&Hilfe")));
        QVERIFY(texts.contains(QStringLiteral("&Werkzeuge")));
        QVERIFY(texts.contains(QStringLiteral("&Einstellungen...")));
        QVERIFY(texts.contains(QStringLiteral("Hochskalieren"))); // the page's Alt+1 action
        QVERIFY(texts.contains(QStringLiteral("Ö&ffnen...")));
        QVERIFY(texts.contains(QStringLiteral("&Speichern unter...")));
        QVERIFY(texts.contains(QStringLiteral("&Einpassen")));
        QVERIFY(!texts.contains(QStringLiteral("&File")));
        QVERIFY(AboutDialog::runtimeText().contains(QStringLiteral("nur CPU")) ||
                AboutDialog::runtimeText().contains(QStringLiteral("CUDA")));
    }

    void englishNeedsNoCatalogue()
    {
        QCOMPARE(installTranslators(QStringLiteral("en")), QStringLiteral("en"));
        Settings settings(m_dir.filePath(QStringLiteral("settings.ini")));
        MainWindow window(settings);
        QVERIFY(menuTexts(window).contains(QStringLiteral("&File")));
        installTranslators(QStringLiteral("de"));
        MainWindow german(settings);
        QVERIFY(menuTexts(german).contains(QStringLiteral("&Datei")));
    }

    void catalogueIsComplete()
    {
        QFile ts(QStringLiteral(HIRES_SOURCE_DIR "/translations/hires_de.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        int messages = 0;
        QStringList unfinished;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            if (xml.name() == QLatin1String("translation")) {
                ++messages;
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (!type.isEmpty() || text.trimmed().isEmpty())
                    unfinished << source;
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 50);
        QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(QStringLiteral("\n"))));
    }
};

int main(int argc, char** argv)
{
    qputenv("LANGUAGE", "de");
    qputenv("LC_ALL", "de_DE.UTF-8");
    QApplication app(argc, argv);
    TestTranslation test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_translation.moc"
