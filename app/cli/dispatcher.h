// Decides between the GUI and a sub-command, and runs sub-commands.
#pragma once

namespace hires::cli {

// True when argv asks for a sub-command, --help or --version (no window).
bool isCommandLineInvocation(int argc, char** argv);

// Runs the command line inside a QCoreApplication; returns the exit code.
int runCommandLine(int argc, char** argv);

} // namespace hires::cli
