using AdaptiveLearning.Domain.Tracing;

namespace AdaptiveLearning.Infrastructure.MachineLearning;

/// <summary>Turns a learner's earlier attempts into Best-LR style features (Gervet et al. 2020) for the next attempt.</summary>
public sealed class CorrectnessFeatureBuilder(CorrectnessFeatureLayout layout)
{
    /// <summary>Windows as in DAS3H / Best-LR: recent practice matters more than old practice.</summary>
    public static IReadOnlyList<TimeSpan> StandardTimeWindows { get; } =
        [TimeSpan.FromHours(1), TimeSpan.FromDays(1), TimeSpan.FromDays(7), TimeSpan.FromDays(30)];

    private static readonly AbilityEstimator Estimator = new();

    public CorrectnessFeatureLayout Layout { get; } = layout;

    public static CorrectnessFeatureLayout LearnLayout(
        IReadOnlyCollection<AttemptRecord> attempts, bool recentOutcomes, bool itemSpecificCounts, IrtCalibration? irt,
        bool skillTransfer = false, bool abilityDrift = false)
    {
        var items = attempts.Select(a => a.ItemId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var skills = attempts.Select(a => a.SkillId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var timed = attempts.Any(a => a.Timestamp is not null);
        return new CorrectnessFeatureLayout(items, skills, timed ? StandardTimeWindows : [], recentOutcomes, itemSpecificCounts, irt, skillTransfer, abilityDrift);
    }

    public LearnerFeatureState StartLearner() => new(Layout.Irt is null ? null : Estimator.StartPosterior());

    public void Record(LearnerFeatureState learner, AttemptRecord attempt)
    {
        learner.History.Record(attempt);
        learner.Run = learner.Run.After(attempt.SkillId, attempt.Correct);
        if (learner.Ability is not { } ability)
        {
            return;
        }

        var item = Layout.Irt!.ItemFor(attempt.ItemId, attempt.SkillId);
        if (Layout.AbilityDrift)
        {
            learner.Drift.Record(attempt.SkillId, (attempt.Correct ? 1 : 0) - ability.PredictCorrect(item));
            SkillAbility(learner, attempt.SkillId).Observe(item, attempt.Correct);
        }

        ability.Observe(item, attempt.Correct);
    }

    public LearnerFeatureState Replay(IEnumerable<AttemptRecord> earlierAttempts)
    {
        var learner = StartLearner();
        foreach (var attempt in earlierAttempts)
        {
            Record(learner, attempt);
        }

        return learner;
    }

    public SparseFeatures Build(LearnerFeatureState learner, string itemId, string skillId, DateTimeOffset? at)
    {
        var features = new SparseFeatureWriter();
        var earlier = learner.History;
        if (Layout.ItemSlot(itemId) is { } itemSlot)
        {
            features.Set(itemSlot, 1);
        }

        var onSkill = earlier.ForSkill(skillId);
        if (Layout.SkillSlot(skillId) is { } skillSlot)
        {
            features.Set(Layout.SkillStart + skillSlot, 1);
            features.Set(Layout.SkillAttemptsStart + skillSlot, Scaled(onSkill.Attempts));
            features.Set(Layout.SkillSuccessesStart + skillSlot, Scaled(onSkill.Successes));
        }

        var onItem = earlier.ForItem(itemId);
        if (Layout.ItemSpecificCounts && Layout.ItemSlot(itemId) is { } ownSlot)
        {
            features.Set(Layout.ItemAttemptsByItemStart + ownSlot, Scaled(onItem.Attempts));
            features.Set(Layout.ItemSuccessesByItemStart + ownSlot, Scaled(onItem.Successes));
        }

        features.Set(Layout.ItemAttemptsSlot, Scaled(onItem.Attempts));
        features.Set(Layout.ItemSuccessesSlot, Scaled(onItem.Successes));
        features.Set(Layout.TotalAttemptsSlot, Scaled(earlier.Total.Attempts));
        features.Set(Layout.TotalSuccessesSlot, Scaled(earlier.Total.Successes));
        if (at is { } now)
        {
            for (var w = 0; w < Layout.TimeWindows.Count; w++)
            {
                var recent = earlier.ForSkillSince(skillId, now - Layout.TimeWindows[w]);
                features.Set(Layout.WindowStart + 2 * w, Scaled(recent.Attempts));
                features.Set(Layout.WindowStart + 2 * w + 1, Scaled(recent.Successes));
            }
        }

        if (Layout.RecentOutcomes)
        {
            var outcomes = earlier.OutcomesOnSkill(skillId);
            for (var back = 1; back <= CorrectnessFeatureLayout.RecentOutcomesOnSkill && back <= outcomes.Count; back++)
            {
                features.Set(Layout.RecencyStart + 2 * (back - 1) + (outcomes[^back] ? 0 : 1), 1);
            }

            if (earlier.LastOutcome is { } last)
            {
                features.Set(Layout.RecencyStart + 2 * CorrectnessFeatureLayout.RecentOutcomesOnSkill + (last ? 0 : 1), 1);
            }

            features.Set(Layout.RecencyStart + 2 * CorrectnessFeatureLayout.RecentOutcomesOnSkill + 2, RecencyWeightedSuccess(outcomes));
        }

        if (Layout.Irt is { } irt && learner.Ability is { } ability)
        {
            var item = irt.ItemFor(itemId, skillId);
            var p = Math.Clamp(ability.PredictCorrect(item), 1e-6, 1 - 1e-6);
            features.Set(Layout.IrtStart, (float)Logistic.Logit(p));
            features.Set(Layout.IrtStart + 1, (float)ability.Estimate().Theta);
            features.Set(Layout.IrtStart + 2, (float)item.B);
        }

        if (Layout.SkillTransfer)
        {
            foreach (var (otherSkill, count) in earlier.Skills)
            {
                if (otherSkill != skillId && Layout.SkillSlot(otherSkill) is { } otherSlot)
                {
                    features.Set(Layout.TransferStart + 2 * otherSlot, Scaled(count.Attempts));
                    features.Set(Layout.TransferStart + 2 * otherSlot + 1, Scaled(count.Successes));
                }
            }
        }

        if (Layout.AbilityDrift)
        {
            features.Set(Layout.DriftStart, (float)learner.Drift.Overall);
            features.Set(Layout.DriftStart + 1, (float)learner.Drift.OnSkill(skillId));
            var onSkillAlone = Math.Clamp(SkillAbility(learner, skillId).PredictCorrect(Layout.Irt!.ItemFor(itemId, skillId)), 1e-6, 1 - 1e-6);
            features.Set(Layout.DriftStart + 2, (float)Logistic.Logit(onSkillAlone));
            var run = learner.Run.SkillId == skillId ? learner.Run : default;
            features.Set(Layout.DriftStart + 3, Scaled(run.Attempts));
            features.Set(Layout.DriftStart + 4, Scaled(run.Successes));
            features.Set(Layout.DriftStart + 5, Scaled(run.Streak));
        }

        return features.ToSparse();
    }

    /// <summary>Features for every attempt in a chronological log, each from that learner's earlier attempts only.</summary>
    public IEnumerable<(SparseFeatures Features, AttemptRecord Attempt)> BuildForLog(IEnumerable<AttemptRecord> attempts)
    {
        var learners = new Dictionary<string, LearnerFeatureState>(StringComparer.Ordinal);
        foreach (var attempt in attempts)
        {
            if (!learners.TryGetValue(attempt.LearnerId, out var learner))
            {
                learner = StartLearner();
                learners[attempt.LearnerId] = learner;
            }

            yield return (Build(learner, attempt.ItemId, attempt.SkillId, attempt.Timestamp), attempt);
            Record(learner, attempt);
        }
    }

    /// <summary>
    /// Success rate on the skill with each older answer weighing <see cref="CorrectnessFeatureLayout.RecencyDecay"/>
    /// times the next, centred on 0 (as in R-PFA), so a learner who has just started getting it right stands out.
    /// Only the last 20 answers matter at this decay.
    /// </summary>
    private static float RecencyWeightedSuccess(IReadOnlyList<bool> outcomes)
    {
        double weighted = 0, total = 0, weight = 1;
        for (var back = 1; back <= Math.Min(20, outcomes.Count); back++, weight *= CorrectnessFeatureLayout.RecencyDecay)
        {
            weighted += weight * (outcomes[^back] ? 1 : -1);
            total += weight;
        }

        return total == 0 ? 0 : (float)(weighted / total);
    }

    private static AbilityPosterior SkillAbility(LearnerFeatureState learner, string skillId)
    {
        if (!learner.SkillAbility.TryGetValue(skillId, out var posterior))
        {
            posterior = Estimator.StartPosterior();
            learner.SkillAbility[skillId] = posterior;
        }

        return posterior;
    }

    private static float Scaled(int count) => MathF.Log(1 + count);
}
