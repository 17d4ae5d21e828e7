// UpscaleJob: one image upscaled on the JobRunner's worker — the job the GUI's
// upscale page, the HTTP server and the comparison view submit.
//
// Contract: construct on any thread, hand to JobRunner::submit (or call run()
// directly with a JobContext on a worker thread). The input is an Image in
// memory or a file path (decoded on the worker through core/image). The
// UpscaleEngine is kept in the runner's ModelCache under
// "upscale-engine:<model file>", so a model is opened once and reused by the
// following jobs; an engine whose model could not be opened is not kept (the
// next job tries again, e.g. after a download). Progress is reported per tile;
// the cancel flag is checked between tiles and once more before saving, so a
// cancelled job returns ErrorCode::Cancelled and writes nothing. When saving
// is asked for, the output is written atomically by core/image's saver under
// the naming rules ("<stem>_<method>_<scale>x.<ext>", "_2", "_3", ... on
// collision, next to the input or in a chosen folder), never over the input.
// The output carries one image with role "result" and the provenance (and,
// with request.keepFaceSession, the faces in JobOutput::faces); the
// saved path is JobOutput::savedFiles[0]. The runner's device and CPU thread
// settings replace the request's unless keepRequestDevice is set.
#pragma once

#include "core/image/image.h"
#include "core/image/image_encoder.h"
#include "core/jobs/job.h"
#include "core/upscale/upscale_engine.h"

#include <QString>

#include <functional>
#include <optional>

namespace hires {

struct UpscaleSave
{
    bool enabled = false;
    QString folder;                    // empty: next to the input file
    std::optional<ImageFormat> format; // empty: the input's format (PNG for images in memory)
    int quality = 95;                  // JPEG and lossy WebP
    bool webpLossless = false;
};

struct UpscaleJobInput
{
    QString path;               // the file to upscale; also names the output when `image` is given
    std::optional<Image> image; // pixels already in memory (a paste, an HTTP upload)
    QString name;               // shown as the job title; default: the file name or "image"

    static UpscaleJobInput fromFile(const QString& path);
    static UpscaleJobInput fromImage(Image image, const QString& name = {});
};

class UpscaleJob final : public Job
{
public:
    // Does the upscaling instead of the local UpscaleEngine (e.g. a remote
    // server); called on the worker thread, must honour context.cancelled().
    using Upscaler = std::function<Result<UpscaleResult>(
        const Image& image, const UpscaleRequest& request, JobContext& context)>;

    UpscaleJob(UpscaleJobInput input, UpscaleRequest request, UpscaleSave save = {});

    // Keep request.options.device and cpuThreads instead of the runner's settings.
    void setKeepRequestDevice(bool keep) { m_keepRequestDevice = keep; }
    // A different way of opening models (tests); the engine is then not cached.
    void setModelOpener(UpscaleEngine::ModelOpener opener) { m_opener = std::move(opener); }
    // Loading, cancel checks and saving stay this job's; only the upscale is replaced.
    void setUpscaler(Upscaler upscaler) { m_upscaler = std::move(upscaler); }

    QString kind() const override { return QStringLiteral("upscale"); }
    QString title() const override;
    Result<JobOutput> run(JobContext& context) override;

    const UpscaleRequest& request() const { return m_request; }
    const UpscaleJobInput& input() const { return m_input; }

    // The format the output gets: the asked one, else the input's (PNG for
    // images made in memory); switched to PNG when the image has alpha or
    // 16 bits the input's format cannot hold (never lose what was not asked).
    static ImageFormat outputFormat(const std::optional<ImageFormat>& requested,
                                    const Image& result);
    static QString engineCacheKey(const UpscaleRequest& request);

private:
    Result<Image> loadInput() const;
    Result<UpscaleResult> upscale(const Image& image, const UpscaleRequest& request,
                                  JobContext& context);
    Result<QString> saveResult(const Image& result, const Provenance& provenance) const;

    UpscaleJobInput m_input;
    UpscaleRequest m_request;
    UpscaleSave m_save;
    bool m_keepRequestDevice = false;
    UpscaleEngine::ModelOpener m_opener;
    Upscaler m_upscaler;
};

} // namespace hires
