namespace AdaptiveLearning.Application.Progress.GetActivity;

/// <param name="From">First learner day; default 29 days before <paramref name="To"/>.</param>
/// <param name="To">Last learner day, inclusive; default today.</param>
/// <param name="Node">A hierarchy path; null for everything.</param>
public sealed record GetActivityQuery(Guid UserId, DateOnly? From = null, DateOnly? To = null, ActivityBucket Bucket = ActivityBucket.Day,
    string? Node = null)
{
    public const int MaxDays = 366;
    public const int DefaultDays = 30;
}
