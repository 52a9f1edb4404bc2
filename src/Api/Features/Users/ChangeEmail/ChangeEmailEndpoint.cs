using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Users.ChangeEmail;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Users.ChangeEmail;

internal sealed class ChangeEmailEndpoint(IHandler<ChangeEmailCommand, bool> handler) : Endpoint<ChangeEmailRequest>
{
    public override void Configure()
    {
        Post(ChangeEmailRequest.Route);
        Options(x => x.WithTags("Users"));
        Summary(s =>
        {
            s.Summary = "Move my account to a new email address once it is confirmed";
            s.Description = "Mails a link to the new address (redeem it at POST /auth/email/verify) and a notice to the current one; "
                            + "nothing changes until the link is used.";
        });
        Description(x => x.Produces(202).ProducesProblem(400).ProducesProblem(401).ProducesProblem(409).ProducesProblem(429), clearDefaults: true);
    }

    public override async Task HandleAsync(ChangeEmailRequest req, CancellationToken ct)
    {
        await handler.HandleAsync(new ChangeEmailCommand(User.UserId(), req.NewEmail, req.CurrentPassword, HttpRequestOrigin.ClientOf(HttpContext)), ct);
        await Send.ResultAsync(Results.StatusCode(StatusCodes.Status202Accepted));
    }
}
