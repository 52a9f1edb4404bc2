namespace AdaptiveLearning.Domain.Adaptive;

/// <summary>
/// The unified next-question score: a weighted sum of urgency (forgetting), mastery gap (BKT),
/// difficulty match (predicted correctness near a target) and a UCB exploration bonus.
/// </summary>
public static class NextQuestionScorer
{
    public static NextQuestionScore Score(CandidateSignals s, ScoreWeights w)
    {
        var urgency = Urgency(s.Retrievability, s.DesiredRetention);
        var gap = Math.Clamp(1 - s.Mastery, 0, 1);
        var match = DifficultyMatch(s.PredictedCorrect, w.TargetCorrectness);
        var exploration = Exploration(s.TimesShown, s.LearnerSelections, w.ExplorationConstant);
        var total = w.Urgency * urgency + w.MasteryGap * gap + w.DifficultyMatch * match + w.Exploration * exploration;
        return new NextQuestionScore(urgency, gap, match, exploration, total);
    }

    /// <summary>
    /// 0 for a fresh memory, rising to 1 when recall has fallen to the desired retention (the card is
    /// due) and staying 1 beyond: overdue cards all need review, the scheduler orders them.
    /// </summary>
    public static double Urgency(double? retrievability, double desiredRetention)
    {
        if (retrievability is not { } r)
            return 0;
        var forgotten = 1 - Math.Clamp(r, 0, 1);
        var allowed = Math.Max(1 - desiredRetention, 1e-6);
        return Math.Clamp(forgotten / allowed, 0, 1);
    }

    /// <summary>1 when the prediction equals the target, falling linearly to 0 at the far end of [0, 1].</summary>
    public static double DifficultyMatch(double predicted, double target)
    {
        var span = Math.Max(target, 1 - target);
        return Math.Clamp(1 - Math.Abs(Math.Clamp(predicted, 0, 1) - target) / span, 0, 1);
    }

    /// <summary>UCB1's bonus c·√(ln N / n), capped at 1, with n counting this question's showings.</summary>
    public static double Exploration(int timesShown, int learnerSelections, double constant) =>
        Math.Min(1, constant * Math.Sqrt(Math.Log(learnerSelections + 2) / (timesShown + 1)));
}
