// The Settings dialog over a real INI file: shows what is stored, writes
// nothing on Cancel, writes every field on OK, and what it writes reads back
// through the typed wrapper (and into a new dialog).
#include "ui/dialogs/settings_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include "ui/settings.h"

using namespace hires::ui;

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void showsStoredValuesAndWritesOnOk()
    {
        Settings settings(m_dir.filePath(QStringLiteral("a.ini")));
        settings.setValue(keys::kModelFolders, QStringList{QStringLiteral("/models/one")});
        settings.setValue(keys::kCpuThreads, 3);
        settings.setValue(keys::kDevice, QStringLiteral("cpu"));
        {
            SettingsDialog dialog(settings);
            QCOMPARE(dialog.folderList()->count(), 1);
            QCOMPARE(dialog.folderList()->item(0)->text(), QStringLiteral("/models/one"));
            QCOMPARE(dialog.threadsBox()->value(), 3);
            QCOMPARE(dialog.deviceBox()->currentData().toString(), QStringLiteral("cpu"));
            QCOMPARE(dialog.tileBox()->text(), QStringLiteral("Automatic"));

            dialog.folderList()->addItem(QStringLiteral("/models/two"));
            dialog.tileBox()->setValue(256);
            dialog.threadsBox()->setValue(0);
            dialog.deviceBox()->setCurrentIndex(
                dialog.deviceBox()->findData(QStringLiteral("cuda")));
            dialog.outputFolderEdit()->setText(QStringLiteral("/tmp/results "));
            dialog.formatBox()->setCurrentIndex(
                dialog.formatBox()->findData(QStringLiteral("webp")));
            dialog.qualityBox()->setValue(80);
            dialog.defaultModelBox()->setCurrentIndex(
                dialog.defaultModelBox()->findData(QStringLiteral("realesrgan-x4fast")));
            dialog.languageBox()->setCurrentIndex(
                dialog.languageBox()->findData(QStringLiteral("de")));
            // Cancel writes nothing.
            dialog.reject();
            QCOMPARE(settings.value(keys::kCpuThreads), 3);
            // OK writes everything.
            auto* box = dialog.findChild<QDialogButtonBox*>();
            QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
        }
        QCOMPARE(settings.value(keys::kModelFolders),
                 QStringList({QStringLiteral("/models/one"), QStringLiteral("/models/two")}));
        QCOMPARE(settings.value(keys::kUpscaleTile), 256);
        QCOMPARE(settings.value(keys::kCpuThreads), 0);
        QCOMPARE(settings.value(keys::kDevice), QStringLiteral("cuda"));
        QCOMPARE(settings.value(keys::kOutputFolder), QStringLiteral("/tmp/results"));
        QCOMPARE(settings.value(keys::kOutputFormat), QStringLiteral("webp"));
        QCOMPARE(settings.value(keys::kOutputQuality), 80);
        QCOMPARE(settings.value(keys::kDefaultUpscaleModel), QStringLiteral("realesrgan-x4fast"));
        QCOMPARE(settings.value(keys::kLanguage), QStringLiteral("de"));

        SettingsDialog again(settings);
        QCOMPARE(again.tileBox()->value(), 256);
        QCOMPARE(again.formatBox()->currentData().toString(), QStringLiteral("webp"));
        QCOMPARE(again.threadsBox()->text(), again.threadsBox()->specialValueText());
    }

    void customDefaultModelIdIsKept()
    {
        Settings settings(m_dir.filePath(QStringLiteral("b.ini")));
        SettingsDialog dialog(settings);
        dialog.defaultModelBox()->setEditText(QStringLiteral("my-own-model"));
        dialog.apply();
        QCOMPARE(settings.value(keys::kDefaultUpscaleModel), QStringLiteral("my-own-model"));
        QVERIFY(SettingsDialog::namingText().contains(QStringLiteral("_2x.png")));
    }

    void remoteServerAndToken()
    {
        Settings settings(m_dir.filePath(QStringLiteral("c.ini")));
        {
            SettingsDialog dialog(settings);
            QCOMPARE(dialog.serverEdit()->text(), QString()); // empty: this computer
            dialog.serverEdit()->setText(QStringLiteral(" http://gpu-host:7860 "));
            dialog.tokenEdit()->setText(QStringLiteral("secret-token"));
            QCOMPARE(dialog.tokenEdit()->echoMode(), QLineEdit::PasswordEchoOnEdit);
            dialog.apply();
        }
        QCOMPARE(settings.value(keys::kRemoteServer), QStringLiteral("http://gpu-host:7860"));
        QCOMPARE(settings.value(keys::kRemoteToken), QStringLiteral("secret-token"));
        SettingsDialog again(settings);
        QCOMPARE(again.serverEdit()->text(), QStringLiteral("http://gpu-host:7860"));
        again.serverEdit()->clear();
        again.apply();
        QCOMPARE(settings.value(keys::kRemoteServer), QString());
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settings_dialog.moc"
