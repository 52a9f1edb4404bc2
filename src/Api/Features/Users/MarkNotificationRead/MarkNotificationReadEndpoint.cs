using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Users.MarkNotificationRead;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Users.MarkNotificationRead;

internal sealed class MarkNotificationReadEndpoint(IHandler<MarkNotificationReadCommand, bool> handler) : Endpoint<MarkNotificationReadRequest>
{
    public override void Configure()
    {
        Post(MarkNotificationReadRequest.Route);
        Options(x => x.WithTags("Users"));
        Summary(s => s.Summary = "Mark one of my notifications read (again is harmless: the first time is kept)");
        Description(x => x.Produces(204).ProducesProblem(400).ProducesProblem(401).ProducesProblem(404), clearDefaults: true);
    }

    public override async Task HandleAsync(MarkNotificationReadRequest req, CancellationToken ct)
    {
        await handler.HandleAsync(new MarkNotificationReadCommand(User.UserId(), req.Id), ct);
        await Send.NoContentAsync(ct);
    }
}
