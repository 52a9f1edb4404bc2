namespace AdaptiveLearning.Application.Learning.Progress;

/// <summary>What is known about a learner on one node, for estimating mastery.</summary>
public sealed record MasteryEvidence(
    int TotalQuestions, int Seen, int Mature, int Answered, int Correct, int RecentAnswered, int RecentCorrect);
