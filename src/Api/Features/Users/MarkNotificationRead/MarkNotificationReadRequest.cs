namespace AdaptiveLearning.Api.Features.Users.MarkNotificationRead;

public sealed class MarkNotificationReadRequest
{
    public const string Route = "/users/me/notifications/{id}/read";

    public static string For(long id) => Route.Replace("{id}", id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public long Id { get; init; }
}
