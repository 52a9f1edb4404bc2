using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Users.ConfirmTotp;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Users.ConfirmTotp;

internal sealed class ConfirmTotpEndpoint(IHandler<ConfirmTotpCommand, TotpRecoveryCodes> handler) : Endpoint<ConfirmTotpRequest, TotpRecoveryCodes>
{
    public override void Configure()
    {
        Post(ConfirmTotpRequest.Route);
        Options(x => x.WithTags("Users"));
        Summary(s => s.Summary = "Turn two-step sign-in on with a code from the new authenticator; returns 10 single-use recovery codes, shown only now");
        Description(x => x.Produces<TotpRecoveryCodes>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(409).ProducesProblem(429), clearDefaults: true);
    }

    public override async Task HandleAsync(ConfirmTotpRequest req, CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(
            new ConfirmTotpCommand(User.UserId(), req.Code, HttpContext.ClientAddressOrUnknown()), ct), ct);
}
