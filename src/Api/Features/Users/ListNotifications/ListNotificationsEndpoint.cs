using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Notifications;
using AdaptiveLearning.Application.Users.ListNotifications;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Users.ListNotifications;

internal sealed class ListNotificationsEndpoint(IHandler<ListNotificationsQuery, NotificationFeed> handler) : Endpoint<ListNotificationsRequest, NotificationFeed>
{
    public override void Configure()
    {
        Get(ListNotificationsRequest.Route);
        Options(x => x.WithTags("Users"));
        Summary(s => s.Summary = "My in-app notifications (reminders), newest first, with my unread count");
        Description(x => x.Produces<NotificationFeed>().ProducesProblem(400).ProducesProblem(401), clearDefaults: true);
    }

    public override async Task HandleAsync(ListNotificationsRequest req, CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new ListNotificationsQuery(User.UserId(), req.Cursor, req.Limit, req.Unread ?? false), ct), ct);
}
