using AdaptiveLearning.Domain.Learning;

namespace AdaptiveLearning.Application.Cards;

public sealed record CardRow(long Id, long QuestionId, string Path, CardSnapshot Snapshot);
