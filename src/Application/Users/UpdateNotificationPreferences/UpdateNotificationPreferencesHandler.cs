using System.Globalization;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Notifications;
using AdaptiveLearning.Application.Sessions;
using AdaptiveLearning.Domain.Notifications;

namespace AdaptiveLearning.Application.Users.UpdateNotificationPreferences;

internal sealed class UpdateNotificationPreferencesHandler(INotificationStore store, SessionLoader loader, IClock clock)
    : IHandler<UpdateNotificationPreferencesCommand, NotificationPreferencesView>
{
    public async Task<NotificationPreferencesView> HandleAsync(UpdateNotificationPreferencesCommand command, CancellationToken ct)
    {
        if (command.Channels.GroupBy(c => c.Type).FirstOrDefault(g => g.Count() > 1) is { } repeated)
            throw ProblemException.Field("channels", $"'{Domain.Common.WireNames.Of(repeated.Key)}' is listed more than once.");
        var quiet = command.QuietHours is { } q ? new QuietHours(Time(q.Start, "quietHours.start"), Time(q.End, "quietHours.end")) : null;
        if (quiet is not null && quiet.Start == quiet.End)
            throw ProblemException.Field("quietHours.end", "Quiet hours must end at another time than they start.");
        var user = await loader.LearnerAsync(command.UserId, ct);
        var preferences = NotificationPreferences.From(
            command.Channels.Select(c => KeyValuePair.Create(c.Type, new ChannelChoice(c.InApp, c.Email))), quiet);
        await store.SavePreferencesAsync(command.UserId, preferences, clock.UtcNow, ct);
        return NotificationPreferencesView.From(preferences, user.TimeZone);
    }

    private static TimeOnly Time(string value, string field) =>
        TimeOnly.TryParseExact(value, NotificationPreferencesView.TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw ProblemException.Field(field, "A local time as HH:mm, e.g. 22:00.");
}
