#include "ui/application.h"

#include <QApplication>
#include <QIcon>

#include "core/base/version.h"
#include "ui/language.h"
#include "ui/main_window.h"
#include "ui/settings.h"

namespace hires::ui {

int runApplication(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("HiresStudio"));
    QApplication::setApplicationDisplayName(QString::fromLatin1(kApplicationName));
    QApplication::setOrganizationName(QStringLiteral("HiresStudio"));
    QApplication::setApplicationVersion(QString::fromLatin1(kVersion));
    QApplication::setDesktopFileName(QStringLiteral("io.github.hires_studio.HiresStudio"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/hires-studio.svg")));

    Settings settings;
    installTranslators(settings.value(keys::kLanguage));

    MainWindow window(settings);
    window.show();
    const QStringList files = QApplication::arguments().mid(1);
    if (!files.isEmpty())
        window.openFiles(files);
    return app.exec();
}

} // namespace hires::ui
