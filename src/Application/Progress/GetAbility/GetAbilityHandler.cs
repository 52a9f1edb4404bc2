using AdaptiveLearning.Application.Adaptive;
using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Progress.GetAbility;

internal sealed class GetAbilityHandler(IAdaptiveQueries queries) : IHandler<GetAbilityQuery, AbilityReport>
{
    public async Task<AbilityReport> HandleAsync(GetAbilityQuery request, CancellationToken ct)
    {
        var state = new KnowledgeState(await queries.EvidenceAsync(request.UserId, ct));
        return new AbilityReport(state.Abilities.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a =>
        {
            var estimate = a.Value.Estimate();
            return new TopicAbility(a.Key, Math.Round(estimate.Theta, 4), Math.Round(estimate.StandardError, 4), a.Value.Responses);
        }).ToList());
    }
}
