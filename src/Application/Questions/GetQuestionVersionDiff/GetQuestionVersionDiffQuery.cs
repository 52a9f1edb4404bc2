namespace AdaptiveLearning.Application.Questions.GetQuestionVersionDiff;

/// <param name="Against">The older side; null compares with the version before <paramref name="Version"/>.</param>
public sealed record GetQuestionVersionDiffQuery(long Id, int Version, int? Against = null);
