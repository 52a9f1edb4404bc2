using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Users.MarkAllNotificationsRead;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Users.MarkAllNotificationsRead;

internal sealed class MarkAllNotificationsReadEndpoint(IHandler<MarkAllNotificationsReadCommand, bool> handler) : EndpointWithoutRequest
{
    public const string Route = "/users/me/notifications/read-all";

    public override void Configure()
    {
        Post(Route);
        Options(x => x.WithTags("Users"));
        Summary(s => s.Summary = "Mark all my notifications read");
        Description(x => x.Produces(204).ProducesProblem(401), clearDefaults: true);
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        await handler.HandleAsync(new MarkAllNotificationsReadCommand(User.UserId()), ct);
        await Send.NoContentAsync(ct);
    }
}
