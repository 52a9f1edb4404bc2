using System.Text.Json;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Notifications;

namespace AdaptiveLearning.Infrastructure.Notifications;

/// <summary>notification_settings as read (alias s); a learner without a row has the defaults.</summary>
internal sealed class PreferencesRow
{
    public const string Columns = $"""
        s.channels AS {nameof(Channels)}, s.quiet_start AS {nameof(QuietStart)}, s.quiet_end AS {nameof(QuietEnd)}
        """;

    public string? Channels { get; init; }
    public TimeSpan? QuietStart { get; init; }
    public TimeSpan? QuietEnd { get; init; }

    public static NotificationPreferences ToPreferences(PreferencesRow? row) => row?.Channels is null
        ? NotificationPreferences.Default
        : Parse(row.Channels, row.QuietStart, row.QuietEnd);

    public static NotificationPreferences Parse(string channels, TimeSpan? quietStart, TimeSpan? quietEnd)
    {
        var stored = JsonSerializer.Deserialize<Dictionary<string, ChannelChoice>>(channels, JsonSerializerOptions.Web) ?? [];
        // A type this version does not know (written by a newer one) is ignored rather than failing the read.
        var known = stored.Where(p => WireNames.TryParse<NotificationType>(p.Key, out _))
            .Select(p => KeyValuePair.Create(WireNames.Parse<NotificationType>(p.Key), p.Value));
        var quiet = quietStart is { } start && quietEnd is { } end ? new QuietHours(TimeOnly.FromTimeSpan(start), TimeOnly.FromTimeSpan(end)) : null;
        return NotificationPreferences.From(known, quiet);
    }

    public static string ChannelsJson(NotificationPreferences preferences) => JsonSerializer.Serialize(
        preferences.Channels.ToDictionary(p => WireNames.Of(p.Key), p => p.Value), JsonSerializerOptions.Web);
}
