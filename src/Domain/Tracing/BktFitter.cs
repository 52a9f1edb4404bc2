namespace AdaptiveLearning.Domain.Tracing;

/// <summary>Fits BKT per skill with expectation maximisation (Baum-Welch) over each learner's response sequence.</summary>
public sealed class BktFitter(BktFitOptions options)
{
    private const double Floor = 1e-4;

    public BktFitter() : this(new BktFitOptions())
    {
    }

    public BktModel Fit(IEnumerable<AttemptRecord> attempts)
    {
        var sequencesBySkill = new Dictionary<string, Dictionary<string, List<bool>>>(StringComparer.Ordinal);
        foreach (var attempt in attempts)
        {
            if (!sequencesBySkill.TryGetValue(attempt.SkillId, out var byLearner))
            {
                byLearner = new Dictionary<string, List<bool>>(StringComparer.Ordinal);
                sequencesBySkill[attempt.SkillId] = byLearner;
            }

            if (!byLearner.TryGetValue(attempt.LearnerId, out var sequence))
            {
                sequence = [];
                byLearner[attempt.LearnerId] = sequence;
            }

            sequence.Add(attempt.Correct);
        }

        var fitted = new Dictionary<string, BktParameters>(StringComparer.Ordinal);
        foreach (var (skillId, byLearner) in sequencesBySkill)
        {
            fitted[skillId] = FitSkill([.. byLearner.Values]);
        }

        return new BktModel(fitted, options.Defaults);
    }

    public BktParameters FitSkill(IReadOnlyList<IReadOnlyList<bool>> sequences)
    {
        var responses = sequences.Sum(s => s.Count);
        if (responses < options.MinimumResponses)
        {
            return options.Defaults;
        }

        var parameters = options.Defaults;
        var previousLogLikelihood = double.NegativeInfinity;
        for (var iteration = 0; iteration < options.MaximumIterations; iteration++)
        {
            var statistics = new BktExpectedCounts();
            foreach (var sequence in sequences)
            {
                statistics.Accumulate(parameters, sequence);
            }

            parameters = Maximise(statistics, parameters);
            var perResponse = statistics.LogLikelihood / responses;
            if (perResponse - previousLogLikelihood < options.Tolerance)
            {
                break;
            }

            previousLogLikelihood = perResponse;
        }

        return parameters;
    }

    private BktParameters Maximise(BktExpectedCounts counts, BktParameters current) => new(
        Prior: Clamp(counts.Sequences == 0 ? current.Prior : counts.InitialKnown / counts.Sequences, 1 - Floor),
        Learn: Clamp(Ratio(counts.Learned, counts.UnknownBeforeTransition, current.Learn), 1 - Floor),
        Guess: Clamp(Ratio(counts.CorrectWhileUnknown, counts.Unknown, current.Guess), options.MaximumGuess),
        Slip: Clamp(Ratio(counts.WrongWhileKnown, counts.Known, current.Slip), options.MaximumSlip),
        Forget: options.FitForgetting
            ? Clamp(Ratio(counts.Forgot, counts.KnownBeforeTransition, current.Forget), 1 - Floor)
            : current.Forget);

    private static double Ratio(double numerator, double denominator, double whenEmpty) =>
        denominator > 1e-12 ? numerator / denominator : whenEmpty;

    private static double Clamp(double value, double maximum) => Math.Clamp(value, Floor, maximum);
}
