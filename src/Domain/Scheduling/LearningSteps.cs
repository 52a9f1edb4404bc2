using AdaptiveLearning.Domain.Common;

namespace AdaptiveLearning.Domain.Scheduling;

/// <summary>Anki's (re)learning-step rules, shared by both schedulers.</summary>
internal static class LearningSteps
{
    /// <summary>The step and delay after a rating, or null when the card graduates to Review.</summary>
    public static (int Step, TimeSpan Delay)? Next(IReadOnlyList<TimeSpan> steps, int step, Rating rating)
    {
        // A step past the end happens when the learner shortened their steps mid-way.
        if (steps.Count == 0 || (step >= steps.Count && rating != Rating.Again))
        {
            return null;
        }

        return rating switch
        {
            Rating.Again => (0, steps[0]),
            Rating.Hard => (step, HardDelay(steps, step)),
            Rating.Good when step + 1 >= steps.Count => null,
            Rating.Good => (step + 1, steps[step + 1]),
            _ => null,
        };
    }

    private static TimeSpan HardDelay(IReadOnlyList<TimeSpan> steps, int step) => (step, steps.Count) switch
    {
        (0, 1) => steps[0] * 1.5,
        (0, _) => (steps[0] + steps[1]) / 2.0,
        _ => steps[step],
    };
}
