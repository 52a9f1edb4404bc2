using AdaptiveLearning.Api.Http;
using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Groups;
using AdaptiveLearning.Application.Groups.CreateGroup;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Groups.CreateGroup;

internal sealed class CreateGroupEndpoint(IHandler<CreateGroupCommand, GroupView> handler) : Endpoint<CreateGroupRequest, GroupView>
{
    public override void Configure()
    {
        Post(CreateGroupRequest.Route);
        Options(x => x.WithTags("Groups"));
        Summary(s => s.Summary = "Start a study group: I am its owner and get its invite code");
        Description(x => x.Produces<GroupView>(201).ProducesProblem(400).ProducesProblem(401), clearDefaults: true);
    }

    public override async Task HandleAsync(CreateGroupRequest req, CancellationToken ct)
    {
        var group = await handler.HandleAsync(new CreateGroupCommand(User.UserId(), req.Name), ct);
        LocationHeader.Set(HttpContext, GroupRequest.For(group.Id));
        await Send.ResponseAsync(group, 201, ct);
    }
}
