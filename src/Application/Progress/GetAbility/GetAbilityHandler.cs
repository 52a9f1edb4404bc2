using AdaptiveLearning.Application.Adaptive;
using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Progress.GetAbility;

internal sealed class GetAbilityHandler(ILearnerModels learners) : IHandler<GetAbilityQuery, AbilityReport>
{
    public Task<AbilityReport> HandleAsync(GetAbilityQuery request, CancellationToken ct) =>
        learners.UseAsync(request.UserId, learner => Task.FromResult(new AbilityReport(learner.Knowledge.Abilities
            .OrderBy(a => a.Key, StringComparer.Ordinal)
            .Select(a =>
            {
                var estimate = a.Value.Estimate();
                return new TopicAbility(a.Key, Math.Round(estimate.Theta, 4), Math.Round(estimate.StandardError, 4), a.Value.Responses);
            }).ToList())), ct);
}
