using AdaptiveLearning.Domain.ItemAnalysis;

namespace AdaptiveLearning.Application.Questions.GetQuestionStats;

/// <summary>One version's numbers: answers to different wordings are never mixed.</summary>
/// <param name="Discrimination">Point-biserial correlation of correctness with the learner's rest-score (null while undefined).</param>
/// <param name="DiscriminationAttempts">Answers whose learner had a rest-score (enough earlier answers) when answering.</param>
/// <param name="MedianTimeMs">Median response time (to within about 6 %: times are kept in logarithmic buckets).</param>
/// <param name="EstimatedTimeSeconds">The author's time estimate for this version, if any.</param>
/// <param name="MedianToEstimate">Median time divided by the estimate: above 1, learners take longer than the author thought.</param>
/// <param name="TopGroupAttempts">Answers from the top ability group, whose picks the options report.</param>
/// <param name="Flags">Why this version looks weak, if it does.</param>
public sealed record QuestionVersionStats(
    int Version,
    long Attempts,
    long Correct,
    double? ProportionCorrect,
    double? Discrimination,
    long DiscriminationAttempts,
    int? MedianTimeMs,
    int? EstimatedTimeSeconds,
    double? MedianToEstimate,
    long TopGroupAttempts,
    IReadOnlyList<QuestionOptionStats> Options,
    IReadOnlyList<ItemFlag> Flags);
