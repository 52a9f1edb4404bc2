using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Users.RevokeSession;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Users.RevokeSession;

internal sealed class RevokeSessionEndpoint(IHandler<RevokeSessionCommand, bool> handler) : Endpoint<RevokeSessionRequest>
{
    public override void Configure()
    {
        Delete(RevokeSessionRequest.Route);
        Options(x => x.WithTags("Users"));
        Summary(s =>
        {
            s.Summary = "Sign one of my devices out";
            s.Description = "Its refresh token stops at once; an access token it already holds lasts until it expires (minutes).";
        });
        Description(x => x.Produces(204).ProducesProblem(400).ProducesProblem(401).ProducesProblem(404), clearDefaults: true);
    }

    public override async Task HandleAsync(RevokeSessionRequest req, CancellationToken ct)
    {
        await handler.HandleAsync(new RevokeSessionCommand(User.UserId(), req.Id, HttpRequestOrigin.ClientOf(HttpContext)), ct);
        await Send.NoContentAsync(ct);
    }
}
