namespace AdaptiveLearning.Application.Questions.GetQuestionStats;

/// <summary>A question's item statistics, computed by the item statistics job (never from the attempt log per request).</summary>
/// <param name="Attempts">Counted answers over every version (undone answers never count).</param>
/// <param name="LapseRate">Lapses per review over learners' cards (every version: a card outlives an edit).</param>
/// <param name="LeechRate">Share of studied cards that became leeches.</param>
/// <param name="Irt">The adaptive engine's item parameters (authored until <c>calibrated</c>).</param>
/// <param name="ComputedAt">When the statistics job last finished; answers recorded after it are not counted yet. Null: it never ran.</param>
/// <param name="Versions">Newest first.</param>
public sealed record QuestionStats(
    long QuestionId,
    int CurrentVersion,
    long Attempts,
    double? ProportionCorrect,
    long StudiedCards,
    double? LapseRate,
    double? LeechRate,
    IrtDto Irt,
    DateTimeOffset? ComputedAt,
    IReadOnlyList<QuestionVersionStats> Versions);
