using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Users.RemoveExternalLogin;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Users.RemoveExternalLogin;

internal sealed class RemoveExternalLoginEndpoint(IHandler<RemoveExternalLoginCommand, bool> handler) : Endpoint<RemoveExternalLoginRequest>
{
    public override void Configure()
    {
        Delete(RemoveExternalLoginRequest.Route);
        Options(x => x.WithTags("Users"));
        Summary(s => s.Summary = "Unlink an external provider; refused (409 last_sign_in_method) if it is my account's only way to sign in");
        Description(x => x.Produces(204).ProducesProblem(401).ProducesProblem(404).ProducesProblem(409), clearDefaults: true);
    }

    public override async Task HandleAsync(RemoveExternalLoginRequest req, CancellationToken ct)
    {
        await handler.HandleAsync(new RemoveExternalLoginCommand(
            User.UserId(), req.Id, HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown"), ct);
        await Send.NoContentAsync(ct);
    }
}
