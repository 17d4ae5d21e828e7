// `hires-studio serve`: the HTTP API (docs/http-api.md) on this machine.
//
//   serve [--host 127.0.0.1] [--port 7860] [--token T | --token-file F]
//         [--models DIR]... [--checkpoint ID] [--max-queue N] [--max-body-mb N]
//
// Listening on anything but loopback needs a token (every request then
// carries "Authorization: Bearer T"). Runs until interrupted; one job at a
// time on the same job runner the desktop app uses.
// Exit codes: 0 stopped, 1 could not listen, 2 bad usage.
#pragma once

#include "app/cli/command.h"

namespace hires::cli {

class ServeCommand final : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments) override;
};

} // namespace hires::cli
