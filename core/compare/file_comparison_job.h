// FileComparisonJob: two image files side by side (an upscale next to its
// original, two models' results, two versions of an edit).
//
// Contract: see Job. Both files are decoded on the worker through
// core/image (so a corrupt or huge file is a clear error, never a crash) and
// aligned to the larger one's size (image_alignment.h). Fidelity is measured
// only when the sizes differ: the smaller image stands for the input of the
// larger.
#pragma once

#include "core/compare/comparison.h"
#include "core/jobs/job.h"

namespace hires {

class FileComparisonJob final : public Job
{
public:
    FileComparisonJob(QString fileA, QString fileB, double gain = Comparison::kDefaultGain);

    QString kind() const override; // "compare"
    QString title() const override;
    Result<JobOutput> run(JobContext& context) override;

private:
    QString m_fileA;
    QString m_fileB;
    double m_gain;
};

} // namespace hires
