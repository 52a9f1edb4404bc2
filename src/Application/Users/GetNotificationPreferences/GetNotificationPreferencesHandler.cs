using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Notifications;
using AdaptiveLearning.Application.Sessions;

namespace AdaptiveLearning.Application.Users.GetNotificationPreferences;

internal sealed class GetNotificationPreferencesHandler(INotificationStore store, SessionLoader loader)
    : IHandler<GetNotificationPreferencesQuery, NotificationPreferencesView>
{
    public async Task<NotificationPreferencesView> HandleAsync(GetNotificationPreferencesQuery query, CancellationToken ct) =>
        NotificationPreferencesView.From(await store.PreferencesAsync(query.UserId, ct), (await loader.LearnerAsync(query.UserId, ct)).TimeZone);
}
