using AdaptiveLearning.Application.Admin.RebuildEngagement;
using AdaptiveLearning.Application.Common;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Admin.RebuildEngagement;

internal sealed class RebuildEngagementEndpoint(IHandler<RebuildEngagementCommand, EngagementRebuildReport> handler)
    : Endpoint<RebuildEngagementRequest, EngagementRebuildReport>
{
    public override void Configure()
    {
        Post(RebuildEngagementRequest.Route);
        Roles(Security.Roles.Admin);
        Options(x => x.WithTags("Admin"));
        Summary(s =>
        {
            s.Summary = "Recompute learners' points from the attempt log with the current rules and report every ledger or badge that differs (admins)";
            s.Description = "A page of learners per call (follow nextAfter), or one learner with userId. Changes nothing: the ledger is append-only.";
        });
        Description(x => x.Produces<EngagementRebuildReport>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(403), clearDefaults: true);
    }

    public override async Task HandleAsync(RebuildEngagementRequest req, CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(
            new RebuildEngagementCommand(req.UserId, req.After, req.Limit ?? RebuildEngagementCommand.DefaultLimit), ct), ct);
}
