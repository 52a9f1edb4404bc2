namespace AdaptiveLearning.Domain.Adaptive;

/// <summary>What is known about one candidate question for one learner at selection time.</summary>
/// <param name="Retrievability">Probability of recall now; null for a question never studied.</param>
/// <param name="DesiredRetention">The learner's target retention (a due card has retrievability about this).</param>
/// <param name="Mastery">P(known) of the question's skill (BKT), 0–1.</param>
/// <param name="PredictedCorrect">Predicted P(correct) from the correctness model or IRT.</param>
/// <param name="TimesShown">How often this learner has been shown the question.</param>
/// <param name="LearnerSelections">How many questions this learner has been shown in total.</param>
public sealed record CandidateSignals(
    double? Retrievability,
    double DesiredRetention,
    double Mastery,
    double PredictedCorrect,
    int TimesShown,
    int LearnerSelections);
