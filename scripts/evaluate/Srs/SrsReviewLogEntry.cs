using AdaptiveLearning.Domain.Scheduling;

namespace AdaptiveLearning.Evaluate.Srs;

public sealed record SrsReviewLogEntry(string CardId, ReviewRecord Review);
