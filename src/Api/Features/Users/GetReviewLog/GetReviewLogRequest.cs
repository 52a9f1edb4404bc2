using AdaptiveLearning.Api.OpenApi;

namespace AdaptiveLearning.Api.Features.Users.GetReviewLog;

public sealed class GetReviewLogRequest
{
    public const string Route = "/users/me/review-log";

    /// <summary>csv (default) or json.</summary>
    [WireEnum("csv", "json")]
    public string Format { get; init; } = "csv";
}
