#include "ui/dialogs/about_dialog.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPushButton>
#include <QTest>

#include <opencv2/core/version.hpp>

#include "core/base/version.h"
#include "core/jobs/compute_device.h"

using namespace hires;
using namespace hires::ui;

class TestAboutDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsVersionAndRuntime()
    {
        AboutDialog dialog;
        const auto* text = dialog.findChild<QLabel*>(QStringLiteral("aboutText"));
        QVERIFY(text);
        const QString shown = text->text();
        const RuntimeInfo info = runtimeInfo();
        QVERIFY(shown.contains(QString::fromLatin1(kVersion)));
        QVERIFY(shown.contains(QStringLiteral("libtorch ") + info.torchVersion));
        QVERIFY(shown.contains(QStringLiteral("OpenCV ") + QStringLiteral(CV_VERSION)));
        QVERIFY(shown.contains(QStringLiteral("Qt ") + QString::fromLatin1(qVersion())));
        // This machine has no GPU: the dialog must say CPU, and CUDA only where there is one.
        QCOMPARE(shown.contains(QStringLiteral("CUDA")), info.cudaAvailable);
        QCOMPARE(shown.contains(QStringLiteral("CPU")), !info.cudaAvailable);
    }

    void iconIsCompiledIn()
    {
        // The resources of the static library reach every program linking it.
        AboutDialog dialog;
        bool found = false;
        for (const QLabel* label : dialog.findChildren<QLabel*>())
            found = found || !label->pixmap().isNull();
        QVERIFY(found);
    }

    void copiesDetails()
    {
        AboutDialog dialog;
        QPushButton* copy = nullptr;
        for (QPushButton* button : dialog.findChildren<QPushButton*>())
            if (button->text().contains(QStringLiteral("Copy")))
                copy = button;
        QVERIFY(copy);
        copy->click();
        const QString copied = QApplication::clipboard()->text();
        QVERIFY(copied.startsWith(QStringLiteral("Hires Studio ")));
        QVERIFY(copied.contains(AboutDialog::runtimeText()));
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_about_dialog.moc"
