using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Notifications;
using AdaptiveLearning.Application.Users.UpdateNotificationPreferences;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Users.UpdateNotificationPreferences;

internal sealed class UpdateNotificationPreferencesEndpoint(IHandler<UpdateNotificationPreferencesCommand, NotificationPreferencesView> handler)
    : Endpoint<UpdateNotificationPreferencesRequest, NotificationPreferencesView>
{
    public override void Configure()
    {
        Put(UpdateNotificationPreferencesRequest.Route);
        Options(x => x.WithTags("Users"));
        Summary(s => s.Summary = "Replace my notification preferences: channels per type and quiet hours");
        Description(x => x.Produces<NotificationPreferencesView>().ProducesProblem(400).ProducesProblem(401), clearDefaults: true);
    }

    public override async Task HandleAsync(UpdateNotificationPreferencesRequest req, CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new UpdateNotificationPreferencesCommand(User.UserId(), req.Channels, req.QuietHours), ct), ct);
}
