using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Notifications;
using AdaptiveLearning.Application.Users.GetNotificationPreferences;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Users.GetNotificationPreferences;

internal sealed class GetNotificationPreferencesEndpoint(IHandler<GetNotificationPreferencesQuery, NotificationPreferencesView> handler)
    : EndpointWithoutRequest<NotificationPreferencesView>
{
    public const string Route = "/users/me/notification-preferences";

    public override void Configure()
    {
        Get(Route);
        Options(x => x.WithTags("Users"));
        Summary(s => s.Summary = "Where each type of notification reaches me (in-app, email) and my quiet hours");
        Description(x => x.Produces<NotificationPreferencesView>().ProducesProblem(401), clearDefaults: true);
    }

    public override async Task HandleAsync(CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new GetNotificationPreferencesQuery(User.UserId()), ct), ct);
}
