namespace AdaptiveLearning.Domain.Groups;

/// <summary>What a challenge counts between its start and end.</summary>
public enum ChallengeMetric
{
    /// <summary>Points from the ledger (net of undo).</summary>
    Points,
    /// <summary>Answers recorded and not undone.</summary>
    Answers,
    /// <summary>Right answers, not undone (a running mock test's answers count once it has ended).</summary>
    CorrectAnswers,
}
