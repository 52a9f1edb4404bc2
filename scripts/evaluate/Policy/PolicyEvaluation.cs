using System.Diagnostics;
using AdaptiveLearning.Domain.Scheduling;
using AdaptiveLearning.Domain.Simulation;

namespace AdaptiveLearning.Evaluate.Policy;

/// <summary>
/// Every policy studies with the same learners on the same banks (common random numbers); each seed draws a new bank
/// and cohort, and a seed's figure is its cohort's mean, so the intervals are over independent seeds.
/// </summary>
internal static class PolicyEvaluation
{
    public static PolicyReport Run(CalibratedPopulation population, PolicySettings settings)
    {
        var clock = Stopwatch.StartNew();
        var times = new AnswerTimes();
        var perSeed = PolicyLineup.Names.ToDictionary(n => n, _ => new List<CohortOutcome>());
        for (var seed = 1; seed <= settings.Seeds; seed++)
        {
            var bank = population.DrawBank(settings.Skills, settings.ItemsPerSkill, new Random(seed));
            var cohort = new Dictionary<string, List<LearnerOutcome>>();
            for (var l = 0; l < settings.Learners; l++)
            {
                var learnerSeed = seed * 100_003 + l * 7_919;
                var draw = new Random(learnerSeed);
                var theta = population.DrawAbility(draw);
                var memory = MemoryParameterSampler.Draw(FsrsParameters.Default, settings.MemorySpread, draw);
                foreach (var name in PolicyLineup.Names)
                {
                    var policy = PolicyLineup.Create(name, bank, new DailyLimits(settings.NewCardsPerDay), settings, new Random(learnerSeed + 2));
                    var outcome = StudySimulation.Run(new SimulatedLearner(theta, memory), bank, policy, settings, times, new Random(learnerSeed + 1));
                    (cohort.TryGetValue(name, out var list) ? list : cohort[name] = []).Add(outcome);
                }
            }

            foreach (var (name, outcomes) in cohort)
                perSeed[name].Add(CohortOutcome.Of(outcomes));
            Console.WriteLine($"seed {seed}/{settings.Seeds} done ({clock.Elapsed.TotalSeconds:0} s)");
        }

        return new PolicyReport(population.Source, settings, times, perSeed, clock.Elapsed.TotalSeconds);
    }
}
