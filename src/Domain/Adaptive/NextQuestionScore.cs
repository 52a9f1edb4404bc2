namespace AdaptiveLearning.Domain.Adaptive;

/// <summary>The score of one candidate and its parts, each 0–1, so a client can show why it was chosen.</summary>
public sealed record NextQuestionScore(double Urgency, double MasteryGap, double DifficultyMatch, double Exploration, double Total);
