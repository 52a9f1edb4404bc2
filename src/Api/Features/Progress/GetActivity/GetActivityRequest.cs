using AdaptiveLearning.Application.Progress;

namespace AdaptiveLearning.Api.Features.Progress.GetActivity;

public sealed class GetActivityRequest
{
    public const string Route = "/progress/activity";

    /// <summary>First day (my local day, YYYY-MM-DD); default 29 days before <c>to</c>.</summary>
    public DateOnly? From { get; init; }
    /// <summary>Last day, inclusive; default today. At most 366 days after <c>from</c>.</summary>
    public DateOnly? To { get; init; }
    /// <summary>day (the default), week (ISO, from Monday) or month.</summary>
    public ActivityBucket? Bucket { get; init; }
    /// <summary>A hierarchy path: only answers under it; absent for everything.</summary>
    public string? Node { get; init; }
}
