// Every catalogue: compiled in, chosen by name or through View > Language,
// and the main window, a plural form and a core error message translated.
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "core/weights/model_file.h"
#include "ui/dialogs/about_dialog.h"
#include "ui/language.h"
#include "ui/language_menu.h"
#include "ui/main_window.h"
#include "ui/settings.h"
#include "support/menu_texts.h"

using namespace hires;
using namespace hires::ui;
using hires::test::menuTexts;

namespace {

// A model file that starts like a zip archive and is not one: the message
// comes from core/weights through a translate() helper whose context lupdate
// names differently, so only the context index of language.cpp finds it.
QString brokenArchiveMessage(const QString& path)
{
    const Result<StateDict> loaded = ModelFile::loadStateDict(path);
    return loaded ? QString() : loaded.error().message;
}

} // namespace

class TestLanguages : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_brokenModel;
    QString m_englishRuntime;
    QString m_englishError;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_brokenModel = m_dir.filePath(QStringLiteral("broken.pth"));
        QFile file(m_brokenModel);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray bytes("PK\x03\x04", 4);
        bytes += QByteArray(300, '\x7f');
        file.write(bytes);
        file.close();
        QCOMPARE(installTranslators(QStringLiteral("en")), QStringLiteral("en"));
        m_englishRuntime = AboutDialog::runtimeText();
        m_englishError = brokenArchiveMessage(m_brokenModel);
        QVERIFY(!m_englishError.isEmpty());
    }

    void mainWindowIsTranslated_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("view");
        QTest::addColumn<QString>("help");
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << "de"
                            << "&Datei"
                            << "&Ansicht"
                            << "&Hilfe"
                            << "&Sprache";
        QTest::newRow("fr") << "fr"
                            << "&Fichier"
                            << "&Affichage"
                            << "&Aide"
                            << "&Langue";
        QTest::newRow("es") << "es"
                            << "&Archivo"
                            << "&Ver"
                            << "A&yuda"
                            << "&Idioma";
        QTest::newRow("zh_CN") << "zh_CN"
                               << "文件(&F)"
                               << "视图(&V)"
                               << "帮助(&H)"
                               << "语言(&L)";
        QTest::newRow("ja") << "ja"
                            << "ファイル(&F)"
                            << "表示(&V)"
                            << "ヘルプ(&H)"
                            << "言語(&L)";
    }

    void mainWindowIsTranslated()
    {
        QFETCH(QString, code);
        QFETCH(QString, file);
        QFETCH(QString, view);
        QFETCH(QString, help);
        QFETCH(QString, language);
        QVERIFY(availableLanguages().contains(code));
        QCOMPARE(installTranslators(code), code);

        Settings settings(m_dir.filePath(code + QStringLiteral(".ini")));
        MainWindow window(settings);
        const QStringList texts = menuTexts(window);
        for (const QString& expected : {file, view, help, language})
            QVERIFY2(texts.contains(expected),
                     qPrintable(expected + QStringLiteral(" in ") + texts.join(u'|')));
        QVERIFY(!texts.contains(QStringLiteral("&File")));
        QVERIFY(!texts.contains(QStringLiteral("&Open...")));

        // A plural form (%n threads) and a core message through the index.
        const QString runtime = AboutDialog::runtimeText();
        QVERIFY2(runtime != m_englishRuntime, qPrintable(runtime));
        const QString error = brokenArchiveMessage(m_brokenModel);
        QVERIFY2(!error.isEmpty() && error != m_englishError,
                 qPrintable(error + QStringLiteral(" / ") + m_englishError));
        QVERIFY(error.contains(m_brokenModel)); // the file is still named
        // The catalogue holds that message under the context lupdate saw (the
        // parser class); core asks under its own. Only the index bridges them.
        const char* source = "no end-of-central-directory record (not a zip archive, or truncated)";
        const QString bridged = QCoreApplication::translate("hires::ZipArchive", source);
        QVERIFY2(bridged != QLatin1String(source) && error.contains(bridged), qPrintable(bridged));
    }

    void menuChoiceIsStoredAndApplied()
    {
        installTranslators(QStringLiteral("en"));
        Settings settings(m_dir.filePath(QStringLiteral("menu.ini")));
        LanguageMenu menu(settings);
        QStringList names;
        QAction* french = nullptr;
        for (QAction* action : menu.actions()) {
            names << action->text();
            if (action->data().toString() == QLatin1String("fr"))
                french = action;
        }
        for (const char* name : {"Deutsch", "Français", "Español", "日本語", "简体中文", "English"})
            QVERIFY2(names.contains(QString::fromUtf8(name)), qPrintable(names.join(u'|')));
        QVERIFY(menu.actions().first()->isChecked()); // "system" by default
        QVERIFY(french);
        french->trigger();
        QCOMPARE(settings.value(keys::kLanguage), QStringLiteral("fr"));
        QVERIFY(french->isChecked());
        MainWindow window(settings);
        QVERIFY(menuTexts(window).contains(QStringLiteral("&Fichier")));

        // The stored choice survives a restart of the settings.
        Settings reopened(m_dir.filePath(QStringLiteral("menu.ini")));
        QCOMPARE(installTranslators(reopened.value(keys::kLanguage)), QStringLiteral("fr"));
    }
};

int main(int argc, char** argv)
{
    // The system language must not decide what the English reference is.
    qputenv("LANGUAGE", "en");
    qputenv("LC_ALL", "C.UTF-8");
    QApplication app(argc, argv);
    TestLanguages test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_languages.moc"
