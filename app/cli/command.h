// A sub-command of the hires-studio executable (`upscale`, `inspect`, ...).
//
// Contract: run() is called on the main thread inside a QCoreApplication (no
// display needed), with the arguments after the sub-command's name. It prints
// results to standard output, messages to standard error, and returns the
// process exit code: 0 success, 1 failure, 2 bad usage.
#pragma once

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace hires::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0; // one line for the top-level --help
    virtual int run(const QStringList& arguments) = 0;
};

// Every sub-command of this build, in the order `--help` lists them.
std::vector<std::unique_ptr<Command>> allCommands();

} // namespace hires::cli
