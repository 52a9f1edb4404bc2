using System.Text.Json;
using AdaptiveLearning.Application.Notifications;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Notifications;

namespace AdaptiveLearning.Infrastructure.Notifications;

internal sealed class NotificationRow
{
    public const string Columns = $"""
        id AS {nameof(Id)}, type AS {nameof(Type)}, title AS {nameof(Title)}, body AS {nameof(Body)}, data AS {nameof(Data)},
        created_at AS {nameof(CreatedAt)}, read_at AS {nameof(ReadAt)}
        """;

    public long Id { get; init; }
    public string Type { get; init; } = "";
    public string Title { get; init; } = "";
    public string Body { get; init; } = "";
    public string Data { get; init; } = "{}";
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? ReadAt { get; init; }

    public NotificationView ToView() => new(Id, WireNames.Parse<NotificationType>(Type), Title, Body,
        JsonSerializer.Deserialize<NotificationData>(Data, JsonSerializerOptions.Web) ?? new NotificationData(), CreatedAt, ReadAt);
}
