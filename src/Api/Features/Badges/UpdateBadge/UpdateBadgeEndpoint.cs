using AdaptiveLearning.Application.Badges;
using AdaptiveLearning.Application.Badges.UpdateBadge;
using AdaptiveLearning.Application.Common;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Badges.UpdateBadge;

internal sealed class UpdateBadgeEndpoint(IHandler<UpdateBadgeCommand, BadgeView> handler) : Endpoint<UpdateBadgeRequest, BadgeView>
{
    public override void Configure()
    {
        Patch(UpdateBadgeRequest.Route);
        Roles(Security.Roles.Admin);
        Options(x => x.WithTags("Badges"));
        Summary(s => s.Summary = "Change a badge, retire it or bring it back; new criteria apply from the next evaluation and earned badges are kept (admins)");
        Description(x => x.Produces<BadgeView>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404), clearDefaults: true);
    }

    public override async Task HandleAsync(UpdateBadgeRequest req, CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new UpdateBadgeCommand(req.Key,
            BadgeFieldRules.Fields(req.Name, req.Description, req.Icon, req.Category, req.Rarity, req.Criteria), req.Retired), ct), ct);
}
