namespace AdaptiveLearning.Api.Features.Auth.Refresh;

public sealed class RefreshRequest
{
    public const string Route = "/auth/refresh";

    public string RefreshToken { get; init; } = "";
}
