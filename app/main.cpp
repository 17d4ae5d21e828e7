// hires-studio: the window by default, a sub-command when one is named.
#include "app/cli/dispatcher.h"
#include "core/nn/builtin_architectures.h"
#include "ui/application.h"

int main(int argc, char** argv)
{
    hires::registerBuiltinArchitectures();
    if (hires::cli::isCommandLineInvocation(argc, argv))
        return hires::cli::runCommandLine(argc, argv);
    return hires::ui::runApplication(argc, argv);
}
