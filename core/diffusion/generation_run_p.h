// Private: one execution of a GenerateJob — resolves the model, the
// tokenizer, the device and the seed, then runs the passes (first pass,
// hires upscale, second pass, face restoration), reporting progress and
// previews, and assembles the JobOutput with its provenance.
//
// Contract: created and used inside GenerateJob::run() on the worker thread;
// execute() may throw (c10::Error, cv::Exception); GenerateJob catches.
#pragma once

#include "core/diffusion/generate_job.h"
#include "core/diffusion/generation_schedule.h"

#include <QElapsedTimer>

#include <ATen/ATen.h>

#include <memory>

namespace hires {

class SdModel;
struct GuidanceConditioning;

class GenerationRun
{
public:
    GenerationRun(const GenerationRequest& request, const GenerateOptions& options,
                  const std::optional<Image>& firstPass, JobContext& context);
    ~GenerationRun();
    Result<JobOutput> execute();

    // The checkpoint a request names: a path, or a name / id in the folders.
    static Result<QString> resolveModelPath(const QString& model, const QStringList& folders);

private:
    Result<void> prepare();
    Result<at::Tensor> samplePass(const SamplingPlan& plan, const at::Tensor& init, int64_t height,
                                  int64_t width, const QString& stage);
    Result<void> loadInitImage();
    Result<at::Tensor> hiresLatent(const at::Tensor& firstLatent, const cv::Mat& firstImage,
                                   JobOutput& output);
    void restoreFaces(JobOutput& output, Image& result);
    Result<void> checkCancelled() const;
    void stage(const QString& name);
    void timed(const QString& name);

    GenerationRequest m_request;
    const GenerateOptions& m_options;
    const std::optional<Image>& m_firstPass;
    JobContext& m_context;
    std::shared_ptr<SdModel> m_model;
    std::unique_ptr<GuidanceConditioning> m_conditioning;
    std::optional<GenerationSchedule> m_schedule;
    cv::Mat m_initPixels; // img2img: the start image, BGR 8-bit
    uint64_t m_seed = 0;
    int m_stepsDone = 0;
    int m_totalSteps = 0;
    int m_passSteps = 0; // steps of the pass now running
    Provenance m_provenance;
    QElapsedTimer m_stageTimer;
};

} // namespace hires
