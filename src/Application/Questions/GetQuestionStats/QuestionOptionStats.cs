namespace AdaptiveLearning.Application.Questions.GetQuestionStats;

/// <param name="IsKey">A correct option.</param>
/// <param name="Share">Picks per answer (several options can be picked in one answer to a multi-answer question).</param>
/// <param name="TopGroupPicks">Picks by the strongest learners (about the top 27 % by rest-score).</param>
public sealed record QuestionOptionStats(string Key, bool IsKey, long Picks, double? Share, long TopGroupPicks);
