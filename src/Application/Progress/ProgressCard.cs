using AdaptiveLearning.Domain.Learning;

namespace AdaptiveLearning.Application.Progress;

public sealed record ProgressCard(string Path, CardSnapshot Snapshot);
