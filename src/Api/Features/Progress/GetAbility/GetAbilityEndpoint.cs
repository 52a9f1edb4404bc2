using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Progress.GetAbility;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Progress.GetAbility;

internal sealed class GetAbilityEndpoint(IHandler<GetAbilityQuery, AbilityReport> handler) : EndpointWithoutRequest<AbilityReport>
{
    public const string Route = "/progress/ability";

    public override void Configure()
    {
        Get(Route);
        Options(x => x.WithTags("Progress"));
        Summary(s =>
        {
            s.Summary = "My ability θ per topic (IRT, EAP) with its standard error";
            s.Description = "Estimated from every answer I gave on the topic's questions, placement tests included, with each question's IRT parameters.";
        });
        Description(x => x.Produces<AbilityReport>().ProducesProblem(401), clearDefaults: true);
    }

    public override async Task HandleAsync(CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new GetAbilityQuery(User.UserId()), ct), ct);
}
