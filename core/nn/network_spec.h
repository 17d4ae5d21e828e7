// Recognising an upscaling network from its weights alone.
//
// Contract: detectUpscaleNetwork() looks only at tensor names and shapes (no
// file name, no guessing from sizes on disk) and either returns a complete
// NetworkSpec — enough to build the network — or says why it cannot. Pure and
// thread-safe; torch-free.
#pragma once

#include "core/base/result.h"
#include "core/weights/state_dict.h"

#include <QString>

namespace hires {

enum class NetworkKind
{
    RRDBNet,         // ESRGAN / Real-ESRGAN x4plus, x2plus, anime_6B, RealESRNet
    SRVGGNetCompact, // realesr-general-x4v3, realesr-animevideov3
};

enum class Activation
{
    PReLU,
    ReLU,
    LeakyReLU
};

struct NetworkSpec
{
    NetworkKind kind = NetworkKind::RRDBNet;
    int scale = 4;      // output size / input size of one pass
    int inChannels = 3; // image channels the network takes (before pixel-unshuffle)
    int outChannels = 3;
    int numFeat = 64;
    // RRDBNet
    int numBlock = 23;
    int numGrowCh = 32;
    // SRVGGNetCompact
    int numConv = 16;
    Activation activation = Activation::PReLU;
    // Which key names the file used ("basicsr", "esrgan", "esrgan-old-arch",
    // "realesrgan"); the weights are normalised to BasicSR names on load.
    QString keyLayout;

    // "RRDBNet" or "SRVGGNetCompact".
    QString architectureName() const;
    // e.g. "RRDBNet x4, 23 blocks, 64 features" — for people.
    QString describe() const;
    // Input width and height must be multiples of this (pixel-unshuffle).
    int inputMultiple() const;
};

// Recognises RRDBNet (BasicSR names, the 2019 ESRGAN names and the original
// "old arch" model.N names) and SRVGGNetCompact. Shapes are checked for
// consistency (a file with the right names but wrong shapes is refused).
Result<NetworkSpec> detectUpscaleNetwork(const StateDict& weights);

// Returns the weights under BasicSR's names for the detected layout (a no-op
// for "basicsr"/"realesrgan"). Tensors are shared, not copied.
StateDict normalizeUpscaleKeys(const StateDict& weights, const NetworkSpec& spec);

} // namespace hires
