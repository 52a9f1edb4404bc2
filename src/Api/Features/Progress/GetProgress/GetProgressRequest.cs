namespace AdaptiveLearning.Api.Features.Progress.GetProgress;

public sealed class GetProgressRequest
{
    public const string Route = "/progress";

    /// <summary>A hierarchy path; absent for the whole bank.</summary>
    public string? Node { get; init; }
}
