// Runs a comparison job on the calling thread (no runner, no cancel flag) and
// reads its Comparison back, the way the GUI does.
#pragma once

#include "core/compare/comparison.h"
#include "core/jobs/job.h"

namespace hires::test {

inline Result<Comparison> runComparisonJob(Job& job)
{
    JobContext context(1, nullptr, nullptr, {}, {});
    Result<JobOutput> output = job.run(context);
    if (!output)
        return output.error();
    return Comparison::fromJobOutput(*output);
}

} // namespace hires::test
