using AdaptiveLearning.Api.Features.Auth;
using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Auth;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Users.DisableTotp;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Users.DisableTotp;

internal sealed class DisableTotpEndpoint(IHandler<DisableTotpCommand, AuthTokens> handler) : Endpoint<DisableTotpRequest, TokenResponse>
{
    public override void Configure()
    {
        Post(DisableTotpRequest.Route);
        Options(x => x.WithTags("Users"));
        Summary(s => s.Summary = "Turn two-step sign-in off with the password and a code (or a recovery code); every other session is signed out and this one gets new tokens");
        Description(x => x.Produces<TokenResponse>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(409).ProducesProblem(429), clearDefaults: true);
    }

    public override async Task HandleAsync(DisableTotpRequest req, CancellationToken ct) =>
        await Send.OkAsync(TokenResponse.From(await handler.HandleAsync(
            new DisableTotpCommand(User.UserId(), req.Password, req.ToCode(), HttpContext.ClientAddressOrUnknown()), ct)), ct);
}
