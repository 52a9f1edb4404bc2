using AdaptiveLearning.Api.Http;
using AdaptiveLearning.Application.Auth.Register;
using AdaptiveLearning.Application.Common;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Auth.Register;

internal sealed class RegisterEndpoint(IHandler<RegisterCommand, RegisteredUser> handler)
    : Endpoint<RegisterRequest, RegisterResponse>
{
    public override void Configure()
    {
        Post(RegisterRequest.Route);
        AllowAnonymous();
        Options(x => x.RequireRateLimiting(AuthRateLimit.Policy).WithTags("Auth"));
        Summary(s => s.Summary = "Create a learner account");
        Description(x => x.Produces<RegisterResponse>(201).ProducesProblem(400).ProducesProblem(409).ProducesProblem(429), clearDefaults: true);
    }

    public override async Task HandleAsync(RegisterRequest req, CancellationToken ct)
    {
        var user = await handler.HandleAsync(new RegisterCommand(req.Email, req.Username, req.Password, req.DisplayName), ct);
        // The new account is read at /users/me once signed in.
        LocationHeader.Set(HttpContext, Users.GetMe.GetMeEndpoint.Route);
        await Send.ResponseAsync(new RegisterResponse(user.Id, user.Email, user.Username), 201, ct);
    }
}
