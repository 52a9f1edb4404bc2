using AdaptiveLearning.Application.Learning;
using AdaptiveLearning.Domain.Adaptive;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Learning;
using AdaptiveLearning.Domain.Tracing;

namespace AdaptiveLearning.Application.Adaptive.Placement;

/// <summary>
/// Runs a placement session: each request replays the session's answers into a fresh CAT, so any API
/// instance can serve the next item. The random exposure-control pick is seeded by the session and the
/// number of answers, so asking again before answering offers the same item.
/// </summary>
internal sealed class PlacementRunner(IAdaptiveQueries queries, IAttemptReader attempts, PlacementOptions options)
{
    public async Task<PlacementProgress> ReplayAsync(LearningSession session, CancellationToken ct)
    {
        var bank = (await queries.ItemBankAsync(session.Scope, ct)).ToDictionary(i => i.QuestionId);
        var maxItems = session.Limits.QuestionCount ?? options.MaxItems;
        var test = new PlacementTest(options with { MaxItems = maxItems }, new AbilityEstimator());
        var answers = new List<(AdaptiveItem, bool)>();
        foreach (var attempt in await attempts.ForSessionAsync(session.UserId, session.Id, ct))
        {
            if (!bank.TryGetValue(attempt.QuestionId, out var item))
                continue;
            var correct = attempt.Correct ?? attempt.Rating != Rating.Again;
            test.Record(item.QuestionId.ToString(), item.Irt, correct);
            answers.Add((item, correct));
        }

        var items = bank.ToDictionary(i => i.Key.ToString(), i => i.Value.Irt);
        var seed = BitConverter.ToInt32(session.Id.ToByteArray(), 0) ^ (test.Administered * 7919);
        var next = session.IsEnded ? null : test.SelectNext(items, new Random(seed));
        return new PlacementProgress(test, maxItems, next is null ? null : long.Parse(next), answers);
    }
}
