namespace AdaptiveLearning.Domain.Tracing;

/// <summary>The BKT hidden Markov model of one skill: a learner either knows it or not.</summary>
public sealed class BayesianKnowledgeTracing(BktParameters parameters)
{
    public BktParameters Parameters { get; } = parameters;

    public double InitialKnown => Parameters.Prior;

    public double PredictCorrect(double pKnown) =>
        pKnown * (1 - Parameters.Slip) + (1 - pKnown) * Parameters.Guess;

    /// <summary>P(known) before the next attempt: condition on this response, then apply learning and forgetting.</summary>
    public double Update(double pKnown, bool correct)
    {
        var posterior = Posterior(pKnown, correct);
        return posterior * (1 - Parameters.Forget) + (1 - posterior) * Parameters.Learn;
    }

    /// <summary>P(known | this response), before any transition.</summary>
    public double Posterior(double pKnown, bool correct)
    {
        var known = pKnown * (correct ? 1 - Parameters.Slip : Parameters.Slip);
        var unknown = (1 - pKnown) * (correct ? Parameters.Guess : 1 - Parameters.Guess);
        return known / (known + unknown);
    }

    /// <summary>Forward filtering: P(known) before the next attempt after these responses, oldest first.</summary>
    public double Trace(double pKnown, IEnumerable<bool> responses)
    {
        foreach (var correct in responses)
        {
            pKnown = Update(pKnown, correct);
        }

        return pKnown;
    }
}
