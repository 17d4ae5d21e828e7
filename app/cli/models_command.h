// `hires-studio models`: the model library on the command line.
//
//   models [--json] [--folder DIR]...          list the models (id, kind, architecture,
//                                              scale, format, size, licence or error)
//   models install-defaults --from DIR [--to DIR]
//                                              copy the default upscalers (used by
//                                              packaging/install-default-models.sh)
//   models download ID|URL [--sha256 HEX] [--to DIR] [--allow-unverified]
//                                              fetch a known model or a URL, verified
//   models catalogue [--json]                  the models Hires Studio knows by name
//
// Exit codes: 0 done (a listing with unreadable files is still a listing; their
// errors are in it), 1 failed, 2 bad usage.
#pragma once

#include "app/cli/command.h"

namespace hires::cli {

class ModelsCommand final : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments) override;
};

} // namespace hires::cli
