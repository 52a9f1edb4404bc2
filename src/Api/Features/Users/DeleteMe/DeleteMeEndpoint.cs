using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Users.DeleteMe;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Users.DeleteMe;

internal sealed class DeleteMeEndpoint(IHandler<DeleteMeCommand, bool> handler) : EndpointWithoutRequest
{
    public const string Route = "/users/me";

    public override void Configure()
    {
        Delete(Route);
        Options(x => x.WithTags("Users"));
        Summary(s => s.Summary = "Erase my account and all my learning data");
        Description(x => x.Produces(204).ProducesProblem(401), clearDefaults: true);
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        await handler.HandleAsync(new DeleteMeCommand(User.UserId()), ct);
        await Send.NoContentAsync(ct);
    }
}
