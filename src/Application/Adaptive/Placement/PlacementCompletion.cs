using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Learning;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Learning;
using AdaptiveLearning.Domain.Scheduling;

namespace AdaptiveLearning.Application.Adaptive.Placement;

/// <summary>
/// What a finished placement leaves behind. Every step is idempotent, so racing requests may both run it:
/// <list type="bullet">
/// <item>each facet the test touched gets the learner's own BKT prior: its P(known) traced through the test's answers on it;</item>
/// <item>every question answered correctly whose card is still new is reviewed once as Easy, which graduates it
/// straight to review with FSRS's first-Easy stability (w3, about 8 days by default) — shown known, checked again soon;</item>
/// <item>wrong answers leave their cards new, to be learnt normally;</item>
/// <item>θ is the test's final EAP estimate, stored with the result (the answers stay in the attempt log, so later ability estimates start from them).</item>
/// </list>
/// </summary>
internal sealed class PlacementCompletion(
    IAdaptiveQueries queries, IAdaptiveStore store, ICardRepository cards, ILearningSessionRepository sessions, IClock clock)
{
    public async Task CompleteAsync(LearningSession session, PlacementProgress progress, LearnerSchedule schedule, CancellationToken ct)
    {
        var now = clock.UtcNow;
        var knowledge = new KnowledgeState(await queries.EvidenceAsync(session.UserId, ct));
        var priors = progress.Answers.GroupBy(a => a.Item.FacetId).ToDictionary(
            g => g.Key, g => knowledge.Bkt(g.Key).Trace(knowledge.Known(g.Key), g.Select(a => a.Correct)));
        await store.SaveFacetPriorsAsync(session.UserId, priors, now, ct);

        var known = progress.Answers.Where(a => a.Correct).Select(a => a.Item.QuestionId).Distinct().ToList();
        var marked = known.Count == 0 ? 0 : await cards.WithQuestionCardsAsync(session.UserId, known, [], now, async tx =>
        {
            var fresh = tx.Cards.Where(c => c.Memory.State == CardState.New && !c.Suspended).ToList();
            foreach (var card in fresh)
                card.Review(schedule.Scheduler, schedule.Settings, Rating.Easy, now, schedule.Calendar, suspendLeeches: false);
            await tx.SaveAsync(fresh, now, ct);
            return fresh.Count;
        }, ct);

        await store.TryCompletePlacementAsync(session.Id, session.UserId, progress.Test.Ability, progress.Test.Administered, marked, now, ct);
        await sessions.EndAsync(session.Id, now, ct);
    }
}
