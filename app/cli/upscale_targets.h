// Inputs and outputs of `hires-studio upscale`: folders expanded to the
// images in them (recognised by content, not by extension), and the output
// path of each input by core/image's naming rules (next to the input or in
// -o DIR; -o FILE with one input only), never an input and never an existing
// file unless asked.
#pragma once

#include "core/base/result.h"
#include "core/image/image.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace hires::cli {

// Files as given, plus the image files directly inside each folder (sorted).
// A path that does not exist is an error; a file that is not an image is kept
// (it fails later with the decoder's message) unless it came from a folder.
Result<QStringList> expandInputs(const QStringList& arguments);

struct OutputRule
{
    QString outputArgument;            // -o value, may be empty
    std::optional<ImageFormat> format; // --format, or empty for the input's own
    bool overwrite = false;            // --overwrite: an explicit -o FILE may be replaced
};

// Checks -o against the inputs: one input for a file, a folder otherwise
// (created when missing and the argument ends with '/').
Result<void> checkOutputRule(const OutputRule& rule, int inputCount);

// The format an output gets: --format, else -o FILE's extension, else the input's;
// switched to PNG when the image has alpha or 16 bits the format cannot hold.
ImageFormat outputFormat(const OutputRule& rule, const Image& image);

// The path to write: -o FILE, or the default name in -o DIR or next to the input.
Result<QString> outputPath(const OutputRule& rule, const QString& input, const QString& method,
                           double scale, ImageFormat format, const QStringList& inputs);

} // namespace hires::cli
