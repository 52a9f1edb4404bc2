using AdaptiveLearning.Application.Jobs;

namespace AdaptiveLearning.Infrastructure.Jobs;

/// <param name="Exhausted">Its lease expired on its last allowed attempt: it was ended interrupted instead of run again.</param>
internal sealed record ClaimedJob(RunningJob Job, bool Exhausted);
