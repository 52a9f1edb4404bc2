using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Auth.Logout;
using AdaptiveLearning.Application.Common;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Auth.Logout;

internal sealed class LogoutEndpoint(IHandler<LogoutCommand, bool> handler) : Endpoint<LogoutRequest>
{
    public override void Configure()
    {
        Post(LogoutRequest.Route);
        Options(x => x.WithTags("Auth"));
        Summary(s => s.Summary = "Revoke the refresh token and every token rotated from the same login");
        Description(x => x.Produces(204).ProducesProblem(400).ProducesProblem(401), clearDefaults: true);
    }

    public override async Task HandleAsync(LogoutRequest req, CancellationToken ct)
    {
        await handler.HandleAsync(new LogoutCommand(User.UserId(), req.RefreshToken), ct);
        await Send.NoContentAsync(ct);
    }
}
