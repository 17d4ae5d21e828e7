// The registry of sub-commands. A new command is one file in app/cli/ and one
// line here.
#include "app/cli/command.h"
#include "app/cli/inspect_command.h"
#include "app/cli/models_command.h"

namespace hires::cli {

std::unique_ptr<Command> makeUpscaleCommand();
std::unique_ptr<Command> makeGenerateCommand();

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<InspectCommand>());
    commands.push_back(makeUpscaleCommand());
    commands.push_back(makeGenerateCommand());
    commands.push_back(std::make_unique<ModelsCommand>());
    return commands;
}

} // namespace hires::cli
