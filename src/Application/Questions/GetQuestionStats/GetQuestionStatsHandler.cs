using AdaptiveLearning.Application.Analytics;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Domain.ItemAnalysis;

namespace AdaptiveLearning.Application.Questions.GetQuestionStats;

internal sealed class GetQuestionStatsHandler(IItemStatsQueries stats, ItemStatsOptions options) : IHandler<GetQuestionStatsQuery, QuestionStats>
{
    public async Task<QuestionStats> HandleAsync(GetQuestionStatsQuery request, CancellationToken ct)
    {
        var data = await stats.GetQuestionAsync(request.Id, ct) ?? throw new ProblemException(Problems.NotFound, $"No question {request.Id}.");
        var total = data.Versions.Aggregate(ItemMoments.Empty, (sum, v) => sum.Plus(v.Moments));
        return new QuestionStats(data.QuestionId, data.CurrentVersion, total.Attempts, total.ProportionCorrect,
            data.Cards?.Studied ?? 0, data.Cards?.LapseRate, data.Cards?.LeechRate, data.Irt, data.ComputedAt,
            data.Versions.OrderByDescending(v => v.Version).Select(v => Version(v, data)).ToList());
    }

    private QuestionVersionStats Version(VersionStatsData version, QuestionStatsData question)
    {
        // Card rates belong to the question, not a version: only the current version is judged by them.
        var evidence = ItemEvidenceBuilder.Build(version, version.Version == question.CurrentVersion ? question.Cards : null);
        var m = version.Moments;
        var median = ResponseTimes.Median(version.Times);
        var estimate = version.Content?.EstimatedTimeSeconds;
        return new QuestionVersionStats(version.Version, m.Attempts, m.Correct, m.ProportionCorrect, m.PointBiserial(), m.AbilityAttempts,
            median, estimate, median is { } ms && estimate is { } s ? ms / (s * 1000.0) : null, evidence.TopGroupAnswers,
            evidence.Options.Select(o => new QuestionOptionStats(o.Key, o.IsKey, o.Picks, m.Attempts == 0 ? null : (double)o.Picks / m.Attempts,
                o.TopGroupPicks)).ToList(),
            ItemFlagRules.Evaluate(evidence, options.Thresholds()));
    }
}
