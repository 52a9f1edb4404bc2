using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Users;
using AdaptiveLearning.Application.Users.UpdateMe;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Users.UpdateMe;

internal sealed class UpdateMeEndpoint(IHandler<UpdateMeCommand, UserProfile> handler) : Endpoint<UpdateMeRequest, UserProfile>
{
    public override void Configure()
    {
        Patch(UpdateMeRequest.Route);
        Options(x => x.WithTags("Users"));
        Summary(s => s.Summary = "Change my display name, time zone, language or learning settings");
        Description(x => x.Produces<UserProfile>().ProducesProblem(400).ProducesProblem(401), clearDefaults: true);
    }

    public override async Task HandleAsync(UpdateMeRequest req, CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(
            new UpdateMeCommand(User.UserId(), req.DisplayName, req.TimeZone, req.Language, req.Settings), ct), ct);
}
