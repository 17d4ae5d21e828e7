// waitForRemote: one RemoteBackend request waited for on a JobRunner worker,
// the way a local job runs there — the server's progress and previews go to
// the JobContext, and the job's cancel flag drops the request (the server
// then cancels its job). RemoteUpscaler and RemoteGenerateJob are made of it.
//
// Contract: call on a thread that may run a local event loop (the runner's
// worker); `backend` lives on that thread. Returns the request's output, or
// its error (ErrorCode::Cancelled after a cancel).
#pragma once

#include "core/base/result.h"
#include "core/jobs/job.h"

#include <functional>

namespace hires {

class RemoteBackend;

Result<JobOutput> waitForRemote(RemoteBackend& backend, JobContext& context,
                                const std::function<JobId()>& start);

} // namespace hires
