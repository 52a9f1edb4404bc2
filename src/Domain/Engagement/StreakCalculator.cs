namespace AdaptiveLearning.Domain.Engagement;

/// <summary>
/// A streak is derived, never stored: walking the learner's active days (day numbers) from the first to today,
/// an active day extends it and every <see cref="StreakRules.FreezeEveryDays"/>-th one earns a freeze (up to the cap);
/// a past day without activity spends a freeze when one is held, and otherwise ends the streak. Today is not missed
/// until it is over. Frozen days keep the streak but do not lengthen it.
/// </summary>
public static class StreakCalculator
{
    public static Streak Compute(IReadOnlyCollection<int> activeDays, int today, StreakRules rules)
    {
        if (activeDays.Count == 0)
            return Streak.None;
        var active = activeDays as IReadOnlySet<int> ?? activeDays.ToHashSet();
        var first = activeDays.Min();
        var last = activeDays.Max();
        // A learner who moved west may have lived "tomorrow" already: their calendar ends at their latest day.
        var end = Math.Max(today, last);
        var freezeEvery = Math.Max(1, rules.FreezeEveryDays);
        int current = 0, longest = 0, freezes = 0, used = 0, towardFreeze = 0;
        var frozen = new List<int>();
        for (var day = first; day <= end; day++)
        {
            if (active.Contains(day))
            {
                current++;
                longest = Math.Max(longest, current);
                if (++towardFreeze == freezeEvery)
                {
                    towardFreeze = 0;
                    freezes = Math.Min(freezes + 1, Math.Max(0, rules.MaxFreezes));
                }
            }
            else if (day < end && current > 0)
            {
                if (freezes > 0)
                {
                    freezes--;
                    used++;
                    frozen.Add(day);
                }
                else
                {
                    current = 0;
                    towardFreeze = 0;
                }
            }
        }

        return new Streak(current, longest, freezes, used, frozen, active.Contains(end), last);
    }
}
