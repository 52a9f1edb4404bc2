using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Users.EnrollTotp;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Users.EnrollTotp;

internal sealed class EnrollTotpEndpoint(IHandler<EnrollTotpCommand, TotpEnrollment> handler) : Endpoint<EnrollTotpRequest, TotpEnrollment>
{
    public override void Configure()
    {
        Post(EnrollTotpRequest.Route);
        Options(x => x.WithTags("Users"));
        Summary(s => s.Summary = "Start two-step sign-in: a new authenticator secret, active once confirmed with a code");
        Description(x => x.Produces<TotpEnrollment>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(409).ProducesProblem(429), clearDefaults: true);
    }

    public override async Task HandleAsync(EnrollTotpRequest req, CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new EnrollTotpCommand(User.UserId(), req.Password, HttpContext.ClientAddressOrUnknown()), ct), ct);
}
