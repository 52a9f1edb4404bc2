using AdaptiveLearning.Api.Features.Auth;
using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Auth;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Users.ChangePassword;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Users.ChangePassword;

internal sealed class ChangePasswordEndpoint(IHandler<ChangePasswordCommand, AuthTokens> handler) : Endpoint<ChangePasswordRequest, TokenResponse>
{
    public override void Configure()
    {
        Post(ChangePasswordRequest.Route);
        Options(x => x.WithTags("Users"));
        Summary(s =>
        {
            s.Summary = "Change my password (the current one is required); signs out every other device";
            s.Description = "Answers new tokens for this device: its old access and refresh tokens stop working, like every other device's.";
        });
        Description(x => x.Produces<TokenResponse>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(429), clearDefaults: true);
    }

    public override async Task HandleAsync(ChangePasswordRequest req, CancellationToken ct) =>
        await Send.OkAsync(TokenResponse.From(await handler.HandleAsync(new ChangePasswordCommand(
            User.UserId(), User.SessionId(), req.CurrentPassword, req.NewPassword, HttpRequestOrigin.ClientOf(HttpContext)), ct)), ct);
}
