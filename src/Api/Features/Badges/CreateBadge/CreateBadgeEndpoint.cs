using AdaptiveLearning.Api.Http;
using AdaptiveLearning.Application.Badges;
using AdaptiveLearning.Application.Badges.CreateBadge;
using AdaptiveLearning.Application.Common;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Badges.CreateBadge;

internal sealed class CreateBadgeEndpoint(IHandler<CreateBadgeCommand, BadgeView> handler) : Endpoint<CreateBadgeRequest, BadgeView>
{
    public override void Configure()
    {
        Post(CreateBadgeRequest.Route);
        Roles(Security.Roles.Admin);
        Options(x => x.WithTags("Badges"));
        Summary(s =>
        {
            s.Summary = "Add a badge: what it looks like and the metric and threshold that earn it (admins)";
            s.Description = "An unknown metric is refused (400 unknown_metric, field criteria.metric); a key in use, also by a retired badge, is 409 badge_key_taken.";
        });
        Description(x => x.Produces<BadgeView>(201).ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(409), clearDefaults: true);
    }

    public override async Task HandleAsync(CreateBadgeRequest req, CancellationToken ct)
    {
        var badge = await handler.HandleAsync(new CreateBadgeCommand(req.Key,
            BadgeFieldRules.Fields(req.Name, req.Description, req.Icon, req.Category, req.Rarity, req.Criteria)), ct);
        LocationHeader.Set(HttpContext, BadgeRequest.For(badge.Key));
        await Send.ResponseAsync(badge, 201, ct);
    }
}
