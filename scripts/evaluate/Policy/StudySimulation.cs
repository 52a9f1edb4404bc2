using AdaptiveLearning.Domain.Simulation;

namespace AdaptiveLearning.Evaluate.Policy;

/// <summary>
/// One simulated learner studying one bank with one policy: each day at 08:00 UTC they answer what the policy offers,
/// a batch at a time as a client fetches it, until the day's minutes are spent or nothing is offered.
/// </summary>
internal static class StudySimulation
{
    public static readonly DateTimeOffset Start = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);

    public static LearnerOutcome Run(
        SimulatedLearner learner, IReadOnlyList<BankItem> bank, IStudyPolicy policy, PolicySettings settings, AnswerTimes times, Random random)
    {
        var items = bank.ToDictionary(i => i.Id);
        var seen = new HashSet<long>();
        var (answers, seconds) = (0, 0.0);
        for (var day = 0; day < settings.Days; day++)
        {
            var now = Start.AddDays(day);
            var budget = settings.MinutesPerDay * 60;
            var spent = 0.0;
            while (spent < budget && policy.Next(now, settings.BatchSize) is { Count: > 0 } batch)
            {
                foreach (var id in batch.TakeWhile(_ => spent < budget))
                {
                    var correct = learner.Answer(id, items[id].Irt, now, random);
                    policy.Record(id, correct, now);
                    var cost = times.Seconds(seen.Add(id), correct);
                    (spent, now, answers) = (spent + cost, now.AddSeconds(cost), answers + 1);
                }
            }

            seconds += spent;
        }

        var target = Start.AddDays(settings.Days + settings.RetentionDays);
        var after = bank.Select(i => learner.CorrectProbability(i.Id, i.Irt, target)).ToList();
        var before = bank.Select(i => i.Irt.Probability(learner.Theta)).ToList();
        var mastered = after.Count(p => p >= PolicySettings.MasteredProbability) - before.Count(p => p >= PolicySettings.MasteredProbability);
        return new LearnerOutcome(after.Average(), before.Average(), bank.Count, answers, seconds / 60, mastered);
    }
}
