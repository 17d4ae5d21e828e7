// Standard output and error for sub-commands, UTF-8, flushed per line.
#pragma once

#include <QString>

namespace hires::cli {

void printOut(const QString& text); // adds a newline
void printErr(const QString& text); // adds a newline
// Rewrites the current terminal line (progress); a plain line when not a terminal.
void printProgress(const QString& text);
void endProgress();

} // namespace hires::cli
