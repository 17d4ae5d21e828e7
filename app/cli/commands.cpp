// The registry of sub-commands. A new command is one file in app/cli/ and one
// line here.
#include "app/cli/command.h"

namespace hires::cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    return commands;
}

} // namespace hires::cli
