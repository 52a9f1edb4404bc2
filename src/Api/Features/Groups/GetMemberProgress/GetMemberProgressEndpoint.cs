using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Groups.GetMemberProgress;
using AdaptiveLearning.Application.Progress.GetProgress;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Groups.GetMemberProgress;

internal sealed class GetMemberProgressEndpoint(IHandler<GetMemberProgressQuery, ProgressReport> handler) : Endpoint<GetMemberProgressRequest, ProgressReport>
{
    public override void Configure()
    {
        Get(GetMemberProgressRequest.Route);
        Options(x => x.WithTags("Groups"));
        Summary(s =>
        {
            s.Summary = "A member's progress per node, for the group's owner when they are an author or admin";
            s.Description = "Only while the member shares it with this group (403 progress_not_shared otherwise); the report is the one the member sees.";
        });
        Description(x => x.Produces<ProgressReport>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404),
            clearDefaults: true);
    }

    public override async Task HandleAsync(GetMemberProgressRequest req, CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new GetMemberProgressQuery(User.UserId(),
            User.IsInRole(Security.Roles.Author) || User.IsInRole(Security.Roles.Admin), req.Id, req.UserId, req.Node), ct), ct);
}
