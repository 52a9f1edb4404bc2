namespace AdaptiveLearning.Application.Progress;

/// <param name="Day">The learner's local date.</param>
public sealed record DueForecastDay(DateOnly Day, int Due);
