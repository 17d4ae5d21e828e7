// NcnnGraph: the execution plan of an ncnn .param/.bin model as an upscaler —
// which layers to run in which order, when each blob can be freed, and what
// the graph does to an image's size (scale, input multiple, channels).
//
// Contract: analyse() is torch-free and cheap (no weights are converted): it
// keeps only the layers the output depends on, parses each with
// parseNcnnLayer() (so an unsupported layer fails here, naming its type and
// name) and infers every blob's shape by arithmetic. The result is immutable
// and safe to share between threads. Errors name the file.
#pragma once

#include <array>
#include <vector>

#include <QString>

#include "core/base/result.h"
#include "core/nn/ncnn_layer_spec.h"
#include "core/weights/ncnn_model.h"

namespace hires {

// An ncnn image blob: channels x height x width.
struct NcnnBlobShape
{
    int64_t c = 0, h = 0, w = 0;
    bool operator==(const NcnnBlobShape& o) const { return c == o.c && h == o.h && w == o.w; }
};

// A crop window: offsets and sizes in channels, rows and columns.
struct NcnnCropRegion
{
    int64_t c = 0, h = 0, w = 0;
    int64_t outc = 0, outh = 0, outw = 0;
};

class NcnnGraph
{
public:
    struct Step
    {
        int layer = 0; // index in NcnnModel::layers()
        NcnnLayerSpec spec;
        std::vector<int> inputs;  // blob indices
        std::vector<int> outputs; // blob indices
        std::vector<int> release; // blobs no later step reads: free after this step
    };

    enum class Purpose
    {
        Upscaler,  // must map C x H x W to C x sH x sW for a whole s (scale() etc. are set)
        AnyShapes, // any graph of image blobs (tests of single layers); scale() is 0
    };

    static Result<NcnnGraph> analyse(const NcnnModel& model, const QString& fileName,
                                     Purpose purpose = Purpose::Upscaler);

    const std::vector<Step>& steps() const { return m_steps; }
    int blobCount() const { return m_blobCount; }
    int inputBlob() const { return m_inputBlob; }
    int outputBlob() const { return m_outputBlob; }
    int scale() const { return m_scale; }
    int inputMultiple() const { return m_inputMultiple; }
    int channels() const { return m_channels; } // 0 for Purpose::AnyShapes
    // e.g. "ncnn graph x4 (72 layers)"
    QString describe() const;

    // The output shape for an input shape; an error names the first layer
    // whose inputs do not fit it.
    Result<NcnnBlobShape> outputShape(const NcnnBlobShape& input) const;

    // Shared with the executor so both compute sizes the same way.
    // Convolution padding {left, right, top, bottom} for an input of h x w
    // (resolves ncnn's -233/-234 "SAME" padding).
    static std::array<int64_t, 4> convPadding(const NcnnConvSpec& conv, int64_t h, int64_t w);
    static Result<NcnnBlobShape> convOutput(const NcnnConvSpec& conv, const NcnnBlobShape& in);
    static NcnnBlobShape interpOutput(const NcnnInterpSpec& interp, const NcnnBlobShape& in);
    static Result<NcnnCropRegion> cropRegion(const NcnnCropSpec& crop, const NcnnBlobShape& in,
                                             const NcnnBlobShape* reference);

private:
    Result<NcnnBlobShape> stepOutput(const Step& step,
                                     const std::vector<NcnnBlobShape>& inputs) const;
    Result<void> findScale(const QString& fileName);

    std::vector<Step> m_steps;
    int m_blobCount = 0;
    int m_inputBlob = -1;
    int m_outputBlob = -1;
    int m_scale = 0;
    int m_inputMultiple = 1;
    int m_channels = 0;
};

} // namespace hires
