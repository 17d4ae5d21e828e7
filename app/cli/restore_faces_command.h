// `hires-studio restore-faces INPUT... [-o PATH] [--weight W] [--face-model FILE]
//  [--face-aligned] [--detector auto|yunet|haar] [--model-dir DIR] [--format F] [--json]`
//
// Detects the faces of each input photo, restores them with GFPGAN v1.4 and
// pastes them back at the given weight (0 = unchanged, 1 = fully restored);
// --face-aligned treats each input as an already aligned face (the network
// alone). Without a usable --face-model the image is written unchanged and
// the reason is printed (and recorded in --json's provenance), as the
// upscale pipeline does. Outputs never overwrite an input; an input that
// cannot be read is reported and the others go on (exit code 1 at the end).
#pragma once

#include "app/cli/command.h"

namespace hires::cli {

class RestoreFacesCommand final : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments) override;
};

} // namespace hires::cli
