// registerBuiltinArchitectures(): plugs the recognisers of core/nn into
// ArchitectureRegistry, so `inspect` and the model library name what a file
// holds.
//
// Contract: idempotent and thread-safe (the first call registers, later calls
// do nothing). Call it once before the first ArchitectureRegistry::detect():
// main() does, the model library does, tests that inspect do. An explicit call
// rather than a static initialiser, because the linker drops object files of a
// static library that nothing references.
//
// Registered, in order: the native upscalers (RRDBNet, SRVGGNetCompact, by
// state-dict names and shapes); ncnn weights mapped by layer order onto those
// networks, or else "ncnn graph"; face restorers (GFPGAN, CodeFormer) and
// Stable Diffusion checkpoints (1.x, 2.x, XL), by key names only.
#pragma once

#include <QString>

namespace hires {

void registerBuiltinArchitectures();

// Names the registered detectors report besides the upscalers.
inline const QString kNcnnGraphArchitecture = QStringLiteral("ncnn graph");
// GFPGAN v1.2 - v1.4 ("clean" layout): what core/face's loader takes.
inline const QString kGfpganArchitecture = QStringLiteral("GFPGAN");
// GFPGAN v1 in its original layout (GFPGANv1.pth): recognised, not loadable.
inline const QString kGfpganV1Architecture = QStringLiteral("GFPGANv1 (original layout)");
inline const QString kCodeFormerArchitecture = QStringLiteral("CodeFormer");
inline const QString kSd1Architecture = QStringLiteral("Stable Diffusion 1.x");
inline const QString kSd2Architecture = QStringLiteral("Stable Diffusion 2.x");
inline const QString kSdxlArchitecture = QStringLiteral("Stable Diffusion XL");

} // namespace hires
