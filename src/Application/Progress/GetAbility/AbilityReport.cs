namespace AdaptiveLearning.Application.Progress.GetAbility;

public sealed record AbilityReport(IReadOnlyList<TopicAbility> Topics);
