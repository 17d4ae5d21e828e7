#include "app/cli/dispatcher.h"

#include "app/cli/command.h"
#include "app/cli/console.h"
#include "core/base/version.h"
#include "core/jobs/compute_device.h"
#include "ui/language.h"

#include <QCoreApplication>

#include <cstring>

namespace hires::cli {

namespace {

bool isHelp(const char* arg)
{
    return !std::strcmp(arg, "--help") || !std::strcmp(arg, "-h") || !std::strcmp(arg, "help");
}

bool isVersion(const char* arg)
{
    return !std::strcmp(arg, "--version") || !std::strcmp(arg, "-v");
}

QString topLevelHelp(const std::vector<std::unique_ptr<Command>>& commands)
{
    QString text = QCoreApplication::translate(
                       "cli", "Usage: %1 [FILE...]            open the window (with FILEs)\n"
                              "       %1 COMMAND [OPTIONS]    run a command without a window\n"
                              "       %1 COMMAND --help       options of a command\n\n"
                              "Commands:\n")
                       .arg(QString::fromLatin1(kExecutableName));
    for (const auto& command : commands)
        text += QStringLiteral("  %1%2\n").arg(command->name(), -12).arg(command->summary());
    text += QCoreApplication::translate("cli", "\nOptions:\n"
                                               "  -h, --help     show this help\n"
                                               "  -v, --version  show the version and the runtime "
                                               "(libtorch, OpenCV, device)");
    return text;
}

QString versionText()
{
    const RuntimeInfo info = runtimeInfo();
    return QStringLiteral("%1 %2\nlibtorch %3 (%4), OpenCV %5, Qt %6, CPU threads %7")
               .arg(QString::fromLatin1(kApplicationName), QString::fromLatin1(kVersion),
                    info.torchVersion,
                    info.cudaAvailable
                        ? QStringLiteral("CUDA, %1 device(s)").arg(info.cudaDeviceCount)
                        : QStringLiteral("CPU only"),
                    info.openCvVersion, QString::fromLatin1(qVersion()))
               .arg(info.cpuThreads) +
           (info.blasKernels.isEmpty() ? QString()
                                       : QStringLiteral(", OpenBLAS %1").arg(info.blasKernels)) +
           QStringLiteral(", VAE %1").arg(info.vaeCpuLayout);
}

} // namespace

bool isCommandLineInvocation(int argc, char** argv)
{
    if (argc < 2)
        return false;
    const char* first = argv[1];
    if (isHelp(first) || isVersion(first))
        return true;
    for (const auto& command : allCommands()) {
        if (command->name() == QString::fromLocal8Bit(first))
            return true;
    }
    return false;
}

int runCommandLine(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("HiresStudio"));
    QCoreApplication::setOrganizationName(QStringLiteral("HiresStudio"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));
    ui::installTranslators(QString());

    const QStringList args = QCoreApplication::arguments();
    auto commands = allCommands();
    const QString first = args.value(1);
    if (isHelp(first.toLocal8Bit().constData())) {
        printOut(topLevelHelp(commands));
        return kExitOk;
    }
    if (isVersion(first.toLocal8Bit().constData())) {
        printOut(versionText());
        return kExitOk;
    }
    for (auto& command : commands) {
        if (command->name() == first)
            return command->run(args.mid(2));
    }
    printErr(QCoreApplication::translate("cli", "Unknown command '%1'. Try '%2 --help'.")
                 .arg(first, QString::fromLatin1(kExecutableName)));
    return kExitUsage;
}

} // namespace hires::cli
