using AdaptiveLearning.Application.Badges.DeleteBadge;
using AdaptiveLearning.Application.Common;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Badges.DeleteBadge;

internal sealed class DeleteBadgeEndpoint(IHandler<DeleteBadgeCommand, bool> handler) : Endpoint<BadgeRequest>
{
    public override void Configure()
    {
        Delete(BadgeRequest.Route);
        Roles(Security.Roles.Admin);
        Options(x => x.WithTags("Badges"));
        Summary(s => s.Summary = "Delete a badge nobody holds; one that somebody holds is retired instead (admins)");
        Description(x => x.Produces(204).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404), clearDefaults: true);
    }

    public override async Task HandleAsync(BadgeRequest req, CancellationToken ct)
    {
        await handler.HandleAsync(new DeleteBadgeCommand(req.Key), ct);
        await Send.NoContentAsync(ct);
    }
}
