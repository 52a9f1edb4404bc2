using AdaptiveLearning.Domain.Common;

namespace AdaptiveLearning.Domain.Learning;

/// <summary>The rating a learner would likely have chosen, from correctness and speed, when the client sends none.</summary>
public static class RatingPolicy
{
    public const int DefaultExpectedSeconds = 30;

    public static Rating Derive(bool correct, int timeSpentMs, int? estimatedTimeSeconds)
    {
        if (!correct)
            return Rating.Again;
        if (timeSpentMs <= 0)
            return Rating.Good;
        var expectedMs = (estimatedTimeSeconds ?? DefaultExpectedSeconds) * 1000.0;
        // Well under the author's estimate means effortless recall; well over means a struggle.
        return timeSpentMs <= expectedMs * 0.5 ? Rating.Easy
            : timeSpentMs <= expectedMs * 1.5 ? Rating.Good
            : Rating.Hard;
    }
}
