using AdaptiveLearning.Domain.Notifications;

namespace AdaptiveLearning.Application.Notifications;

/// <summary>One notification in my feed.</summary>
/// <param name="Id">Pass to the read route.</param>
/// <param name="Type">Why I was notified.</param>
/// <param name="Title">One line for a list or a badge.</param>
/// <param name="Body">A sentence or two.</param>
/// <param name="Data">The numbers behind it (due reviews, streak days), for a client that words it itself.</param>
/// <param name="CreatedAt">When it was made.</param>
/// <param name="ReadAt">When I marked it read; null while unread.</param>
public sealed record NotificationView(long Id, NotificationType Type, string Title, string Body, NotificationData Data, DateTimeOffset CreatedAt,
    DateTimeOffset? ReadAt);
