// `hires-studio inspect FILE [--json] [--tensors]`: what a model file holds.
//
// Reads any file core/weights reads (safetensors, PyTorch .pth/.ckpt, ncnn
// .param/.bin) without running code from it, and prints the format, the
// wrapper key that was unwrapped, tensor and parameter counts, dtypes,
// metadata, ncnn layer types and the architecture and scale core/nn
// recognises (detectUpscaleNetwork). A refused file: exit code 1 and one line on
// standard error saying why.
#pragma once

#include "app/cli/command.h"

namespace hires::cli {

class InspectCommand final : public Command
{
public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments) override;
};

} // namespace hires::cli
