using System.ComponentModel;
using AdaptiveLearning.Application.Users.ListNotifications;

namespace AdaptiveLearning.Api.Features.Users.ListNotifications;

public sealed class ListNotificationsRequest
{
    public const string Route = "/users/me/notifications";

    /// <summary>The <c>nextCursor</c> of the previous page.</summary>
    public string? Cursor { get; init; }
    /// <summary>Notifications per page.</summary>
    [DefaultValue(ListNotificationsQuery.DefaultLimit)]
    public int? Limit { get; init; }
    /// <summary>Only notifications I have not read yet.</summary>
    [DefaultValue(false)]
    public bool? Unread { get; init; }
}
